"""Ctrl-C under ``asyncio.run`` in the main thread: asyncio's own SIGINT handler takes it and
only cancels the main task, to be raised at its next ``await``. A sync guarded call inside
that task (a sync SDK call in an ``async def``, a sync helper) never awaits, so it used to go
on as if nothing happened: it waited for its guard's thread (or its async guards' helper loop)
to the end of the guard's budget, then called the model, and only then did ``asyncio.run``
raise ``KeyboardInterrupt``. Now the call notices the cancellation while it waits and between
its steps: it gives its guards up, does not call the model, and raises ``CancelledError`` in
the task, so ``asyncio.run`` raises ``KeyboardInterrupt`` at once."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

import anyio
import pytest

from _interrupt_kit import interrupt_when
from guardwire import Context, Decision, Pipeline, guarded, step


def _run_cell(p: Pipeline, ready: threading.Event) -> list[str]:
    """A sync guarded call inside ``asyncio.run``, interrupted once ``ready`` is set."""
    calls: list[str] = []

    def llm(prompt: str) -> str:
        calls.append(prompt)
        return "answer"

    async def main() -> None:
        guarded(llm, pipeline=p)("hello")
        calls.append("returned")
        await asyncio.sleep(0)

    if threading.current_thread() is not threading.main_thread():
        pytest.skip("signals reach the main thread only")
    interrupt_when(ready)
    with pytest.raises(KeyboardInterrupt):
        asyncio.run(main())
    return calls


class Held:
    """A sync guard that holds its thread until released."""

    name = "held"

    def __init__(self) -> None:
        self.started, self.release, self.returned = (threading.Event(), threading.Event(),
                                                     threading.Event())

    def __call__(self, text: str, ctx: Context) -> Decision:
        self.started.set()
        self.release.wait(30)
        self.returned.set()
        return Decision.allow()


@pytest.mark.parametrize("on_timeout", ["open", "closed"])
def test_a_sync_call_waiting_for_a_guard_thread_stops_at_ctrl_c(on_timeout: str) -> None:
    guard = Held()
    p = Pipeline(input=[step(guard, budget_ms=20000, on_timeout=on_timeout)])  # type: ignore[arg-type]
    try:
        calls = _run_cell(p, guard.started)
        assert not guard.returned.is_set()  # it stopped waiting: the guard still runs
    finally:
        guard.release.set()
    assert calls == []  # the model was not called


def test_a_sync_call_waiting_for_its_async_guards_stops_at_ctrl_c() -> None:
    started, cancelled = threading.Event(), threading.Event()

    async def judge(text: str, ctx: Context) -> Decision:
        started.set()
        try:
            await anyio.sleep(30)
        except anyio.get_cancelled_exc_class():
            cancelled.set()
            raise
        return Decision.allow()

    calls = _run_cell(Pipeline(input=[judge]), started)
    assert calls == []
    assert cancelled.wait(30)  # the helper loop's guard was cancelled, not left to run


def test_an_inline_guard_interrupted_does_not_lead_to_the_model_call() -> None:
    """A guard without a budget runs in the caller's thread: it cannot be stopped, but once
    it returns the call ends instead of calling the model."""
    started = threading.Event()

    def slow(text: str, ctx: Context) -> Decision:
        started.set()
        task = asyncio.current_task()
        assert task is not None
        wait: Callable[[], bool] = lambda: task.cancelling() > 0  # noqa: E731
        for _ in range(3000):  # until asyncio's handler has cancelled the task
            if wait():
                break
            threading.Event().wait(0.01)
        return Decision.allow()

    assert _run_cell(Pipeline(input=[slow]), started) == []


def test_a_call_made_while_the_task_is_already_cancelling_still_runs() -> None:
    """Clean-up code after a cancellation (a ``finally`` that logs through a guarded call)
    is not cut short: only a cancellation that arrives during the call stops it."""
    guard = Held()
    guard.release.set()
    p = Pipeline(input=[step(guard, budget_ms=20000)])
    answers: list[str] = []

    async def main() -> None:
        task = asyncio.current_task()
        assert task is not None
        task.cancel()
        try:
            await asyncio.sleep(1)
        finally:
            answers.append(guarded(lambda prompt: "ok", pipeline=p)("bye"))

    with pytest.raises(asyncio.CancelledError):
        asyncio.run(main())
    assert answers == ["ok"]


def test_a_guards_own_timeout_error_inside_a_task_is_still_an_error_at_once() -> None:
    """The watched wait (in slices) still tells the guard's own TimeoutError from its budget."""
    def raises(text: str, ctx: Context) -> Decision:
        raise TimeoutError("upstream timed out")

    p = Pipeline(input=[step(raises, budget_ms=20000, on_error="open")])

    async def main() -> tuple[str, float]:
        import time

        t0 = time.perf_counter()
        d = p.check_input("x").decisions[0]
        return d.outcome, time.perf_counter() - t0

    outcome, elapsed = asyncio.run(main())
    assert outcome == "error" and elapsed < 10
