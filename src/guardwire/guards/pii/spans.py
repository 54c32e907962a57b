"""Planning a redaction: which stretches of a text become which placeholders.

Detections (and whole-word recurrences of values seen earlier in the request) are merged into
non-overlapping :class:`Span`s, placeholder look-alikes in the user's text become ``LITERAL``
spans, and :func:`apply_spans` writes each value into the request's vault once: the same value
gets the same placeholder in every text of a request (:class:`PlaceholderIndex`, kept in
``ctx.guard_state("pii")``, never the values in ``Decision.data``).
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from ..._context import Context
from .allow import AllowList
from .engine import Detection
from .person import particle_tails, person_tokens
from .placeholders import LITERAL, PlaceholderSyntax, folded, format_placeholder, placeholder_type

STATE_KEY = "pii"
"""The ``ctx.guard_state`` key shared by the redactor and the restorer."""


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of text to replace, with the type its placeholder gets."""

    start: int
    end: int
    entity_type: str


@dataclass
class PlaceholderIndex:
    """Per-request value → placeholder index (kept in ``ctx.guard_state("pii")``)."""

    by_value: dict[str, str] = field(default_factory=dict)
    counters: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    #: values the vault held when the index was built (earlier calls: ``keep_vault``)
    inherited: frozenset[str] = frozenset()

    def placeholder_for(self, value: str, entity_type: str, ctx: Context) -> str:
        """The placeholder of ``value``, created (and put in the vault) on first sight."""
        with self.lock:
            known = self.by_value.get(value)
            if known is not None:
                return known
            while True:
                self.counters[entity_type] += 1
                placeholder = format_placeholder(entity_type, self.counters[entity_type])
                if ctx.vault.get(placeholder) is None:  # a shared vault may hold it already
                    break
            ctx.vault.put(placeholder, value)
            self.by_value[value] = placeholder
            return placeholder

    def __repr__(self) -> str:  # never print values
        return f"PlaceholderIndex(<{len(self.by_value)} values>)"


def index_of(ctx: Context) -> PlaceholderIndex:
    state = ctx.guard_state(STATE_KEY)
    index = state.get("index")
    if index is None:
        index = state.setdefault("index", PlaceholderIndex())
        # a vault kept from earlier turns (keep_vault, a shared store): the same value keeps
        # its placeholder across calls
        for placeholder, value in ctx.vault.items():
            index.by_value.setdefault(value, placeholder)
        index.inherited = frozenset(index.by_value)
    assert isinstance(index, PlaceholderIndex)
    return index


def _rank(d: Detection) -> tuple[int, float, int]:
    # longer spans first (an email beats the URL inside it), then score (an IP beats a
    # phone number on the same digits), then a fixed preference
    return (d.end - d.start, d.score, -_PREFERENCE.get(d.entity_type, len(_PREFERENCE)))


_PREFERENCE = {t: i for i, t in enumerate((
    "EMAIL_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS", "CRYPTO",
    "PHONE_NUMBER", "PERSON", "URL", LITERAL))}


def resolve_overlaps(detections: Iterable[Detection]) -> list[Span]:
    """Merge overlapping detections into spans (sorted by start).

    Each group of overlapping detections becomes one span covering all of them (nothing
    detected is left visible), typed after its best detection: the longest, then the highest
    score.
    """
    spans: list[Span] = []
    group: list[Detection] = []
    end = -1
    for d in sorted(detections, key=lambda d: (d.start, -d.end)):
        if group and d.start >= end:
            spans.append(_merge(group))
            group = []
        group.append(d)
        end = max(end, d.end) if len(group) > 1 else d.end
    if group:
        spans.append(_merge(group))
    return spans


def _merge(group: list[Detection]) -> Span:
    best = max(group, key=_rank)
    return Span(min(d.start for d in group), max(d.end for d in group), best.entity_type)


def look_alikes(text: str, syntax: PlaceholderSyntax) -> list[Detection]:
    """User text the restorer could mistake for a placeholder (to be neutralised)."""
    view, index = folded(text)  # as a model may copy it: no invisible or full-width forms
    return [Detection(index[m.start()], index[m.end() - 1] + 1, LITERAL, 0.0)
            for m in syntax.spoof_pattern.finditer(view)]


def apply_spans(text: str, spans: Iterable[Span], ctx: Context) -> tuple[str, Counter[str]]:
    """Replace ``spans`` with placeholders; returns the text and a count per entity type."""
    index = index_of(ctx)
    out: list[str] = []
    counts: Counter[str] = Counter()
    pos = 0
    for s in spans:
        out.append(text[pos:s.start])
        out.append(index.placeholder_for(text[s.start:s.end], s.entity_type, ctx))
        counts[s.entity_type] += 1
        pos = s.end
    out.append(text[pos:])
    return "".join(out), counts


def redact_with(text: str, detections: Iterable[Detection], syntax: PlaceholderSyntax,
                ctx: Context, allow: AllowList | frozenset[str] = frozenset(),
                parts: AbstractSet[str] = frozenset()) -> tuple[str, Counter[str]]:
    """Drop allowed values, neutralise look-alikes and replace detections in one pass.

    A value detected once is replaced wherever it occurs as a whole word, in this text and in
    later texts of the request, even where the detector missed it ("John" as a name in one
    sentence and not in the next). Not so ``parts``: the parts of a value split across two
    texts (:mod:`.joined`), each of which alone is no value ("212" of "212" / "-555-0134").
    """
    return apply_spans(text, plan_spans(text, detections, syntax, ctx, allow, parts), ctx)


def plan_spans(text: str, detections: Iterable[Detection], syntax: PlaceholderSyntax,
               ctx: Context, allow: AllowList | frozenset[str] = frozenset(),
               parts: AbstractSet[str] = frozenset()) -> list[Span]:
    """The spans :func:`redact_with` replaces (nothing is written to the vault)."""
    found = [*detections]
    found += repeats(text, found, index_of(ctx), parts)
    rules = allow if isinstance(allow, AllowList) else AllowList.of(allow)
    allowed = [d for d in found if rules and rules.allows(text[d.start:d.end], d.entity_type)]
    # an allowed value also hides what was found inside it (the domain of an allowed email)
    kept = [d for d in found
            if not any(a.start <= d.start and d.end <= a.end for a in allowed)]
    return resolve_overlaps([*kept, *look_alikes(text, syntax)])


def repeats(text: str, detections: list[Detection], index: PlaceholderIndex,
            parts: AbstractSet[str] = frozenset()) -> list[Detection]:
    """Whole-word occurrences of values detected now or earlier in the request (not of
    ``parts``, parts of split values: see :func:`redact_with`)."""
    with index.lock:
        known = {v: placeholder_type(p) or LITERAL for v, p in index.by_value.items()}
    values = {v: t for v, t in known.items() if t != LITERAL and v not in parts}
    values.update((v, d.entity_type) for d in detections
                  if (v := text[d.start:d.end]) not in parts)
    for tail in particle_tails(v for v, t in values.items() if t == "PERSON"):
        values.setdefault(tail, "PERSON")
    # a value recurs in any case ("Van der Berg" after "Pieter van der Berg", "JOHN@X.ORG"):
    # found in the lower-cased text (when lowering keeps every length), it gets its own
    # placeholder (the vault keeps each spelling, so the round trip stays exact); a one-word
    # name only as written or in capitals, like a name's parts (below)
    low = text.lower()
    out: list[Detection] = []
    for value, entity_type in values.items():
        if len(value.strip()) < 2:
            continue
        if entity_type == "PERSON" and len(value.split()) == 1:
            for form in {value, value.upper()}:
                _find(text, text, form, entity_type, out)
            continue
        needle = value.lower()
        if len(low) == len(text) and len(needle) == len(value):
            _find(text, low, needle, entity_type, out)
        else:
            _find(text, text, value, entity_type, out)
    # a name's parts identify its bearer too ("Antti" after "Antti Poutiainen"), written as
    # found or in capitals; not in lower case, where "mark" of "Mark Brown" is a word
    for part in person_tokens(v for v, t in values.items() if t == "PERSON"):
        for form in {part, part.upper()} - values.keys() - {v.upper() for v in values}:
            _find(text, text, form, "PERSON", out)
    return out


def _find(text: str, haystack: str, needle: str, entity_type: str,
          out: list[Detection]) -> None:
    """Whole-word occurrences of ``needle`` in ``haystack`` (``text`` or a same-length
    copy), as detections."""
    start = haystack.find(needle)
    while start != -1:
        end = start + len(needle)
        if _whole_word(text, start, end):
            out.append(Detection(start, end, entity_type, 0.0))
        start = haystack.find(needle, start + 1)


def _whole_word(text: str, start: int, end: int) -> bool:
    if text[start].isalnum() and start > 0 and text[start - 1].isalnum():
        return False
    return not (text[end - 1].isalnum() and end < len(text) and text[end].isalnum())


def public_counts(counts: Mapping[str, int]) -> dict[str, int]:
    return {k: v for k, v in sorted(counts.items()) if k != LITERAL}
