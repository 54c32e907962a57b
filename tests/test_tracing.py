"""Spans and metric points carry the documented attributes (in-memory exporters)."""

from __future__ import annotations

import pytest
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from guardwire import Context, Decision, Pipeline, guarded, parallel, step
from guardwire.testing import FakeLLM, HangingGuard, StaticGuard

pytestmark = pytest.mark.anyio


@pytest.fixture
def otel() -> tuple[TracerProvider, InMemorySpanExporter, MeterProvider, InMemoryMetricReader]:
    exporter = InMemorySpanExporter()
    tp = TracerProvider()
    tp.add_span_processor(SimpleSpanProcessor(exporter))
    reader = InMemoryMetricReader()
    mp = MeterProvider(metric_readers=[reader])
    return tp, exporter, mp, reader


def redact(text: str, ctx: Context) -> Decision:
    return Decision.rewrite(text.replace("secret", "[X]"), "redact")


def test_stage_and_guard_spans(otel) -> None:
    tp, exporter, mp, _ = otel
    p = Pipeline(input=[redact, parallel([StaticGuard(name="a"), StaticGuard(name="b")])],
                 output=[step(HangingGuard(30, name="slow"), budget_ms=10, on_timeout="open")],
                 name="support", version="v3", tracer_provider=tp, meter_provider=mp)
    guarded(FakeLLM("the secret answer").complete, pipeline=p)("my secret prompt")
    spans = exporter.get_finished_spans()
    stages = {s.name: s for s in spans if s.name in ("guardwire.input", "guardwire.output")}
    assert set(stages) == {"guardwire.input", "guardwire.output"}
    guards = [s for s in spans if s.name.startswith("guardwire.guard ")]
    assert [s.attributes["guardwire.guard"] for s in guards] == ["redact", "a", "b", "slow"]
    for s in guards:
        attrs = s.attributes
        assert attrs["guardwire.route"] == "support"
        assert attrs["guardwire.config_version"] == "v3"
        assert {"guardwire.action", "guardwire.outcome", "guardwire.elapsed_ms"} <= set(attrs)
        stage = "guardwire.output" if attrs["guardwire.guard"] == "slow" else "guardwire.input"
        assert s.parent is not None and s.parent.span_id == stages[stage].context.span_id
        assert s.start_time <= s.end_time
    slow = guards[-1]
    assert slow.attributes["guardwire.outcome"] == "timeout"
    assert slow.attributes["guardwire.action"] == "allow"
    assert stages["guardwire.output"].attributes["guardwire.degraded"] is True
    # no prompt or response text unless the user opts in
    for s in spans:
        for value in s.attributes.values():
            assert "secret" not in str(value)


def test_text_on_spans_only_when_opted_in(otel) -> None:
    tp, exporter, _, _ = otel
    p = Pipeline(input=[redact], tracer_provider=tp, record_text=True)
    p.check_input("a secret")
    stage = next(s for s in exporter.get_finished_spans() if s.name == "guardwire.input")
    assert stage.attributes["guardwire.text.in"] == "a secret"
    assert stage.attributes["guardwire.text.out"] == "a [X]"


async def test_metrics_count_decisions_by_route_guard_action_outcome(otel) -> None:
    _, _, mp, reader = otel
    p = Pipeline(input=[redact, StaticGuard("block", name="gate")], name="chat", meter_provider=mp)
    for _ in range(3):
        await p.acheck_input("secret")
    data = reader.get_metrics_data()
    metrics = {m.name: m for rm in data.resource_metrics for sm in rm.scope_metrics
               for m in sm.metrics}
    counter = metrics["guardwire.decisions"]
    points = {(pt.attributes["guardwire.guard"], pt.attributes["guardwire.action"],
               pt.attributes["guardwire.outcome"], pt.attributes["guardwire.route"]): pt.value
              for pt in counter.data.data_points}
    assert points == {("redact", "rewrite", "ok", "chat"): 3, ("gate", "block", "ok", "chat"): 3}
    hist = metrics["guardwire.guard.duration"]
    assert sum(pt.count for pt in hist.data.data_points) == 6
