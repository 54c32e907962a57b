"""Second acceptance review of the core (sync/async fold, policies, timeouts, streams): a hanging
sync guard must not starve the app's thread pool or other guards, and must not leave threads
behind without bound; BaseExceptions, wrong return types, re-entrancy, early-closed and
cancelled streams, and the spans of failures."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import anyio
import anyio.to_thread
import pytest

from guardwire import Context, Decision, Pipeline, step

pytestmark = pytest.mark.anyio


class Stuck:
    """A sync guard that blocks until released (a hung HTTP client, a deadlock)."""

    name = "stuck"

    def __init__(self, max_threads: int | None = None) -> None:
        self.release = threading.Event()
        self.started = 0
        self._lock = threading.Lock()
        if max_threads is not None:
            self.max_threads = max_threads

    def __call__(self, text: str, ctx: Context) -> Decision:
        with self._lock:
            self.started += 1
        self.release.wait(30)
        return Decision.allow("late")


@pytest.fixture
def stuck() -> Iterator[Stuck]:
    guard = Stuck()
    try:
        yield guard
    finally:
        guard.release.set()  # the threads end with the test


def _threads_named(prefix: str) -> int:
    return sum(t.name.startswith(prefix) for t in threading.enumerate())


def test_hanging_sync_guards_under_a_sync_caller_do_not_starve_other_guards(stuck: Stuck) -> None:
    """guardwire's one pool of 32 threads was shared by every budgeted sync guard in the
    process: 32 timed-out calls of one hung guard made every other budgeted guard time out."""
    hung = Pipeline(input=[step(stuck, budget_ms=10, on_timeout="open")])
    before = threading.active_count()
    for _ in range(60):
        v = hung.check_input("x")
        assert v.decisions[0].outcome == "timeout" and not v.blocked
    left = threading.active_count() - before
    assert left <= 16, left  # bounded: the step's own threads, not one per call
    assert stuck.started == left
    healthy = Pipeline(input=[step(lambda t, c: Decision.allow(), budget_ms=500)])
    assert healthy.check_input("x").decisions[0].outcome == "ok"


@pytest.mark.parametrize(("on_timeout", "blocked"), [("open", False), ("closed", True)])
def test_an_exhausted_guard_fails_at_once_by_its_policy_and_says_why(on_timeout: str,
                                                                    blocked: bool) -> None:
    guard = Stuck(max_threads=3)
    try:
        if True:
            p = Pipeline(input=[step(guard, budget_ms=10, on_timeout=on_timeout)])
            ds = [p.check_input("x").decisions[0] for _ in range(6)]
            assert guard.started == 3  # no new thread once all three are stuck
            assert p.describe()["input"][0]["max_threads"] == 3
            first, last = ds[0], ds[-1]
            assert first.data["threads_left_running"] >= 1
            assert last.outcome == "timeout" and last.data.get("threads_exhausted") is True
            assert "3 threads" in last.reason and "still running" in last.reason
            assert "not started" in last.reason  # no thread, no wait for one
            v = p.check_input("x")
            assert v.blocked is blocked and v.degraded is not blocked
    finally:
        guard.release.set()


async def test_hanging_sync_guards_under_async_callers_are_bounded_and_spare_anyio_pool(
        stuck: Stuck) -> None:
    """They ran in anyio's default thread pool: each call held one of the app's 40 tokens
    while it ran, and every timed-out call left one more thread running, without bound."""
    p = Pipeline(input=[step(stuck, budget_ms=300, on_timeout="open")])
    limiter = anyio.to_thread.current_default_thread_limiter()
    before = threading.active_count()
    borrowed: list[float] = []
    outcomes: list[str] = []

    async def one() -> None:
        outcomes.append((await p.acheck_input("x")).decisions[0].outcome)

    async with anyio.create_task_group() as tg:
        for _ in range(60):
            tg.start_soon(one)
        await anyio.sleep(0.1)
        borrowed.append(limiter.borrowed_tokens)
        with anyio.fail_after(5):  # the app's own to_thread work is not queued behind them
            await anyio.to_thread.run_sync(lambda: None)
    assert borrowed == [0]
    assert outcomes == ["timeout"] * 60
    assert threading.active_count() - before <= 16 + 1  # + the to_thread call's own thread
    assert p.steps("input")[0].threads.threads <= 16
    assert stuck.started <= 16


@pytest.mark.parametrize("bad", [0, -1, 2.5, True, "4"])
def test_max_threads_must_be_a_positive_int(bad: object) -> None:
    guard = Stuck()
    guard.max_threads = bad  # type: ignore[assignment]
    with pytest.raises(ValueError, match="max_threads"):
        Pipeline(input=[guard])


def test_a_hung_guard_thread_does_not_keep_the_process_alive(tmp_path: Any) -> None:
    """The old pool's threads were not daemon threads: at exit Python joined them, so a
    process whose guard hung could not exit until the guard returned."""
    import subprocess
    import sys

    script = tmp_path / "hung.py"
    script.write_text(
        "import time\n"
        "from guardwire import Decision, Pipeline, step\n"
        "def hang(text, ctx):\n"
        "    time.sleep(120)\n"
        "    return Decision.allow()\n"
        "p = Pipeline(input=[step(hang, budget_ms=10, on_timeout='open')])\n"
        "print(p.check_input('x').decisions[0].outcome)\n")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=60)
    assert done.stdout.strip() == "timeout", done.stderr


# -- malformed decisions ------------------------------------------------------------------


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


# -- BaseExceptions from guards -----------------------------------------------------------


class Fatal(BaseException):
    """An application's own BaseException (like KeyboardInterrupt: not a guard failure)."""


def _vault_then_raise(exc: BaseException) -> Any:
    def guard(text: str, ctx: Context) -> Decision:
        ctx.vault.put("<SECRET_1>", "s3cret")
        raise exc
    return guard


def _ok(text: str, ctx: Context) -> Decision:
    return Decision.allow()


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


# -- spans of failures --------------------------------------------------------------------


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
    p = Pipeline(input=[step(lambda t, c: Decision.allow(), name="fine"),
                        step(RaisingGuard(ValueError("bad"), name="err_open"), on_error="open"),
                        step(HangingGuard(name="slow_open"), budget_ms=10, on_timeout="open"),
                        step(StuckOnce(), budget_ms=10, on_timeout="closed")], tracer_provider=tp)
    p.check_input("x")
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
    """A sync guard that outlives a short budget once, then returns."""

    name = "stuck_once"

    def __call__(self, text: str, ctx: Context) -> Decision:
        threading.Event().wait(0.3)
        return Decision.allow()


# -- streams that end early ---------------------------------------------------------------


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


@pytest.mark.parametrize("budget", [float("inf"), 1e300])
@pytest.mark.parametrize("use_async", [False, True])
async def test_an_infinite_or_huge_budget_is_no_limit_not_an_error(budget: float,
                                                                    use_async: bool) -> None:
    """Under a sync caller the thread wait raised OverflowError: every call became a guard
    error, and fail-closed blocked everything."""
    p = Pipeline(input=[step(_ok, budget_ms=budget)])
    v = await p.acheck_input("x") if use_async else p.check_input("x")
    assert v.decisions[0].outcome == "ok", v.decisions[0]


@pytest.mark.parametrize(("action", "kw"), [("rewrite", {}), ("reask", {}), ("blok", {}),
                                            ("allow", {"text": 3})])
def test_static_guard_refuses_a_decision_it_cannot_make(action: str, kw: dict[str, Any]) -> None:
    """StaticGuard("rewrite") without text= was accepted and then failed (fail-closed: blocked)
    on every call, so a test meant to check a rewrite checked a guard error instead."""
    from guardwire.testing import StaticGuard

    with pytest.raises(ValueError, match="StaticGuard"):
        StaticGuard(action, **kw)  # type: ignore[arg-type]
    assert StaticGuard("rewrite", text="new")("x", Context()).text == "new"


@pytest.mark.parametrize("entry", [
    "step(AsyncGuard(), budget_ms=20)",
    "parallel([StaticGuard(name='a'), StaticGuard(name='b')])"])
def test_warm_loads_the_event_loop_machinery_a_guard_may_need(tmp_path: Any, entry: str) -> None:
    """The first sync call of an async guard or a parallel group imported anyio's asyncio
    backend inside the request (about 250 ms cold), even after Pipeline.warm(), which is
    documented to keep cold starts out of requests."""
    import subprocess
    import sys

    script = tmp_path / "cold.py"
    script.write_text(
        "import sys\n"
        "from guardwire import Pipeline, step, parallel\n"
        "from guardwire import Decision\n"
        "from guardwire.testing import StaticGuard\n"
        "class AsyncGuard:\n"
        "    async def __call__(self, text, ctx):\n"
        "        return Decision.allow()\n"
        f"p = Pipeline(input=[{entry}])\n"
        "print('anyio._backends._asyncio' in sys.modules)\n"
        "p.warm()\n"
        "print('anyio._backends._asyncio' in sys.modules)\n")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=60)
    assert done.stdout.split() == ["False", "True"], done.stderr


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="needs os.fork")
def test_budgeted_guards_still_run_in_a_forked_child(tmp_path: Any) -> None:
    """A pipeline used before a fork (a pre-forking server's master, multiprocessing) counted
    the parent's idle threads as its own in the child, where they do not exist: every budgeted
    sync guard call in the child waited for a thread that never came and timed out."""
    import subprocess
    import sys

    script = tmp_path / "fork.py"
    script.write_text(
        "import os, warnings\n"
        "warnings.simplefilter('ignore')\n"
        "from guardwire import Decision, Pipeline, step\n"
        "p = Pipeline(input=[step(lambda t, c: Decision.allow(), name='g', budget_ms=2000)])\n"
        "print(p.check_input('x').decisions[0].outcome, flush=True)\n"
        "pid = os.fork()\n"
        "if pid == 0:\n"
        "    print(p.check_input('x').decisions[0].outcome, flush=True)\n"
        "    os._exit(0)\n"
        "os.waitpid(pid, 0)\n")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=60)
    assert done.stdout.split() == ["ok", "ok"], done.stderr


class AsyncWarm:
    """A guard whose warm() is a coroutine function (loading through an async client)."""

    name = "async_warm"

    def __init__(self) -> None:
        self.loaded = 0

    async def warm(self) -> None:
        await anyio.sleep(0)
        self.loaded += 1

    async def __call__(self, text: str, ctx: Context) -> Decision:
        return Decision.allow() if self.loaded else Decision.block("not loaded")


@pytest.mark.parametrize("how", ["warm", "sync", "async"])
async def test_an_async_warm_is_awaited_once(how: str) -> None:
    """An `async def warm()` was called and its coroutine dropped ("never awaited"): the guard
    was never loaded."""
    import warnings

    guard = AsyncWarm()
    p = Pipeline(input=[guard])
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a "coroutine was never awaited" warning fails the test
        if how == "warm":
            p.warm()
        v = await p.acheck_input("x") if how == "async" else p.check_input("x")
        v = await p.acheck_input("y") if how == "async" else p.check_input("y")
    assert not v.blocked and guard.loaded == 1


def test_a_call_still_queued_for_a_thread_when_its_budget_ends_never_runs() -> None:
    import time

    guard = Stuck(max_threads=1)
    p = Pipeline(input=[step(guard, budget_ms=100, on_timeout="open")])
    outcomes: list[str] = []

    def call() -> None:
        outcomes.append(p.check_input("x").decisions[0].outcome)

    callers = [threading.Thread(target=call) for _ in range(2)]
    for t in callers:
        t.start()
    for t in callers:
        t.join()
    guard.release.set()
    threads = p.steps("input")[0].threads
    deadline = time.monotonic() + 10
    while threads.abandoned and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.05)  # the worker is free: a queued call it still held would start now
    assert outcomes == ["timeout", "timeout"]
    assert guard.started == 1


# -- telemetry that fails -----------------------------------------------------------------


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


@pytest.mark.parametrize("field", ["budget_ms", "cache_ttl_s"])
@pytest.mark.parametrize("bad", ["50", [1], 1j])
def test_a_policy_number_of_the_wrong_type_names_the_field(field: str, bad: object) -> None:
    """Policy(budget_ms="50") (a value read from an environment variable) raised a bare
    "'>' not supported between instances of 'str' and 'int'" naming neither field nor value."""
    from guardwire import Policy

    with pytest.raises(ValueError, match=f"{field} must be a number or None, got"):
        Policy(**{field: bad})  # type: ignore[arg-type]


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


def test_threads_of_a_dropped_pipeline_end_with_it() -> None:
    """Each step owns its threads; an app that builds a pipeline per request (per tenant, a
    per-request override()) left every dropped pipeline's idle threads alive until they timed
    out, one or more per request."""
    import gc
    import time

    def names() -> int:
        return sum(t.name == "guardwire:per_request" for t in threading.enumerate())

    for _ in range(20):
        p = Pipeline(input=[step(_ok, name="per_request", budget_ms=1000)])
        assert p.check_input("x").decisions[0].outcome == "ok"
    del p
    gc.collect()
    deadline = time.monotonic() + 5  # well under the 10 s idle timeout
    while names() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert names() == 0


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


# -- one Context, one call at a time ------------------------------------------------------


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


async def _swallows_cancellation(text: str, ctx: Context) -> Decision:
    """An async guard that catches the budget's cancellation and answers anyway, late."""
    try:
        await anyio.sleep(5)
    except anyio.get_cancelled_exc_class():
        return Decision.allow("answered after being cancelled")
    return Decision.allow("slept")


def _hands_back_a_swallower(text: str, ctx: Context) -> Any:
    """A sync callable handing back such a coroutine (like HangingGuard)."""
    return _swallows_cancellation(text, ctx)


@pytest.mark.parametrize("guard", [_swallows_cancellation, _hands_back_a_swallower])
@pytest.mark.parametrize("on_timeout", ["open", "closed"])
@pytest.mark.parametrize("use_async", [False, True])
async def test_a_guard_that_swallows_its_budget_cancellation_still_times_out(
        guard: Any, on_timeout: str, use_async: bool) -> None:
    """Its late answer was taken as a plain ok: the budget had run out, but only a
    cancellation that propagated counted as a timeout."""
    p = Pipeline(input=[step(guard, budget_ms=20, on_timeout=on_timeout)])
    v = await p.acheck_input("x") if use_async else p.check_input("x")
    d = v.decisions[0]
    assert d.outcome == "timeout", d
    assert v.blocked is (on_timeout == "closed")
