"""Latency of the deterministic output guards (citations, slots, footnotes, grounding) on a
~1,500-character answer with 5 ALCE passages, against a raw regex baseline; part of
``_eval_citations.py``'s report (``benchmarks/eval_output_guards.py --only citations``)."""

from __future__ import annotations

import re
import statistics
import time
from collections.abc import Callable
from typing import Any

from guardwire import Context
from guardwire.guards.citations import CitationGuard
from guardwire.guards.footnotes import FootnoteGuard
from guardwire.guards.grounding import GroundingGuard
from guardwire.guards.slots import SlotFiller


def _p50(fn: Callable[[], object], repeats: int) -> float:
    for _ in range(50):
        fn()
    samples = []
    for _ in range(repeats):
        t0 = time.perf_counter_ns()
        fn()
        samples.append((time.perf_counter_ns() - t0) / 1e6)
    return round(statistics.median(samples), 4)


def latency(rows: list[dict[str, Any]], repeats: int = 2000) -> dict[str, Any]:
    """p50 of each guard on a ~1,500-character answer with 5 docs, vs a raw regex baseline
    (one ``re.findall(r"\\w+")`` pass over the answer and the five documents). A fresh Context
    per call, so no document tokens are reused between calls."""
    docs = rows[0]["docs"]
    sentences = [u["text"] for r in rows for u in r["answer_sentences"] if len(u["text"]) > 40]
    answer = ""
    for s in sentences:  # whole sentences up to about 1,500 characters
        if len(answer) >= 1480:
            break
        answer = f"{answer} {s}".strip()
    cited = " ".join(f"{s} [{i % 5 + 1}]." for i, s in enumerate(answer.split(". ")))[:1500]
    slotted = answer[:-60] + " In total <sum> events on {count} pages."
    word = re.compile(r"\w+")
    texts = [answer, *(d["text"] for d in docs)]

    def raw() -> None:
        for t in texts:
            word.findall(t.lower())

    cases: dict[str, tuple[Callable[[str, Context], object], str]] = {
        "citations_jaccard": (CitationGuard(method="jaccard"), answer),
        "citations_bm25": (CitationGuard(method="bm25"), answer),
        "citations_bm25_no_numbers": (CitationGuard(method="bm25", check_numbers=False), answer),
        "citations_already_cited": (CitationGuard(), cited),
        "citations_already_cited_no_numbers": (CitationGuard(check_numbers=False), cited),
        "slots": (SlotFiller(), slotted),
        "footnotes": (FootnoteGuard(), cited),
        "grounding": (GroundingGuard(), answer),
    }
    def shared() -> None:  # two guards of one request share the document tokens
        ctx = Context(docs=docs)
        cases["citations_jaccard"][0](answer, ctx)
        cases["grounding"][0](answer, ctx)

    result: dict[str, Any] = {"answer_chars": len(answer), "docs": len(docs),
                              "raw_baseline_p50_ms": _p50(raw, repeats)}
    for name, (guard, text) in cases.items():
        p50 = _p50(lambda g=guard, t=text: g(t, Context(docs=docs)), repeats)  # type: ignore[misc]
        result[name] = {"p50_ms": p50,
                        "vs_raw": round(p50 / result["raw_baseline_p50_ms"], 1)}
    p50 = _p50(shared, repeats)
    result["citations+grounding_same_ctx"] = {
        "p50_ms": p50, "vs_raw": round(p50 / result["raw_baseline_p50_ms"], 1)}
    return result
