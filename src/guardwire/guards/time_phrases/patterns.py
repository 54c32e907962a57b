"""``find_time_phrases``: curated ``regex`` patterns for English time phrases.

Matching works in three passes:

1. the text is cut into tokens; words that can belong to a time phrase are *anchors* (a
   month, a weekday, a digit, "yesterday", "week", ...). Each pattern of :mod:`.rules` is
   tried (``match``, not a scan) only at token starts just before an anchor of its gate, and
   only when a (memoised) partial match of that first token alone succeeds, so text without
   anchors costs one tokenising pass. Each hit has a *role*: ``core`` (a time
   phrase on its own: "last week", "25 August", "3pm"), ``prefix`` ("around", "from",
   "2 days before") or ``suffix`` ("or later") that only count when attached to a core, or
   ``weak`` (a bare hour range such as "12-4" that only counts next to a core:
   "Monday 12-4", never "won 3-1");
2. overlapping hits are resolved to the longest (ties: cores, then the earliest); two cores
   that overlap at an edge ("Jan-Mar" and "Mar 2020") become their union;
3. neighbours are merged left to right: prefix + core, core + suffix, and core + core when
   the gap between them is a connector ("tomorrow at 3pm", "from 9 to 5", "Jan 22 - Feb 3",
   "between Monday and Wednesday"). Unattached prefixes, suffixes and weak hits are dropped.

Every quantifier that could run over a long input is bounded (whitespace runs, repetitions,
numbers, joined chains), so the cost is linear in the text length, adversarial text included.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from contextlib import suppress
from dataclasses import dataclass
from itertools import accumulate
from operator import itemgetter

import regex

from ._compile import _compiled, _without_lookbehinds
from .rules import PATTERNS, Role
from .vocab import ANCHOR_WORDS, LEAD_WORDS, MONTH_ANY, SUFFIX_WORDS, anchor_classes


@dataclass(frozen=True, slots=True)
class Span:
    """One time phrase: ``text == source[start:end]``; ``kind`` is a coarse category
    (``date``, ``time``, ``datetime``, ``relative``, ``range``, ``weekday``, ``holiday``,
    ``part_of_day``, ``year``)."""

    start: int
    end: int
    text: str
    kind: str


@dataclass(frozen=True, slots=True)
class _Rule:
    index: int
    kind: str
    role: Role
    gate: str
    pattern: regex.Pattern[str]
    # the pattern without its positive lookbehinds: a partial match of it on a token alone
    # is necessary for a match of the pattern starting with that token (a lookbehind can
    # look at text before the token, which the token alone does not hold)
    screen: regex.Pattern[str]


_RULES = [_Rule(i, kind, role, gate, _compiled(source), _compiled(_without_lookbehinds(source)))
          for i, (kind, role, gate, source) in enumerate(PATTERNS)]
_CORE = [r for r in _RULES if r.role == "core"]
_CONTEXT = [r for r in _RULES if r.role != "core"]
_NONE: frozenset[int] = frozenset()
# lowercase word -> (anchor classes, can start a phrase)
_VOCAB: dict[str, tuple[str, bool]] = {
    w: (anchor_classes(w), True) for w in {*ANCHOR_WORDS, *LEAD_WORDS}}
_VOCAB.update((w, ("", False)) for w in SUFFIX_WORDS)
_NOT_IN_VOCAB = ("", False)
# Token starts are where a match may begin ("@" and "'" start "@ 5pm" and "'90s").
_WORD = re.compile(r"[^\W_]+|[@']")
_WORD_SPLIT = re.compile(f"({_WORD.pattern})")
_BACK = 5  # a match starts at most this many tokens before its anchor
# the core rules by gate (with its anchor classes and how far back its matches start), then
# the context rules: each group is tried at its token starts together
_GROUPS: list[tuple[str, int, tuple[_Rule, ...]]] = [
    (g.lstrip("^"), 0 if g[:1] == "^" else _BACK, tuple(r for r in _CORE if r.gate == g))
    for g in dict.fromkeys(r.gate for r in _CORE)] + [("", 0, tuple(_CONTEXT))]
# per group, token -> its rules a match of which can start with this token (a partial match
# of the rule's screen on the token alone): a cheap screen before ``match``; at most
# _MEMO_CAP tokens per group, the oldest dropped first
_Tries = tuple[tuple[int, Callable[[str, int], "regex.Match[str] | None"], str, Role], ...]
_STARTS_WITH: list[dict[str, _Tries]] = [{} for _ in _GROUPS]
# anchor class -> the look-backs of the gates holding it (only those token starts are built)
_BACKS: dict[str, tuple[int, ...]] = {
    c: tuple(sorted({b for cs, b, _ in _GROUPS[:-1] if c in cs})) for cs, _, _ in _GROUPS[:-1]
    for c in cs}
_MEMO_CAP = 2_000
_BACK_CONTEXT = 8  # prefixes/weak hits are tried this many tokens before a core hit ...
_AHEAD_CONTEXT = 6  # ... and this many tokens after it
_JOIN = regex.compile(r"\s*,?\s*(?:(?:at|@|on|in|in\s+the|of|for|the|around|from)\s+|@\s*)?",
                      regex.IGNORECASE)
_RANGE_JOIN = regex.compile(r"\s*(?:-|–|—|~)\s*|\s+(?:to|till|til|until|through|thru)\s+",
                            regex.IGNORECASE)
_MODIFIER = regex.compile(r"(?:around|about|circa|after|before|since|from|between|until|till|by"
                          r"|at|during|within)\b", regex.IGNORECASE)
_AND_JOIN = regex.compile(r"\s+and\s+", regex.IGNORECASE)
_BETWEEN = regex.compile(r"between\b", regex.IGNORECASE)
_WS = regex.compile(r"\s{1,3}")
_MAX_GAP = 20
_MAX_UNION = 60  # overlapping phrases are united only up to this length
_MAX_SPAN = 120  # joined phrases stop growing at this length
_MAX_PARTS = 6  # "from Monday 9am to Friday 5pm" is 4; longer chains are lists, not phrases


# a score, not days or hours: "won 3-1", "the match ended 2-0", "a 3-1 win"
_PAIR = regex.compile(r"(\d{1,2})\s*[-–]\s*(\d{1,2})(?!\d)")
_SCORE_BEFORE = regex.compile(r"\b(?:won|wins?|winning|lost|lose|loses|losing|beat|beats|beaten"
                              r"|defeated|drew|draw|drawn|scored?|scores|scoreline|match|game"
                              r"|final|victory|defeat|lead|led|tied)\b[^.!?\d]{0,25}\Z",
                              regex.IGNORECASE)
_SCORE_AFTER = regex.compile(r"\s*(?:win|victory|defeat|loss|draw|lead|scoreline)\b",
                             regex.IGNORECASE)
_DAYS_MONTH = regex.compile(r"\s+(?:(?:of|in)\s+)?" + MONTH_ANY, regex.IGNORECASE)


def _score(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` starts with a pair "3-1" that is a score: a score word
    shortly before or after it, or, before a month ("3-1 August"), no plausible day range."""
    m = _PAIR.match(text, start, end)
    if m is None:
        return False
    if _SCORE_BEFORE.search(text, max(0, start - 40), start) or \
            _SCORE_AFTER.match(text, m.end()):
        return True
    a, b = int(m.group(1)), int(m.group(2))
    return not 1 <= a < b <= 31 and _DAYS_MONTH.match(text, m.end(), end) is not None


def _no_hours(text: str, weak: _Hit, before: bool) -> bool:
    """Whether a weak pair "a-b" joined to a day ("Monday 12-4", "9-5 on Monday") is no
    hour range: "5-3 on Monday" is a score (it was read as 3 May). Before a month the pair
    is days ("1-5 August"), which :func:`_score` judges."""
    m = _PAIR.match(text, weak.start, weak.end)
    if m is None or (before and _DAYS_MONTH.match(text, m.end()) is not None):
        return False
    a, b = int(m.group(1)), int(m.group(2))
    # 9-11, 14-16; 12-4 (noon to 4 pm); 9-5, 10-2, 7-3 (a morning to an afternoon)
    return not (1 <= a < b <= 24 or (a == 12 and 1 <= b <= 11) or (7 <= a <= 11 and 1 <= b <= 7))


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    kind: str
    role: Role
    lead: bool = False  # a prefix ("around", "from") was glued on
    parts: int = 1  # how many hits were joined into this one


def _screened(group: int, token: str) -> _Tries:
    """The rules of ``group`` a match of which can start with ``token`` (memoised), each as
    (index, match, kind, role)."""
    memo = _STARTS_WITH[group]
    ok = memo.get(token)
    if ok is None:
        ok = tuple((r.index, r.pattern.match, r.kind, r.role) for r in _GROUPS[group][2]
                   if r.screen.match(token, partial=True))
        if len(memo) >= _MEMO_CAP:
            # the oldest goes: a full memo that kept its first tokens screened every token
            # seen later again at each occurrence ("2025", or a number first seen after a
            # long-running process had met 2,000 others: 3x the finder's time on a
            # number-heavy answer)
            with suppress(RuntimeError, KeyError, StopIteration):  # another thread was first
                del memo[next(iter(memo))]
        memo[token] = ok
    return ok


def _match_at(text: str, group: int, at: Iterable[int], starts: list[int], words: list[str],
              found: list[tuple[int, _Hit]]) -> None:
    """The hits of the rules of ``group`` at the tokens ``at`` (indices into ``starts`` and
    ``words``), each with its rule's index. One pass over the token starts per group, not
    per rule: the loop, not the ``regex`` calls, was most of the finder's cost."""
    memo = _STARTS_WITH[group]
    for k in at:
        # the memo of _screened read inline: a call per token start costs more than the read
        ok = memo.get(words[k])
        if ok is None:
            ok = _screened(group, words[k])
        pos = starts[k]
        for index, match, kind, role in ok:
            m = match(text, pos)
            if m is not None:
                e = m.end()
                while e > pos and text[e - 1].isspace():
                    e -= 1
                if e > pos:
                    found.append((index, _Hit(pos, e, kind, role)))


def _in_rule_order(found: list[tuple[int, _Hit]]) -> list[_Hit]:
    """The hits as the rules one after another found them (which of two equally long hits
    at one start wins depends on that order: the sort is stable)."""
    return [h for _, h in sorted(found, key=itemgetter(0))]


_DIGIT_WORD = ("D", True)  # what _classify says of a word starting with an ASCII digit


def _classify(word: str) -> tuple[str, bool]:
    """A token's anchor classes and whether a phrase can start with it."""
    first = word[0]
    if first.isdigit():
        return "D", True
    if first.isalpha():
        lower = word.lower()
        classes, lead = _VOCAB.get(lower, _NOT_IN_VOCAB)
        if not classes and lower[-1].isdigit():  # "mar4", "FY24"
            classes = anchor_classes(lower)
            lead = bool(classes)
        return classes, lead
    return "", True  # "@" or "'"


def _candidates(text: str) -> list[_Hit]:
    """Try each pattern only at the token starts shortly before an anchor of its gate."""
    # the text cut into [gap, token, gap, token, ..., gap]: tokens and their starts in C
    parts: list[str] = _WORD_SPLIT.split(text)
    words = parts[1::2]
    # each distinct word is classified once: prose repeats most of its words (_classify
    # inline for the common cases: a word starting with an ASCII digit, a word of letters)
    info: dict[str, tuple[str, bool]] = {}
    for w in set(words):
        if w[0] in "0123456789":
            info[w] = _DIGIT_WORD
        elif w[0].isalpha() and not w[-1].isdigit():
            info[w] = _VOCAB.get(w.lower(), _NOT_IN_VOCAB)
        else:
            info[w] = _classify(w)
    anchor_words = {w for w, (classes, _) in info.items() if classes}
    if not anchor_words:
        return []
    by_class: dict[str, list[int]] = {}
    for i in [i for i, w in enumerate(words) if w in anchor_words]:
        for c in info[words[i]][0]:
            by_class.setdefault(c, []).append(i)
    starts = list(accumulate(map(len, parts[:-1])))[::2]
    # the tokens to try (indices), per (class, look-back) some gate uses: shared by its
    # patterns; only tokens near an anchor are looked at (prose has few)
    tries: dict[tuple[str, int], set[int]] = {}
    for c, anchors in by_class.items():
        for back in _BACKS.get(c, ()):
            tries[c, back] = {j for i in anchors for j in range(max(0, i - back), i + 1)
                              if info[words[j]][1]}
    found: list[tuple[int, _Hit]] = []
    for group in range(len(_GROUPS) - 1):
        classes, back, _ = _GROUPS[group]
        if len(classes) == 1:  # the shared set itself: it is only read
            near: Iterable[int] = tries.get((classes, back), _NONE)
        else:
            near = set()
            for c in classes:
                near |= tries.get((c, back), _NONE)
        if near:
            _match_at(text, group, near, starts, words, found)
    hits = _in_rule_order(found)
    if hits:
        # the tokens from _BACK_CONTEXT before a hit (its tokens are i..j) to
        # _AHEAD_CONTEXT after j, each read once however many hits reach it
        reach = sorted((max(0, i - _BACK_CONTEXT),
                        bisect_left(starts, h.end, i) - 1 + _AHEAD_CONTEXT)
                       for h in hits for i in (bisect_left(starts, h.start),))
        around: set[int] = set()
        done = 0
        for lo, hi in reach:
            around.update(k for k in range(max(lo, done), min(len(starts), hi))
                          if info[words[k]][1] or words[k].lower() in SUFFIX_WORDS)
            done = max(done, hi)
        more: list[tuple[int, _Hit]] = []
        _match_at(text, len(_GROUPS) - 1, around, starts, words, more)
        hits += _in_rule_order(more)
    return hits


def _longest_first(hits: list[_Hit]) -> list[_Hit]:
    """Drop hits overlapping a longer one (cores win ties over weak/prefix/suffix hits);
    two cores overlapping at an edge ("Jan-Mar" + "Mar 2020") become their union."""
    rank = {"core": 0, "prefix": 1, "suffix": 1, "weak": 2}
    cores = sorted((h.start, h.end) for h in hits if h.role == "core")
    core_starts = [c[0] for c in cores]
    for h in hits:  # "20:00-22:00" holds the core "20:00": the whole range is a core
        if h.role == "weak":
            i = bisect_left(core_starts, h.start)
            while i < len(cores) and cores[i][0] < h.end:
                if cores[i][1] <= h.end:
                    h.role = "core"
                    break
                i += 1
    hits.sort(key=lambda h: (-(h.end - h.start), rank[h.role], h.start))
    kept: list[_Hit] = []  # disjoint, sorted by start
    starts: list[int] = []
    for h in hits:
        hi = bisect_left(starts, h.end)  # kept[:hi] start before h ends
        lo = hi
        while lo > 0 and kept[lo - 1].end > h.start:
            lo -= 1
        clash = kept[lo:hi]
        if not clash:
            kept.insert(hi, h)
            starts.insert(hi, h.start)
        elif h.role == "core" and len(clash) == 1 and clash[0].role == "core" and \
                max(h.end, clash[0].end) - min(h.start, clash[0].start) <= _MAX_UNION:
            k = clash[0]
            if h.start < k.start:
                k.start = starts[lo] = h.start
                k.kind = "range" if "range" in (h.kind, k.kind) else k.kind
            elif h.end > k.end:
                k.end = h.end
    return kept


def _merged_kind(a: _Hit, b: _Hit, ranged: bool) -> str:
    if ranged or "range" in (a.kind, b.kind):
        return "range"
    kinds = {a.kind, b.kind}
    if "time" in kinds and kinds != {"time"}:
        return "datetime"
    return a.kind if a.role == "core" else b.kind


def _attach(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Glue prefixes onto the phrase after them (right to left) and suffixes onto the one
    before them."""
    out: list[_Hit] = []
    for h in reversed(hits):
        nxt = out[-1] if out else None
        if h.role == "prefix" and nxt is not None and nxt.role in ("core", "weak") and \
                _WS.fullmatch(text[h.end:nxt.start] or " "):
            kind = "range" if h.kind == "range" and nxt.role == "core" else nxt.kind
            out[-1] = _Hit(h.start, nxt.end, kind, nxt.role, lead=True)
        elif h.role in ("core", "weak") and nxt is not None and nxt.role == "suffix" and \
                _WS.fullmatch(text[h.end:nxt.start]):
            kind = "range" if nxt.kind == "range" else h.kind
            out[-1] = _Hit(h.start, nxt.end, kind, h.role, h.lead)
        else:
            out.append(h)
    out.reverse()
    return [h for h in out if h.role in ("core", "weak")]


def _join(text: str, prev: _Hit, h: _Hit) -> _Hit | None:
    gap = text[prev.end:h.start]
    if len(gap) > _MAX_GAP or prev.parts + h.parts > _MAX_PARTS or \
            h.end - prev.start > _MAX_SPAN:
        return None
    if "\n" in gap and ("weak" in (prev.role, h.role) or gap.count("\n") > 1):
        return None  # "Incident 12\nOn 1 May 2024": a number on the line before is no day
    ranged = False
    if _RANGE_JOIN.fullmatch(gap):
        ranged = True
    elif _AND_JOIN.fullmatch(gap):
        if not (_BETWEEN.match(text, prev.start) and
                " and " not in text[prev.start:prev.end].lower()):
            return None
        ranged = True
    elif not ("core" in (prev.role, h.role) and _JOIN.fullmatch(gap)):
        return None
    elif "," in gap and (h.lead or prev.kind == h.kind == "weekday" or
                         _MODIFIER.match(text, h.start)):
        return None  # "last week, around 25 August" and "Monday, Tuesday" stay separate
    if prev.role == "weak" and h.role == "weak" and not ranged:
        return None
    if prev.role == "weak" and (_score(text, prev.start, prev.end) or (h.kind == "date" and
                                _score(text, prev.start, prev.end + len(gap) + 12))):
        return None  # "won 3-1 in August": a score, the month alone is the phrase
    if (prev.role == "weak" and h.role == "core" and _no_hours(text, prev, True)) or (
            h.role == "weak" and prev.role == "core" and _no_hours(text, h, False)):
        return None  # "5-3 on Monday", "Monday 5-3": no hours of that day
    role: Role = "core" if "core" in (prev.role, h.role) else "weak"
    return _Hit(prev.start, h.end, _merged_kind(prev, h, ranged), role, prev.lead,
                prev.parts + h.parts)


def _merge(text: str, hits: list[_Hit]) -> list[_Hit]:
    out: list[_Hit] = []
    for h in _attach(text, hits):
        joined = _join(text, out[-1], h) if out else None
        if joined is None:
            out.append(h)
        else:
            out[-1] = joined
    return out


def find_time_phrases(text: str) -> list[Span]:
    """Every time phrase in ``text``, in order, without overlaps (longest match wins)."""
    if not text:
        return []
    hits = _merge(text, _longest_first([h for h in _candidates(text)
                                        if not _score(text, h.start, h.end)]))
    return [Span(h.start, h.end, text[h.start:h.end], h.kind) for h in hits if h.role == "core"]
