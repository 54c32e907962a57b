"""The running guard's deadline: what its step's ``budget_ms`` leaves it, visible to the guard
(``ctx.time_left()``, ``ctx.out_of_time()``), so that a guard doing bounded CPU work (a
``soft_budget`` guard, which is never interrupted) can stop once its budget is spent instead of
running to its end only to have its result dropped as a timeout.

Request-scoped: a contextvar that the step sets for the guard's run and restores after it. A
worker thread runs the guard in a copy of the step's context, and each member of a parallel
group runs in its own task, so every guard sees its own step's deadline and never another
call's. Once the guard has been told its budget is spent (:meth:`GuardDeadline.time_left`
gave 0.0), whatever it returns or raises, the step records a timeout, as it would for a run
past its budget.
"""

from __future__ import annotations

import time
from contextvars import ContextVar, Token

#: the clock of deadlines (``time.perf_counter``, as the steps time their guards; a test may
#: replace it with a fake one)
clock = time.perf_counter


class GuardDeadline:
    """One run of one guard: it ends ``budget_ms`` after the step started the guard."""

    __slots__ = ("at", "budget_ms", "told")

    def __init__(self, budget_ms: float, start: float) -> None:
        self.budget_ms = budget_ms
        self.at = start + budget_ms / 1000.0  # on the ``clock``
        self.told = False  # the guard was told its budget is spent: its result is a timeout

    def time_left(self) -> float:
        """Seconds left (0.0 once the deadline has passed, and the step will then record a
        timeout whatever the guard returns)."""
        left = self.at - clock()
        if left > 0.0:
            return left
        self.told = True
        return 0.0

    def __repr__(self) -> str:
        return f"GuardDeadline(budget_ms={self.budget_ms:g}, told={self.told})"


_DEADLINE: ContextVar[GuardDeadline | None] = ContextVar("guardwire_deadline", default=None)


def current() -> GuardDeadline | None:
    """The deadline of the guard running in this context, if its step has a budget."""
    return _DEADLINE.get()


def time_left() -> float | None:
    """Seconds left of the running guard's budget (see :meth:`GuardDeadline.time_left`);
    ``None`` when no step with a budget runs it (no deadline: run to the end)."""
    d = _DEADLINE.get()
    return None if d is None else d.time_left()


def set_for(budget_ms: float | None
            ) -> tuple[GuardDeadline | None, Token[GuardDeadline | None] | None]:
    """Make the deadline of a guard starting now current (``None`` for a step without a
    budget: an enclosing step's deadline, if any, stays visible); returns it and the token
    for :func:`restore`."""
    if budget_ms is None:
        return None, None
    d = GuardDeadline(budget_ms, clock())
    return d, _DEADLINE.set(d)


def restore(token: Token[GuardDeadline | None] | None) -> None:
    """Undo :func:`set_for` (``token`` ``None``: it set nothing)."""
    if token is not None:
        _DEADLINE.reset(token)
