"""Which of many words occur in a long text, found in a few passes over it (eighteenth session).

The rules' word prefilters ask, rule by rule, whether a word occurs in the view (inside a word
too); a long view's distinct words are searched (``AnchorIndex.contains``), one ``str`` search
per word asked. When the distinct words are nearly as long as the view (base64 of base64: every
"word" is new), each search reads ~75 KB and a scan asks ~2,000 of them (~80 ms, the whole
scan's budget three times over). :class:`WordHashes` finds every candidate in one pass per
prefix length instead: each word's first ``min(len, PREFIX)`` characters are hashed; the text's
substrings of those lengths are hashed with numpy and marked in a bitmap; a word whose prefix's
bit is unmarked is absent (its prefix occurs nowhere, so neither does it), and the few whose
bit is marked are searched as before. No word present is missed: a word that occurs has its
prefix at the same place, whose hash is marked (the hash is a function of the characters).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import numpy as np
import regex

__all__ = ["PREFIX", "Phrases", "WordHashes", "phrase_pattern"]

# Longest prefix hashed (a word of 6 characters or more is looked for by its first 6).
PREFIX = 6
_FIRST = 3  # the shortest prefix hashed (shorter words are searched: few, and common)
_M = np.uint32(0x9E3779B1)  # the rolling hash's multiplier (odd)
_MIX = np.uint32(0x85EBCA6B)  # mixes the hash before its top bits index the bitmap
_MASK = (1 << 32) - 1


def _hash(word: str) -> int:
    """``word``'s hash as the text's pass computes it (the same arithmetic, modulo 2**32)."""
    h = 0
    for c in word:
        h = (h * int(_M) + ord(c)) & _MASK
    return (h * int(_MIX)) & _MASK


def codes(text: str) -> np.ndarray:
    """``text``'s code points (``uint32``)."""
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


class WordHashes:
    """A fixed set of words, hashed by prefix (built once; read by any number of threads)."""

    __slots__ = ("_by_length", "words")

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        # hashed on first use (~10 ms for 2,000 words: not at import)
        self._by_length: dict[int, tuple[tuple[str, ...], np.ndarray]] | None = None

    def _hashed(self) -> dict[int, tuple[tuple[str, ...], np.ndarray]]:
        done = self._by_length
        if done is None:
            by_length: dict[int, tuple[list[str], list[int]]] = {}
            for w in sorted(self.words):
                if w:
                    ws, hs = by_length.setdefault(min(len(w), PREFIX), ([], []))
                    ws.append(w)
                    hs.append(_hash(w[:PREFIX]))
            done = self._by_length = {k: (tuple(ws), np.array(hs, dtype=np.uint32))
                                      for k, (ws, hs) in sorted(by_length.items())}
        return done  # (threads that race build the same table: either one is kept)

    def candidates(self, text: str) -> frozenset[str]:
        """A superset of the words that occur in ``text`` (every one that does; the words of
        one or two characters are all in it, unhashed)."""
        by_length = self._hashed()
        out = [w for k in range(1, _FIRST) for w in by_length.get(k, ((), None))[0]]
        n = len(text)
        if n < _FIRST:
            return frozenset(out)
        a = codes(text)
        # ~8 bits per substring hashed, at most a 1 MB table (a bigger one misses the cache)
        bits = min(20, max(12, n.bit_length() + 3))
        shift = np.uint32(32 - bits)
        marked = np.zeros(1 << bits, dtype=np.bool_)
        with np.errstate(over="ignore"):
            h = a[:n - _FIRST + 1].copy()
            for j in range(1, _FIRST):
                h = h * _M + a[j:n - _FIRST + 1 + j]
            for k in range(_FIRST, PREFIX + 1):
                if k > _FIRST:
                    if k > n:
                        break
                    h = h[:-1] * _M + a[k - 1:]  # the hash of every k-character substring
                group = by_length.get(k)
                if group is None:
                    continue
                words, hashes = group
                at = ((h * _MIX) >> shift).astype(np.intp)
                marked[at] = True
                hit = marked[(hashes >> shift).astype(np.intp)]
                marked[at] = False
                out += [w for w, b in zip(words, hit.tolist(), strict=True) if b]
        return frozenset(out)


# A required word with a space is a *phrase* (nineteenth session): its words with any run of
# non-word characters between them, as the patterns read them ("has to" is ``has\W+to``), so
# "has\nto" and "is **to**" have it; a plain ``in`` test missed them and skipped the rule.
@functools.lru_cache(maxsize=256)
def phrase_pattern(word: str) -> regex.Pattern[str]:
    """How ``word`` (one with a space) is looked for in a view."""
    return regex.compile(r"\W+".join(map(regex.escape, word.split())))


class Phrases:
    """The phrases among a fixed set of words (built once; read by any number of threads)."""

    __slots__ = ("_parts",)

    def __init__(self, words: Iterable[str]) -> None:
        self._parts = tuple((w, w.split(), phrase_pattern(w))
                            for w in sorted({w for w in words if " " in w}))

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(w for w, _, _ in self._parts)

    def found(self, view: str) -> list[str]:
        """The phrases that occur in ``view`` (each word of one in it first: ``str`` tests)."""
        return [w for w, parts, pattern in self._parts
                if all(p in view for p in parts) and pattern.search(view) is not None]
