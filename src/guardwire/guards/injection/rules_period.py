"""A rule that fails the same way at thousands of positions of a repeated text is tried once per
place in the repeat (eighteenth session: the 100 KB flood of the rules' trigger words).

A match attempt at ``p`` (``pattern.match(view, p, p + span)``) reads nothing at or after its
``endpos`` and nothing before ``p - back``, where ``back`` bounds how far the pattern's
lookbehinds (and a line-prefix check) read back: its *reach*. In a *periodic region* of the view
(``view[j] == view[j + period]`` for every ``j`` in ``[lo, hi - period)``), two positions the
same distance apart modulo ``period`` whose reaches lie inside the region see the same
characters in the same places (and the same string ends: neither reaches the string's start,
both stop at their own ``endpos``), so the attempt has the same outcome at both: a failure seen
at one is a failure at the other, and is not tried again (:class:`.rules_work.Cursor`). Nothing
else changes: the positions are visited in the same order, and a position whose outcome is not
known is tried.

The reach is read from the pattern's syntax tree (``re._parser``; the rules use no syntax of the
``regex`` module that it reads otherwise): every lookbehind's widest match, a repeat without a
maximum counted as the longest run of characters of its class in the view (read with ``regex``
itself, so with the rules' own class semantics) plus one; a pattern whose lookbehinds hold
anything else unbounded, a back-reference or a conditional has no reach (never skipped).
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, NamedTuple

import numpy as np
import regex

__all__ = ["Reach", "Region", "Repeats", "periodic_regions", "reach_of", "rule_reach"]

# the standard library's own regular-expression parser (its syntax tree; no stubs: Any)
_P: Any = importlib.import_module("re._parser")
_C: Any = importlib.import_module("re._constants")

# A view shorter than this is not looked at for repeats (the bookkeeping would cost more).
PERIODIC_FROM = 16_000
# Periods looked for: at most this long, and a region this many periods long at least.
_MAX_PERIOD = 2_048
_MIN_PERIODS = 8
_SAMPLE = 48
_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE | re.UNICODE | re.ASCII
# Slack added to every reach: ``\b``, ``^`` and ``$`` read the character next to them.
_SLACK = 2


class Region(NamedTuple):
    """``view[j] == view[j + period]`` for every ``j`` in ``[lo, hi - period)``."""

    lo: int
    hi: int
    period: int


class Reach(NamedTuple):
    """How far back a pattern reads: ``fixed`` plus, per ``(class source, times)``, ``times``
    the longest run of that class in the view, plus one; and how far ahead, the same way
    (``ahead``: ``None`` when that is not bounded but by the attempt's ``endpos``)."""

    fixed: int
    runs: tuple[tuple[str, int], ...]
    flags: int
    ahead: tuple[int, tuple[tuple[str, int], ...]] | None = None


def periodic_regions(view: str, a: np.ndarray) -> tuple[Region, ...]:
    """The long periodic regions of ``view`` (``a``: its code points; at most three regions,
    around its middle and its quarters)."""
    n = len(view)
    if n < PERIODIC_FROM:
        return ()
    out: list[Region] = []
    for m in (n // 2, n // 4, 3 * n // 4):
        if any(r.lo <= m < r.hi for r in out):
            continue
        period = view.find(view[m:m + _SAMPLE], m + 1) - m
        if not 0 < period <= _MAX_PERIOD:
            continue
        same = a[:n - period] == a[period:]  # same[j]: view[j] == view[j + period]
        if not same[m]:
            continue
        before = np.flatnonzero(~same[:m])
        after = np.flatnonzero(~same[m:])
        lo = int(before[-1]) + 1 if before.size else 0
        hi = (m + int(after[0]) if after.size else n - period) + period
        if hi - lo >= _MIN_PERIODS * period:
            out.append(Region(lo, hi, period))
    return tuple(out)


def _class_source(node: tuple[Any, Any]) -> str | None:
    """The ``regex`` source of a one-character node (``None``: not one this reads)."""
    op, av = node
    if op is _C.LITERAL:
        return str(regex.escape(chr(av)))
    if op is _C.NOT_LITERAL:
        return f"[^{regex.escape(chr(av))}]"
    if op is _C.ANY:
        return "."
    if op is not _C.IN:
        return None
    parts: list[str] = []
    for item_op, item in av:
        if item_op is _C.NEGATE and not parts:
            parts.append("^")
        elif item_op is _C.LITERAL:
            parts.append(regex.escape(chr(item)))
        elif item_op is _C.RANGE:
            parts.append(f"{regex.escape(chr(item[0]))}-{regex.escape(chr(item[1]))}")
        elif item_op is _C.CATEGORY and item in _CATEGORIES:
            parts.append(_CATEGORIES[item])
        else:
            return None
    return "[" + "".join(parts) + "]"


_CATEGORIES = {_C.CATEGORY_WORD: r"\w", _C.CATEGORY_NOT_WORD: r"\W", _C.CATEGORY_DIGIT: r"\d",
               _C.CATEGORY_NOT_DIGIT: r"\D", _C.CATEGORY_SPACE: r"\s",
               _C.CATEGORY_NOT_SPACE: r"\S"}


class _Unbounded(Exception):
    pass


# the parser's node kinds, looked up once (the walks below visit ~140,000 nodes at warm())
_ONE_CHAR = frozenset({_C.LITERAL, _C.NOT_LITERAL, _C.ANY, _C.IN})
_REPEATS = frozenset({_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT})
_LOOKS = frozenset({_C.ASSERT, _C.ASSERT_NOT})
_AT, _SUB, _ATOMIC, _BRANCH, _COND = (_C.AT, _C.SUBPATTERN, _C.ATOMIC_GROUP, _C.BRANCH,
                                      _C.GROUPREF_EXISTS)
_MAXREPEAT = _C.MAXREPEAT


def _width(items: Sequence[tuple[Any, Any]], runs: dict[str, int], times: int) -> int:
    """An upper bound of the characters ``items`` reads, in fixed part (returned) and runs of
    classes (added to ``runs``, each ``times`` over)."""
    total = 0
    for op, av in getattr(items, "data", items):  # (a SubPattern's list: iterating it indexes)
        if op in _ONE_CHAR or op is _AT:  # (AT reads the character before or after: slack)
            total += 1
        elif op is _SUB:
            total += _width(av[-1], runs, times)
        elif op is _ATOMIC:
            total += _width(av, runs, times)
        elif op is _BRANCH:
            total += max((_width(b, runs, times) for b in av[1]), default=0)
        elif op in _REPEATS:
            _, hi, body = av
            if hi >= _MAXREPEAT:
                src = _class_source(body[0]) if len(body) == 1 else None
                if src is None:
                    raise _Unbounded
                runs[src] = runs.get(src, 0) + times
                total += 1
            else:
                total += hi * _width(body, runs, times * hi) + 1
        elif op in _LOOKS:
            total += _width(av[1], runs, times)  # (a lookaround: read there too)
        elif op is _COND:
            total += max(_width(b, runs, times) for b in av[1:] if b is not None)
        else:  # back-references, anything else
            raise _Unbounded
    return total


def _behind(items: Sequence[tuple[Any, Any]], runs: dict[str, int]) -> int:
    """Sum of the widths of every lookbehind in ``items`` (nested ones included)."""
    total = 0
    for op, av in getattr(items, "data", items):
        if op in _ONE_CHAR:
            continue
        if op in _LOOKS:
            if av[0] < 0:
                total += _width(av[1], runs, 1) + _SLACK
            else:
                total += _behind(av[1], runs)
        elif op is _SUB:
            total += _behind(av[-1], runs)
        elif op is _ATOMIC:
            total += _behind(av, runs)
        elif op is _BRANCH:
            total += sum(_behind(b, runs) for b in av[1])
        elif op in _REPEATS:
            _, hi, body = av
            inner: dict[str, int] = {}
            width = _behind(body, inner)
            if width or inner:
                if hi >= _MAXREPEAT:
                    raise _Unbounded  # a lookbehind repeated without limit
                total += hi * width
                for k, v in inner.items():
                    runs[k] = runs.get(k, 0) + hi * v
        elif op is _COND:  # (a conditional: either branch)
            total += sum(_behind(b, runs) for b in av[1:] if b is not None)
        # a back-reference outside a lookbehind reads forward (``_width``)
    return total


# inline flags that may turn verbose mode on ("(?x)", "(?ix:", "(?-x:"): not read by _may_warn
_INLINE_VERBOSE = re.compile(r"\(\?[a-zA-Z-]*x")
# what the text of a pattern the parser warns on has: "[[", a set operation, a condition
_WARN_MARKS = ("[[", "--", "&&", "~~", "||", "(?(")


def _may_warn(source: str, flags: int) -> bool:
    """Whether ``re._parser.parse(source, flags)`` may warn: a FutureWarning on a "possible
    nested set" ("[[") or set operation ("--", "&&", "~~", "||" in a set: the ``regex`` module
    may read the set otherwise), a DeprecationWarning on a conditional's group number written
    otherwise than in ASCII digits. Read from the pattern's text with the parser's own
    tokenizer and its own set loop, not by turning warnings into errors: that
    (``warnings.catch_warnings``) changes the process's warning filters, so another thread's
    warnings were raised or lost meanwhile, and two threads restored each other's filters
    (nineteenth session). A verbose pattern is not read (``True``: no reach)."""
    if flags & re.VERBOSE or _INLINE_VERBOSE.search(source):
        return True
    if not any(s in source for s in _WARN_MARKS):  # (each warning reads two of these in a row)
        return False
    try:
        src = _P.Tokenizer(source)
    except re.error:
        return False  # (the parse raises it too)
    while (tok := src.get()) is not None:
        if tok == "(" and src.match("?"):
            if src.match("#"):  # a comment, to its ")"
                while (tok := src.get()) not in (")", None):
                    pass
            elif src.match("("):  # a condition: a group name or an ASCII number
                name = ""
                while (tok := src.get()) not in (")", None):
                    name += tok
                if not (name.isidentifier() or (name.isdecimal() and name.isascii())):
                    return True
        elif tok == "[" and _set_warns(src):
            return True
    return False


def _set_warns(src: Any) -> bool:
    """Reads a set after its "[" as ``re._parser._parse`` does; whether that warns."""
    if src.next == "[":
        return True
    src.match("^")
    items = 0
    while (this := src.get()) is not None:
        if this == "]" and items:
            return False
        if this[0] != "\\" and items and this in "-&~|" and src.next == this:
            return True
        if src.match("-"):  # a range, or a "-" before the "]"
            that = src.get()
            if that is None or that == "]":
                return False
            if that == "-":
                return True
        items += 1
    return False  # (unterminated: the parse raises)


@functools.lru_cache(maxsize=4096)
def reach_of(source: str, flags: int) -> Reach | None:
    """The reach of a ``regex`` pattern (``None``: not bounded in a way this reads, or a
    pattern the standard parser may read otherwise than ``regex``: :func:`_may_warn`)."""
    if flags & ~_FLAGS or _may_warn(source, flags):
        return None
    try:
        tree = _P.parse(source, flags)
        runs: dict[str, int] = {}
        # (no "(?<" in the text: no lookbehind to read, the walk would find none)
        fixed = (_behind(tree.data, runs) if "(?<" in source else 0) + _SLACK
    except (_Unbounded, re.error, RecursionError):
        return None
    ahead: tuple[int, tuple[tuple[str, int], ...]] | None
    try:  # every node read ahead of the start, as if one after the other (lookarounds too)
        runs_ahead: dict[str, int] = {}
        ahead = _width(tree.data, runs_ahead, 1) + _SLACK, tuple(sorted(runs_ahead.items()))
    except (_Unbounded, RecursionError):
        ahead = None
    return Reach(fixed, tuple(sorted(runs.items())), flags, ahead)


class Repeats:
    """A view's periodic regions and the runs of classes read in it (per view, built once)."""

    __slots__ = ("_alnum", "_chars", "_runs", "codes", "regions")

    def __init__(self, codes: np.ndarray, regions: tuple[Region, ...],
                 alphabet: Iterable[str] | None = None) -> None:
        """``codes``: the view's code points; ``alphabet``: its distinct characters (found
        from ``codes`` if not given)."""
        self.codes = codes
        self.regions = regions
        self._chars = (sorted(map(ord, alphabet)) if alphabet is not None
                       else np.unique(codes).tolist())
        self._runs: dict[tuple[str, int], int] = {}
        self._alnum: np.ndarray | None = None

    def members(self, test: Callable[[str], bool]) -> np.ndarray:
        """``test`` of every character of the view (asked once per distinct character)."""
        table = np.zeros(self._chars[-1] + 1 if self._chars else 1, dtype=np.bool_)
        table[[c for c in self._chars if test(chr(c))]] = True
        out: np.ndarray = table[self.codes]
        return out

    def longest_run(self, source: str, flags: int) -> int:
        """The longest run of characters of the class ``source`` (a ``regex`` class read with
        ``flags``) in the view."""
        one = regex.compile(source, flags & ~re.VERBOSE)
        inside = self.members(lambda c: one.fullmatch(c) is not None)
        edges = np.flatnonzero(np.diff(np.concatenate(([False], inside, [False])).astype(
            np.int8)))
        return int((edges[1::2] - edges[::2]).max()) if edges.size else 0

    def back(self, reach: Reach) -> int:
        """How far back an attempt of a pattern with ``reach`` reads in this view."""
        return self._read(reach.fixed, reach.runs, reach.flags)

    def ahead(self, reach: Reach, span: int) -> int:
        """How far ahead of its start an attempt reads in this view (at most ``span``, its
        ``endpos``)."""
        if reach.ahead is None:
            return span
        return min(span, self._read(*reach.ahead, reach.flags))

    def _read(self, fixed: int, runs: tuple[tuple[str, int], ...], flags: int) -> int:
        total = fixed
        for source, times in runs:
            run = self._runs.get((source, flags))
            if run is None:
                run = self._runs[(source, flags)] = self.longest_run(source, flags)
            total += times * (run + 1)
        return total

    def first_tries(self, lists: Sequence[tuple[list[int], bool]], back: int,
                    span: int) -> list[int]:
        """The positions a rule tries, in ``rules_work._order``'s order (each anchor's from
        both ends inwards, the anchors in turn), without a word-like anchor's positions inside
        a word, and of the positions whose attempts read ``[start - back, start + span)`` inside
        a region, only the first with each place in the region (the others read the same
        characters: if the first fails, so do they; if it matches, the rule is done)."""
        starts, rounds, which, word = [], [], [], []
        for i, (at, wordlike) in enumerate(lists):
            n = len(at)
            k = np.arange(n)
            order = np.where(k % 2 == 0, k // 2, n - 1 - k // 2)  # 0, n-1, 1, n-2, ...
            starts.append(np.asarray(at, dtype=np.int64)[order])
            rounds.append(k)
            which.append(np.full(n, i))
            word.append(np.full(n, wordlike))
        s = np.concatenate(starts)
        by = np.lexsort((np.concatenate(which), np.concatenate(rounds)))
        s, w = s[by], np.concatenate(word)[by]
        if self._alnum is None:
            self._alnum = self.members(str.isalnum)
        s = s[~(w & (s > 0) & self._alnum[np.maximum(s - 1, 0)])]  # inside a word
        return self.distinct(s, back, span)

    def distinct(self, s: np.ndarray, back: int, span: int) -> list[int]:
        """``s`` without the positions whose attempts (reading ``[start - back, start +
        span)``) read the same characters in a region as an earlier one's, in their order."""
        keys = np.full(s.size, -1, dtype=np.int64)
        for i, (lo, hi, period) in enumerate(self.regions):
            inside = (keys < 0) & (s - back - 1 >= lo) & (s + span <= hi)
            keys[inside] = i * (_MAX_PERIOD + 1) + (s[inside] - lo) % period
        keep = keys < 0
        _, first = np.unique(keys, return_index=True)
        keep[first] = True
        out: list[int] = s[keep].tolist()
        return out


def rule_reach(pattern: str, flags: int, line_prefix: str | None,
               prefix_flags: int) -> Reach | None:
    """The reach of a rule's attempt: its pattern's, and its line-prefix check's (which reads
    up to 33 characters back, then its own pattern from there)."""
    main = reach_of(pattern, flags)
    if main is None or line_prefix is None:
        return main
    pre = reach_of(line_prefix, prefix_flags)
    if pre is None or (pre.flags != main.flags and pre.runs):
        return None
    runs = dict(main.runs)
    for k, v in pre.runs:
        runs[k] = runs.get(k, 0) + v
    return Reach(main.fixed + pre.fixed + 34, tuple(sorted(runs.items())), main.flags,
                 main.ahead)
