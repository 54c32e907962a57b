"""Whether an answer's own citation markers point to documents that support their sentences
(the citation guard's ``on_misattributed`` check)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ._text import split_sentences


def misattributed(text: str, markers: Sequence[tuple[int, int, list[int]]], n_docs: int,
                  score: Callable[[str], list[float]], floor: float,
                  ratio: float) -> list[dict[str, Any]]:
    """The sentences whose markers all cite documents scoring below ``ratio`` × the best
    document's score, when the best one reaches ``floor`` (another document plainly
    supports the sentence and the cited ones do not): one record each, with ``start``,
    ``end``, ``cited``, ``best_doc``, ``cited_score`` and ``best_score``."""
    spans = [s for s in split_sentences(text) if s.kind == "sentence"]
    cited: dict[int, set[int]] = {}
    i = 0
    for start, _, numbers in sorted(markers):
        while i + 1 < len(spans) and spans[i + 1].start <= start:
            i += 1
        if spans and spans[i].start <= start:
            # "… the Seine. [2] Berlin …": a marker opening a sentence cites the one before
            at = i - 1 if i > 0 and not text[spans[i].start : start].strip() else i
            cited.setdefault(at, set()).update(n for n in numbers if 1 <= n <= n_docs)
    found = []
    for i, docs in sorted(cited.items()):
        if not docs:
            continue
        span = spans[i]
        scores = score(span.of(text))
        best = max(scores, default=0.0)
        mine = max(scores[n - 1] for n in docs)
        if best >= floor and best > 0.0 and mine < ratio * best:
            found.append({"start": span.start, "end": span.end, "cited": sorted(docs),
                          "best_doc": scores.index(best) + 1, "cited_score": round(mine, 4),
                          "best_score": round(best, 4)})
    return found
