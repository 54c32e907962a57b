"""PERSON rules that lean on the name lists: pairs (``Marrero and Murphy``), lower-case
lists of first names, lower-case full names (``follow up with patricia desrosiers``) and user
names made of a first name and a surname (``john.smith``)."""

from __future__ import annotations

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from .lexicon import (
    CALENDAR,
    DETERMINERS,
    FIRM_SUFFIXES,
    FIRM_WORDS,
    LIST_SEPARATORS,
    NOT_NAME,
    PLACE_BEFORE,
    PLACE_LABELS,
    english_word,
    fold,
)
from .tokens import (
    Toks,
    after_number,
    calendar,
    cue_after,
    cue_before,
    has_veto,
    in_address,
    name_like,
)

Found = dict[int, tuple[int, str]]


def _next(d: Toks, j: int) -> int:
    k = j + 1
    while k < d.n and d.space[k]:
        k += 1
    return k


def _single(d: Toks, t: int) -> bool:
    """A capitalised name-like word standing alone (no capitalised word glued before/after)."""
    if not (0 <= t < d.n) or not d.text[t][:1].isupper() or not name_like(d, t, False):
        return False
    if d.stop[t] or calendar(d, t, t + 1) or has_veto(d, t, t + 1) \
            or d.low[t] in FIRM_WORDS or after_number(d, t) or after_number(d, t + 1):
        return False
    nxt = t + 1
    if nxt < d.n and d.ws[t] == " " and d.text[nxt][:1].isupper():
        return False
    prv = t - 1
    if prv >= 0 and d.low[prv] in DETERMINERS:  # "Octavia the Octopus and Gregory"
        return False
    return not (prv >= 0 and d.ws[prv] == " " and d.text[prv][:1].isupper()
                and d.low[prv] not in NOT_NAME)


def pairs(d: Toks, found: Found, ents: list[tuple[str, int, int]],
          first_names: frozenset[str], surnames: frozenset[str],
          english: frozenset[str] = frozenset()) -> None:
    """``X and Y`` (just two): when one side is a name and one side is a known first name or
    surname, a lone capitalised word on the other side is a name too ("Marrero and Murphy");
    with neither found, both are names when one side is no English word (``english``) and
    the other a known first name or surname or no English word either ("Usamov and Bowers
    were …"; not "Wisdom and Discipline", "Barnes and Noble")."""
    ands = [j for j, w in enumerate(d.low) if w == "and"]
    if not ands:
        return
    ends = {e - 1 for e, _ in found.values()}
    covered = {k for s, (e, _) in found.items() for k in range(s, e)}
    place = {k for label, s, e in ents if label in PLACE_LABELS for k in range(s, e)}
    for j in ands:
        x = d.prev[j]
        y = _next(d, j)
        if x < 0 or y >= d.n or not any(d.low[t] in first_names or d.low[t] in surnames
                                        or _unknown_cap(d, t, english) for t in (x, y)):
            continue  # "Wisdom and Discipline": no lexical evidence
        before_x = d.prev[x]
        after_y = _next(d, y)
        if (before_x >= 0 and d.text[before_x] in LIST_SEPARATORS) or (
                after_y < d.n and d.text[after_y] in LIST_SEPARATORS):
            continue  # a longer list: see find._extend_lists
        new = y if x in ends and y not in found else x if y in found and x not in ends else -1
        if new >= 0 and new not in covered and new not in place and _single(d, new):
            found[new] = (new + 1, "pair")
            covered.add(new)
        elif new < 0 and not covered & {x, y} and not place & {x, y} \
                and _single(d, x) and _single(d, y) and not in_address(d, y, y + 1) \
                and not (before_x >= 0 and d.low[before_x] in _NOT_BEFORE_PAIR) \
                and (_unknown_cap(d, x, english) or _unknown_cap(d, y, english)):
            found[x] = (x + 1, "pair")
            found[y] = (y + 1, "pair")
            covered.update((x, y))


_NOT_BEFORE_PAIR = PLACE_BEFORE | {"'s", "’s"}
"""Words before a pair that make it places or a title: "at Růžena and Király u. 15",
"Woman's Era and Naj"."""


def _unknown_cap(d: Toks, t: int, english: frozenset[str]) -> bool:
    """A capitalised word (the rest lower case) of Latin letters, three or more, that is no
    English word."""
    w = d.text[t]
    return (bool(english) and len(w) > 2 and w.isalpha() and w[:1].isupper()
            and w[1:].islower() and all(ord(c) < 0x250 for c in w)
            and not english_word(d.low[t], english))


def _lower_word(d: Toks, t: int) -> bool:
    w = d.text[t]
    return (w.isalpha() and w.islower() and len(w) > 1 and not d.stop[t]
            and d.low[t] not in CALENDAR and d.low[t] not in NOT_NAME)


def lower_lists(d: Toks, found: Found, first_names: frozenset[str]) -> None:
    """A lower-case list ("silvana, adam, christopher and caleb") mostly of first names."""
    if sum(1 for w, t in zip(d.low, d.text, strict=True) if w in first_names and t.islower()) < 2:
        return  # a list needs two lower-case first names
    covered = {k for s, (e, _) in found.items() for k in range(s, e)}
    i = 0
    while i < d.n:
        items: list[int] = []
        j = i
        while j < d.n and _lower_word(d, j):
            items.append(j)
            k = _next(d, j)
            if k < d.n and d.text[k] in LIST_SEPARATORS:
                k = _next(d, k)
                if k < d.n and d.text[k] == "and":
                    k = _next(d, k)
                j = k
            else:
                break
        hits = sum(1 for t in items if d.low[t] in first_names)
        if len(items) >= 3 and hits * 2 >= len(items) + 1 and hits >= 2:
            for t in items:
                if t not in covered:
                    found[t] = (t + 1, "list")
        i = max(j, i) + 1


def lower_full_names(d: Toks, found: Found, first_names: frozenset[str],
                     surnames: frozenset[str], english: frozenset[str] = frozenset()) -> None:
    """Lower-case "patricia desrosiers", "benjamin a seiler": a first name and a surname (or
    an initial and a word); after a person cue, a word that is no English word (``english``)
    counts as either ("follow up with aoife okafor", "with kwame lindqvist")."""
    covered = {k for s, (e, _) in found.items() for k in range(s, e)}
    lower_line = _lower_lines(d)
    for i in range(d.n - 1):
        if not lower_line[i]:
            continue
        if i in covered or not _lower_word(d, i) or d.ws[i] != " ":
            continue
        known = d.low[i] in first_names
        if not known and not _unknown(d, i, english):
            continue
        j = i + 1
        if j in covered:
            continue
        w = d.text[j]
        end = 0
        guess = not known  # a non-word stands for a name part: only after a cue
        if _lower_word(d, j) and (d.low[j] in surnames or _unknown(d, j, english)):
            end = j + 1
            guess = guess or d.low[j] not in surnames
        elif len(w.rstrip(".")) == 1 and w[:1].isalpha() and w[:1].islower() \
                and d.ws[j] == " " and j + 1 < d.n and _lower_word(d, j + 1) \
                and j + 1 not in covered and d.low[j + 1] in surnames:
            end = j + 2
        if not end or after_number(d, i) or after_number(d, end) or in_address(d, i, end) \
                or (end < d.n and d.low[end].rstrip(".") in FIRM_SUFFIXES):
            continue  # "stillwater supercomputing inc."
        if guess:
            if cue_before(d, i) is not None:
                found[i] = (end, "lower")
                covered.update(range(i, end))
            continue
        # a line break is a blank token of its own between the previous word and this one
        line_start = d.prev[i] < 0 or any(
            "\n" in d.text[k] + d.ws[k] for k in range(d.prev[i], i))
        if line_start or cue_before(d, i) is not None or cue_after(d, end):
            found[i] = (end, "lower")
            covered.update(range(i, end))


def _unknown(d: Toks, t: int, english: frozenset[str]) -> bool:
    """A lower-case word of Latin letters, three or more, that is no English word."""
    w = d.text[t]
    return (bool(english) and len(w) > 2 and all(ord(c) < 0x250 for c in w)
            and not english_word(d.low[t], english))


def _typed_capital(d: Toks, t: int, line_start: int) -> bool:
    """Whether token ``t`` is ``I`` (``I'm``, ``I'll``) or a word starting its line or a
    sentence, capitalised only there."""
    if d.text[t] == "I" or (not d.text[t][1:].islower() and len(d.text[t]) > 1):
        return d.text[t] == "I"
    p = d.prev[t]
    return t == line_start or p < line_start or d.text[p] in (".", "!", "?")


def _lower_lines(d: Toks) -> list[bool]:
    """Per token: whether its line has no capital letter (text typed all in lower case);
    computed once per ``Doc``."""
    if d.lower_lines is not None:
        return d.lower_lines
    out = [False] * d.n
    start = 0
    for k in range(d.n + 1):
        if k == d.n or "\n" in d.text[k] or "\n" in d.ws[k]:
            end = min(k + 1, d.n)
            # capitals the writer had to type do not count: "I", "I'm", a sentence's first
            # word ("I spoke with ingrid smith", "Please cc ada lovelace")
            low = not any(c.isupper() for t in range(start, end) for c in d.text[t]
                          if not _typed_capital(d, t, start))
            for t in range(start, end):
                out[t] = low
            start = k + 1
    d.lower_lines = out
    return out


def firm_lists(d: Toks, found: Found, first_names: frozenset[str]) -> None:
    """Drop single names that are items of a firm's name: two or three capitalised words
    joined by ``,``, ``and`` or ``&`` right before a firm word (``The Clark, Romero and Hall
    Orchestra``, ``Lucid and Loveland Technologies``); known first names stay (``Maria, John
    and Acme Corp``)."""
    for k in range(1, d.n):
        if not (d.text[k][:1].isupper() and d.low[k].rstrip(".") in FIRM_SUFFIXES):
            continue
        items: list[int] = []
        j = d.prev[k]
        if j < 0 or d.ws[j] != " ":
            continue
        while j >= 0 and len(items) < 3 and d.text[j][:1].isupper() and "\n" not in d.ws[j]:
            items.append(j)
            sep = d.prev[j]
            if sep < 0 or d.text[sep] not in LIST_SEPARATORS:
                break
            j = d.prev[sep]
        if len(items) >= 2:
            for t in items:
                if t in found and found[t][0] == t + 1 and d.low[t] not in first_names:
                    del found[t]


_HANDLE = regex.compile(r"([^\W\d_]{2,})[._]([^\W\d_]{2,})")


def handles(d: Toks, found: Found, first_names: frozenset[str],
            surnames: frozenset[str]) -> None:
    """A user name made of a first name and a surname (``john.smith``, ``mary_jones``,
    ``ada.lovelace``): one token that no name rule reads (the URL recognizer took
    ``john.sm`` of it, as ``.sm`` is a top-level name, and left ``ith``)."""
    if not (first_names and surnames):
        return
    covered = {k for s, (e, _) in found.items() for k in range(s, e)}
    for i in range(d.n):
        m = _HANDLE.fullmatch(d.text[i]) if i not in covered else None
        if m and all(fold(g) not in CALENDAR and g.lower() not in STOP_WORDS
                     for g in m.groups()) \
                and fold(m.group(1)) in first_names and fold(m.group(2)) in surnames:
            found[i] = (i + 1, "handle")
