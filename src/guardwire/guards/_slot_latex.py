"""LaTeX around a ``{...}`` slot candidate, for :mod:`._slot_stream`.

A ``{...}`` right after a LaTeX command is its argument, never a slot (``\\frac{a}{b}``,
``\\sqrt[3]{x}``, ``\\frac{x_{i}}{n}``); after ``_`` or ``^`` it is a sub/superscript
(``x_{i}``, ``e^{2}``, ``f(x)^{n}``) unless a resolver knows the name.
"""

from __future__ import annotations

import re

__all__ = ["CONTEXT", "TEX_ARG", "TEX_SCRIPT", "latex_kind"]

CONTEXT = 96  # output kept to read what comes before a "{" (a LaTeX command, "x_")
_GROUP = r"\{(?:[^{}\n]|\{[^{}\n]*\})*\}"
TEX_ARG = re.compile(r"\\[A-Za-z]+\*?(?:\[[^\]\n]{0,40}\])?(?:" + _GROUP + r")*\Z")
TEX_SCRIPT = re.compile(r"[A-Za-z0-9)}][_^]\Z")


def latex_kind(before: str) -> re.Pattern[str] | None:
    """What makes a "{...}" right after ``before`` LaTeX, if anything: ``TEX_ARG`` (a
    command's argument) or ``TEX_SCRIPT`` (a sub/superscript)."""
    if TEX_SCRIPT.match(before, max(0, len(before) - 2)):
        return TEX_SCRIPT
    i = len(before)
    for _ in range(4):  # the command is one of the last backslashes ("\frac{\alpha}")
        i = before.rfind("\\", 0, i)
        if i < 0:
            break
        if TEX_ARG.match(before, i):
            return TEX_ARG
    return None
