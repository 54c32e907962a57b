"""The rule scan's work budget: match attempts counted, shared fairly between the rules.

A rule is tried at the positions of its anchors, one ``pattern.match`` per position (an
*attempt*). A text stuffed with one rule's trigger words gives that rule thousands of
attempts (100 KB of ``persona.anti_model_de``'s words: ~5,900 attempts, ~0.4 s); when the rules
ran one after the other under a wall-clock budget, that rule spent the budget and the rules
after it never ran, so padding + an attack caught only by a later rule was allowed.

Now every view is scanned in *rounds*: in the first, each rule gets ``FIRST_QUOTA`` attempts
(or two per anchor found, if more: each anchor's first and last position); the rules with
attempts left share what the pass has left in the next rounds (a quota four times larger
each round, cut to an even share when the pass's work would run out), each rule at most
``RULE_SHARE`` of the scan's work per view. A rule not done when the work is spent is
cut off (``RuleScan.timed_out``). A rule's positions are tried anchor by anchor in turn
and, for each anchor, from both ends inwards (first, last, second, second-to-last, ...), so
padding before or after an attack does not push it to the back of the queue. Whether a rule
is cut off depends on the counted work only, except past the wall-clock backstop
(``BACKSTOP`` times the budget: a loaded machine, or attempts far slower than a benign
text's), which cuts the later rounds short; it never cuts a first round, nor a view's setup
(its word index, the rules' anchors looked up), so every rule gets its first attempts on
every view the counted work reaches, however slow the machine.
"""

from __future__ import annotations

import functools
import math
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from .lazy_regex import compile_seconds
from .rules_anchors import MAX_CANDIDATES, AnchorIndex, wordlike
from .rules_hoist import match_steps
from .rules_period import Reach, rule_reach

if TYPE_CHECKING:
    from .rules_types import CompiledRule, Rule

__all__ = ["ATTEMPTS_PER_S", "BACKSTOP", "FIRST_QUOTA", "MAIN_SHARE", "MAX_SPAN", "RULE_SHARE",
           "Backstop", "Cursor", "Work", "clock", "ends_first", "reach_of_rule"]


def clock() -> float:
    """The wall clock of the backstop (``time.perf_counter``, read when called: a test may
    swap this function or ``time.perf_counter`` for a fake clock)."""
    return time.perf_counter()


# Longest text one match attempt may span (``endpos``): the patterns' gaps are a few words, and
# a ``regex`` match on a long string costs time in the string's length unless it is bounded.
MAX_SPAN = 4000
# Match attempts one second of scan budget buys: the default 30 ms budget is 4,500 attempts
# (a benign text's attempt costs ~3-6 us; a 3,000-character benign text needs at most ~900).
ATTEMPTS_PER_S = 150_000
# The wall clock stops the scan at this many times its budget (a loaded machine, or attempts
# hundreds of times slower than a benign text's), whatever work is left.
BACKSTOP = 1.0
# Attempts each rule gets in a view's first round, and the share of the scan's work one rule
# may spend on one view (512 of the default 4,500: ~40 ms at the slowest attempts measured,
# ~75 us, on 100 KB of ``persona.anti_model_ru``'s own words).
FIRST_QUOTA = 16
RULE_SHARE = 0.114
# The share of the scan's work the plain view may spend (the rest: the confusables view, the
# user's own words masked, decoded payloads).
MAIN_SHARE = 0.7


class Work:
    """The work left to one scan (attempts) and its wall-clock backstop."""

    __slots__ = ("attempts", "compiling", "deadline", "left", "out_of_time", "rule_cap", "setup")

    @classmethod
    def until(cls, deadline: float) -> Work:
        """No limit on the attempts, the backstop at ``deadline`` (on the :func:`clock`)."""
        work = cls(math.inf)
        work.deadline = deadline
        return work

    def __init__(self, budget_s: float, work: int | None = None) -> None:
        if work is None:
            work = (-1 if math.isinf(budget_s)
                    else max(0, round(budget_s * ATTEMPTS_PER_S)))
        self.left = math.inf if work < 0 else float(work)
        # attempts one rule may make on one view
        self.rule_cap = math.inf if work < 0 else max(FIRST_QUOTA, int(work * RULE_SHARE))
        self.attempts = 0  # attempts made so far (every view)
        self.setup = 0.0  # work charged for the views' setup (``charge``), in attempts
        self.deadline = clock() + BACKSTOP * budget_s
        self.out_of_time = False
        # this thread's time compiling patterns so far: time compiling a pattern on its first
        # use (:mod:`.lazy_regex`) is not the scan's, and does not move it to the backstop
        self.compiling = compile_seconds()

    def late(self) -> bool:
        """Whether the wall-clock backstop has passed (then it stays passed)."""
        if not self.out_of_time and (
                clock() - (compile_seconds() - self.compiling) > self.deadline):
            self.out_of_time = True
        return self.out_of_time

    def backstop(self) -> Backstop:
        """The backstop as a number, for code that compares the clock with it."""
        return Backstop(self.deadline, self.compiling)

    def charge(self, cost: float) -> None:
        """Count ``cost`` (in attempts) of work other than match attempts: a view's word index,
        searches, hashes (``AnchorIndex.take_cost``), a rule's gate tried."""
        self.left -= cost
        self.setup += cost

    def spent(self) -> bool:
        """Whether the counted work is spent (the clock does not say)."""
        return self.left <= 0


class Backstop(float):
    """A scan's backstop for code that reads it as a number (``encoded.layers``: ``clock >
    deadline``): compared with a clock reading, it stands later by the time this thread has
    spent compiling patterns since the scan began, as :meth:`Work.late` reads it (a first
    call that compiles many rules before its decoded layers reads them as a warmed one does).
    """

    compiling: float

    def __new__(cls, at: float, compiling: float) -> Backstop:
        self = super().__new__(cls, at)
        self.compiling = compiling
        return self

    def _moved(self) -> float:
        return float(self) + (compile_seconds() - self.compiling)

    # ``now > deadline`` asks the right operand (a subclass) first: ``deadline.__lt__(now)``
    def __lt__(self, other: float) -> bool:
        return self._moved() < other

    def __le__(self, other: float) -> bool:
        return self._moved() <= other

    def __gt__(self, other: float) -> bool:
        return self._moved() > other

    def __ge__(self, other: float) -> bool:
        return self._moved() >= other


def ends_first(n: int) -> Iterator[int]:
    """0, n-1, 1, n-2, 2, ...: indexes of ``n`` positions, from both ends inwards."""
    lo, hi = 0, n - 1
    while lo < hi:
        yield lo
        yield hi
        lo, hi = lo + 1, hi - 1
    if lo == hi:
        yield lo


_wordlike = functools.lru_cache(maxsize=16_384)(wordlike)  # (per anchor, per cursor)


def _positions(rule: Rule, index: AnchorIndex) -> tuple[list[tuple[list[int], bool]], bool]:
    lists = []
    capped = False
    for anchor in index.maybe(rule.anchors):
        starts = index.positions(anchor)
        if starts:
            lists.append((starts, _wordlike(anchor)))
            capped = capped or (index.cap and len(starts) >= MAX_CANDIDATES)
    return lists, capped


def _order(lists: list[tuple[list[int], bool]]) -> Iterator[tuple[int, bool]]:
    """Every anchor's positions, the anchors in turn, each from both ends inwards."""
    if len(lists) == 1:
        starts, word = lists[0]
        for i in ends_first(len(starts)):
            yield starts[i], word
        return
    walks = [(starts, word, ends_first(len(starts))) for starts, word in lists]
    while walks:
        alive = []
        for starts, word, walk in walks:
            i = next(walk, -1)
            if i >= 0:
                yield starts[i], word
                alive.append((starts, word, walk))
        walks = alive


class Cursor:
    """One rule's attempts on one view, resumable: :meth:`step` makes at most ``quota``."""

    __slots__ = ("_order", "capped", "compiled", "done", "first", "rule", "span", "total",
                 "tried", "view")

    def __init__(self, rule: Rule, index: AnchorIndex, span: int = MAX_SPAN) -> None:
        self.rule = rule
        self.view = index.view
        lists, self.capped = _positions(rule, index)
        self.total = sum([len(s) for s, _ in lists])  # positions (at most the attempts)
        # the first round's attempts: at least each anchor's first and last position
        self.first = max(FIRST_QUOTA, 2 * len(lists))
        # few positions: the anchors' own order (the first match is the one reported before)
        self._order: Iterator[tuple[int, bool]] = (
            ((p, w) for s, w in lists for p in s) if self.total <= self.first
            else _order(lists))
        # a long repeated view: the same order without the positions whose attempts would
        # read the same characters as an earlier one (:mod:`.rules_period`)
        self.span = span  # what an attempt may read past its start (``step``'s ``max_span``)
        if self.total > max(self.first, _REPEATS_FROM) and (repeats := index.repeats()):
            reach = reach_of_rule(rule)
            if reach is not None:
                self._order = ((p, False) for p in repeats.first_tries(
                    lists, repeats.back(reach), repeats.ahead(reach, span)))
                index.cost += _ORDERED_COST + self.total / _ORDERED_PER_UNIT
        self.tried = 0
        self.done = not lists
        # the patterns, compiled now if this is the rule's first try (none: nothing to try)
        self.compiled: CompiledRule | None = None if self.done else rule.compiled()

    def left(self, work: Work) -> float:
        """Attempts this rule may still want in this view (at most ``work.rule_cap``)."""
        return 0 if self.done else min(self.total, work.rule_cap) - self.tried

    def step(self, quota: int, timeout_s: float, work: Work, max_span: int,
             clocked: bool = True) -> regex.Match[str] | None:
        """Up to ``quota`` attempts; the match, if one is found (then ``done``). Sets ``done``
        when the positions run out; raises ``TimeoutError`` past the wall-clock backstop
        (``clocked``: not in a first round) and when an attempt passes ``timeout_s`` (then
        ``capped``: the rule is reported cut off even once its other positions are tried; before
        the twentieth session a rule whose attempts had all timed out was done with no match,
        reported neither as a hit nor as cut off, and the attempts went uncounted)."""
        rule, view, compiled = self.rule, self.view, self.compiled
        if compiled is None:
            self.done = True
            return None
        if max_span > self.span:
            raise ValueError(f"attempts read {max_span} characters, ordered for {self.span}")
        made = 0
        for start, word in self._order:
            if word and start and view[start - 1].isalnum():
                continue  # inside a word ("know" for "no")
            made += 1
            if clocked and not made % 64 and work.late():
                self._count(made, work)
                raise TimeoutError(rule.id)
            try:
                m = _attempt(compiled, view, start, timeout_s, max_span)
            except TimeoutError:  # the attempt's own timeout: this position is not known
                self._count(made, work)
                self.capped = True  # (reported cut off, unless a later position matches)
                raise
            if m is not None:
                self._count(made, work)
                self.done = True
                return m
            if made >= quota:
                break
        else:
            self.done = True  # every position tried (``capped``: the index kept only some)
            self._count(made, work)
            return None
        self._count(made, work)
        if self.tried >= work.rule_cap:  # positions left, none of them to be tried: cut off
            self.done = self.capped = True
        return None

    def _count(self, made: int, work: Work) -> None:
        self.tried += made
        work.left -= made
        work.attempts += made


# Positions a rule must have in a view for its repeats to be looked for, and what ordering
# them costs (in attempts: numpy's fixed cost, and per position).
_REPEATS_FROM = 64
_ORDERED_COST = 15
_ORDERED_PER_UNIT = 50


def reach_of_rule(rule: Rule) -> Reach | None:
    """How far back an attempt of ``rule`` reads (:func:`.rules_period.rule_reach`)."""
    pre = rule.line_prefix
    return rule_reach(rule.pattern.pattern, rule.pattern.flags,
                      None if pre is None else pre.pattern, 0 if pre is None else pre.flags)


def _attempt(rule: CompiledRule, view: str, start: int, timeout_s: float,
             max_span: int) -> regex.Match[str] | None:
    if rule.line_prefix is not None:  # the anchor must (nearly) start its line
        line_start = view.rfind("\n", max(0, start - 32), start) + 1
        if (line_start == 0 and start > 32) or not rule.line_prefix.fullmatch(
                view, line_start, start):
            return None
    m = (rule.pattern.match(view, start, start + max_span, timeout=timeout_s)
         if rule.steps is None else match_steps(rule.steps, view, start, start + max_span,
                                                timeout_s))
    if m is not None and (rule.confirm is None
                          or rule.confirm.search(m.group(), timeout=timeout_s)):
        return m
    return None
