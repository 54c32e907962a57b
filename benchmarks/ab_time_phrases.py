"""A/B of the time-phrase guard's latency cases: another commit's package against the working
tree, in alternating processes (each side imports its own ``src``), CPU time, best of 7
batches of 200 calls per side and round; the cases of ``_eval_time_phrases.latency``.

    git worktree add /tmp/gw_base <commit>
    .venv/bin/python benchmarks/ab_time_phrases.py /tmp/gw_base/src [ROUNDS [NEW_SRC]]

Prints a table; writes ``benchmarks/results/ab_time_phrases.json``.
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


if __name__ == "__main__":
    res = run(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 4, *sys.argv[3:4])
    (HERE / "results" / "ab_time_phrases.json").write_text(json.dumps(res, indent=2) + "\n",
                                                           encoding="utf-8")
