"""Wall time of the citation guard at its default policy (``budget_ms=50``, fail-open) on long
number-heavy answers, with and without its deadline (``ctx.out_of_time()``, checked before
each unit of work; docs/guards/citations.md); the same for the grounding guard
(``GroundingGuard()``, its default policy, also ``budget_ms=50``; docs/guards/grounding.md).

"before": the step hides the deadline from the guard (``_deadline.set_for`` gives none), so
the guard runs to its end and its result is then dropped as a timeout: what the guard did
before it could see its deadline. "after": the guard sees it and stops at it. Same process,
alternating calls, a fresh ``Context(docs=docs)`` per call, through ``Pipeline.check_output``
(``time.perf_counter``, wall time of the whole call); the answers are
``ab_grounding_citations.heavy_case(7, size, doc_size)`` (bm25).

    .venv/bin/python benchmarks/bench_citations_deadline.py [ROUNDS] [--only citations|grounding]

Prints a table; writes ``benchmarks/results/bench_citations_deadline.json`` (the citation
guard's rows under ``cases``, the grounding guard's under ``grounding.cases``; with
``--only``, the other guard's rows are kept from the file).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from ab_grounding_citations import heavy_case  # noqa: E402

from guardwire import Context, Pipeline, _deadline  # noqa: E402
from guardwire.guards.citations import CitationGuard  # noqa: E402
from guardwire.guards.grounding import GroundingGuard  # noqa: E402

RESULTS = HERE / "results" / "bench_citations_deadline.json"

CASES = [(1_500, 800), (5_000, 1_500), (10_000, 2_000), (20_000, 3_000)]


def _hidden(budget_ms: float | None) -> tuple[None, None]:
    return None, None


def _one(pipeline: Pipeline, answer: str, docs: list[dict[str, str]], hide: bool
         ) -> tuple[float, str]:
    real = _deadline.set_for
    if hide:
        _deadline.set_for = _hidden  # type: ignore[assignment]
    try:
        t0 = time.perf_counter()
        verdict = pipeline.check_output(answer, Context(docs=docs))
        ms = (time.perf_counter() - t0) * 1000.0
    finally:
        _deadline.set_for = real
    return ms, verdict.decisions[0].outcome


def main(rounds: int, only: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = json.loads(RESULTS.read_text(encoding="utf-8")) \
        if only is not None and RESULTS.exists() else {}
    if only in (None, "citations"):
        print("citations (bm25)")
        out.update({"rounds": rounds, "policy": "default (budget_ms=50, fail-open)",
                    "method": "bm25", "load_avg_1m": round(os.getloadavg()[0], 2),
                    "cases": _cases(Pipeline(output=[CitationGuard(method="bm25")]), rounds)})
    if only in (None, "grounding"):
        print("grounding (default options)")
        load = round(os.getloadavg()[0], 2)
        out["grounding"] = {"rounds": rounds, "policy": "default (budget_ms=50, fail-open)",
                            "options": "GroundingGuard() defaults", "load_avg_1m": load,
                            "cases": _cases(Pipeline(output=[GroundingGuard()]), rounds)}
    return out


def _cases(pipeline: Pipeline, rounds: int) -> dict[str, Any]:
    """Each case's before/after wall times, alternating, ``rounds`` calls a side."""
    cases: dict[str, Any] = {}
    print(f"{'answer':>8} {'before ms':>10} {'after ms':>9} {'after/before':>13}  outcomes "
          f"(before / after)")
    for size, doc_size in CASES:
        answer, docs = heavy_case(7, size, doc_size)
        _one(pipeline, answer, docs, False)  # warm: imports, memos
        times: dict[str, list[float]] = {"before": [], "after": []}
        outcomes: dict[str, set[str]] = {"before": set(), "after": set()}
        for r in range(rounds):
            for side in ("before", "after") if r % 2 == 0 else ("after", "before"):
                ms, outcome = _one(pipeline, answer, docs, side == "before")
                times[side].append(ms)
                outcomes[side].add(outcome)
        b, a = statistics.median(times["before"]), statistics.median(times["after"])
        row: dict[str, Any] = {
            "answer_chars": len(answer), "docs": f"5 x {doc_size}",
            "before_median_ms": round(b, 1), "after_median_ms": round(a, 1),
            "before_best_ms": round(min(times["before"]), 1),
            "after_best_ms": round(min(times["after"]), 1),
            "after_over_before": round(a / b, 3),
            "outcomes_before": sorted(outcomes["before"]),
            "outcomes_after": sorted(outcomes["after"])}
        cases[f"{size}"] = row
        print(f"{len(answer):>8,} {b:>10.1f} {a:>9.1f} {a / b:>13.3f}  "
              f"{'/'.join(row['outcomes_before'])} / {'/'.join(row['outcomes_after'])}")
    return cases


if __name__ == "__main__":
    args = sys.argv[1:]
    which = args[args.index("--only") + 1] if "--only" in args else None
    if which not in (None, "citations", "grounding"):
        sys.exit(f"--only citations or --only grounding, not {which!r}")
    numbers = [a for a in args if a.isdigit()]
    res = main(int(numbers[0]) if numbers else 10, which)
    RESULTS.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
