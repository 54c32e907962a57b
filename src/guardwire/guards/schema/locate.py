"""Rung 2–3 of the schema ladder: where the JSON value is in an answer, and is it cut off?

:func:`strip_fences` takes the first Markdown code fence (the closing fence may be missing);
:func:`find_value` finds the value inside prose and says whether the text was cut off
(``"open"``), has another value or text glued to it (``"junk"``), or words around it were
dropped (``"prose"``). Truncation is found by a small regex-driven scanner (:func:`scan_end`)
that only tracks whether the text is inside a string and which brackets are open — it is not a
parser and repairs nothing, so it can run *before* any repair.
"""

from __future__ import annotations

import re
from typing import Any

from .duplicates import DuplicateKeys, decoder

# an opening fence starts its line or is followed by a language tag and a line break
_OPENING_FENCE = re.compile(r"(?:^|\n)[ \t]*```|```(?=[A-Za-z][\w+.-]*[ \t]*\r?\n|\r?\n)")
_CLOSING_FENCE = re.compile(r"```[ \t]*(?:\r?\n|\Z)")  # a closing fence ends its line
_LANG_TAG = re.compile(r"[A-Za-z][\w+.-]*(?:[ \t]*\r?\n|[ \t]+(?=[\[{]))|[ \t]*\r?\n")
_DANGLING_NUMBER = re.compile(r"-|-?\d+\.|-?\d+(?:\.\d+)?[eE][+-]?|-?\.")
# what the truncation scanner looks at; whitespace between tokens is skipped by the search
_TOKEN = re.compile(r"""
    (?P<dq>"(?:[^"\\]|\\[\s\S])*")
  | (?P<dq_open>"(?:[^"\\]|\\[\s\S])*\\?\Z)
  | (?P<sq>'(?:[^'\\]|\\[\s\S])*')
  | (?P<sq_open>'(?:[^'\\]|\\[\s\S])*\\?\Z)
  | (?P<cq>[“‘`][^“”‘’`´"'\\\n]*[”’´'`])
  | (?P<cq_open>[“‘`][^“”‘’`´"'\\\n]*\Z)
  | (?P<open>[{\[])
  | (?P<close>[}\]])
  | (?P<comment>/\*[\s\S]*?(?:\*/|\Z)|//[^\n]*)
  | (?P<other>(?:[A-Za-z][\w+.-]*://|[^\s"'{}\[\]/“‘`]|/(?![*/]))+|/|[“‘`])
""", re.X)
_COMMENT = re.compile(r"/\*.*?(?:\*/|\Z)|//[^\n]*", re.S)
_LONE_WORD = re.compile(r"[A-Za-z_$][\w$.]*[ \t]*")
# markup right after a value: a closing XML-style tag, or a chat template's end token
_CLOSING_TAG = re.compile(r"[ \t]*(?:</[A-Za-z][\w:.-]*>|<\|[\w.-]+\|>)")
# an object starting in the prose after a value: `{"name":`, `{'a' :`, `{name:`
_OBJECT_START = re.compile(r"""\{\s*(?:"[^"\n]{1,200}"|'[^'\n]{1,200}'|[A-Za-z_$][\w$-]*)\s*:""")


def strip_fences(text: str) -> tuple[str, bool]:
    """The content of the first Markdown code fence, or ``text`` if there is none.

    Handles a missing closing fence (truncated answers) and a lone closing fence. When the
    first fence is untagged or tagged with another language (```` ```python ````) and
    a later closed one is tagged ``json``, that one is taken.
    """
    o = _OPENING_FENCE.search(text) if "```" in text else None  # the test: 1 µs, the regex 35
    if o is None:
        return text, False
    i = o.end() - 3
    m = _CLOSING_FENCE.search(text, i + 3)
    j = m.start() if m else -1
    if j < 0:
        after = text[i + 3 :]
        if not after.strip():  # only a closing fence: the JSON is before it
            return text[:i], True
        inner = after
    else:
        inner = text[i + 3 : j]
    m = _LANG_TAG.match(inner)
    tag = inner[: m.end()].strip().lower() if m else ""
    if tag not in _JSON_TAGS and j >= 0 and text.count("```") >= 4:
        tagged = next((body for _, t, body in fences(text) if t in _JSON_TAGS), None)
        if tagged is not None:
            return tagged, True
    return (inner[m.end() :] if m else inner), True


_JSON_TAGS = frozenset(("json", "json5", "jsonc", "jsonl", "ndjson"))


def fences(text: str) -> list[tuple[int, str, str]]:
    """``(start, language tag, content)`` of every closed code fence (an answer may hold
    several: a draft and its correction, JSON and a usage example, code and the data)."""
    out: list[tuple[int, str, str]] = []
    pos = 0
    while (o := _OPENING_FENCE.search(text, pos)) is not None:
        i = o.end() - 3
        m = _CLOSING_FENCE.search(text, i + 3)
        if m is None:
            break
        inner = text[i + 3 : m.start()]
        tag = _LANG_TAG.match(inner)
        out.append((i, inner[: tag.end()].strip().lower(), inner[tag.end() :]) if tag
                   else (i, "", inner))
        pos = m.start() + 3
    return out


def other_fences(text: str, chosen: str) -> tuple[int, list[tuple[int, str]]]:
    """Where the fence whose content is ``chosen`` starts (else the first fence), and the
    ``(start, content)`` of every other closed fence."""
    found = fences(text)
    at = next((k for k, (_, _, body) in enumerate(found) if body == chosen), 0)
    start = found[at][0] if found else text.find("```")
    return start, [(i, body) for k, (i, _, body) in enumerate(found) if k != at]


def outside_fences(text: str) -> str:
    """``text`` with every code fence (and a last one left open) blanked out (positions kept)."""
    parts: list[str] = []
    pos = 0
    while (o := _OPENING_FENCE.search(text, pos)) is not None:
        i = o.end() - 3
        parts.append(text[pos:i])
        m = _CLOSING_FENCE.search(text, i + 3)
        end = m.end() if m is not None else len(text)
        parts.append("\n" + " " * (end - i - 1))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def prose_objects(text: str) -> list[tuple[int, Any]]:
    """The JSON objects written in the prose outside the code fences of ``text``.

    Only an object that starts like one (``{"name":``, ``{name:``) and reads as strict JSON
    counts: a schema sketched in prose (``{name: string}``) is no value. An object whose key is
    written twice is left out (it is asked again only if it is the value taken). With each, where
    it starts.
    """
    prose = outside_fences(text)
    found: list[tuple[int, Any]] = []
    dec, pos = decoder(), 0
    for _ in range(_MAX_PROSE_OBJECTS):
        m = _OBJECT_START.search(prose, pos)
        if m is None:
            break
        # the brackets' extent first: each part of the text is read once, so objects nested
        # in one that is not JSON are not tried again (a decode from every `{` was quadratic:
        # 9 s for 120 KB of `{"a": `)
        start = m.start()
        pos, is_open = scan_end(prose, start)
        if is_open:
            break
        try:
            value, end = dec.raw_decode(prose[start:pos])
        except (ValueError, RecursionError, DuplicateKeys):
            continue
        if end == pos - start:
            found.append((start, value))
    return found


_MAX_PROSE_OBJECTS = 50  # objects tried in the prose around a fence; the rest is not read


def scan_end(s: str, start: int = 0) -> tuple[int, bool]:
    """Scan one JSON value from ``start``.

    Returns ``(end, open)``: the index just after the bracket that closes the first
    top-level array/object (or ``len(s)``), and whether the text was cut off inside an open
    string, array or object. A mismatched closer closes up to its opener, as JSON repairers do.
    Comments (``//``, ``/* */``) are skipped; ``'`` opens a string only where a value or key
    may start, so apostrophes in bare words do not count.
    """
    fast = _scan_end_fast(s, start)
    return fast if fast is not None else _scan_end_full(s, start)


def _scan_end_full(s: str, start: int) -> tuple[int, bool]:
    stack: list[str] = []
    quote = ""  # the quote of a string still open at the end
    prev = ""  # last significant character outside strings
    pos, n = start, len(s)
    while True:
        m = _TOKEN.search(s, pos)
        if m is None:
            break
        kind, tok = m.lastgroup, m.group()
        pos = m.end()
        if kind in ("sq", "sq_open", "cq", "cq_open") and prev not in ("", "{", "[", ",", ":"):
            pos, prev = m.start() + 1, "'"  # an apostrophe in a bare word
            continue
        if kind in ("dq_open", "sq_open", "cq_open"):
            quote = tok[0]
            break
        if kind == "open":
            stack.append(tok)
        elif kind == "close":
            opener = "{" if tok == "}" else "["
            if opener in stack:
                while stack.pop() != opener:
                    pass
            elif stack:
                stack.pop()
            if not stack:
                return pos, False
        elif kind == "comment":
            continue
        prev = tok[-1]
    if not stack and not quote:
        return n, False
    # Ends inside something. Only a string "left open" by a text that ends on a quote is an
    # unescaped quote in a finished answer (`"a 24" screen"`) rather than a cut-off one.
    return n, not (quote and not stack and s.rstrip().endswith('"'))


# the lookahead names every token's first character: the search skips other text twice as fast
_FAST_TOKEN = re.compile(r"""(?=["'/“‘`{}\[\]])(?:
    "(?:[^"\\]|\\[\s\S])*"      # a complete string: skipped
  | /\*[\s\S]*?\*/ | (?<!:)//[^\n]*  # a complete comment: skipped
  | [{}\[\]]
  | ["'“‘`] | /(?=[*/])            # anything the full scanner has to judge (a lone `/`,
)""", re.X)                       # as in `w/` or `km/h`, is neither: the search moves on)
_PAIR = {"}": "{", "]": "["}


def _scan_end_fast(s: str, start: int) -> tuple[int, bool] | None:
    """:func:`scan_end` for text with only double-quoted strings and matched brackets.

    One regex pass over strings and brackets instead of every token; ``None`` when the text
    has anything else the full scanner must judge (another quote, an open string, a ``/``
    that is not a whole comment, a mismatched bracket).
    """
    stack: list[str] = []
    for m in _FAST_TOKEN.finditer(s, start):
        t = m.group()
        if t in ("{", "["):
            stack.append(t)
        elif t in ("}", "]"):
            if not stack or stack[-1] != _PAIR[t]:
                return None
            stack.pop()
            if not stack:
                return m.end(), False
        elif len(t) == 1:
            return None
    return len(s), bool(stack)


def find_value(s: str) -> tuple[int, int, str]:
    """Locate the JSON value: ``(start, end, verdict)``.

    ``verdict`` is ``"open"`` (cut off), ``"junk"`` (another value or text glued to it),
    ``"prose"`` (words around it were dropped) or ``""``. Closing brackets after the value
    are junk, not dropped: ``[1, 2]]`` may as well be ``[[1, 2]]`` with an opener lost.
    """
    lead = len(s) - len(s.lstrip())
    first = s[lead : lead + 1]
    starts = [k for k in (s.find("{"), s.find("[")) if k >= 0]
    if first in ('"', "'") or not starts:  # a string or bare scalar: let the parser decide
        _, is_open = scan_end(s, lead)
        dangling = bool(_DANGLING_NUMBER.fullmatch(s.strip()))
        return lead, len(s), "open" if is_open or dangling else ""
    start = min(starts)
    prose = "prose" if start > lead else ""
    if _LONE_WORD.fullmatch(s[lead:start]):  # `callback {}`: not prose, not JSONP
        return start, len(s), "junk"
    end, is_open = scan_end(s, start)
    if is_open:
        return start, len(s), "open"
    rest = s[end:]
    tail = _COMMENT.sub("", rest).strip().strip(",;)").strip()
    if not tail:  # trailing comma / JSONP close / comment: safe to drop
        return start, end, prose
    if rest.lstrip()[:1] in (",", ":"):  # `{...}}, key: 2}`: the value goes on, not prose
        return start, len(s), "junk"
    glued = _GLUED_MARKS.match(rest)  # `{...}.`, `` `{...}` ``, `**{...}**`: then prose
    after = rest
    if glued:
        after = rest[glued.end():]
        if not after.strip():
            return start, end, "prose"
        tail = _COMMENT.sub("", after).strip().strip(",;)").strip()
    if (after[:1].isspace() and tail[:1] not in ("{", "[", "}", "]", '"', "'")) \
            or _CLOSING_TAG.match(rest):  # `<json>{...}</json>`, a leaked `<|im_end|>`
        if _OBJECT_START.search(rest):  # "Actually: {...}": a second object, which one?
            return start, len(s), "junk"
        if _excess(tail, "]}", "[{") > _excess(s[lead:start], "[{", "]}") \
                and _GOES_ON.match(tail):
            # `[1] 2, 3]`: a `,` typed as `]`, and the rest of the value after it (a number or
            # a literal), not an explanation ("Hope this helps :]", "(see note 2]") — unless
            # an opener before the value wraps it
            return start, len(s), "junk"
        return start, end, "prose"  # an explanation after the value
    return start, len(s), "junk"


# what an array's or object's next value starts with when it is no string (a `,` typed as a
# closer leaves it after the value: `[1] 2, 3]`, `[[]] true]`, a bare word `[a] b, c]`)
_GOES_ON = re.compile(r"(?:-?\d|true\b|false\b|null\b|[\w.+-]+[ \t]*[,\]}])")


def _excess(text: str, these: str, those: str) -> int:
    """How many more of the brackets ``these`` than of ``those`` the text holds."""
    return sum(map(text.count, these)) - sum(map(text.count, those))


# a sentence's end or Markdown's inline code / emphasis closed right after the value, before
# a blank or the end of the text (never a bracket, comma or colon: those may be the value's)
_GLUED_MARKS = re.compile(r"(?:[`*_]{1,3}[.!?]?|[.!?])(?=\s|\Z)")
