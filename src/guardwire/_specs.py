"""How guards are written into a pipeline: ``step()`` overrides, ``parallel()`` groups, and the
resolution of each guard's effective Policy (call site → guard type → pipeline default)."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ._guard import Guard, guard_name
from ._policy import DEFAULT_POLICY, Policy
from ._steps import Entry, Parallel, Step, is_async_callable


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


def step(guard: Guard, *, name: str | None = None, policy: Policy | None = None,
         budget_ms: float | _Keep | None = KEEP, on_error: str | None = None,
         on_timeout: str | None = None, cache_ttl_s: float | _Keep | None = KEEP,
         cacheable: bool | None = None) -> StepSpec:
    """Attach a call-site policy (whole or per field) or a name to one guard.

    Fields left out keep the guard's own value. ``budget_ms=None`` and ``cache_ttl_s=None``
    remove a budget or cache TTL the guard declares.
    """
    overrides: dict[str, Any] = {"budget_ms": budget_ms, "cache_ttl_s": cache_ttl_s}
    overrides = {k: v for k, v in overrides.items() if v is not KEEP}
    overrides.update({k: v for k, v in (("on_error", on_error), ("on_timeout", on_timeout))
                      if v is not None})
    return StepSpec(guard, name, policy, overrides, cacheable)


@dataclass(frozen=True)
class ParallelSpec:
    members: tuple[Guard | StepSpec, ...]


def parallel(guards: Sequence[Guard | StepSpec]) -> ParallelSpec:
    """Run these (non-rewriting) guards concurrently within a stage."""
    return ParallelSpec(tuple(guards))


def build_step(item: Guard | StepSpec, default: Policy = DEFAULT_POLICY) -> Step:
    spec = item if isinstance(item, StepSpec) else StepSpec(item)
    guard = spec.guard
    if not callable(guard):
        raise TypeError(f"a guard must be callable, got {type(guard).__name__}")
    base = spec.policy or getattr(guard, "default_policy", None) or default
    if not isinstance(base, Policy):
        raise TypeError(f"default_policy of {guard_name(guard)} is not a Policy")
    policy = replace(base, **spec.overrides) if spec.overrides else base
    cacheable = spec.cacheable if spec.cacheable is not None else bool(
        getattr(guard, "cacheable", False))
    name = spec.name or guard_name(guard)
    if policy.cache_ttl_s is not None and not cacheable:
        raise ValueError(f"guard {name!r} reads per-request context and cannot be cached "
                         "(cache_ttl_s set on a guard that is not cacheable)")
    return Step(guard, name, policy, cacheable, is_async_callable(guard),
                bool(getattr(guard, "run_in_thread", False)),
                bool(getattr(guard, "soft_budget", False)))


# Built-in guard classes (guardwire.guards.*) that rewrite the text: a parallel group drops a
# rewrite at run time (the member fails), so they are refused when the group is built.
REWRITING_BUILTINS = frozenset({"Normalize", "PIIRedactor", "PIIRestorer", "SchemaGuard",
                                "CitationGuard", "TimePhraseGuard", "SlotFiller",
                                "FootnoteGuard"})
# Built-in guard classes that read the model's answer: under input they check nothing.
OUTPUT_ONLY_BUILTINS = frozenset({"PIIRestorer", "SchemaGuard", "CitationGuard",
                                  "TimePhraseGuard", "SlotFiller", "FootnoteGuard",
                                  "GroundingGuard"})


def builtin_class(guard: object) -> str | None:
    """The class name of a built-in guard instance (``None`` for anything else)."""
    cls = type(guard)
    return cls.__name__ if cls.__module__.startswith("guardwire.guards.") else None


def check_parallel_member(s: Step) -> None:
    """Refuse a built-in guard that rewrites in a parallel group (its rewrite would be lost)."""
    if builtin_class(s.guard) in REWRITING_BUILTINS:
        raise ValueError(f"guard {s.name!r} rewrites the text and cannot run in a parallel "
                         "group (its rewrite would be dropped); list it on its own before "
                         "or after the group")


def build_parallel(members: Sequence[Guard | StepSpec], default: Policy = DEFAULT_POLICY
                   ) -> Parallel:
    steps = tuple(build_step(m, default) for m in members)
    for s in steps:
        check_parallel_member(s)
    return Parallel(steps)


def build_entries(items: Sequence[Guard | StepSpec | ParallelSpec | Step | Parallel],
                  default: Policy = DEFAULT_POLICY) -> tuple[Entry, ...]:
    out: list[Entry] = []
    for item in items:
        if isinstance(item, ParallelSpec):
            out.append(build_parallel(item.members, default))
        elif isinstance(item, Step | Parallel):
            out.append(item)
        else:
            out.append(build_step(item, default))
    return tuple(out)
