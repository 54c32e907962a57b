"""Output-stage spans say which attempt they checked (``guardwire.reasks``: re-asks made so
far in the call) and whether the stage asks again (``guardwire.reask``); a guard span says
``guardwire.reask=true`` when its guard asked. Before, the output spans of a call with
re-asks could not be told apart, nor which one caused the next model call."""

from __future__ import annotations

import pytest
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from guardwire import Context, Decision, Pipeline, RepairFailed, guarded
from guardwire.testing import FakeLLM


def polite(text: str, ctx: Context) -> Decision:
    if "please" in text:
        return Decision.allow()
    return Decision.reask("Say please.", "impolite")


def noop(text: str, ctx: Context) -> Decision:
    return Decision.allow()


def _spans(max_reasks: int, answers: list[str]) -> tuple[list[ReadableSpan], Context]:
    exporter = InMemorySpanExporter()
    tp = TracerProvider()
    tp.add_span_processor(SimpleSpanProcessor(exporter))
    p = Pipeline(output=[noop, polite], max_reasks=max_reasks, tracer_provider=tp)
    ctx = Context()
    ask = guarded(FakeLLM(answers).complete, pipeline=p)
    if "please" in answers[-1]:
        assert ask("q", guard_ctx=ctx) == answers[-1]
    else:
        with pytest.raises(RepairFailed):
            ask("q", guard_ctx=ctx)
    return list(exporter.get_finished_spans()), ctx


def _stages(spans: list[ReadableSpan]) -> list[ReadableSpan]:
    return sorted((s for s in spans if s.name == "guardwire.output"),
                  key=lambda s: s.start_time or 0)


def _guard(spans: list[ReadableSpan], stage: ReadableSpan, name: str) -> ReadableSpan:
    return next(s for s in spans if s.parent is not None
                and s.parent.span_id == stage.context.span_id
                and s.attributes["guardwire.guard"] == name)


def test_each_output_stage_says_its_attempt_and_whether_it_asks_again() -> None:
    spans, ctx = _spans(3, ["no", "still no", "ok please"])
    stages = _stages(spans)
    assert [s.attributes["guardwire.reasks"] for s in stages] == [0, 1, 2]
    assert [s.attributes["guardwire.reask"] for s in stages] == [True, True, False]
    assert ctx.reasks == 2
    for stage, asked in zip(stages, (True, True, False), strict=True):
        assert _guard(spans, stage, "polite").attributes.get("guardwire.reask", False) is asked
        assert "guardwire.reask" not in _guard(spans, stage, "noop").attributes


def test_past_the_limit_the_guard_asked_but_the_stage_blocks() -> None:
    spans, _ = _spans(1, ["no", "still no"])
    stages = _stages(spans)
    assert [s.attributes["guardwire.reasks"] for s in stages] == [0, 1]
    assert [s.attributes["guardwire.reask"] for s in stages] == [True, False]
    last = _guard(spans, stages[1], "polite").attributes
    assert last["guardwire.action"] == "reask" and last["guardwire.reask"] is True
    cap = _guard(spans, stages[1], "pipeline").attributes  # the limit's block: it did not ask
    assert cap["guardwire.action"] == "block" and "guardwire.reask" not in cap
    assert stages[1].attributes["guardwire.blocked"] is True


def test_input_stages_carry_no_reask_attributes() -> None:
    exporter = InMemorySpanExporter()
    tp = TracerProvider()
    tp.add_span_processor(SimpleSpanProcessor(exporter))
    guarded(FakeLLM("x").complete, pipeline=Pipeline(input=[noop], tracer_provider=tp))("q")
    s = next(s for s in exporter.get_finished_spans() if s.name == "guardwire.input")
    assert "guardwire.reasks" not in s.attributes and "guardwire.reask" not in s.attributes
