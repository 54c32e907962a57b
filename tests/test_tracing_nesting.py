"""Spans a guard makes itself (an LLM judge's HTTP call, a moderation API) nest under the
guard's span, wherever the guard runs: inline, on its worker thread, as a task, in a parallel
group, under sync and async callers.

Before, guard spans were written after the stage, so while a guard ran its span did not exist:
the judge's spans hung off the app's request span, siblings of ``guardwire.input``.
"""

from __future__ import annotations

import time
from typing import Any

import anyio
import pytest

from guardwire import Context, Decision, Pipeline, guarded, parallel, step

otel_sdk = pytest.importorskip("opentelemetry.sdk.trace")
from opentelemetry.sdk.trace.export import SimpleSpanProcessor  # noqa: E402
from opentelemetry.sdk.trace.export.in_memory_span_exporter import (  # noqa: E402
    InMemorySpanExporter,
)


def _setup() -> tuple[Any, InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    provider = otel_sdk.TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    return provider, exporter


def _judges(tracer: Any) -> list[Any]:
    def inline(text: str, ctx: Context) -> Decision:
        with tracer.start_as_current_span("call inline"):
            return Decision.allow()

    def threaded(text: str, ctx: Context) -> Decision:
        with tracer.start_as_current_span("call threaded"):
            time.sleep(0.001)
            return Decision.allow()

    async def task(text: str, ctx: Context) -> Decision:
        with tracer.start_as_current_span("call task"):
            await anyio.sleep(0.001)
            return Decision.allow()

    def member(text: str, ctx: Context) -> Decision:
        with tracer.start_as_current_span("call member"):
            return Decision.allow()

    return [inline, step(threaded, budget_ms=5000), task,
            parallel([member, step(task, name="task_member")])]


@pytest.mark.parametrize("use_async", [False, True])
def test_a_guards_own_spans_are_children_of_its_guard_span(use_async: bool) -> None:
    provider, exporter = _setup()
    tracer = provider.get_tracer("app")
    p = Pipeline(input=_judges(tracer), tracer_provider=provider)
    ask = guarded(_answer if use_async else (lambda prompt: "ok"),
                  pipeline=p)
    with tracer.start_as_current_span("request"):
        if use_async:
            anyio.run(_acall, ask)
        else:
            ask("hello")
    spans = exporter.get_finished_spans()
    by_id = {s.context.span_id: s for s in spans}

    def parent(name: str) -> str:
        found = [s for s in spans if s.name == name]
        assert len(found) == 1, [s.name for s in spans]
        return by_id[found[0].parent.span_id].name

    assert parent("call inline") == "guardwire.guard inline"
    assert parent("call threaded") == "guardwire.guard threaded"
    assert parent("call member") == "guardwire.guard member"
    assert parent("guardwire.guard member") == "guardwire.input"
    assert parent("guardwire.input") == "request"
    tasks = sorted(by_id[s.parent.span_id].name for s in spans if s.name == "call task")
    assert tasks == ["guardwire.guard task", "guardwire.guard task_member"]
    guard = next(s for s in spans if s.name == "guardwire.guard threaded")
    assert guard.attributes["guardwire.action"] == "allow"
    assert guard.attributes["guardwire.outcome"] == "ok"


async def _answer(prompt: str) -> str:
    return "ok"


async def _acall(ask: Any) -> None:
    await ask("hello")


def test_a_stage_stopped_by_an_exception_ends_its_open_spans() -> None:
    provider, exporter = _setup()

    class Interrupt(BaseException):
        pass

    def stop(text: str, ctx: Context) -> Decision:
        raise Interrupt  # not a guard error: it ends the call

    p = Pipeline(input=[stop], tracer_provider=provider)
    with pytest.raises(Interrupt):
        p.check_input("x")
    names = sorted(s.name for s in exporter.get_finished_spans())
    assert names == ["guardwire.guard stop", "guardwire.input"]
    assert all(s.status.status_code.name == "ERROR" for s in exporter.get_finished_spans())
