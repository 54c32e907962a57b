"""Multi-word anchors across line breaks (twentieth session, issue 3).

A rule is tried only where one of its anchors occurs (:mod:`.rules_anchors`). An anchor with a
space ("set aside", "previous instructions") was found with ``str.find`` or the needles, so the
same words split by a line break ("Set\\naside your previous instructions", a hard-wrapped
e-mail, PDF text, tool output) were not found and the rule was never tried, although its
pattern reads ``\\s+`` there. The view keeps line breaks; tabs and other spaces are already
plain spaces in it and runs of spaces one space (:mod:`.normalise_view`).

A :class:`Collapsed` copy of a view has every run of whitespace characters (``str.isspace``)
that is not a single plain space as one space, and maps positions between the two. A space of
an anchor reads any run of whitespace: its positions in a view are those of the anchor in the
collapsed copy, mapped back (an anchor starts with a word character, whose position maps one
for one). A view with no such run has no copy (``collapse`` returns ``None``): its positions
are the plain ones, found as before.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

__all__ = ["BREAKS", "Collapsed", "collapse", "may_break"]

# A run that collapsing changes: two or more whitespace characters, or one that is not " ".
_RUN = re.compile(r"\s{2,}|[^\S ]")
# Whitespace characters other than " " (``str.isspace``): a view without them (and without
# two spaces in a row, which the view has none of) has nothing to collapse.
BREAKS = frozenset("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000"
                   + "".join(map(chr, range(0x2000, 0x200B))))


def may_break(alphabet: frozenset[str] | set[str]) -> bool:
    """Whether a view with these characters may have a run to collapse (a line break, ...)."""
    return not BREAKS.isdisjoint(alphabet)


class Collapsed:
    """A view with every whitespace run as one space (``text``), and the map between the two.

    ``_ends``: where each changed run ends, in the view; ``_cends``: the same in ``text``;
    ``_gone``: characters removed up to the end of each run (cumulative)."""

    __slots__ = ("_cends", "_ends", "_gone", "_words", "text")

    def __init__(self, view: str, runs: Sequence[tuple[int, int]]) -> None:
        parts: list[str] = []
        ends: list[int] = []
        cends: list[int] = []
        gone: list[int] = []
        at = removed = 0
        for lo, hi in runs:
            parts += (view[at:lo], " ")
            removed += hi - lo - 1
            ends.append(hi)
            cends.append(hi - removed)
            gone.append(removed)
            at = hi
        parts.append(view[at:])
        self.text = "".join(parts)
        self._ends, self._cends, self._gone = ends, cends, gone
        self._words: dict[str, list[int]] = {}  # (``words_at``)

    def words_at(self, word: str, starts: Sequence[int]) -> list[int]:
        """``many_to_text(starts)``, ``starts`` being ``word``'s positions in the view (kept:
        the anchors that start with one word are many, "you are", "you will", ...)."""
        done = self._words.get(word)
        if done is None:
            done = self._words[word] = self.many_to_text(starts)
        return done

    def to_text(self, at: int) -> int:
        """Where the view's character ``at`` (not whitespace) is in ``text``."""
        k = bisect.bisect_right(self._ends, at)
        return at - self._gone[k - 1] if k else at

    def to_view(self, at: int) -> int:
        """Where ``text``'s character ``at`` (not whitespace) is in the view."""
        k = bisect.bisect_right(self._cends, at)
        return at + self._gone[k - 1] if k else at

    def many_to_text(self, starts: Sequence[int]) -> list[int]:
        """``to_text`` of each of ``starts`` (ascending or not), at once."""
        if len(starts) < 16:
            return [self.to_text(p) for p in starts]
        at = np.asarray(starts, dtype=np.int64)
        out: list[int] = (at - _shift(self._ends, self._gone, at)).tolist()
        return out

    def many_to_view(self, starts: Sequence[int]) -> list[int]:
        """``to_view`` of each of ``starts``, at once."""
        if len(starts) < 16:
            return [self.to_view(p) for p in starts]
        at = np.asarray(starts, dtype=np.int64)
        out: list[int] = (at + _shift(self._cends, self._gone, at)).tolist()
        return out


def _shift(ends: list[int], gone: list[int], at: npt.NDArray[np.int64]
           ) -> npt.NDArray[np.int64]:
    k = np.searchsorted(np.asarray(ends, dtype=np.int64), at, side="right")
    removed = np.concatenate(([0], np.asarray(gone, dtype=np.int64)))
    out: npt.NDArray[np.int64] = removed[k]
    return out


# Whitespace by code point (the last one: not whitespace, for every larger code point).
_IS_SPACE = np.zeros(0x3002, dtype=np.bool_)
_IS_SPACE[[ord(c) for c in (*BREAKS, " ")]] = True
_IS_SPACE.flags.writeable = False
# From this length a view's runs are found with numpy (a regex reads ~40 ns per character).
_ARRAY_FROM = 4_000


def _runs(view: str) -> list[tuple[int, int]]:
    if len(view) < _ARRAY_FROM:
        return [m.span() for m in _RUN.finditer(view)]
    codes = np.frombuffer(view.encode("utf-32-le"), dtype=np.uint32)
    space = _IS_SPACE[np.minimum(codes, _IS_SPACE.size - 1)].astype(np.int8)
    edges = np.flatnonzero(np.diff(space, prepend=np.int8(0), append=np.int8(0)))
    starts, ends = edges[::2], edges[1::2]
    keep = (ends - starts >= 2) | (codes[starts] != 32)
    return list(zip(starts[keep].tolist(), ends[keep].tolist(), strict=True))


def collapse(view: str) -> Collapsed | None:
    """``view``'s collapsed copy, or ``None`` if it has no run to collapse (then every
    anchor's positions are its plain ones)."""
    runs = _runs(view)
    return Collapsed(view, runs) if runs else None
