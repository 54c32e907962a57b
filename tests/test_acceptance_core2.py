"""Second acceptance review of the core (sync/async fold, policies, timeouts, streams): a hanging
sync guard must not starve the app's thread pool or other guards, and must not leave threads
behind without bound (a guard's own bounded threads); budgets that are infinite, swallowed or
cold; warm-up, forks and dropped pipelines. Calls and streams: test_acceptance_core2_calls.py."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import anyio
import anyio.to_thread
import pytest

from _threads_kit import Stuck
from guardwire import Context, Decision, Pipeline, step

pytestmark = pytest.mark.anyio


@pytest.fixture
def stuck() -> Iterator[Stuck]:
    guard = Stuck()
    try:
        yield guard
    finally:
        guard.release.set()  # the threads end with the test



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
    # a budget no thread start on a loaded machine reaches: only starvation makes it time out
    healthy = Pipeline(input=[step(lambda t, c: Decision.allow(), budget_ms=10_000)])
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


def _ok(text: str, ctx: Context) -> Decision:
    return Decision.allow()


@pytest.mark.parametrize("budget", [float("inf"), 1e300])
@pytest.mark.parametrize("use_async", [False, True])
async def test_an_infinite_or_huge_budget_is_no_limit_not_an_error(budget: float,
                                                                    use_async: bool) -> None:
    """Under a sync caller the thread wait raised OverflowError: every call became a guard
    error, and fail-closed blocked everything."""
    p = Pipeline(input=[step(_ok, budget_ms=budget)])
    v = await p.acheck_input("x") if use_async else p.check_input("x")
    assert v.decisions[0].outcome == "ok", v.decisions[0]


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
        "p = Pipeline(input=[step(lambda t, c: Decision.allow(), name='g', budget_ms=10000)])\n"
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


@pytest.mark.parametrize("field", ["budget_ms", "cache_ttl_s"])
@pytest.mark.parametrize("bad", ["50", [1], 1j])
def test_a_policy_number_of_the_wrong_type_names_the_field(field: str, bad: object) -> None:
    """Policy(budget_ms="50") (a value read from an environment variable) raised a bare
    "'>' not supported between instances of 'str' and 'int'" naming neither field nor value."""
    from guardwire import Policy

    with pytest.raises(ValueError, match=f"{field} must be a number or None, got"):
        Policy(**{field: bad})  # type: ignore[arg-type]


def test_threads_of_a_dropped_pipeline_end_with_it() -> None:
    """Each step owns its threads; an app that builds a pipeline per request (per tenant, a
    per-request override()) left every dropped pipeline's idle threads alive until they timed
    out, one or more per request."""
    import gc
    import time

    def names() -> int:
        return sum(t.name == "guardwire:per_request" for t in threading.enumerate())

    for _ in range(20):
        p = Pipeline(input=[step(_ok, name="per_request", budget_ms=10_000)])
        assert p.check_input("x").decisions[0].outcome == "ok"
    del p
    gc.collect()
    deadline = time.monotonic() + 5  # well under the 10 s idle timeout
    while names() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert names() == 0


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
