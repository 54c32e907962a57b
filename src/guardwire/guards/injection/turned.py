"""Text turned upside down or mirrored, read back (for :mod:`.encoded`).

Upside-down text ("ʇɥᴉs ᴉs ɐ ʇǝsʇ", often also in reversed order) is read from the view, one
character for one (:class:`Reading`: the scan maps the view's word index instead of building
another). Mirrored text ("ƨnoiƚɔuɿƚƨni ƨuoivɘɿq ɘɿonǫi", letters flipped left to right, usually
in reversed order) is read from the raw text, since the view folds some mirrored letters to
others ("ǫ" to "o"). Both only when the view has three different such letters, and only the
readings that contain a key stem ("ignor", "instruction", "prompt", …).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from .lazy_regex import lazy
from .normalise_view import normalised_view

__all__ = ["STEMS", "Reading", "mirrored", "upside_down"]

STEMS = ("ignor", "disregard", "forget", "instruction", "prompt", "previous", "system")


# Upside-down text ("ʇɥᴉs ᴉs ɐ ʇǝsʇ", often also in reversed order): each turned letter read as
# the letter it is upside down (as the view has them: "ı" is already "i", "Ǝ" is "ǝ"); the
# ASCII letters that are each other's turned form (n/u, p/d, b/q) swap.
_UPSIDE_DOWN = str.maketrans({
    "ɐ": "a", "ɒ": "a", "∀": "a", "q": "b", "ɔ": "c", "p": "d", "ǝ": "e", "ɘ": "e", "ɟ": "f",
    "ⅎ": "f", "ƃ": "g", "ɓ": "g", "⅁": "g", "ɥ": "h", "ᴉ": "i", "ɾ": "j", "ʞ": "k", "ן": "l",
    "˥": "l", "ꞁ": "l", "ɯ": "m", "u": "n", "d": "p", "b": "q", "ɹ": "r", "ᴚ": "r", "ʇ": "t",
    "⊥": "t", "n": "u", "∩": "u", "ʌ": "v", "ʍ": "w", "ʎ": "y", "⅄": "y",
})
_WORD_CHAR = re.compile(r"[^\W_]")
# Turned letters that are symbols ("∀", "⊥"), not letters: reading them as letters joins words,
# so an index of the view's words is no index of the turned view's (see ``Reading``).
_FLIP_SYMBOLS = frozenset(chr(c) for c, to in _UPSIDE_DOWN.items()
                          if not _WORD_CHAR.fullmatch(chr(c)) or not _WORD_CHAR.fullmatch(to))


# Turned letters no ordinary text has three of (IPA uses a few: "ɐ", "ɹ", "ɔ", "ɯ"; three
# different ones are asked for).
_TURNED_LETTERS = "ɐɔǝɟƃɥᴉɾʞɯɹʇʌʍʎ∀⊥∩⅄ⅎ⅁˥ꞁן"
_TURNED = lazy(f"[{_TURNED_LETTERS}]")
_TURNED_SET = frozenset(_TURNED_LETTERS)
# the table as sorted code-point arrays, applied with numpy (str.translate with a dict costs a
# lookup per character of a non-ASCII text)
_FLIP_FROM = np.array(sorted(_UPSIDE_DOWN), dtype=np.uint32)
_FLIP_TO = np.array([ord(str(_UPSIDE_DOWN[int(c)])) for c in _FLIP_FROM], dtype=np.uint32)
_IS_TURNED = np.array([chr(c) in _TURNED_SET for c in _FLIP_FROM], dtype=bool)
_IS_SYMBOL = np.array([chr(c) in _FLIP_SYMBOLS for c in _FLIP_FROM], dtype=bool)


@dataclass(frozen=True, slots=True)
class Reading:
    """How a transformed view is made from the view: each character through ``table`` (a
    ``str.translate`` table, or none) and the result reversed if ``reverse``. One for one and
    word characters to word characters, so the transformed view's words are the view's words
    transformed (``AnchorIndex.read_as`` maps the index instead of building another)."""
    table: dict[int, int] | dict[int, str] | None
    reverse: bool
    keeps_words: bool = True


def upside_down(view: str) -> list[tuple[str, Reading]]:
    """The view read upside down, in its order and reversed, when it has three different turned
    letters; only the readings with a key stem."""
    if _TURNED.search(view) is None:
        return []
    codes = np.frombuffer(view.encode("utf-32-le"), dtype=np.uint32)
    at = np.searchsorted(_FLIP_FROM, codes).clip(max=_FLIP_FROM.size - 1)
    hit = _FLIP_FROM[at] == codes
    # three different turned letters (a numpy test: a set of a long view's characters costs
    # a few milliseconds)
    if np.count_nonzero(np.bincount(at[hit & _IS_TURNED[at]], minlength=1)) < 3:
        return []
    flipped: bytes = np.where(hit, _FLIP_TO[at], codes).astype(np.uint32).tobytes()
    turned = flipped.decode("utf-32-le")
    keeps = not bool(np.any(hit & _IS_SYMBOL[at]))
    return [(t, Reading(_UPSIDE_DOWN, rev, keeps))
            for t, rev in ((turned, False), (turned[::-1], True))
            if any(stem in t for stem in STEMS)]


# Mirrored text: each letter flipped left to right, as "mirror text" generators write it (the
# ASCII letters that are each other's mirror image, b/d and p/q, swap).
_MIRROR = str.maketrans({
    "ɒ": "a", "ɔ": "c", "Ɔ": "c", "ɘ": "e", "Ǝ": "e", "ǝ": "e", "ꟻ": "f", "ǫ": "g", "ϱ": "g",
    "Ꭾ": "g", "ʜ": "h", "ꞁ": "j", "ʞ": "k", "ꓘ": "k", "⅃": "l", "ᴎ": "n", "И": "n", "и": "n",
    "ꟼ": "p", "ɿ": "r", "Я": "r", "я": "r", "ƨ": "s", "Ƨ": "s", "ꙅ": "s", "Ꙅ": "s", "ƚ": "t",
    "γ": "y", "ƹ": "z", "Ƹ": "z", "ᙠ": "b", "ᗡ": "d",
    "b": "d", "d": "b", "p": "q", "q": "p", "B": "D", "D": "B", "P": "Q", "Q": "P",
})
# Mirrored letters no ordinary text has three of (as the view has them; not "И", "Я", which
# Russian has, nor "ɔ", "ʜ", which IPA and small capitals have)
_MIRRORED_LETTERS = "ɒɘɿƨꙅᴎƹꟻꟼƚ"
_MIRRORED = lazy(f"[{_MIRRORED_LETTERS}]")


def mirrored(view: str, text: str) -> list[str]:
    """``text`` read in a mirror, in its order and reversed (normalised views), when ``view``
    (its view) has three different mirrored letters; only the readings with a key stem."""
    if _MIRRORED.search(view) is None or sum(c in view for c in _MIRRORED_LETTERS) < 3:
        return []
    read = normalised_view(text.translate(_MIRROR))
    return [t for t in (read, read[::-1]) if any(stem in t for stem in STEMS)]
