"""The rule scan's types: a :class:`Rule` (its patterns compiled on first use), its hits and the
result of a scan (see :mod:`.rules`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

import regex

from .lazy_regex import LazyPattern
from .rules_en import Category, Severity
from .rules_hoist import CompiledStep, Step, compiled_steps

__all__ = ["SEVERITY_SCORE", "CompiledRule", "Gate", "Rule", "RuleHit", "RuleScan"]

# What a fired rule contributes to the guard's combined score.
SEVERITY_SCORE: dict[str, float] = {"high": 0.97, "medium": 0.8, "low": 0.4}


class CompiledRule(NamedTuple):
    """A rule's patterns compiled (what an attempt reads: :func:`.rules_work._attempt`)."""

    pattern: regex.Pattern[str]
    confirm: regex.Pattern[str] | None
    line_prefix: regex.Pattern[str] | None
    steps: tuple[CompiledStep, ...] | None


class Gate(NamedTuple):
    """A part of a rule's pattern that every match has, and the strings each of its matches
    starts with: where none of them starts a match of the part, the rule is skipped."""

    pattern: LazyPattern
    starts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    category: Category
    severity: Severity
    anchors: tuple[str, ...]
    pattern: LazyPattern  # compiled on first use (:mod:`.lazy_regex`), as are the others
    confirm: LazyPattern | None = None
    line_prefix: LazyPattern | None = None
    requires: tuple[str, ...] = ()  # one of these must be in the view, or the rule is skipped
    # the pattern as steps, its leading lookbehinds tried last (:mod:`.rules_hoist`): the same
    # match, cheaper for the rules in ``HOISTED``; ``None``: the pattern is tried whole
    steps: tuple[Step, ...] | None = None
    # more word sets, each of which must have a word in the view as well (all of them, and
    # ``requires``), or the rule is skipped (:mod:`.rules_conj`)
    requires_all: tuple[tuple[str, ...], ...] = ()
    # a part every match contains: if it matches nowhere in the view (tried where its starts
    # occur), the rule is skipped (:mod:`.rules_conj`: its words apart, as in a flood)
    gate: Gate | None = None
    # every pattern above compiled, once the rule is first tried (published whole, one store)
    _compiled: CompiledRule | None = field(default=None, init=False, repr=False,
                                           compare=False, hash=False)

    def compiled(self) -> CompiledRule:
        """The rule's patterns compiled (compiled now, the first time)."""
        done = self._compiled
        if done is None:
            done = CompiledRule(
                self.pattern.get(), None if self.confirm is None else self.confirm.get(),
                None if self.line_prefix is None else self.line_prefix.get(),
                None if self.steps is None else compiled_steps(self.steps))
            object.__setattr__(self, "_compiled", done)  # (frozen: the one cached field)
        return done

    @property
    def word_sets(self) -> tuple[tuple[str, ...], ...]:
        """The any-of word sets the view must each have a word of (``requires`` first)."""
        return ((self.requires,) if self.requires else ()) + self.requires_all

    @property
    def ready(self) -> bool:
        """Whether the rule's patterns have been compiled."""
        return self._compiled is not None


@dataclass(frozen=True, slots=True)
class RuleHit:
    rule_id: str
    category: Category
    severity: Severity
    snippet: str


@dataclass(slots=True)
class RuleScan:
    hits: list[RuleHit] = field(default_factory=list)
    timed_out: list[str] = field(default_factory=list)
    # override hits dropped because the text only takes back the user's own words
    revoked: list[RuleHit] = field(default_factory=list)
    attempts: int = 0  # match attempts made (the scan's counted work, :mod:`.rules_work`)
    clock_cut: bool = False  # the wall-clock backstop, not the counted work, cut it short

    @property
    def score(self) -> float:
        return max((SEVERITY_SCORE[h.severity] for h in self.hits), default=0.0)
