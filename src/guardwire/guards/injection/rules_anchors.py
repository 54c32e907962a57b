"""Where a rule's anchor words occur in a view: found once per view, shared by every rule.

A word-like anchor (one starting with a letter or digit of a spaced script) counts only at the
start of a word, so its positions are read from an index of the view's words, built with one
C-level ``re.split`` pass, instead of one ``str.find`` scan of the whole view per anchor (the
rules have ~900 distinct anchors: 900 scans of a 100 KB view cost ~80 ms, the index ~4 ms).
Other anchors (``<|``, ``[``, CJK and kana, Hangul) are found with ``str.find``; an anchor with
a character the view does not contain is absent without a search.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np

from .rules_needles import Needles
from .rules_period import PERIODIC_FROM, Repeats, periodic_regions
from .rules_present import WordHashes, phrase_pattern
from .rules_wrap import COLLAPSE_PER_UNIT, Collapsed, collapse, may_break, wraps

__all__ = ["MAX_CANDIDATES", "AnchorIndex", "changed_spans", "hashed_words", "wordlike"]

# Candidate positions kept per anchor (the first and the last half of them: padding before an
# attack does not hide it); a rule with an anchor this frequent that finds nothing is recorded
# as cut off, so a text stuffed with one trigger word costs a bounded time.
MAX_CANDIDATES = 4000
_HALF = MAX_CANDIDATES // 2
# A word is a run of letters and digits (``str.isalnum``; ``_`` separates words, as in the
# scanner's word-boundary check).
_SPLIT = re.compile(r"([^\W_]+)")
_FIRST_TOKEN = re.compile(r"[^\W_]+")
# Below this length a view is searched with ``str.find`` per anchor (cheaper than an index).
_INDEX_FROM = 4_000
# From this many characters of distinct words, the hashed words are found all at once.
_HASHED_FROM = 2_000
# What the work on a view costs, in match attempts (one is ~6.7 us of the scan's budget,
# ``rules_work.ATTEMPTS_PER_S``; measured at a load of ~5 on 2 cores, eighteenth session): a
# ``str`` search reads ~10,000 characters per attempt's time, the word index ~350 characters
# split and ~8 words filed, the prefix hashes ~100 characters, a found anchor ~20 positions.
SEARCH_PER_UNIT = 10_000
SPLIT_PER_UNIT = 350
WORDS_PER_UNIT = 8
HASHED_PER_UNIT = 100
FOUND_PER_UNIT = 20
# An anchor found more often than this in a long view is found with numpy (the same positions).
_FIND_ARRAY_FROM = 256
# What a match may read before its anchor (a lookbehind, the line-start check, a word boundary).
_BEHIND = 64


def changed_spans(view: str, other: str, reach: int) -> list[tuple[int, int]] | None:
    """Where an anchor must start for a match in ``other`` (``view`` with some characters
    replaced one for one) to read a replaced character: ``[c - reach + 1, c + _BEHIND]``
    around each one, merged. ``None`` if the two differ in length (not one for one)."""
    if len(view) != len(other):
        return None
    a = np.frombuffer(view.encode("utf-32-le"), dtype=np.uint32)
    b = np.frombuffer(other.encode("utf-32-le"), dtype=np.uint32)
    changed = np.flatnonzero(a != b)
    if not changed.size:
        return []
    breaks = np.flatnonzero(np.diff(changed) > reach + _BEHIND) + 1
    firsts = changed[np.concatenate(([0], breaks))]
    lasts = changed[np.concatenate((breaks - 1, [changed.size - 1]))]
    return [(max(0, int(f) - reach + 1), min(len(view), int(last) + _BEHIND + 1))
            for f, last in zip(firsts, lasts, strict=True)]


def hashed_words(words: Iterable[str]) -> WordHashes:
    """``words``' one-token words (letters and digits), which ``AnchorIndex.contains`` looks
    for in a long view's distinct words: found there all at once (``hashed``)."""
    return WordHashes(w for w in words if _FIRST_TOKEN.fullmatch(w))


def wordlike(anchor: str) -> bool:
    """Whether ``anchor`` must start a word (CJK, kana and Hangul have no spaces: they need not,
    nor do Thai, Lao, Tibetan, Myanmar and Khmer, U+0E00-U+109F and U+1780-U+17FF)."""
    c = anchor[0]
    return (c.isalnum() and c < "\u2e80" and not "\u0e00" <= c < "\u10a0"
            and not "\u1780" <= c < "\u1800")


class AnchorIndex:
    """Positions of anchors in one view (at most ``MAX_CANDIDATES`` each, ascending: the
    first and the last ``MAX_CANDIDATES // 2`` of a more frequent anchor)."""

    __slots__ = ("_alphabet", "_base", "_found", "_has", "_keys", "_keys_text", "_needles",
                 "_occurs", "_present", "_repeats", "_words", "_wrapped", "cap", "cost", "hashed",
                 "indexed", "spans", "view")

    def __init__(self, view: str, spans: Sequence[tuple[int, int]] | None = None,
                 base: AnchorIndex | None = None, cap: bool = True,
                 hashed: WordHashes | None = None, needles: Needles | None = None) -> None:
        """``spans``: only anchors starting inside them count (see ``changed_spans``);
        ``base``: the index of the view ``view`` was made from by replacing the characters in
        ``spans``, which answers ``contains`` outside them; ``cap``: keep at most
        ``MAX_CANDIDATES`` positions per anchor (off for a scan with no budget, which tries
        every position: an attack amid 4,000 copies of its anchor was missed with none);
        ``hashed``: words ``contains`` is asked about often, found all at once in a long view's
        words when those are long (:mod:`.rules_present`); ``needles``: strings (the rules'
        anchors and required words) a short view looks for all at once (:meth:`occurring`)."""
        self.view = view
        self._needles = needles
        self._occurs: frozenset[str] | None = None
        self.hashed: WordHashes | None = hashed if base is None else base.hashed
        self._present: frozenset[str] | None = None
        self._repeats: tuple[Repeats | None] | None = None
        self._wrapped: tuple[Collapsed | None] | None = None  # (``wrapped``)
        # work done on this view not yet charged to a scan (``take_cost``), in match attempts
        self.cost = 0.0
        self.cap: bool = cap if base is None else base.cap
        self.spans = spans
        self._base = base if spans is not None else None
        self._found: dict[str, list[int]] = {}
        self._words: dict[str, list[int]] | None = None
        self._keys: list[str] = []
        self._keys_text: tuple[str, str] | None = None  # ASCII words, the others
        self._has: dict[str, bool] = {}
        if spans is not None:  # anchors are only looked for in the spans
            self._alphabet: frozenset[str] | None = frozenset().union(
                *(view[lo:hi + _BEHIND] for lo, hi in spans))
        else:
            self._alphabet = frozenset(view) if len(view) >= _INDEX_FROM else None
        # a long view or spans: words are looked up in the index (a short view is searched)
        self.indexed = self._alphabet is not None or spans is not None

    def read_as(self, view: str, table: Mapping[int, Any] | None,
                reverse: bool) -> AnchorIndex:
        """The index of ``view``, which is this (whole, long) view with every character put
        through ``table`` and then reversed if ``reverse`` (ROT13, reversed or upside-down
        text), one for one and word characters to word characters. Its words are this view's
        words transformed, so they are mapped, not split out of ``view`` again: the distinct
        words are few, and the positions are moved with numpy."""
        out = AnchorIndex.__new__(AnchorIndex)
        out.view, out.spans, out._base, out.cap = view, None, None, self.cap
        out._found, out._has, out._keys_text = {}, {}, None
        out.hashed, out._present, out._repeats = self.hashed, None, None
        out._needles, out._occurs, out._wrapped = None, None, None
        out.cost = len(self._index()) / WORDS_PER_UNIT
        alphabet = "".join(self._alphabet or ())
        out._alphabet = frozenset(alphabet.translate(table) if table else alphabet)
        out.indexed = True
        n = len(view)
        words: dict[str, list[int]] = {}
        for word, at in self._index().items():
            key = word.translate(table) if table else word
            if reverse:
                key = key[::-1]
                at = (n - len(word) - np.array(at[::-1], dtype=np.int64)).tolist()
            prev = words.get(key)
            words[key] = at if prev is None else sorted(prev + at)
        out._words, out._keys = words, sorted(words)
        return out

    def wrapped(self) -> Collapsed | None:
        """The view with its whitespace runs collapsed (:mod:`.rules_wrap`): a space of an
        anchor reads any run of whitespace ("set\\naside"); ``None``: no run to collapse."""
        done = self._wrapped
        if done is None:
            alphabet = None if self.spans is not None else self._alphabet
            if alphabet is not None and not may_break(alphabet):
                done = (None,)
            else:
                self.cost += len(self.view) / COLLAPSE_PER_UNIT
                done = (collapse(self.view),)
            self._wrapped = done
        return done[0]

    def repeats(self) -> Repeats | None:
        """The view's long periodic regions (:mod:`.rules_period`; ``None``: it has none)."""
        done = self._repeats
        if done is None:
            view = self.view
            if self.spans is None and len(view) >= PERIODIC_FROM:
                self.cost += len(view) / SPLIT_PER_UNIT
                a = np.frombuffer(view.encode("utf-32-le"), dtype=np.uint32)
                regions = periodic_regions(view, a)
                done = (Repeats(a, regions, self._alphabet) if regions else None,)
            else:
                done = (None,)
            self._repeats = done
        return done[0]

    def take_cost(self) -> float:
        """The work done on this view since last asked (in match attempts: the scan's counted
        work, :mod:`.rules_work`): its word index, searches and the like. A short view's
        (searched, not indexed: at most ~1 ms) is not counted, as before."""
        cost, self.cost = self.cost, 0.0
        return cost if self.indexed else 0.0

    def has_chars(self, word: str) -> bool:
        """False when ``word`` has a character the (long) view lacks: it cannot occur."""
        return self._alphabet is None or self._alphabet.issuperset(word)

    def contains(self, word: str) -> bool:
        """Whether ``word`` occurs anywhere in the view (inside a word too: German compounds).
        In a long view, a word of letters and digits only can only occur inside one of the
        view's distinct words, which are searched instead (a few times shorter than the view;
        the ASCII ones apart, which ``str`` searches fastest)."""
        found = self._has.get(word)
        if found is None:
            found = self._has[word] = self._contains(word)
        return found

    def _contains(self, word: str) -> bool:
        if " " in word:  # a phrase: its words across any run of non-word characters
            self.cost += len(self.view) / SEARCH_PER_UNIT
            return phrase_pattern(word).search(self.view) is not None
        if self._base is not None and self.spans is not None:
            n = len(word) - 1
            self.cost += sum(hi - lo for lo, hi in self.spans) / SEARCH_PER_UNIT
            return self._base.contains(word) or any(
                self.view.find(word, max(0, lo - n), hi + n) >= 0 for lo, hi in self.spans)
        if not self.has_chars(word):
            return False
        if self._alphabet is None or not _FIRST_TOKEN.fullmatch(word):
            self.cost += len(self.view) / SEARCH_PER_UNIT
            return word in self.view
        if self._keys_text is None:
            self._index()
            ascii_ = [k for k in self._keys if k.isascii()]
            other = [k for k in self._keys if not k.isascii()]
            self._keys_text = "\n".join(ascii_), "\n".join(other)
        ascii_text, other_text = self._keys_text
        size = len(ascii_text) + len(other_text)
        if self.hashed is not None and word in self.hashed.words and size >= _HASHED_FROM:
            if self._present is None:  # every hashed word that may occur, found at once
                self.cost += size / HASHED_PER_UNIT
                self._present = self.hashed.candidates(f"{ascii_text}\n{other_text}")
            if word not in self._present:
                return False  # (one that may is searched)
        self.cost += size / SEARCH_PER_UNIT
        return (word.isascii() and word in ascii_text) or word in other_text

    def occurring(self) -> frozenset[str] | None:
        """The ``needles`` that occur in a short view, found at once (:mod:`.rules_needles`);
        ``None``: not known (a long view, or none given)."""
        if self.indexed or self._needles is None:
            return None
        found = self._occurs
        if found is None:  # (a spaced anchor across a line break: found in the collapsed copy)
            wrapped, needles = self.wrapped(), self._needles
            # (a string with a line break or two spaces: looked for as it is)
            found = self._occurs = needles.present(self.view) if wrapped is None else (
                needles.present(wrapped.text).union(w for w in needles.unwrapped if w in self.view))
        return found

    def maybe(self, anchors: tuple[str, ...]) -> Sequence[str]:
        """``anchors`` without the ones a short view is known to lack (their ``positions``
        are empty), in their order."""
        occurs = self._occurs if self._occurs is not None else self.occurring()
        if occurs is None or self._needles is None:
            return anchors
        as_set, known = self._needles.known(anchors)
        hit = occurs & as_set  # (a rule may have 130 anchors: the smaller set is read)
        if known:  # each of the needles and given once: the ones found, in their order
            return sorted(hit, key=anchors.index) if len(hit) > 1 else list(hit)
        words = self._needles.words
        return [a for a in anchors if a in hit or a not in words]

    def positions(self, anchor: str) -> list[int]:
        found = self._found.get(anchor)
        if found is None:
            if not self.indexed:  # a short view: one search (its cost is not counted)
                needles, occurs = self._needles, self._occurs
                if needles is not None and occurs is None:
                    occurs = self.occurring()
                # (a string of the needles not found there: absent, no search)
                found = ([] if needles is not None and occurs is not None
                         and anchor not in occurs and anchor in needles.words
                         else self._find_all(anchor))
            elif not self._alphabet or (not self._alphabet.issuperset(anchor) and not (
                    " " not in self._alphabet and wraps(anchor) and self.wrapped()
                    and self._alphabet.issuperset(anchor.replace(" ", "")))):
                found = []  # (a view with no space: an anchor's space may be a line break)
            elif wordlike(anchor):
                found = self._word_starts(anchor)
            else:
                found = self._find(anchor)
            self._found[anchor] = found
        return found

    def _find(self, anchor: str) -> list[int]:
        found = self._find_all(anchor)
        self.cost += (len(self.view) / SEARCH_PER_UNIT if self.spans is None else sum(
            hi - lo for lo, hi in self.spans) / SEARCH_PER_UNIT) + len(found) / FOUND_PER_UNIT
        return found

    def _find_all(self, anchor: str) -> list[int]:
        if wraps(anchor) and (wrapped := self.wrapped()) is not None and (
                wrapped.same_places or not wrapped.same(anchor)):  # (found in the copy)
            found = wrapped.many_to_view(_find_in(wrapped.text, anchor, self.cap, self.indexed))
            return found if self.spans is None else _ends(
                [p for p in found if any(lo <= p < hi for lo, hi in self.spans)], self.cap)
        view, found = self.view, list[int]()
        if self.spans is None:
            return _find_in(view, anchor, self.cap, self.indexed)
        for lo, hi in self.spans:
            end = hi + len(anchor) - 1
            i = view.find(anchor, lo, end)
            while i >= 0 and (len(found) < MAX_CANDIDATES or not self.cap):
                found.append(i)
                i = view.find(anchor, i + 1, end)
        return found

    def _index(self) -> dict[str, list[int]]:
        if self._words is None:
            if self.spans is None:  # the whole view: no span to stop at
                parts = _SPLIT.split(self.view)
                filed: defaultdict[str, list[int]] = defaultdict(list)
                for word, start in zip(parts[1::2], itertools.islice(
                        itertools.accumulate(map(len, parts)), 0, None, 2), strict=False):
                    filed[word].append(start)
                self.cost += len(self.view) / SPLIT_PER_UNIT + len(parts) / 2 / WORDS_PER_UNIT
                self._words, self._keys = dict(filed), sorted(filed)
                return self._words
            words: dict[str, list[int]] = {}
            # a word that starts in a span is read whole (anchors are shorter than _BEHIND)
            for lo, hi in self.spans:
                text = self.view if lo == 0 and hi >= len(self.view) else self.view[lo:hi + _BEHIND]
                parts = _SPLIT.split(text)  # separator, word, separator, word, ...
                starts = itertools.accumulate(map(len, parts), initial=lo)
                for word, start in zip(parts[1::2], itertools.islice(starts, 1, None, 2),
                                       strict=False):
                    if start >= hi:
                        break
                    at = words.get(word)
                    if at is None:
                        words[word] = [start]
                    else:
                        at.append(start)
                self.cost += len(text) / SPLIT_PER_UNIT + len(parts) / 2 / WORDS_PER_UNIT
            self._words, self._keys = words, sorted(words)
        return self._words

    def _word_starts(self, anchor: str) -> list[int]:
        """Starts of words at which ``anchor`` occurs: a one-token anchor ("summari") starts
        the word; a longer one ("do not", "don't") needs its first token as a whole word."""
        words = self._index()
        token = _FIRST_TOKEN.match(anchor)
        first = token.group() if token is not None else anchor
        if first != anchor:
            view, starts = self.view, words.get(first, ())
            if starts and wraps(anchor) and (wrapped := self.wrapped()) is not None:
                # a space reads any whitespace run: compared in the collapsed copy
                text, at = wrapped.text, wrapped.words_at(first, starts)
                return _ends([p for p, c in zip(starts, at, strict=True)
                              if text.startswith(anchor, c)], self.cap)
            return _ends([p for p in starts if view.startswith(anchor, p)], self.cap)
        keys = self._keys
        i = bisect.bisect_left(keys, anchor)
        lists = []
        while i < len(keys) and keys[i].startswith(anchor):
            lists.append(words[keys[i]])
            i += 1
        if len(lists) == 1:
            return _ends(lists[0], self.cap)
        return _ends(sorted(itertools.chain.from_iterable(lists)), self.cap)


def _find_in(view: str, anchor: str, cap: bool, indexed: bool) -> list[int]:
    """``anchor``'s (overlapping) occurrences in ``view``: all, or (``cap``) at most
    ``MAX_CANDIDATES``, the first and the last half."""
    found: list[int] = []
    if indexed and view.count(anchor) > _FIND_ARRAY_FROM:
        # many: every (overlapping) occurrence at once, compared as code points
        a = np.frombuffer(view.encode("utf-32-le"), dtype=np.uint32)
        n = len(a) - len(anchor) + 1
        at = a[:n] == ord(anchor[0])
        for j, c in enumerate(anchor[1:], 1):
            at &= a[j:n + j] == ord(c)
        return _ends(np.flatnonzero(at).tolist(), cap)
    i = view.find(anchor)
    while i >= 0 and (len(found) < _HALF or not cap):
        found.append(i)
        i = view.find(anchor, i + 1)
    if i < 0:
        return found
    last: list[int] = []  # more than half: the last half, found backwards
    j = view.rfind(anchor)
    while j >= i and len(last) < _HALF:
        last.append(j)
        j = view.rfind(anchor, 0, j + len(anchor) - 1)
    return found + last[::-1]


def _ends(starts: list[int], cap: bool = True) -> list[int]:
    """``starts`` if at most ``MAX_CANDIDATES`` (or not ``cap``), else its first and last
    ``_HALF``."""
    if len(starts) <= MAX_CANDIDATES or not cap:
        return starts[:]
    return starts[:_HALF] + starts[-_HALF:]
