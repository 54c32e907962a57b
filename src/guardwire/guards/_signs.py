"""The direction a number states, and answers whose direction the documents contradict
(the grounding guard's sign check): "-4.5%" or "fell 4.5%" where the documents say
"up 4.5%".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ._numbers import canonical_number, says_percent
from ._text import doc_text

# the direction a number states: an explicit sign, a verb or "down"/"up" before it ("fell by
# 4.5%"), or a change noun after a percentage ("a 4.5% decline")
_DOWN = frozenset(["down", "fell", "fall", "falls", "dropped", "drop", "drops", "decreased",
                   "decrease", "decreases", "declined", "decline", "declines", "lost", "lose",
                   "loses", "shrank", "contracted", "slid", "slipped", "plunged", "tumbled",
                   "sank"])
_UP = frozenset(["up", "rose", "rise", "rises", "increased", "increase", "increases", "grew",
                 "grow", "grows", "gained", "gain", "gains", "climbed", "jumped", "surged",
                 "expanded"])
_FILLERS = frozenset(["by", "about", "around", "nearly", "almost", "roughly", "some", "over",
                      "just", "only"])
_DIGITS = re.compile(r"\d[\d,.]*\d|\d")
_PAIRED = re.compile(r"\s?[-–]\s?\d")  # "lost 3-1", "up 10 - 15%": no signed amount
_DIRECTED_AFTER = re.compile(r"(\d[\d,.]*\d|\d) ?(?:%|percent\b|per ?cent\b)\s+(?:(drop|decline"
                             r"|decrease|fall|loss|lower)|(gain|increase|rise|jump|growth"
                             r"|higher))\b", re.IGNORECASE)
_SIGNED = re.compile(r"([-−+])[$€£¥₹]?(\d[\d,.]*\d|\d)")


def directions(text: str) -> dict[str, set[str]]:
    """Canonical number → the directions ("-", "+") ``text`` states for it unambiguously:
    "-4.5%", "down 4.5%", "fell by 4.5%" and "a 4.5% decline" are "-". A hyphen after a
    number or a word is no sign ("3-1", "2024-05-01", "COVID-19", "10 -15%")."""
    found: dict[int, tuple[str, str]] = {}  # position of the number -> (number, direction)
    mixed: set[int] = set()

    def add(pos: int, number: str, sign: str) -> None:
        if found.get(pos, (number, sign))[1] != sign:
            mixed.add(pos)  # "up -4.5%": no clear direction
        found[pos] = (number, sign)

    signed = _SIGNED.finditer(text) if "-" in text or "+" in text or "−" in text else ()
    for m in signed:
        before = text[max(0, m.start() - 20) : m.start()].rstrip()
        if m.start() > 0 and (text[m.start() - 1] not in " \t\n(['\":;" or (
                before and (before[-1].isdigit() or before[-1] in "%.,-−+"))):
            continue
        add(m.start(2), m.group(2), "+" if m.group(1) == "+" else "-")
    for m in _DIGITS.finditer(text):  # a direction word before it: "fell by about 4.5%"
        words = text[max(0, m.start() - 40) : m.start()].rstrip(" $€£¥₹-−+").split()[-3:]
        while len(words) > 1 and words[-1].lower() in _FILLERS:
            words.pop()
        word = words[-1].lower() if words else ""
        if (word in _DOWN or word in _UP) and not _PAIRED.match(text, m.end()):
            add(m.start(), m.group(), "-" if word in _DOWN else "+")
    for m in _DIRECTED_AFTER.finditer(text) if "%" in text or says_percent(text) else ():
        add(m.start(1), m.group(1), "-" if m.group(2) else "+")
    out: dict[str, set[str]] = {}
    for pos, (number, sign) in found.items():
        if pos not in mixed:
            out.setdefault(canonical_number(number), set()).add(sign)
    return out


def sign_conflicts(claim: str, docs: Sequence[Any], cache: dict[str, Any] | None) -> list[str]:
    """The claim's numbers whose direction the documents contradict, signed as claimed
    ("-4.5" for a claimed "-4.5%" where the documents only say "up 4.5%"): flagged only
    when both sides state a direction and no document states the claimed one."""
    mine = directions(claim)
    if not mine:
        return []
    hit = cache.get("_doc_directions") if cache is not None else None
    if hit is not None and hit[0] is docs and hit[1] == len(docs):
        theirs: dict[str, set[str]] = hit[2]
    else:
        theirs = {}
        for d in docs:
            for n, signs in directions(doc_text(d)).items():
                theirs.setdefault(n, set()).update(signs)
        if cache is not None:
            cache["_doc_directions"] = (docs, len(docs), theirs)
    return sorted(sign + n for n, signs in mine.items() for sign in signs
                  if (said := theirs.get(n)) and sign not in said)
