"""Rung 4's trust check on json-repair: did it invent or drop anything?

json-repair always returns *something*. Its result is only used when :func:`judge_repair`
finds no sign of invented or lost data — in its own log (a value filled with ``""``, a lost
``:``/``]``, an object re-read as an array, several values of which one is kept), in empty
strings the input did not have, or in :func:`repair_is_faithful`'s comparison of input and
output. Anything else is re-asked.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from .dialects import LITERALS, decode_string, tokenize

# json-repair log lines that mean "I had to invent a value or throw text away"
_INVENTED = (
    "missed a : after a key",  # it fills the value with "" or eats the next token
    "found a : before a key",
    "Parsed object is empty but",
    "Parsed object is empty, we will try to parse this as an array",  # {…} read as a list
    "we missed the closing ]",  # structure lost mid-text; truncation is caught earlier
    "extreme corner case",
    "The parser returned early",  # several values: it keeps one and drops the rest
)


def judge_repair(segment: str, value: Any, log: tuple[str, ...],
                 tokens: list[tuple[str, str]] | None = None) -> str:
    """Why json-repair's ``value`` for ``segment`` cannot be trusted, or ``""``."""
    if any(m in r for r in log for m in _INVENTED):
        return "a key or value is missing"
    toks = tokenize(segment) if tokens is None else tokens
    # json-repair returns "" for what it could not read (the whole text or a value)
    written = sum(1 for k, t in toks if k in ("s", "sq") and len(t) == 2)
    if value == "" and not written:
        return "no JSON value found"
    if _count_empty_strings(value) > written:
        return "a value is missing or unreadable"
    if not brackets_nest(toks):
        return "brackets do not match; which one was meant is a guess"
    return repair_is_faithful(segment, value, toks)


def brackets_nest(toks: list[tuple[str, str]]) -> bool:
    """Every ``}``/``]`` closes the innermost open ``{``/``[`` and all are closed."""
    stack: list[str] = []
    for kind, tok in toks:
        if kind != "p" or tok not in "{}[]":
            continue
        if tok in "{[":
            stack.append(tok)
        elif not stack or stack.pop() != ("{" if tok == "}" else "["):
            return False
    return not stack


def _count_empty_strings(value: Any) -> int:
    n, stack = 0, [value]
    while stack:
        v = stack.pop()
        if v == "":
            n += 1
        elif isinstance(v, dict):
            stack.extend(v.values())
            n += sum(1 for k in v if k == "")
        elif isinstance(v, list):
            stack.extend(v)
    return n


def repair_is_faithful(segment: str, value: Any,
                       tokens: list[tuple[str, str]] | None = None) -> str:
    """Check json-repair's result against its input; ``""`` when nothing looks lost.

    json-repair drops values and merges strings without saying so in its log. So: every
    quoted string of the input must come out as a key or value (or inside a string it
    merged), every bare word and number must come out (as itself or inside a string), no
    string it made from bare words may span lines, keep a stray quote at its edge or swallow
    a ``,``/``]``/``}``, no more ``null`` may come out than went in, and it must give back
    exactly as many objects/arrays as were opened.
    """
    toks = tokenize(segment) if tokens is None else tokens
    strings = Counter(decode_string(t) or "" for k, t in toks if k == "s")
    got: Counter[str] = Counter()
    numbers: set[float] = set()
    containers = nulls = 0
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, dict):
            containers += 1
            got.update(v.keys())
            stack.extend(v.values())
        elif isinstance(v, list):
            containers += 1
            stack.extend(v)
        elif isinstance(v, str):
            got[v] += 1
        elif isinstance(v, int | float) and not isinstance(v, bool):
            numbers.add(v)
        elif v is None:
            nulls += 1
    made = [s for s in got if s not in strings]  # merged, or made from bare words
    made_text = "\x00".join(made)  # one substring search instead of one per string
    if any(s == "" or s not in made_text for s in strings - got):  # "" is in any string
        return "a quoted value of the answer is missing from the repaired value"
    for kind, tok in toks:
        if kind != "w" or tok in LITERALS:
            continue
        if tok not in made_text and _as_number(tok) not in numbers:
            return "a word or number of the answer is missing from the repaired value"
    if any("\n" in s or s[:1] in _QUOTE_CHARS or s[-1:] in _QUOTE_CHARS for s in made):
        return "an unquoted value runs over several lines or keeps a stray quote"
    for m in made:  # a `,`/`]`/`}` inside a made string must come from a quoted string in it
        for c in set(m) & _STRUCTURE:
            if not any(c in s and s in m for s in strings):
                return "an unquoted value swallowed a comma or closing bracket"
    if nulls > sum(1 for k, t in toks if k == "w" and t in ("null", "None", "undefined")):
        return "the repair filled in a missing value with null"
    if sum(1 for k, t in toks if k == "p" and t in "{[") != containers:
        return "objects or arrays were lost or added by the repair"
    return ""


def _as_number(tok: str) -> float | None:
    try:
        return float(tok) if _NUMBERISH.fullmatch(tok) else None
    except ValueError:
        return None


_NUMBERISH = re.compile(r"-?[\d.]+(?:[eE][+-]?\d+)?")
_STRUCTURE = frozenset(",]}")
_QUOTE_CHARS = frozenset("'\"`“”‘’´")
