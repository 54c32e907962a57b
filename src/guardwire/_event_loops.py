"""Between sync and async code: await a worker thread's future without holding a thread
(:func:`wait_future`), wait with a deadline (:func:`await_within`), and run a coroutine from
sync code (:func:`run_coroutine_sync`: in this thread, or in a helper thread when a loop
already runs here, stopped at Ctrl-C, see :mod:`._interrupts`).
"""

from __future__ import annotations

import contextlib
import inspect
import sys
import threading
from collections.abc import Awaitable, Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from ._interrupts import WATCH_S, interrupt_watch, stop_if_interrupted

T = TypeVar("T")


def preload_event_loop() -> None:
    """Import anyio's asyncio backend now: about 250 ms cold, which the first sync call that
    needs an event loop (an async guard, a sync callable handing back an awaitable, a parallel
    group) would otherwise pay inside the request."""
    import importlib

    importlib.import_module("anyio._backends._asyncio")


def _async_library() -> str | None:
    """The async library of this task: sniffio's answer when it is installed; recent anyio
    releases no longer depend on it (a core install may have none), else "asyncio" when an
    asyncio loop runs in this thread."""
    try:
        import sniffio
    except ImportError:
        import asyncio

        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return None
        return "asyncio"
    try:
        return str(sniffio.current_async_library())
    except sniffio.AsyncLibraryNotFoundError:
        return None


async def wait_future(fut: Future[Any]) -> Any:
    """Await a future from :meth:`GuardThreads.submit` without holding a thread (asyncio:
    ``wrap_future``; trio: woken through its token when the future is done; other anyio
    backends poll). Cancellation propagates; the caller then calls
    :meth:`GuardThreads.abandon`."""
    library = _async_library()
    if library == "asyncio":
        import asyncio

        return await asyncio.wrap_future(fut)
    if library == "trio":
        return await _trio_wait(fut)
    import anyio

    delay = 0.0005
    while not fut.done():
        await anyio.sleep(delay)
        delay = min(delay * 2, 0.02)
    return fut.result()


async def _trio_wait(fut: Future[Any]) -> Any:
    """Under trio, sleep until the worker thread finishes (it wakes this task through the
    run's token), rather than polling: a poll noticed a 10 ms guard up to 5.5 ms late."""
    import trio  # type: ignore[import-not-found,unused-ignore]  # only under a trio run

    token = trio.lowlevel.current_trio_token()
    done = trio.Event()

    def wake(_fut: Future[Any]) -> None:
        with contextlib.suppress(trio.RunFinishedError):  # the run ended: nobody waits
            token.run_sync_soon(done.set)

    fut.add_done_callback(wake)
    await done.wait()
    return fut.result()


async def await_within(awaitable: Awaitable[object], seconds: float) -> tuple[bool, object]:
    """``(True, result)``, or ``(False, None)`` when ``seconds`` ran out (it is cancelled; an
    awaitable that swallows the cancellation and answers late has run out too)."""
    import anyio

    with anyio.move_on_after(max(seconds, 0.0)) as scope:
        result = await awaitable
    if not scope.cancel_called:
        return True, result
    if inspect.iscoroutine(awaitable):
        awaitable.close()  # never started when no time was left: no "never awaited" warning
    return False, None


async def await_one(awaitable: Awaitable[T]) -> T:
    return await awaitable


def _loop_running() -> bool:
    if "asyncio" not in sys.modules:  # not imported: no asyncio loop can be running
        return False
    import asyncio  # another thread may be importing it: this waits until the module is whole

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def run_coroutine_sync(factory: Callable[[], Awaitable[T]]) -> T:
    """Run a coroutine from sync code: in this thread when no loop runs here, else in a
    fresh thread (never ``asyncio.run`` inside a running loop)."""

    import anyio

    async def main() -> T:
        return await factory()

    if not _loop_running():
        return anyio.run(main)
    box: list[T] = []
    errors: list[BaseException] = []
    helper: list[tuple[Any, Any]] = []  # the helper's loop and task, to cancel them
    interrupted = threading.Event()  # set before `helper` is read; read after it is written

    async def main_in_helper() -> T:
        import asyncio

        task = asyncio.current_task()
        helper.append((asyncio.get_running_loop(), task))
        if interrupted.is_set() and task is not None:  # the caller gave up before this ran
            task.cancel()
        return await factory()

    def target() -> None:
        try:
            import sniffio  # the copied context says "asyncio is running here": not in this thread

            sniffio.current_async_library_cvar.set(None)
        except ImportError:  # pragma: no cover - anyio without sniffio
            pass
        try:
            box.append(anyio.run(main_in_helper))
        except BaseException as exc:  # pragma: no cover - re-raised below
            errors.append(exc)

    import contextvars  # the caller's context (verdict capture, current span) goes along

    t = threading.Thread(target=contextvars.copy_context().run, args=(target,),
                         name="guardwire-loop", daemon=True)
    watch = interrupt_watch()  # under asyncio.run, a Ctrl-C only cancels this task
    sliced = threading.current_thread() is threading.main_thread()  # see wait_result
    try:  # start() too: a Ctrl-C can land while this thread waits for the helper to start
        t.start()
        t.join(WATCH_S if sliced else None)
        while t.is_alive():
            stop_if_interrupted(watch)
            t.join(WATCH_S)
    except BaseException:  # KeyboardInterrupt (Ctrl-C in a notebook; under asyncio.run, the
        interrupted.set()  # task's CancelledError): the helper's guards must not run on, and
        # record, after the call ended
        for loop, task in helper:
            with contextlib.suppress(RuntimeError):  # its loop already closed
                loop.call_soon_threadsafe(task.cancel)
        raise
    if errors:
        raise errors[0]
    return box[0]
