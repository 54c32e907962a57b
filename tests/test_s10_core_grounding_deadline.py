"""The grounding guard's soft budget, as docs/guards/grounding.md describes it: the guard runs
inline and checks its deadline (``ctx.out_of_time()``) before each unit of work (each answer
sentence, and before the steps over all documents or the whole answer: the documents' words,
their numbers, the answer's figures, the documents' pairs; and before asking a verifier);
once its budget is spent it stops, and the step turns the run into its usual fail-open
timeout: the answer goes out unchanged and the verdict says it is degraded. The deadline's
clock is a fake one in the tests that count units, so they do not depend on the machine's
speed."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from _deadline_kit import Tick
from guardwire import Context, Pipeline, _deadline, step
from guardwire.guards import grounding
from guardwire.guards.grounding import GroundingGuard

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from ab_grounding_citations import heavy_case

DOCS = [{"title": "Paris", "text": "Paris is the capital of France, on the Seine."}]
INVENTED = "The village also hosts the largest chocolate factory in Europe."


@pytest.fixture
def units(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the guard worked on: each sentence it read (one unit each; its tokens), and the
    steps over all documents or the whole answer, by name."""
    done: list[str] = []
    tokens = grounding.tokens

    def counted_tokens(text: str) -> set[str]:
        if text:  # "" is the pipeline's own values (none here), not a sentence
            done.append(text)
        return tokens(text)

    monkeypatch.setattr(grounding, "tokens", counted_tokens)
    for name in ("doc_token_sets", "doc_numbers", "answer_spots", "doc_pair_index"):
        real = getattr(grounding, name)

        def counted(*args: Any, _real: Any = real, _name: str = name, **kw: Any) -> Any:
            done.append(_name)
            return _real(*args, **kw)

        monkeypatch.setattr(grounding, name, counted)
    return done


def _heavy() -> tuple[str, list[dict[str, Any]]]:
    return heavy_case(7, 20_000, 3_000)  # ~300 sentences with figures, pairing on


def test_a_run_past_the_default_budget_stops_at_the_first_check(
        units: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Before, the guard read every sentence of the 20 KB answer (~100-180 ms at the
    machine's load, its budget is 50 ms), and only then was its result dropped."""
    answer, docs = _heavy()
    monkeypatch.setattr(_deadline, "clock", Tick(1000.0))  # each read: 1000 s later
    verdict = Pipeline(output=[GroundingGuard()]).check_output(answer, Context(docs=docs))
    d = verdict.decisions[0]
    assert units == []
    assert (d.action, d.outcome, d.data["fail_mode"]) == ("allow", "timeout", "open")
    assert d.reason == "guard exceeded its 50 ms budget"
    assert verdict.degraded and verdict.text == answer and not verdict.rewritten


def test_the_async_driver_stops_at_the_first_check_too(
        units: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    answer, docs = _heavy()
    monkeypatch.setattr(_deadline, "clock", Tick(1000.0))
    verdict = asyncio.run(Pipeline(output=[GroundingGuard()]).acheck_output(
        answer, Context(docs=docs)))
    assert units == [] and verdict.decisions[0].outcome == "timeout" and verdict.degraded


def test_a_long_answer_stops_midway_when_its_clock_runs_out(
        units: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    answer, docs = _heavy()
    GroundingGuard()(answer, Context(docs=docs))  # no step: no deadline
    every = len(units)
    units.clear()
    monkeypatch.setattr(_deadline, "clock", Tick(0.001))  # 1 ms per read, 50 ms budget
    verdict = Pipeline(output=[GroundingGuard()]).check_output(answer, Context(docs=docs))
    assert 0 < len(units) < every // 2 and verdict.decisions[0].outcome == "timeout"
    assert verdict.text == answer and verdict.degraded


def test_within_its_budget_every_sentence_is_checked_as_without_one(
        units: list[str]) -> None:
    answer, docs = _heavy()
    alone = GroundingGuard()(answer, Context(docs=docs))
    every = list(units)
    units.clear()
    verdict = Pipeline(output=[step(GroundingGuard(), budget_ms=60_000)]
                       ).check_output(answer, Context(docs=docs))
    d = verdict.decisions[0]
    assert units == every and len(every) > 250 and "answer_spots" in every
    assert d.outcome == "ok" and not verdict.degraded
    assert (d.action, d.reason, d.score, dict(d.data)) == (
        alone.action, alone.reason, alone.score, dict(alone.data))


def test_the_verifier_is_not_asked_once_the_budget_is_spent(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Scoring ends within the budget, then it is spent: the flagged sentence is not sent to
    the verifier (which would have run up to its own 2 s) and the step records the timeout."""
    asked: list[str] = []
    now = [0.0]
    monkeypatch.setattr(_deadline, "clock", lambda: now[0])
    score = GroundingGuard.score_sentences

    def scored_then_late(self: GroundingGuard, *args: Any, **kw: Any) -> Any:
        records = score(self, *args, **kw)
        now[0] = 1000.0  # the budget (2,050 ms) is spent once the sentences are scored
        return records

    monkeypatch.setattr(GroundingGuard, "score_sentences", scored_then_late)

    def verifier(sentence: str, docs: Sequence[str]) -> bool:
        asked.append(sentence)
        return True

    verdict = Pipeline(output=[GroundingGuard(verifier=verifier)]).check_output(
        INVENTED, Context(docs=DOCS))
    d = verdict.decisions[0]
    assert asked == []
    assert (d.action, d.outcome, d.reason) == (
        "allow", "timeout", "guard exceeded its 2050 ms budget")
    assert verdict.degraded and verdict.text == INVENTED


def test_a_verifier_within_its_budget_is_asked_as_before() -> None:
    asked: list[str] = []

    def verifier(sentence: str, docs: Sequence[str]) -> bool:
        asked.append(sentence)
        return True

    verdict = Pipeline(output=[GroundingGuard(verifier=verifier)]).check_output(
        INVENTED, Context(docs=DOCS))
    d = verdict.decisions[0]
    assert asked == [INVENTED] and d.outcome == "ok" and not d.fired
    assert d.data["verifier"]["supported"] == 1
