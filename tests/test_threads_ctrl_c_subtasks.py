"""Ctrl-C under ``asyncio.run`` while a sync guarded call runs in a *sub-task* (a coroutine in
``asyncio.gather`` or ``create_task``). asyncio's SIGINT handler cancels only the main task;
the sub-task's own cancellation count does not move, so the sync call used to go on: it
waited for its guard to the end (up to its budget), called the model, and only then did
``asyncio.run`` raise ``KeyboardInterrupt``. Now the call also watches the main task that
``asyncio.run`` cancels, and stops as it does in the main task (see test_threads_ctrl_c)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable, Coroutine
from typing import Any

import pytest

from _interrupt_kit import interrupt_when
from guardwire import Context, Decision, Pipeline, guarded, step


class Held:
    """A sync guard that holds its thread until released (at the latest after ``hold_s``)."""

    name = "held"

    def __init__(self, hold_s: float = 8.0) -> None:
        self.started, self.release = threading.Event(), threading.Event()
        self.hold_s = hold_s

    def __call__(self, text: str, ctx: Context) -> Decision:
        self.started.set()
        self.release.wait(self.hold_s)
        return Decision.allow()


def _run(shape: Callable[[Callable[[], Coroutine[Any, Any, None]]],
                         Coroutine[Any, Any, None]]) -> list[str]:
    if threading.current_thread() is not threading.main_thread():
        pytest.skip("signals reach the main thread only")
    guard = Held()
    p = Pipeline(input=[step(guard, budget_ms=20000)])
    calls: list[str] = []

    def llm(prompt: str) -> str:
        calls.append(prompt)
        return "answer"

    async def sub() -> None:
        guarded(llm, pipeline=p)("hello")
        calls.append("returned")
        await asyncio.sleep(0)

    interrupt_when(guard.started)
    try:
        with pytest.raises(KeyboardInterrupt):
            asyncio.run(shape(sub))
    finally:
        guard.release.set()
    return calls


async def _gathered(sub: Callable[[], Coroutine[Any, Any, None]]) -> None:
    await asyncio.gather(sub(), asyncio.sleep(30))


async def _created(sub: Callable[[], Coroutine[Any, Any, None]]) -> None:
    task = asyncio.create_task(sub())
    await asyncio.sleep(30)
    await task


async def _task_group(sub: Callable[[], Coroutine[Any, Any, None]]) -> None:
    async with asyncio.TaskGroup() as tg:
        tg.create_task(sub())
        tg.create_task(asyncio.sleep(30))


async def _waited(sub: Callable[[], Coroutine[Any, Any, None]]) -> None:
    await asyncio.wait([asyncio.create_task(sub()), asyncio.create_task(asyncio.sleep(30))])


async def _anyio_group(sub: Callable[[], Coroutine[Any, Any, None]]) -> None:
    import anyio

    async with anyio.create_task_group() as tg:
        tg.start_soon(sub)
        tg.start_soon(anyio.sleep, 30)


SHAPES = {"gather": _gathered, "create_task": _created, "TaskGroup": _task_group,
          "wait": _waited, "anyio_task_group": _anyio_group}


@pytest.mark.parametrize("shape", list(SHAPES.values()), ids=list(SHAPES))
def test_ctrl_c_stops_a_sync_guarded_call_in_a_sub_task(shape: Any) -> None:
    assert _run(shape) == []  # before: ["hello", "returned"] (the model was called)


def test_in_a_fresh_interpreter_with_a_real_sigint() -> None:
    """The same through the OS: a child process sends itself SIGINT while a TaskGroup task
    waits in a sync guarded call; it must exit with KeyboardInterrupt, the model uncalled."""
    code = textwrap.dedent("""
        import asyncio, os, signal, threading
        from guardwire import Context, Decision, Pipeline, guarded, step

        started, release = threading.Event(), threading.Event()
        def held(text: str, ctx: Context) -> Decision:
            started.set()
            release.wait(8)
            return Decision.allow()

        def kill() -> None:
            started.wait(30)
            threading.Event().wait(0.1)
            os.kill(os.getpid(), signal.SIGINT)
        threading.Thread(target=kill, daemon=True).start()

        calls = []
        def llm(prompt: str) -> str:
            calls.append(prompt)
            return "answer"

        async def sub() -> None:
            guarded(llm, pipeline=Pipeline(input=[step(held, budget_ms=20000)]))("hi")

        async def main() -> None:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(sub())
                tg.create_task(asyncio.sleep(30))
        try:
            asyncio.run(main())
        except KeyboardInterrupt:
            print("interrupted", calls)
    """)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, env=env)
    assert out.stdout.strip() == "interrupted []", out.stdout + out.stderr
