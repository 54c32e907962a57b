"""Rules of the fourteenth session (2026-12-07, issue 3): the shapes the last review found
allowed. Filled by the rules in this module's imports; registered in :mod:`.rules`.
"""

from __future__ import annotations

from .rules_en import Spec

__all__ = ["S14_REQUIRES", "S14_SPECS"]

S14_SPECS: tuple[Spec, ...] = ()
S14_REQUIRES: dict[str, tuple[str, ...]] = {}
