"""The PERSON rules (:func:`find_persons`) and the Presidio recognizer that applies them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from .coord import firm_lists, handles, lower_full_names, lower_lists, pairs
from .grow import extend_left, extend_right, last_first, unknown_word, vocatives
from .lexicon import (
    BEFORE,
    LIST_SEPARATORS,
    MAX_TOKENS,
    PARTICLES,
    PLACE_BEFORE,
    PLACE_LABELS,
    PLACE_PHRASES,
    PLACE_WORDS,
    RELABEL,
    RELATIONS,
    STRONG_BEFORE,
    TITLES,
    WEAK_BEFORE,
    fold,
)
from .pronoun import lower_subjects, pronoun_names
from .signoff import signoffs
from .tokens import (
    Toks,
    after_number,
    calendar,
    cue_after,
    cue_before,
    extend,
    has_veto,
    hyphen_joins,
    in_address,
    is_first_name,
    is_surname,
    may_start_lower,
    middle_initial,
    model_person,
    name_like,
    not_a_name,
    strong_cue_after,
    trim,
    words_before,
)
from .verbs import common_words


@dataclass(frozen=True, slots=True)
class PersonSpan:
    """A name found in a ``Doc``: character offsets and how it was found."""

    start: int
    end: int
    source: str  # "ner", "relabel" or "cue"


def find_persons(doc: Any, first_names: frozenset[str] = frozenset(),
                 text: str | None = None,
                 surnames: frozenset[str] = frozenset(), english: frozenset[str] = frozenset(),
                 verbs: frozenset[str] = frozenset()) -> list[PersonSpan]:
    """Names in a ``Doc`` of ``text`` (sorted, non-overlapping; see the module docstring).
    ``english``: English words (:func:`.lexicon.load_english_words`: a capitalised sentence
    start must be none to start a name after it); ``verbs``: :mod:`.verbs`."""
    d = Toks(doc, text)
    ents = d.ents
    found: dict[int, tuple[int, str]] = {}  # start token -> (end token, source)
    taken: set[int] = set()
    for label, s, e in ents:
        if label == "PERSON":
            taken.update(range(s, e))
            s2, e2 = trim(d, s, e)
            if e2 > s2 and not not_a_name(d, s2, e2) and not in_address(d, s2, e2) \
                    and not (e2 - s2 == 1 and tuple(words_before(d, s2, 2)) in PLACE_PHRASES
                             and not is_first_name(d, s2, first_names)) \
                    and not common_words(d, s2, e2, first_names, surnames, english, verbs):
                found[s2] = (e2, "ner")
            continue
        if label not in RELABEL:
            continue
        taken.update(range(s, e))
        while e > s and d.space[e - 1]:  # "Sophie Lang\n    ": the model took the blank
            e -= 1
        if e - s > 1 and d.low[e - 1] in ("'s", "’s"):  # "Maite Lemmens's killers"
            e -= 1
        if e - s > 1 and (d.low[s].rstrip(".") in TITLES or (d.low[s],) in _ONE_WORD_CUES):
            s += 1  # the model took the cue with the name: "Contact Jean-Luc Picard"
        # "Jean-Luc Picard" is two words in four tokens: a hyphen glued to the words on
        # both sides joins them into one
        parts = [k for k in range(s, e) if not (s < k < e - 1 and hyphen_joins(d, k))]
        words = len(parts) - (e - s - len(parts))
        if (words > MAX_TOKENS or has_veto(d, s, e) or calendar(d, s, e)
                or after_number(d, s) or after_number(d, e) or in_address(d, s, e)):
            continue
        cue = cue_before(d, s)
        lower_ok = cue == "strong"
        if not all(name_like(d, k, lower_ok) for k in parts):
            continue
        place = label in PLACE_LABELS and s > 0 and d.low[s - 1] in PLACE_BEFORE
        # one hyphenated word alone is a firm as often as a name ("Ellis-Ingram",
        # "Rolls-Royce"): only a cue makes it a name
        compound = words == 1 < e - s
        if (cue in ("strong", "cue") or cue_after(d, e) or middle_initial(d, s, e)
                or strong_cue_after(d, e)) or (not compound and (
                (is_first_name(d, s, first_names) and not place and label != "NORP")
                or (words == 2 and is_surname(d, e - 1, surnames) and not place
                    and label != "NORP" and d.low[s] not in PLACE_WORDS)
                or (words > 1 and model_person(d, s) and not place and label != "NORP")
                or (words == 2 == len(parts) and not place and label != "NORP"
                    and _foreign_pair(d, s, english)))):
            found[s] = (e, "relabel")
    i = 0
    while i < d.n:
        if i in taken or (not d.text[i][:1].isupper() and not may_start_lower(d, i)) \
                or not name_like(d, i, True):
            i += 1
            continue
        cue = cue_before(d, i)
        end = extend(d, i, cue == "strong", taken)
        if end == i:
            i += 1
            continue
        starts_sentence = i == 0 or d.text[i - 1] in ('"', ">", ".", "!", "?") or "\n" in (
            d.text[i - 1] + d.ws[i - 1])
        # a known first name, or a word the model nearly took for a name
        gazetteer = (is_first_name(d, i, first_names) or model_person(d, i)
                     or (end - i == 2 and _foreign_pair(d, i, english)))
        after = cue_after(d, end)
        place_cue = end - i == 1 and d.low[i - 1] in ("from", "in") if i else False
        # a lone first name inside a capitalised phrase ("Princess Royal") needs a cue
        in_caps = (i > 0 and d.text[i - 1][:1].isupper() and d.ws[i - 1] == " "
                   and not calendar(d, i - 1, i))
        accept = (cue == "strong" or (cue == "cue" and not starts_sentence)
                  or (gazetteer and not place_cue and (cue is not None or after or end - i > 1
                                                       or not (starts_sentence or in_caps)))
                  or (after and not d.stop[i] and (end - i > 1 or gazetteer or (
                      unknown_word(d, i, english) and not _is_a(d, end))))
                  or middle_initial(d, i, end)
                  or (not d.stop[i] and strong_cue_after(d, end)))
        if (accept and not has_veto(d, i, end) and not calendar(d, i, end)
                and not after_number(d, i) and not after_number(d, end)
                and not in_address(d, i, end)):
            found[i] = (end, "cue")
            taken.update(range(i, end))
            i = end
        else:
            i += 1  # "Yesterday Ilse": the run may start one word later
    _extend_lists(d, found, taken, first_names)
    pairs(d, found, ents, first_names, surnames, english)
    lower_lists(d, found, first_names)
    lower_full_names(d, found, first_names, surnames, english)
    handles(d, found, first_names, surnames)
    firm_lists(d, found, first_names)
    _block_heads(d, found)
    vocatives(d, found, first_names, english)
    signoffs(d, found, first_names, surnames, english)
    pronoun_names(d, found, first_names, english)
    lower_subjects(d, found, first_names, english)
    _known_names(d, found, ents)
    for s in sorted(found):
        if s in found:
            e, src = found[s]
            found[s] = (extend_right(d, s, e, found), src)
    last_first(d, found, first_names, surnames, english)
    spans: list[PersonSpan] = []
    for s, e, src in sorted((extend_left(d, s, first_names, english), e, src)
                            for s, (e, src) in found.items()):
        start, end = d.idx[s], d.idx[e - 1] + len(d.text[e - 1])
        if spans and start < spans[-1].end:  # grown over the name before it: one name
            start, end = spans[-1].start, max(end, spans[-1].end)
            src = spans.pop().source
        spans.append(PersonSpan(start, end, src))
    return spans


_OPENING_QUOTES = frozenset({'"', "“", "‘", "'", "«", "„"})


def _foreign_pair(d: Toks, i: int, english: frozenset[str]) -> bool:
    """Two capitalised words, neither an English word, alone between lower-case words or
    marks ("to Bekbolat Musliyevich", "by Elínborg Guðmundsdóttir"): a full name."""
    p, j = d.prev[i], i + 2
    if p >= 0 and d.text[p] in _OPENING_QUOTES:
        return False  # a title: 'a poem named "Hayalet Sevgilim"'
    return (i + 1 < d.n and unknown_word(d, i, english) and unknown_word(d, i + 1, english)
            and d.ws[i] == " " and not (p >= 0 and d.text[p][:1].isupper() and p == i - 1)
            and not (j < d.n and d.ws[i + 1] == " " and d.text[j][:1].isupper()))


def _is_a(d: Toks, j: int) -> bool:
    """Whether "is a"/"is an" or a colon follows (a firm or a product as often as a person:
    "Transunion is a 501(c)3"; a label: "Fwd: …")."""
    words = [d.low[k] for k in range(j, min(d.n, j + 3)) if not d.space[k]][:2]
    return words[:1] == [":"] or words in (["is", "a"], ["is", "an"])


def _known_names(d: Toks, found: dict[int, tuple[int, str]],
                 ents: list[tuple[str, int, int]]) -> None:
    """A capitalised word already found as (part of) a name in this text starts a name
    wherever it recurs: "Nikolaj spent a year … the assistant to Nikolaj Petrussen"."""
    known = {d.low[k] for s, (e, _) in found.items() for k in range(s, e)
             if d.text[k][:1].isupper() and len(d.text[k].rstrip(".")) > 2}
    if not known:
        return
    covered = {k for s, (e, _) in found.items() for k in range(s, e)}
    ent_end = {s: e for label, s, e in ents if label != "PERSON"}
    for i in range(d.n):
        if i in covered or d.low[i] not in known or not d.text[i][:1].isupper():
            continue
        end = ent_end.get(i, i + 1)
        if any(k in covered or not name_like(d, k, False) for k in range(i, end)) \
                or has_veto(d, i, end) or in_address(d, i, end):
            end = i + 1
        found[i] = (end, "known")
        covered.update(range(i, end))


def _lines(d: Toks) -> list[tuple[int, int]]:
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


def _block_heads(d: Toks, found: dict[int, tuple[int, str]]) -> None:
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
        if not all((name_like(d, k, False) and not d.stop[k]) or d.low[k] in PARTICLES
                   for k in words):
            continue
        if has_veto(d, a, b) or calendar(d, a, b) or not_a_name(d, a, b):
            continue
        na, nb = lines[n + 1]
        if not 0 < sum(not d.space[k] for k in range(na, nb)) <= 5:
            continue
        if not any(d.num[k] for la, lb in lines[n + 1:n + 4] for k in range(la, lb)):
            continue
        for s in [s for s, (e, _) in found.items() if s < b and a < e]:
            del found[s]
        found[a] = (b, "block")




def _extend_lists(d: Toks, found: dict[int, tuple[int, str]], taken: set[int],
                  lexicon: frozenset[str] = frozenset()) -> None:
    """In a list of single capitalised words ("Romi, Erik, Amy and Donald") of which at least
    two are names or known first names (``lexicon``), the others are names too."""
    i = 0
    n = d.n
    while i < n:
        if not d.text[i][:1].isupper():
            i += 1
            continue
        items: list[int] = []
        j = i
        while j < n and d.text[j][:1].isupper() and name_like(d, j, False) \
                and not d.stop[j] and not calendar(d, j, j + 1):
            items.append(j)
            k = j + 1
            if k < n and d.text[k] in LIST_SEPARATORS:
                k += 1
                if k < n and d.text[k] == "and":  # Oxford comma
                    k += 1
                j = k
            else:
                break
        hits = sum(1 for t in items if (t in found and found[t][0] == t + 1)
                   or (d.low[t] in lexicon and t not in found))
        if len(items) >= 3 and hits >= 2:
            for t in items:
                if t not in found and (t not in taken or hits * 2 >= len(items)):
                    found[t] = (t + 1, "list")
        i = max(j, i) + 1


def person_tokens(values: Iterable[str]) -> set[str]:
    """Name parts of detected names that identify on their own (``Antti`` of ``Antti
    Poutiainen``): capitalised, at least 3 letters, not a stop word or title; a part with an
    apostrophe or hyphen too (``O'Neill``, ``Okafor-Lindqvist``), and each side of a hyphen
    (``Lindqvist``)."""
    out: set[str] = set()
    for value in values:
        for part in value.split():
            part = part.strip(".,;:!?\"'’()")
            pieces = [x for x in _PIECE_SEP.split(part)]
            if all(x.isalpha() for x in pieces) and _identifies(part):
                out.add(part)
            if "-" in part:
                out.update(x for x in part.split("-") if x.isalpha() and _identifies(x))
    return out


_PIECE_SEP = regex.compile(r"[-'’]")


_ONE_WORD_CUES = frozenset(c for c in (*STRONG_BEFORE, *BEFORE)
                           if len(c) == 1 and c not in WEAK_BEFORE)
_CUE_WORDS = regex.compile(r"'\w+|’\w+|\w+|[^\w\s]")


def ends_with_cue(text: str) -> bool:
    """Whether ``text`` ends with a person cue (``my name is``, ``I'm``, ``Dr.``, ``Name:``,
    ``my wife``): a name may follow in the next message. The weak cues (``to``, ``at``,
    ``and`` …) do not count."""
    words = [fold(w.replace("’", "'")) for w in _CUE_WORDS.findall(text[-40:])][-3:]
    if not words:
        return False
    last = words[-2] if words[-1] == "." and len(words) >= 2 else words[-1]
    if last in TITLES or (len(words) >= 2 and words[-1] in RELATIONS
                          and words[-2] in ("my", "our", "his", "her", "their", "your")):
        return True
    return any(tuple(words[-len(cue):]) == cue for cue in (*STRONG_BEFORE, *BEFORE)
               if cue not in WEAK_BEFORE)


def particle_tails(values: Iterable[str]) -> set[str]:
    """The surname with its particles of detected names (``van der Berg`` of ``Pieter van
    der Berg``, ``de la Cruz``): it identifies on its own, and a sentence start capitalises
    the particle (``Van der Berg signed``), so the part ``Berg`` alone left ``Van der``."""
    out: set[str] = set()
    for value in values:
        words = value.split()
        for k in range(1, len(words) - 1):
            if words[k].lower() in PARTICLES and words[k - 1].lower() not in PARTICLES:
                out.add(" ".join(words[k:]))
                break
    return out


def _identifies(part: str) -> bool:
    return (len(part) >= 3 and part[:1].isupper() and part.lower() not in STOP_WORDS
            and fold(part) not in TITLES)


def person_recognizer(first_names: frozenset[str], surnames: frozenset[str] = frozenset(),
                      english: frozenset[str] = frozenset(),
                      verbs: frozenset[str] = frozenset()) -> Any:
    """Presidio's spaCy recognizer with PERSON results from :func:`find_persons`.

    Other NER types (LOCATION, ORGANIZATION, NRP) are Presidio's, minus the spans that became
    names.
    """
    from presidio_analyzer import RecognizerResult
    from presidio_analyzer.predefined_recognizers import SpacyRecognizer

    from ..engine import NER_ENTITIES

    class PersonAwareSpacyRecognizer(SpacyRecognizer):  # type: ignore[misc]
        def analyze(self, text: str, entities: list[str],
                    nlp_artifacts: Any = None) -> list[Any]:
            others = [e for e in entities if e != "PERSON"]
            results: list[Any] = (list(super().analyze(text, others, nlp_artifacts))
                                  if others else [])
            if "PERSON" not in entities or nlp_artifacts is None:
                return results
            persons = find_persons(nlp_artifacts.tokens, first_names, text, surnames,
                                   english, verbs)
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
