"""Injection guards and rule scans for tests of *decisions*: no wall-clock limits.

The rule scan has a 30 ms wall-clock budget and each match attempt a 50 ms ``regex`` timeout.
On a loaded machine (CI, other jobs on two cores) a short text's scan can overrun them: its
rules are then reported as cut off (+0.15, ``rules_timed_out``) and the mention view is not
tried, so a benign quoted-mention question was blocked once and passed on rerun. Tests that
assert what the guard decides use these helpers; the budget itself is tested with budgets that
cannot depend on the clock's speed (0 and no budget, ``test_injection_budget.py``).
"""

from __future__ import annotations

import math
from collections.abc import Collection
from typing import Any

from guardwire.guards.injection import InjectionGuard
from guardwire.guards.injection.normalise_view import normalised_view
from guardwire.guards.injection.rules import RuleScan, scan

NO_BUDGET: dict[str, Any] = {"scan_budget_ms": None, "rule_timeout_ms": 10_000}


def steady_guard(**options: Any) -> InjectionGuard:
    """``InjectionGuard(**options)`` with no scan budget and a 10 s match timeout (unless given)."""
    return InjectionGuard(**{**NO_BUDGET, **options})


def steady_scan(text: str, view: str, **options: Any) -> RuleScan:
    """``scan(text, view, **options)`` with no budget and a 10 s match timeout (unless given)."""
    return scan(text, view, **{"budget_s": math.inf, "timeout_s": 10.0, **options})


def rule_hits(text: str, ids: Collection[str]) -> set[str]:
    """The ids among ``ids`` whose rules fire on ``text`` (its normalised view, no budget)."""
    return {h.rule_id for h in steady_scan(text, normalised_view(text)).hits} & set(ids)


#: per language, (attacks, benign look-alikes): the shape of the language probe tables
LanguageProbes = dict[str, tuple[list[str], list[str]]]


def attack_cases(probes: LanguageProbes) -> list[tuple[str, str]]:
    """``(lang, text)`` for every attack of ``probes`` (a parametrize list)."""
    return [(lang, t) for lang, (attacks, _) in probes.items() for t in attacks]


def benign_cases(probes: LanguageProbes) -> list[tuple[str, str]]:
    """``(lang, text)`` for every benign look-alike of ``probes`` (a parametrize list)."""
    return [(lang, t) for lang, (_, benign) in probes.items() for t in benign]
