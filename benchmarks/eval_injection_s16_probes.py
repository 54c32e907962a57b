"""The sixteenth session's fresh tool-content probes (``tests/fixtures/injection_probes_s16.json``,
written by a helper who read nothing of the guard): the guard at a base revision and after.

    .venv/bin/python benchmarks/eval_injection_s16_probes.py                 # base 22d504e
    .venv/bin/python benchmarks/eval_injection_s16_probes.py --after REV     # a committed "after"
    .venv/bin/python benchmarks/eval_injection_s16_probes.py --show          # + changed rows
    .venv/bin/python benchmarks/eval_injection_s16_probes.py --benign --after-src DIR  # ~20 min

Each row is scored as its channel says (``tool``: ``assess(text, retrieved=True)``) by
``InjectionGuard(scan_budget_ms=None, rule_timeout_ms=10000)`` (no scan budget: load changes no
figure) in a subprocess (``eval_injection_tool_orders.run``: ``PYTHONPATH`` = a worktree of the
revision, or this tree's ``src``), flagged at the default threshold (0.8). Per category: rows,
flagged before and after, and ``fires``: rows where a reading of the sixteenth session's
helper (``indirect.addressed_order*``, ``indirect.agent_step*``) is among the hits after.

``--benign``: the two tool-result readings alone (``addressed_order_hits`` and
``agent_step_scan`` on ``normalised_view(text)``, no clock) at the base and after, on the
benign corpora of ``eval_injection_agent_steps.py`` (the shared data's label-0 rows of every
subset, the standard library's docstrings, the venv's package READMEs, gettext strings of 14
languages), read as tool results: rows where they fire, and rows new after (0 wanted).

The first run (base = the session's start, after = the start too, before any change made for
the probes) is the held-out figure: it is kept in the JSON as ``first_run`` and never
overwritten. Writes ``benchmarks/results/eval_injection_s16_probes.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
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


def reading_hits(texts_file: str) -> dict[str, Any]:
    """Per set, the rows where the readings fire (this process's guardwire), with their ids."""
    import guardwire
    from guardwire.guards.injection.agent_steps import agent_step_scan
    from guardwire.guards.injection.normalise_view import normalised_view
    from guardwire.guards.injection.tool_orders import addressed_order_hits
    sets = json.loads(Path(texts_file).read_text(encoding="utf-8"))
    out: dict[str, dict[str, list[str]]] = {}
    for name, texts in sets.items():
        hit: dict[str, list[str]] = {}
        for i, t in enumerate(texts):
            view = normalised_view(t)
            ids = [h.rule_id for h in addressed_order_hits(view, 10.0)]
            ids += [h.rule_id for h in agent_step_scan(view, 10.0).hits]
            if ids:
                hit[str(i)] = ids
        out[name] = hit
    return {"guardwire_file": guardwire.__file__, "sets": out}


def benign(base: str, after_src: Path) -> dict[str, Any]:
    from _injection_fuzz import locale_messages
    from eval_injection_agent_steps import GETTEXT_DIRS
    from eval_injection_external import package_readmes, stdlib_docstrings
    from eval_injection_retrieved_precision import rows as shared_rows
    data = shared_rows()
    sets = {f"shared benign: {sub}": [r["text"] for r in data
                                      if r["subset"] == sub and r["label"] == 0]
            for sub in sorted({r["subset"] for r in data if r["label"] == 0})}
    sets["stdlib docstrings"] = [d for _, d in stdlib_docstrings()]
    sets["package READMEs"] = [d for _, d in package_readmes()]
    sets["gettext strings"] = sorted({m for _, m in locale_messages(GETTEXT_DIRS)})
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(sets, f)
    got = {}
    for side, src in (("before", worktree(base)), ("after", after_src)):
        env = dict(os.environ, PYTHONPATH=str(src))
        proc = subprocess.run([sys.executable, __file__, "--reading-hits", f.name], env=env,
                              check=True, capture_output=True, text=True)
        got[side] = json.loads(proc.stdout)
        if not got[side]["guardwire_file"].startswith(str(src.resolve())):
            raise SystemExit(f"imported {got[side]['guardwire_file']}, not from {src}")
    Path(f.name).unlink()
    out: dict[str, Any] = {"base": base, "after": str(after_src), "sets": {}}
    print(f"{'benign set':44} {'rows':>8} {'before':>7} {'after':>6} {'new':>5}")
    for name, texts in sets.items():
        b, a = got["before"]["sets"][name], got["after"]["sets"][name]
        new = {i: a[i] for i in a if i not in b}
        out["sets"][name] = {"rows": len(texts), "before": len(b), "after": len(a),
                             "new": len(new), "new_rows": {i: {"ids": ids,
                                                              "text": texts[int(i)][:300]}
                                                          for i, ids in new.items()}}
        print(f"{name:44} {len(texts):8} {len(b):7} {len(a):6} {len(new):5}")
    return out


def main() -> int:
    from eval_injection_tool_orders import run

    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="22d504e")
    ap.add_argument("--after", help="a revision scored as 'after' (default: this tree's src)")
    ap.add_argument("--after-src", help="a src directory scored as 'after' (e.g. a worktree "
                    "holding only this helper's edits)")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--benign", action="store_true")
    ap.add_argument("--reading-hits")
    args = ap.parse_args()
    if args.reading_hits:
        print(json.dumps(reading_hits(args.reading_hits)))
        return 0
    if args.benign:
        old = json.loads(OUT.read_text(encoding="utf-8")) if OUT.exists() else {}
        old["benign_corpora"] = benign(args.base, Path(args.after_src or ROOT / "src"))
        OUT.write_text(json.dumps(old, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        return 0
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
    if "benign_corpora" in old:
        result["benign_corpora"] = old["benign_corpora"]
    result["first_run"] = old.get("first_run") or (
        {"base": args.base, "summary": summary} if args.after == args.base else None)
    OUT.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({result['elapsed_s']} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
