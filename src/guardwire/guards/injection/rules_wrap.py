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
import functools
import re
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

__all__ = ["BREAKS", "COLLAPSE_PER_UNIT", "Collapsed", "collapse", "has_runs", "may_break",
           "wraps"]

# What collapsing a long view and mapping it cost, in characters per match attempt's time
# (``rules_anchors``' units: ~0.8 ms for 100 KB of 72-character lines, ~140 attempts).
COLLAPSE_PER_UNIT = 700

# Whitespace characters other than " " (``str.isspace``): a view without them (and without
# two spaces in a row, which the view has none of) has nothing to collapse.
BREAKS = frozenset("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000"
                   + "".join(map(chr, range(0x2000, 0x200B))))


@functools.lru_cache(maxsize=16_384)
def wraps(anchor: str) -> bool:
    """Whether ``anchor``'s spaces read any whitespace run: it has a space, and no other
    whitespace nor two spaces in a row (such a string is looked for as it is: no collapsed
    copy has it)."""
    return " " in anchor and "  " not in anchor and BREAKS.isdisjoint(anchor)


def may_break(alphabet: frozenset[str] | set[str]) -> bool:
    """Whether a view with these characters may have a run to collapse (a line break, ...)."""
    return not BREAKS.isdisjoint(alphabet)


_FEW = 48  # positions mapped one by one (more: with numpy)
_NONE = np.zeros(1, dtype=np.int64)
_NONE.flags.writeable = False


class Collapsed:
    """A view with every whitespace run as one space (``text``), and the map between the two
    (made on first use: a short view's anchors seldom need it, see :meth:`same`).

    The map: ``_ends``, where each run of two or more characters ends in the view; ``_cends``,
    the same in ``text``; ``_gone``, characters removed up to the end of each such run."""

    __slots__ = ("_cends", "_ends", "_gone", "_lists", "_words", "same_places", "text", "view")

    def __init__(self, view: str, text: str) -> None:
        self.view, self.text = view, text
        # as long as the view (every run was one character): the map is the identity
        self.same_places = len(text) == len(view)
        self._ends: npt.NDArray[np.int64] | None = None  # (the map, made on first use)
        self._cends = self._gone = _NONE
        self._lists: tuple[list[int], list[int]] | None = None  # ``_ends``, ``_gone`` as lists
        self._words: dict[str, list[int]] = {}  # (``words_at``)

    def same(self, anchor: str) -> bool:
        """Whether ``anchor`` occurs in ``text`` where it does in the view and nowhere else
        (every occurrence in the view is one in ``text``: as many means the same ones)."""
        return self.text.count(anchor) == self.view.count(anchor)

    def _map(self) -> npt.NDArray[np.int64]:
        ends = self._ends
        if ends is None:
            codes = np.frombuffer(self.view.encode("utf-32-le"), dtype=np.uint32)
            space = _IS_SPACE[np.minimum(codes, _IS_SPACE.size - 1)]
            after = np.zeros(codes.size + 1, dtype=np.bool_)  # whitespace after whitespace
            after[1:-1] = space[:-1] & space[1:]
            firsts = np.flatnonzero(after[1:] > after[:-1]) + 1  # a run's second character
            lasts = np.flatnonzero(after[1:] < after[:-1]) + 1  # the run's end
            gone = np.cumsum(lasts - firsts)
            self._cends, self._gone = lasts - gone, np.concatenate(([0], gone))
            self._ends = ends = lasts
        return ends

    def words_at(self, word: str, starts: Sequence[int]) -> list[int]:
        """``many_to_text(starts)``, ``starts`` being ``word``'s positions in the view (kept:
        the anchors that start with one word are many, "you are", "you will", ...)."""
        done = self._words.get(word)
        if done is None:
            done = self._words[word] = self.many_to_text(starts)
        return done

    def many_to_text(self, starts: Sequence[int]) -> list[int]:
        """Where each of the view's characters ``starts`` (not whitespace) is in ``text``."""
        if self.same_places:
            return list(starts)
        if len(starts) <= _FEW:  # (numpy's calls cost more than a few bisections)
            lists = self._lists
            if lists is None:
                lists = self._lists = (self._map().tolist(), self._gone.tolist())
            ends_, gone = lists
            return [p - gone[bisect.bisect_right(ends_, p)] for p in starts]
        ends, at = self._map(), np.asarray(starts, dtype=np.int64)
        out: list[int] = (at - self._gone[np.searchsorted(ends, at, side="right")]).tolist()
        return out

    def many_to_view(self, starts: Sequence[int]) -> list[int]:
        """Where each of ``text``'s characters ``starts`` (not whitespace) is in the view."""
        if self.same_places:
            return list(starts)
        self._map()
        at = np.asarray(starts, dtype=np.int64)
        out: list[int] = (at + self._gone[np.searchsorted(self._cends, at, side="right")]
                          ).tolist()
        return out


# Whitespace by code point (the last one: not whitespace, for every larger code point).
_IS_SPACE = np.zeros(0x3002, dtype=np.bool_)
_IS_SPACE[[ord(c) for c in (*BREAKS, " ")]] = True
_IS_SPACE.flags.writeable = False
_ASCII_BREAKS = "".join(sorted(c for c in BREAKS if c.isascii()))
_FLAT = bytes(32 if chr(i) in BREAKS else i for i in range(256))  # (ASCII: a break -> " ")
_SPACES = re.compile("  +")
_WIDE_BREAKS = "".join(sorted(c for c in BREAKS if not c.isascii()))


def has_runs(view: str) -> bool:
    """Whether ``view`` has a whitespace run other than one plain space (``str`` searches)."""
    return ("  " in view or any(c in view for c in _ASCII_BREAKS)
            or (not view.isascii() and any(c in view for c in _WIDE_BREAKS)))


def collapse(view: str) -> Collapsed | None:
    """``view``'s collapsed copy, or ``None`` if it has no run to collapse (then every
    anchor's positions are its plain ones). ``str.split`` reads the same whitespace."""
    if view.isascii():  # every break a space, then runs of spaces one (~5 us on 3,000)
        flat = view.encode("ascii").translate(_FLAT).decode("ascii")
        if "  " in flat:
            return Collapsed(view, _SPACES.sub(" ", flat))
        return None if flat == view else Collapsed(view, flat)
    if not has_runs(view):
        return None
    text = " ".join(view.split())
    if view[:1].isspace():  # (a run at either end is one space too)
        text = " " + text
    if view[-1:].isspace() and text != " ":
        text += " "
    return Collapsed(view, text)
