"""Policy: how the pipeline treats one guard's time limit and failures."""

from __future__ import annotations

from dataclasses import dataclass, replace
from numbers import Real
from typing import Any, Literal

FailMode = Literal["open", "closed"]
_MODES = ("open", "closed")


@dataclass(frozen=True, slots=True)
class Policy:
    """A frozen value object, like ``httpx.Timeout``.

    - ``budget_ms``: wall-clock budget for one guard call (``None``: unbounded).
    - ``on_error``: ``"open"`` lets the text through (marked degraded) when the guard raises,
      ``"closed"`` blocks.
    - ``on_timeout``: the same choice when the budget runs out.
    - ``cache_ttl_s``: reuse the Decision for identical text for this many seconds; only for
      guards that do not read per-request context (``cacheable = True``).
    """

    budget_ms: float | None = None
    on_error: FailMode = "closed"
    on_timeout: FailMode = "closed"
    cache_ttl_s: float | None = None

    def __post_init__(self) -> None:
        for key in ("budget_ms", "cache_ttl_s"):
            value = getattr(self, key)
            if isinstance(value, bool):  # True would be a 1 ms budget
                raise ValueError(f"{key} must be a number or None, got a boolean")
            if value is not None and not isinstance(value, Real):
                raise ValueError(f"{key} must be a number or None, got {value!r} "
                                 f"({type(value).__name__})")
        if self.budget_ms is not None and not self.budget_ms > 0:
            raise ValueError(f"budget_ms must be > 0 or None, got {self.budget_ms!r}")
        if self.on_error not in _MODES:
            raise ValueError(f"on_error must be 'open' or 'closed', got {self.on_error!r}")
        if self.on_timeout not in _MODES:
            raise ValueError(f"on_timeout must be 'open' or 'closed', got {self.on_timeout!r}")
        if self.cache_ttl_s is not None and not self.cache_ttl_s > 0:
            raise ValueError(f"cache_ttl_s must be > 0 or None, got {self.cache_ttl_s!r}")

    @classmethod
    def fail_open(cls, budget_ms: float | None = None) -> Policy:
        return cls(budget_ms=budget_ms, on_error="open", on_timeout="open")

    @classmethod
    def fail_closed(cls, budget_ms: float | None = None) -> Policy:
        return cls(budget_ms=budget_ms, on_error="closed", on_timeout="closed")

    def merged(self, **overrides: Any) -> Policy:
        """A copy with the given fields replaced; ``None`` values are ignored."""
        changes = {k: v for k, v in overrides.items() if v is not None}
        return replace(self, **changes) if changes else self


DEFAULT_POLICY = Policy()
