"""Action cues of :mod:`.tool_orders`: where an order could be (sixteenth session).

An addressed order needs an action: an agent's verb of some language, a link, an e-mail address
or an IBAN (:data:`.tool_orders_words.UNIVERSAL`). A sentence around an AI word that holds none
of them (nor on its line, nor on the next line after a header) cannot be an order, so the
reading does not try its address patterns there. The cue is a superset of every language's
action pattern: the first word of each action (English and languages whose verbs stand alone:
that whole word; Spanish, Italian, Portuguese: the word or the word and a pronoun, "envíale";
Chinese, Japanese, Korean: anywhere), ``@`` (an e-mail address), ``http``, ``www.`` and a
digit (an IBAN has six). The view is scanned lazily in stretches of 4 KB as the reading moves
through it: the set of a stretch's words meets the action words at C speed, and only the words
found are looked up (a regex alternation of ~700 words tried at every offset cost 2-3 times
more). :class:`Ends` holds the view's sentence and line ends the same way, so a sentence's
bounds cost a few bisections, not four regex searches.

Padding of 100 KB made of AI-address words ("Assistant, Note for the AI: …") holds no cue: the
reading skips it and finds the order wherever it sits (the fifteenth session's version gave up
after 4,000 AI words).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from .rules_i18n import _fold
from .rules_indirect_i18n import _trie
from .tool_orders_words import Lang

__all__ = ["CueWords", "Cues", "Ends"]

_OVERLAP = 64  # a cue word straddling the end of the last scanned stretch is found again
_CHUNK = 4096  # scanned ahead at a time
_WORDISH = re.compile(r"\w")


_WORD = re.compile(r"\w+")
_MARK = re.compile(r"[\d@]|https?:|www\.")  # an IBAN's digits, an e-mail address, a link
# a pronoun after a Romance imperative (as :data:`.tool_orders_words._CLITIC`; "glie" takes up
# to four letters more: "inviaglielo")
_CLITICS = frozenset({"me", "te", "se", "le", "lo", "la", "les", "los", "las", "nos", "vos",
                      "gli", "mi", "ti", "ci", "vi", "ne", "lhe", "lhes", "lui", "leur", "moi"})


class CueWords:
    """The action words of some languages as the view's words (``\\w+`` runs): the first
    word of each action (a language whose verbs may take a pronoun: the whole action word,
    then a pronoun, for a one-word action), and the words of languages written without
    spaces, found anywhere."""

    __slots__ = ("clitic", "exact", "free")

    def __init__(self, langs: Iterable[Lang]) -> None:
        exact: set[str] = set()
        clitic: set[str] = set()
        free: set[str] = set()
        for lang in langs:
            for verb in lang.verbs:
                words = _WORD.findall(_fold(verb))
                if not lang.spaced:
                    free.add(_fold(verb))
                elif lang.clitics and len(words) == 1:
                    clitic.add(words[0])
                    exact.add(words[0])
                elif words:
                    exact.add(words[0])
        self.exact, self.clitic = frozenset(exact), frozenset(clitic)
        self.free = re.compile(_trie(sorted(free))) if free else None

    def cue(self, word: str) -> bool:
        """``word`` (a whole ``\\w+`` run) starts an action of a spaced language."""
        if word in self.exact:
            return True
        for k in (2, 3, 4):
            if word[-k:] in _CLITICS and word[:-k] in self.clitic:
                return True
        i = word.rfind("glie")
        return i > 0 and len(word) - i <= 8 and word[:i] in self.clitic


class _Lazy:
    """The matches of some patterns in one view, found on demand in chunks (one stretch
    ``[_from, _to)`` grown forward as the reading moves; a call before it or far past it
    scans what is missing). Kept: each match's start, end, and the end a search must allow
    for it to be found (``need``: a period's lookahead reads the next character)."""

    __slots__ = ("_from", "_to", "ends", "flags", "needs", "starts", "view")

    def __init__(self, view: str) -> None:
        self.view = view
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.needs: list[int] = []
        self.flags: list[bool] = []  # (a line end, for :class:`Ends`)
        self._from = self._to = 0  # scanned: view[_from:_to]

    def _find(self, lo: int, hi: int) -> list[tuple[int, int, int, bool]]:
        raise NotImplementedError

    def _scan(self, lo: int, hi: int) -> None:
        found = self._find(lo, hi)
        last = self.starts[-1] if self.starts else -1
        if all(_has(self.starts, m[0]) for m in found if m[0] <= last):  # forward: new ones
            new = [m for m in found if m[0] > last]
        else:  # (a stretch before the scanned one: merge)
            old = zip(self.starts, self.ends, self.needs, self.flags, strict=True)
            new = sorted({m[0]: m for m in (*old, *found)}.values())
            self.starts, self.ends, self.needs, self.flags = [], [], [], []
        self.starts.extend(m[0] for m in new)
        self.ends.extend(m[1] for m in new)
        self.needs.extend(m[2] for m in new)
        self.flags.extend(m[3] for m in new)

    def cover(self, lo: int, hi: int) -> None:
        """Make sure every match starting in ``view[lo:hi]`` is known."""
        n = len(self.view)
        if lo < self._from or lo > self._to:  # before the stretch or past it
            if lo < self._from <= hi + _OVERLAP:  # (joins the stretch: keep it)
                self._scan(lo, min(n, self._from + _OVERLAP))
                self._from = lo
            else:
                self._from = self._to = lo
        if hi > self._to:
            end = min(n, max(hi + _OVERLAP, self._to + _CHUNK))
            self._scan(max(self._from, self._to - _OVERLAP), end)
            self._to = end


class Cues(_Lazy):
    """The action cue positions of one view: per stretch, the set of its words meets the
    action words (C speed: padding made of AI words holds none), and only the words found are
    looked up; plus digits, ``@``, ``http`` and ``www.``, and (a view with letters outside
    ASCII) the words of languages written without spaces."""

    __slots__ = ("_free", "_words")

    def __init__(self, view: str, words: CueWords) -> None:
        super().__init__(view)
        self._words = words
        self._free = None if view.isascii() else words.free

    def _find(self, lo: int, hi: int) -> list[tuple[int, int, int, bool]]:
        view = self.view
        found = {m.start() for m in _MARK.finditer(view, lo, hi)}
        if self._free is not None:
            found.update(m.start() for m in self._free.finditer(view, lo, hi))
        for word in set(_WORD.findall(view, lo, hi)):
            if not self._words.cue(word):
                continue
            at = view.find(word, lo, hi)
            while at != -1:  # (a whole word: no word character before or after)
                end = at + len(word)
                if not (at and _WORDISH.match(view, at - 1)) and not _WORDISH.match(view, end):
                    found.add(at)
                at = view.find(word, at + 1, hi)
        return [(at, at, at, False) for at in sorted(found)]

    def any_in(self, lo: int, hi: int) -> bool:
        """A cue starts in ``view[lo:hi]``."""
        self.cover(lo, hi)
        i = bisect.bisect_left(self.starts, lo)
        return i < len(self.starts) and self.starts[i] < hi


    def next_from(self, lo: int) -> int | None:
        """The first cue starting at or after ``lo``, or None."""
        n = len(self.view)
        while True:
            hi = min(n, lo + _CHUNK)
            self.cover(lo, hi)
            i = bisect.bisect_left(self.starts, lo)
            if i < len(self.starts):
                return self.starts[i]
            if hi >= n:
                return None
            lo = hi


class Ends(_Lazy):
    """Where sentences and lines end in one view (``pattern``'s matches; a match of one
    character that is no line end is a period whose lookahead reads one more)."""

    __slots__ = ("_pattern",)

    def __init__(self, view: str, pattern: re.Pattern[str]) -> None:
        super().__init__(view)
        self._pattern = pattern

    def _find(self, lo: int, hi: int) -> list[tuple[int, int, int, bool]]:
        out = []
        for m in self._pattern.finditer(self.view, lo, hi):
            line = m.group() in ("\n", "\\n")
            out.append((m.start(), m.end(), m.end() + (m.group() in (".", "!", "?")), line))
        return out

    def first(self, lo: int, hi: int, line: bool = False) -> int | None:
        """The end of the first match (of a line end, with ``line``) found by a search of
        ``view[lo:hi]``, or None."""
        self.cover(lo, hi)
        i = bisect.bisect_left(self.starts, lo)
        while i < len(self.starts) and self.starts[i] < hi:
            if self.needs[i] <= hi and (self.flags[i] or not line):
                return self.ends[i]
            i += 1
        return None

    def first_is_line(self, lo: int, hi: int) -> tuple[int | None, bool]:
        """:meth:`first` and whether that match ends a line."""
        self.cover(lo, hi)
        i = bisect.bisect_left(self.starts, lo)
        while i < len(self.starts) and self.starts[i] < hi:
            if self.needs[i] <= hi:
                return self.ends[i], self.flags[i]
            i += 1
        return None, False

    def last_end(self, lo: int, hi: int) -> int | None:
        """The end of the last match found by a search of ``view[lo:hi]``, or None."""
        self.cover(lo, hi)
        i = bisect.bisect_left(self.starts, hi) - 1
        while i >= 0 and self.starts[i] >= lo:
            if self.needs[i] <= hi:
                return self.ends[i]
            i -= 1
        return None


def _has(sorted_list: list[int], at: int) -> bool:
    i = bisect.bisect_left(sorted_list, at)
    return i < len(sorted_list) and sorted_list[i] == at
