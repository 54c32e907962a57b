"""Rungs 1–2 of the schema ladder: find the JSON value in an answer, detect truncation, parse.

``parse_answer(text)`` never invents data. It returns a :class:`Parsed` whose ``status`` says
what happened:

- ``"parsed"``: the text (or the JSON found in a code fence / surrounding prose) is valid JSON;
- ``"repaired"``: it was not, but it reads as JSON with raw control characters in strings
  (``json.loads(strict=False)``), as a Python literal (``ast.literal_eval``: single quotes,
  ``True``/``None``, trailing commas), after one of the targeted dialect passes of
  :mod:`.dialects` (JSONP, comments, MongoDB constructors, curly quotes, ``"a" + "b"``,
  newline-delimited values, …), or the ``json-repair`` library fixed it (first only the
  broken containers, :mod:`.partial`) with no warning sign — in its log, or in
  :func:`.checks.repair_is_faithful` — that it invented or dropped something;
- ``"truncated"``: the answer stops inside an open string, array or object (or a number
  such as ``2.``/``2e+``). json-repair would silently close it and hand back something that
  looks complete, so truncation is checked *before* any repair and always means "ask again";
- ``"not_json"``: no JSON value could be recovered without inventing one.

Truncation is found by a small regex-driven scanner that only tracks whether the text is
inside a string and which brackets are open (it is not a parser and repairs nothing).
"""

from __future__ import annotations

import ast
import json
import math
import re
from dataclasses import dataclass, field
from typing import Any, Literal

import json_repair

from . import checks, dialects
from .partial import PARTIAL_STEPS, repair_containers

Status = Literal["parsed", "repaired", "truncated", "not_json"]

# an opening fence starts its line or is followed by a language tag and a line break
_OPENING_FENCE = re.compile(r"(?:^|\n)[ \t]*```|```(?=[A-Za-z][\w+.-]*[ \t]*\r?\n|\r?\n)")
_CLOSING_FENCE = re.compile(r"```[ \t]*(?:\r?\n|\Z)")  # a closing fence ends its line
_LANG_TAG = re.compile(r"[A-Za-z][\w+.-]*(?:[ \t]*\r?\n|[ \t]+(?=[\[{]))|[ \t]*\r?\n")
_DANGLING_NUMBER = re.compile(r"-|-?\d+\.|-?\d+(?:\.\d+)?[eE][+-]?|-?\.")
_LITERAL_MAX = 200_000
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
_BAD_CONTROL = re.compile(r"[\x00-\x07\x0b\x0e-\x1f]")
_BAD_UNICODE_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*\\u(?![0-9a-fA-F]{4})")
_COMMENT = re.compile(r"/\*.*?(?:\*/|\Z)|//[^\n]*", re.S)
_LONE_WORD = re.compile(r"[A-Za-z_$][\w$.]*[ \t]*")
_JSONP = re.compile(r"\s*[A-Za-z_$][\w$.]*\s*\(([\s\S]*)\)\s*;?\s*")
_JSONP_VALUE = re.compile(r"\s*(?:[{\[\"']|-?\d|(?:true|false|null)\s*\Z)")
_BARE_QUOTE = re.compile(r'(?<!\\)"')
_MISMATCHED = "brackets do not match; which one was meant is a guess"


@dataclass(frozen=True, slots=True)
class Parsed:
    """What rungs 1–2 made of one answer."""

    status: Status
    value: Any = None
    segment: str = ""
    extracted: bool = False
    problem: str = ""
    repairs: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return self.status in ("parsed", "repaired")


def strip_fences(text: str) -> tuple[str, bool]:
    """The content of the first Markdown code fence, or ``text`` if there is none.

    Handles a missing closing fence (truncated answers) and a lone closing fence.
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
    return (inner[m.end() :] if m else inner), True


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
  | ["'/“‘`]                      # anything the full scanner has to judge
)""", re.X)
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


def _find_value(s: str) -> tuple[int, int, str]:
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
    if rest[:1].isspace() and tail[:1] not in ("{", "[", "}", "]", '"', "'"):
        return start, end, "prose"  # an explanation after the value
    return start, len(s), "junk"


def parse_answer(text: str, *, partial: bool = True) -> Parsed:
    """Run the extract → truncation check → parse → local repair rungs on one answer.

    ``partial=False`` skips :func:`.partial.repair_containers` (json-repair on the whole text
    only; used to compare both ways).
    """
    try:
        return Parsed("parsed", json.loads(text), text)
    except (ValueError, RecursionError):
        pass
    body, fenced = strip_fences(text)
    if fenced:
        try:
            return Parsed("parsed", json.loads(body), body, True)
        except (ValueError, RecursionError):
            pass
    body, notes = _unwrap(body)
    value = _python_literal(body)  # a complete Python literal cannot be a truncated answer
    if value is not _NOTHING:
        return Parsed("repaired", value, body, fenced, repairs=(*notes, _LITERAL_NOTE))
    start, end, where = _find_value(body)
    segment = body[start:end]
    extracted = fenced or where == "prose"
    if where == "open":
        return Parsed("truncated", None, segment, extracted,
                      "the answer was cut off inside an open string, array or object")
    if where == "junk":
        ok, value = dialects.flat_object_and_brace(body)
        if ok:
            return Parsed("repaired", value, body, fenced, repairs=(*notes, dialects.BRACE_NOTE))
        norm = dialects.normalize(body)
        ok, value = (False, None) if norm.problem or dialects.MISSING_CLOSER in norm.notes \
            else dialects.read_sequence(norm.text)
        if ok:
            return Parsed("repaired", value, body, fenced,
                          repairs=(*notes, *norm.notes, "several values read as a list"))
        return Parsed("not_json", None, segment, extracted,
                      "there is more than one JSON value, or text glued to the JSON value")
    if not segment.strip():
        return Parsed("not_json", None, segment, extracted, "the answer contains no JSON value")
    try:
        return Parsed("repaired" if notes else "parsed", json.loads(segment), segment,
                      extracted, repairs=notes)
    except (ValueError, RecursionError):
        pass
    try:  # raw newlines/tabs inside strings: legal once control characters are allowed
        if _BAD_CONTROL.search(segment):
            raise ValueError("control character without a JSON escape")
        return Parsed("repaired", json.loads(segment, strict=False), segment, extracted,
                      repairs=(*notes, "escaped control characters inside strings"))
    except (ValueError, RecursionError):
        pass
    value = _python_literal(segment)
    if value is not _NOTHING:
        return Parsed("repaired", value, segment, extracted, repairs=(*notes, _LITERAL_NOTE))
    return _dialects(segment, extracted, notes, scalar=start == 0 and end == len(body),
                     partial=partial)


def _unwrap(body: str) -> tuple[str, tuple[str, ...]]:
    """Whole-answer wrappers: a JSON-escaped answer (``{\\"a\\": 1}``), JSONP ``cb(…);``."""
    if '\\"' in body and not _BARE_QUOTE.search(body):
        try:
            inner = json.loads('"' + body.strip() + '"')
            return inner, ("escaped answer unescaped",)
        except (ValueError, RecursionError):
            pass
    m = _JSONP.fullmatch(body)
    if m and _JSONP_VALUE.match(m.group(1)):
        return m.group(1), ("JSONP wrapper removed",)
    return body, ()


def _dialects(segment: str, extracted: bool, notes: tuple[str, ...], *,
              scalar: bool, partial: bool = True) -> Parsed:
    """The targeted dialect passes, then (only if still needed) json-repair."""
    bad = _BAD_CONTROL.search(segment)
    if bad is None and "\\u" in segment:  # the test costs 1 µs per 2 KB, the regex 50
        bad = _BAD_UNICODE_ESCAPE.search(segment)
    if bad:  # no reading of these is right: JSON has no meaning for them
        return Parsed("not_json", None, segment, extracted,
                      f"invalid character or escape {bad.group()!r}")
    norm = dialects.normalize(segment)
    if norm.problem:
        return Parsed("not_json", None, segment, extracted, norm.problem)
    notes = (*notes, *norm.notes)
    cand = norm.text
    if norm.notes:
        for strict in (True, False):
            try:
                return Parsed("repaired", json.loads(cand, strict=strict), segment, extracted,
                              repairs=notes)
            except (ValueError, RecursionError):
                pass
    if dialects.MISSING_CLOSER in norm.notes:  # only trusted when that was the only slip
        return Parsed("not_json", None, segment, extracted, _MISMATCHED)
    ok, value = dialects.read_sequence(cand)
    if ok:
        return Parsed("repaired", value, segment, extracted,
                      repairs=(*notes, "values separated by commas or lines read as a list"))
    if scalar:
        for reader, note in ((dialects.quoted_string, "unescaped quotes inside the string"),
                             (dialects.bare_token, "a bare word read as a string")):
            ok, value = reader(cand)
            if ok:
                return Parsed("repaired", value, segment, extracted, repairs=(*notes, note))
    # the partial path repairs at most PARTIAL_STEPS containers before a full run: with more
    # containers holding a bare value than that, its steps are work the full run does again
    return _repair(cand, extracted, notes, norm.tokens,
                   partial=partial and norm.bare_containers <= PARTIAL_STEPS)


_NOTHING: Any = object()
_LITERAL_NOTE = "read as a Python literal (single quotes, True/None, trailing commas)"


def _python_literal(segment: str) -> Any:
    """A Python-literal answer (``{'a': True, 'b': None,}``) read by ``ast.literal_eval``.

    Only tried when the text uses single quotes and no backslash (whose meaning differs
    between Python and JSON strings), and only JSON-shaped results are accepted. Much faster
    than json-repair for this common failure.
    """
    if "'" not in segment or "\\" in segment or len(segment) > _LITERAL_MAX:
        return _NOTHING
    try:
        value = ast.literal_eval(segment.strip())
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return _NOTHING
    return value if _json_shaped(value) else _NOTHING


def _json_shaped(value: Any) -> bool:
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, dict):
            if not all(isinstance(k, str) for k in v):
                return False
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)
        elif not (v is None or isinstance(v, str | bool | int)
                  or (isinstance(v, float) and math.isfinite(v))):
            return False
    return True


def _repair(segment: str, extracted: bool, notes: tuple[str, ...] = (),
            tokens: list[tuple[str, str]] | None = None, *, partial: bool = True) -> Parsed:
    """json-repair, judged by :func:`.checks.judge_repair` against ``segment``.

    First on the smallest broken containers only (:func:`.partial.repair_containers`); what
    is still broken after a few of them goes to one json-repair run on the spliced text. Only
    if that is refused and differs from ``segment`` is the whole ``segment`` repaired afresh,
    so a refusal here is one the plain full repair makes too.
    """
    toks = dialects.tokenize(segment) if tokens is None else tokens
    spliced = repair_containers(segment, toks) if partial else None
    if spliced is not None and spliced.text != segment:
        got = (spliced.value, ()) if spliced.done else _run_json_repair(spliced.text)
        if not isinstance(got, str):
            repairs = (*notes, *spliced.log, *got[1])
            if not checks.judge_repair(segment, got[0], repairs, toks):
                return Parsed("repaired", got[0], segment, extracted, "", repairs)
    out = _run_json_repair(segment)
    if isinstance(out, str):
        return Parsed("not_json", None, segment, extracted, out)
    repairs = (*notes, *out[1])
    problem = checks.judge_repair(segment, out[0], repairs, toks)
    if problem:
        return Parsed("not_json", None, segment, extracted, problem, repairs)
    return Parsed("repaired", out[0], segment, extracted, "", repairs)


def _run_json_repair(text: str) -> tuple[Any, tuple[str, ...]] | str:
    """json-repair's value and log for ``text``, or why it gave up."""
    try:
        out = json_repair.repair_json(text, return_objects=True, logging=True,
                                      skip_json_loads=True)
    except (ValueError, RecursionError) as exc:  # json-repair gives up on some inputs
        return str(exc)
    value, log = out if isinstance(out, tuple) else (out, [])
    return value, tuple(str(e.get("text", "")) for e in log if isinstance(e, dict))
