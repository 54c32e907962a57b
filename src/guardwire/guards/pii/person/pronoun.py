"""A lone name with a personal pronoun in its sentence: "Ley began writing as a teenager,
publishing her first story", "He's injured …, but Dori just has to …". Such a word has no
cue, no listed first name and often no model score; a pronoun that only stands for a person
(``he``, ``her`` …; not ``it``, ``they``) says a person is talked about. Alone it is not
enough: the word must also be no English word (a capitalised ``Yesterday`` stays) or a
listed first name."""

from __future__ import annotations

from .coord import _lower_lines, _unknown
from .grow import unknown_word
from .lexicon import DETERMINERS, PARTICLES, PLACE_BEFORE, english_word
from .tokens import (
    Toks,
    address_part,
    calendar,
    cue_after,
    has_veto,
    in_address,
    is_first_name,
    name_like,
)

PERSONAL = frozenset({"he", "she", "his", "her", "him", "hers", "himself", "herself"})
"""Pronouns that only stand for a person (not ``it``, ``they``, ``its``)."""
_ENDS = frozenset({".", "!", "?", ";"})
_WINDOW = 12


def _sentence(d: Toks, i: int) -> tuple[int, int]:
    """The bounds of ``i``'s sentence, cut to :data:`_WINDOW` tokens on each side (only the
    window is read: walking a whole sentence for each word was quadratic in a long one)."""
    a, low, high = i, max(0, i - _WINDOW), min(d.n, i + _WINDOW)
    while a > low and d.text[a - 1] not in _ENDS and "\n" not in d.text[a - 1] + d.ws[a - 1]:
        a -= 1
    b = i
    while b < high and d.text[b] not in _ENDS and "\n" not in d.text[b]:
        if b > i and "\n" in d.ws[b - 1]:
            break
        b += 1
    return a, b


def pronoun_names(d: Toks, found: dict[int, tuple[int, str]], first_names: frozenset[str],
                  english: frozenset[str]) -> None:
    """Add a lone word with a personal pronoun (:data:`PERSONAL`) within 12 tokens in its
    sentence: capitalised and no English word or a listed first name, or, in a line typed
    without capitals, lower case and no English word. Not after a place word (``in``,
    ``to``) or a determiner (``her Allianz resignation letter``), not next to another
    capitalised word (a longer phrase: other rules decide), not in an address, not after a
    particle in lower case (``rue de pologne``)."""
    pronouns = [k for k in range(d.n) if d.low[k] in PERSONAL]
    if not pronouns:
        return
    near_one: set[int] = set()  # within the window of a pronoun (its sentence: below)
    for k in pronouns:
        near_one.update(range(max(0, k - _WINDOW), min(d.n, k + _WINDOW + 1)))
    covered = {k for s, (e, _) in found.items() for k in range(s, e)}
    lower = _lower_lines(d)
    for i in sorted(near_one):
        if i in covered or d.stop[i] or calendar(d, i, i + 1):
            continue
        if lower[i] and d.text[i].islower() and d.text[i].isalpha():
            if not (_unknown(d, i, english) or (d.low[i] in first_names
                                                 and not english_word(d.low[i], english))):
                continue
            if d.prev[i] >= 0 and d.low[d.prev[i]] in PARTICLES:
                continue  # "rue de pologne"
        elif not (d.text[i][:1].isupper() and name_like(d, i, False)
                  and (unknown_word(d, i, english) or is_first_name(d, i, first_names))):
            continue
        p = d.prev[i]
        if p >= 0 and (d.low[p] in PLACE_BEFORE or d.low[p] in DETERMINERS):
            continue  # "in Joinville", "her Allianz resignation letter"
        if (i + 1 < d.n and d.text[i + 1][:1].isupper() and d.ws[i] == " ") or (
                p >= 0 and p == i - 1 and d.ws[p] == " " and d.text[p][:1].isupper()
                and name_like(d, p, False)):
            continue  # part of a longer capitalised phrase: other rules decide
        if address_part(d, i):
            continue  # "… 468, Joinville"
        a, b = _sentence(d, i)
        near = range(max(a, i - _WINDOW), min(b, i + _WINDOW))
        if not any(d.low[k] in PERSONAL for k in near):
            continue
        if has_veto(d, i, i + 1) or in_address(d, i, i + 1):
            continue
        found[i] = (i + 1, "pronoun")
        covered.add(i)


def lower_subjects(d: Toks, found: dict[int, tuple[int, str]], first_names: frozenset[str],
                   english: frozenset[str]) -> None:
    """In a line typed without capitals, one or two lower-case words before a person verb
    (``eva kleist lives at …``, ``selma is from …``; :func:`.tokens.cue_after`) are a name
    when one of them is no English word or a listed first name, none a stop word, and they
    start the line or a sentence or follow a comma (not ``the bill said``)."""
    covered = {k for s, (e, _) in found.items() for k in range(s, e)}
    lower = _lower_lines(d)
    for j in range(1, d.n):
        w = d.text[j - 1]
        if (j in covered or not lower[j - 1] or not w.islower() or not w.isalpha()
                or d.stop[j - 1] or not cue_after(d, j)):
            continue
        for start in (j - 2, j - 1):
            words = [k for k in range(start, j)]
            if start < 0 or any(
                    k in covered or not lower[k] or not d.text[k].isalpha()
                    or not d.text[k].islower() or d.stop[k] or calendar(d, k, k + 1)
                    or (k > start and d.ws[k - 1] != " ") for k in words):
                continue
            p = d.prev[start]
            if not (p < 0 or d.text[p] in (".", "!", "?", ",", ":", ";")
                    or "\n" in d.text[start - 1] + d.ws[start - 1]):
                continue
            if not any(_unknown(d, k, english) or d.low[k] in first_names for k in words):
                continue
            found[start] = (j, "cue")
            covered.update(words)
            break
