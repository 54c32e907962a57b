"""Exceptions raised by guardwire.

The tree::

    GuardwireError                 base of everything guardwire raises on purpose
    ├── Blocked                    a stage blocked the call; carries the Verdict
    │   ├── InputBlocked           an input guard blocked: the model was not called
    │   └── OutputBlocked          an output guard blocked the model's answer
    │       └── RepairFailed       the schema repair ladder ran out; carries every attempt
    ├── ConfigError (ValueError)   a route file or guard option is wrong; names file and key path
    └── GuardSetupError            a guard could not be built at run time (missing optional extra)

A guard's own exception or timeout never escapes as itself: the pipeline turns it into a
``Decision`` with ``outcome="error"``/``"timeout"``, and the guard's Policy decides whether
that blocks (you then get ``InputBlocked``/``OutputBlocked``) or lets the text through
(the Verdict is marked ``degraded``).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._decision import Verdict


class GuardwireError(Exception):
    """Base class of guardwire's exceptions."""


class Blocked(GuardwireError):
    """A guard stage blocked the call. ``.verdict`` says which guard and why."""

    def __init__(self, verdict: Verdict, message: str | None = None) -> None:
        self.verdict = verdict
        d = verdict.blocking
        if message is None:
            who = d.guard if d else "?"
            why = d.reason if d else "blocked"
            extra = "" if d is None or d.outcome == "ok" else f" ({d.outcome})"
            message = f"{verdict.stage} blocked by {who}{extra}: {why}"
        super().__init__(message)

    def __reduce__(self) -> tuple[Any, ...]:
        # pickle (a verdict sent to a queue or another process) rebuilds from the verdict
        return (type(self), (self.verdict, str(self)), self.__dict__)

    @property
    def decision(self) -> Any:
        return self.verdict.blocking


class InputBlocked(Blocked):
    """An input guard blocked: the model was not called."""


class OutputBlocked(Blocked):
    """An output guard blocked the model's answer."""


class RepairFailed(OutputBlocked):
    """The schema repair ladder was exhausted. ``.attempts`` holds every raw output tried."""

    def __init__(self, verdict: Verdict, attempts: Sequence[Any] = (), message: str | None = None):
        super().__init__(verdict, message)
        self.attempts = tuple(attempts)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.verdict, self.attempts, str(self)), self.__dict__)


class ConfigError(GuardwireError, ValueError):
    """A configuration mistake. The message names the file and key path when there is one."""

    def __init__(self, message: str, *, file: str | None = None, path: str | None = None) -> None:
        self.file = file
        self.path = path
        self.message = message
        prefix = ": ".join(p for p in (file, path) if p)
        super().__init__(f"{prefix}: {message}" if prefix else message)

    def __reduce__(self) -> tuple[Any, ...]:
        rebuild = functools.partial(type(self), file=self.file, path=self.path)
        return (rebuild, (self.message,), self.__dict__)


class GuardSetupError(GuardwireError):
    """A guard's heavy dependency is missing or failed to load (install the named extra)."""
