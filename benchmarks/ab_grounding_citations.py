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
``--processes`` also times such answers of 200 and 2,000 characters (``short200``,
``mid2k``, documents of 300 and 1,000 characters), and ``heavy_fresh_full_memo``: six
other 20 KB answers, each with its own documents, once each, after the time-phrase finder's
screen memo was filled with other tokens only (a long-running process that met 2,000 other
tokens per gate before any of these: the worst case; the repeated cases keep the memo warm
with their own tokens).

Same decisions (speed changes must not change any): each side in its own process runs the
guards over a varied corpus (the ALCE rows with and without markers, numbers changed,
markers moved; generated number-heavy answers of 200, 2,000 and 20,000 characters, some
with markers, tables and list items) and the Decisions (action, text, reason, data) are
compared; exits 1 on a difference:

    .venv/bin/python benchmarks/ab_grounding_citations.py --check /tmp/gw_base/src [NEW_SRC]
"""

from __future__ import annotations

import importlib
import json
import random
import re
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
    small = [("short200", heavy_case(7, 200, 300), 100),
             ("mid2k", heavy_case(7, 2_000, 1_000), 20)]
    for case, (answer, docs), n in [("bench", bench_case(), 100), ("heavy", heavy_case(), 3),
                                    *small]:
        rounds = 5
        for name, fn in _calls("guardwire", answer, docs).items():
            fn()
            best = float("inf")
            for _ in range(rounds):
                t0 = time.process_time()
                for _ in range(n):
                    fn()
                best = min(best, (time.process_time() - t0) / n * 1000)
            out[f"{case}/{name}"] = best
    # a long-running process: the time-phrase finder's screen memo full of other tokens
    # (numbers met before these answers' own), and a new answer with new documents each call
    patterns = importlib.import_module("guardwire.guards.time_phrases.patterns")
    rng = random.Random(1)
    for g, memo in enumerate(patterns._STARTS_WITH):
        memo.clear()
        while len(memo) < patterns._MEMO_CAP:
            patterns._screened(g, str(rng.randint(10**6, 10**9)))
    for name in ("grounding", "citations_bm25"):
        best = float("inf")
        for seed in range(100, 106):
            fn = _calls("guardwire", *heavy_case(seed))[name]
            t0 = time.process_time()
            fn()
            best = min(best, (time.process_time() - t0) * 1000)
        out[f"heavy_fresh_full_memo/{name}"] = best
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


def _mutated(rng: random.Random, text: str) -> str:
    """``text`` with some multi-digit numbers' last digit changed."""
    return re.sub(r"\d(?=\d*[.,]?\d\b)|\d\b", lambda m: str((int(m.group()) + 3) % 10)
                  if rng.random() < 0.3 else m.group(), text)


def check_corpus() -> list[tuple[str, list[dict[str, Any]]]]:
    """(answer, docs) pairs for :func:`_dump`: the ALCE rows (with their markers, without,
    numbers changed, markers moved to the next document) and generated number-heavy answers
    (markers on some, a table row and list items on others)."""
    import _eval_citations

    rng = random.Random(11)
    corpus: list[tuple[str, list[dict[str, Any]]]] = []
    for row in _eval_citations.load():
        answer, docs = row["answer"], row["docs"]
        bare = re.sub(r"\s*\[\d+\]", "", answer)
        moved = "".join(f"[{int(part) % len(docs) + 1}]" if i % 2 else part
                        for i, part in enumerate(re.split(r"\[(\d+)\]", answer)))
        corpus += [(answer, docs), (bare, docs), (_mutated(rng, bare), docs), (moved, docs),
                   (_mutated(rng, answer), docs)]
        corpus += [(u["text"], docs) for u in row["answer_sentences"]]
    for seed in range(60):
        size, doc_size = ((200, 300), (2_000, 1_000), (20_000, 3_000))[
            0 if seed < 40 else 1 if seed < 56 else 2]
        answer, docs = heavy_case(seed, size, doc_size)
        k = seed % 4
        if k == 1:
            answer = _mutated(rng, answer)
        elif k == 2:  # the model's own markers, some to no document
            answer = re.sub(r"\.(?= |$)", lambda m: f" [{rng.randint(1, 6)}]."
                            if rng.random() < 0.5 else ".", answer)
        elif k == 3:
            answer = ("| item | 2019 | 2020 |\n|---|---|---|\n| sales | 45 | 52 |\n\n"
                      + answer + "\n\n- " + _sentence(rng) + "\n- " + _sentence(rng))
        corpus.append((answer, docs))
    return corpus


def _dump(src: str) -> None:
    """Child process: every Decision of the corpus, one JSON string each."""
    sys.path.insert(0, src)
    root = importlib.import_module("guardwire")
    grounding = importlib.import_module("guardwire.guards.grounding")
    citations = importlib.import_module("guardwire.guards.citations")
    guards = [grounding.GroundingGuard(), grounding.GroundingGuard(check_pairs=False),
              citations.CitationGuard(method="bm25"), citations.CitationGuard(),
              citations.CitationGuard(method="bm25", fallback_doc=0, on_misattributed="block",
                                      on_unknown_marker="strip")]
    out = []
    for answer, docs in check_corpus():
        for guard in guards:  # a fresh request each
            out.append(_as_json(guard(answer, root.Context(docs=docs))))
        ctx = root.Context(docs=docs)  # grounding then citations in one request
        out += [_as_json(g(answer, ctx)) for g in (guards[0], guards[2])]
    print(json.dumps(out))


def _as_json(d: Any) -> str:
    return json.dumps([d.action, d.text, d.reason, d.score, d.data], sort_keys=True,
                      default=repr)


def check(base_src: str, new_src: str = str(HERE.parent / "src")) -> dict[str, Any]:
    """The Decisions of both sides on :func:`check_corpus`, compared."""
    sides = {}
    for side, src in (("base", base_src), ("new", new_src)):
        done = subprocess.run([sys.executable, __file__, "--dump", src], check=True,
                              capture_output=True, text=True)
        sides[side] = json.loads(done.stdout)
    base, new = sides["base"], sides["new"]
    differ = [i for i, (a, b) in enumerate(zip(base, new, strict=True)) if a != b]
    for i in differ[:3]:
        print(f"call {i} differs:\n  base {base[i][:600]}\n  new  {new[i][:600]}")
    print(f"{len(base)} Decisions compared, {len(differ)} differ")
    return {"decisions": len(base), "differ": len(differ)}


if __name__ == "__main__":
    if sys.argv[1:2] == ["--dump"]:
        _dump(sys.argv[2])
    elif sys.argv[1:2] == ["--check"]:
        sys.exit(1 if check(*sys.argv[2:4])["differ"] else 0)
    elif sys.argv[1:2] == ["--side"]:
        _one_side(sys.argv[2])
    elif sys.argv[1:2] == ["--processes"]:
        res = processes(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 4,
                        *sys.argv[4:5])
        res["base"], res["new"] = sys.argv[2], (sys.argv[4:5] or ["src"])[0]
        (HERE / "results" / "ab_grounding_citations.json").write_text(
            json.dumps(res, indent=2) + "\n", encoding="utf-8")
    else:
        main(sys.argv)
