"""Whether the pipeline still waits for a guard that runs in a worker thread.

A thread cannot be stopped: a guard that overruns its budget runs on after the pipeline gave
up on it (the call was blocked, or went on without it, and may have ended; its Context may
already serve the next call). So a guard in a worker thread gets a :class:`CallView` of the
Context, a shallow copy: its attribute assignments (``ctx.structured = ...``) reach the real
Context only when the step accepts its result, and ``ctx.state`` is the dict of the call it
was started for (the next call on a reused Context starts a new one), so a late write lands
nowhere another call reads. A guard that writes into shared objects of the Context (the PII
redactor fills the vault, which a Context keeps across calls with ``keep_vault``) works on a
private copy and hands its writes over inside :func:`still_waited`, which holds them against
the step giving up: either the writes land while the step still waits for them, or they are
dropped.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from ._context import Context


class Attempt:
    """One run of a guard that a step waits for (see :func:`still_waited`)."""

    __slots__ = ("_gave_up", "_lock")

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._gave_up = False

    def give_up(self) -> None:
        """The step stops waiting: later hand-overs are refused (waits for one running)."""
        with self._lock:
            self._gave_up = True

    def run(self, fn: Callable[..., Any], *args: Any) -> Any:
        """``fn(*args)`` with this attempt current (in the worker's copied context)."""
        _CURRENT.set(self)
        return fn(*args)


_CURRENT: ContextVar[Attempt | None] = ContextVar("guardwire_attempt", default=None)


@contextmanager
def still_waited() -> Iterator[bool]:
    """``True`` when the guard's result is still awaited (always, outside a worker thread),
    holding off the step's giving up until the block ends: write the results inside it."""
    attempt = _CURRENT.get()
    if attempt is None:
        yield True
        return
    with attempt._lock:
        yield not attempt._gave_up


class CallView:
    """The Context a guard in a worker thread sees (see the module docstring)."""

    __slots__ = ("_before", "ctx", "view")

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.view = _view_of(ctx)
        self._before = dict(vars(self.view))

    def accept(self) -> None:
        """The step took the guard's result: the attributes it assigned reach the Context."""
        for name, value in vars(self.view).items():
            if name not in self._before or self._before[name] is not value:
                setattr(self.ctx, name, value)


class _View(Context):
    """A shallow copy of a Context that still reads the call bookkeeping (``_calls``,
    ``_in_call``) from it: a guard that checks whether its call is still the Context's
    current one (the PII redactor before handing its writes over) sees the truth."""

    @property
    def _calls(self) -> int:  # type: ignore[override]
        return int(self.__dict__["_origin"]._calls)

    @property
    def _in_call(self) -> bool:  # type: ignore[override]
        return bool(self.__dict__["_origin"]._in_call)


def _view_of(ctx: Context) -> Context:
    view = object.__new__(_View)
    vars(view).update(vars(ctx), _origin=vars(ctx).get("_origin", ctx))
    return view
