"""Which of a fixed set of strings occur in a short text, found in a few numpy passes
(nineteenth session, issue 3: the guard's per-call cost on ordinary prompts).

A short view (under ``rules_anchors._INDEX_FROM`` characters) was searched once per anchor
asked and once per required word (``str.find``, ``in``): ~700 anchors and ~40 words per view of
1,000 characters, ~2 ms of Python calls per scan, almost all for strings that are not there.
:class:`Needles` answers for every string of the set at once instead: the text's character
bigrams, trigrams and 4-grams are hashed into a bitmap with numpy; a string of four characters
is a *candidate* only if the buckets of up to ``PROBES`` of its 4-grams (its first, its last and
some between; a string of three: its trigram) are all marked, one of two characters only if its
bigram's is, and only the candidates are searched (``in``). A string that occurs has each of
its grams in the text, so their buckets are marked (a bucket is a function of the characters):
none is missed, and the search makes the answer exact: ``present(t) == frozenset(w for w in
words if w in t)``. An ASCII text is asked only about the ASCII strings.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from .rules_wrap import BREAKS

if TYPE_CHECKING:
    from .rules_types import Rule

__all__ = ["BITS", "PROBES", "AnchorRules", "Needles"]

# The bitmap's size (2**BITS buckets: 64 KB, in the cache) and the grams probed per string.
BITS = 16
PROBES = 4
_M = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing: the product's top bits are the bucket
_K = np.uint64(0xC2B2AE3D27D4EB4F)  # folds a fourth code point into a trigram's number
_SHIFT = np.uint64(64 - BITS)
_S21, _S42 = np.uint64(21), np.uint64(42)  # a code point has at most 21 bits


def _codes(text: str) -> npt.NDArray[np.uint64]:
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)


def _buckets(grams: npt.NDArray[np.uint64]) -> npt.NDArray[np.intp]:
    with np.errstate(over="ignore"):
        return ((grams * _M) >> _SHIFT).astype(np.intp)


def _trigrams(a: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """Every three consecutive code points as one number (exact: 3 x 21 bits)."""
    return (a[:-2] << _S42) | (a[1:-1] << _S21) | a[2:]


def _fourgrams(tri: npt.NDArray[np.uint64], a: npt.NDArray[np.uint64]
               ) -> npt.NDArray[np.uint64]:
    """Every four consecutive code points as one number (a function of them: not exact, and
    need not be: two that share a bucket only make a candidate more)."""
    with np.errstate(over="ignore"):
        return tri[:-1] * _K + a[3:]


def _bigrams(a: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    return (a[:-1] << _S21) | a[1:]


@functools.cache  # (a few lengths)
def _probed(n: int) -> tuple[int, ...]:
    """Offsets of the grams probed in a string with ``n`` grams: first, last, between."""
    if n <= PROBES:
        return tuple(range(n))
    return tuple(sorted({round(i * (n - 1) / (PROBES - 1)) for i in range(PROBES)}))


class _Tables:
    """One set's strings by length: searched (``""`` and one character), bigrams, and longer
    (three characters: the trigram; four or more: up to ``PROBES`` of its 4-grams)."""

    __slots__ = ("long", "pair_buckets", "pairs", "probes", "singles")

    def __init__(self, words: Iterable[str]) -> None:
        singles: list[str] = []
        long: list[str] = []
        pairs: list[str] = []
        for w in sorted(words):
            (singles if len(w) < 2 else pairs if len(w) == 2 else long).append(w)
        self.singles, self.long, self.pairs = tuple(singles), tuple(long), tuple(pairs)
        # every long string's grams in one pass over them all, joined (as a text's are made:
        # a gram's bucket depends on its characters only); then each one's probed grams
        a = _codes("".join(long))
        tri = _trigrams(a)
        threes, fours = _buckets(tri).tolist(), _buckets(_fourgrams(tri, a)).tolist()
        rows: list[list[int]] = []
        at = 0
        for w in long:
            probe = [threes[at]] if len(w) == 3 else [fours[at + i] for i in _probed(len(w) - 3)]
            rows.append(probe + [probe[0]] * (PROBES - len(probe)))
            at += len(w)
        table = np.array(rows, dtype=np.intp).reshape(len(rows), PROBES)
        # one contiguous column per probe: a column is gathered only for the strings left
        self.probes = tuple(np.ascontiguousarray(table[:, j]) for j in range(PROBES))
        self.pair_buckets = _buckets(np.array(
            [(ord(w[0]) << 21) | ord(w[1]) for w in pairs], dtype=np.uint64))

    def ascii_only(self) -> _Tables:
        """The same tables for the ASCII strings only (rows picked, not hashed again)."""
        out = _Tables([])
        out.singles = tuple(w for w in self.singles if w.isascii())
        keep = np.array([w.isascii() for w in self.pairs], dtype=np.bool_)
        out.pairs = tuple(w for w in self.pairs if w.isascii())
        out.pair_buckets = self.pair_buckets[keep] if keep.size else self.pair_buckets
        keep = np.array([w.isascii() for w in self.long], dtype=np.bool_)
        out.long = tuple(w for w in self.long if w.isascii())
        if keep.size:
            out.probes = tuple(np.ascontiguousarray(c[keep]) for c in self.probes)
        return out

    def present(self, text: str) -> list[str]:
        out = [w for w in self.singles if w in text]
        n = len(text)
        if n < 2 or not (self.pairs or self.long):
            return out
        a = _codes(text)
        marked = np.zeros(1 << BITS, dtype=np.bool_)
        if len(self.pairs) <= _SEARCHED_PAIRS:
            out += [w for w in self.pairs if w in text]
        else:
            marked[_buckets(_bigrams(a))] = True
            out += [w for w, hit in zip(self.pairs, marked.take(self.pair_buckets).tolist(),
                                        strict=True) if hit and w in text]
            marked[:] = False
        if n >= 3 and self.long:
            tri = _trigrams(a)
            marked[_buckets(tri)] = True
            if n >= 4:
                marked[_buckets(_fourgrams(tri, a))] = True
            left = np.flatnonzero(marked.take(self.probes[0]))
            for column in self.probes[1:]:
                if not left.size:
                    break
                left = left[marked.take(column.take(left))]
            long = self.long
            out += [w for w in (long[i] for i in left.tolist()) if w in text]
        return out


# Up to this many two-character strings are searched one by one (cheaper than their bitmap).
_SEARCHED_PAIRS = 32
_KNOWN_MAX = 4096  # anchor tuples remembered (the rules have ~480)


class Needles:
    """A fixed set of strings (hashed on first use; read by any number of threads). An ASCII
    text is only asked about the ASCII strings (no other can occur in it)."""

    __slots__ = ("_known", "_tables", "unwrapped", "words")

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        # the strings a view's collapsed copy (:mod:`.rules_wrap`) cannot show: a line break
        # or two spaces in a row (none of the rules'); looked for in the view itself
        self.unwrapped = frozenset(w for w in self.words
                                   if "  " in w or not BREAKS.isdisjoint(w))
        self._tables: tuple[_Tables, _Tables] | None = None  # every string, the ASCII ones
        # a rule's anchors (by the tuple's id, the tuple kept: its id is not reused) as a set,
        # and whether each is one of ``words`` and given once
        self._known: dict[int, tuple[tuple[str, ...], frozenset[str], bool]] = {}

    def known(self, strings: tuple[str, ...]) -> tuple[frozenset[str], bool]:
        """``strings`` as a set, and whether every one is of the set and given once (then
        the ones a text has are ``present(text) & that set``, each once)."""
        entry = self._known.get(id(strings))
        if entry is None or entry[0] is not strings:
            as_set = frozenset(strings)
            entry = (strings, as_set, len(as_set) == len(strings) and as_set <= self.words)
            if len(self._known) >= _KNOWN_MAX:  # (callers' rules: a bounded memo)
                self._known.clear()
            self._known[id(strings)] = entry
        return entry[1], entry[2]

    def tables(self) -> tuple[_Tables, _Tables]:
        done = self._tables
        if done is None:  # (threads that race build the same)
            every = _Tables(self.words)
            done = self._tables = (every, every.ascii_only())
        return done

    def present(self, text: str) -> frozenset[str]:
        """The strings of the set that occur in ``text`` (anywhere: inside a word too)."""
        every, ascii_ = self.tables()
        return frozenset((ascii_ if text.isascii() else every).present(text))


class AnchorRules:
    """A fixed tuple of rules by anchor: the ones a short view's found strings name."""

    __slots__ = ("_anchors_of", "_bits", "rules")

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules = rules
        # keyed by the object (the tuple keeps its rules alive; read only)
        self._anchors_of = {id(r): frozenset(r.anchors) for r in rules}
        self._bits: dict[str, int] = {}  # anchor -> the rules that have it (bit i: rules[i])
        for i, rule in enumerate(rules):
            for a in rule.anchors:
                self._bits[a] = self._bits.get(a, 0) | 1 << i

    def named(self, rules: Iterable[Rule], occurs: frozenset[str]) -> Sequence[Rule]:
        """``rules`` without the ones (of this tuple) none of whose anchors is in ``occurs``
        (a short view's anchors and words: ``AnchorIndex.occurring``), in their order: such a
        rule would build a cursor with no position to try. A rule not of this tuple is kept
        (its anchors are searched)."""
        if rules is self.rules:  # the whole tuple: the rules the view's anchors name, at once
            mask, bits = 0, self._bits
            for a in occurs:
                mask |= bits.get(a, 0)
            out = []
            while mask:
                low = mask & -mask
                out.append(self.rules[low.bit_length() - 1])
                mask ^= low
            return out
        known = self._anchors_of
        return [r for r in rules
                if (anchors := known.get(id(r))) is None or not anchors.isdisjoint(occurs)]
