"""The citation guard's soft budget, as docs/guards/citations.md describes it: the guard runs
inline and checks its deadline (``ctx.out_of_time()``) before each unit of work (the
documents' numbers, then each sentence); once its budget is spent it stops, and the step turns
the run into a fail-open timeout: the answer goes out unchanged and uncited, and the verdict
says it is degraded. The deadline's clock is a fake one in the tests that count units, so they
do not depend on the machine's speed."""

from __future__ import annotations

import random
import re
from typing import Any

import pytest

from _deadline_kit import Tick
from guardwire import Context, Pipeline, _deadline, step
from guardwire.guards import citations
from guardwire.guards.citations import CitationGuard

DOCS = [{"title": "Paris", "text": "Paris is the capital of France, on the Seine."},
        {"title": "Berlin", "text": "Berlin is the capital of Germany, on the Spree."}]
ANSWER = "Paris is the capital of France. Berlin is the capital of Germany."


def _figures(rng: random.Random) -> str:
    what = rng.choice(["revenue", "exports", "headcount", "the budget", "gross margin"])
    verb = rng.choice(["rose to", "fell to", "reached", "stood at"])
    n = rng.choice([f"{rng.randint(2, 99)}%",
                    f"${rng.randint(1, 999)},{rng.randint(0, 999):03d}",
                    f"{rng.randint(1, 99)}.{rng.randint(0, 9)} million",
                    f"{rng.randint(2, 90)} km"])
    when = rng.choice(["", f" in Q{rng.randint(1, 4)} {rng.randint(2015, 2024)}",
                       f" on {rng.randint(1, 28)} May {rng.randint(2015, 2024)}"])
    return f"{what.capitalize()} {verb} {n}{when}."


def heavy(size: int = 20_000) -> tuple[str, list[dict[str, str]]]:
    """A number-heavy answer of ``size`` characters, half of it restating five documents."""
    rng = random.Random(5)
    docs = [{"title": f"Doc {i}", "text": " ".join(_figures(rng) for _ in range(40))}
            for i in range(5)]
    pool = [s.strip() + "." for d in docs for s in d["text"].split(".") if s.strip()]
    answer = ""
    while len(answer) < size:
        answer += " " + (rng.choice(pool) if rng.random() < 0.5 else _figures(rng))
    return answer.strip(), docs


@pytest.fixture
def units(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sentences the guard scored (one unit of work each)."""
    done: list[str] = []
    scores = citations._Scorer.scores

    def counted(self: Any, sentence: str) -> list[float]:
        done.append(sentence)
        return scores(self, sentence)

    monkeypatch.setattr(citations._Scorer, "scores", counted)
    return done


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


def test_a_long_answer_past_the_default_budget_stops_at_the_first_check(
        units: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Before, the guard scored and checked every sentence of the 20 KB answer (~150-200 ms
    at the machine's load), and only then was its result dropped."""
    answer, docs = heavy()
    monkeypatch.setattr(_deadline, "clock", Tick(1000.0))  # each read: 1000 s later
    verdict = Pipeline(output=[CitationGuard(method="bm25")]).check_output(
        answer, Context(docs=docs))
    d = verdict.decisions[0]
    assert units == []
    assert (d.action, d.outcome, d.data["fail_mode"]) == ("allow", "timeout", "open")
    assert d.reason == "guard exceeded its 50 ms budget"
    assert verdict.degraded and verdict.text == answer and not verdict.rewritten


def test_a_long_answer_stops_midway_when_its_clock_runs_out(
        units: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    answer, docs = heavy()
    CitationGuard(method="bm25")(answer, Context(docs=docs))  # no step: no deadline
    every = len(units)
    units.clear()
    monkeypatch.setattr(_deadline, "clock", Tick(0.001))  # 1 ms per read, 50 ms budget
    verdict = Pipeline(output=[CitationGuard(method="bm25")]).check_output(
        answer, Context(docs=docs))
    assert 0 < len(units) < every and verdict.decisions[0].outcome == "timeout"
    assert verdict.text == answer


def test_within_its_budget_every_sentence_is_cited_as_without_one(units: list[str]) -> None:
    answer, docs = heavy()
    alone = CitationGuard(method="bm25")(answer, Context(docs=docs))
    every = len(units)
    units.clear()
    verdict = Pipeline(output=[step(CitationGuard(method="bm25"), budget_ms=60_000)]
                       ).check_output(answer, Context(docs=docs))
    d = verdict.decisions[0]
    assert len(units) == every > 100 and d.outcome == "ok" and not verdict.degraded
    assert verdict.text == alone.text and dict(d.data) == dict(alone.data)


def test_an_answer_that_cites_stops_before_its_support_check(
        units: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The misattribution check of an answer that already cites stops at the deadline too."""
    answer, docs = heavy(5_000)
    cited = re.sub(r"\.(?= |$)", " [2].", answer)
    monkeypatch.setattr(_deadline, "clock", Tick(1000.0))
    verdict = Pipeline(output=[CitationGuard(method="bm25")]).check_output(
        cited, Context(docs=docs))
    assert units == [] and verdict.decisions[0].outcome == "timeout" and verdict.text == cited
