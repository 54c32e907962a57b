"""The 100 KB adversarial probes (``_injection_probes.PROBES_100KB``) through the rule scan, a
base revision against this tree, and the decisions of both on the shared data (seventeenth
session, issue goal "a 100 KB ReDoS probe through the rules <= 50 ms").

Timing: ``scan(t, normalised_view(t), budget_s=...)`` as ``eval_injection.py`` times it (the
view and every part of the scan), with the default budget and with none (``budget_s=60``:
nothing may be cut), in subprocesses whose ``PYTHONPATH`` is a ``git worktree`` of the base
(default 811ea88, under /tmp, removed afterwards) or this tree's ``src`` (uncommitted
edits included); the two sides
alternate, ``--rounds`` times, each round the CPU-time median of ``--reps`` scans per probe,
and the figure is the median over the rounds. Rules cut off (``RuleScan.timed_out``) and
match attempts are reported per probe. ``trigger_words_nouns`` (not in ``PROBES_100KB``) is
the trigger-word probe with the nouns the rules' word prefilters look for: what a stuffed text
still costs when the prefilters let the rules run.

Decisions (``--decisions``): ``InjectionGuard(scan_budget_ms=None, rule_timeout_ms=10000)``
(no budget: load changes nothing) ``assess`` on every row of the shared prompt-injection data
(all subsets and ``extra_train.jsonl``) as user input and as a tool result, and on every text of
the repo's probe lists (``benchmarks/_*probes*.py``): score, rule ids and cut-offs, old vs new;
the differing rows are listed by file, line and channel (0 wanted). Without ``--decisions``
the last run's block is kept (its ``head`` says the revision it was measured at).
``--budgeted`` (eighteenth session): the same with the default scan budget and every wall
clock of the guard stopped (``time.perf_counter`` returns 0), so only the counted work cuts a
scan: what counting more work (a view's setup) changes, independent of the load. Also the
no-budget scan's work (attempts) and CPU time on every third benign row of the shared data.

    .venv/bin/python benchmarks/bench_injection_redos.py [--base REV] [--new REV] [--decisions]
    [--budgeted] [--out FILE]   (--base 2284224 --new 33b181a: the seventeenth session's
    prefilters alone)
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
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
OUT = ROOT / "benchmarks" / "results" / "bench_injection_redos.json"
TARGET_MS = 50.0


def probes() -> dict[str, str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from _injection_probes import PROBES_100KB
    out = {k: v[:100_000] for k, v in PROBES_100KB.items()}
    nouns = ("ignore previous instructions do not send all print your rules and the user's "
             "address --- ")
    out["trigger_words_nouns"] = (nouns * (100_000 // len(nouns) + 1))[:100_000]
    return out


def child_timing(reps: int) -> dict[str, Any]:
    import guardwire
    from guardwire.guards.injection.normalise_view import normalised_view
    from guardwire.guards.injection.rules import scan, warm_rules
    warm_rules()
    rows: dict[str, Any] = {}
    for name, text in probes().items():
        row: dict[str, Any] = {}
        for label, budget in (("default", None), ("no_budget", 60.0)):
            kw = {} if budget is None else {"budget_s": budget}
            scan(text, normalised_view(text), **kw)  # first use: compiles nothing later
            times = []
            for _ in range(reps):
                t0 = time.process_time()
                found = scan(text, normalised_view(text), **kw)
                times.append(time.process_time() - t0)
            row[label] = {"ms": round(statistics.median(times) * 1000, 2),
                          "cut": sorted(found.timed_out), "attempts": found.attempts}
        rows[name] = row
    return {"guardwire_file": guardwire.__file__, "rows": rows}


def probe_texts() -> list[tuple[str, str]]:
    """(where, text) of every string in the repo's probe lists (``benchmarks/_*probes*.py``)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    out: list[tuple[str, str]] = []

    def walk(where: str, value: Any) -> None:
        if isinstance(value, str):
            if len(value) > 2:
                out.append((where, value))
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(f"{where}.{k}", v)
        elif isinstance(value, (list, tuple)):
            for i, v in enumerate(value):
                walk(f"{where}[{i}]", v)

    for path in sorted((ROOT / "benchmarks").glob("_*probes*.py")):
        mod = importlib.import_module(path.stem)
        for name, value in sorted(vars(mod).items()):
            if not name.startswith("__") and isinstance(value, (list, tuple, dict)):
                walk(f"{path.stem}.{name}", value)
    return out


def rows() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for fname in ("prompt_injection.jsonl", "extra_train.jsonl"):
        with open(DATA / fname, encoding="utf-8") as f:
            for i, line in enumerate(f):
                out.append((f"{fname}:{i + 1}:{json.loads(line)['subset']}",
                            json.loads(line)["text"]))
    return out + [(w, t) for w, t in probe_texts() if len(t) <= 200_000]


def child_decisions(budgeted: bool = False) -> dict[str, Any]:
    """Every row's decision with no scan budget, or (``budgeted``) with the default budget and
    the wall clock stopped (``time.perf_counter`` returns 0: only the counted work cuts)."""
    if budgeted:
        time.perf_counter = lambda: 0.0
    import guardwire
    from guardwire.guards.injection import InjectionGuard
    guard = (InjectionGuard(rule_timeout_ms=10_000) if budgeted
             else InjectionGuard(scan_budget_ms=None, rule_timeout_ms=10_000))
    out: dict[str, Any] = {}
    for where, text in rows():
        for channel, retrieved in (("user", False), ("tool", True)):
            a = guard.assess(text, retrieved=retrieved)
            out[f"{where}|{channel}"] = [round(a.score, 6), sorted(h.rule_id for h in a.hits),
                                         sorted(a.timed_out)]
    return {"guardwire_file": guardwire.__file__, "rows": out}


def child_benign() -> dict[str, Any]:
    """Work and CPU time of the no-budget scan on every third benign row of the shared data."""
    import guardwire
    from guardwire.guards.injection.normalise_view import normalised_view
    from guardwire.guards.injection.rules import scan, warm_rules
    warm_rules()
    texts = [t for w, t in rows() if ".jsonl:" in w][::3]
    labels = []
    for fname in ("prompt_injection.jsonl", "extra_train.jsonl"):
        with open(DATA / fname, encoding="utf-8") as f:
            labels += [json.loads(line)["label"] for line in f]
    texts = [t for t, label in zip(texts, labels[::3], strict=True) if label == 0]
    cpu, attempts = [], 0
    for text in texts:
        view = normalised_view(text)
        best = math.inf
        for _ in range(3):
            t0 = time.process_time()
            found = scan(text, view, budget_s=60.0)
            best = min(best, time.process_time() - t0)
        cpu.append(best)
        attempts += found.attempts
    cpu.sort()
    return {"guardwire_file": guardwire.__file__,
            "rows": {"texts": len(cpu), "attempts": attempts,
                     "total_ms": round(sum(cpu) * 1000, 1),
                     "p50_ms": round(cpu[len(cpu) // 2] * 1000, 3),
                     "p95_ms": round(cpu[int(len(cpu) * 0.95)] * 1000, 3)}}


def run(src: Path, what: str, reps: int = 0) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(src))
    proc = subprocess.run([sys.executable, __file__, "--child", what, "--reps", str(reps)],
                          env=env, check=True, capture_output=True, text=True, cwd=ROOT)
    result: dict[str, Any] = json.loads(proc.stdout)
    if not result["guardwire_file"].startswith(str(src.resolve())):
        raise SystemExit(f"imported {result['guardwire_file']}, not from {src}")
    return result


def worktree(rev: str) -> Path:
    where = Path(tempfile.mkdtemp(prefix="redos_base_"))
    subprocess.run(["git", "worktree", "add", "--detach", str(where), rev], cwd=ROOT,
                   check=True, capture_output=True)
    return where


def timing(base_src: Path, rounds: int, reps: int, new_src: Path) -> dict[str, Any]:
    sides: dict[str, list[dict[str, Any]]] = {"old": [], "new": []}
    for _ in range(rounds):  # alternating: load shifts hit both sides alike
        sides["old"].append(run(base_src, "timing", reps)["rows"])
        sides["new"].append(run(new_src, "timing", reps)["rows"])
    table: dict[str, Any] = {}
    for name in sides["new"][0]:
        row: dict[str, Any] = {}
        for side, runs in sides.items():
            for label in ("default", "no_budget"):
                cells = [r[name][label] for r in runs]
                row[f"{side}_{label}_ms"] = round(statistics.median(c["ms"] for c in cells), 2)
                row[f"{side}_{label}_cut"] = cells[-1]["cut"]
                row[f"{side}_{label}_attempts"] = cells[-1]["attempts"]
        row["no_budget_old_over_new"] = round(row["old_no_budget_ms"]
                                              / max(row["new_no_budget_ms"], 1e-9), 2)
        table[name] = row
    return table


def decisions(base_src: Path, new_src: Path, what: str = "decisions") -> dict[str, Any]:
    old = run(base_src, what)["rows"]
    new = run(new_src, what)["rows"]
    differ = sorted(k for k in new if old.get(k) != new[k])
    return {"rows_compared": len(new), "rows_only_one_side": len(set(old) ^ set(new)),
            "differences": len(differ),
            "differing": [{"row": k, "old": old.get(k), "new": new[k]} for k in differ[:50]]}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="811ea88")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--new", help="a revision as the new side (default: this tree's src)")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--decisions", action="store_true", help="also the decision differential")
    ap.add_argument("--budgeted", action="store_true",
                    help="also the decisions with the default budget, the wall clock stopped")
    ap.add_argument("--child", choices=("timing", "decisions", "budgeted", "benign"))
    args = ap.parse_args()
    if args.child == "timing":
        print(json.dumps(child_timing(args.reps)))
        return 0
    if args.child in ("decisions", "budgeted"):
        print(json.dumps(child_decisions(args.child == "budgeted")))
        return 0
    if args.child == "benign":
        print(json.dumps(child_benign()))
        return 0
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout.strip()
    previous = json.loads(args.out.read_text(encoding="utf-8")) if args.out.exists() else {}
    tree = worktree(args.base)
    new_tree = worktree(args.new) if args.new else None
    new_src = ROOT / "src" if new_tree is None else new_tree / "src"
    try:
        result: dict[str, Any] = {"base": args.base, "head": head, "new": args.new or "tree",
                                  "rounds": args.rounds,
                                  "reps": args.reps, "target_ms": TARGET_MS,
                                  "clock": "process CPU time"}
        result["probes"] = timing(tree / "src", args.rounds, args.reps, new_src)
        result["benign_rows"] = {side: run(src, "benign")["rows"]
                                 for side, src in (("old", tree / "src"), ("new", new_src))}
        for flag, key, what in ((args.decisions, "decisions", "decisions"),
                                (args.budgeted, "decisions_budgeted", "budgeted")):
            if flag:
                result[key] = {"head": head, **decisions(tree / "src", new_src, what)}
            elif key in previous:  # kept, with the revision it was measured at
                result[key] = previous[key]
    finally:
        for t in (tree, new_tree):
            if t is not None:
                subprocess.run(["git", "worktree", "remove", "--force", str(t)], cwd=ROOT,
                               check=False, capture_output=True)
    new_worst = max(r["new_no_budget_ms"] for k, r in result["probes"].items()
                    if k != "trigger_words_nouns")
    result["new_worst_no_budget_ms"] = new_worst
    print(f"{'probe':20s} {'old none':>9s} {'new none':>9s} {'ratio':>6s} {'old dflt':>9s} "
          f"{'new dflt':>9s}  cut old/new (none; default)")
    for name, r in result["probes"].items():
        print(f"{name:20s} {r['old_no_budget_ms']:9.1f} {r['new_no_budget_ms']:9.1f} "
              f"{r['no_budget_old_over_new']:6.1f} {r['old_default_ms']:9.1f} "
              f"{r['new_default_ms']:9.1f}  {len(r['old_no_budget_cut'])}/"
              f"{len(r['new_no_budget_cut'])}; {len(r['old_default_cut'])}/"
              f"{len(r['new_default_cut'])}")
    for side, b in result["benign_rows"].items():
        print(f"benign rows ({side}): {b['texts']} texts, {b['attempts']} attempts, "
              f"{b['total_ms']} ms CPU, p50 {b['p50_ms']} ms, p95 {b['p95_ms']} ms")
    for key in ("decisions", "decisions_budgeted"):
        if key in result:
            d = result[key]
            print(f"{key} (at {d.get('head', '?')}): {d['rows_compared']} rows x channels, "
                  f"{d['differences']} differ")
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
