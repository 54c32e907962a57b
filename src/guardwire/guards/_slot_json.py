"""JSON around a slot, for :mod:`._slot_stream`.

In a JSON document of the answer (one that starts a line: its first non-blank character is
``{`` followed by ``"`` or ``}``, or ``[`` followed by the start of a JSON value; or an
object starting mid-line, ``Result: {"total": <sum>}``: a ``{`` followed by ``"``; a ``[``
mid-line is prose, "[1]", "[tests: <sum>]"), a slot inside a
JSON string gets its value JSON-escaped (``{"name": "<name>"}`` with ``O"Brien`` is
``{"name": "O\\"Brien"}``) and a slot where a JSON value goes gets a JSON literal: a
number as a JSON number (the ``number_format`` result when it is one, else the number
written plainly: ``"total": <sum>`` with ``","`` is ``1234.5``, not ``1,234.5``),
``true``/``false`` for a bool, any other value as a JSON string, and an unknown slot
``null`` (stripping it left ``"total": ,``). The
document ends where its first bracket closes, or at a character JSON does not allow outside
a string (a word other than true/false/null: "[tests: <sum>]" is prose); what follows is
prose, and the next line may start another document.

The state is read from the output before the slot, so a stream and the whole text agree; it
is kept per drain as marks (output offset, state after it) that a cut of the output drops.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any, Literal

__all__ = ["JsonContext", "Where", "json_value"]

Where = Literal["string", "value"] | None
#: (mode, depth, in a string, after a backslash in one, the opening bracket, the letters
#: ending the text so far when they may still become true/false/null)
State = tuple[int, int, bool, bool, str, str]
_BLANK, _JSON, _PROSE, _OPENED = 0, 1, 2, 3
_START: State = (_BLANK, 0, False, False, "", "")
_NONBLANK = re.compile(r"\S")
# where a document may open in prose: a bracket starting a line, or a brace anywhere
# ("Result: {"name": …}"; a "[" mid-line is prose: "[1]", "[tests: <sum>]")
_PROSE_OPEN = re.compile(r"\n[ \t\r]*[{\[]|\{")
# outside strings: what JSON allows there (blanks, numbers, separators, true/false/null, whole
# strings) up to a bracket, a string that does not end in this text, or a character JSON does
# not allow (then it is prose: "[2024 report: <sum> events]"); one call of the regex engine (a
# loop over the quotes and brackets cost 2x the filler's time)
_SKIP = re.compile(r'(?:[\s0-9.eE+\-,:]|(?:true|false|null)(?=[^A-Za-z])'
                   r'|"(?:[^"\\]|\\[\s\S])*")*')
# the words JSON allows outside strings: any other word ("[tests: <sum>]") is prose; a
# word the text ends in is kept in the state until a non-letter follows ("tr" + "ue")
_LITERALS = ("true", "false", "null")
_LETTERS = re.compile(r"[A-Za-z]+")
_STRING_BODY = re.compile(r'(?:[^"\\]|\\[\s\S])*')
_FIRST = {"{": '"}', "[": '{["-0123456789tfn]'}  # what may follow an opening bracket
_JSON_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?\Z")


def advance(state: State, text: str) -> State:
    """The JSON state after ``text`` follows output in ``state``."""
    mode, depth, in_str, esc, opener, word = state
    if word:
        text, word = word + text, ""
    i, n = 0, len(text)
    while i < n:
        if mode == _PROSE:  # a document may start the next line
            m = _PROSE_OPEN.search(text, i)
            if m is not None:
                mode, opener, i = _OPENED, m.group()[-1], m.end()
                continue
            j = text.rfind("\n", i)
            if j >= 0 and not text[j + 1 :].strip(" \t\r"):
                mode = _BLANK  # a line start: the next text decides
            break
        if mode != _JSON:  # nothing but blanks on the line yet, or an opening bracket
            m = _NONBLANK.search(text, i)
            if m is None:
                break
            c, i = m.group(), m.end()
            if mode == _BLANK and c in _FIRST:
                mode, opener = _OPENED, c
            elif mode == _OPENED and c in _FIRST[opener]:
                mode, depth, i = _JSON, 1, m.start()
            else:
                mode = _PROSE
        elif esc:
            esc, i = False, i + 1
        elif in_str:
            i = _STRING_BODY.match(text, i).end()  # type: ignore[union-attr]
            if i < n:  # a quote ends the string; a backslash ends the text
                esc, in_str, i = text[i] == "\\", text[i] == "\\", i + 1
        else:
            i = _SKIP.match(text, i).end()  # type: ignore[union-attr]
            run = _LETTERS.match(text, i)
            if run is not None and run.end() == n and any(
                    w.startswith(run.group()) for w in _LITERALS):
                word = run.group()  # "tr" may become "true" or "trust": the next text says
                break
            if i < n:
                c, i = text[i], i + 1
                if c == '"':
                    in_str = True
                elif c in "{[":
                    depth += 1
                elif c not in "}]" or depth == 1:  # not JSON, or the document ended
                    mode, depth = _PROSE, 0
                else:
                    depth -= 1
    return (mode, depth, in_str, esc, opener, word)


def _where(state: State) -> Where:
    if state[0] != _JSON:
        return None
    return "string" if state[2] else "value"


class JsonContext:
    """Whether a slot is in a JSON string or value position (see the module docstring).

    ``shown``: the state after the text a stream has shown; ``marks``: (offset in this
    drain's output, state after it), dropped by :meth:`cut` when the output is cut back."""

    def __init__(self) -> None:
        self.shown: State = _START
        self.marks: list[tuple[int, State]] = []

    def at(self, tail: Callable[[int], str], out_len: int, before: str) -> Where:
        """Where a slot goes after this drain's output (``out_len`` characters, whose end
        ``tail(k)`` gives) and then ``before`` (the text the output goes on with: it is
        marked, and a cut drops the mark if the output does not)."""
        end, state = self.marks[-1] if self.marks else (0, self.shown)
        if end < out_len:
            state = advance(state, tail(out_len - end))
        if before:
            state = advance(state, before)
        if end < out_len + len(before):
            self.marks.append((out_len + len(before), state))
        return _where(state)

    def cut(self, out_len: int) -> None:
        while self.marks and self.marks[-1][0] > out_len:
            self.marks.pop()

    def drained(self, text: str) -> None:
        """``text`` was shown: the next drain starts after it."""
        end, state = 0, self.shown
        for end, state in reversed(self.marks):  # noqa: B007 (the last mark inside ``text``)
            if end <= len(text):
                break
        else:
            end, state = 0, self.shown
        self.marks.clear()
        if end < len(text):
            state = advance(state, text[end:])
        self.shown = state


def json_value(where: Where, value: str, raw: Any, plain: Callable[[], str]) -> str:
    """``value`` (a slot's value as written) where ``where`` says: escaped in a JSON
    string, a JSON literal in a value position (``plain()``: the number without
    ``number_format``, when the formatted one is no JSON number)."""
    if where == "string":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    if isinstance(raw, bool):
        return "true" if raw else "false"
    if raw is None:
        return "null"
    if isinstance(raw, int | float | Decimal):
        return value if _JSON_NUMBER.match(value) else plain()
    return json.dumps(value, ensure_ascii=False)
