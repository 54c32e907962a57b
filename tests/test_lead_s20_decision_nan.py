"""A guard's Decision with a score that is not a finite number (NaN, infinity) is a guard error
under its policy (twentieth session's audit): it passed validation and the verdict's
``to_dict()`` then held a NaN, which ``json.dumps`` writes as the non-standard ``NaN``."""

from __future__ import annotations

import json
import math

import pytest

from guardwire import Context, Decision, Pipeline, step


@pytest.mark.parametrize("score", [math.nan, math.inf, -math.inf])
@pytest.mark.parametrize("on_error", ["open", "closed"])
def test_a_score_that_is_not_finite_is_a_guard_error(score: float, on_error: str) -> None:
    def guard(text: str, ctx: Context) -> Decision:
        return Decision.allow(score=score)

    v = Pipeline(input=[step(guard, on_error=on_error)]).check_input("x")  # type: ignore[arg-type]
    d = v.decisions[0]
    assert d.outcome == "error"
    # fail-open: let through and marked degraded; fail-closed: blocked
    assert (d.action, v.degraded) == (("allow", True) if on_error == "open" else ("block", False))
    assert "finite" in d.reason
    json.dumps(v.to_dict(), allow_nan=False)  # no NaN reaches a log line


def test_a_finite_score_is_kept() -> None:
    v = Pipeline(input=[lambda t, c: Decision.allow(score=0.0)]).check_input("x")
    assert v.decisions[0].outcome == "ok" and v.decisions[0].score == 0.0
