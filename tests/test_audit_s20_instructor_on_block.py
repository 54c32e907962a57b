"""Audit (session twenty): ``guard_instructor`` with a pipeline whose ``on_block`` is
``"respond"`` (a route shared with ``guarded`` calls, where a block returns the canned
answer) raised ``InputBlocked`` on a block without a word at wrap time: the setting was
silently not honoured (instructor's caller gets a model object, never a canned text). It now
warns when it wraps, as it does for output guards it does not run; the block still raises."""

from __future__ import annotations

import warnings

import pytest

import guardwire
from guardwire import Context, Decision, Pipeline
from guardwire.integrations.instructor import guard_instructor

instructor = pytest.importorskip("instructor")


def block_all(text: str, ctx: Context) -> Decision:
    return Decision.block("no")


def create(**kwargs: object) -> object:
    raise AssertionError("the model must not be called")


def test_on_block_respond_warns_and_a_block_still_raises() -> None:
    p = Pipeline(input=[block_all], on_block="respond", block_response="Sorry.")
    with pytest.warns(RuntimeWarning, match=r"on_block='respond'.*InputBlocked"):
        wrapped = guard_instructor(create, p)
    with pytest.raises(guardwire.InputBlocked):
        wrapped(messages=[{"role": "user", "content": "hi"}])


def test_on_block_raise_does_not_warn() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        guard_instructor(create, Pipeline(input=[block_all]))
