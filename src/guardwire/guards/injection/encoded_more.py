"""Binary and Morse runs, decoded in place like separated hex (fifth session of 2026-12-06).

"01101001 01100111 01101110 …" (8-bit groups, separated or not, 8+ bytes) and ".. --. -. ---
.-. . / .- .-.. .-.." (Morse: letters separated by spaces, words by " / ", "|" or a wider gap
than the letters': two spaces after one, since the eighth session; 8+ letters) were not
read: a payload written in them reached the model unchecked, and both are on the lists of
"encode your request" jailbreak tricks. Each run is matched by a C
``re`` pattern whose units and separators are disjoint (linear), decoded, and scanned by
:func:`.encoded.decoded_windows` like the other in-place kinds (reported as
``encoded.binary_instruction`` / ``encoded.morse_instruction``). A run that does not decode to
printable text (binary) or that has a code Morse does not have is skipped.
"""

from __future__ import annotations

import re

__all__ = ["BINARY", "MORSE", "binary", "morse"]

BINARY = re.compile(r"(?<![0-9A-Za-z])(?:[01]{8}(?:[ \t,]{0,3}|\r?\n)){7,}[01]{8}(?![0-9A-Za-z])")
_BITS = re.compile(r"[01]{8}")

_CODE = {
    ".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g",
    "....": "h", "..": "i", ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n",
    "---": "o", ".--.": "p", "--.-": "q", ".-.": "r", "...": "s", "-": "t", "..-": "u",
    "...-": "v", ".--": "w", "-..-": "x", "-.--": "y", "--..": "z", "-----": "0",
    ".----": "1", "..---": "2", "...--": "3", "....-": "4", ".....": "5", "-....": "6",
    "--...": "7", "---..": "8", "----.": "9", ".-.-.-": ".", "--..--": ",", "..--..": "?",
    "-.-.--": "!", ".----.": "'", "-..-.": "/", "---...": ":",
}
# Morse letters (dots and dashes, also the middle dot and the Unicode dashes people paste)
# separated by spaces; words by a slash, a bar or 3+ spaces
_UNIT = r"[.·•\-–—_]{1,6}"
MORSE = re.compile(rf"(?<![\w.·•\-–—_]){_UNIT}(?:(?:[ \t]{{1,8}}|[ \t]*[/|][ \t]*){_UNIT})"
                   rf"{{7,}}(?![\w.·•\-–—_])")
_SLASH = r"[ \t]*[/|][ \t]*"
_GAPS = re.compile(r"[ \t]+")
_DOTS = str.maketrans({"·": ".", "•": ".", "–": "-", "—": "-", "_": "-"})


def binary(run: str) -> str | None:
    """The text of a run of 8-bit groups (``None`` unless printable UTF-8)."""
    try:
        s = bytes(int(b, 2) for b in _BITS.findall(run)).decode("utf-8")
    except UnicodeDecodeError:
        return None
    return s if s.strip() and s.replace("\n", " ").isprintable() else None


def morse(run: str) -> str | None:
    """The text of a Morse run (``None`` if a code is not Morse, or it is not mostly letters:
    a row of dashes is a rule, not a message)."""
    run = run.translate(_DOTS)
    # words: a slash or bar, or a gap wider than the narrowest one (one space between letters
    # and two between words, or two and four, ...; a run with one gap width has no word gaps)
    narrowest = min(map(len, _GAPS.findall(run)), default=1)
    words = []
    for word in re.split(rf"{_SLASH}|[ \t]{{{narrowest + 1},}}", run):
        letters = [_CODE.get(code) for code in word.split()]
        if any(c is None for c in letters):
            return None
        words.append("".join(c for c in letters if c is not None))
    text = " ".join(w for w in words if w)
    return text if sum(c.isalpha() for c in text) >= 6 and len(set(text)) >= 4 else None
