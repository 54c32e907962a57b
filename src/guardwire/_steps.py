"""Steps: a guard bound to its resolved Policy, and how one step runs (sync or async)
(parallel groups of steps: :mod:`guardwire._parallel`).

This is the one place that knows about budgets, fail-open/closed and the decision cache
(the Decisions of failures: :mod:`guardwire._step_results`).
A guard's exception or timeout never escapes: it becomes a Decision with
``outcome="error"``/``"timeout"`` whose action the guard's policy chose.
"""

from __future__ import annotations

import inspect
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any, cast

from . import _deadline
from ._attempt import Attempt, CallView
from ._context import Context
from ._decision import Decision
from ._event_loops import (
    await_one,
    await_within,
    preload_event_loop,
    run_coroutine_sync,
    wait_future,
)
from ._guard import Guard
from ._interrupts import wait_result
from ._policy import Policy
from ._step_results import StepResults
from ._threads import DEFAULT_MAX_THREADS, GuardThreads

_CACHE_MAX = 4096


def _loop_import_s() -> float:
    """Make sure an event loop can start, and return the seconds that took: the first sync
    call that must wait for an awaitable imports anyio's asyncio backend (about 250 ms cold),
    a one-time cost that, like ``warm()``, is not the guard's and not counted in its budget."""
    t = time.perf_counter()
    preload_event_loop()
    return time.perf_counter() - t


class _NoThread(Exception):
    """Every thread of the step is held by a call that overran its budget."""


@dataclass(frozen=True)
class _Raised:
    exc: BaseException


def _late(t0: float, budget_ms: float) -> bool:
    """An answer past the budget that the cancel scope never saw: an async guard that does
    blocking work (a sync client, CPU) reaches no checkpoint, so nothing cancels it; its late
    answer is dropped as a timeout, as a soft-budget guard's is (it used to count as ok)."""
    return (time.perf_counter() - t0) * 1000.0 > budget_ms


def _boxed(fn: Any, *args: Any) -> object:
    """Call ``fn`` in a worker thread; what is not an ``Exception`` (KeyboardInterrupt,
    SystemExit, GeneratorExit, the app's own) comes back boxed, to be raised by the awaiting
    coroutine itself. Set on the future, it would be *thrown* into the awaiting task, and a
    ``GeneratorExit`` thrown into a coroutine chain closes it: in a parallel group it escaped
    as a ``BaseExceptionGroup`` instead of as itself."""
    try:
        return fn(*args)
    except Exception:
        raise
    except BaseException as exc:
        return _Raised(exc)


def is_async_callable(obj: object) -> bool:
    return inspect.iscoroutinefunction(obj) or inspect.iscoroutinefunction(
        getattr(obj, "__call__", None)  # noqa: B004 - a class whose __call__ is async
    )


@dataclass(frozen=True, eq=False)
class Step(StepResults):
    """One guard in a pipeline, with its name and effective Policy."""

    guard: Guard
    name: str
    policy: Policy
    cacheable: bool = False
    is_async: bool = False
    run_in_thread: bool = False
    soft_budget: bool = False
    max_threads: int | None = None  # the call site's bound; else the guard's, else 16
    _cache: OrderedDict[bytes, tuple[float, Decision]] = field(
        default_factory=OrderedDict, repr=False
    )
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _warmed: list[bool] = field(default_factory=lambda: [False], repr=False)
    _timed_async: list[bool] = field(default_factory=lambda: [False], repr=False)
    threads: GuardThreads = field(init=False, repr=False)

    def __post_init__(self) -> None:
        limit = self.max_threads
        if limit is None:
            limit = getattr(self.guard, "max_threads", None)
        object.__setattr__(self, "threads", GuardThreads(
            self.name, DEFAULT_MAX_THREADS if limit is None else limit))

    # -- warm-up -----------------------------------------------------------------------
    def _needs_warm(self) -> bool:
        return not self._warmed[0]

    def warm(self) -> None:
        """Call the guard's ``warm()`` once (model loading), outside any budget."""
        if self._warmed[0]:
            return
        with self._lock:
            if not self._warmed[0]:
                warm = getattr(self.guard, "warm", None)
                if callable(warm):
                    loading = warm()
                    if inspect.isawaitable(loading):  # an `async def warm()`
                        run_coroutine_sync(lambda: await_one(loading))
                if self.is_async:
                    preload_event_loop()  # it needs one under a sync caller
                self._warmed[0] = True

    async def _warm_async(self) -> None:
        """``warm()`` on the step's own threads (a model load must not hold the app's anyio
        thread tokens, nor block the event loop); no hop for a guard without one."""
        if not callable(getattr(self.guard, "warm", None)):
            self._warmed[0] = True
            return
        fut = self.threads.submit(_boxed, self.warm)
        if fut is None:
            raise _NoThread
        try:
            done = await wait_future(fut)
        except BaseException:
            if not fut.done():
                self.threads.abandon(fut)
            raise
        if isinstance(done, _Raised):
            raise done.exc

    # -- cache -------------------------------------------------------------------------
    def _key(self, text: str) -> bytes:
        import hashlib  # loads OpenSSL: only when a cache is used

        return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()

    def cached(self, text: str) -> Decision | None:
        ttl = self.policy.cache_ttl_s
        if ttl is None:
            return None
        key = self._key(text)
        with self._lock:
            hit = self._cache.get(key)
            if hit is None:
                return None
            if hit[0] < time.monotonic():
                del self._cache[key]
                return None
        return replace(hit[1], elapsed_ms=0.0,
                       data=MappingProxyType({**hit[1].data, "cached": True}))

    def _cache_put(self, key: bytes, d: Decision) -> None:
        ttl = self.policy.cache_ttl_s
        assert ttl is not None
        with self._lock:
            self._cache[key] = (time.monotonic() + ttl, d)
            self._cache.move_to_end(key)
            while len(self._cache) > _CACHE_MAX:
                self._cache.popitem(last=False)

    def _remember(self, text: str, d: Decision) -> Decision:
        # a degraded answer (a judge that failed open) is not this text's answer: not cached
        if self.policy.cache_ttl_s is not None and d.outcome == "ok" and not d.degraded:
            self._cache_put(self._key(text), d)
        return d

    # -- running -----------------------------------------------------------------------
    def _run_inline(self, text: str, ctx: Context) -> Decision:
        """Call a sync guard in this thread. A soft budget is checked after it returns: the
        guard's own design bounds its run time (linear scans, regex timeouts), so a thread
        hop would only add cost. The guard sees its deadline (``ctx.time_left()``) and may
        stop at it: see :mod:`guardwire._deadline`."""
        t0 = time.perf_counter()
        deadline, token = _deadline.set_for(self.policy.budget_ms)
        try:
            try:
                result = self.guard(text, ctx)
            except Exception as exc:
                return self._failed(exc, t0, deadline)
            if type(result) is not Decision and inspect.isawaitable(result):
                shift = _loop_import_s()
                t0 += shift
                if deadline is not None:
                    deadline.at += shift
                awaitable = result  # waited for here; the soft budget is checked below, as
                try:                # for any inline guard
                    result = run_coroutine_sync(lambda: await_one(awaitable))
                except Exception as exc:
                    return self._failed(exc, t0, deadline)
        finally:
            _deadline.restore(token)
        return self._inline_result(text, result, t0, deadline)

    def _inline_result(self, text: str, result: object, t0: float,
                       deadline: _deadline.GuardDeadline | None) -> Decision:
        budget = self.policy.budget_ms
        if budget is not None and ((deadline is not None and deadline.told)
                                   or (time.perf_counter() - t0) * 1000.0 > budget):
            return self._timeout(t0)
        return self._remember(text, self._accept(result, t0))

    def _failed(self, exc: Exception, t0: float,
                deadline: _deadline.GuardDeadline | None) -> Decision:
        """The guard raised: an error, or a timeout once it was told its budget was spent
        (a guard may stop at its deadline by raising)."""
        if deadline is not None and deadline.told:
            return self._timeout(t0)
        return self._error(exc, t0)

    async def _run_inline_async(self, text: str, ctx: Context) -> Decision:
        t0 = time.perf_counter()
        deadline, token = _deadline.set_for(self.policy.budget_ms)
        try:
            result = self.guard(text, ctx)
            if inspect.isawaitable(result):
                result = await result
        except Exception as exc:
            return self._failed(exc, t0, deadline)
        finally:
            _deadline.restore(token)
        return self._inline_result(text, result, t0, deadline)

    def run_sync(self, text: str, ctx: Context) -> Decision:
        """Run under a sync caller. Async guards get an event loop of their own."""
        if self._warmed[0] and not self.is_async and self.policy.cache_ttl_s is None and (
                self.soft_budget or self.policy.budget_ms is None):
            return self._run_inline(text, ctx)  # the common fast path
        hit = self.cached(text)
        if hit is not None:
            return hit
        if self._needs_warm():
            t_warm = time.perf_counter()
            try:
                self.warm()
            except Exception as exc:
                return self._error(exc, t_warm)
        if self.is_async:
            return self._remember(text, run_coroutine_sync(lambda: self.run_async(text, ctx,
                                                                                 cache=False)))
        budget = self.policy.budget_ms
        if budget is None or self.soft_budget:
            return self._run_inline(text, ctx)
        t0 = time.perf_counter()
        from concurrent.futures import TimeoutError as FutureTimeout

        attempt = Attempt()  # a late guard must not write into the Context (_attempt.py)
        seen = CallView(ctx)
        deadline, token = _deadline.set_for(budget)  # the thread runs in a copy of it
        try:
            future = self.threads.submit(attempt.run, self.guard, text, seen.view)
        finally:
            _deadline.restore(token)
        if future is None:
            return self._exhausted(t0)
        try:
            result = wait_result(future, min(budget / 1000.0, threading.TIMEOUT_MAX))
        except FutureTimeout:
            attempt.give_up()
            if not future.done():
                if self.threads.abandon(future):
                    return self._timeout(t0, abandoned=True)
                if future.cancelled():  # still queued for a thread: dropped, none is held
                    return self._timeout(t0)
            own = future.exception()  # the guard raised TimeoutError itself: an error
            if own is not None:
                return self._error(own, t0)
            result = future.result()  # it finished just as the wait gave up
        except Exception as exc:
            return self._failed(exc, t0, deadline)
        except BaseException:  # KeyboardInterrupt (or, under asyncio.run, the task's
            # CancelledError: see wait_result) while waiting: the caller gives up too
            attempt.give_up()
            if not future.done():
                self.threads.abandon(future)
            raise
        if inspect.isawaitable(result):
            # a sync callable that hands back an awaitable: wait for it here, within what is
            # left of the budget, so a timeout cancels it (a worker thread running it to
            # completion would hold a pool slot until it finished)
            t0 += _loop_import_s()
            left = budget / 1000.0 - (time.perf_counter() - t0)
            awaitable = cast(Awaitable[object], result)
            try:
                done, result = run_coroutine_sync(lambda: await_within(awaitable, left))
            except Exception as exc:
                return self._error(exc, t0)
            if not done:
                return self._timeout(t0)
        if deadline is not None and deadline.told:  # it stopped at its deadline
            return self._timeout(t0)
        seen.accept()
        return self._remember(text, self._accept(result, t0))

    async def run_async(self, text: str, ctx: Context, *, cache: bool = True,
                        threaded: bool = False) -> Decision:
        """Run under an async caller: async guards in a cancel scope, sync ones in a thread
        (inline when they have no budget, unless ``threaded`` or ``run_in_thread``)."""
        if cache:
            hit = self.cached(text)
            if hit is not None:
                return hit
        import anyio  # imported on first async use: keeps `import guardwire` light

        if self._needs_warm():
            t_warm = time.perf_counter()
            try:
                await self._warm_async()
            except _NoThread:
                return self._exhausted(t_warm)
            except Exception as exc:
                return self._error(exc, t_warm)
        budget = self.policy.budget_ms
        if not self.is_async and not threaded and (
                self.soft_budget or (budget is None and not self.run_in_thread)):
            return await self._run_inline_async(text, ctx)
        if not self._timed_async[0]:  # anyio imports its backend for this loop on first use
            anyio.current_time()  # (~250 ms cold): a one-time cost, not the guard's time
            self._timed_async[0] = True
        t0 = time.perf_counter()
        left: list[bool] = []  # a thread was left running the guard
        deadline, token = _deadline.set_for(budget)  # threads run in a copy of it
        try:
            if budget is None:
                result = await self._invoke_async(text, ctx, left,
                                                  threaded=threaded or self.run_in_thread)
            elif self.policy.on_timeout == "open":
                with anyio.move_on_after(budget / 1000.0) as scope:
                    result = await self._invoke_async(text, ctx, left, threaded=True)
                if scope.cancel_called or _late(t0, budget):  # ran out (also when the guard
                    return self._timeout(t0, abandoned=bool(left))  # ignored the cancel)
            else:
                try:
                    with anyio.fail_after(budget / 1000.0) as scope:
                        result = await self._invoke_async(text, ctx, left, threaded=True)
                except TimeoutError:
                    if scope.cancel_called:  # the budget ran out
                        return self._timeout(t0, abandoned=bool(left))
                    raise  # the guard's own TimeoutError: an error, below
                if scope.cancel_called or _late(t0, budget):  # it swallowed the cancel, or
                    return self._timeout(t0, abandoned=bool(left))  # never awaited: late
        except _NoThread:
            return self._exhausted(t0)
        except Exception as exc:
            return self._failed(exc, t0, deadline)
        finally:
            _deadline.restore(token)
        if deadline is not None and deadline.told:  # it stopped at its deadline
            return self._timeout(t0)
        d = self._accept(result, t0)
        return self._remember(text, d) if cache else d

    async def _invoke_async(self, text: str, ctx: Context, left: list[bool], *,
                            threaded: bool) -> object:
        if self.is_async:
            return await cast(Awaitable[object], self.guard(text, ctx))
        if threaded:  # on the step's own threads, never the app's anyio pool
            attempt, seen = Attempt(), CallView(ctx)
            fut = self.threads.submit(attempt.run, _boxed, self.guard, text, seen.view)
            if fut is None:
                raise _NoThread
            try:
                result: object = await wait_future(fut)
            except BaseException:  # cancelled (budget, caller): a started call runs on
                attempt.give_up()
                if not fut.done() and self.threads.abandon(fut):
                    left.append(True)
                raise
            if isinstance(result, _Raised):
                raise result.exc  # here, in this frame: see _boxed
            if inspect.isawaitable(result):
                result = await result
            seen.accept()
            return result
        result = self.guard(text, ctx)
        if inspect.isawaitable(result):
            result = await result
        return result
