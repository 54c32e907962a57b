"""Per-token tests on a spaCy ``Doc``, read once into plain lists (attribute access on spaCy
tokens builds Python objects and is slow)."""

from __future__ import annotations

import functools
from typing import Any

from ..greedy_ner import PERSON_START
from .lexicon import (
    ADDRESS_FORMS,
    AFTER,
    BEFORE,
    CALENDAR,
    CUE_LAST,
    FAMILY,
    FIELD_WORDS,
    MAX_TOKENS,
    NOT_NAME,
    RELATIONS,
    STREET,
    STREET_TYPES,
    STRONG_AFTER,
    STRONG_BEFORE,
    STRONG_LAST,
    TITLES,
    UNITS,
    WEAK_BEFORE,
    fold,
)


@functools.lru_cache(maxsize=65536)
def _fold_cached(word: str) -> str:
    return fold(word)


class Toks:
    """A ``Doc``'s token attributes as plain lists (spaCy attribute access is slow)."""

    __slots__ = ("_like", "ents", "idx", "low", "lower_lines", "n", "num", "person", "prev",
                 "space", "stop", "text", "ws")

    def __init__(self, doc: Any, text: str | None = None) -> None:
        from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, IS_SPACE, IS_STOP, LENGTH, LIKE_NUM, SPACY

        # one array call: each access to a Token (or to doc.ents) builds Python objects
        rows = doc.to_array([IDX, LENGTH, IS_SPACE, IS_STOP, LIKE_NUM, SPACY, ENT_IOB,
                             ENT_TYPE]).tolist()
        full: str = doc.text if text is None else text  # doc.text walks every token
        self.idx: list[int] = [r[0] for r in rows]
        self.text: list[str] = [full[r[0]:r[0] + r[1]] for r in rows]
        self.low: list[str] = [_fold_cached(x) for x in self.text]
        self.space: list[bool] = [bool(r[2]) for r in rows]
        self.stop: list[bool] = [bool(r[3]) for r in rows]
        self.num: list[bool] = [bool(r[4]) or (not x.isalpha() and any(c.isdigit() for c in x))
                                for r, x in zip(rows, self.text, strict=True)]
        self.ws: list[str] = [" " if r[5] else "" for r in rows]
        self.n = len(rows)
        self.prev: list[int] = []  # the previous token that is not white space, or -1
        last = -1
        for space in self.space:
            self.prev.append(last)
            if not space:
                last = len(self.prev) - 1
        strings = doc.vocab.strings
        self.ents: list[tuple[str, int, int]] = []  # (label, start, end), as doc.ents
        for i, r in enumerate(rows):
            if r[6] == 3:  # B
                self.ents.append((strings[r[7]], i, i + 1))
            elif r[6] == 1 and self.ents and self.ents[-1][2] == i:  # I
                label, start, _ = self.ents[-1]
                self.ents[-1] = (label, start, i + 1)
        self._like: dict[tuple[int, bool], bool] = {}
        self.lower_lines: list[bool] | None = None  # per token, see coord._lower_lines
        # the model's P(a PERSON starts at token i), when GreedyNer decoded the Doc
        person = getattr(doc, "user_data", {}).get(PERSON_START)
        self.person: list[float] | None = person if isinstance(person, list) \
            and len(person) == self.n else None


def name_like(d: Toks, i: int, lower_ok: bool) -> bool:
    key = (i, lower_ok)
    known = d._like.get(key)
    if known is None:
        known = d._like[key] = _name_like_uncached(d, i, lower_ok)
    return known


def _name_like_uncached(d: Toks, i: int, lower_ok: bool) -> bool:
    text = d.text[i]
    if not lower_ok and not text[:1].isupper():
        return False
    core = text.rstrip(".")
    key = d.low[i].rstrip(".")
    if not text or not text[0].isalpha() or key in NOT_NAME or key in TITLES:
        return False
    if not core.isalpha() and not all(c.isalpha() or c in "-'’" for c in core):
        return False
    if len(core) == 1 and core.isupper() and core != "I":  # an initial: "A", "J."
        return True
    if d.stop[i]:
        return False
    if len(core) == 2 and core[:1].isupper():  # "Ed", "Th."
        return True
    if core[:1].isupper():
        return not (core.isupper() and len(core) > 3) or lower_ok  # "ACME": not a name
    return lower_ok


def is_first_name(d: Toks, i: int, first_names: frozenset[str]) -> bool:
    key = d.low[i]
    return (bool(first_names) and d.text[i][:1].isupper() and not d.stop[i]
            and key in first_names and key not in CALENDAR)


MODEL_PERSON = 0.15
"""The model's probability of a PERSON starting at a word (see :func:`model_person`)."""


def model_person(d: Toks, i: int) -> bool:
    """Whether the model gives a PERSON starting at token ``i`` at least :data:`MODEL_PERSON`
    (the greedy decoder picked another move; no score when spaCy's own decoder ran)."""
    return (d.person is not None and d.person[i] >= MODEL_PERSON
            and not address_part(d, i))


def address_part(d: Toks, i: int) -> bool:
    """Whether token ``i`` follows a comma on a line that holds a street word or a number
    before it (``Rue de Kairouan, Cite El Farik``, ``Apt. 399, Cyprus``): a town or country."""
    k = d.prev[i]
    if k < 0 or d.text[k] != ",":
        return False
    while k >= 0 and "\n" not in d.text[k] + d.ws[k]:
        if d.num[k] or d.low[k].rstrip(".") in STREET:
            return True
        k -= 1
    return False


def is_surname(d: Toks, i: int, surnames: frozenset[str]) -> bool:
    key = d.low[i]
    return (bool(surnames) and d.text[i][:1].isupper() and not d.stop[i]
            and key in surnames and key not in CALENDAR)


def words_before(d: Toks, i: int, count: int = 3) -> list[str]:
    """The ``count`` words (folded) before token ``i < d.n``, skipping white space."""
    words: list[str] = []
    k = d.prev[i]
    while k >= 0 and len(words) < count:
        words.append(d.low[k])
        k = d.prev[k]
    words.reverse()
    return words


def cue_before(d: Toks, i: int) -> str | None:
    """``"strong"`` (a name introduction, or a title: lower-case names count too), ``"cue"``,
    ``"weak"`` or ``None`` for the words before token ``i``."""
    words = words_before(d, i)
    if not words:
        return None
    title = words[-2] if words[-1] == "." and len(words) >= 2 else words[-1].rstrip(".")
    if title in TITLES:  # "mr. elliott" counts, "Sir bot" does not
        return "cue" if title in ADDRESS_FORMS else "strong"
    if len(words) >= 2 and words[-1] in RELATIONS and words[-2] in ("my", "our", "his",
                                                                      "her", "their", "your"):
        return "cue"
    if words[-1] not in CUE_LAST:
        return None
    for cues, strength in ((STRONG_BEFORE, "strong"), (BEFORE, "cue")):
        for cue in cues:
            if tuple(words[-len(cue):]) == cue:
                return "weak" if cue in WEAK_BEFORE else strength
    return None


def may_start_lower(d: Toks, i: int) -> bool:
    """Cheap test: can a strong cue end right before token ``i``?"""
    if not d.text[i][:1].isalpha():
        return False
    k = d.prev[i]
    if k < 0:
        return False
    last = d.low[k]
    if last in STRONG_LAST or last.rstrip(".") in TITLES:
        return True
    return last == "." and d.prev[k] >= 0 and d.low[d.prev[k]] in TITLES


def cue_after(d: Toks, j: int) -> bool:
    """Whether the words from token ``j`` on are a person cue ("said", "lives")."""
    words = [d.low[k] for k in range(j, min(d.n, j + 3)) if not d.space[k]][:2]
    if not words:
        return False
    if words[0] == ":" and (j < 2 or "\n" in d.text[j - 2] + d.ws[j - 2]):
        return True  # a dialogue line "Ubul: What a wife."
    return any(tuple(words[:len(cue)]) == cue for cue in AFTER)


def strong_cue_after(d: Toks, j: int) -> bool:
    """Whether the words from token ``j`` on make the word before a name on their own
    ("lives", "was born", "'s kid")."""
    words = [d.low[k] for k in range(j, min(d.n, j + 3)) if not d.space[k]][:2]
    if len(words) == 2 and words[0] in ("'s", "’s") and words[1] in FAMILY:
        return True
    return any(tuple(words[:len(cue)]) == cue for cue in STRONG_AFTER)


def has_veto(d: Toks, start: int, end: int) -> bool:
    return any(d.num[k] or d.low[k].rstrip(".") in NOT_NAME or d.text[k] in ("@", "/", "#", "$")
               for k in range(start, end))


def calendar(d: Toks, start: int, end: int) -> bool:
    return any(d.low[k].rstrip(".") in CALENDAR for k in range(start, end))


_WORD_ENDINGS = ("person", "ship", "ness", "ment", "tion", "sion", "ism", "ology", "ware")
"""Endings of English nouns that are hardly ever names ("Salesperson", "Leadership")."""


def not_a_name(d: Toks, start: int, end: int) -> bool:
    """A model "name" that is a field label, a date word, a ticker or a single common noun
    ("Email", "Jubilee Day", "$DEC", "Salesperson")."""
    words = [d.low[k].rstrip(".:") for k in range(start, end)]
    return (all(w in FIELD_WORDS for w in words) or words[-1] in CALENDAR
            or (start > 0 and d.text[start - 1] == "$")
            or (len(words) == 1 and words[0].endswith(_WORD_ENDINGS)))


def extend(d: Toks, i: int, lower_ok: bool, taken: set[int]) -> int:
    """End (exclusive) of the run of name-like tokens starting at ``i``, on one line (at most
    :data:`MAX_TOKENS` words, never ending on a hyphen: "Jean-Luc Al-" of "Jean-Luc
    Al-Hashimi" left "Hashimi")."""
    j, words = i, 0
    while (j < d.n and words < MAX_TOKENS and j not in taken
           and name_like(d, j, lower_ok)):
        if j > i and "\n" in d.ws[j - 1] + d.text[j - 1]:
            break
        j += 1
        words += 1
        if (words < MAX_TOKENS and hyphen_joins(d, j) and j + 1 not in taken
                and name_like(d, j + 1, lower_ok)):
            j += 1  # "Okafor-Lindqvist": the tokenizer splits at the hyphen
    return j


def middle_initial(d: Toks, start: int, end: int) -> bool:
    """A given name, a middle initial and a surname ("Ravil G Yefimov", "Ella H. Snider")."""
    if end - start != 3:
        return False
    first, mid, last = d.text[start], d.text[start + 1].rstrip("."), d.text[end - 1]
    return (len(mid) == 1 and mid.isupper() and len(first) > 2 and len(last) > 2
            and first[:1].isupper() and last[:1].isupper())


def hyphen_joins(d: Toks, j: int) -> bool:
    """Whether token ``j`` is a hyphen glued to the words on both sides."""
    return (0 < j < d.n - 1 and d.text[j] in ("-", "‐") and d.ws[j - 1] == ""
            and d.ws[j] == "")


def trim(d: Toks, start: int, end: int) -> tuple[int, int]:
    """The longest run of name-like tokens in ``[start, end)`` with a capitalised word that
    is not a field label ("Cindy Holinka" of "Cindy Holinka Apt", "Zombie Lundberg" of
    "ex-Zombie Lundberg", "Anđa Tomić" of "Anđa Tomić\nAddress"), else the first run; the
    model's word counts for lower-case names."""
    runs: list[tuple[int, int]] = []
    j = start
    while j < end:
        k = j
        while k < end and name_like(d, k, True) and not has_veto(d, k, k + 1):
            k += 1
        if k > j:
            runs.append((j, k))
        j = k + 1
    if not runs:
        return start, start
    upper = [r for r in runs if any(d.text[t][:1].isupper() for t in range(*r))
             and not not_a_name(d, *r)]
    return max(upper, key=lambda r: r[1] - r[0]) if upper else runs[0]


def in_address(d: Toks, start: int, end: int) -> bool:
    """Whether ``[start, end)`` sits in a street address: a street word or a house number
    before it, or a street word after it, or a number that ends an address line
    (``Spinatsch 94 Apt.``, ``Ziegelgasse 19,``)."""
    before = words_before(d, start, 1)
    if before and (before[0].rstrip(".") in STREET or before[0].isdigit()):
        return True
    k = end
    while k < d.n and d.space[k] and "\n" not in d.text[k]:
        k += 1
    if k >= d.n:
        return False
    if d.low[k].rstrip(".") in STREET - UNITS:  # "Barbara Yudina Apt. 675" is a name
        return True
    if d.low[k] in STREET_TYPES and d.text[k][:1].isupper():  # "Alexander Flat"
        return True
    if d.text[k].isdigit() and len(d.text[k]) <= 5:
        nxt = k + 1
        return nxt >= d.n or d.text[nxt] in (",", ".", ";") or "\n" in d.text[nxt] or (
            d.low[nxt].rstrip(".") in STREET)
    return False


def after_number(d: Toks, i: int) -> bool:
    """Whether a house number is right before token ``i`` (``9816 214 Pavlou Drandaki``) or
    a short number right after the span ending at ``i`` (``Villacher Strasse 89``)."""
    return (i > 0 and d.num[i - 1] and d.text[i - 1].isdigit()) or (
        i < d.n and d.text[i].isdigit() and len(d.text[i]) <= 5)
