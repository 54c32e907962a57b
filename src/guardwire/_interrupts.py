"""Ctrl-C during a sync wait: a sync guarded call made inside an asyncio task in the main
thread (``asyncio.run``), where asyncio's SIGINT handler cancels a task instead of raising
``KeyboardInterrupt`` (:func:`interrupt_watch`), and a wait in slices that a SIGINT arriving
as it starts cannot slip past (:func:`wait_result`).
"""

from __future__ import annotations

import functools
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

T = TypeVar("T")


def interrupt_watch() -> Callable[[], bool] | None:
    """For a sync wait in the main thread inside an asyncio task (a sync guarded call in an
    ``async def`` under ``asyncio.run``): a test for "Ctrl-C was pressed since now". asyncio's
    SIGINT handler does not raise KeyboardInterrupt there, it cancels the main task, which only
    an ``await`` would notice; this sees the cancellation count of the task go up, or of the
    main task that handler cancels (:func:`_sigint_main_task`) when the call runs in another
    task (``create_task``, a ``TaskGroup``, ``asyncio.wait``, an anyio task group: their tasks
    learn of it only at their next ``await``). While the sync call holds the loop, no other
    code of the loop can cancel either task. ``None`` where a Ctrl-C raises KeyboardInterrupt
    in the waiting thread as usual."""
    if threading.current_thread() is not threading.main_thread():
        return None
    asyncio = sys.modules.get("asyncio")  # not imported: no loop runs (no import: ~2 us)
    running = getattr(asyncio, "_get_running_loop", None)  # None while half-imported
    loop = running() if running is not None else None
    if loop is None:
        return None
    task = asyncio.current_task(loop)  # type: ignore[union-attr]
    if task is None:
        return None
    cancelling = task.cancelling
    base = cancelling()  # a task already cancelling (clean-up code) is not stopped again
    main = _sigint_main_task(loop)
    if main is None or main is task:
        return lambda: cancelling() > base
    main_cancelling = main.cancelling
    main_base = main_cancelling()
    return lambda: cancelling() > base or main_cancelling() > main_base


def _sigint_main_task(loop: Any) -> Any:
    """The task ``asyncio.run`` (``asyncio.Runner``, Python 3.11+) cancels on Ctrl-C: its SIGINT
    handler is ``functools.partial(runner._on_sigint, main_task=task)``. ``None`` for any
    other handler (the default, the app's own, a server's), or a task of another loop."""
    # signal.getsignal's C core: the Python wrapper adds ~15 us (an enum lookup that fails on
    # a partial), paid by every sync call under a running loop
    import _signal  # type: ignore[import-not-found]

    handler = _signal.getsignal(_signal.SIGINT)
    keywords = handler.keywords if isinstance(handler, functools.partial) else None
    main: Any = keywords.get("main_task") if keywords else None
    get_loop = getattr(main, "get_loop", None)
    if get_loop is None or get_loop() is not loop or main.done():
        return None
    return main


def stop_if_interrupted(watch: Callable[[], bool] | None) -> None:
    """Raise the task's ``CancelledError`` now when ``watch`` saw a Ctrl-C: ``asyncio.run``
    then raises KeyboardInterrupt, as it would have at the task's next ``await``."""
    if watch is not None and watch():
        import asyncio

        raise asyncio.CancelledError("interrupted (Ctrl-C) during a sync guarded call")


WATCH_S = 0.05  # how often a watched wait looks for a Ctrl-C


def wait_result(fut: Future[T], seconds: float) -> T:
    """``fut.result(timeout=seconds)``, ended early by a Ctrl-C asyncio took (see
    :func:`interrupt_watch`): it raises ``CancelledError``, the caller gives the guard up.

    In the main thread it waits in slices: a SIGINT that arrives just as the wait starts
    (after Python checked for signals, before the thread sleeps) does not wake it; its
    KeyboardInterrupt is raised at the end of the slice, not when the guard returns."""
    if threading.current_thread() is not threading.main_thread():
        return fut.result(timeout=seconds)
    watch = interrupt_watch()
    if seconds <= WATCH_S or fut.done():  # one slice: nothing to watch between slices
        return fut.result(timeout=seconds)
    deadline = time.monotonic() + seconds
    while True:
        left = deadline - time.monotonic()
        try:
            return fut.result(timeout=max(min(left, WATCH_S), 0.0))
        except TimeoutError:  # concurrent.futures' is the builtin since Python 3.11
            if fut.done() or left <= WATCH_S:  # done: the guard's own TimeoutError
                raise
            stop_if_interrupted(watch)
