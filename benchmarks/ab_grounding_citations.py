"""A/B of the grounding and citation guards: another commit's package against the working
tree, alternating rounds, CPU time, best round per side.

In one process (a renamed copy of the other package):

    mkdir -p /tmp/gwab && git archive <commit> src/guardwire | tar -x -C /tmp/gwab
    mv /tmp/gwab/src/guardwire /tmp/gwab/guardwire_base
    .venv/bin/python benchmarks/ab_grounding_citations.py /tmp/gwab

In alternating processes (each side imports its own ``src``; writes
``benchmarks/results/ab_grounding_citations.json``):

    git worktree add /tmp/gw_base <commit>
    .venv/bin/python benchmarks/ab_grounding_citations.py --processes /tmp/gw_base/src \
        [ROUNDS [NEW_SRC]]

Cases: the latency benchmark's 1,573-character answer with 5 ALCE passages
(``_eval_latency.py``), and a generated ~20 KB number-heavy answer (figures with units,
currencies, quarters and dates, 60% of its sentences restating one of 5 generated ~3 KB
documents: pairing stays on, under ``MAX_PAIRED_CHARS``). Prints a table; writes nothing.
"""

from __future__ import annotations

import importlib
import json
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

_SUBJECTS = ["revenue", "operating costs", "net income", "the bridge", "headcount", "exports",
             "the city population", "server capacity", "average rainfall", "the budget",
             "sales in Europe", "the new plant", "gross margin", "R&D spending", "the reservoir"]
_UNITS = ["%", " km", " miles", " MB", " GB", " tonnes", " kg", " years", " months", "°C",
          " percent", " million", " billion", "", ""]
_BEFORE = ["", "", "$", "€", "£", "USD "]
_VERBS = ["grew", "rose", "fell", "was", "reached", "declined", "totalled", "stood at"]


def _number(rng: random.Random) -> str:
    k = rng.random()
    if k < 0.3:
        return str(rng.randint(2, 99))
    if k < 0.5:
        return f"{rng.randint(1, 99)}.{rng.randint(0, 9)}"
    if k < 0.7:
        return f"{rng.randint(1, 999)},{rng.randint(0, 999):03d}"
    return str(rng.randint(1990, 2024)) if k < 0.85 else str(rng.randint(2, 9))


def _sentence(rng: random.Random) -> str:
    parts = [f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_BEFORE)}"
             f"{_number(rng)}{rng.choice(_UNITS)}" for _ in range(rng.randint(1, 3))]
    when = rng.choice(["", f" in Q{rng.randint(1, 4)} {rng.randint(2015, 2024)}",
                       f" in the {rng.choice(['first', 'second', 'third', 'fourth'])} quarter",
                       f" on {rng.randint(1, 28)} May {rng.randint(2015, 2024)}",
                       " compared with 2019"])
    text = rng.choice([", while ", " and ", ", but ", "; "]).join(parts) + when + "."
    return text[0].upper() + text[1:]


def heavy_case(seed: int = 7, size: int = 20_000, doc_size: int = 3_000
               ) -> tuple[str, list[dict[str, str]]]:
    rng = random.Random(seed)
    docs = []
    for i in range(5):
        text = ""
        while len(text) < doc_size:
            text += " " + _sentence(rng)
        docs.append({"title": f"Doc {i}", "text": text.strip()})
    pool = [s.strip() + "." for d in docs for s in d["text"].split(".") if s.strip()]
    answer = ""
    while len(answer) < size:
        answer += " " + (rng.choice(pool) if rng.random() < 0.6 else _sentence(rng))
    return answer.strip(), docs


def bench_case() -> tuple[str, list[dict[str, Any]]]:
    import _eval_citations

    rows = _eval_citations.load()
    sentences = [u["text"] for r in rows for u in r["answer_sentences"] if len(u["text"]) > 40]
    answer = ""
    for s in sentences:  # as in _eval_latency.py
        if len(answer) >= 1480:
            break
        answer = f"{answer} {s}".strip()
    return answer, rows[0]["docs"]


def _calls(package: str, answer: str, docs: list[Any]) -> dict[str, Callable[[], object]]:
    root = importlib.import_module(package)
    grounding = importlib.import_module(f"{package}.guards.grounding").GroundingGuard()
    grounding.warm()
    citations = importlib.import_module(f"{package}.guards.citations").CitationGuard(
        method="bm25")

    def both() -> None:
        ctx = root.Context(docs=docs)
        grounding(answer, ctx)
        citations(answer, ctx)

    return {"grounding": lambda: grounding(answer, root.Context(docs=docs)),
            "citations_bm25": lambda: citations(answer, root.Context(docs=docs)),
            "grounding+citations_same_ctx": both}


def main(argv: list[str]) -> None:
    sys.path.insert(0, argv[1])
    for case, (answer, docs) in (("bench", bench_case()), ("heavy", heavy_case())):
        sides = {"base": _calls("guardwire_base", answer, docs),
                 "new": _calls("guardwire", answer, docs)}
        n, rounds = (200, 9) if case == "bench" else (4, 5)
        for name in sides["base"]:
            best = {"base": float("inf"), "new": float("inf")}
            for r in range(rounds):
                for side in ("base", "new") if r % 2 == 0 else ("new", "base"):
                    fn = sides[side][name]
                    fn()
                    t0 = time.process_time()
                    for _ in range(n):
                        fn()
                    best[side] = min(best[side], (time.process_time() - t0) / n * 1000)
            print(f"{case} ({len(answer):,} chars) {name:30s} base {best['base']:8.3f} ms  "
                  f"new {best['new']:8.3f} ms  {best['base'] / best['new']:.2f}x")


def _one_side(src: str) -> None:
    """Child process: best CPU time per case and guard, importing ``guardwire`` from ``src``."""
    sys.path.insert(0, src)
    out = {}
    for case, (answer, docs) in (("bench", bench_case()), ("heavy", heavy_case())):
        n, rounds = (100, 5) if case == "bench" else (3, 5)
        for name, fn in _calls("guardwire", answer, docs).items():
            fn()
            best = float("inf")
            for _ in range(rounds):
                t0 = time.process_time()
                for _ in range(n):
                    fn()
                best = min(best, (time.process_time() - t0) / n * 1000)
            out[f"{case}/{name}"] = best
    print(json.dumps(out))


def processes(base_src: str, rounds: int, new_src: str = str(HERE.parent / "src")
              ) -> dict[str, Any]:
    """Alternating child processes, base and new (default: this tree's ``src``); per case
    the best time of each side."""
    runs: dict[str, list[dict[str, float]]] = {"base": [], "new": []}
    for r in range(rounds):
        order = [("base", base_src), ("new", new_src)]
        for side, src in order if r % 2 == 0 else order[::-1]:
            done = subprocess.run([sys.executable, __file__, "--side", src], check=True,
                                  capture_output=True, text=True)
            runs[side].append(json.loads(done.stdout))
    best = {side: {k: min(run[k] for run in rs) for k in rs[0]} for side, rs in runs.items()}
    result: dict[str, Any] = {"rounds": rounds, "cases": {}}
    for key in best["base"]:
        b, n = best["base"][key], best["new"][key]
        result["cases"][key] = {"base_ms": round(b, 3), "new_ms": round(n, 3),
                                "new_over_base": round(n / b, 3)}
        print(f"{key:45s} base {b:8.3f} ms  new {n:8.3f} ms  new/base {n / b:.3f}")
    return result


if __name__ == "__main__":
    if sys.argv[1:2] == ["--side"]:
        _one_side(sys.argv[2])
    elif sys.argv[1:2] == ["--processes"]:
        res = processes(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 4,
                        *sys.argv[4:5])
        res["base"], res["new"] = sys.argv[2], (sys.argv[4:5] or ["src"])[0]
        (HERE / "results" / "ab_grounding_citations.json").write_text(
            json.dumps(res, indent=2) + "\n", encoding="utf-8")
    else:
        main(sys.argv)
