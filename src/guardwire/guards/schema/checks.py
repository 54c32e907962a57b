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
from dataclasses import dataclass, field
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
    joined = "\x00".join(log)  # one search per marker instead of one per marker and line
    if any(m in joined for m in _INVENTED):
        return "a key or value is missing"
    facts = _facts(tokenize(segment) if tokens is None else tokens)
    walk = _walk(value)
    # json-repair returns "" for what it could not read (the whole text or a value)
    if value == "" and not facts.written_empty:
        return "no JSON value found"
    if walk.got[""] > facts.written_empty:
        return "a value is missing or unreadable"
    if not facts.nest:
        return "brackets do not match; which one was meant is a guess"
    return _faithful(facts, walk)


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


@dataclass(slots=True)
class _Facts:
    """What the checks need from the input's tokens, gathered in one pass."""

    strings: Counter[str] = field(default_factory=Counter)  # decoded double-quoted strings
    words: list[str] = field(default_factory=list)  # bare words other than literals
    written_empty: int = 0  # "" or '' written in the input
    null_words: int = 0  # null / None / undefined
    opened: int = 0  # { and [
    nest: bool = True
    keys: Counter[str] = field(default_factory=Counter)  # strings and words before a `:`


def _facts(toks: list[tuple[str, str]]) -> _Facts:
    f = _Facts()
    stack: list[str] = []
    last = ""  # the last string or word, while it is the last significant token, and not
    colon = False  # one right after a `:` (a value: `2024-10-18T18:35` is not keys)
    for kind, tok in toks:
        if kind == "ws":  # the commonest token: nothing to learn from it
            continue
        if kind == "p":
            if tok == ":" and last:
                f.keys[last] += 1
            colon = tok == ":"
            if tok == "{" or tok == "[":
                f.opened += 1
                stack.append(tok)
            elif (tok == "}" or tok == "]") and (
                    not stack or stack.pop() != ("{" if tok == "}" else "[")):
                f.nest = False
            last = ""
            continue
        if kind == "w":
            if tok in LITERALS:
                f.null_words += tok in _NULL_WORDS
            else:
                f.words.append(tok)
            last, colon = ("" if colon else tok), False
        elif kind == "s":
            value = decode_string(tok) or ""
            f.strings[value] += 1
            last, colon = ("" if colon else value), False
            f.written_empty += len(tok) == 2
        elif kind == "sq":
            f.written_empty += len(tok) == 2
            last, colon = "", False
        else:
            last, colon = "", False
    f.nest = f.nest and not stack
    return f


@dataclass(slots=True)
class _Walk:
    """What the checks need from the repaired value."""

    got: Counter[str] = field(default_factory=Counter)  # keys and string values
    keys: Counter[str] = field(default_factory=Counter)
    numbers: set[float] = field(default_factory=set)
    containers: int = 0
    nulls: int = 0


def _walk(value: Any) -> _Walk:
    w = _Walk()
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, dict):
            w.containers += 1
            w.got.update(v.keys())
            w.keys.update(v.keys())
            stack.extend(v.values())
        elif isinstance(v, list):
            w.containers += 1
            stack.extend(v)
        elif isinstance(v, str):
            w.got[v] += 1
        elif isinstance(v, int | float) and not isinstance(v, bool):
            w.numbers.add(v)
        elif v is None:
            w.nulls += 1
    return w


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
    return _faithful(_facts(tokenize(segment) if tokens is None else tokens), _walk(value))


# a literal or a number and the `;` typed for the `,` after it (review of s15): json-repair
# makes one string of them
_LITERAL_SEMI = re.compile(r"(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?);")

def _faithful(facts: _Facts, walk: _Walk) -> str:
    strings, got = facts.strings, walk.got
    made = [s for s in got if s not in strings]  # merged, or made from bare words
    made_text = "\x00".join(made)  # one substring search instead of one per string
    if any(s == "" or s not in made_text for s in strings - got):  # "" is in any string
        return "a quoted value of the answer is missing from the repaired value"
    # every bare word as often as it was written, in the strings json-repair made (those it
    # gave more often than they were written quoted): it drops a leading `$` (`$x a` → "x a"),
    # which a plain substring test passed when another value also held `$x`
    written = Counter(facts.words)
    if written:
        made_text = "\x00".join(s for s, c in got.items() for _ in range(c - strings[s]))
    for tok, n in written.items():
        if made_text.count(tok) < n and _as_number(tok) not in walk.numbers:
            return "a word or number of the answer is missing from the repaired value"
    if any("\n" in s or s[:1] in _QUOTE_CHARS or s[-1:] in _QUOTE_CHARS for s in made):
        return "an unquoted value runs over several lines or keeps a stray quote"
    for m in made:  # a `,`/`]`/`}` inside a made string must come from a quoted string in it
        if "," not in m and "]" not in m and "}" not in m:
            continue
        for c in set(m) & _STRUCTURE:
            if not any(c in s and s in m for s in strings):
                return "an unquoted value swallowed a comma or closing bracket"
    if any(m[-1:] == ":" for m in made):  # `{"a": false: "b": 1}` → "false:" (`,` typed as `:`)
        return "an unquoted value swallowed the colon after it"
    if any(_LITERAL_SEMI.fullmatch(m) for m in made):  # `{"a": true; "b": 1}` → "true;"
        return "an unquoted value swallowed the separator after it"
    if facts.keys - walk.keys:  # `{"a": x  b: 1}` → {"a": "x  b: 1"}: a key read into a value
        return "a key of the answer was read into a value"
    if walk.nulls > facts.null_words:
        return "the repair filled in a missing value with null"
    if facts.opened != walk.containers:
        return "objects or arrays were lost or added by the repair"
    return ""


def _as_number(tok: str) -> float | None:
    try:
        return float(tok) if _NUMBERISH.fullmatch(tok) else None
    except ValueError:
        return None


_NUMBERISH = re.compile(r"-?[\d.]+(?:[eE][+-]?\d+)?")
_NULL_WORDS = frozenset(("null", "None", "undefined"))
_STRUCTURE = frozenset(",]}")
_QUOTE_CHARS = frozenset("'\"`“”‘’´")
