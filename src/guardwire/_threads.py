"""The worker threads of one step: where a sync guard with a budget (or ``run_in_thread``)
runs, under sync and async callers alike.

Python cannot stop a thread, so a guard that hangs past its budget keeps its thread. Each step
owns its threads (never anyio's default pool, which the application's own ``to_thread`` work
shares, nor a process-wide pool that one hung guard could fill for every other guard):

- at most ``limit`` threads at once (the guard's ``max_threads``, default 16); more calls wait
  in a queue, and that wait counts against their budget;
- a call whose caller gave up before it started is dropped from the queue (no thread is used);
  one that had started is *abandoned*: its thread is counted until the guard returns;
- when all ``limit`` threads are abandoned, :meth:`GuardThreads.submit` refuses at once (the
  step then fails by its timeout policy, saying so) instead of queueing behind them forever;
- a call submitted from one of the step's own threads (a guard that calls a guarded function
  whose pipeline runs this same step, or its own helper on these threads) is waited for by
  that thread, which lends it its place: it goes first and, with no idle thread, gets a
  thread past ``limit`` (one per level of nesting). Queued behind its caller, it used to wait
  until its budget ran out.

The threads are daemon threads (a hung guard never blocks interpreter exit) and end after
``IDLE_S`` seconds without work. In a forked child the step starts over with no threads (the
parent's do not exist there).
"""

from __future__ import annotations

import contextlib
import contextvars
import inspect
import os
import sys
import threading
import time
import weakref
from collections import deque
from collections.abc import Awaitable, Callable
from concurrent.futures import Future
from typing import Any, TypeVar

T = TypeVar("T")

DEFAULT_MAX_THREADS = 16
IDLE_S = 10.0

_Job = tuple["Future[Any]", Callable[[], Any]]


class _Local(threading.local):
    worker = False  # True in the threads of the pool that owns it


class ThreadsExhausted(RuntimeError):
    """Every thread is held by a call that overran its budget: nothing was started."""


class GuardThreads:
    """The bounded worker threads of one step (see the module docstring)."""

    def __init__(self, name: str, limit: int = DEFAULT_MAX_THREADS) -> None:
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise ValueError(f"max_threads of guard {name!r} must be an int >= 1, got {limit!r}")
        self.name, self.limit = name, limit
        self._reset()

    def _reset(self) -> None:
        self._pid = os.getpid()
        self._cv = threading.Condition(threading.Lock())
        self._jobs: deque[_Job] = deque()
        self._threads = 0
        self._idle = 0
        self._abandoned = 0
        self._local = _Local()  # `.worker` is True in this pool's own threads
        weakref.finalize(self, _wake, self._cv)  # idle workers end with the pool

    @property
    def abandoned(self) -> int:
        """Threads still running a call whose caller gave up on it."""
        return self._abandoned

    @property
    def threads(self) -> int:
        """Threads alive now (busy, abandoned or idle)."""
        return self._threads

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future[Any] | None:
        """Run ``fn(*args)`` on one of the step's threads, in a copy of the caller's context;
        ``None`` when every thread is abandoned (nothing is queued)."""
        context = contextvars.copy_context()
        try:
            import sniffio  # the copied context says "an event loop runs here": not there

            context.run(sniffio.current_async_library_cvar.set, None)
        except ImportError:  # pragma: no cover - anyio without sniffio
            pass
        fut: Future[Any] = Future()
        if os.getpid() != self._pid:  # a forked child: the parent's threads are not here
            self._reset()
        lent = self._local.worker  # submitted from one of our threads: it waits
        job: _Job = (fut, lambda: context.run(fn, *args))
        with self._cv:
            if self._abandoned >= self.limit:
                return None
            if lent:
                self._jobs.appendleft(job)
            else:
                self._jobs.append(job)
            if len(self._jobs) > self._idle and (self._threads < self.limit or lent):
                self._threads += 1
                threading.Thread(target=_work, args=(weakref.ref(self), self._cv, self._jobs,
                                                     self._local),
                                 name=f"guardwire:{self.name}", daemon=True).start()
            else:
                self._cv.notify()
        return fut

    async def run(self, fn: Callable[..., Any], *args: Any) -> Any:
        """``await`` ``fn(*args)`` on these threads (for a guard's own helpers: a verifier, a
        judge). Cancelled, a started call is abandoned (counted until it returns); with every
        thread abandoned it raises :class:`ThreadsExhausted` at once."""
        fut = self.submit(fn, *args)
        if fut is None:
            raise ThreadsExhausted(f"all {self.limit} threads of {self.name!r} are still running "
                                   "calls that exceeded their budget")
        try:
            return await wait_future(fut)
        except BaseException:
            if not fut.done():
                self.abandon(fut)
            raise

    def abandon(self, fut: Future[Any]) -> bool:
        """The caller gave up on ``fut``: drop it if it has not started (False); else count
        its thread as abandoned until the guard returns (True)."""
        if fut.cancel():
            return False
        with self._cv:
            if fut.done():
                return False
            self._abandoned += 1
        fut.add_done_callback(self._returned)
        return True

    def _returned(self, _fut: Future[Any]) -> None:
        with self._cv:
            self._abandoned -= 1



def _work(ref: weakref.ref[GuardThreads], cv: threading.Condition, jobs: deque[_Job],
          local: _Local) -> None:
    """One worker thread. It holds its pool only by a weak reference, so a dropped pipeline's
    idle threads end with it (the pool's finalizer wakes them) instead of after ``IDLE_S``."""
    local.worker = True
    while True:
        with cv:
            pool = ref()
            while not jobs:
                if pool is None:
                    return
                pool._idle += 1
                del pool  # no strong reference while waiting
                woken = cv.wait(IDLE_S)
                pool = ref()
                if pool is None:
                    return
                pool._idle -= 1
                if not jobs and not woken:  # idle for IDLE_S: end. A wake-up whose job another
                    pool._threads -= 1  # thread took first is not idleness: wait again
                    return
            fut, call = jobs.popleft()
            del pool
        if not fut.set_running_or_notify_cancel():
            continue
        try:
            result = call()
        except BaseException as exc:  # the caller decides (KeyboardInterrupt included)
            fut.set_exception(exc)
        else:
            fut.set_result(result)
        del fut, call  # an idle thread keeps no reference to the last call


def _wake(cv: threading.Condition) -> None:
    with cv:
        cv.notify_all()


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


def interrupt_watch() -> Callable[[], bool] | None:
    """For a sync wait in the main thread inside an asyncio task (a sync guarded call in an
    ``async def`` under ``asyncio.run``): a test for "Ctrl-C was pressed since now". asyncio's
    SIGINT handler does not raise KeyboardInterrupt there, it cancels the main task, which only
    an ``await`` would notice; this sees the task's cancellation count go up. ``None`` where a
    Ctrl-C raises KeyboardInterrupt in the waiting thread as usual."""
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
    return lambda: cancelling() > base


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
