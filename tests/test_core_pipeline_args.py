"""``Pipeline(...)`` and ``step(...)`` in code check their settings as a route file does.

Before: ``Pipeline(input=[g], policy="open")`` blamed the guard ("default_policy of g is not a
Policy"); ``max_reasks=True`` was one re-ask and ``max_reasks=2.5`` was accepted;
``block_response=""`` or ``3`` was accepted and answered a blocked call with an empty string
or a number."""

from __future__ import annotations

from typing import Any

import pytest

from guardwire import Decision, Pipeline, Policy, step


def g(text: str, ctx: Any) -> Decision:
    return Decision.allow()


class Declares:
    default_policy = "fail-open"

    def __call__(self, text: str, ctx: Any) -> Decision:
        return Decision.allow()


def test_a_pipeline_policy_that_is_not_a_policy_names_the_keyword() -> None:
    with pytest.raises(TypeError, match=r"^policy= must be a guardwire.Policy, got str 'open'"):
        Pipeline(input=[g], policy="open")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^policy= must be a guardwire.Policy, got dict"):
        Pipeline(policy={"on_error": "open"})  # type: ignore[arg-type]


def test_a_step_policy_and_a_guard_default_policy_are_named_as_such() -> None:
    with pytest.raises(TypeError, match=r"^step\(g, policy=\.\.\.\) must be a guardwire.Policy"):
        Pipeline(input=[step(g, policy="open")])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^default_policy of Declares must be a guardwire.Policy"):
        Pipeline(input=[Declares()])


@pytest.mark.parametrize(("value", "error"), [(True, TypeError), (2.5, TypeError),
                                               ("3", TypeError), (-1, ValueError)])
def test_max_reasks(value: Any, error: type[Exception]) -> None:
    with pytest.raises(error, match="max_reasks"):
        Pipeline(max_reasks=value)


@pytest.mark.parametrize("value", ["", 3, None])
def test_block_response(value: Any) -> None:
    with pytest.raises(ValueError, match="block_response must be a non-empty str"):
        Pipeline(on_block="respond", block_response=value)


def test_good_settings_still_build() -> None:
    p = Pipeline(input=[step(g, policy=Policy.fail_open(50))], policy=Policy.fail_closed(),
                 max_reasks=0, on_block="respond", block_response="no")
    assert p.max_reasks == 0 and p.steps("input")[0].policy.on_error == "open"
