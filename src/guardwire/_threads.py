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

Waiting for these threads from async code, and running a stage's coroutine from sync code, is
in :mod:`._event_loops`; noticing a Ctrl-C during a sync wait, in :mod:`._interrupts`.
"""

from __future__ import annotations

import contextvars
import os
import threading
import weakref
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from ._event_loops import wait_future

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
