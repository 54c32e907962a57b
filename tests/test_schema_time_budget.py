"""``max_total_ms`` counts from the start of the call's first model call.

Before, the budget counted from the first answer the guard saw and took the first re-ask's cost
as 0 ms (no attempt had been timed yet): a model that took 900 ms to answer got a re-ask under
``max_total_ms=1000`` — and the call ran about twice over its budget. The pipeline now records
when it started the first model call (``ctx.model_started_at``); the guard counts from there
and takes each answer as one model call's worth of time. Without a pipeline (the guard called
directly) it counts from the first answer, as before.

Ninth session: the budget is the whole guarded call's, counted from its start
(``ctx.call_started_at``), so the input stage's time counts too; before, it counted from the
first model call, and a slow input stage (an LLM judge, a spaCy model) was not counted: a call
could run over ``max_total_ms`` by the input stage's time. One model call's time is still
estimated from the model calls alone.
"""

from __future__ import annotations

import time

import pytest
from pydantic import BaseModel

import guardwire
from guardwire import Context
from guardwire.guards.schema import SchemaGuard
from guardwire.testing import FakeLLM


class Person(BaseModel):
    name: str


GOOD = '{"name": "Ada"}'


def _slow_model(monkeypatch: pytest.MonkeyPatch, answers: list[str], call_ms: float,
                ) -> tuple[FakeLLM, object]:
    """A model whose every call takes ``call_ms`` on a fake monotonic clock (no sleeping)."""
    now = [1000.0]
    monkeypatch.setattr(time, "monotonic", lambda: now[0])
    llm = FakeLLM(answers)

    def model(prompt: str) -> str:
        now[0] += call_ms / 1000.0
        return llm.complete(prompt)

    return llm, model


def test_a_slow_first_call_leaves_no_time_for_a_reask(monkeypatch: pytest.MonkeyPatch) -> None:
    llm, model = _slow_model(monkeypatch, ["not json", GOOD], call_ms=600)
    pipeline = guardwire.Pipeline(output=[SchemaGuard(Person, max_total_ms=1000)])
    ctx = Context()
    with pytest.raises(guardwire.RepairFailed):
        guardwire.guarded(model, pipeline=pipeline)("Who?", guard_ctx=ctx)
    assert len(llm.calls) == 1  # 600 ms spent + 600 ms for one more call > 1000 ms
    d = ctx.verdicts[-1].by_guard("schema")
    assert d is not None and "max_total_ms" in d.data["exhausted_by"]


def test_a_fast_first_call_still_gets_its_reask(monkeypatch: pytest.MonkeyPatch) -> None:
    llm, model = _slow_model(monkeypatch, ["not json", GOOD], call_ms=300)
    pipeline = guardwire.Pipeline(output=[SchemaGuard(Person, max_total_ms=1000)])
    out = guardwire.guarded(model, pipeline=pipeline, response_model=Person)("Who?")
    assert out == Person(name="Ada")
    assert len(llm.calls) == 2  # 300 + 300 ≤ 1000


def test_the_second_reask_is_judged_on_the_average_call(
        monkeypatch: pytest.MonkeyPatch) -> None:
    llm, model = _slow_model(monkeypatch, ["x", "y", GOOD], call_ms=400)
    pipeline = guardwire.Pipeline(output=[SchemaGuard(Person, max_reasks=5, max_total_ms=1000)])
    with pytest.raises(guardwire.RepairFailed):
        guardwire.guarded(model, pipeline=pipeline)("Who?")
    assert len(llm.calls) == 2  # after one call: 400 + 400 ≤ 1000; after two: 800 + 400 > 1000


def test_without_a_pipeline_the_clock_starts_at_the_first_answer(
        monkeypatch: pytest.MonkeyPatch) -> None:
    clock = iter([5.0, 5.9])
    monkeypatch.setattr("guardwire.guards.schema.time.monotonic", lambda: next(clock))
    g, ctx = SchemaGuard(Person, max_total_ms=1000), Context()
    assert ctx.model_started_at is None
    assert g("x", ctx).action == "reask"  # nothing timed yet
    ctx.reasks = 1
    assert g("y", ctx).action == "block"  # 900 ms + 900 ms per try > 1000


def _slow_input(now: list[float], ms: float) -> object:
    def judge(text: str, ctx: Context) -> guardwire.Decision:
        now[0] += ms / 1000.0
        return guardwire.Decision.allow()
    return judge


def _clocked(monkeypatch: pytest.MonkeyPatch, answers: list[str], call_ms: float
             ) -> tuple[FakeLLM, object, list[float]]:
    now = [1000.0]
    monkeypatch.setattr(time, "monotonic", lambda: now[0])
    llm = FakeLLM(answers)

    def model(prompt: str) -> str:
        now[0] += call_ms / 1000.0
        return llm.complete(prompt)

    return llm, model, now


def test_the_input_stage_s_time_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    llm, model, now = _clocked(monkeypatch, ["not json", GOOD], call_ms=300)
    pipeline = guardwire.Pipeline(input=[_slow_input(now, 600)],
                                  output=[SchemaGuard(Person, max_total_ms=1000)])
    ctx = Context()
    with pytest.raises(guardwire.RepairFailed):
        guardwire.guarded(model, pipeline=pipeline)("Who?", guard_ctx=ctx)
    assert len(llm.calls) == 1  # 600 input + 300 model + 300 for one more call > 1000
    assert ctx.call_started_at == 1000.0 and ctx.model_started_at == 1000.6
    d = ctx.verdicts[-1].by_guard("schema")
    assert d is not None and "max_total_ms" in d.data["exhausted_by"]


def test_one_more_call_is_estimated_from_model_time_only(
        monkeypatch: pytest.MonkeyPatch) -> None:
    llm, model, now = _clocked(monkeypatch, ["not json", GOOD], call_ms=200)
    pipeline = guardwire.Pipeline(input=[_slow_input(now, 400)],
                                  output=[SchemaGuard(Person, max_total_ms=1000)])
    out = guardwire.guarded(model, pipeline=pipeline, response_model=Person)("Who?")
    assert out == Person(name="Ada")  # 600 spent + 200 per model call <= 1000 (not 600 per)
    assert len(llm.calls) == 2


def test_a_context_not_used_by_a_guarded_call_has_no_call_start() -> None:
    ctx = Context()
    assert ctx.call_started_at is None
    guardwire.Pipeline().check_input("hi", ctx)
    assert ctx.call_started_at is None
