"""The normalised view of a text that injection rules and the classifier read.

The view is for matching only, never shown or passed on: it is case-folded, NFKC-normalised,
stripped of accents, zero-width and bidi controls, with Unicode tag characters decoded to the
ASCII they smuggle, common Cyrillic/Greek homoglyphs folded to Latin, leetspeak folded inside
words ("1gn0r3" → "ignore") and letter-spaced words joined ("i g n o r e" → "ignore").
Every step is a C-level ``str``/``regex`` operation, so a 100 KB input costs a few milliseconds.
"""

from __future__ import annotations

import unicodedata

import regex

# Latin look-alikes from Cyrillic, Greek and a few symbols (lower case: the view is case-folded
# before this table is applied).
_HOMOGLYPHS = {
    "а": "a", "в": "b", "с": "c", "ԁ": "d", "е": "e", "һ": "h", "і": "i", "ј": "j",
    "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "ԛ": "q", "ѕ": "s", "т": "t",
    "у": "y", "х": "x", "ԝ": "w", "ё": "e", "ї": "i", "ү": "y", "ɡ": "g", "ı": "i",
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ϲ": "c", "ѡ": "w", "ɑ": "a",
    "ℓ": "l", "∕": "/", "⁄": "/", "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-",
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"',
}

# Zero-width, bidi and other invisible format characters are deleted.
_INVISIBLE = [0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x3164, 0xFEFF,
              0xFFA0, *range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2060, 0x2070)]

_TABLE: dict[int, str | None] = {ord(k): v for k, v in _HOMOGLYPHS.items()}
_TABLE.update({cp: None for cp in _INVISIBLE})
# Unicode "tag" characters (U+E0020..U+E007E) carry invisible ASCII ("ASCII smuggling").
_TABLE.update({cp: chr(cp - 0xE0000) for cp in range(0xE0020, 0xE007F)})
_TABLE.update({cp: None for cp in (0xE0001, 0xE007F)})
# Tabs and exotic spaces become plain spaces (so "i\tg\tn..." joins like "i g n ...").
_TABLE.update({cp: " " for cp in (0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x202F, 0x205F, 0x3000,
                                  *range(0x2000, 0x200B))})

# Leetspeak: a digit or symbol touching a letter is read as the letter it imitates
# ("1gn0r3" -> "ignore", "$ystem" -> "system"); free-standing numbers ("2024") are left alone,
# and "@" is not folded (e-mail addresses matter to the exfiltration rules).
# One plain substitution per character (no Python callbacks), run twice so runs of leet
# characters ("v10us") resolve from their lettered side.
_LEET = {"1": "i", "0": "o", "3": "e", "4": "a", "5": "s", "7": "t", "$": "s"}
_LEET_SUBS = [(k, regex.compile(rf"(?<=[a-z]){regex.escape(k)}|{regex.escape(k)}(?=[a-z])"), v)
              for k, v in _LEET.items()]
# A separator between two single-letter words is dropped, so "i g n o r e", "i.g.n.o.r.e"
# and "i-g-n-o-r-e" become "ignore" (two spaces between words keep them apart).
_SPACED = regex.compile(r"(?<=\b\w)[ .\-_*|/+~](?=\w\b)")
_MARKS = regex.compile(r"\p{Mn}+")


def _unleet(view: str) -> str:
    for _ in range(2):
        for char, pattern, letter in _LEET_SUBS:
            if char in view:
                view = pattern.sub(letter, view)
    return view


def normalised_view(text: str) -> str:
    """Return the matching view of ``text`` (see the module docstring)."""
    view = unicodedata.normalize("NFKC", text).casefold().translate(_TABLE)
    if not view.isascii():
        view = _MARKS.sub("", unicodedata.normalize("NFD", view))
    view = " ".join(filter(None, _SPACED.sub("", view).split(" ")))  # collapse space runs
    return _unleet(view)
