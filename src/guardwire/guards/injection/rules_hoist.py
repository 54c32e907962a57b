"""A rule's leading lookbehinds tried last: the same match, found cheaper (issue 3, latency).

Many rules open with a lookbehind that reads up to a few hundred characters back ("not in a
story": ``(?<!\\b(?:geschichte|roman|…)\\w*[^.!?\\n]{0,200})``; "after a plea": ``(?<=(?:…)
(?:[^\\w.!?\\n]+\\w+){0,8}?[^\\w.!?\\n]+)``). The ``regex`` module reads a lookbehind backwards
at every attempt, before the rest of the pattern: on 100 KB of a rule's own trigger words that
is 45-74 us per attempt, where the rest of the pattern fails in ~2 us. :func:`hoisted` splits a
pattern into *steps*: each top-level branch's leading lookbehinds (``behind``) and what follows
them (``rest``); the rule's match is the first step whose ``rest`` matches at the start and
whose ``behind`` then holds there. That is the pattern's own match: a lookbehind is zero-width
and reads only what lies before the start, so ``(?<=A)B`` matches at a position exactly when
``B`` does and ``A`` holds there, with ``B``'s span; the branches of a top-level alternation are
tried in order, the first that matches wins. Patterns with back-references, global inline flags
or a quantified lookbehind are left whole (``None``); ``tests/test_injection_scan_speed.py``
compares every rule's steps with its pattern on the shared data and the probes.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .lazy_regex import LazyPattern

__all__ = ["HOISTED", "CompiledStep", "Step", "branches", "compiled_steps", "hoisted",
           "match_steps"]

# The rules tried as steps: those whose attempts were measured several times cheaper that way,
# on 100 KB of their own trigger words and on the shared data's rows at their anchors (95-123
# -> 3-9 us per attempt for ``persona.anti_model_*`` on their words; ``opposite_mode`` 11-22 ->
# 3-5 us). For the others the lookbehind fails cheaply before a costly rest (the ``authority``
# rules: 2-9 -> 34-109 us hoisted), so they stay whole. Only the cost differs, never the match.
HOISTED = frozenset({
    *(f"persona.anti_model_{lang}"
      for lang in ("de", "fr", "es", "pt", "it", "nl", "pl", "ru", "tr", "ar")),
    "persona.unrestricted_ai_zh", "persona.opposite_mode", "persona.plea_drop_rules",
    "indirect.order_to_ai_reader", "indirect.hidden_html",
    # twentieth session: every hoistable rule timed whole and as steps on the attempts the scan
    # makes (no budget) on the 50 latency prompts cut to 1,000 and 3,000 characters and on
    # every 15th shared row: these two were cheaper as steps on both (per attempt: 39.8 -> 22.1
    # and 39.7 -> 17.1 us; 40.3 -> 17.9 and 33.2 -> 19.9 us). At every anchor position (no
    # prefilter) most hoistable rules were cheaper as steps (``override.code_comment_ai_order``
    # 1,513 -> 19 us), but on the attempts the scan makes most were slower
    # (``override.rules_aside_request`` 54 -> 91, ``leak.unseen_setup`` 13 -> 29 us): not added
    "override.prior_setup_void", "override.safety_guidance_skipped"})

# (the branch's leading lookbehinds, or None; the rest of the branch), compiled on first use
Step = tuple[LazyPattern | None, LazyPattern]
CompiledStep = tuple[regex.Pattern[str] | None, regex.Pattern[str]]

_UNSAFE = regex.compile(r"\\[1-9]|\(\?P=|\\g<|\(\?[a-zA-Z]+\)|\(\?\(")


def _close(src: str, i: int) -> int:
    """The index of the ``)`` closing the group opened at ``src[i]``."""
    depth, in_class = 0, False
    while i < len(src):
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            if src.startswith("^", i + 1):
                i += 1
            if src.startswith("]", i + 1):  # a "]" first in a class is a literal
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError("unbalanced group")


def branches(src: str) -> list[str]:
    """The top-level alternatives of a pattern (``a|(?:b|c)|d`` -> ``a``, ``(?:b|c)``,
    ``d``)."""
    out, start, i = [], 0, 0
    while i < len(src):
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if c in "([":
            i = (_close(src, i) if c == "(" else _class_end(src, i)) + 1
            continue
        if c == "|":
            out.append(src[start:i])
            start = i + 1
        i += 1
    out.append(src[start:])
    return out


def _class_end(src: str, i: int) -> int:
    j = i + 1
    if src.startswith("^", j):
        j += 1
    if src.startswith("]", j):
        j += 1
    while j < len(src):
        if src[j] == "\\":
            j += 2
            continue
        if src[j] == "]":
            return j
        j += 1
    raise ValueError("unclosed class")


def _lead(branch: str) -> tuple[str, str]:
    """``(leading lookbehinds, rest)`` of one branch."""
    i = 0
    while branch.startswith(("(?<=", "(?<!"), i):
        end = _close(branch, i) + 1
        if branch[end:end + 1] in ("?", "*", "+", "{"):
            return "", branch  # a quantified assertion: left whole
        i = end
    return branch[:i], branch[i:]


def hoisted(src: str, flags: int = 0) -> tuple[Step, ...] | None:
    """The pattern ``src`` as steps (module docstring), or ``None`` when no branch opens with
    a lookbehind followed by more (then the pattern is tried whole)."""
    if _UNSAFE.search(src):
        return None
    try:
        parts = [_lead(b) for b in branches(src)]
    except ValueError:
        return None
    if not any(lead and rest for lead, rest in parts):
        return None
    steps: list[Step] = []
    plain: list[str] = []  # consecutive branches with nothing hoisted: one alternation

    def flush() -> None:
        if plain:
            steps.append((None, LazyPattern(
                plain[0] if len(plain) == 1 else "(?:" + "|".join(plain) + ")", flags)))
            plain.clear()

    for lead, rest in parts:
        if lead and rest:
            flush()
            steps.append((LazyPattern(lead, flags), LazyPattern(rest, flags)))
        else:
            plain.append(lead + rest)
    flush()
    return tuple(steps)


def compiled_steps(steps: Sequence[Step]) -> tuple[CompiledStep, ...]:
    """``steps`` with their patterns compiled (compiled now if they are not yet)."""
    return tuple((None if behind is None else behind.get(), rest.get())
                 for behind, rest in steps)


def match_steps(steps: Sequence[Step] | Sequence[CompiledStep], view: str, pos: int, endpos: int,
                timeout: float) -> regex.Match[str] | None:
    """What the whole pattern's ``match(view, pos, endpos)`` finds, tried as ``steps``."""
    for behind, rest in steps:
        m = rest.match(view, pos, endpos, timeout=timeout)
        if m is not None and (behind is None
                              or behind.match(view, pos, endpos, timeout=timeout) is not None):
            return m
    return None
