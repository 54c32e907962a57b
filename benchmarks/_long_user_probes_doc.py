"""The shared text helper of the long user-input probes (:mod:`_long_user_probes`)."""

from __future__ import annotations

import textwrap

import regex

__all__ = ["doc"]

_KEEP = regex.compile(r"^(?:- |\d+[.)] |#|[A-Z][\w /-]{0,30}:(?: |$)|\|)")


def doc(raw: str) -> str:
    """``raw`` (a wrapped, indented text) as the one-line-per-paragraph text a user pastes."""
    out: list[str] = []
    for para in textwrap.dedent(raw).strip().split("\n\n"):
        lines: list[str] = []
        for line in para.split("\n"):
            if lines and not _KEEP.match(line):
                lines[-1] += " " + line.strip()
            else:
                lines.append(line.strip())
        out.append("\n".join(lines))
    return "\n\n".join(out)
