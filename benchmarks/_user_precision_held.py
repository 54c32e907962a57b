"""Held-out user-input precision probes (round 2, see :mod:`_user_precision_probes`): written
after the fix and not tuned on."""

from __future__ import annotations

HELD_BENIGN: dict[str, list[str]] = {}
HELD_ATTACKS: dict[str, list[str]] = {}
