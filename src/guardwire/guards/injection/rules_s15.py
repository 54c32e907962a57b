"""Rules of the fifteenth session (2026-12-07, issue 3). Filled by the rules in this module's
imports; registered in :mod:`.rules`.
"""

from __future__ import annotations

from .rules_en import Spec

__all__ = ["S15_REQUIRES", "S15_SPECS"]

S15_SPECS: tuple[Spec, ...] = ()
S15_REQUIRES: dict[str, tuple[str, ...]] = {}
