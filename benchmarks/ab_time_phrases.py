"""A/B of the time-phrase guard's latency cases: another commit's package against the working
tree, in alternating processes (each side imports its own ``src``), CPU time, best of 7
batches of 200 calls per side and round; the cases of ``_eval_time_phrases.latency``.

    git worktree add /tmp/gw_base <commit>
    .venv/bin/python benchmarks/ab_time_phrases.py /tmp/gw_base/src [ROUNDS [NEW_SRC]]

Prints a table; writes ``benchmarks/results/ab_time_phrases.json``.

Same outputs (speed changes must not change any): each side in its own process finds the
phrases of a varied corpus (the Recognizers-Text rows, their words shuffled, dropped and
with digits changed, sentences and 84-character windows of generated number-heavy answers
and documents, the ALCE passages' sentences), resolves each phrase against two reference
times, and runs the guard on rewrites of the rows (phrases dropped, moved, kept); spans,
windows and Decisions are compared; exits 1 on a difference:

    .venv/bin/python benchmarks/ab_time_phrases.py --check /tmp/gw_base/src [NEW_SRC]

The finder alone, in one process (``patterns.py`` of the other tree loaded beside this
tree's, the rest of the package shared; alternating, CPU time, best of 9): ``_candidates``
on the 1,491-character prose, the Recognizers-Text rows and the sentences and 84-character
windows around years of generated 20 KB number-heavy answers and documents, then
``find_time_phrases`` on 20 such answers' texts after each side's screen memo was filled
with 2,000 other tokens per gate (a long-running process)::

    .venv/bin/python benchmarks/ab_time_phrases.py --finder /tmp/gw_base/src
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

_SIDE = r'''
import json, re, sys, time
sys.path.insert(0, sys.argv[1])
sys.path.insert(0, sys.argv[2])
import _eval_time_phrases as E
from guardwire import Context
from guardwire.guards.time_phrases import TimePhraseGuard, find_time_phrases
answer = (E._ANSWER * 6)[:1480] + " last week?"
original = "How many latency spikes did we see last week, around 25 August, after 3pm?"
kept = answer[: -len(" last week?")] + " last week, around 25 August, after 3pm?"
guard = TimePhraseGuard()
baseline = re.compile(r"\b(?:last|next|this)\s+week\b|\d{1,2}\s+[A-Z][a-z]+|\d+\s?pm\b")
cases = {"raw_re": lambda: (baseline.findall(original), baseline.findall(answer)),
         "rewrite": lambda: guard(answer, Context(original_input=original)),
         "allow": lambda: guard(kept, Context(original_input=original)),
         "find_1500": lambda: find_time_phrases(answer)}
out = {}
for name, fn in cases.items():
    fn()
    best = float("inf")
    for _ in range(7):
        t0 = time.process_time()
        for _ in range(200):
            fn()
        best = min(best, (time.process_time() - t0) / 200 * 1000)
    out[name] = best
print(json.dumps(out))
'''


def run(base_src: str, rounds: int = 4, new_src: str = str(HERE.parent / "src")
        ) -> dict[str, Any]:
    runs: dict[str, list[dict[str, float]]] = {"base": [], "new": []}
    for r in range(rounds):
        order = [("base", base_src), ("new", new_src)]
        for side, src in order if r % 2 == 0 else order[::-1]:
            done = subprocess.run([sys.executable, "-c", _SIDE, src, str(HERE)], check=True,
                                  capture_output=True, text=True)
            runs[side].append(json.loads(done.stdout))
    best = {side: {k: min(run[k] for run in rs) for k in rs[0]} for side, rs in runs.items()}
    result: dict[str, Any] = {"rounds": rounds, "base": base_src, "new": new_src, "cases": {}}
    for key in best["base"]:
        b, n = best["base"][key], best["new"][key]
        result["cases"][key] = {"base_ms": round(b, 4), "new_ms": round(n, 4),
                                "new_over_base": round(n / b, 3)}
        print(f"{key:10s} base {b:.4f} ms  new {n:.4f} ms  new/base {n / b:.3f}")
    for side in ("base", "new"):
        ratio = {k: round(best[side][k] / best[side]["raw_re"], 1) for k in ("rewrite", "allow")}
        result[f"{side}_vs_raw"] = ratio
        print(f"{side}: rewrite {ratio['rewrite']}x raw, allow {ratio['allow']}x raw")
    return result


_DUMP = r'''
import json, random, re, sys
from datetime import datetime
sys.path.insert(0, sys.argv[1])
sys.path.insert(0, sys.argv[2])
import _eval_citations, _eval_time_phrases as E
from ab_grounding_citations import heavy_case
from guardwire import Context
from guardwire.guards.time_phrases import TimePhraseGuard, find_time_phrases, resolve_span
rng = random.Random(5)
rows = [json.loads(line)["text"] for line in E.DATA.read_text(encoding="utf-8").splitlines()
        if line.strip()]
texts = list(rows)
for t in rows[::3]:
    words = t.split()
    rng.shuffle(words)
    texts.append(" ".join(words))
    texts.append(" ".join(w for w in t.split() if rng.random() < 0.7))
    texts.append(re.sub(r"\d", lambda m: str(rng.randint(0, 9)), t))
for seed in range(12):
    answer, docs = heavy_case(seed, 3_000, 2_000)
    for text in [answer] + [d["text"] for d in docs]:
        texts += [s.strip() + "." for s in text.split(".") if s.strip()]
        texts += [text[max(0, m.start() - 40) : m.start() + 44]
                  for m in re.finditer(r"(?:19|20)\d\d", text)]
for row in _eval_citations.load():
    for d in row["docs"]:
        texts += [s.strip() + "." for s in d["text"].split(". ") if s.strip()]
refs = [datetime(2000, 1, 1), datetime(2026, 9, 3, 14, 30)]
out = []
for t in texts:
    spans = find_time_phrases(t)
    out.append(json.dumps([[s.start, s.end, s.kind] for s in spans]))
    for s in spans:
        out.append(json.dumps([repr(resolve_span(s.text, r)) for r in refs]))
guards = [TimePhraseGuard(), TimePhraseGuard(kinds=["date", "time"], max_restore=1)]
base = E._ANSWER[:300]
for i, t in enumerate(rows[::2]):
    spans = find_time_phrases(t)
    rewrites = [base, t, " ".join(w for w in t.split() if rng.random() < 0.6) + "?",
                re.sub(r"\d+", lambda m: str(int(m.group()) + 1), t), base + " " + t]
    if spans:
        s = spans[rng.randrange(len(spans))]
        rewrites.append(t[:s.start] + t[s.end:])
    for rw in rewrites:
        for g in guards:
            d = g(rw, Context(original_input=t))
            out.append(json.dumps([d.action, d.text, d.reason, d.data], sort_keys=True,
                                  default=repr))
print(json.dumps(out))
'''


def check(base_src: str, new_src: str = str(HERE.parent / "src")) -> dict[str, Any]:
    """Spans, windows and Decisions of both sides on the corpus of ``_DUMP``, compared."""
    sides = {}
    for side, src in (("base", base_src), ("new", new_src)):
        done = subprocess.run([sys.executable, "-c", _DUMP, src, str(HERE)], check=True,
                              capture_output=True, text=True)
        sides[side] = json.loads(done.stdout)
    base, new = sides["base"], sides["new"]
    if len(base) != len(new):
        print(f"{len(base)} outputs against {len(new)}")
        return {"outputs": len(base), "differ": abs(len(base) - len(new))}
    differ = [i for i, (a, b) in enumerate(zip(base, new, strict=True)) if a != b]
    for i in differ[:3]:
        print(f"output {i} differs:\n  base {base[i][:600]}\n  new  {new[i][:600]}")
    print(f"{len(base)} outputs compared (spans, windows, Decisions), {len(differ)} differ")
    return {"outputs": len(base), "differ": len(differ)}


def _dated_texts(seeds: range) -> list[str]:
    """Sentences of generated number-heavy answers and documents, and their text around
    each year (what the date rule of ``grounding`` and ``citations`` parses)."""
    import re

    sys.path.insert(0, str(HERE))
    from ab_grounding_citations import heavy_case

    texts: list[str] = []
    for seed in seeds:
        answer, docs = heavy_case(seed)
        texts += [t.strip() + "." for t in answer.split(".") if t.strip()]
        for d in docs:
            texts += [d["text"][max(0, m.start() - 40) : m.start() + 44]
                      for m in re.finditer(r"(?:19|20)\d\d", d["text"])]
    return texts


def finder(base_src: str) -> dict[str, float]:
    """``_candidates`` and ``find_time_phrases`` of ``base_src``'s ``patterns.py`` against
    this tree's, in one process (new/base per corpus)."""
    import importlib.util
    import random
    import time

    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(HERE.parent / "src"))
    import _eval_time_phrases as E

    from guardwire.guards.time_phrases import patterns as new
    name = "guardwire.guards.time_phrases._patterns_base"
    spec = importlib.util.spec_from_file_location(
        name, Path(base_src) / "guardwire" / "guards" / "time_phrases" / "patterns.py")
    assert spec is not None and spec.loader is not None
    base = importlib.util.module_from_spec(spec)
    base.__package__ = "guardwire.guards.time_phrases"
    sys.modules[name] = base
    spec.loader.exec_module(base)
    rows = [json.loads(line)["text"] for line in E.DATA.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    prose = [(E._ANSWER * 6)[:1480] + " last week?"] * 100
    out: dict[str, float] = {}

    def best(fn: Any, texts: list[str], rounds: int = 9) -> dict[str, float]:
        got = {"base": float("inf"), "new": float("inf")}
        for r in range(rounds):
            for side in ("base", "new") if r % 2 == 0 else ("new", "base"):
                f = fn(base if side == "base" else new)
                t0 = time.process_time()
                for t in texts:
                    f(t)
                got[side] = min(got[side], time.process_time() - t0)
        return got

    for label, texts in (("prose", prose), ("rows", rows), ("dated", _dated_texts(range(7, 9)))):
        got = best(lambda m: m._candidates, texts)
        out[f"candidates_{label}"] = round(got["new"] / got["base"], 3)
        print(f"_candidates {label:6s} base {got['base'] * 1000:7.2f} ms  "
              f"new {got['new'] * 1000:7.2f} ms  new/base {out[f'candidates_{label}']:.3f}")
    texts = _dated_texts(range(100, 120))
    for m in (base, new):  # a long-running process: the memo full of other tokens
        rng = random.Random(1)
        for g, memo in enumerate(m._STARTS_WITH):
            memo.clear()
            while len(memo) < m._MEMO_CAP:
                m._screened(g, str(rng.randint(10**6, 10**9)))
    got = {}
    for side, m in (("base", base), ("new", new)):
        t0 = time.process_time()
        for t in texts:
            m.find_time_phrases(t)
        got[side] = (time.process_time() - t0) * 1000 / 20
    out["find_full_memo"] = round(got["new"] / got["base"], 3)
    print(f"find, full memo, per answer  base {got['base']:7.2f} ms  new {got['new']:7.2f} ms  "
          f"new/base {out['find_full_memo']:.3f}")
    return out


if __name__ == "__main__" and sys.argv[1:2] == ["--finder"]:
    finder(sys.argv[2])
elif __name__ == "__main__" and sys.argv[1:2] == ["--check"]:
    sys.exit(1 if check(*sys.argv[2:4])["differ"] else 0)
elif __name__ == "__main__":
    res = run(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 4, *sys.argv[3:4])
    (HERE / "results" / "ab_time_phrases.json").write_text(json.dumps(res, indent=2) + "\n",
                                                           encoding="utf-8")
