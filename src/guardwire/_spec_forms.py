"""The forms a guard takes in ``Pipeline(input=[...])``: ``step()`` overrides and ``parallel()``
groups (built into steps by :mod:`._specs`)."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ._guard import Guard
from ._policy import Policy


class _Keep(enum.Enum):
    KEEP = "keep"


KEEP = _Keep.KEEP
"""Default of ``step()``'s per-field overrides: keep the guard's own value for that field."""


@dataclass(frozen=True)
class StepSpec:
    """A guard with call-site overrides, as written in ``Pipeline(input=[...])``."""

    guard: Guard
    name: str | None = None
    policy: Policy | None = None
    overrides: dict[str, Any] = field(default_factory=dict)
    cacheable: bool | None = None
    max_threads: int | None = None


def step(guard: Guard, *, name: str | None = None, policy: Policy | None = None,
         budget_ms: float | _Keep | None = KEEP, on_error: str | None = None,
         on_timeout: str | None = None, cache_ttl_s: float | _Keep | None = KEEP,
         cacheable: bool | None = None, max_threads: int | None = None) -> StepSpec:
    """Attach a call-site policy (whole or per field) or a name to one guard.

    Fields left out keep the guard's own value. ``budget_ms=None`` and ``cache_ttl_s=None``
    remove a budget or cache TTL the guard declares. ``max_threads`` bounds the worker
    threads of a sync guard run with a budget (default: the guard's ``max_threads``, else 16).
    """
    if isinstance(guard, (StepSpec, ParallelSpec)):  # the error would name only the class
        raise TypeError(f"step() takes a guard, got a {type(guard).__name__} (step() or "
                        "parallel() of one): pass all the overrides in one step(guard, ...)")
    overrides: dict[str, Any] = {"budget_ms": budget_ms, "cache_ttl_s": cache_ttl_s}
    overrides = {k: v for k, v in overrides.items() if v is not KEEP}
    overrides.update({k: v for k, v in (("on_error", on_error), ("on_timeout", on_timeout))
                      if v is not None})
    return StepSpec(guard, name, policy, overrides, cacheable, max_threads)


@dataclass(frozen=True)
class ParallelSpec:
    members: tuple[Guard | StepSpec, ...]


def parallel(guards: Sequence[Guard | StepSpec]) -> ParallelSpec:
    """Run these (non-rewriting) guards concurrently within a stage."""
    members = tuple(guards)
    if not members:
        raise ValueError("parallel() needs at least one guard, got none")
    if any(isinstance(m, ParallelSpec) for m in members):
        raise TypeError("parallel() groups cannot be nested: list their guards in one group")
    return ParallelSpec(members)
