"""The normalised view of a text that injection rules and the classifier read.

The view is for matching only, never shown or passed on: it is case-folded, NFKC-normalised,
stripped of accents, zero-width and bidi controls, with Unicode tag characters decoded to the
ASCII they smuggle, common Cyrillic/Greek homoglyphs folded to Latin, leetspeak folded inside
words ("1gn0r3" → "ignore") and letter-spaced words joined ("i g n o r e" → "ignore").
Every step is a C-level ``str``/``regex`` operation, so a 100 KB input costs a few milliseconds.

:func:`confusable_view` is a second view for the *rules* only: it also folds the Unicode
confusables (UTS #39 data, :mod:`.confusables_table`) that the small table misses, in texts
that are mostly Latin. The classifier keeps reading :func:`normalised_view` (it was trained on
that view; changing its input needs a retrain).
"""

from __future__ import annotations

import unicodedata

import numpy as np
import numpy.typing as npt
import regex

from .confusables_table import CASED, PAIRS

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

# The lunate sigma looks like "c", but NFKC makes it "σ" (an "o" look-alike): folded first. No
# row of the classifier's training data has one, so its view of them is unchanged.
_LUNATE = {0x3F2: "c", 0x3F9: "c"}

# Zero-width, bidi and other invisible format characters are deleted.
_INVISIBLE = [0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x3164, 0xFEFF,
              0xFFA0, *range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2060, 0x2070)]

# Only the invisible characters, for decoders that read the raw text (:mod:`.encoded`).
INVISIBLE_TABLE: dict[int, str | None] = {cp: None for cp in (*_INVISIBLE, 0xE0001, 0xE007F)}
# The same as a pattern: ``re.sub`` is C code per character, ``str.translate`` with a dict is a
# dict lookup per character of a non-ASCII text (~7 ms on 100 KB).
INVISIBLE_RE = regex.compile("[" + "".join(map(chr, INVISIBLE_TABLE)) + "]")

_TABLE: dict[int, str | None] = {ord(k): v for k, v in _HOMOGLYPHS.items()}
_TABLE.update({cp: None for cp in _INVISIBLE})
# Unicode "tag" characters (U+E0020..U+E007E) carry invisible ASCII ("ASCII smuggling").
# They are decoded after case folding (which leaves them alone), so their letters are folded
# here: "IGNORE" smuggled in tag characters reads "ignore" like any other text.
_TABLE.update({cp: chr(cp - 0xE0000).lower() for cp in range(0xE0020, 0xE007F)})
_TABLE.update({cp: None for cp in (0xE0001, 0xE007F)})
# Tabs and exotic spaces become plain spaces (so "i\tg\tn..." joins like "i g n ...").
_TABLE.update({cp: " " for cp in (0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x202F, 0x205F, 0x3000,
                                  *range(0x2000, 0x200B))})

# ``_TABLE`` as a lookup array over the Basic Multilingual Plane (``_GONE``: deleted), to apply
# it to a non-ASCII text with numpy (``str.translate`` with a dict costs a dict lookup per
# character of a non-ASCII text: ~5 ms on 100 KB); above it, only the tag characters map.
_GONE = np.uint32(0xFFFFFFFF)
_BMP = np.arange(0x10000, dtype=np.uint32)
for _cp, _to in _TABLE.items():
    if _cp < 0x10000:
        _BMP[_cp] = _GONE if _to is None else ord(_to)
_BMP.flags.writeable = False


def _translate(view: str) -> str:
    """``view.translate(_TABLE)``, vectorised."""
    codes = np.frombuffer(view.encode("utf-32-le"), dtype=np.uint32)
    out = _BMP[np.minimum(codes, 0xFFFF)]
    high = codes > 0xFFFF
    if high.any():
        tags = (codes >= 0xE0020) & (codes < 0xE007F)
        ascii_ = codes - 0xE0000
        ascii_ = np.where((ascii_ >= 65) & (ascii_ <= 90), ascii_ + 32, ascii_)  # folded
        out = np.where(high, np.where(tags, ascii_, codes), out)
        out[(codes == 0xE0001) | (codes == 0xE007F)] = _GONE
    kept: bytes = out[out != _GONE].tobytes()
    return kept.decode("utf-32-le")


# Letter-spacing and leetspeak are folded on the code-point array with numpy (vectorised: the
# cost does not depend on how many places match, so stuffing a text with "a b a b" or "1a3b"
# does not slow it down).
# - A separator (space . - _ * | / + ~) between two single-character words is dropped, so
#   "i g n o r e", "i.g.n.o.r.e" and "i-g-n-o-r-e" become "ignore"; two spaces between words
#   keep them apart. Then runs of spaces collapse to one.
# - Leetspeak: a digit or "$" touching a letter is read as the letter it imitates ("1gn0r3" ->
#   "ignore", "$ystem" -> "system"), in two rounds so runs ("v10us") resolve from their lettered
#   side; free-standing numbers ("2024") stay, "@" stays (e-mail addresses matter to the
#   exfiltration rules).
_SEPARATORS = np.array([ord(c) for c in " .-_*|/+~"], dtype=np.uint32)
_LEET = {"1": "i", "0": "o", "3": "e", "4": "a", "5": "s", "7": "t", "$": "s"}
_LEET_LUT = np.zeros(128, dtype=np.uint32)
for _k, _v in _LEET.items():
    _LEET_LUT[ord(_k)] = ord(_v)
_SPACE = np.uint32(32)
_MARKS = regex.compile(r"\p{Mn}+")


def _is_word(codes: npt.NDArray[np.uint32]) -> npt.NDArray[np.bool_]:
    """ASCII letters, digits and underscore, and every non-ASCII character (scripts)."""
    word: npt.NDArray[np.bool_] = (((codes >= 97) & (codes <= 122))
                                   | ((codes >= 48) & (codes <= 57))
                                   | (codes == 95) | (codes > 127))
    return word


def _fold_spacing_and_leet(codes: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint32]:
    """The fold, step by step on code points: the definition that ``_fold_short`` and
    ``_fold_tables`` (what the view runs) are tested against."""
    n = codes.size
    word = np.zeros(n + 4, dtype=bool)
    word[2:n + 2] = _is_word(codes)
    single = word[2:n + 2] & ~word[1:n + 1] & ~word[3:n + 3]  # a one-character word
    single_p = np.zeros(n + 2, dtype=bool)
    single_p[1:n + 1] = single
    drop = np.isin(codes, _SEPARATORS) & single_p[:n] & single_p[2:n + 2]
    codes = codes[~drop]
    spaces = codes == _SPACE
    codes = codes[~(spaces & np.concatenate(([False], spaces[:-1])))]
    for _ in range(2):
        ascii_ = np.where(codes < 128, codes, 0)
        leet = _LEET_LUT[ascii_]
        cand = leet > 0
        if not cand.any():
            break
        letter = (codes >= 97) & (codes <= 122)
        touch = np.concatenate(([False], letter[:-1])) | np.concatenate((letter[1:], [False]))
        hit = cand & touch
        codes = np.where(hit, leet, codes)
    return codes


# Short views (a rule's literal words: ~26,000 of them are folded at import) are folded in
# plain Python: numpy's fixed cost per call (~50 us) is more than the work.
_SHORT = 64
_SEP_CHARS = frozenset(map(chr, _SEPARATORS.tolist()))


def _fold_short(view: str) -> str:
    """``_fold_spacing_and_leet`` on a short view, the same steps character by character."""
    n = len(view)
    word = [("a" <= c <= "z") or ("0" <= c <= "9") or c == "_" or c > "\x7f" for c in view]
    single = [word[i] and not (i and word[i - 1]) and not (i + 1 < n and word[i + 1])
              for i in range(n)]
    kept = [c for i, c in enumerate(view)
            if not (c in _SEP_CHARS and 0 < i < n - 1 and single[i - 1] and single[i + 1])]
    chars = [c for i, c in enumerate(kept) if not (c == " " and i and kept[i - 1] == " ")]
    for _ in range(2):
        if not any(c in _LEET for c in chars):
            break
        letter = ["a" <= c <= "z" for c in chars]
        last = len(chars) - 1
        chars = [_LEET[c] if c in _LEET and ((i and letter[i - 1]) or (i < last and letter[i + 1]))
                 else c for i, c in enumerate(chars)]
    return "".join(chars)


# The same fold on a longer view with byte tables (``bytes.translate`` is C code; numpy's
# fixed cost per call on code points was most of a 1,000-character view's time): one flag byte
# per character (0 or 1, read as bools), padded so that neighbours are plain slices.
def _bytes_table(chars: str) -> bytes:
    return bytes(int(chr(i) in chars) for i in range(256))


_WORD_T = _bytes_table("abcdefghijklmnopqrstuvwxyz0123456789_")
_SEP_T = _bytes_table(" .-*|/+~")  # "_" is a word character too: never dropped
_SPACE_T = _bytes_table(" ")
_LETTER_T = _bytes_table("abcdefghijklmnopqrstuvwxyz")
_CAND_T = _bytes_table("".join(_LEET))
_LEET_T = bytes(ord(_LEET.get(chr(i), chr(i))) if i < 128 else i for i in range(256))


def _flags(raw: bytes, table: bytes, pad: int = 0) -> npt.NDArray[np.bool_]:
    zeros = b"\0" * pad
    return np.frombuffer(zeros + raw.translate(table) + zeros, dtype=np.bool_)


def _fold_tables(view: str) -> str:
    """``_fold_spacing_and_leet`` of ``view``'s code points, as a string: the same steps (a
    separator between two one-character words is dropped, and a space after a space: both read
    on the view as it is, as the mask there is; then the two leet rounds). The flags are read
    from the view's ASCII bytes; every other character stands in as one "?" (no flag), and is
    a word character (``_is_word``)."""
    codes: npt.NDArray[np.uint32] | None = None
    if view.isascii():
        raw = view.encode("ascii")
        word = _flags(raw, _WORD_T, 2)
    else:
        raw = view.encode("ascii", "replace")  # one "?" per other character
        codes = np.frombuffer(view.encode("utf-32-le"), dtype=np.uint32)
        word = np.zeros(len(raw) + 4, dtype=bool)
        np.bitwise_or(_flags(raw, _WORD_T), codes > 127, out=word[2:-2])
    single = word[1:-1] > (word[:-2] | word[2:])  # positions -1 .. n
    remove = _flags(raw, _SEP_T) & single[:-2] & single[2:]
    space = _flags(raw, _SPACE_T)
    remove[1:] |= space[1:] & space[:-1]
    if remove.any():
        keep = ~remove
        raw = np.frombuffer(raw, dtype=np.uint8)[keep].tobytes()
        codes = None if codes is None else codes[keep]
    for _ in range(2):
        letter = _flags(raw, _LETTER_T, 1)
        hit = _flags(raw, _CAND_T) & (letter[:-2] | letter[2:])
        if not hit.any():
            break
        leet = np.frombuffer(raw.translate(_LEET_T), dtype=np.uint8)
        raw = np.where(hit, leet, np.frombuffer(raw, dtype=np.uint8)).tobytes()
        codes = None if codes is None else np.where(hit, leet, codes)
    return raw.decode("ascii") if codes is None else codes.astype(np.uint32).tobytes().decode(
        "utf-32-le")


def normalised_view(text: str) -> str:
    """Return the matching view of ``text`` (see the module docstring)."""
    if "\u03f2" in text or "\u03f9" in text:
        text = text.translate(_LUNATE)
    view = unicodedata.normalize("NFKC", text).casefold()
    view = (view.translate(_TABLE) if view.isascii() or len(view) < _SHORT
            else _translate(view))
    if not view.isascii():
        view = _MARKS.sub("", unicodedata.normalize("NFD", view))
    if not view:
        return view
    if len(view) < _SHORT:
        return _fold_short(view)
    return _fold_tables(view)


# -- the rules' confusable view ---------------------------------------------------------------
_CONFUSABLES: dict[int, str] = {ord(PAIRS[i]): PAIRS[i + 1] for i in range(0, len(PAIRS), 2)}
# The table as sorted arrays, to fold with numpy (``str.translate`` with a dict costs a lookup
# per character of a non-ASCII text: ~7 ms on 100 KB).
_CONF_FROM = np.array(sorted(_CONFUSABLES), dtype=np.uint32)
_CONF_TO = np.array([ord(_CONFUSABLES[int(c)]) for c in _CONF_FROM], dtype=np.uint32)
_CONF_FROM.flags.writeable = False
_CONF_TO.flags.writeable = False
# Look-alike or not, by code point (one past the last look-alike: not one, for any larger one).
# The small table's look-alikes are already ASCII in the view.
_IS_LOOKALIKE = np.zeros(max(_CONFUSABLES) + 2, dtype=bool)
_IS_LOOKALIKE[list(_CONFUSABLES)] = True
_IS_LOOKALIKE.flags.writeable = False
# A view in which words with other non-ASCII characters (not look-alikes: "л", "π", "ա", "«")
# exceed this share of the words with a Latin letter is real non-Latin writing (Russian, Greek,
# Armenian, ...), not an obfuscated Latin text, and is left as the normalised view has it.
MAX_FOREIGN_SHARE = 0.2

_CASED: dict[int, str] = {ord(CASED[i]): CASED[i + 1] for i in range(0, len(CASED), 2)}
_IS_CASED = np.zeros(max(_CASED) + 2, dtype=bool)
_IS_CASED[list(_CASED)] = True
_IS_CASED.flags.writeable = False


def _codes(s: str) -> npt.NDArray[np.uint32]:
    return np.frombuffer(s.encode("utf-32-le"), dtype=np.uint32)


def _any_of(table: npt.NDArray[np.bool_], codes: npt.NDArray[np.uint32]) -> bool:
    """Whether any code point is marked in ``table`` (a vectorised lookup: a regex character
    class of a few hundred characters costs ~0.4 us per character of text)."""
    return bool(table[np.minimum(codes, table.size - 1)].any())


def _mostly_latin(codes: npt.NDArray[np.uint32]) -> bool:
    """Whether words with other non-ASCII letters (not look-alikes: "л", "π", "ա", "«") are at
    most ``MAX_FOREIGN_SHARE`` of the words with a Latin letter (see ``confusable_view``)."""
    # ASCII letters, digits, underscore and non-ASCII characters other than common symbols
    # (Latin-1 punctuation, general punctuation to arrows and dingbats, CJK punctuation, emoji)
    inside = _is_word(codes) & ~(((codes >= 0x80) & (codes < 0xC0))
                                 | ((codes >= 0x2000) & (codes < 0x2C00))
                                 | ((codes >= 0x3000) & (codes < 0x3040))
                                 | ((codes >= 0x1F000) & (codes < 0x1FB00)))
    word = np.cumsum(~inside)  # word number of each character
    latin = np.bincount(word, weights=(codes >= 97) & (codes <= 122)) > 0
    lookalike = _IS_LOOKALIKE[np.minimum(codes, _IS_LOOKALIKE.size - 1)]
    foreign = np.bincount(word, weights=(codes >= 128) & inside & ~lookalike) > 0
    return int(foreign.sum()) <= MAX_FOREIGN_SHARE * int(latin.sum())


def confusable_view(view: str, text: str | None = None) -> str | None:
    """``view`` (a :func:`normalised_view`) with every confusable folded to its ASCII letter, or
    ``None`` when there is nothing more to fold (no look-alike outside the small table) or the
    text is mostly non-Latin writing (see ``MAX_FOREIGN_SHARE``). Vectorised like the view.

    With ``text`` (what ``view`` was made from), the look-alikes that the view's NFKC and case
    folding misread (``CASED``: Greek capital eta ``Η`` -> ``h``, not ``n``) are folded in the
    text first and the view made again; only when the text has one and is mostly Latin."""
    recased = False
    if (text is not None and not text.isascii() and _any_of(_IS_CASED, _codes(text))
            and (view.isascii() or _mostly_latin(_codes(view)))):
        view, recased = normalised_view(text.translate(_CASED)), True
    if view.isascii():
        return view if recased else None
    codes = _codes(view)
    if not _any_of(_IS_LOOKALIKE, codes) or not _mostly_latin(codes):
        return view if recased else None
    at = np.flatnonzero(_IS_LOOKALIKE[np.minimum(codes, _IS_LOOKALIKE.size - 1)])
    folded = codes.copy()
    folded[at] = _CONF_TO[np.searchsorted(_CONF_FROM, codes[at])]
    return folded.tobytes().decode("utf-32-le")
