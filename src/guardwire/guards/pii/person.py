"""PERSON detection on top of spaCy's NER: person cues, a first-name list, vetoes.

The small English model finds about 60 % of the names in chat-like text; most of the rest it
either misses or labels ``ORG``/``GPE`` (foreign names especially). :func:`find_persons` reads
the model's entities from the ``Doc`` and

- keeps a ``PERSON`` entity unless it holds a digit or an address/company word
  (``Crown St``, ``Box 8144``, ``Orchestra``);
- relabels another entity as a person when every token looks like a name part and there is
  evidence: a *person cue* next to it (a title ``Mr``/``Dr``, ``my name is``, ``call me``,
  ``Dear``, ``said``, ``directed by``, ``my wife`` …) or a first name it starts with;
- adds spans the model missed: capitalised name-like tokens after a cue or starting with a
  known first name; after a strong cue (``my name is``, ``call me``) lower-case words count too.

First names come from an optional list (:func:`load_first_names`): the US Census 1990 given
names shipped by the MIT-licensed ``names`` package (``pip install 'guardwire[names]'``);
without it, only cues and the model decide. Lookups ignore case and accents and never
match a stop word (``May``, ``Will`` … are only names with a cue).
"""

from __future__ import annotations

import functools
import importlib.resources
import importlib.util
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "madam", "dame", "lady",
    "lord", "mister", "mme", "mlle", "monsieur", "madame", "herr", "frau", "señor", "señora",
    "sr", "sra", "fr", "rev", "captain", "capt", "officer", "judge", "uncle", "aunt", "auntie",
})
"""Words that make the following capitalised word a name (``Dr. Wells``)."""

_ADDRESS_FORMS = frozenset({"sir", "madam", "lady", "lord", "dame", "officer", "judge",
                            "captain", "capt", "professor", "uncle", "aunt", "auntie"})
_RELATIONS = frozenset({
    "wife", "husband", "son", "daughter", "kid", "child", "mother", "father", "mom", "mum",
    "dad", "brother", "sister", "friend", "boss", "colleague", "manager", "partner",
    "grandmother", "grandfather", "grandma", "grandpa", "cousin", "nephew", "niece",
    "boyfriend", "girlfriend", "fiancé", "fiancee", "fiance", "coworker", "neighbour",
    "neighbor", "assistant", "doctor", "lawyer", "tenant", "landlord", "patient", "client",
    "customer", "employee", "user", "teacher", "student",
})

# Cue phrases right before a name (lower-cased token texts). Strong cues also accept
# lower-case names ("my name is vitoria").
_STRONG_BEFORE: tuple[tuple[str, ...], ...] = (
    ("name", "is"), ("name", "was"), ("name", "'s"), ("names", "are"), ("name", ":"),
    ("named",), ("named", "him"), ("named", "her"), ("called",), ("call", "me"),
    ("calls", "me"), ("call", "him"), ("call", "her"), ("dear",), ("signed",),
    ("regards", ","), ("sincerely", ","), ("name", "?"), ("by", ":"),
)
_BEFORE: tuple[tuple[str, ...], ...] = (
    ("said",), ("says",), ("told",), ("tell",), ("asked",), ("ask",), ("with",), ("by",),
    ("contact",), ("thanks",), ("thank", "you",), ("hi",), ("hello",), ("hey",), ("meet",),
    ("met",), ("i", "'m"), ("i", "am"), ("this", "is"), ("to",), ("at",), ("and",),
    ("for",), ("from",),
)
_CUE_LAST = frozenset(c[-1] for c in (*_STRONG_BEFORE, *_BEFORE))
_STRONG_LAST = frozenset(c[-1] for c in _STRONG_BEFORE)
_WEAK_BEFORE = frozenset({("to",), ("at",), ("and",), ("for",), ("from",), ("with",),
                          ("by",)})
"""Cues that only count together with other evidence (a first name, a person entity)."""

_AFTER: tuple[tuple[str, ...], ...] = (
    ("said",), ("says",), ("told",), ("asked",), ("shouted",), ("wrote",), ("replied",),
    ("lives",), ("lived",), ("was", "born"), ("is", "a"), ("is", "very"), ("is", "from"),
    ("began",), ("spent",), ("thinks",), ("wants",), ("works",), ("worked",),
)

# A span holding one of these is an address or a company, not a person.
_NOT_NAME = frozenset({
    "st", "street", "str", "rd", "road", "ave", "avenue", "blvd", "lane", "ln", "drive", "way",
    "court", "ct", "place", "pl", "square", "sq", "terrace", "highway", "hwy", "apt", "suite",
    "box", "unit", "floor", "rue", "via", "calle", "avenida", "rua", "ul", "psc", "apo", "fpo",
    "dpo", "inc", "ltd", "llc", "plc", "corp", "corporation", "company", "co", "group", "gmbh",
    "ag", "sa", "bv", "bank", "university", "college", "school", "institute", "hospital",
    "orchestra", "band", "club", "society", "association", "foundation", "agency", "ministry",
    "department", "office", "center", "centre", "hotel", "restaurant", "airport", "station",
    "church", "museum", "park", "river", "lake", "mount", "city", "county", "state", "republic",
    "kingdom", "island", "islands", "international", "technologies", "technology", "solutions",
    "systems", "services", "partners", "holdings", "industries", "labs", "software", "media",
    "and", "of", "the", "&",
})

_STREET = frozenset({
    "st", "street", "str", "strasse", "straße", "rd", "road", "ave", "avenue", "blvd", "lane",
    "ln", "way", "court", "ct", "place", "pl", "square", "sq", "terrace", "highway", "hwy",
    "rue", "via", "calle", "avenida", "rua", "ul", "vej", "gasse", "weg", "laan", "plein",
    "apt", "suite", "box", "unit", "bypass", "turnpike", "crescent", "close", "squares",
})
"""Words around a street name: a "name" next to one is part of an address."""
_UNITS = frozenset({"apt", "suite", "box", "unit"})

_CALENDAR = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "christmas", "easter", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur",
    "thurs", "fri", "sat", "sun", "day", "week", "month", "year", "today", "tomorrow",
    "yesterday", "tonight",
})
_FIELD_WORDS = frozenset({
    "email", "e-mail", "mail", "phone", "tel", "telephone", "mobile", "cell", "fax", "address",
    "name", "contact", "website", "url", "iban", "ssn", "card", "account", "subject", "re",
    "fwd", "cc", "bcc", "date", "user", "customer", "agent", "assistant", "bot", "system",
    "admin", "hi", "hello", "hey", "thanks", "regards", "dear", "ok", "okay", "yes", "no",
    "please", "sorry", "cheers", "password", "pin", "login", "username", "id",
})
"""Words the small model takes for names at the start of a line ("Email: …", "Hi,")."""
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_PLACE_BEFORE = frozenset({"in", "at", "to", "from", "near", "of", "visit", "visited", "into",
                           "via", "across", "around", "through", "toward", "towards", "on"})
_RELABEL = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT",
                      "LANGUAGE", "LAW", "CARDINAL"})
_MAX_TOKENS = 4


def fold(word: str) -> str:
    """Lower case without accents: the key of first-name lookups."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


FIRST_NAME_RANK = 1200
"""Only the most frequent given names of the census list count (rank ≤ this, per sex):
rarer entries are mostly words (``Love`` 4133, ``Sunday`` 3603, ``China`` 3089)."""


@functools.cache
def load_first_names(source: str = "auto", max_rank: int = FIRST_NAME_RANK) -> frozenset[str]:
    """Folded first names from an installed list (``"auto"``: the ``names`` package if
    installed, else none; ``"off"``: none)."""
    if source == "off" or importlib.util.find_spec("names") is None:
        return frozenset()
    out: set[str] = set()
    base = importlib.resources.files("names")
    for fname in ("dist.male.first", "dist.female.first"):
        try:
            text = (base / fname).read_text(encoding="ascii")
        except (FileNotFoundError, UnicodeDecodeError):  # pragma: no cover - another "names"
            continue
        for line in text.splitlines():
            cols = line.split()
            if len(cols) == 4 and cols[3].isdigit() and int(cols[3]) <= max_rank:
                out.add(fold(cols[0]))
    return frozenset(n for n in out if len(n) > 1 and n not in STOP_WORDS)


@dataclass(frozen=True, slots=True)
class PersonSpan:
    """A name found in a ``Doc``: character offsets and how it was found."""

    start: int
    end: int
    source: str  # "ner", "relabel" or "cue"


@functools.lru_cache(maxsize=65536)
def _fold_cached(word: str) -> str:
    return fold(word)


class _Toks:
    """A ``Doc``'s token attributes as plain lists (spaCy attribute access is slow)."""

    __slots__ = ("_like", "ents", "idx", "low", "n", "num", "space", "stop", "text", "ws")

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
        strings = doc.vocab.strings
        self.ents: list[tuple[str, int, int]] = []  # (label, start, end), as doc.ents
        for i, r in enumerate(rows):
            if r[6] == 3:  # B
                self.ents.append((strings[r[7]], i, i + 1))
            elif r[6] == 1 and self.ents and self.ents[-1][2] == i:  # I
                label, start, _ = self.ents[-1]
                self.ents[-1] = (label, start, i + 1)
        self._like: dict[tuple[int, bool], bool] = {}


def _name_like(d: _Toks, i: int, lower_ok: bool) -> bool:
    key = (i, lower_ok)
    known = d._like.get(key)
    if known is None:
        known = d._like[key] = _name_like_uncached(d, i, lower_ok)
    return known


def _name_like_uncached(d: _Toks, i: int, lower_ok: bool) -> bool:
    text = d.text[i]
    if not lower_ok and not text[:1].isupper():
        return False
    core = text.rstrip(".")
    key = d.low[i].rstrip(".")
    if not text or not text[0].isalpha() or key in _NOT_NAME or key in TITLES:
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


def _is_first_name(d: _Toks, i: int, first_names: frozenset[str]) -> bool:
    key = d.low[i]
    return (bool(first_names) and d.text[i][:1].isupper() and not d.stop[i]
            and key in first_names and key not in _CALENDAR)


def _words_before(d: _Toks, i: int, count: int = 3) -> list[str]:
    words: list[str] = []
    k = i - 1
    while k >= 0 and len(words) < count:
        if not d.space[k]:
            words.append(d.low[k])
        k -= 1
    words.reverse()
    return words


def _cue_before(d: _Toks, i: int) -> str | None:
    """``"strong"`` (a name introduction, or a title: lower-case names count too), ``"cue"``,
    ``"weak"`` or ``None`` for the words before token ``i``."""
    words = _words_before(d, i)
    if not words:
        return None
    title = words[-2] if words[-1] == "." and len(words) >= 2 else words[-1].rstrip(".")
    if title in TITLES:  # "mr. elliott" counts, "Sir bot" does not
        return "cue" if title in _ADDRESS_FORMS else "strong"
    if len(words) >= 2 and words[-1] in _RELATIONS and words[-2] in ("my", "our", "his",
                                                                      "her", "their", "your"):
        return "cue"
    if words[-1] not in _CUE_LAST:
        return None
    for cues, strength in ((_STRONG_BEFORE, "strong"), (_BEFORE, "cue")):
        for cue in cues:
            if tuple(words[-len(cue):]) == cue:
                return "weak" if cue in _WEAK_BEFORE else strength
    return None


def _may_start_lower(d: _Toks, i: int) -> bool:
    """Cheap test: can a strong cue end right before token ``i``?"""
    if not d.text[i][:1].isalpha():
        return False
    words = _words_before(d, i, 2)
    if not words:
        return False
    last = words[-1]
    return last in _STRONG_LAST or last.rstrip(".") in TITLES or (
        last == "." and len(words) == 2 and words[0] in TITLES)


def _cue_after(d: _Toks, j: int) -> bool:
    """Whether the words from token ``j`` on are a person cue ("said", "lives")."""
    words = [d.low[k] for k in range(j, min(d.n, j + 3)) if not d.space[k]][:2]
    if not words:
        return False
    if words[0] == ":" and (j < 2 or "\n" in d.text[j - 2] + d.ws[j - 2]):
        return True  # a dialogue line "Ubul: What a wife."
    return any(tuple(words[:len(cue)]) == cue for cue in _AFTER)


def _has_veto(d: _Toks, start: int, end: int) -> bool:
    return any(d.num[k] or d.low[k].rstrip(".") in _NOT_NAME or d.text[k] in ("@", "/", "#", "$")
               for k in range(start, end))


def _calendar(d: _Toks, start: int, end: int) -> bool:
    return any(d.low[k].rstrip(".") in _CALENDAR for k in range(start, end))


def _not_a_name(d: _Toks, start: int, end: int) -> bool:
    """A model "name" that is a field label, a date word or a ticker ("Email", "Jubilee Day",
    "$DEC")."""
    words = [d.low[k].rstrip(".:") for k in range(start, end)]
    return (all(w in _FIELD_WORDS for w in words) or words[-1] in _CALENDAR
            or (start > 0 and d.text[start - 1] == "$"))


def _extend(d: _Toks, i: int, lower_ok: bool, taken: set[int]) -> int:
    """End (exclusive) of the run of name-like tokens starting at ``i``, on one line."""
    j = i
    while (j < d.n and j - i < _MAX_TOKENS and j not in taken
           and _name_like(d, j, lower_ok)):
        if j > i and "\n" in d.ws[j - 1] + d.text[j - 1]:
            break
        j += 1
        if _hyphen_joins(d, j) and j + 1 not in taken and _name_like(d, j + 1, lower_ok):
            j += 1  # "Okafor-Lindqvist": the tokenizer splits at the hyphen
    return j


def _middle_initial(d: _Toks, start: int, end: int) -> bool:
    """A given name, a middle initial and a surname ("Ravil G Yefimov", "Ella H. Snider")."""
    if end - start != 3:
        return False
    first, mid, last = d.text[start], d.text[start + 1].rstrip("."), d.text[end - 1]
    return (len(mid) == 1 and mid.isupper() and len(first) > 2 and len(last) > 2
            and first[:1].isupper() and last[:1].isupper())


def _hyphen_joins(d: _Toks, j: int) -> bool:
    """Whether token ``j`` is a hyphen glued to the words on both sides."""
    return (0 < j < d.n - 1 and d.text[j] in ("-", "‐") and d.ws[j - 1] == ""
            and d.ws[j] == "")


def _trim(d: _Toks, start: int, end: int) -> tuple[int, int]:
    """The longest run of name-like tokens in ``[start, end)`` with a capitalised word that
    is not a field label ("Cindy Holinka" of "Cindy Holinka Apt", "Zombie Lundberg" of
    "ex-Zombie Lundberg", "Anđa Tomić" of "Anđa Tomić\nAddress"), else the first run; the
    model's word counts for lower-case names."""
    runs: list[tuple[int, int]] = []
    j = start
    while j < end:
        k = j
        while k < end and _name_like(d, k, True) and not _has_veto(d, k, k + 1):
            k += 1
        if k > j:
            runs.append((j, k))
        j = k + 1
    if not runs:
        return start, start
    upper = [r for r in runs if any(d.text[t][:1].isupper() for t in range(*r))
             and not _not_a_name(d, *r)]
    return max(upper, key=lambda r: r[1] - r[0]) if upper else runs[0]


def _in_address(d: _Toks, start: int, end: int) -> bool:
    """Whether ``[start, end)`` sits in a street address: a street word or a house number
    before it, or a street word after it, or a number that ends an address line
    (``Spinatsch 94 Apt.``, ``Ziegelgasse 19,``)."""
    before = _words_before(d, start, 1)
    if before and (before[0].rstrip(".") in _STREET or before[0].isdigit()):
        return True
    k = end
    while k < d.n and d.space[k] and "\n" not in d.text[k]:
        k += 1
    if k >= d.n:
        return False
    if d.low[k].rstrip(".") in _STREET - _UNITS:  # "Barbara Yudina Apt. 675" is a name
        return True
    if d.text[k].isdigit() and len(d.text[k]) <= 5:
        nxt = k + 1
        return nxt >= d.n or d.text[nxt] in (",", ".", ";") or "\n" in d.text[nxt] or (
            d.low[nxt].rstrip(".") in _STREET)
    return False


def _extend_right(d: _Toks, start: int, end: int, found: dict[int, tuple[int, str]]) -> int:
    """Grow a name over the capitalised name-like words right after it on the same line
    ("Magnus" + "Poulsen")."""
    k = end
    if _hyphen_joins(d, k) and _name_like(d, k + 1, False):
        k += 2
    while (k < d.n and k - start < _MAX_TOKENS and not d.space[k] and d.ws[k - 1] == " "
           and d.text[k][:1].isupper() and _name_like(d, k, False) and not d.stop[k]
           and not _calendar(d, k, k + 1) and (k not in found or found[k][0] == k + 1)):
        found.pop(k, None)
        k += 1
    return k


def _after_number(d: _Toks, i: int) -> bool:
    """Whether a house number is right before token ``i`` (``9816 214 Pavlou Drandaki``) or
    a short number right after the span ending at ``i`` (``Villacher Strasse 89``)."""
    return (i > 0 and d.num[i - 1] and d.text[i - 1].isdigit()) or (
        i < d.n and d.text[i].isdigit() and len(d.text[i]) <= 5)


def find_persons(doc: Any, first_names: frozenset[str] = frozenset(),
                 text: str | None = None) -> list[PersonSpan]:
    """Names in a spaCy ``Doc`` of ``text`` (sorted, non-overlapping); see the module
    docstring."""
    d = _Toks(doc, text)
    found: dict[int, tuple[int, str]] = {}  # start token -> (end token, source)
    taken: set[int] = set()
    for label, s, e in d.ents:
        if label == "PERSON":
            taken.update(range(s, e))
            s2, e2 = _trim(d, s, e)
            if e2 > s2 and not _not_a_name(d, s2, e2) and not _in_address(d, s2, e2):
                found[s2] = (e2, "ner")
            continue
        if label not in _RELABEL:
            continue
        taken.update(range(s, e))
        if (e - s > _MAX_TOKENS or _has_veto(d, s, e) or _calendar(d, s, e)
                or _after_number(d, s) or _after_number(d, e) or _in_address(d, s, e)):
            continue
        cue = _cue_before(d, s)
        lower_ok = cue == "strong"
        if not all(_name_like(d, k, lower_ok) for k in range(s, e)):
            continue
        place = label in _PLACE_LABELS and s > 0 and d.low[s - 1] in _PLACE_BEFORE
        if (cue in ("strong", "cue") or _cue_after(d, e) or _middle_initial(d, s, e)
                or (_is_first_name(d, s, first_names) and not place and label != "NORP")):
            found[s] = (e, "relabel")
    i = 0
    while i < d.n:
        if i in taken or (not d.text[i][:1].isupper() and not _may_start_lower(d, i)) \
                or not _name_like(d, i, True):
            i += 1
            continue
        cue = _cue_before(d, i)
        end = _extend(d, i, cue == "strong", taken)
        if end == i:
            i += 1
            continue
        starts_sentence = i == 0 or d.text[i - 1] in ('"', ">", ".", "!", "?") or "\n" in (
            d.text[i - 1] + d.ws[i - 1])
        gazetteer = _is_first_name(d, i, first_names)
        after = _cue_after(d, end)
        place_cue = end - i == 1 and d.low[i - 1] in ("from", "in") if i else False
        # a lone first name inside a capitalised phrase ("Princess Royal") needs a cue
        in_caps = (i > 0 and d.text[i - 1][:1].isupper() and d.ws[i - 1] == " "
                   and not _calendar(d, i - 1, i))
        accept = (cue == "strong" or (cue == "cue" and not starts_sentence)
                  or (gazetteer and not place_cue and (cue is not None or after or end - i > 1
                                                       or not (starts_sentence or in_caps)))
                  or (after and not d.stop[i] and (end - i > 1 or gazetteer))
                  or _middle_initial(d, i, end))
        if (accept and not _has_veto(d, i, end) and not _calendar(d, i, end)
                and not _after_number(d, i) and not _after_number(d, end)
                and not _in_address(d, i, end)):
            found[i] = (end, "cue")
            taken.update(range(i, end))
            i = end
        else:
            i += 1  # "Yesterday Ilse": the run may start one word later
    _extend_lists(d, found, taken)
    _block_heads(d, found)
    for s in sorted(found):
        if s in found:
            e, src = found[s]
            found[s] = (_extend_right(d, s, e, found), src)
    return [PersonSpan(d.idx[s], d.idx[e - 1] + len(d.text[e - 1]), src)
            for s, (e, src) in sorted(found.items())]


_PARTICLES = frozenset({"van", "von", "de", "da", "del", "der", "den", "ten", "ter", "la",
                        "le", "di", "du", "dos", "das", "al", "bin", "ibn", "y"})


def _lines(d: _Toks) -> list[tuple[int, int]]:
    """Token ranges of the text's lines (without quote marks ``>`` and blanks at the ends)."""
    out: list[tuple[int, int]] = []
    start = 0
    for k in range(d.n + 1):
        if k == d.n or "\n" in d.text[k] or "\n" in d.ws[k]:
            end = k + 1 if k < d.n and "\n" not in d.text[k] else k
            a, b = start, min(end, d.n)
            while a < b and (d.space[a] or d.text[a] == ">"):
                a += 1
            while b > a and d.space[b - 1]:
                b -= 1
            out.append((a, b))
            start = k + 1
    return out


def _block_heads(d: _Toks, found: dict[int, tuple[int, str]]) -> None:
    """The first line of an address or signature block is a name when it is 2–4 name
    words alone on their line ("Dreux Joly\nPaxata\nPSC 3294, Box 9168"): it starts the text,
    follows a blank line or a quote mark, the next line is short, and a number comes within
    the next three lines."""
    lines = _lines(d)
    for n, (a, b) in enumerate(lines):
        if not 2 <= b - a <= 4 or n + 1 >= len(lines):
            continue
        quoted = a > 0 and d.text[a - 1] == ">"
        if n > 0 and lines[n - 1][1] > lines[n - 1][0] and not quoted:
            continue  # not the first line of a block
        words = range(a, b)
        if not (d.text[a][:1].isupper() and d.text[b - 1][:1].isupper()):
            continue
        if not all((_name_like(d, k, False) and not d.stop[k]) or d.low[k] in _PARTICLES
                   for k in words):
            continue
        if _has_veto(d, a, b) or _calendar(d, a, b) or _not_a_name(d, a, b):
            continue
        na, nb = lines[n + 1]
        if not 0 < sum(not d.space[k] for k in range(na, nb)) <= 5:
            continue
        if not any(d.num[k] for la, lb in lines[n + 1:n + 4] for k in range(la, lb)):
            continue
        for s in [s for s, (e, _) in found.items() if s < b and a < e]:
            del found[s]
        found[a] = (b, "block")


_LIST_SEPARATORS = frozenset({",", "and", "&", "or"})


def _extend_lists(d: _Toks, found: dict[int, tuple[int, str]], taken: set[int]) -> None:
    """In a list of single capitalised words ("Romi, Erik, Amy and Donald") of which at least
    two are names, the others are names too."""
    i = 0
    n = d.n
    while i < n:
        if not d.text[i][:1].isupper():
            i += 1
            continue
        items: list[int] = []
        j = i
        while j < n and d.text[j][:1].isupper() and _name_like(d, j, False) \
                and not d.stop[j] and not _calendar(d, j, j + 1):
            items.append(j)
            k = j + 1
            if k < n and d.text[k] in _LIST_SEPARATORS:
                k += 1
                if k < n and d.text[k] == "and":  # Oxford comma
                    k += 1
                j = k
            else:
                break
        hits = sum(1 for t in items if t in found and found[t][0] == t + 1)
        if len(items) >= 3 and hits >= 2:
            for t in items:
                if t not in found and (t not in taken or hits * 2 >= len(items)):
                    found[t] = (t + 1, "list")
        i = max(j, i) + 1


def person_tokens(values: Iterable[str]) -> set[str]:
    """Name parts of detected names that identify on their own (``Antti`` of ``Antti
    Poutiainen``): capitalised, at least 3 letters, not a stop word or title."""
    out: set[str] = set()
    for value in values:
        for part in value.split():
            part = part.strip(".,;:!?\"'()")
            if (len(part) >= 3 and part[:1].isupper() and part.isalpha()
                    and part.lower() not in STOP_WORDS and fold(part) not in TITLES):
                out.add(part)
    return out


def person_recognizer(first_names: frozenset[str]) -> Any:
    """Presidio's spaCy recognizer with PERSON results from :func:`find_persons`.

    Other NER types (LOCATION, ORGANIZATION, NRP) are Presidio's, minus the spans that became
    names.
    """
    from presidio_analyzer import RecognizerResult
    from presidio_analyzer.predefined_recognizers import SpacyRecognizer

    from .engine import NER_ENTITIES

    class PersonAwareSpacyRecognizer(SpacyRecognizer):  # type: ignore[misc]
        def analyze(self, text: str, entities: list[str],
                    nlp_artifacts: Any = None) -> list[Any]:
            results: list[Any] = list(super().analyze(text, entities, nlp_artifacts))
            if "PERSON" not in entities or nlp_artifacts is None:
                return results
            persons = find_persons(nlp_artifacts.tokens, first_names, text)
            name = str(getattr(self, "name", ""))
            meta: dict[str, Any] = {RecognizerResult.RECOGNIZER_NAME_KEY: name,
                                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: str(self.id)}
            kept = [r for r in results if r.entity_type != "PERSON" and not any(
                p.start < r.end and r.start < p.end for p in persons)]
            kept += [RecognizerResult("PERSON", p.start, p.end, self.ner_strength,
                                      recognition_metadata={**meta, "person_source": p.source})
                     for p in persons]
            return kept

    return PersonAwareSpacyRecognizer(supported_entities=sorted(NER_ENTITIES),
                                      supported_language="en",
                                      name="PersonAwareSpacyRecognizer")
