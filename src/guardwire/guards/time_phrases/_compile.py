"""How :mod:`.patterns` compiles the rules: bounded whitespace runs (matching stays linear)
and each rule's first-token screen (the pattern without its positive lookbehinds)."""

from __future__ import annotations

import regex


def _bounded(source: str) -> str:
    """Cap unbounded whitespace runs (at most 3 characters between the words of a phrase),
    so no pattern backtracks over a long run of spaces: matching stays linear."""
    return source.replace(r"\s*", r"\s{0,3}").replace(r"\s+", r"\s{1,3}")


def _without_lookbehinds(source: str) -> str:
    """``source`` without its positive lookbehind groups ``(?<=...)``: a pattern that
    matches wherever the original does (an assertion removed only admits more)."""
    out, i = [], 0
    while (j := source.find("(?<=", i)) >= 0:
        if (len(source[:j]) - len(source[:j].rstrip("\\"))) % 2:  # an escaped "\\("
            out.append(source[i : j + 1])
            i = j + 1
            continue
        depth, k, in_class = 0, j, False
        while True:  # the group's closing parenthesis (escapes and [...] classes skipped)
            c = source[k]
            if c == "\\":
                k += 2
                continue
            if in_class:
                in_class = c != "]"
            elif c == "[":
                in_class = True
            elif c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
                if depth == 0:
                    break
            k += 1
        if source[k + 1 : k + 2] in ("*", "+", "?", "{"):
            raise ValueError(f"a quantified lookbehind in {source!r}")
        out.append(source[i:j])
        i = k + 1
    return "".join(out) + source[i:]


def _compiled(source: str) -> regex.Pattern[str]:
    return regex.compile(_bounded(source), regex.IGNORECASE)
