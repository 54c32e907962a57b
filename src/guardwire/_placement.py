"""Pipeline-wide placement checks that read both stages' steps (used by :class:`Pipeline`,
whose errors a route file reports at the route's key path)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ._specs import builtin_class

__all__ = ["check_output_redactor", "makes_structured"]


def makes_structured(steps: Sequence[Any]) -> bool:
    """Whether a step may set ``ctx.structured``: the schema guard or a user's own guard."""
    return any(builtin_class(s.guard) in (None, "SchemaGuard") for s in steps)


def _redactors(steps: Sequence[Any]) -> list[str]:
    return [s.name for s in steps if builtin_class(s.guard) == "PIIRedactor"]


def check_output_redactor(inputs: Sequence[Any], outputs: Sequence[Any]) -> None:
    """Refuse a ``pii`` redactor under output beside one under input: it neutralises the
    placeholders the model wrote (never restored), and the ``pii_restore`` the input's adds
    after it puts its own back (never hidden): the answer came back broken."""
    if _redactors(inputs) and _redactors(outputs):
        raise ValueError(f"guard {_redactors(outputs)[0]!r} redacts the answer after the "
                         "input's pii guard: the model's placeholders would never be "
                         "restored; drop it")
