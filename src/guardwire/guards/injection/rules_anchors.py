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

__all__ = ["MAX_CANDIDATES", "AnchorIndex", "wordlike"]

# Candidate positions kept per anchor; a rule with an anchor this frequent gives up (recorded
# as timed out), so a text stuffed with one trigger word costs a bounded time.
MAX_CANDIDATES = 4000
# A word is a run of letters and digits (``str.isalnum``; ``_`` separates words, as in the
# scanner's word-boundary check).
_SPLIT = re.compile(r"([^\W_]+)")
_FIRST_TOKEN = re.compile(r"[^\W_]+")
# Below this length a view is searched with ``str.find`` per anchor (cheaper than an index).
_INDEX_FROM = 2_000


def wordlike(anchor: str) -> bool:
    """Whether ``anchor`` must start a word (CJK, kana and Hangul have no spaces: they need not)."""
    return anchor[0].isalnum() and anchor[0] < "\u2e80"


class AnchorIndex:
    """Positions of anchors in one view (at most ``MAX_CANDIDATES`` each, ascending)."""

    __slots__ = ("_alphabet", "_found", "_keys", "_keys_text", "_words", "view")

    def __init__(self, view: str) -> None:
        self.view = view
        self._found: dict[str, list[int]] = {}
        self._words: dict[str, list[int]] | None = None
        self._keys: list[str] = []
        self._keys_text: str | None = None
        self._alphabet = frozenset(view) if len(view) >= _INDEX_FROM else None

    def has_chars(self, word: str) -> bool:
        """False when ``word`` has a character the (long) view lacks: it cannot occur."""
        return self._alphabet is None or self._alphabet.issuperset(word)

    def contains(self, word: str) -> bool:
        """Whether ``word`` occurs anywhere in the view (inside a word too: German compounds).
        In a long view, a word of letters and digits only can only occur inside one of the
        view's distinct words, which are searched instead (a few times shorter than the view)."""
        if not self.has_chars(word):
            return False
        if self._alphabet is None or not _FIRST_TOKEN.fullmatch(word):
            return word in self.view
        if self._keys_text is None:
            self._index()
            self._keys_text = "\n".join(self._keys)
        return word in self._keys_text

    def positions(self, anchor: str) -> list[int]:
        found = self._found.get(anchor)
        if found is None:
            if not self.has_chars(anchor):
                found = []
            elif self._alphabet is not None and wordlike(anchor):
                found = self._word_starts(anchor)
            else:
                found = self._find(anchor)
            self._found[anchor] = found
        return found

    def _find(self, anchor: str) -> list[int]:
        view, found = self.view, list[int]()
        i = view.find(anchor)
        while i >= 0 and len(found) < MAX_CANDIDATES:
            found.append(i)
            i = view.find(anchor, i + 1)
        return found

    def _index(self) -> dict[str, list[int]]:
        if self._words is None:
            parts = _SPLIT.split(self.view)  # separator, word, separator, word, ...
            starts = itertools.accumulate(map(len, parts), initial=0)
            words: dict[str, list[int]] = {}
            for word, start in zip(parts[1::2], itertools.islice(starts, 1, None, 2),
                                   strict=False):
                at = words.get(word)
                if at is None:
                    words[word] = [start]
                else:
                    at.append(start)
            self._words, self._keys = words, sorted(words)
        return self._words

    def _word_starts(self, anchor: str) -> list[int]:
        """Starts of words at which ``anchor`` occurs: a one-token anchor ("summari") starts
        the word; a longer one ("do not", "don't") needs its first token as a whole word."""
        words = self._index()
        token = _FIRST_TOKEN.match(anchor)
        first = token.group() if token is not None else anchor
        if first != anchor:
            view = self.view
            return [p for p in words.get(first, ())
                    if view.startswith(anchor, p)][:MAX_CANDIDATES]
        keys = self._keys
        i = bisect.bisect_left(keys, anchor)
        lists = []
        while i < len(keys) and keys[i].startswith(anchor):
            lists.append(words[keys[i]])
            i += 1
        if len(lists) == 1:
            return lists[0][:MAX_CANDIDATES]
        return sorted(itertools.chain.from_iterable(lists))[:MAX_CANDIDATES]
