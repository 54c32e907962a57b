"""Citation guard: add ``[N]`` markers to an answer that cites nothing, from ``ctx.docs``.

Contract: if the answer already holds any ``[N]`` marker (outside code, and outside a
trailing "Sources:" list, whose markers list sources rather than cite) the text is never
changed (a salvage path, not a normaliser); otherwise every prose sentence gets the marker of
its best-matching document (``N`` is the 1-based position in ``ctx.docs``), plus a second one
when that document scores at least ``second_ratio`` × the best, and ``[fallback_doc]`` when no
document reaches ``floor``. Headings, tables and code are never cited; JSON / structured
answers are left alone. With ``on_unknown_marker="strip"``, an answer whose every marker
pointed to no document is cited like an uncited one, and one that stripping would empty is
flagged instead.
An answer that already cites is checked too (``on_misattributed``, default ``"flag"``): a
sentence whose markers all point to documents scoring below ``misattributed_ratio`` × the best
document, which reaches ``floor``, is listed in ``misattributed`` (allow with ``fired=True``,
or ``"block"``).
With ``check_numbers`` (default on) a document is never cited for a sentence whose numbers it
does not hold (the grounding guard's rule, per document): the sentence gets a document, or two,
that hold them, or no marker (``numbers_not_cited``); a model's own such citation counts as
misattributed.

Scoring (``method``): ``"jaccard"`` is the seed's token-set Jaccard between the sentence and the
document; ``"bm25"`` is Okapi BM25 with IDF over the request's documents, divided by the
sentence's own maximum so that it lies in [0, 1) and the same floor applies.

Default policy: ``Policy(budget_ms=50, on_error="open", on_timeout="open")``: a salvage path
must not take the answer down. Not cacheable (reads ``ctx.docs``). The budget is soft (run
inline), and the guard stops at its deadline (``ctx.out_of_time()``, checked before each
sentence): a run past ``budget_ms`` ends then, and its step records the timeout.

Lift rate: answers rewritten with machine-added citations (``citations_injected=True``), plus
answers whose markers point to no document when ``on_unknown_marker`` is not ``"ignore"``.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any, Literal, get_args

from .._context import Context
from .._decision import Decision
from .._policy import Policy
from ..exceptions import ConfigError
from ._citation_check import NumberCheck, check_markers, misattributed
from ._citation_markers import MARKER as MARKER  # re-exported: the public import path
from ._citation_markers import _is_wide
from ._citation_markers import cited_doc_numbers as cited_doc_numbers
from ._citation_markers import find_citation_markers as find_citation_markers
from ._options import need_bools, need_numbers
from ._references import reference_tail
from ._text import (
    Span,
    doc_text,
    doc_token_sets,
    looks_like_json,
    split_sentences,
    token_counts,
    tokens,
)

Method = Literal["jaccard", "bm25"]
UnknownMarker = Literal["ignore", "flag", "strip", "block"]
Misattributed = Literal["ignore", "flag", "block"]

class _OutOfTime(Exception):
    """The guard's budget is spent (``ctx.out_of_time()``): it stops where it is."""


_END_PUNCT = frozenset(".!?…:;,。！？：；，।॥؟۔")


class _Scorer:
    """Scores one sentence against every document of a request."""

    def __init__(self, docs: Sequence[Any], method: Method, k1: float, b: float,
                 cache: dict[str, Any] | None) -> None:
        self.method = method
        if method == "bm25":
            self.k1 = k1
            self.tfs = [token_counts(doc_text(d)) for d in docs]
            self.sets = [set(tf) for tf in self.tfs]
            lengths = [sum(tf.values()) for tf in self.tfs]
            avgdl = (sum(lengths) / len(lengths)) if lengths else 0.0
            self.norms = [k1 * (1 - b + b * (n / avgdl if avgdl else 0.0)) for n in lengths]
            df: Counter[str] = Counter()
            for s in self.sets:
                df.update(s)
            n_docs = len(docs)
            self.df = df
            # IDF depends only on the document frequency n: one value per n in 0..N.
            self.idf_by_df = [math.log(1.0 + (n_docs - n + 0.5) / (n + 0.5))
                              for n in range(n_docs + 1)]
        else:
            self.sets = doc_token_sets(docs, cache)

    def scores(self, sentence: str) -> list[float]:
        q = tokens(sentence)
        if not q:
            return [0.0] * len(self.sets)
        if self.method == "jaccard":
            n = len(q)
            return [(k := len(q & d)) / (n + len(d) - k) for d in self.sets]
        df, idf = self.df, self.idf_by_df
        weights = {t: idf[df.get(t, 0)] for t in q}
        top = sum(weights.values())
        out = []
        for tf, terms, norm in zip(self.tfs, self.sets, self.norms, strict=True):
            s = 0.0
            for t in q.intersection(terms):
                f = tf[t]
                s += weights[t] * f / (f + norm)
            out.append(s / top)
        return out


class CitationGuard:
    """Add ``[N]`` citations to uncited answers (see the module docstring)."""

    name = "citations"
    default_policy = Policy(budget_ms=50, on_error="open", on_timeout="open")
    cacheable = False
    soft_budget = True  # bounded CPU work: the budget is checked inline, no thread hop

    def __init__(
        self,
        *,
        method: Method = "jaccard",
        floor: float = 0.10,
        second_ratio: float = 0.6,
        max_per_sentence: int = 2,
        fallback_doc: int = 1,
        on_unknown_marker: UnknownMarker = "flag",
        on_misattributed: Misattributed = "flag",
        misattributed_ratio: float = 0.5,
        check_numbers: bool = True,
        k1: float | None = None,
        b: float | None = None,
    ) -> None:
        if method not in get_args(Method):
            raise ConfigError(f"must be 'jaccard' or 'bm25', got {method!r}", path="method")
        need_numbers(floor=floor, second_ratio=second_ratio,
                     misattributed_ratio=misattributed_ratio, k1=k1, b=b)
        need_bools(check_numbers=check_numbers)
        if not 0.0 <= floor <= 1.0:
            raise ConfigError(f"must be in [0, 1], got {floor!r}", path="floor")
        if not 0.0 < second_ratio <= 1.0:
            raise ConfigError(f"must be in (0, 1], got {second_ratio!r}", path="second_ratio")
        if not isinstance(max_per_sentence, int) or isinstance(max_per_sentence, bool) or \
                max_per_sentence < 1:
            raise ConfigError(f"must be an int >= 1, got {max_per_sentence!r}",
                              path="max_per_sentence")
        if not isinstance(fallback_doc, int) or isinstance(fallback_doc, bool) or \
                fallback_doc < 0:
            raise ConfigError(f"must be an int >= 0 (0: no marker), got {fallback_doc!r}",
                              path="fallback_doc")
        if on_unknown_marker not in get_args(UnknownMarker):
            raise ConfigError(f"must be one of {get_args(UnknownMarker)}, got "
                              f"{on_unknown_marker!r}", path="on_unknown_marker")
        if on_misattributed not in get_args(Misattributed):
            raise ConfigError(f"must be one of {get_args(Misattributed)}, got "
                              f"{on_misattributed!r}", path="on_misattributed")
        if not 0.0 < misattributed_ratio <= 1.0:
            raise ConfigError(f"must be in (0, 1], got {misattributed_ratio!r}",
                              path="misattributed_ratio")
        if method != "bm25":  # BM25's saturation and length weights: jaccard has neither
            for key, value in (("k1", k1), ("b", b)):
                if value is not None:
                    raise ConfigError(f"only used with method = 'bm25' (this guard's method is "
                                      f"{method!r}): set method = 'bm25' or leave {key} out",
                                      path=key)
        k1 = 1.2 if k1 is None else k1
        b = 0.75 if b is None else b
        if k1 <= 0 or not 0.0 <= b <= 1.0:
            raise ConfigError("k1 must be > 0 and b in [0, 1]", path="k1" if k1 <= 0 else "b")
        self.method: Method = method
        self.floor = floor
        self.second_ratio = second_ratio
        self.max_per_sentence = max_per_sentence
        self.fallback_doc = fallback_doc
        self.on_unknown_marker: UnknownMarker = on_unknown_marker
        self.on_misattributed: Misattributed = on_misattributed
        self.misattributed_ratio = misattributed_ratio
        self.check_numbers = bool(check_numbers)
        self.k1, self.b = k1, b

    def __repr__(self) -> str:
        return f"CitationGuard(method={self.method!r}, floor={self.floor})"

    def pick(self, scores: Sequence[float],
             eligible: Callable[[int], bool] | None = None) -> tuple[list[int], bool]:
        """The 1-based documents to cite for one sentence's ``scores``, and whether the
        floor fallback was used. ``eligible(i)``: whether the document of 0-based index ``i``
        may be cited at all (it holds the sentence's numbers); asked lazily, best first."""
        if not scores:
            return [], True
        ok = eligible or (lambda i: True)
        ranked = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
        top = next((k for k, i in enumerate(ranked)
                    if scores[i] >= self.floor and scores[i] > 0.0 and ok(i)), None)
        if top is None:
            # 0: no marker rather than a document that does not support the sentence; nor
            # when this request has no such document (it was clamped to the last one, which
            # the route never named)
            doc = self.fallback_doc if self.fallback_doc <= len(scores) else 0
            return ([doc] if doc > 0 and ok(doc - 1) else []), True
        best = scores[ranked[top]]
        chosen = [ranked[top] + 1]
        for i in ranked[top + 1 :]:
            if len(chosen) >= self.max_per_sentence or scores[i] < self.second_ratio * best \
                    or scores[i] <= 0.0:
                break
            if ok(i):
                chosen.append(i + 1)
        return chosen, False

    def scores(self, sentences: Sequence[str], docs: Sequence[Any]) -> list[list[float]]:
        """Each sentence's score against each document, by this guard's ``method``."""
        scorer = _Scorer(docs, self.method, self.k1, self.b, None)
        return [scorer.scores(s) for s in sentences]

    def attribute(self, sentences: Sequence[str], docs: Sequence[Any]) -> list[list[int]]:
        """The citations this guard would give each sentence (for evaluation and tests),
        with the number check when ``check_numbers`` is on."""
        return [self.choose(row, Span(0, len(sentence)),
                            NumberCheck(sentence, docs, None) if self.check_numbers else None)[0]
                for sentence, row in zip(sentences, self.scores(sentences, docs), strict=True)]

    def choose(self, scores: Sequence[float], span: Span, check: NumberCheck | None
               ) -> tuple[list[int], bool, bool]:
        """:meth:`pick` among the documents holding the sentence's numbers (``check``), or
        two that hold them together ("11,872 mm in Mawsynram [1], 11,777 mm in Sohra [3]"):
        the chosen documents, whether by fallback, and whether the sentence states numbers."""
        if check is None or not check.states_numbers(span):
            return (*self.pick(scores), False)
        if check.none_holds(span, range(1, len(scores) + 1)):
            return [], True, True  # what pick and pair find when no document may be cited
        chosen, fallback = self.pick(scores, lambda i: check.holds(span, [i + 1]))
        if chosen or self.max_per_sentence < 2:
            return chosen, fallback, True
        pair = check.pair(span, scores, self.floor)
        return pair, fallback and not pair, True

    def __call__(self, text: str, ctx: Context) -> Decision:
        try:
            return self._guard(text, ctx)
        except _OutOfTime:  # its step records a timeout (it was told: see _deadline.py)
            return Decision.allow("stopped at its deadline: nothing cited").stamped(
                guard=self.name, elapsed_ms=0.0, outcome="timeout")

    def _guard(self, text: str, ctx: Context) -> Decision:
        # markers of a trailing "Sources:" list do not cite: such an answer is uncited
        tail = reference_tail(text)
        markers = [m for m in find_citation_markers(text) if m[0] < tail]
        if markers:
            checked = check_markers(text, markers, len(ctx.docs), self.on_unknown_marker)
            if checked.action == "allow" and self.on_misattributed != "ignore" and ctx.docs:
                return self._check_support(text[:tail], markers, ctx, checked)
            stripped = checked.text
            if stripped is None or find_citation_markers(stripped):
                return checked
            if not stripped.strip():  # never return nothing: flag the answer instead
                return Decision.allow(checked.reason, fired=True, **checked.data)
            # every marker pointed nowhere: cite the stripped answer like an uncited one
            cited = self._cite(stripped, ctx)
            if cited.action != "rewrite":
                return checked
            return Decision.rewrite(cited.text or stripped, f"{checked.reason}; {cited.reason}",
                                    score=cited.score, **checked.data, **cited.data)
        return self._cite(text, ctx)

    def _cite(self, text: str, ctx: Context) -> Decision:
        if not ctx.docs:
            return Decision.allow("no documents to cite")
        if ctx.structured is not None or looks_like_json(text):
            return Decision.allow("structured output is not cited")
        spans = [s for s in split_sentences(text[: reference_tail(text)])
                 if s.kind == "sentence"]
        if not spans:
            return Decision.allow("no prose to cite")
        scorer = _Scorer(ctx.docs, self.method, self.k1, self.b, ctx.guard_state("_text"))
        picks: list[dict[str, Any]] = []
        inserts: list[tuple[int, str]] = []
        best_total = 0.0
        if ctx.out_of_time():  # checked before each unit of work: the documents' numbers,
            raise _OutOfTime   # then each sentence (its scores and number checks)
        check = NumberCheck.of_request(text, ctx) if self.check_numbers else None
        gaps_found: list[dict[str, Any]] = []
        for span in spans:
            if ctx.out_of_time():
                raise _OutOfTime
            scores = scorer.scores(span.of(text))
            chosen, fallback, numbered = self.choose(scores, span, check)
            if numbered and check is not None and (dropped := [
                    n for n in self.pick(scores)[0]
                    if n not in chosen and check.gap(span, [n])]):
                # the model owns the language, the pipeline owns the truth: no document is
                # cited for a number it does not hold ("14 times" against "on Monday")
                gaps_found.append({"start": span.start, "end": span.end, "not_cited": dropped,
                                   "missing_numbers": sorted(set().union(
                                       *(check.gap(span, [n]) for n in dropped))),
                                   "docs": chosen})
            best_total += max(scores)
            picks.append({"start": span.start, "end": span.end, "docs": chosen,
                          "scores": [round(scores[n - 1], 4) for n in chosen],
                          "fallback": fallback})
            at = _insert_at(text, span)
            space = "" if at and _is_wide(text[at - 1]) else " "  # CJK: "首都です[3]。"
            if chosen:
                inserts.append((at, space + "".join(f"[{n}]" for n in chosen)))
        out, pos = [], 0
        for at, marker in inserts:
            out.append(text[pos:at])
            out.append(marker)
            pos = at
        out.append(text[pos:])
        # what was written: a fallback with fallback_doc=0 (or a dropped number) adds nothing
        n_cited = sum(1 for p in picks if p["docs"])
        n_fallback = sum(1 for p in picks if p["fallback"] and p["docs"])
        extra: dict[str, Any] = {"numbers_not_cited": gaps_found} if gaps_found else {}
        if not inserts:  # no sentence reached the floor (fallback_doc=0) or held its numbers
            return Decision.allow("no document supports any sentence: nothing cited",
                                  method=self.method, picks=picks, fallback=n_fallback,
                                  uncited=len(picks), **extra)
        uncited = (f"; {len(gaps_found)} left without the citation of a document lacking "
                   f"their numbers" if gaps_found else "")
        if len(picks) > n_cited:
            uncited += f"; {len(picks) - n_cited} left uncited"
        return Decision.rewrite(
            "".join(out),
            f"added citations to {n_cited} sentence(s) ({n_fallback} by fallback){uncited}",
            score=round(best_total / len(picks), 4),
            citations_injected=True,
            method=self.method,
            picks=picks,
            fallback=n_fallback,
            uncited=len(picks) - n_cited,
            **extra,
        )

    def _check_support(self, text: str, markers: list[tuple[int, int, list[int]]],
                       ctx: Context, checked: Decision) -> Decision:
        """``checked`` (the answer already cites), flagged or blocked when a sentence cites
        only documents that do not support it while another one does."""
        scorer = _Scorer(ctx.docs, self.method, self.k1, self.b, ctx.guard_state("_text"))
        if ctx.out_of_time():
            raise _OutOfTime
        check = NumberCheck.of_request(text, ctx, markers) if self.check_numbers else None

        def score(sentence: str) -> list[float]:  # each cited sentence: its deadline check
            if ctx.out_of_time():
                raise _OutOfTime
            return scorer.scores(sentence)

        found = misattributed(text, markers, len(ctx.docs), score, self.floor,
                              self.misattributed_ratio,
                              check.gap if check is not None else None)
        if not found:
            return checked
        better = sorted({r["best_doc"] for r in found if r["best_doc"] is not None})
        reason = (f"{len(found)} sentence(s) cite documents that do not support them"
                  + (f" (documents {better} do)" if better else ""))
        data = {**{k: v for k, v in checked.data.items() if k != "fired"},
                "misattributed": found}
        if self.on_misattributed == "block":
            return Decision.block(reason, **data)
        return Decision.allow(reason, fired=True, **data)


def _insert_at(text: str, span: Span) -> int:
    """Where a sentence's marker goes: before its final punctuation, else at its end."""
    at = span.end
    while at > span.start and text[at - 1] in _END_PUNCT:
        at -= 1
    if at < span.end:  # French spacing "l'Allemagne !": the marker goes before the space
        while at > span.start and text[at - 1] in " \u00a0\u202f":
            at -= 1
    return at
