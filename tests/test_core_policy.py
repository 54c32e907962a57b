"""A Decision a guard returns with ``outcome="error"`` or ``"timeout"`` is a failure the guard
reports itself (a guard forwarding another pipeline's fail-open Decision, say): its policy
decides, as for an exception.

Before, ``Decision("allow", outcome="error")`` passed a fail-closed guard's text on, and its
span said ``guardwire.fail_mode = "closed"`` while the text went through.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import anyio
import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from guardwire import Context, Decision, InputBlocked, Pipeline, Policy, guarded, parallel, step
from guardwire.testing import FakeLLM, HangingGuard


def _inner_timed_out() -> Decision:
    """What a fail-open pipeline of its own hands back when its moderation call timed out."""
    inner = Pipeline(input=[step(HangingGuard(name="moderation"), budget_ms=5,
                                 on_timeout="open")])
    d = inner.check_input("hello").decisions[0]
    assert (d.action, d.outcome) == ("allow", "timeout")
    return d


def _forwarding(d: Decision, *, is_async: bool) -> Callable[..., Any]:
    if is_async:
        async def forward_async(text: str, ctx: Context) -> Decision:
            return d
        return forward_async

    def forward(text: str, ctx: Context) -> Decision:
        return d
    return forward


SHAPES = {
    "plain": lambda g, **kw: step(g, **kw),
    "budget": lambda g, **kw: step(g, budget_ms=1000, **kw),
    "parallel": lambda g, **kw: parallel([step(g, budget_ms=1000, **kw)]),
}


@pytest.mark.parametrize("is_async", [False, True])
@pytest.mark.parametrize("shape", sorted(SHAPES))
@pytest.mark.parametrize("caller", ["sync", "async"])
def test_a_reported_failure_under_a_fail_closed_policy_blocks(
        is_async: bool, shape: str, caller: str) -> None:
    guard = _forwarding(_inner_timed_out(), is_async=is_async)
    p = Pipeline(input=[SHAPES[shape](guard, on_timeout="closed")])
    v = p.check_input("hi") if caller == "sync" else anyio.run(p.acheck_input, "hi")
    d = v.decisions[0]
    assert v.blocked and (d.action, d.outcome) == ("block", "timeout")
    assert d.data["fail_mode"] == "closed" and "budget" in d.reason
    llm = FakeLLM("answer")
    with pytest.raises(InputBlocked):
        guarded(llm.complete, pipeline=p)("hi")
    assert llm.calls == []


def test_a_reported_error_under_a_fail_open_policy_passes_degraded() -> None:
    d0 = Decision("allow", None, "judge unreachable", None, "", "error")
    p = Pipeline(input=[step(_forwarding(d0, is_async=False), on_error="open")])
    v = p.check_input("hi")
    d = v.decisions[0]
    assert (d.action, d.outcome, d.data["fail_mode"]) == ("allow", "error", "open")
    assert v.degraded and not v.blocked


def test_the_pipeline_policy_applies_to_a_guard_without_one() -> None:
    d0 = Decision("allow", None, "", None, "", "error")
    guard = _forwarding(d0, is_async=False)
    closed = Pipeline(input=[guard], policy=Policy(on_error="closed")).check_input("hi")
    assert closed.blocked and closed.decisions[0].reason == "guard reported outcome 'error'"
    opened = Pipeline(input=[guard], policy=Policy(on_error="open")).check_input("hi")
    assert not opened.blocked and opened.degraded


def test_a_reported_failed_block_stays_a_block_under_a_fail_open_policy() -> None:
    d0 = Decision("block", None, "flagged, then the scorer crashed", None, "", "error")
    v = Pipeline(input=[step(_forwarding(d0, is_async=False), on_error="open")]).check_input("x")
    assert v.blocked and v.decisions[0].data["fail_mode"] == "closed"


def test_the_span_says_what_the_policy_made_of_it() -> None:
    spans = InMemorySpanExporter()
    tp = TracerProvider()
    tp.add_span_processor(SimpleSpanProcessor(spans))
    d0 = Decision("allow", None, "", None, "", "error")
    for mode, blocked in (("closed", True), ("open", False)):
        spans.clear()
        p = Pipeline(input=[step(_forwarding(d0, is_async=False), on_error=mode)],
                     tracer_provider=tp)
        assert p.check_input("hi").blocked is blocked
        (span,) = [s for s in spans.get_finished_spans() if s.name.startswith("guardwire.guard")]
        assert span.attributes is not None
        assert span.attributes["guardwire.fail_mode"] == mode
        assert span.attributes["guardwire.action"] == ("block" if blocked else "allow")
        assert span.attributes["guardwire.outcome"] == "error"
