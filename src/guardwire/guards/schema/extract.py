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

Finding the value (code fence, prose) and the truncation scanner are in :mod:`.locate`.
"""

from __future__ import annotations

import ast
import dataclasses
import json
import math
import re
from dataclasses import dataclass, field
from typing import Any, Literal

import json_repair

from . import checks, dialects, duplicates, readers
from .duplicates import DuplicateKeys
from .locate import find_value, other_fences, prose_objects, strip_fences
from .partial import PARTIAL_STEPS, repair_containers

Status = Literal["parsed", "repaired", "truncated", "not_json"]

_LITERAL_MAX = 200_000
_BAD_CONTROL = re.compile(r"[\x00-\x07\x0b\x0e-\x1f]")
_BAD_UNICODE_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*\\u(?![0-9a-fA-F]{4})")
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
    duplicates: tuple[str, ...] = ()  # paths of keys written twice in one object (not_json)
    # not_json for several different values (in fences and prose): what each one reads as,
    # in the order they are written
    candidates: tuple[Parsed, ...] = ()
    source: str = ""  # the JSON text ``value`` is the strict reading of (numbers as written)
    # a Python literal's syntax tree and text: its numbers as written, made JSON text only
    # for a type that holds a Decimal (decimals.literal_json)
    literal: tuple[ast.AST, str] | None = None

    @property
    def ok(self) -> bool:
        return self.status in ("parsed", "repaired")


def parse_answer(text: str, *, partial: bool = True) -> Parsed:
    """Run the extract → truncation check → parse → local repair rungs on one answer.

    ``partial=False`` skips :func:`.partial.repair_containers` (json-repair on the whole text
    only; used to compare both ways). A value taken from a code fence is refused when a later
    fence holds another JSON value (a draft and its correction: which one is meant is a guess);
    later fences that are not JSON (a usage example) or hold the same value do not matter.
    """
    at, reasoning = 0, _REASONING.match(text)
    if reasoning is not None:  # `<think>…</think>` before the answer: not the answer
        while reasoning is not None:  # (a loop, not a call per block: no RecursionError)
            close = re.compile(rf"</{reasoning.group(1)}\s*>", re.I).search(
                text, reasoning.end())
            if close is None or _NONBLANK.search(text, close.end()) is None:
                return Parsed("not_json", None, text[at:], True, "there is only a reasoning "
                              "block, no answer after it" if close else
                              "the reasoning block is not closed")
            at = close.end()
            reasoning = _REASONING.match(text, at)
        rest = text[at:]
        parsed = parse_answer(rest, partial=partial)
        return dataclasses.replace(parsed, extracted=True, repairs=(
            _REASONING_NOTE, *parsed.repairs)) if parsed.ok else parsed
    try:
        parsed = _parse(text, partial)
    except DuplicateKeys as exc:  # `{"total": 5, "total": 7}`: which one is meant is a guess
        return Parsed("not_json", None, text, False,
                      f"a key is written more than once in one object: {exc}",
                      duplicates=tuple(exc.paths))
    if not (parsed.ok and parsed.extracted and "```" in text):
        return parsed
    start, fenced = other_fences(text, strip_fences(text)[0])
    others = [(at, o, _span(text, at)) for at, o in prose_objects(text)
              if not _same_json(o, parsed.value) and not _part_of(o, parsed.value)]
    problem = _PROSE_AND_FENCE if others else ""
    if text.count("```") >= 4:
        for at, inner in fenced:
            try:
                other = duplicates.loads(inner)
            except (ValueError, RecursionError):
                continue
            except DuplicateKeys:
                return Parsed("not_json", None, parsed.segment, True, _SEVERAL_FENCES)
            if not _same_json(other, parsed.value):
                problem = problem or _SEVERAL_FENCES
                others.append((at, other, inner))
    if others:  # which one is meant is a guess — unless only the last one fits (the guard)
        ordered = sorted([(start, parsed), *((at, Parsed("parsed", o, "", True, source=src))
                                             for at, o, src in others)], key=lambda c: c[0])
        return Parsed("not_json", None, parsed.segment, True, problem,
                      candidates=tuple(c for _, c in ordered))
    return parsed


# reasoning models (DeepSeek-R1, Qwen3 …) write their reasoning into the content first
_REASONING = re.compile(r"\s*<(think|thinking|reasoning)>", re.I)
_NONBLANK = re.compile(r"\S")
_REASONING_NOTE = "a reasoning block before the answer left out"
_SEVERAL_FENCES = "there are several JSON values, in separate code blocks, and they differ"
_PROSE_AND_FENCE = ("there are several JSON values, one in the text and one in a code block, "
                    "and they differ")


def _span(text: str, at: int) -> str:
    """The JSON text of the object that starts at ``at`` (its numbers as written)."""
    try:
        return text[at:json.JSONDecoder().raw_decode(text, at)[1]]
    except (ValueError, RecursionError):
        return ""


def _part_of(obj: Any, value: Any) -> bool:
    """``obj`` is one of the objects inside ``value`` (prose quoting a part of the answer)."""
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, dict):
            if v is not value and _same_json(v, obj):
                return True
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)
    return False


def _same_json(a: Any, b: Any) -> bool:
    try:
        return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)
    except (TypeError, ValueError, RecursionError):
        return False


def _parse(text: str, partial: bool) -> Parsed:
    try:
        return Parsed("parsed", duplicates.loads(text), text, source=text)
    except (ValueError, RecursionError):
        pass
    body, fenced = strip_fences(text)
    if fenced:
        try:
            return Parsed("parsed", duplicates.loads(body), body, True, source=body)
        except (ValueError, RecursionError):
            pass
    body, notes = _unwrap(body)
    value, tree = _python_literal(body)  # a complete Python literal cannot be truncated
    if value is not _NOTHING:
        return Parsed("repaired", value, body, fenced, repairs=(*notes, _LITERAL_NOTE),
                      literal=tree)
    start, end, where = find_value(body)
    segment = body[start:end]
    extracted = fenced or where == "prose"
    if where == "open":
        return Parsed("truncated", None, segment, extracted,
                      "the answer was cut off inside an open string, array or object")
    if where == "junk":
        ok, value = readers.flat_object_and_brace(body)
        if ok:
            return Parsed("repaired", value, body, fenced, repairs=(*notes, readers.BRACE_NOTE))
        norm = dialects.normalize(body, bare_values=False)
        ok, value = (False, None) if norm.problem or dialects.MISSING_CLOSER in norm.notes \
            else readers.read_sequence(norm.text)
        if ok:
            return Parsed("repaired", value, body, fenced,
                          repairs=(*notes, *norm.notes, "several values read as a list"))
        return Parsed("not_json", None, segment, extracted,
                      "there is more than one JSON value, or text glued to the JSON value")
    if not segment.strip():
        return Parsed("not_json", None, segment, extracted, "the answer contains no JSON value")
    try:
        return Parsed("repaired" if notes else "parsed", duplicates.loads(segment), segment,
                      extracted, repairs=notes, source=segment)
    except (ValueError, RecursionError):
        pass
    try:  # raw newlines/tabs inside strings: legal once control characters are allowed
        if _BAD_CONTROL.search(segment):
            raise ValueError("control character without a JSON escape")
        return Parsed("repaired", duplicates.loads(segment, strict=False), segment, extracted,
                      repairs=(*notes, "escaped control characters inside strings"),
                      source=segment)
    except (ValueError, RecursionError):
        pass
    value, tree = _python_literal(segment)
    if value is not _NOTHING:
        return Parsed("repaired", value, segment, extracted, repairs=(*notes, _LITERAL_NOTE),
                      literal=tree)
    return _dialects(segment, extracted, notes, scalar=start == 0 and end == len(body),
                     partial=partial, whole=where == "")


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
              scalar: bool, partial: bool = True, whole: bool = False) -> Parsed:
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
    if dialects.BARE_VALUE in norm.notes and dialects.MISSING_CLOSER not in norm.notes:
        try:  # the passes alone, unquoted values included, made it JSON: no json-repair
            return Parsed("repaired", duplicates.loads(norm.text, strict=False,
                                                       parse_constant=_no_constant),
                          segment, extracted, repairs=(*notes, *norm.notes), source=norm.text)
        except (ValueError, RecursionError):
            pass
    if dialects.BARE_VALUE in norm.notes:  # anything else: json-repair reads them, as before
        norm = norm.without_bare_values()
    if dialects.MISSING_CLOSER in norm.notes and _SLIPS.intersection(norm.notes):
        # `{"a"[ 1}`: a `:` typed as `[` reads as a lost colon *and* a lost `]`
        return Parsed("not_json", None, segment, extracted, _MISMATCHED)
    notes = (*notes, *norm.notes)
    cand = norm.text
    if norm.notes:
        for strict in (True, False):
            try:
                return Parsed("repaired", duplicates.loads(cand, strict=strict), segment, extracted,
                              repairs=notes, source=cand)
            except (ValueError, RecursionError):
                pass
    if dialects.MISSING_CLOSER in norm.notes:  # only trusted when that was the only slip
        return Parsed("not_json", None, segment, extracted, _MISMATCHED)
    ok, value = readers.read_sequence(cand)
    if ok:
        return Parsed("repaired", value, segment, extracted,
                      repairs=(*notes, "values separated by commas or lines read as a list"))
    if scalar:
        for reader, note in ((readers.quoted_string, "unescaped quotes inside the string"),
                             (readers.bare_token, "a bare word read as a string")):
            ok, value = reader(cand)
            if ok:
                return Parsed("repaired", value, segment, extracted, repairs=(*notes, note))
    # the partial path repairs at most PARTIAL_STEPS containers before a full run: with more
    # containers holding a bare value than that, its steps are work the full run does again
    out = _repair(cand, extracted, notes, norm.tokens,
                  partial=partial and norm.bare_containers <= PARTIAL_STEPS)
    # `{"a": 2]`: the one reading that is JSON — tried last (it tokenizes the text again), and
    # only when no text around the value was left out: words dropped after it (`[1, 2} 3]`)
    # may be the rest of the array
    ok, value = readers.swapped_closer(segment) if whole and not out.ok else (False, None)
    if ok:
        return Parsed("repaired", value, segment, extracted,
                      repairs=(*notes, readers.SWAP_NOTE))
    return out


# slips the passes put right; a lost closer is only put back when it was the only slip
_SLIPS = frozenset(("missing colon inserted after a key", "missing comma inserted between array "
                    "items", "missing comma inserted between object members"))


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")  # left to the old path, whose reading it keeps


_NOTHING: Any = object()
_LITERAL_NOTE = "read as a Python literal (single quotes, True/None, trailing commas)"


def _python_literal(segment: str) -> tuple[Any, tuple[ast.AST, str] | None]:
    """A Python-literal answer (``{'a': True, 'b': None,}``) read by ``ast.literal_eval``, and
    its syntax tree with the text it was parsed from (see ``Parsed.literal``).

    Only tried when the text uses single quotes and no backslash (whose meaning differs
    between Python and JSON strings), and only JSON-shaped results are accepted. Much faster
    than json-repair for this common failure.
    """
    if "'" not in segment or "\\" in segment or len(segment) > _LITERAL_MAX:
        return _NOTHING, None
    text = segment.strip()
    try:
        tree = ast.parse(text, mode="eval")
        value = ast.literal_eval(tree)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return _NOTHING, None
    keys = _json_keys(value)
    if keys < 0:
        return _NOTHING, None
    # every key written is followed by a `:`; as many `:` as keys read: none written twice
    if text.count(":") > keys and (dups := duplicates.in_literal(tree)):
        raise DuplicateKeys(dups)
    return value, (tree, text)


def _json_keys(value: Any) -> int:
    """How many keys ``value``'s objects hold, or -1 if it is not JSON-shaped."""
    stack, keys = [value], 0
    while stack:
        v = stack.pop()
        if isinstance(v, dict):
            if not all(isinstance(k, str) for k in v):
                return -1
            keys += len(v)
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)
        elif not (v is None or isinstance(v, str | bool | int)
                  or (isinstance(v, float) and math.isfinite(v))):
            return -1
    return keys


def _repair(segment: str, extracted: bool, notes: tuple[str, ...] = (),
            tokens: list[tuple[str, str]] | None = None, *, partial: bool = True) -> Parsed:
    """json-repair, judged by :func:`.checks.judge_repair` against ``segment``.

    First on the smallest broken containers only (:func:`.partial.repair_containers`); what
    is still broken after a few of them goes to one json-repair run on the spliced text. Only
    if that is refused and differs from ``segment`` is the whole ``segment`` repaired afresh,
    so a refusal here is one the plain full repair makes too.
    """
    toks = dialects.tokenize(segment) if tokens is None else tokens
    dups = duplicates.in_tokens(toks)
    if dups:  # json-repair would keep the last value
        raise DuplicateKeys(dups)
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
