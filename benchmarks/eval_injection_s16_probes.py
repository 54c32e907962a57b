"""The sixteenth session's fresh tool-content probes (``tests/fixtures/injection_probes_s16.json``,
written by a helper who read nothing of the guard): the guard at a base revision and after.

    .venv/bin/python benchmarks/eval_injection_s16_probes.py                 # base 22d504e
    .venv/bin/python benchmarks/eval_injection_s16_probes.py --after REV     # a committed "after"
    .venv/bin/python benchmarks/eval_injection_s16_probes.py --show          # + changed rows

Each row is scored as its channel says (``tool``: ``assess(text, retrieved=True)``) by
``InjectionGuard(scan_budget_ms=None, rule_timeout_ms=10000)`` (no scan budget: load changes no
figure) in a subprocess (``eval_injection_tool_orders.run``: ``PYTHONPATH`` = a worktree of the
revision, or this tree's ``src``), flagged at the default threshold (0.8). Per category: rows,
flagged before and after, and ``fires``: rows where a reading of the sixteenth session's
helper (``indirect.addressed_order*``, ``indirect.agent_step*``) is among the hits after.

The first run (base = the session's start, after = the start too, before any change made for
the probes) is the held-out figure: it is kept in the JSON as ``first_run`` and never
overwritten. Writes ``benchmarks/results/eval_injection_s16_probes.json``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PROBES = ROOT / "tests" / "fixtures" / "injection_probes_s16.json"
OUT = ROOT / "benchmarks" / "results" / "eval_injection_s16_probes.json"
THRESHOLD = 0.8
MINE = ("indirect.addressed_order", "indirect.agent_step")


def worktree(rev: str) -> Path:
    wt = Path(f"/tmp/rev_{rev}")
    if not wt.exists():
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(wt), rev],
                       check=True, capture_output=True)
    return wt / "src"


def summarise(rows: list[dict[str, Any]], before: list[dict[str, Any]],
              after: list[dict[str, Any]]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    summary: dict[str, dict[str, Any]] = {}
    changed = []
    for r, b, a in zip(rows, before, after, strict=True):
        key = f"{r['label']} {r['category']}"
        s = summary.setdefault(key, {"label": r["label"], "rows": 0, "before": 0, "after": 0,
                                     "fires": 0})
        s["rows"] += 1
        fb, fa = b["score"] >= THRESHOLD, a["score"] >= THRESHOLD
        s["before"] += fb
        s["after"] += fa
        s["fires"] += any(i.startswith(MINE) for i in a["ids"])
        if fb != fa:
            changed.append({"id": r["id"], "category": r["category"], "label": r["label"],
                            "before": b, "after": a})
    for label in (1, 0):
        tot = {"label": label, "rows": 0, "before": 0, "after": 0, "fires": 0}
        for s in list(summary.values()):
            if s["label"] == label:
                for f in ("rows", "before", "after", "fires"):
                    tot[f] += s[f]
        summary[f"{label} ALL"] = tot
    return dict(sorted(summary.items())), changed


def main() -> int:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from eval_injection_tool_orders import run

    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="22d504e")
    ap.add_argument("--after", help="a revision scored as 'after' (default: this tree's src)")
    ap.add_argument("--after-src", help="a src directory scored as 'after' (e.g. a worktree "
                    "holding only this helper's edits)")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    t0 = time.perf_counter()
    rows = json.loads(PROBES.read_text(encoding="utf-8"))["rows"]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump([{"channel": r["channel"], "text": r["text"]} for r in rows], f)
    before = run(worktree(args.base), f.name)
    after = before if args.after == args.base else run(
        worktree(args.after) if args.after else Path(args.after_src or ROOT / "src"), f.name)
    Path(f.name).unlink()
    summary, changed = summarise(rows, before, after)
    print(f"{'label category':34} {'rows':>5} {'before':>7} {'after':>6} {'fires':>6}")
    for name, s in summary.items():
        print(f"{name:34} {s['rows']:5} {s['before']:7} {s['after']:6} {s['fires']:6}")
    if args.show:
        texts = {r["id"]: r["text"] for r in rows}
        for c in changed:
            print(f"[{c['label']} {c['category']}] {texts[c['id']][:160]!r}\n    before "
                  f"{c['before']['ids']} after {c['after']['ids']}")
    old = json.loads(OUT.read_text(encoding="utf-8")) if OUT.exists() else {}
    result: dict[str, Any] = {
        "base": args.base, "after": args.after or args.after_src or "working tree",
        "threshold": THRESHOLD,
        "summary": summary, "changed": changed, "rows": [
            {"id": r["id"], "label": r["label"], "category": r["category"],
             "before": b, "after": a} for r, b, a in zip(rows, before, after, strict=True)],
        "elapsed_s": round(time.perf_counter() - t0, 1)}
    result["first_run"] = old.get("first_run") or (
        {"base": args.base, "summary": summary} if args.after == args.base else None)
    OUT.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({result['elapsed_s']} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
