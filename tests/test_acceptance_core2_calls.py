"""Second acceptance review of the core, calls and streams: malformed decisions and
BaseExceptions from guards, failure spans and broken telemetry, streams that end early or whose
per-chunk processors misbehave, hashing/pickling of decisions, and one Context per call."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import anyio
import pytest

from guardwire import Context, Decision, Pipeline, step

pytestmark = pytest.mark.anyio


def _ok(text: str, ctx: Context) -> Decision:
    return Decision.allow()


@pytest.mark.parametrize("bad", [
    Decision("allow", data=None),  # type: ignore[arg-type]
    Decision("allow", data=[("fired", True)]),  # type: ignore[arg-type]
    Decision("block", reason=404),  # type: ignore[arg-type]
    Decision("allow", score="high"),  # type: ignore[arg-type]
    Decision("allow", score=True),  # type: ignore[arg-type]
], ids=["data-None", "data-list", "reason-int", "score-str", "score-bool"])
@pytest.mark.parametrize("use_async", [False, True])
async def test_a_decision_with_a_malformed_field_is_a_guard_error_not_a_crash(
        bad: Decision, use_async: bool) -> None:
    """These escaped as AttributeError/TypeError from the verdict or the span, past the
    guard's policy (the call crashed instead of failing closed or open)."""
    from opentelemetry.sdk.trace import TracerProvider

    def guard(text: str, ctx: Context) -> Decision:
        return bad

    p = Pipeline(input=[step(guard, on_error="open")], tracer_provider=TracerProvider())
    v = await p.acheck_input("x") if use_async else p.check_input("x")
    d = v.decisions[0]
    assert (d.outcome, d.action) == ("error", "allow") and v.degraded, d
    assert "Decision" in d.reason


def test_a_numpy_like_score_is_accepted() -> None:
    import numpy as np

    p = Pipeline(input=[lambda t, c: Decision.allow(score=np.float32(0.25))])
    d = p.check_input("x").decisions[0]
    assert d.outcome == "ok" and d.score == pytest.approx(0.25)


class Fatal(BaseException):
    """An application's own BaseException (like KeyboardInterrupt: not a guard failure)."""


def _vault_then_raise(exc: BaseException) -> Any:
    def guard(text: str, ctx: Context) -> Decision:
        ctx.vault.put("<SECRET_1>", "s3cret")
        raise exc
    return guard


@pytest.mark.parametrize("exc", [KeyboardInterrupt, SystemExit, Fatal])
@pytest.mark.parametrize("grouped", [False, True])
@pytest.mark.parametrize("use_async", [False, True])
async def test_a_base_exception_from_a_guard_propagates_as_itself_and_clears_the_vault(
        exc: type[BaseException], grouped: bool, use_async: bool) -> None:
    """In a parallel group it came out wrapped in a BaseExceptionGroup, so `except Fatal:`
    (what the same guard raised on its own) did not catch it."""
    from guardwire import guarded, parallel
    from guardwire.testing import FakeLLM

    g = _vault_then_raise(exc())
    p = Pipeline(input=[parallel([g, _ok]) if grouped else g])
    ctx = Context()
    llm = FakeLLM("never")
    with pytest.raises(exc):
        if use_async:
            await guarded(llm.acomplete, pipeline=p)("q", guard_ctx=ctx)
        else:
            guarded(llm.complete, pipeline=p)("q", guard_ctx=ctx)
    assert len(ctx.vault) == 0 and llm.calls == []


@pytest.mark.parametrize("grouped", [False, True])
async def test_a_cancelled_error_raised_by_a_guard_propagates_as_cancellation(
        grouped: bool) -> None:
    """In a parallel group a CancelledError raised by a member (not by a cancelled scope) was
    taken by the task group as that task's own cancellation: the member's decision was simply
    missing and the call went on to the model as if it had passed."""
    import asyncio

    from guardwire import guarded, parallel
    from guardwire.testing import FakeLLM

    async def cancelled(text: str, ctx: Context) -> Decision:
        raise asyncio.CancelledError

    p = Pipeline(input=[parallel([cancelled, _ok]) if grouped else cancelled])
    llm = FakeLLM("never")
    ctx = Context()
    with pytest.raises(asyncio.CancelledError):
        await guarded(llm.acomplete, pipeline=p)("q", guard_ctx=ctx)
    assert llm.calls == [] and ctx.verdicts == []


def test_a_failed_guards_span_says_how_it_failed_and_what_its_policy_did() -> None:
    """Guard spans had outcome and action only: no `error.type` (the OpenTelemetry attribute
    for a failed operation), and fail-open vs fail-closed, degraded or not, had to be worked
    out from the action."""
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    from guardwire.testing import HangingGuard, RaisingGuard

    spans = InMemorySpanExporter()
    tp = TracerProvider()
    tp.add_span_processor(SimpleSpanProcessor(spans))
    stuck = StuckOnce()
    p = Pipeline(input=[step(lambda t, c: Decision.allow(), name="fine"),
                        step(RaisingGuard(ValueError("bad"), name="err_open"), on_error="open"),
                        step(HangingGuard(name="slow_open"), budget_ms=10, on_timeout="open"),
                        step(stuck, budget_ms=10, on_timeout="closed")], tracer_provider=tp)
    try:
        p.check_input("x")
    finally:
        stuck.release.set()
    by = {s.name.removeprefix("guardwire.guard "): dict(s.attributes or {})
          for s in spans.get_finished_spans()}
    assert by["err_open"]["error.type"] == "ValueError"
    assert by["err_open"]["guardwire.fail_mode"] == "open"
    assert by["err_open"]["guardwire.degraded"] is True
    assert by["slow_open"]["error.type"] == "timeout"
    assert by["slow_open"]["guardwire.degraded"] is True
    assert by["stuck_once"]["error.type"] == "timeout"
    assert by["stuck_once"]["guardwire.fail_mode"] == "closed"
    assert by["stuck_once"]["guardwire.degraded"] is False
    assert by["stuck_once"]["guardwire.threads_left_running"] == 1
    assert "error.type" not in by["fine"] and "guardwire.fail_mode" not in by["fine"]


class StuckOnce:
    """A sync guard that outlives its budget, then returns when released (a fixed 0.3 s wait
    could end inside a 10 ms budget stretched by a stalled thread, leaving no thread running)."""

    name = "stuck_once"

    def __init__(self) -> None:
        self.release = threading.Event()

    def __call__(self, text: str, ctx: Context) -> Decision:
        assert self.release.wait(30)
        return Decision.allow()


class ModelDown(Exception):
    pass


def _failing_stream(prompt: str) -> Iterator[str]:
    yield "Hello "
    yield "there "
    raise ModelDown("connection reset")


def _interruption(ctx: Context) -> Decision:
    v = ctx.verdicts[-1]
    assert v.stage == "output", [x.stage for x in ctx.verdicts]
    d = v.decisions[-1]
    assert d.guard == "pipeline" and d.data.get("interrupted") is True, d
    return d


@pytest.mark.parametrize(("pmode", "smode", "shown"), [
    ("enforce", "buffered", False), ("enforce", "incremental", True),
    ("monitor", "buffered", True)])
@pytest.mark.parametrize("how", ["break", "model_error"])
def test_a_stream_that_ends_early_is_recorded_not_forgotten(pmode: str, smode: str, shown: bool,
                                                            how: str) -> None:
    """A consumer that stopped early (a client disconnecting) or a model stream that broke off
    left no output verdict, span or metric at all: text the user had already seen (incremental
    and monitor mode) was missing from the record."""
    from guardwire import guarded
    from guardwire.testing import FakeLLM, capture_verdicts

    p = Pipeline(output=[_ok], mode=pmode, stream_mode=smode)  # type: ignore[arg-type]
    fn = FakeLLM("Hello there, how are you?", chunk_size=6).stream if how == "break" else (
        _failing_stream)
    ctx = Context()
    with capture_verdicts() as captured:
        stream = guarded(fn, pipeline=p)("q", guard_ctx=ctx)
        try:
            for _ in stream:
                if how == "break":
                    break
        except ModelDown:
            assert how == "model_error"
        stream.close()
    if how == "break" and (pmode, smode) == ("enforce", "buffered"):  # nothing comes out before
        assert not ctx.verdicts[-1].decisions[-1].data.get("interrupted")  # the whole verdict
        return
    d = _interruption(ctx)
    assert captured[-1] is ctx.verdicts[-1]
    cause = "closed" if how == "break" else "ModelDown"
    assert cause in d.reason and "did not run" in d.reason
    assert ctx.verdicts[-1].degraded is shown
    assert ctx.verdicts[-1].mode == pmode


async def test_an_async_stream_closed_or_cancelled_early_is_recorded() -> None:
    from guardwire import guarded
    from guardwire.testing import FakeLLM

    ask = guarded(FakeLLM("Hello there, how are you?", chunk_size=6).astream,
                  pipeline=Pipeline(output=[_ok], stream_mode="incremental"))
    ctx = Context()
    stream = await ask("q", guard_ctx=ctx)
    async for _ in stream:
        break
    await stream.aclose()
    assert "closed" in _interruption(ctx).reason and ctx.verdicts[-1].degraded

    async def slow(prompt: str) -> Any:  # a model that stalls after its first words
        yield "Hello "
        await anyio.sleep(30)
        yield "never"

    ctx = Context()
    with anyio.move_on_after(0.2):
        async for _ in guarded(slow, pipeline=Pipeline(stream_mode="incremental"))(
                "q", guard_ctx=ctx):
            pass
    d = _interruption(ctx)
    assert "cancelled" in d.reason and d.data["shown_chars"] == len("Hello ")


def test_an_off_route_records_no_interruption() -> None:
    from guardwire import guarded
    from guardwire.testing import FakeLLM

    ctx = Context()
    stream = guarded(FakeLLM("Hello there", chunk_size=3).stream,
                     pipeline=Pipeline(output=[_ok], mode="off"))("q", guard_ctx=ctx)
    next(stream)
    stream.close()
    assert all(not v.decisions for v in ctx.verdicts)


@pytest.mark.parametrize(("action", "kw"), [("rewrite", {}), ("reask", {}), ("blok", {}),
                                            ("allow", {"text": 3})])
def test_static_guard_refuses_a_decision_it_cannot_make(action: str, kw: dict[str, Any]) -> None:
    """StaticGuard("rewrite") without text= was accepted and then failed (fail-closed: blocked)
    on every call, so a test meant to check a rewrite checked a guard error instead."""
    from guardwire.testing import StaticGuard

    with pytest.raises(ValueError, match="StaticGuard"):
        StaticGuard(action, **kw)  # type: ignore[arg-type]
    assert StaticGuard("rewrite", text="new")("x", Context()).text == "new"


class _BrokenProvider:
    def get_tracer(self, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("tracer bug")

    def get_meter(self, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("meter bug")


def _broken_span_processor() -> Any:
    from opentelemetry.sdk.trace import SpanProcessor, TracerProvider

    class Broken(SpanProcessor):
        def on_end(self, span: Any) -> None:
            raise RuntimeError("exporter bug")

    tp = TracerProvider()
    tp.add_span_processor(Broken())
    return tp


@pytest.mark.parametrize("which", ["span_processor", "tracer_provider", "meter_provider"])
@pytest.mark.parametrize("use_async", [False, True])
async def test_broken_telemetry_never_breaks_the_guarded_call(
        which: str, use_async: bool, caplog: pytest.LogCaptureFixture) -> None:
    """An exception from the tracer/meter provider or a span processor escaped from the stage
    and the call failed, although every guard had passed: telemetry must not take the app down
    (it is logged, once per pipeline)."""
    from guardwire import guarded
    from guardwire.testing import FakeLLM

    kw = ({"tracer_provider": _broken_span_processor()} if which == "span_processor"
          else {which: _BrokenProvider()})
    p = Pipeline(input=[_ok], output=[_ok], **kw)
    llm = FakeLLM("hi")
    ctx = Context()
    with caplog.at_level("WARNING", logger="guardwire"):
        for _ in range(2):
            if use_async:
                assert await guarded(llm.acomplete, pipeline=p)("q", guard_ctx=ctx) == "hi"
            else:
                assert guarded(llm.complete, pipeline=p)("q", guard_ctx=ctx) == "hi"
    assert [v.stage for v in ctx.verdicts] == ["input", "output"]
    warned = [r for r in caplog.records if r.name.startswith("guardwire")]
    assert len(warned) == 1 and "telemetry" in warned[0].getMessage()


class NoneFeeder:
    """A per-chunk guard whose processor returns None instead of the text to show."""

    name = "none_feeder"

    def __call__(self, text: str, ctx: Context) -> Decision:
        return Decision.allow()

    def start_stream(self, ctx: Context) -> Any:
        return self

    def feed(self, chunk: str) -> Any:
        return None

    def flush(self) -> str:
        return ""


@pytest.mark.parametrize("mode", ["open", "closed"])
def test_a_stream_processor_returning_a_non_str_is_a_guard_error(mode: str) -> None:
    """feed() returning None dropped the chunk's text and then crashed the stream with a
    TypeError at the end, past the guard's policy."""
    from guardwire import OutputBlocked, guarded
    from guardwire.testing import FakeLLM

    p = Pipeline(output=[step(NoneFeeder(), on_error=mode)], stream_mode="incremental")
    ctx = Context()
    stream = guarded(FakeLLM("Hello there", chunk_size=4).stream, pipeline=p)("q", guard_ctx=ctx)
    if mode == "closed":
        with pytest.raises(OutputBlocked, match="none_feeder"):
            list(stream)
    else:
        assert "".join(stream) == "Hello there"  # fail-open: the rest passes untouched
    d = ctx.verdicts[-1].by_guard("none_feeder")
    assert d is not None and d.outcome == "error" and "NoneType" in d.reason


class NoProcessor(NoneFeeder):
    """A per-chunk guard whose start_stream() forgot to return its processor."""

    name = "no_processor"

    def start_stream(self, ctx: Context) -> Any:
        return None


def test_a_start_stream_without_a_processor_is_a_guard_error_not_a_silent_pass() -> None:
    """start_stream() returning None was taken as "nothing to do": the stream went out
    unprocessed (a per-chunk masking guard would leak) and the guard's Decision said allow."""
    from guardwire import OutputBlocked, guarded
    from guardwire.testing import FakeLLM

    p = Pipeline(output=[NoProcessor()], stream_mode="incremental")  # fail-closed by default
    ctx = Context()
    with pytest.raises(OutputBlocked, match="no_processor"):
        list(guarded(FakeLLM("Hello there", chunk_size=4).stream, pipeline=p)("q", guard_ctx=ctx))
    d = ctx.verdicts[-1].by_guard("no_processor")
    assert d is not None and d.outcome == "error" and "NoneType" in d.reason


def test_decisions_and_verdicts_are_hashable_value_objects() -> None:
    """Both are frozen dataclasses (value objects), yet hash() raised "unhashable type:
    'mappingproxy'" (their data), so they could not go in a set or be dict keys."""
    a, b = Decision.block("x", rule="r1"), Decision.block("x", rule="r1")
    assert a == b and hash(a) == hash(b) and len({a, b, Decision.allow()}) == 2
    v = Pipeline(input=[lambda t, c: Decision.allow(why="fine")]).check_input("x")
    assert {v: 1}[v] == 1


def test_decisions_and_verdicts_pickle_and_deepcopy() -> None:
    """pickle (a verdict sent to a queue, a process pool) and copy.deepcopy raised "cannot
    pickle 'mappingproxy' object" (their data)."""
    import copy
    import pickle

    v = Pipeline(input=[lambda t, c: Decision.block("no", score=0.5, rule="r1")]).check_input("x")
    for back in (pickle.loads(pickle.dumps(v)), copy.deepcopy(v)):
        assert back == v and back.blocking is not None
        assert back.blocking.data["rule"] == "r1"
        with pytest.raises(TypeError):  # still read-only
            back.blocking.data["rule"] = "r2"  # type: ignore[index]


def test_a_context_in_use_by_a_call_in_progress_is_refused() -> None:
    """A guard that called the guarded function with its own ctx (or two concurrent calls
    sharing one Context) reset the running call's state, verdicts and — at the inner call's
    end — its vault: the outer call recursed on a lost flag and its placeholders could no
    longer be restored."""
    from guardwire import InputBlocked, guarded
    from guardwire.testing import FakeLLM

    holder: dict[str, Any] = {}
    seen: list[str] = []

    def asks_the_model(text: str, ctx: Context) -> Decision:
        if ctx.state.get("asked"):
            return Decision.allow()
        ctx.state["asked"] = True
        try:
            holder["ask"]("check: " + text, guard_ctx=ctx)
        except RuntimeError as exc:
            seen.append(str(exc))
            raise
        return Decision.allow()

    holder["ask"] = guarded(FakeLLM("fine").complete, pipeline=Pipeline(input=[asks_the_model]))
    ctx = Context()
    with pytest.raises(InputBlocked, match="RuntimeError"):
        holder["ask"]("hello", guard_ctx=ctx)
    assert len(seen) == 1 and "in use" in seen[0]
    plain = guarded(FakeLLM("plain").complete, pipeline=Pipeline())
    assert plain("and again", guard_ctx=ctx) == "plain"  # the first call has ended


def test_a_context_is_free_again_when_its_stream_ends_or_is_dropped() -> None:
    import gc

    from guardwire import guarded
    from guardwire.testing import FakeLLM

    ask = guarded(FakeLLM("Hello there", chunk_size=4).stream, pipeline=Pipeline())
    ctx = Context(keep_vault=True)
    stream = ask("q", guard_ctx=ctx)
    with pytest.raises(RuntimeError, match="in use"):
        ask("q2", guard_ctx=ctx)  # the first call's stream has not ended
    assert "".join(stream) == "Hello there"
    assert "".join(ask("q3", guard_ctx=ctx)) == "Hello there"
    stream = ask("q4", guard_ctx=ctx)
    del stream
    gc.collect()
    assert "".join(ask("q5", guard_ctx=ctx)) == "Hello there"


@pytest.mark.parametrize("bad", [None, b"hello", 5])
@pytest.mark.parametrize("use_async", [False, True])
async def test_checking_a_non_str_is_a_type_error_at_the_call(bad: object, use_async: bool) -> None:
    """check_input(None) passed guards that do not read the text and returned a verdict whose
    text was None; with a cached guard it crashed inside with AttributeError ('encode')."""
    from guardwire.testing import StaticGuard

    for p in (Pipeline(input=[_ok]), Pipeline(input=[step(StaticGuard(), cache_ttl_s=5)])):
        with pytest.raises(TypeError, match="must be a str"):
            if use_async:
                await p.acheck_input(bad)  # type: ignore[arg-type]
            else:
                p.check_input(bad)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="must be a str"):
            if use_async:
                await p.acheck_output(bad)  # type: ignore[arg-type]
            else:
                p.check_output(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("stage", ["input", "output"])
@pytest.mark.parametrize("bad", [_ok, "normalize"])
def test_a_single_guard_instead_of_a_list_is_named_in_the_error(stage: str, bad: object) -> None:
    """Pipeline(input=guard) said "'function' object is not iterable" (or, for a string,
    that a guard must be callable) without naming the keyword or the fix."""
    with pytest.raises(TypeError, match=rf"{stage}= takes a list of guards.*\[") as err:
        Pipeline(**{stage: bad})  # type: ignore[arg-type]
    assert type(bad).__name__ in str(err.value)
