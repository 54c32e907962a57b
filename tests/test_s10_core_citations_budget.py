"""The citation guard's soft budget, as docs/guards/citations.md describes it: the guard runs
to its end inline, and a run past ``budget_ms`` is turned into a fail-open timeout: the
answer goes out unchanged and uncited, and the verdict says it is degraded."""

from __future__ import annotations

from guardwire import Context, Pipeline, step
from guardwire.guards.citations import CitationGuard

DOCS = [{"title": "Paris", "text": "Paris is the capital of France, on the Seine."},
        {"title": "Berlin", "text": "Berlin is the capital of Germany, on the Spree."}]
ANSWER = "Paris is the capital of France. Berlin is the capital of Germany."


def test_a_run_past_the_budget_passes_the_answer_uncited_and_degraded() -> None:
    # no run takes less than a nanosecond: this one is always past its budget
    late = Pipeline(output=[step(CitationGuard(), budget_ms=1e-6)])
    verdict = late.check_output(ANSWER, Context(docs=DOCS))
    d = verdict.decisions[0]
    assert (d.action, d.outcome, d.data["fail_mode"]) == ("allow", "timeout", "open")
    assert "exceeded its 1e-06 ms budget" in d.reason
    assert verdict.degraded and verdict.text == ANSWER and not verdict.rewritten


def test_the_same_answer_is_cited_within_its_budget() -> None:
    on_time = Pipeline(output=[step(CitationGuard(), budget_ms=None)])
    verdict = on_time.check_output(ANSWER, Context(docs=DOCS))
    assert verdict.text == ("Paris is the capital of France [1]. "
                            "Berlin is the capital of Germany [2].")
    assert not verdict.degraded
