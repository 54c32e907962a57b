"""Audit (session twenty): ``Pipeline.override`` and what is built on it (``guarded(...,
response_model=M)``, ``relaxed_budgets``) must keep every setting it is not told to change.

- Guards given as an iterator (a generator expression, ``map``) were read once by
  ``Pipeline(...)``, which kept the exhausted iterator to rebuild from: ``override()`` and
  ``guarded(..., response_model=M)`` then built a pipeline with no guards at all, silently
  (an injection or PII guard dropped from the call).
- ``override(record_text=True)`` was ignored (the old telemetry was kept), and
  ``override(tracer_provider=...)`` / ``override(meter_provider=...)`` dropped the other
  provider and ``record_text``.
"""

from __future__ import annotations

from typing import Any

import pytest
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from pydantic import BaseModel

from guardwire import Context, InputBlocked, Pipeline, guarded
from guardwire.guards.abuse import AbuseGate
from guardwire.guards.normalize import Normalize
from guardwire.testing import FakeLLM, StaticGuard


class Ticket(BaseModel):
    a: int


def _names(p: Pipeline, stage: Any = "input") -> list[str]:
    return [s.name for s in p.steps(stage)]


@pytest.mark.parametrize("make", [
    lambda gs: (g for g in gs),
    lambda gs: iter(gs),
    lambda gs: map(lambda g: g, gs),
], ids=["generator", "iter", "map"])
def test_guards_given_as_an_iterator_survive_override(make: Any) -> None:
    p = Pipeline(input=make([Normalize(), AbuseGate()]),
                 output=make([StaticGuard("allow", name="out")]))
    assert _names(p) == ["normalize", "abuse_gate"]
    q = p.override(mode="monitor")
    assert _names(q) == ["normalize", "abuse_gate"]
    assert _names(q, "output") == ["out"]


def test_response_model_keeps_input_guards_given_as_a_generator() -> None:
    blocker = StaticGuard("block", reason="no", name="blocker")
    llm = FakeLLM('{"a": 1}')
    ask = guarded(llm.complete, pipeline=Pipeline(input=(g for g in [blocker])),
                  response_model=Ticket)
    with pytest.raises(InputBlocked):
        ask("hi")
    assert llm.calls == []  # the model was never called


def test_response_model_with_generator_output_keeps_it() -> None:
    ctx = Context()
    ask = guarded(FakeLLM('{"a": 1}').complete,
                  pipeline=Pipeline(output=(g for g in [StaticGuard("allow", name="out")])),
                  response_model=Ticket)
    assert ask("hi", guard_ctx=ctx) == Ticket(a=1)
    assert [d.guard for d in ctx.verdicts[-1].decisions] == ["schema", "out"]


def _tracing() -> tuple[TracerProvider, InMemorySpanExporter]:
    spans = InMemorySpanExporter()
    tp = TracerProvider()
    tp.add_span_processor(SimpleSpanProcessor(spans))
    return tp, spans


def test_override_record_text_is_applied() -> None:
    tp, spans = _tracing()
    p = Pipeline(input=[Normalize()], tracer_provider=tp).override(record_text=True)
    assert p.telemetry.record_text is True
    p.check_input("hello   world")
    stage = next(s for s in spans.get_finished_spans() if s.name == "guardwire.input")
    assert stage.attributes is not None
    assert stage.attributes["guardwire.text.in"] == "hello   world"
    assert p.telemetry.tracer_provider is tp  # kept


def test_override_one_provider_keeps_the_other_and_record_text() -> None:
    tp, _ = _tracing()
    mp = MeterProvider(metric_readers=[InMemoryMetricReader()])
    p = Pipeline(input=[Normalize()], tracer_provider=tp, meter_provider=mp, record_text=True)
    q = p.override(meter_provider=MeterProvider())
    assert q.telemetry.tracer_provider is tp
    assert q.telemetry.record_text is True
    r = p.override(tracer_provider=TracerProvider())
    assert r.telemetry.meter_provider is mp
    assert r.telemetry.record_text is True
    s = p.override(record_text=False)
    assert (s.telemetry.tracer_provider, s.telemetry.meter_provider) == (tp, mp)
    assert s.telemetry.record_text is False


def test_override_without_telemetry_changes_shares_it() -> None:
    tp, _ = _tracing()
    p = Pipeline(input=[Normalize()], tracer_provider=tp, record_text=True)
    assert p.override(mode="monitor").telemetry is p.telemetry
