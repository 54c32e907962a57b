"""Rung 4, cheaper: json-repair on the smallest broken containers only, spliced back.

json-repair is pure Python (about 0.4 µs per character of valid JSON, several µs per
character of an unquoted value), so a 2 KB answer with one slip costs about a millisecond in
it even though all but one line is valid JSON. :func:`repair_containers` asks the stdlib
decoder where the first error is, hands json-repair only the smallest object or array around
it, splices the repaired container back as JSON and decodes again — up to ``max_steps`` times.

It is only a cheaper way to get json-repair's value: the caller runs the same trust checks
(:func:`.checks.judge_repair` on the *whole* text, with every step's log) as for a full
repair, and falls back to the full repair when this path gives up or is refused. It gives up
(``None``) when the text has quotes whose reading depends on context (single, curly or
back-tick quotes, an unpaired ``"``), when the brackets do not nest, when the broken container
is the whole value (nothing to save), or when a container comes back as another type.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import json_repair

from . import duplicates
from .checks import brackets_nest

# a complete double-quoted string, a bracket, or a quote that makes the reading uncertain
# (the lookahead names every token's first character: the search skips other text faster)
_SCAN = re.compile(r'(?=["\'“”‘’`´{}\[\]])(?:"(?:[^"\\]|\\[\s\S])*"|[{}\[\]]|["\'“”‘’`´])')
_CONTEXT_QUOTES = frozenset(("sq", "cq", "x"))
_CLOSER = {"{": "}", "[": "]"}
PARTIAL_STEPS = 2  # containers repaired one at a time before the rest goes to one full run


@dataclass(frozen=True, slots=True)
class Spliced:
    """What :func:`repair_containers` did: the text with the repaired containers put back."""

    text: str
    log: tuple[str, ...] = ()
    done: bool = False  # ``text`` is now valid JSON and ``value`` is its value
    value: Any = None


def repair_containers(text: str, tokens: list[tuple[str, str]],
                      max_steps: int = PARTIAL_STEPS) -> Spliced:
    """Repair the broken containers of ``text`` one at a time (at most ``max_steps``).

    ``done`` is set when no error is left. Otherwise ``text`` holds what was repaired so far
    (the rest still broken, ``text`` unchanged if nothing could be done), so a full
    json-repair run on it does no work twice.
    """
    if any(k in _CONTEXT_QUOTES for k, _ in tokens) or not brackets_nest(tokens):
        return Spliced(text)
    cur, log = text, list[str]()
    for step in range(max_steps + 1):
        try:
            return Spliced(cur, tuple(log), True, duplicates.loads(cur, strict=False))
        except json.JSONDecodeError as exc:
            pos = exc.pos
        except RecursionError:
            break
        span = _container_at(cur, pos) if step < max_steps else None
        if span is None:
            break
        start, end = span
        sub = cur[start:end]
        try:
            value, sub_log = json_repair.repair_json(sub, return_objects=True, logging=True,
                                                     skip_json_loads=True)
        except (ValueError, RecursionError):
            break
        if not isinstance(value, dict if sub[0] == "{" else list):
            break
        log.extend(str(e.get("text", "")) for e in sub_log if isinstance(e, dict))
        cur = cur[:start] + json.dumps(value, ensure_ascii=False) + cur[end:]
    return Spliced(cur, tuple(log))


def _container_at(text: str, pos: int) -> tuple[int, int] | None:
    """``(start, end)`` of the innermost object/array open at ``pos``, unless it is the root.

    ``text[:pos]`` is a valid JSON prefix (the decoder stopped at ``pos``), so the stack of open
    brackets before ``pos`` is exact; the closer after it is found with the same string rules,
    and any lone or non-JSON quote on the way makes the span unknown.
    """
    stack: list[int] = []
    for m in _SCAN.finditer(text, 0, pos):
        t = m.group()
        if t in ("{", "["):
            stack.append(m.start())
        elif t in ("}", "]"):
            if not stack:
                return None
            stack.pop()
        elif len(t) == 1:
            return None
    if len(stack) < 2:  # nothing open, or only the root: a full repair costs the same
        return None
    start = stack[-1]
    depth = [text[start]]
    # resume right after the opener; a string the decoder stopped inside is read afresh
    for m in _SCAN.finditer(text, start + 1):
        t = m.group()
        if t in ("{", "["):
            depth.append(t)
        elif t in ("}", "]"):
            if _CLOSER[depth.pop()] != t:
                return None
            if not depth:
                return start, m.end()
        elif len(t) == 1:
            return None
    return None
