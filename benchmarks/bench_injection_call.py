"""The injection guard's cost per call on ordinary prompts, a base revision against this tree
(nineteenth session, issue 3: the guard's p50 on benign prompts had grown ~4x in six sessions).

The prompts are ``eval_injection.py --latency-only``'s: the first 50 benign rows of the shared
data (``prompt_injection.jsonl`` then ``extra_train.jsonl``) with at least 3,000 characters, cut
to 300, 1,000 and 3,000. Each is put through ``InjectionGuard()(text, Context())`` (the default
options: the scan budget on) ``--calls`` times per size, cycling through the 50, after one warm
call each; per call the CPU time (``time.process_time``) and the wall time are taken. The two
sides run in subprocesses whose ``PYTHONPATH`` is a ``git worktree`` of the base (under /tmp,
removed afterwards) or this tree's ``src`` (or ``--new``'s worktree), alternating ``--rounds``
times, so a load that shifts hits both alike; a side's figure is the median over the rounds of
its p50. The table also gives old/new, and each prompt's decision with no scan budget (no clock
decides it) is compared: the same action, score, rule ids and cut-offs on both sides, or the
prompt's index is listed.

    .venv/bin/python benchmarks/bench_injection_call.py [--base REV] [--new REV]
        [--rounds 3] [--calls 400] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "evaldata" / "prompt_injection"
OUT = ROOT / "benchmarks" / "results" / "bench_injection_call.json"
SIZES = (300, 1000, 3000)


def prompts() -> list[str]:
    """The 50 benign texts of ``eval_injection.latency`` (uncut)."""
    out: list[str] = []
    for name in ("prompt_injection.jsonl", "extra_train.jsonl"):
        with open(DATA / name, encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                if int(r["label"]) == 0 and len(r["text"]) >= 3000:
                    out.append(r["text"])
    return out[:50]


def child(calls: int) -> dict[str, Any]:
    from guardwire import Context
    from guardwire.guards.injection import InjectionGuard
    guard = InjectionGuard()
    steady = InjectionGuard(scan_budget_ms=None, rule_timeout_ms=10_000)  # no clock decides
    texts = prompts()
    rows: dict[str, Any] = {}
    for size in SIZES:
        cut = [t[:size] for t in texts]
        decided = []
        for t in cut:  # (and warm: every rule a text needs compiled)
            guard(t, Context())
            d = steady(t, Context())
            assert not hasattr(d, "__await__")  # (no judge: a decision, not an awaitable)
            decided.append([d.action, round(d.score or 0.0, 6),  # type: ignore[union-attr]
                            list(d.data.get("rule_ids", ())),  # type: ignore[union-attr]
                            list(d.data.get("rules_timed_out", ()))])  # type: ignore[union-attr]
        cpu, wall = [], []
        for k in range(calls):
            t = cut[k % len(cut)]
            w0, c0 = time.perf_counter(), time.process_time()
            guard(t, Context())
            cpu.append(time.process_time() - c0)
            wall.append(time.perf_counter() - w0)
        cpu.sort()
        wall.sort()
        rows[str(size)] = {"cpu_p50_ms": statistics.median(cpu) * 1000,
                           "cpu_p95_ms": cpu[int(0.95 * (len(cpu) - 1))] * 1000,
                           "wall_p50_ms": statistics.median(wall) * 1000,
                           "decisions": decided}
    return rows


def run(src: Path, calls: int) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    proc = subprocess.run([sys.executable, __file__, "--child", "--calls", str(calls)],
                          env=env, capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def worktree(rev: str) -> Path:
    where = Path(tempfile.mkdtemp(prefix="gw_call_")) / "tree"
    subprocess.run(["git", "worktree", "add", "--detach", str(where), rev], cwd=ROOT,
                   check=True, capture_output=True)
    return where


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="0ca4fc0")
    ap.add_argument("--new", help="a revision as the new side (default: this tree's src)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--calls", type=int, default=400)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--child", action="store_true")
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.calls)))
        return 0
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout.strip()
    trees = [worktree(args.base)] + ([worktree(args.new)] if args.new else [])
    new_src = trees[1] / "src" if args.new else ROOT / "src"
    load = os.getloadavg()[0]
    sides: dict[str, list[dict[str, Any]]] = {"old": [], "new": []}
    try:
        for _ in range(args.rounds):  # alternating: load shifts hit both sides alike
            sides["old"].append(run(trees[0] / "src", args.calls))
            sides["new"].append(run(new_src, args.calls))
    finally:
        for t in trees:
            subprocess.run(["git", "worktree", "remove", "--force", str(t)], cwd=ROOT,
                           capture_output=True)
    table: dict[str, Any] = {}
    print(f"{'chars':>6} {'old cpu p50':>12} {'new cpu p50':>12} {'old/new':>8} "
          f"{'old wall':>9} {'new wall':>9}  decisions differ")
    for size in map(str, SIZES):
        row: dict[str, Any] = {}
        for side, runs in sides.items():
            for key in ("cpu_p50_ms", "cpu_p95_ms", "wall_p50_ms"):
                row[f"{side}_{key}"] = round(statistics.median(r[size][key] for r in runs), 3)
        row["old_over_new_cpu"] = round(row["old_cpu_p50_ms"] / row["new_cpu_p50_ms"], 2)
        old_d, new_d = sides["old"][0][size]["decisions"], sides["new"][0][size]["decisions"]
        row["decisions_differ"] = [i for i, (a, b) in enumerate(zip(old_d, new_d, strict=True))
                                   if a != b]
        table[size] = row
        print(f"{size:>6} {row['old_cpu_p50_ms']:>12.3f} {row['new_cpu_p50_ms']:>12.3f} "
              f"{row['old_over_new_cpu']:>8.2f} {row['old_wall_p50_ms']:>9.3f} "
              f"{row['new_wall_p50_ms']:>9.3f}  {row['decisions_differ']}")
    result = {"base": args.base, "new": args.new or f"{head}+tree", "rounds": args.rounds,
              "calls": args.calls, "load_before": round(load, 2),
              "load_after": round(os.getloadavg()[0], 2), "cpus": os.cpu_count(),
              "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "sizes": table}
    args.out.write_text(json.dumps(result, indent=1) + "\n")
    print(f"load {result['load_before']} -> {result['load_after']}; wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
