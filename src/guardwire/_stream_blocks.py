"""Splitting a buffered stream's guarded answer back into the text blocks it came in
(Anthropic: text, tool_use, text). The output guards see the whole answer; each text block then
gets the part of the guarded text that its own text became."""

from __future__ import annotations

from difflib import SequenceMatcher
from itertools import pairwise

_MAX_ALIGNED = 20_000  # characters between the first and the last change


def split_like(full: str, cuts: list[int], new: str) -> list[str] | None:
    """``new`` (the guarded ``full``) cut where ``full`` was cut (``cuts``: offsets in
    ``full`` where a later block starts, ascending): one part per block, or None when a
    rewrite spans a cut (the guards rewrote text across blocks: no unambiguous split).
    Text inserted exactly at a cut goes to the earlier block (a citation marker after its
    sentence)."""
    if not cuts:
        return [new]
    if new == full:
        return [full[a:b] for a, b in zip([0, *cuts], [*cuts, len(full)], strict=True)]
    p = 0  # common prefix and suffix first: the matcher only sees what changed
    limit = min(len(full), len(new))
    while p < limit and full[p] == new[p]:
        p += 1
    s = 0
    while s < limit - p and full[-1 - s] == new[-1 - s]:
        s += 1
    if max(len(full), len(new)) - p - s > _MAX_ALIGNED:
        return None  # the matcher is quadratic at worst: too much changed to split safely
    ops: list[tuple[str, int, int, int, int]] = [("equal", 0, p, 0, p)]
    matcher = SequenceMatcher(None, full[p:len(full) - s], new[p:len(new) - s], autojunk=False)
    ops += [(tag, i1 + p, i2 + p, j1 + p, j2 + p) for tag, i1, i2, j1, j2
            in matcher.get_opcodes()]
    ops.append(("equal", len(full) - s, len(full), len(new) - s, len(new)))
    at = [0]
    for cut in cuts:
        where = _mapped(ops, cut)
        if where is None or where < at[-1]:
            return None
        at.append(where)
    at.append(len(new))
    return [new[a:b] for a, b in pairwise(at)]


def _mapped(ops: list[tuple[str, int, int, int, int]], cut: int) -> int | None:
    """Where offset ``cut`` of the old text lands in the new one; None inside an edit."""
    found: int | None = None
    for tag, i1, i2, j1, j2 in ops:
        if not i1 <= cut <= i2:
            continue
        if tag == "equal":
            spot = j1 + (cut - i1)
        elif i1 < cut < i2:
            return None  # a replaced or deleted stretch that spans the cut
        else:
            spot = j2 if cut == i2 else j1
        found = spot if found is None else max(found, spot)
    return found
