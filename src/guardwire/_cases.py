"""The cases file of ``guardwire check``: JSON lines, each read strictly (an unknown or
doubled key, a document or tool result without text, an expectation about a stage the case
does not have: an error naming the file, line and key, before any case runs)."""

from __future__ import annotations

import difflib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .exceptions import ConfigError


class CasesError(ConfigError):
    """A mistake in a ``guardwire check`` cases file (names the file, line and key)."""


_CASE_KEYS = ("input", "output", "docs", "tool_outputs", "metadata", "expect")
_DOC_TEXT_KEYS = ("text", "content", "page_content", "body", "snippet")
_TOOL_KEYS = ("id", "name", "text")
_EXPECT = ("allow", "block", "reask")
_NO_INPUT_REASK = "a re-ask is only made at the output stage (it repairs a model answer)"


def _case_lines(path: str) -> list[tuple[int, str]]:
    """The file's non-empty lines with their numbers; not UTF-8 names the line."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise CasesError(f"cannot read cases: {exc.strerror or exc}", file=path) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise CasesError(f"line {line}: not UTF-8 text (byte 0x{raw[exc.start]:02x})",
                         file=path) from None
    return [(n, line) for n, line in enumerate(text.splitlines(), start=1) if line.strip()]


class _DuplicateKey(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise _DuplicateKey(k)
        out[k] = v
    return out


def _unknown(key: str, known: Sequence[str]) -> str:
    close = difflib.get_close_matches(key, known, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return f"unknown key {key!r}{hint}; keys: {', '.join(known)}"


def _read_case(line: str, lineno: int, file: str) -> dict[str, Any]:
    """One JSONL case, checked: a misspelled key or a wrong type would otherwise make the
    case run less than it says (a stage skipped, documents ignored) without a word."""
    def bad(msg: str, key: str | None = None) -> CasesError:
        return CasesError(f"line {lineno}: " + (f"{key}: {msg}" if key else msg), file=file)

    try:
        case = json.loads(line, object_pairs_hook=_no_duplicates)
    except _DuplicateKey as exc:
        raise bad(f"duplicate key {exc.args[0]!r}") from None
    except json.JSONDecodeError as exc:
        raise bad(f"not JSON: {exc.msg}") from exc
    if not isinstance(case, dict):
        raise bad(f"expected a JSON object, got {type(case).__name__}")
    for key in case:
        if key not in _CASE_KEYS:
            raise bad(_unknown(key, _CASE_KEYS))
    for key in ("input", "output"):
        if key in case and not isinstance(case[key], str):
            raise bad(f"expected a string, got {json.dumps(case[key])}", key)
    if "input" not in case and "output" not in case:
        raise bad("needs 'input' or 'output'")
    docs = case.get("docs", [])
    if not isinstance(docs, list):
        raise bad("'docs' must be a list")
    for i, doc in enumerate(docs):
        if not isinstance(doc, str) and not (isinstance(doc, dict) and any(
                isinstance(doc.get(k), str) for k in _DOC_TEXT_KEYS)):
            raise bad("expected a string or an object with a string 'text' (or "
                      f"{', '.join(_DOC_TEXT_KEYS[1:])}), got {json.dumps(doc)[:60]}",
                      f"docs[{i}]")
    tools = case.get("tool_outputs", [])
    if not isinstance(tools, list):
        raise bad("'tool_outputs' must be a list of strings or of objects with a 'text'")
    for i, tool in enumerate(tools):
        if isinstance(tool, str):
            continue
        if not isinstance(tool, dict):
            raise bad("expected a string or an object with a 'text'", f"tool_outputs[{i}]")
        for key in tool:
            if key not in _TOOL_KEYS:
                raise bad(_unknown(key, _TOOL_KEYS), f"tool_outputs[{i}]")
        for key in _TOOL_KEYS:
            if (key == "text" or key in tool) and not isinstance(tool.get(key), str):
                raise bad("expected a string", f"tool_outputs[{i}].{key}")
    if not isinstance(case.get("metadata", {}), dict):
        raise bad("'metadata' must be an object")
    if "expect" in case:
        _check_expect(case, bad)
    return case


def _check_expect(case: dict[str, Any], bad: Any) -> None:
    expect = case["expect"]
    words = ", ".join(repr(w) for w in _EXPECT[:-1]) + f" or {_EXPECT[-1]!r}"
    if isinstance(expect, str):
        if expect not in _EXPECT:
            raise bad(f"expected {words} (or an object by stage), got {expect!r}", "expect")
        if expect == "reask" and "output" not in case:  # it could only be missed
            raise bad(f"{_NO_INPUT_REASK}, and this case has no 'output'", "expect")
        return
    if not isinstance(expect, dict) or not expect:
        raise bad(f"expected {words}, or an object by stage such as "
                  '{"input": "allow", "output": "block"}', "expect")
    for stage, want in expect.items():
        if stage not in ("input", "output"):
            raise bad(_unknown(stage, ("input", "output")), "expect")
        if stage not in case:
            raise bad(f"there is no {stage!r} in this case to check", f"expect.{stage}")
        if want not in _EXPECT:
            raise bad(f"expected {words}, got {json.dumps(want)}", f"expect.{stage}")
        if stage == "input" and want == "reask":
            raise bad(f"{_NO_INPUT_REASK}: expect 'allow' or 'block' at input",
                      "expect.input")


def read_cases(path: str) -> list[tuple[int, dict[str, Any]]]:
    """Every case of the file with its line number; an empty file is an error too (it used
    to report "0 cases" and exit 0, which looked like a green run)."""
    cases = [(n, _read_case(line, n, path)) for n, line in _case_lines(path)]
    if not cases:
        raise CasesError("no cases (the file has no non-empty line)", file=path)
    return cases
