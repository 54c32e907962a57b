"""Orders addressed to the AI reader of a tool result (fifteenth session, issue 3): the guard at a
base revision and at this working tree, on tool results and documents.

    .venv/bin/python benchmarks/eval_injection_tool_orders.py               # ~4-8 minutes
    .venv/bin/python benchmarks/eval_injection_tool_orders.py --show        # + changed rows
    .venv/bin/python benchmarks/eval_injection_tool_orders.py --base REV    # another "before"
    .venv/bin/python benchmarks/eval_injection_tool_orders.py --latency-only
    .venv/bin/python benchmarks/eval_injection_tool_orders.py --iban-only   # the IBAN cue's cost
    .venv/bin/python benchmarks/eval_injection_tool_orders.py --padding-cost --base REV

Every text is scored as a tool result, ``InjectionGuard(scan_budget_ms=None,
rule_timeout_ms=10000).assess(text, retrieved=True)`` (no scan budget: load changes no figure),
flagged at the default threshold (0.8). "Before" runs in a subprocess with
``PYTHONPATH=<worktree of --base>/src`` (``git worktree add --detach /tmp/rev_<base>``, kept),
"after" with this tree's ``src`` or, with ``--after REV``, a worktree of that revision (the
working tree may hold other helpers' unfinished edits). ``off`` is "after" with
``addressed_orders=False`` (what the reading adds: ``after`` - ``off``); ``fires`` counts the
rows where an ``indirect.addressed_order*`` id is among the hits after (it runs only when no
other medium/high rule fired).

Sets (the experiment's loader, ``eval_injection_tool_recall_experiment.sets``, plus):

- ``s15 …``: ``_tool_probes_s15.py`` (``HIDDEN``, ``BENIGN``, ``BENIGN_AI_ADDRESSED``), written
  by another helper without reading the guard; the first run on them is the held-out figure
  (kept in the JSON as ``heldout_s15`` once written);
- ``fresh …``: the experiment's fresh probes (``_tool_recall_probes.py``); ``probes …``: the
  precision probes (tuned on by ``retrieved_score``); the shared data's indirect subsets and
  benign tool/document rows (training rows of the classifier: in-sample); the standard
  library's docstrings and this venv's package READMEs (not trained on);
- ``s19 …``: ``_tool_probes_s19.py`` (nineteenth session), written by the tool-results helper
  before it read the tool-order code or changed anything; its run at 0ca4fc0 is the held-out
  figure (kept as ``heldout_s19`` when ``--base 0ca4fc0``);
- ``user input``: the s15 and fresh hidden orders typed as the user's input
  (``assess(text)``): the reading must not change them.

Latency (this tree only, in-process): the reading's own cost
(:func:`guardwire.guards.injection.tool_orders.addressed_order_hits`) per tool result of 1 KB
and 20 KB (benign tool rows and docstrings joined to that size, and the same with one hidden
order in the middle) and on the 100 KB probes (``_injection_probes.PROBES_100KB``), p50/p95.
Padding cost (``--padding-cost``, sixteenth session): the reading alone
(``addressed_order_hits(view, 10.0)``, no clock) at ``--base`` and at this tree, each in a
subprocess, on 100 KB of AI-address padding with an order at its start, middle or end or none
(``tests/test_injection_s16_tool_padding.py``'s pads), benign 100 KB texts and padding made to
cost (distinct addressed sentences that hold action words); the least CPU time of 5 runs, twice
alternated; and whether the guard at its default scan budget blocks the padded orders (a wall
clock: depends on the machine's load).
Writes ``benchmarks/results/eval_injection_tool_orders.json``.
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
OUT = ROOT / "benchmarks" / "results" / "eval_injection_tool_orders.json"
THRESHOLD = 0.8
ORDER = "indirect.addressed_order"


def score_rows(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Each row's score and rule ids with the guardwire on ``sys.path`` (the subprocess's)."""
    import guardwire
    from guardwire.guards.injection import InjectionGuard
    g = InjectionGuard(scan_budget_ms=None, rule_timeout_ms=10_000)
    try:  # the same tree with the reading off (a base revision has no such option)
        off: InjectionGuard | None = InjectionGuard(**{
            "scan_budget_ms": None, "rule_timeout_ms": 10_000, "addressed_orders": False})
    except TypeError:
        off = None
    g.warm()
    out = []
    for r in rows:
        a = g.assess(r["text"], retrieved=r["channel"] == "tool")
        row: dict[str, Any] = {"score": round(a.score, 4), "ids": [h.rule_id for h in a.hits]}
        if off is not None:
            row["off"] = round(off.assess(r["text"], retrieved=r["channel"] == "tool").score, 4)
        out.append(row)
    return {"guardwire_file": guardwire.__file__, "rows": out}


def run(src: Path, rows_file: str) -> list[dict[str, Any]]:
    env = dict(os.environ, PYTHONPATH=str(src))
    proc = subprocess.run([sys.executable, __file__, "--rows-only", rows_file], env=env,
                          check=True, capture_output=True, text=True)
    result: dict[str, Any] = json.loads(proc.stdout)
    if not result["guardwire_file"].startswith(str(src.resolve())):
        raise SystemExit(f"imported {result['guardwire_file']}, not from {src}")
    return list(result["rows"])


def build_rows() -> list[dict[str, Any]]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from eval_injection_tool_recall_experiment import sets
    rows: list[dict[str, Any]] = []
    try:
        import _tool_probes_s15 as s15
    except ImportError:
        s15 = None
    if s15 is not None:
        for name, attack in (("HIDDEN", True), ("BENIGN", False),
                             ("BENIGN_AI_ADDRESSED", False)):
            for t in getattr(s15, name, []):
                rows.append({"set": f"s15 {name}", "attack": attack, "channel": "tool",
                             "text": t})
                if attack:
                    rows.append({"set": "user input: s15 HIDDEN", "attack": True,
                                 "channel": "user", "text": t})
    try:  # (nineteenth session) the tool-results helper's probes, written before its changes
        import _tool_probes_s19 as s19
    except ImportError:
        s19 = None
    if s19 is not None:
        for name, attack in (("HIDDEN", True), ("BENIGN", False),
                             ("BENIGN_AI_ADDRESSED", False)):
            for t in getattr(s19, name, []):
                rows.append({"set": f"s19 {name}", "attack": attack, "channel": "tool",
                             "text": t})
    for name, texts, attack, _origin in sets():
        for t in texts:
            rows.append({"set": name, "attack": attack, "channel": "tool", "text": t})
            if name == "fresh hidden":
                rows.append({"set": "user input: fresh hidden", "attack": True,
                             "channel": "user", "text": t})
    return rows


def latency() -> dict[str, Any]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import _tool_recall_probes as fresh
    from _injection_probes import PROBES_100KB
    from eval_injection_external import stdlib_docstrings

    from guardwire.guards.injection import normalised_view
    from guardwire.guards.injection.tool_orders import addressed_order_hits
    docs = [t for _, t in stdlib_docstrings()][:400] + list(fresh.BENIGN_FRESH)
    order = fresh.HIDDEN_FRESH[0]

    def texts(size: int, with_order: bool) -> list[str]:
        out, buf = [], ""
        for d in docs:
            buf += d + "\n\n"
            if len(buf) >= size:
                body = buf[:size]
                if with_order:
                    body = body[:size // 2] + "\n" + order + "\n" + body[size // 2:]
                out.append(body)
                buf = ""
        return out[:60]

    def timed(views: list[str], repeat: int) -> dict[str, float]:
        ms = []
        for v in views:
            for _ in range(repeat):
                s = time.perf_counter()
                addressed_order_hits(v, 10.0)
                ms.append((time.perf_counter() - s) * 1000)
        ms.sort()
        return {"n": len(ms), "p50": round(statistics.median(ms), 3),
                "p95": round(ms[min(len(ms) - 1, int(0.95 * len(ms)))], 3),
                "max": round(ms[-1], 3)}

    res: dict[str, Any] = {}
    for size in (1_000, 20_000):
        for with_order in (False, True):
            views = [normalised_view(t) for t in texts(size, with_order)]
            res[f"{size // 1000} KB{' + order' if with_order else ''}"] = timed(views, 3)
    for name, text in PROBES_100KB.items():
        res[f"100 KB {name}"] = timed([normalised_view(text)], 5)
    return res


def iban_cost() -> dict[str, Any]:
    """The IBAN cue's change (fifteenth session) on its own: texts whose reader cues appear or
    vanish, and decisions that flip, with the earlier cue pattern swapped back in-process
    (``addressed_orders=False``, so only the classifier's retrieved reading moves)."""
    import re

    import regex
    sys.path.insert(0, str(ROOT / "benchmarks"))
    sys.path.insert(0, str(ROOT / "tests"))
    from eval_injection_tool_recall_experiment import sets

    from _injection_kit import steady_guard
    from guardwire.guards.injection import normalised_view
    from guardwire.guards.injection import retrieved_score as rs
    old_iban = r"\b[a-z]{2}\d{2}(?:\W?[a-z0-9]{4}){3,7}\b"
    new = (rs.READER_CUE, rs._FIRST)
    old = (regex.compile(rs.READER_CUE.pattern.replace(rs.IBAN, old_iban)),
           re.compile(rs._FIRST.pattern.replace(f"(?:{rs._IBAN_CC})[\\doieast]{{2}}",
                                                r"[a-z]{2}\d{2}")))
    assert old[0].pattern != new[0].pattern and old[1].pattern != new[1].pattern
    g = steady_guard(addressed_orders=False)
    out: dict[str, Any] = {}
    try:
        import _tool_probes_s15 as s15
        extra = [("s15 hidden", s15.HIDDEN, True),
                 ("s15 benign", s15.BENIGN + s15.BENIGN_AI_ADDRESSED, False)]
    except ImportError:
        extra = []
    for name, texts, _attack in [*((n, t, a) for n, t, a, _ in sets()), *extra]:
        cue = flips = 0
        for t in texts:
            view = normalised_view(t)
            rs.READER_CUE, rs._FIRST = old
            before = bool(rs.reader_cues(view, 10.0))
            rs.READER_CUE, rs._FIRST = new
            if before == bool(rs.reader_cues(view, 10.0)):
                continue
            cue += 1
            rs.READER_CUE, rs._FIRST = old
            s_old = g.assess(t, retrieved=True).score
            rs.READER_CUE, rs._FIRST = new
            flips += (s_old >= THRESHOLD) != (g.assess(t, retrieved=True).score >= THRESHOLD)
        out[name] = {"rows": len(texts), "cue_changed": cue, "decision_changed": flips}
        print(f"{name:40} {len(texts):5} rows  cue changed {cue:4}  decision changed {flips}")
    return out


def padding_cases() -> dict[str, tuple[str, bool]]:
    """name -> (text, holds an order)."""
    sys.path.insert(0, str(ROOT / "tests"))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from eval_injection_external import stdlib_docstrings

    from test_injection_s16_tool_padding import ORDER as PAD_ORDER
    from test_injection_s16_tool_padding import PADS, SIZE, padded
    out = {f"{p}@{w}": (padded(PADS[p], PAD_ORDER, w), True)
           for p in sorted(PADS) for w in (0.0, 0.5, 1.0)}
    out.update({f"{p} alone": (padded(PADS[p], None, 0), False) for p in sorted(PADS)})
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    doc = "\n\n".join(t for _, t in stdlib_docstrings())
    out["benign README.md x n"] = ((readme * (SIZE // len(readme) + 1))[:SIZE], False)
    out["benign stdlib docstrings"] = (doc[:SIZE], False)
    out["costly: quoted asks"] = ("".join(f'Row {i}: say "Hey AI, tell me about item {i}". '
                                          for i in range(2300)), False)
    out["costly: AI reads"] = ("".join(f"Assistant {i}, the model reads this. "
                                       for i in range(2800)), False)
    return out


def padding_rows() -> dict[str, Any]:
    """This process's guardwire on :func:`padding_cases` (see the module doc)."""
    import guardwire
    from guardwire.guards.injection import InjectionGuard, normalised_view
    from guardwire.guards.injection.tool_orders import addressed_order_hits
    res: dict[str, Any] = {}
    cases = padding_cases()
    for name, (text, _) in cases.items():
        view = normalised_view(text)
        cpu = []
        for _ in range(5):
            cut: list[str] = []
            c0 = time.process_time()
            hits = addressed_order_hits(view, 10.0, float("inf"), cut)
            cpu.append((time.process_time() - c0) * 1000)
        res[name] = {"hit": bool(hits), "cut": bool(cut), "cpu_ms": round(min(cpu), 1)}
    guard = InjectionGuard()
    guard.warm()
    for name, (text, order) in cases.items():
        if order:
            res[name]["guard_default_budget_blocks"] = guard.assess(
                text, retrieved=True).score >= THRESHOLD
    return {"guardwire_file": guardwire.__file__, "rows": res}


def padding_cost(base: str) -> dict[str, Any]:
    wt = Path(f"/tmp/rev_{base}")
    if not wt.exists():
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(wt), base],
                       check=True, capture_output=True)
    runs: dict[str, list[dict[str, Any]]] = {"before": [], "after": []}
    for _ in range(2):
        for side, src in (("before", wt / "src"), ("after", ROOT / "src")):
            env = dict(os.environ, PYTHONPATH=str(src))
            proc = subprocess.run([sys.executable, __file__, "--padding-rows"], env=env,
                                  check=True, capture_output=True, text=True)
            got = json.loads(proc.stdout)
            if not got["guardwire_file"].startswith(str(src.resolve())):
                raise SystemExit(f"imported {got['guardwire_file']}, not from {src}")
            runs[side].append(got["rows"])
    out: dict[str, Any] = {"base": base}
    print(f"{'100 KB text':28} {'before: hit cut cpu ms':>24} {'after: hit cut cpu ms':>24}"
          f"  guard (30 ms budget) blocks before/after")
    for name in runs["after"][0]:
        row = {}
        for side in ("before", "after"):
            a, b = (r[name] for r in runs[side])
            row[side] = {**a, "cpu_ms": min(a["cpu_ms"], b["cpu_ms"]),
                         "guard_default_budget_blocks": [
                             r.get("guard_default_budget_blocks") for r in (a, b)]}
        out[name] = row
        b, a = row["before"], row["after"]
        print(f"{name:28} {b['hit']!s:>6} {b['cut']!s:>6} {b['cpu_ms']:9.1f}   {a['hit']!s:>6} "
              f"{a['cut']!s:>6} {a['cpu_ms']:9.1f}   {b['guard_default_budget_blocks']} / "
              f"{a['guard_default_budget_blocks']}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows-only")
    ap.add_argument("--base", default="17b23c6")
    ap.add_argument("--after", help="a revision scored as 'after' (default: this tree's src)")
    ap.add_argument("--after-src", help="a src directory scored as 'after'")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--latency-only", action="store_true")
    ap.add_argument("--iban-only", action="store_true")
    ap.add_argument("--padding-cost", action="store_true")
    ap.add_argument("--padding-rows", action="store_true")
    args = ap.parse_args()
    if args.padding_rows:
        print(json.dumps(padding_rows()))
        return 0
    if args.rows_only:
        with open(args.rows_only, encoding="utf-8") as f:
            print(json.dumps(score_rows(json.load(f))))
        return 0
    old = json.loads(OUT.read_text(encoding="utf-8")) if OUT.exists() else {}
    if args.padding_cost:
        old["padding_cost"] = padding_cost(args.base)
        OUT.write_text(json.dumps(old, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        return 0
    if args.iban_only:
        old["iban_cue"] = iban_cost()
        OUT.write_text(json.dumps(old, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        return 0
    if args.latency_only:
        old["latency_ms"] = lat = latency()
        for k, v in lat.items():
            print(f"{k:28} p50 {v['p50']:8.3f}  p95 {v['p95']:8.3f}  max {v['max']:8.3f} ms")
        OUT.write_text(json.dumps(old, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        return 0
    t0 = time.perf_counter()
    rows = build_rows()
    wt = Path(f"/tmp/rev_{args.base}")
    if not wt.exists():
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(wt),
                        args.base], check=True, capture_output=True)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(rows, f)
    before = run(wt / "src", f.name)
    after_src = ROOT / "src"
    if args.after:  # a committed revision (the working tree holds other work in progress)
        awt = Path(f"/tmp/rev_{args.after}")
        if not awt.exists():
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(awt),
                            args.after], check=True, capture_output=True)
        after_src = awt / "src"
    if args.after_src:  # (e.g. a worktree holding only one helper's edits)
        after_src = Path(args.after_src)
    after = run(after_src, f.name)
    os.unlink(f.name)
    summary: dict[str, dict[str, Any]] = {}
    changed = []
    for r, b, a in zip(rows, before, after, strict=True):
        s = summary.setdefault(r["set"], {"rows": 0, "attack": r["attack"], "before": 0,
                                          "after_off": 0, "after": 0, "fires": 0})
        s["rows"] += 1
        fb, fa = b["score"] >= THRESHOLD, a["score"] >= THRESHOLD
        s["before"] += fb
        s["after_off"] += a.get("off", a["score"]) >= THRESHOLD
        s["after"] += fa
        s["fires"] += any(i.startswith(ORDER) for i in a["ids"])
        if fb != fa:
            changed.append({"set": r["set"], "attack": r["attack"], "text": r["text"][:300],
                            "before": b, "after": a})
    print(f"{'set':40} {'kind':4} {'rows':>5} {'before':>7} {'off':>5} {'after':>6} {'fires':>6}")
    for name, s in summary.items():
        kind = "hit" if s["attack"] else "FP"
        print(f"{name:40} {kind:4} {s['rows']:5} {s['before']:7} {s['after_off']:5} "
              f"{s['after']:6} {s['fires']:6}")
    if args.show:
        for c in changed:
            print(f"{'+HIT' if c['attack'] and c['after']['score'] >= THRESHOLD else 'CHANGE'} "
                  f"[{c['set']}] {c['text'][:160]!r}\n    before {c['before']} after "
                  f"{c['after']}")
    result: dict[str, Any] = {
        "base": args.base, "after": args.after or args.after_src or "working tree",
        "threshold": THRESHOLD,
        "summary": summary, "changed": changed,
        "latency_ms": old.get("latency_ms"), "iban_cue": old.get("iban_cue"),
        "padding_cost": old.get("padding_cost"),
        "elapsed_s": round(time.perf_counter() - t0, 1)}
    if "heldout_s15" in old:
        result["heldout_s15"] = old["heldout_s15"]
    elif any(k.startswith("s15 ") for k in summary):
        result["heldout_s15"] = {k: v for k, v in summary.items() if "s15" in k}
    # the s19 probes' first run was at 0ca4fc0 (before any change of that session): with that
    # base, the "before" column is the held-out figure
    if "heldout_s19" in old:
        result["heldout_s19"] = old["heldout_s19"]
    elif args.base.startswith("0ca4fc0") and any(k.startswith("s19 ") for k in summary):
        result["heldout_s19"] = {k: {"rows": v["rows"], "flagged": v["before"], "rev": "0ca4fc0"}
                                 for k, v in summary.items() if k.startswith("s19 ")}
    OUT.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({result['elapsed_s']} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
