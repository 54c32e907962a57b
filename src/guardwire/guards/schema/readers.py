"""Whole-answer readers, used after the dialect passes of :mod:`.dialects`.

:func:`read_sequence` (``1,2,3`` and newline-delimited JSON → a list),
:func:`flat_object_and_brace` (``{"a": 1}}`` → the object), :func:`quoted_string`
(``"a 24" screen"``), :func:`bare_token` (one bare word → a string; a sentence is prose and
refused) and :func:`swapped_closer` (``{"a": 2]`` → the object).
"""

from __future__ import annotations

import re
from typing import Any

from . import duplicates
from .dialects import ELLIPSIS, MISSING_CLOSER, decode_string, normalize, tokenize


def read_sequence(text: str) -> tuple[bool, Any]:
    """Values separated by commas or line breaks (``1,2,3``, newline-delimited JSON) → a list.

    One value followed by a comma is that value. Every value must be strict JSON, and every
    separator must hold a comma or a line break (``{} {}`` on one line is refused).
    """
    dec = duplicates.decoder()
    values: list[Any] = []
    pos, n, comma = 0, len(text), False
    while True:
        start = pos
        while pos < n and text[pos] in " \t\r\n,":
            pos += 1
        sep = text[start:pos]
        if pos >= n:
            break
        if values and "," not in sep and "\n" not in sep:
            return False, None
        if sep.count(",") > 1 or (not values and "," in sep):
            return False, None
        try:
            value, pos = dec.raw_decode(text, pos)
        except (ValueError, RecursionError):
            return False, None
        values.append(value)
    comma = "," in text[len(text.rstrip(" \t\r\n,")):]
    if len(values) > 1:
        return True, values
    if len(values) == 1 and comma:
        return True, values[0]
    return False, None


BRACE_NOTE = "an extra closing brace after an object without nested values dropped"


def flat_object_and_brace(text: str) -> tuple[bool, Any]:
    """A JSON object whose values are all scalars, followed by one extra ``}``: that object.

    Deleting the last ``}`` is then the only one-character edit (insertion, deletion) that
    makes the text JSON. Once the object holds an object or array, moving that one's ``}``
    to the end is another reading (``{"a": {"b": 1}, "c": 2}}``), and after an array or with
    ``]`` a lost opener is (``[1]]`` may be ``[[1]]``): those are asked again.
    """
    s = text.strip()
    if not s.endswith("}}"):
        return False, None
    try:
        value = duplicates.loads(s[:-1])
    except (ValueError, RecursionError):
        return False, None
    if not isinstance(value, dict) or any(isinstance(v, dict | list) for v in value.values()):
        return False, None
    return True, value


_INNER_QUOTE_RISK = re.compile(r'"\s*[",:{\[]|[,:}\]]\s*"')


def quoted_string(text: str) -> tuple[bool, Any]:
    """A whole answer ``"…"`` whose inner quotes were not escaped: ``"a 24" screen"``."""
    s = text.strip()
    if len(s) < 2 or s[0] != '"' or s[-1] != '"' or "\n" in s:
        return False, None
    inner = s[1:-1]
    if _INNER_QUOTE_RISK.search(inner):  # could be several strings, not one
        return False, None
    value = decode_string('"' + re.sub(r'(?<!\\)"', r'\\"', inner) + '"')
    return (value is not None), value


_BARE_TOKEN = re.compile(r"[^\s\"'{}\[\],`“”‘’]+")


def bare_token(text: str) -> tuple[bool, Any]:
    """A whole answer that is one bare word (``abc``, ``ES2020``, a URL or UUID) → a string.

    A sentence (several words, or one ending in ``.``/``!``/``?``, such as ``Sorry.``) is
    prose, not a value: that is asked again.
    """
    s = text.strip()
    if not _BARE_TOKEN.fullmatch(s) or ELLIPSIS.fullmatch(s) or s[-1] in ".!?":
        return False, None
    return True, s


SWAP_NOTE = "a closing bracket of the other kind replaced (`]` for `}` or `}` for `]`)"
_OTHER = {"{": "[", "[": "{", "}": "]", "]": "}"}


def swapped_closer(text: str) -> tuple[bool, Any]:
    """One closer typed as the other kind (``{"a": 2]``, ``[2,}``) → the value it closes.

    Taken only when that reading is the one one-character edit that gives JSON: the text holds
    exactly one closer that does not match its opener, no opener of the closer's own kind is
    open (else a lost closer is another reading: ``[{"b": 2]``), every other bracket nests, the
    text with that closer swapped reads as JSON through the dialect passes — and the text with
    its *opener* swapped instead does not (``[}`` may be ``[]`` or ``{}``: asked again).
    """
    toks = tokenize(text)
    stack: list[tuple[str, int]] = []
    pair: tuple[int, int] | None = None
    for i, (kind, tok) in enumerate(toks):
        if kind == "x":
            return False, None  # an unpaired quote: the brackets may be inside a string
        if kind != "p" or tok not in "{}[]":
            continue
        if tok in "{[":
            stack.append((tok, i))
            continue
        want = "{" if tok == "}" else "["
        if stack and stack[-1][0] == want:
            stack.pop()
        elif pair is None and stack and all(o != want for o, _ in stack):
            pair = (stack.pop()[1], i)
        else:
            return False, None
    if pair is None or stack:
        return False, None
    opener, closer = pair
    try:
        if _read_swapped(toks, opener)[0]:
            return False, None
    except duplicates.DuplicateKeys:  # a reading too (its key twice): not the one reading
        return False, None
    return _read_swapped(toks, closer)


def _read_swapped(toks: list[tuple[str, str]], at: int) -> tuple[bool, Any]:
    swapped = [*toks[:at], ("p", _OTHER[toks[at][1]]), *toks[at + 1:]]
    norm = normalize("".join(tok for _, tok in swapped))
    if norm.problem or MISSING_CLOSER in norm.notes:
        return False, None
    try:
        return True, duplicates.loads(norm.text, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        return False, None


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")
