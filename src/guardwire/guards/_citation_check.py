"""Whether an answer's citations point to documents that support their sentences: the
citation guard's ``on_misattributed`` check, and its number check (``check_numbers``: a
document cited for a sentence must hold the sentence's numbers, with their units and
quarters, and not give them to something else the sentence names, by the grounding guard's
rules, so the two guards agree on what supports a number)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from .._context import Context
from .._decision import Decision
from ._numbers import (
    all_numbers,
    claim_years,
    counts_in,
    date_rule_runs,
    dated_memo,
    dated_numbers,
    held_apart,
    missing_numbers,
    numbers_by_doc,
    numbers_in,
)
from ._pairs import Index, affordable, answer_spots, between, doc_pairs, merged, mispaired
from ._text import Span, pipeline_facts, split_sentences
from ._units import quarters_in, units_by_doc

#: ``(span, 1-based documents) -> numbers of the sentence those documents do not hold``
NumberGap = Callable[[Span, Sequence[int]], list[str]]


class NumberCheck:
    """The numbers of an answer's sentences against each document of the request.

    ``hide``: spans of ``text`` that are not the claim (citation markers: "[12]" states no
    number 12); ``values``: what the pipeline wrote from authoritative data (filled slots),
    which supports itself; ``placeholders``: the PII vault's ("<ORGANIZATION_12>")."""

    def __init__(self, text: str, docs: Sequence[Any], cache: dict[str, Any] | None,
                 hide: Sequence[tuple[int, int]] = (), values: Sequence[str] = (),
                 placeholders: Sequence[str] = ()) -> None:
        self.docs = docs
        self.cache = cache
        self.each = numbers_by_doc(docs, cache)
        own = " ".join(values)
        self.own = all_numbers(own, digits=True) if own else set()
        spans = list(hide) + [m.span() for p in placeholders
                              for m in re.finditer(re.escape(p), text, re.IGNORECASE)]
        chars = list(text)
        for start, end in spans:
            chars[start:end] = " " * (end - start)
        self.plain = "".join(chars)
        # memos of this answer: its claims' dates, and per cited set of documents the
        # documents (one list object: the date cache is keyed by it) and their date cache
        self._windows: dict[Any, Any] = dated_memo(cache) if cache is not None else {}
        # each sentence's years, and the numbers of its dated phrases once parsed
        self._dates: dict[tuple[int, int], tuple[list[str], set[str] | None]] = {}
        self._subsets: dict[tuple[int, ...], _Cited] = {}
        self._gaps: dict[tuple[int, int, tuple[int, ...]], list[str]] = {}
        self._missed: dict[tuple[int, int, tuple[int, ...]], list[str]] = {}
        self.pairing = affordable(text, docs)  # long texts are not paired (grounding's bound)
        # each sentence's units and quarters (the documents' are the request's: units_by_doc)
        self._units: dict[tuple[int, int], tuple[list[tuple[str, str, str]], set[str]]] = {}
        self._claims: dict[tuple[int, int], tuple[str, tuple[set[str],
                                                          list[tuple[str, str]]]]] = {}

    @classmethod
    def of_request(cls, text: str, ctx: Context,
                   markers: Sequence[tuple[int, int, list[int]]] = ()) -> NumberCheck:
        """The check of ``text`` against ``ctx.docs``, with the request's filled slots and
        PII placeholders, and ``markers`` hidden."""
        return cls(text, ctx.docs, ctx.guard_state("_text"), hide=[(a, b) for a, b, _ in markers],
                   values=pipeline_facts(ctx.state, "value"),
                   placeholders=[p for p, _ in ctx.vault.items()])

    def gap(self, span: Span, cited: Sequence[int]) -> list[str]:
        """The numbers of ``span``'s sentence that the ``cited`` documents (1-based, together)
        do not hold; ``[]`` when it states none or they hold all."""
        key = (span.start, span.end, tuple(sorted(cited)))
        if key in self._gaps:
            return self._gaps[key]
        claim, found = self._claim(span)
        if not found[0] and not found[1]:
            return []
        docs = self._docs_of(tuple(i - 1 for i in key[2] if 1 <= i <= len(self.docs)))
        gap = list(self._missing(key, claim, found, docs))
        if found[0]:  # "45 km" where they say "45 miles", "Q3" where they name Q2 only
            gap += [n for n in self._unit_gap(span, claim, docs) if n not in gap]
        if found[0] and self.pairing:  # a number they give to something else the sentence names
            gap += [n for n in self._mispaired(span, claim, docs) if n not in gap]
        self._gaps[key] = gap
        return gap

    def _missing(self, key: tuple[int, int, tuple[int, ...]], claim: str,
                 found: tuple[set[str], list[tuple[str, str]]], docs: _Cited) -> list[str]:
        """:func:`missing_numbers` of the sentence against ``docs`` (memoised: :meth:`holds`
        asks for it first, :meth:`gap` may ask again)."""
        hit = self._missed.get(key)
        if hit is None:
            hit = self._missed[key] = missing_numbers(
                claim, docs.docs, docs.known, docs.counts, docs.cache, self.own, found=found,
                windows=self._windows)
        return hit

    def _mispaired(self, span: Span, claim: str, docs: _Cited) -> list[str]:
        """The sentence's numbers ``docs`` give to something else it names."""
        spots = answer_spots(self.plain, self.cache, True)  # shared with grounding
        pairs = between(spots[2], spots[3], span.start, span.end)
        return [m["number"] for m in mispaired(claim, docs.pairs, self.own, known=docs.known,
                                               pairs=pairs)]

    def holds(self, span: Span, cited: Sequence[int]) -> bool:
        """``not self.gap(span, cited)``, without the unit, pair and date checks when a
        number of the sentence is surely missing (:meth:`_lacks`). Whether a document may be
        cited is asked for many documents and pairs of them per sentence; the full gap is
        computed when it is reported."""
        key = (span.start, span.end, tuple(sorted(cited)))
        hit = self._gaps.get(key)
        if hit is None:
            claim, found = self._claim(span)
            if not found[0] and not found[1]:
                return True
            if self._lacks(span, claim, found, key[2], False):
                return False
            # the cheaper checks first: the gap is whole only when all come out empty
            docs = self._docs_of(tuple(i - 1 for i in key[2] if 1 <= i <= len(self.docs)))
            # (the units and pairs before the numbers: those may parse the documents' dates)
            if (found[0] and (self._unit_gap(span, claim, docs) or (
                    self.pairing and self._mispaired(span, claim, docs)))) or \
                    self._missing(key, claim, found, docs):
                return False
            hit = self._gaps[key] = []
        return not hit

    def none_holds(self, span: Span, pool: Sequence[int]) -> bool:
        """Whether no set of documents out of ``pool`` (1-based) holds the sentence's
        numbers, as far as :meth:`_lacks` can tell from all of them together (what they all
        lack, any of them lacks). ``False`` says nothing."""
        claim, found = self._claim(span)
        return bool(found[0]) and self._lacks(span, claim, found, tuple(sorted(pool)), True)

    def _lacks(self, span: Span, claim: str, found: tuple[set[str], list[tuple[str, str]]],
               cited: tuple[int, ...], closed: bool) -> bool:
        """Whether the ``cited`` documents surely lack a number of the sentence, a gap
        whatever the unit, pair and date checks say: they lack it and no dated phrase of the
        sentence holds it (the date rule drops only those). ``closed``: whether every subset
        of them does (the date rule is then assumed to run when a year of the sentence is
        known and any of its numbers may be part of a date: a subset may lack a short number
        the whole set holds)."""
        docs = self._docs_of(tuple(i - 1 for i in cited if 1 <= i <= len(self.docs)))
        lacking = held_apart(found[0] - docs.known, claim, docs.known)
        if not lacking:
            return False
        years, dated = self._dates.get((span.start, span.end)) or (claim_years(claim), None)
        # a set's date rule runs when it lacks a number that may be part of a date and knows
        # a year of the sentence; ``closed``: a subset may lack any number of the sentence
        # (not only what all lack) and knows no year the whole set does not
        runs = date_rule_runs(years, found[0] if closed else lacking, bool(found[1]),
                              docs.known)
        if runs and dated is None:
            dated = dated_numbers(claim, self._windows)
        self._dates[(span.start, span.end)] = (years, dated)
        return not runs or bool(lacking - (dated or set()))

    def _docs_of(self, picked: tuple[int, ...]) -> _Cited:
        """What the ``picked`` documents (0-based) hold together, merged once per answer:
        a sentence is checked against the same few sets of documents again and again."""
        docs = self._subsets.get(picked)
        if docs is None:
            docs = self._subsets[picked] = _Cited(self, picked)
        return docs

    def _unit_gap(self, span: Span, claim: str, docs: _Cited) -> list[str]:
        """The sentence's numbers the cited ``docs`` state only with other units, and its
        quarters they do not name when they name some (grounding's rules; each document and
        sentence read once)."""
        key = (span.start, span.end)
        mine = self._units.get(key)
        if mine is None:
            spots = answer_spots(self.plain, self.cache, self.pairing)
            mine = self._units[key] = ([u for u in between(spots[0], spots[1], span.start,
                                                           span.end) if u[1]],
                                       quarters_in(claim))
        if not mine[0] and not mine[1]:
            return []
        said, named = docs.units()
        out = [written for number, unit, written in mine[0]
               if (theirs := said.get(number)) and "" not in theirs and unit not in theirs]
        return out + (sorted(mine[1] - named) if named else [])

    def states_numbers(self, span: Span) -> bool:
        """Whether the sentence states a number (or a count) to check."""
        found = self._claim(span)[1]
        return bool(found[0] or found[1])

    def pair(self, span: Span, scores: Sequence[float], floor: float) -> list[int]:
        """Two documents (1-based) that hold the sentence's numbers together, best scores
        first: the first reaches ``floor``, the second holds what the first lacks; or ``[]``."""
        near = [i + 1 for i in sorted(range(len(scores)), key=lambda i: (-scores[i], i))
                if scores[i] > 0.0][:5]
        if self.none_holds(span, near):
            return []
        pairs = sorted(((a, b) for a in near if scores[a - 1] >= floor
                        for b in near if b != a),
                       key=lambda p: -(scores[p[0] - 1] + scores[p[1] - 1]))
        return next((list(p) for p in pairs if self.holds(span, p)), [])

    def _claim(self, span: Span) -> tuple[str, tuple[set[str], list[tuple[str, str]]]]:
        """The sentence without what is hidden, and its numbers and counts (memoised)."""
        hit = self._claims.get((span.start, span.end))
        if hit is None:
            claim = span.of(self.plain)
            hit = self._claims[(span.start, span.end)] = (
                claim, (numbers_in(claim), counts_in(claim)))
        return hit


class _Cited:
    """A set of cited documents of one answer's check: their numbers, counts, units and
    pairs merged (each built when first needed), and their own date cache."""

    def __init__(self, check: NumberCheck, picked: tuple[int, ...]) -> None:
        self.check, self.picked = check, picked
        # one list object: the date cache is keyed by it
        self.docs = [check.docs[i] for i in picked]
        self.cache: dict[str, Any] = {}
        self.known = set(check.own).union(*(check.each[i][0] for i in picked))
        self.counts: dict[str, set[str]] = {}
        for i in picked:
            for word, counts in check.each[i][1].items():
                self.counts.setdefault(word, set()).update(counts)
        self._units: tuple[dict[str, set[str]], set[str]] | None = None
        self._pairs: Index | None = None

    def units(self) -> tuple[dict[str, set[str]], set[str]]:
        """Number -> the units these documents state it with; the quarters they name."""
        if self._units is None:
            said: dict[str, set[str]] = {}
            named: set[str] = set()
            # each document read once, for grounding too
            for own, quarters in units_by_doc(self.check.docs, self.check.cache, self.picked):
                for number, units in own.items():
                    said.setdefault(number, set()).update(units)
                named |= quarters
            self._units = (said, named)
        return self._units

    def pairs(self) -> Index:
        """The documents' :func:`~._pairs.pair_index` merged."""
        if self._pairs is None:
            self._pairs = merged(doc_pairs(self.check.docs, self.check.cache, self.picked))
        return self._pairs


def misattributed(text: str, markers: Sequence[tuple[int, int, list[int]]], n_docs: int,
                  score: Callable[[str], list[float]], floor: float,
                  ratio: float, numbers: NumberGap | None = None) -> list[dict[str, Any]]:
    """The sentences whose markers all cite documents scoring below ``ratio`` × the best
    document's score, when the best one reaches ``floor`` (another document plainly
    supports the sentence and the cited ones do not), and, with ``numbers``, those whose
    cited documents together lack a number of the sentence: one record each, with
    ``start``, ``end``, ``cited``, ``best_doc`` (``None`` when no document holding the
    numbers reaches ``floor``), ``cited_score``, ``best_score`` and ``missing_numbers``."""
    spans = [s for s in split_sentences(text) if s.kind == "sentence"]
    cited: dict[int, set[int]] = {}
    i = 0
    for start, _, numbers_ in sorted(markers):
        while i + 1 < len(spans) and spans[i + 1].start <= start:
            i += 1
        if spans and spans[i].start <= start:
            # "… the Seine. [2] Berlin …": a marker opening a sentence cites the one before
            at = i - 1 if i > 0 and not text[spans[i].start : start].strip() else i
            cited.setdefault(at, set()).update(n for n in numbers_ if 1 <= n <= n_docs)
    found = []
    for i, docs in sorted(cited.items()):
        if not docs:
            continue
        span = spans[i]
        scores = score(span.of(text))
        best = max(scores, default=0.0)
        mine = max(scores[n - 1] for n in docs)
        gap = numbers(span, sorted(docs)) if numbers is not None else []
        lexical = best >= floor and best > 0.0 and mine < ratio * best
        if not lexical and not gap:
            continue
        best_doc: int | None = scores.index(best) + 1
        if gap and numbers is not None:  # the best document holding the numbers, if any
            holding = [n for n in range(1, len(scores) + 1)
                       if n not in docs and scores[n - 1] >= floor and scores[n - 1] > 0.0
                       and not numbers(span, [n])]
            best_doc = max(holding, key=lambda n: (scores[n - 1], -n), default=None)
            best = scores[best_doc - 1] if best_doc is not None else best
        found.append({"start": span.start, "end": span.end, "cited": sorted(docs),
                      "best_doc": best_doc, "cited_score": round(mine, 4),
                      "best_score": round(best, 4), "missing_numbers": gap})
    return found


def check_markers(text: str, markers: list[tuple[int, int, list[int]]], n_docs: int,
                  mode: str) -> Decision:
    """The ``on_unknown_marker`` decision (``mode``) on an answer that already cites."""
    unknown = sorted({n for _, _, ns in markers for n in ns if not 1 <= n <= n_docs})
    if not unknown or mode == "ignore":
        return Decision.allow("answer already cites")
    reason = f"citation marker(s) {unknown} point to no document ({n_docs} docs)"
    if mode == "flag":
        return Decision.allow(reason, fired=True, unknown_markers=unknown)
    if mode == "block":
        return Decision.block(reason, unknown_markers=unknown)
    out, pos = [], 0
    starts = {m[0] for m in markers}
    for start, end, numbers in markers:
        keep = [n for n in numbers if 1 <= n <= n_docs]
        cut = start
        if not keep and end not in starts:  # "x [7][2]" is "x [2]", not "x[2]"
            while cut > pos and text[cut - 1] in " \t":
                cut -= 1
        out.append(text[pos:cut])
        if keep:
            out.append(_rebuilt(text[start:end], keep))
        pos = end
    out.append(text[pos:])
    return Decision.rewrite("".join(out), reason, unknown_markers=unknown)


def _rebuilt(marker: str, keep: list[int]) -> str:
    """``marker`` citing only ``keep``, in its own format: "[Doc 1, 7]" -> "[Doc 1]",
    "【1，7】" -> "【1】", "[1-7]" -> "[1, 2, 3]"."""
    digits = [i for i, c in enumerate(marker) if c.isdigit()]
    prefix, suffix = marker[: digits[0]], marker[digits[-1] + 1 :]
    joiner = next((j for j in ("，", "、", "; ") if j.strip() in marker), ", ")
    return prefix + joiner.join(str(n) for n in keep) + suffix
