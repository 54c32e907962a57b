"""Audit 19: an incremental stream whose model stream raised mid-answer recorded its
``pii_restore`` Decision as a ``rewrite`` (a fire, in the lift rate) when the restorer was
only holding back the start of a placeholder it never saw finished: it changed nothing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from guardwire import Context, Pipeline, guarded
from guardwire.guards.pii import PIIRedactor


def _run(chunks: list[str]) -> Context:
    def answer(prompt: str) -> Iterator[str]:
        yield from chunks
        raise ConnectionError("the provider went away")

    p = Pipeline(input=[PIIRedactor(ner="off")], stream_mode="incremental")
    ctx = Context()
    with pytest.raises(ConnectionError):
        list(guarded(answer, pipeline=p)("mail ana.lima@example.com", guard_ctx=ctx))
    return ctx


def test_a_held_back_tail_is_not_a_rewrite() -> None:
    ctx = _run(["Hello ", "<EMAIL_"])
    d = ctx.verdicts[-1].by_guard("pii_restore")
    assert d is not None
    assert d.action == "allow" and not d.fired


def test_a_restored_value_before_the_failure_is_still_a_rewrite() -> None:
    ctx = _run(["Hello <EMAIL_ADDRESS_1> ", "and <EMAIL_"])
    d = ctx.verdicts[-1].by_guard("pii_restore")
    assert d is not None
    assert d.action == "rewrite" and d.data["restored"] == {"EMAIL_ADDRESS": 1}
