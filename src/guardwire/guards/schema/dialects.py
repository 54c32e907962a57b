"""Targeted, token-level fixes for the JSON dialects models write, tried before json-repair.

Each pass rewrites one unambiguous construct *outside string literals* and nothing else; the
result must then parse with the strict ``json`` module (or go on to ``json-repair`` and the
checks in :mod:`.checks`). None of them closes brackets (but for one lost closer, see
``MISSING_CLOSER``) or fills in a missing value, and truncation was ruled out before.

- comments (``//``, ``/* */``) are dropped (``https://`` in a bare word is not a comment);
- MongoDB/JS constructors ``ObjectId("1")``, ``ISODate("…")``, ``NumberLong(2)``… → argument;
- Python/JS constants at a value position: ``True``/``False``/``None`` → ``true``/``false``/
  ``null``, ``undefined`` → ``null``;
- single-quoted strings and strings delimited by curly quotes or back-ticks (``‘a’``, ``“a”``,
  ```a´``) where a key or value stands → double-quoted JSON strings; ``\\'`` → ``'``;
- string concatenation ``"a" + "b"`` → ``"ab"``;
- numbers JSON forbids: leading zeros ``0789`` stay text (``"0789"``, a zip code is not 789);
  ``.5`` → ``0.5``;
- unquoted identifier keys ``{a: 1}`` → ``{"a": 1}``; a missing colon between a key and its
  value (``{"a" 2}``); trailing commas before ``}``/``]``; a missing comma between two array
  items that are numbers, strings, literals or containers (``[{}{}]``, ``[1 2]``), or before
  a key on the next line after a complete value (``{a: "x"⏎ b: 1}``);
- an unquoted object value in the plain case (:func:`_bare_run`: words starting with a
  letter, on one line, ended by ``}`` or by a comma before the next key) → a string:
  ``{title: Blue coffee mug, qty: 2}``. json-repair read these one character at a time in
  Python; the guard uses this reading only when it makes the whole text JSON, and otherwise
  leaves every unquoted value to json-repair as before (:meth:`Normalized.without_bare_values`).

Two constructs are refused instead (``Normalized.problem``), because any value read from them
would be a guess: an ellipsis standing for elided items (``[1, 2, ...]``) and, inside an
array, a bare word next to another value without a comma (``[2 0.0.1 2]``: one string or
three values?). The whole-answer readers used after the passes are in :mod:`.readers`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from operator import itemgetter

_TOK = re.compile(r"""
    (?P<ws>[\s\u180e\u200b-\u200d\u2060\ufeff]+)
  | (?P<p>[{}\[\],:])
  | (?P<s>"(?:[^"\\]|\\[\s\S])*")
  | (?P<sq>'(?:[^'\\\n]|\\.)*')
  | (?P<cq>[“‘`][^“”‘’`´"'\\\n]*[”’´'`])
  | (?P<com>/\*[\s\S]*?\*/|//[^\n]*)
  | (?P<call>(?:ObjectId|ISODate|NumberLong|NumberInt|NumberDecimal|Timestamp|UUID|Date)
        \(\s*(?P<arg>"(?:[^"\\\n]|\\.)*"|-?\d+(?:\.\d+)?)\s*\))
  | (?P<plus>\+(?=\s*(?:/\*[\s\S]*?\*/\s*)*["'“‘`]))
  | (?P<w>(?:[A-Za-z][\w+.-]*://|[^\s"'{}\[\],:/“”‘’`´\u180e\u200b-\u200d\u2060\ufeff]
        |/(?![*/]))+)
  | (?P<x>[\s\S])
""", re.X)
# the same tokens for a text without "://" (no URL scheme can match): a bare word is one run
# instead of one alternation per character (a third of the tokenizer's time on bare values)
_TOK_NO_URL = re.compile(_TOK.pattern.replace(
    r"""(?:[A-Za-z][\w+.-]*://|[^\s"'{}\[\],:/“”‘’`´\u180e\u200b-\u200d\u2060\ufeff]
        |/(?![*/]))+""",
    r"""(?:[^\s"'{}\[\],:/“”‘’`´\u180e\u200b-\u200d\u2060\ufeff]++|/(?![*/]))+"""), re.X)
assert _TOK_NO_URL.pattern != _TOK.pattern
_QUOTED = ("s", "sq", "cq")
_APOSTROPHES = re.compile(r"['“‘`]")
LITERALS = {"true": "true", "false": "false", "null": "null", "True": "true",
            "False": "false", "None": "null", "undefined": "null"}
_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?")
_LEADING_ZERO = re.compile(r"-?0\d+(?:\.\d*)?(?:[eE][+-]?\d*)?")
_BARE_FRACTION = re.compile(r"(-?)(\.\d+(?:[eE][+-]?\d+)?)")
_IDENT = re.compile(r"[A-Za-z_$][\w$-]*")
ELLIPSIS = re.compile(r"\.{3,}|…")
_BAD_CONTROL = re.compile(r"[\x00-\x07\x0b\x0e-\x1f]")  # not even lenient JSON allows these
_PY_ESCAPES = re.compile(r"\\(?:u[0-9a-fA-F]{4}|[\\'\"ntrbf/])")
_OPENER_OF = {"}": "{", "]": "["}
_NESTED_ARRAY = re.compile(r"\[\s*\[")  # a doubled `[` would look like a lost `]`
_SPACE = ("ws", " ")  # what a comment is written out as
MISSING_CLOSER = "a lost closing bracket put back before the enclosing one's closer"


@dataclass(slots=True)
class Normalized:
    """What the passes made of a segment: new text, what they did, or why they refused."""

    text: str
    notes: list[str] = field(default_factory=list)
    problem: str = ""
    tokens: list[tuple[str, str]] | None = None  # of ``text``, when no pass changed it
    bare_containers: int = 0  # objects/arrays holding a bare word where a value starts
    # unquoted values the passes read: (index in out, written tokens); see without_bare_values
    runs: list[tuple[int, list[tuple[str, str]]]] = field(default_factory=list)
    run_containers: set[int] = field(default_factory=set)
    out: list[tuple[str, str]] = field(default_factory=list)
    bare: set[int] = field(default_factory=set)

    def without_bare_values(self) -> Normalized:
        """What ``normalize(text, bare_values=False)`` gives: the unquoted values left as
        written (for json-repair), without running the passes again."""
        if not self.runs:
            return self
        out = list(self.out)
        for at, written in reversed(self.runs):
            out[at : at + 1] = written
        notes = set(self.notes) - {BARE_VALUE}
        joined = "".join(map(itemgetter(1), out))
        result = _concatenate(joined, notes)
        return Normalized(result, sorted(notes), tokens=out if result is joined else None,
                          bare_containers=len(self.bare | self.run_containers))


def tokenize(text: str) -> list[tuple[str, str]]:
    """``(kind, text)`` tokens; a quote opens a string only where a key or value may start."""
    tok_re = _TOK if "://" in text else _TOK_NO_URL
    if not _APOSTROPHES.search(text):  # fast path: no quote whose role depends on context
        if "(" not in text:  # no constructor call: every token is (its group, its text)
            return [(m.lastgroup, m.group())  # type: ignore[misc]  # every branch is named
                    for m in tok_re.finditer(text)]
        return [(m.lastgroup or "x", m.group("arg") if m.lastgroup == "call" else m.group())
                for m in tok_re.finditer(text)]
    out: list[tuple[str, str]] = []
    pos, prev, prev2 = 0, "", ""
    while pos < len(text):
        m = tok_re.match(text, pos)
        assert m is not None  # the last alternative matches any character
        kind, tok = m.lastgroup or "x", m.group()
        pos = m.end()
        if kind in ("sq", "cq") and prev not in ("", "{", "[", ",", ":", "+") and not (
                prev in ("w", "s", "sq", "cq") and prev2 in ("{", ",")
                and text[m.start() - 1].isspace()):  # `{a 'b'}`: a value after its key
            kind, tok, pos = "w", tok[0], m.start() + 1  # an apostrophe inside a bare word
        elif kind == "call":
            tok = m.group("arg")
        if kind == "w" and out and out[-1][0] == "w":
            out[-1] = ("w", out[-1][1] + tok)
        else:
            out.append((kind, tok))
        if kind not in ("ws", "com"):
            prev, prev2 = (tok if kind in ("p", "plus") else kind), prev
    return out


def _decode(kind: str, tok: str) -> str | None:
    """The text of a string token, or None if its escapes are ambiguous."""
    body = tok[1:-1]
    if kind == "cq":
        return body
    if kind == "s" and (value := decode_string(tok)) is not None:
        return value
    if kind != "s" and "\\" in body and _PY_ESCAPES.sub("", body).count("\\"):
        return None  # single-quoted: only escapes that mean the same in Python and JSON
    return decode_string('"' + _ESCAPE.sub(_fix_escape, body) + '"')


_ESCAPE = re.compile(r'\\[\s\S]|"')


def _fix_escape(m: re.Match[str]) -> str:
    """``\\'`` → ``'`` (JSON has no such escape); a bare ``"`` inside ``'…'`` → ``\\"``."""
    t = m.group()
    return "'" if t == "\\'" else '\\"' if t == '"' else t


def decode_string(tok: str) -> str | None:
    """The value of a double-quoted JSON string token (raw newlines allowed), or None."""
    if "\\" not in tok and tok[:1] == tok[-1:] == '"' and len(tok) > 1 and tok.isprintable():
        return tok[1:-1]  # nothing to decode (no control character either: all printable)
    if _BAD_CONTROL.search(tok):
        return None
    if "\\" not in tok and tok[:1] == tok[-1:] == '"' and len(tok) > 1:
        return tok[1:-1]  # nothing to decode
    try:
        value = json.loads(tok, strict=False)
    except ValueError:
        return None
    return value if isinstance(value, str) else None


def _value_start(kind: str, tok: str) -> bool:
    return kind in (*_QUOTED, "call") or tok in ("{", "[") or (
        kind == "w" and (tok in LITERALS or _NUMBER.fullmatch(tok) is not None))


def _complete_value(kind: str, tok: str) -> bool:
    return kind == "s" or tok in ("}", "]") or (
        kind == "w" and (tok in LITERALS or _NUMBER.fullmatch(tok) is not None))


def normalize(text: str, *, bare_values: bool = True) -> Normalized:
    """Apply the passes of this module to one JSON segment (see the module docstring).

    ``bare_values=False`` leaves unquoted object values to json-repair (see :func:`_bare_run`).
    """
    toks = tokenize(text)
    if "x" in map(itemgetter(0), toks):
        return Normalized(text, tokens=toks)  # an unpaired quote: leave it to json-repair
    nxt_of: list[tuple[str, str]] = [("", "")] * len(toks)
    following: tuple[str, str] = ("", "")
    for i in range(len(toks) - 1, -1, -1):
        nxt_of[i] = following
        if toks[i][0] not in ("ws", "com"):
            following = toks[i]
    notes: set[str] = set()
    out: list[tuple[str, str]] = []
    stack: list[str] = []
    same_child: list[bool] = []  # per open container: holds a container of its own type
    opened: list[int] = []  # per open container: its number (order of opening)
    n_opened, bare = 0, set[int]()  # the containers with a bare value word
    prev_tok, prev_kind = "", ""  # the last significant token as written out
    skip_to = 0  # tokens before it were read into a bare value
    runs: list[tuple[int, list[tuple[str, str]]]] = []
    run_containers: set[int] = set()
    for i, t in enumerate(toks):
        if i < skip_to:
            continue
        kind, tok = t
        if kind == "ws":
            out.append(t)
            continue
        if kind == "com":
            out.append(_SPACE)
            notes.add("comments dropped")
            continue
        nxt_kind, nxt = nxt_of[i]
        top = stack[-1] if stack else ""
        if tok == "," or (tok == ":" and top == "{"):  # fast path for the commonest tokens
            if tok == "," and nxt in ("]", "}"):
                notes.add("trailing comma dropped")
                continue
            out.append(("p", tok))
            prev_tok, prev_kind = tok, "p"
            continue
        at_key = top == "{" and prev_tok in ("{", ",")
        if not at_key and top == "{" and nxt == ":" and "\n" in toks[i - 1][1] and (
                kind == "s" or _IDENT.fullmatch(tok)) and _complete_value(prev_kind, prev_tok):
            out.append(("p", ","))  # `{a: "x"\n b: 1}`: a key on the next line, nothing else
            notes.add("missing comma inserted between object members")
            at_key = True
        at_value = prev_tok in ("", ":", "[", "+") or (prev_tok == "," and top != "{")
        if kind == "s" and not at_key and (at_value or top != "[") and "\\'" not in tok:
            out.append(("s", tok))
            prev_tok, prev_kind = tok, "s"
            continue
        if kind == "w" and tok[0] in ".…" and ELLIPSIS.fullmatch(tok):
            return Normalized(text, problem="the answer elides content with an ellipsis (...)")
        if top == "[" and not at_value and tok not in (",", "]", "}"):
            if not (_value_start(kind, tok) and _complete_value(prev_kind, prev_tok)):
                return Normalized(text, problem="array values without a comma between them")
            out.append(("p", ","))  # `[1 2]`, `["a" 2]`, `[{}{}]`: nothing else can be meant
            notes.add("missing comma inserted between array items")
            at_value = True
        if kind == "w" and bare_values and prev_tok == ":" and top == "{":
            run = _bare_run(toks, i)
            if run is not None:  # `title: Blue coffee mug,` → "Blue coffee mug"
                skip_to, words = run
                tok, kind = json.dumps(words, ensure_ascii=False), "s"
                notes.add(BARE_VALUE)
                runs.append((len(out), toks[i:skip_to]))
                if opened:
                    run_containers.add(opened[-1])
        if kind == "call":
            kind = "s" if tok.startswith('"') else "w"
            notes.add("MongoDB/JS constructor reduced to its argument")
        if kind in _QUOTED and (kind != "s" or "\\'" in tok):
            ends = nxt in ("", ",", "]", "}", ":", "+") or (
                at_key and _value_start(nxt_kind, nxt))  # `{'a' 'b'}`: the colon is added below
            decoded = _decode(kind, tok) if (at_key or at_value) and ends else None
            if decoded is not None:
                tok, kind = json.dumps(decoded, ensure_ascii=False), "s"
                notes.add("quotes normalised to JSON double quotes")
        elif kind == "w" and at_value and nxt in ("", ",", "]", "}"):
            tok = _fix_word(tok, notes)
            kind = "s" if tok.startswith('"') else kind
        if kind == "w" and at_value and opened and tok not in LITERALS \
                and _NUMBER.fullmatch(tok) is None:
            bare.add(opened[-1])
        elif kind == "w" and at_key and _IDENT.fullmatch(tok) and (
                nxt == ":" or _value_start(nxt_kind, nxt)):
            # an ASCII identifier needs no escape: the same text as json.dumps, 10x cheaper
            tok, kind = (f'"{tok}"' if tok.isascii() else json.dumps(tok)), "s"
            notes.add("unquoted keys quoted")
        if tok == "," and nxt in ("]", "}"):
            notes.add("trailing comma dropped")
            continue
        if tok in _OPENER_OF and len(stack) > 1 and stack[-1] != _OPENER_OF[tok] == stack[-2] \
                and not same_child[-1] and (stack[-1] == "{" or not _NESTED_ARRAY.search(text)):
            # `[{"b": 2]`: the `}` was lost right there — had the object held an object, that
            # one's `}` could be the lost one and the members after it the object's own
            same_child.pop()
            opened.pop()
            out.append(("p", "}" if stack.pop() == "{" else "]"))
            notes.add(MISSING_CLOSER)
        out.append((kind, tok))
        if kind == "s" and at_key and nxt != ":" and _value_start(nxt_kind, nxt):
            out.append(("p", ":"))
            notes.add("missing colon inserted after a key")
            tok, kind = ":", "p"
        if tok in ("{", "["):
            if stack and stack[-1] == tok:
                same_child[-1] = True
            stack.append(tok)
            same_child.append(False)
            n_opened += 1
            opened.append(n_opened)
        elif tok in ("}", "]") and stack:
            stack.pop()
            same_child.pop()
            opened.pop()
        prev_tok, prev_kind = tok, kind
    joined = "".join(map(itemgetter(1), out))
    result = _concatenate(joined, notes)
    return Normalized(result, sorted(notes), tokens=out if result is joined else None,
                      bare_containers=len(bare), runs=runs, run_containers=run_containers,
                      out=out, bare=bare)


BARE_VALUE = "unquoted object values quoted"
_PLACEHOLDER = re.compile(r"<[A-Z][A-Z0-9_]*_\d+>")  # the PII guard's, echoed unquoted
# characters whose reading json-repair may vary; a single `/` inside a value is read as
# json-repair reads it (`w/`, `km/h`: differential tests), `//` and `/*` start comments
_RUN_BREAK = re.compile(r"[#\\*`<>|]|//|\.\.|…")


def _bare_run(toks: list[tuple[str, str]], i: int) -> tuple[int, str] | None:
    """``(end, text)`` of the bare words from ``toks[i]`` that json-repair reads as one string.

    Only the plain case: words starting with a letter (not a literal), separated by spaces or
    tabs on one line, ended by ``}`` or by a comma before the next key (so the comma cannot
    be part of the value), without characters json-repair may treat as comments or structure.
    """
    first = toks[i][1]
    if not _PLACEHOLDER.fullmatch(first) and (  # `<EMAIL_ADDRESS_1>`: json-repair drops `<`
            not (first[0].isalpha() or first[0] in "_$") or first in LITERALS
            or first.lower() in ("nan", "infinity", "inf") or _RUN_BREAK.search(first)):
        return None  # a digit, literal or NaN first (numbers elsewhere), or a break character
    n, k, j = len(toks), i, i + 1
    while j < n:
        kind, tok = toks[j]
        if kind == "w":
            if _RUN_BREAK.search(tok) and not _PLACEHOLDER.fullmatch(tok):
                return None  # per word: `..` and `…` cannot span a space
            k, j = j, j + 1
        elif kind == "ws" and j + 1 < n and toks[j + 1][0] == "w" and tok.strip(" \t") == "":
            j += 1
        else:
            break
    m = k + 1
    if m < n and toks[m][0] == "ws" and toks[m][1].strip(" \t") == "":
        m += 1
    end = toks[m][1] if m < n and toks[m][0] == "p" else ""
    if end == ",":
        key = m + 1
        while key < n and toks[key][0] == "ws":
            key += 1
        colon = key + 1
        while colon < n and toks[colon][0] == "ws":
            colon += 1
        is_key = key < n and (toks[key][0] == "s" or (
            toks[key][0] == "w" and _IDENT.fullmatch(toks[key][1]) is not None))
        if not (is_key and colon < n and toks[colon][1] == ":"):
            return None
    elif end != "}":
        return None
    return k + 1, "".join(t for _, t in toks[i : k + 1])


def _fix_word(tok: str, notes: set[str]) -> str:
    if tok in LITERALS and tok != LITERALS[tok]:
        notes.add("Python/JavaScript constants converted")
        return LITERALS[tok]
    if tok[0] not in "-0.":  # neither pattern below can match
        return tok
    if _LEADING_ZERO.fullmatch(tok):
        notes.add("number with leading zeros kept as text")
        return json.dumps(tok)
    m = _BARE_FRACTION.fullmatch(tok)
    if m:
        notes.add("number without a leading 0 completed")
        return f"{m.group(1)}0{m.group(2)}"
    return tok


def _concatenate(text: str, notes: set[str]) -> str:
    """``"a" + "b"`` → ``"ab"`` (the operands were already made double-quoted strings)."""
    if "+" not in text:
        return text
    pos, parts = 0, []
    for m in _STR_OR_CONCAT.finditer(text):
        if m.group("cat") is None:
            continue
        pieces = [decode_string(p) for p in _STRINGS.findall(m.group("cat"))]
        if any(p is None for p in pieces):
            continue
        parts.append(text[pos:m.start()])
        parts.append(json.dumps("".join(p for p in pieces if p is not None), ensure_ascii=False))
        pos = m.end()
        notes.add("string concatenation joined")
    return "".join(parts) + text[pos:] if parts else text


_STR = r'"(?:[^"\\]|\\[\s\S])*"'
_STRINGS = re.compile(_STR)
_STR_OR_CONCAT = re.compile(rf"(?P<cat>{_STR}(?:\s*\+\s*{_STR})+)|{_STR}")
