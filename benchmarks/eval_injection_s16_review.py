"""Adversarial review of the sixteenth session's changes (issue 3): fresh probes scored at the
session's base (``22d504e``) and at ``HEAD`` in one run.

    .venv/bin/python benchmarks/eval_injection_s16_review.py            # ~15 min
    .venv/bin/python benchmarks/eval_injection_s16_review.py --show     # + every changed row
    .venv/bin/python benchmarks/eval_injection_s16_review.py --after-src src   # working tree
    .venv/bin/python benchmarks/eval_injection_s16_review.py --parts rows      # one part
    S16_REVIEW_NO_SCAN=1 ...                                            # without 100 KB rows

Parts:

- ``rows``: the split-payload, tool-result and 100 KB probes of :mod:`_s16_review_probes`,
  scored by warmed guards (``eval_injection_s14_review.score``'s way: default budget or none,
  user or tool channel); the CPU time of every 100 KB row (``time.process_time``) is kept and
  the worst per version printed;
- ``lazy``: ``LAZY_TEXTS`` plus a seeded sample of the shared evaldata rows (user and tool
  channel, default budget and none) decided by a warmed process, a cold one (nothing warmed:
  patterns compiled by the first row that needs them) and a cold one in another order; then
  8 threads' first calls at once (default budget), 8x anyio tasks at once (the guard called
  directly through worker threads, and through a pipeline), the guard's options before and
  after ``warm()``, pickling / copying, and import time / peak RSS. Each in a fresh
  interpreter per revision (:mod:`_s16_review_lazy`); at the base cold and warm must agree.

"Before" and "after" run in subprocesses with ``PYTHONPATH=<worktree>/src`` (``git worktree
add --detach /tmp/rev_<rev>``, kept). Writes ``benchmarks/results/eval_injection_s16_review.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import _s16_review_probes as P  # noqa: E402
from eval_injection_s14_review import padded, row_adder, table  # noqa: E402
from eval_injection_s15_review import worktree  # noqa: E402

OUT = ROOT / "benchmarks" / "results" / "eval_injection_s16_review.json"
SHARED = Path("/work/shared/evaldata/prompt_injection/prompt_injection.jsonl")
WHERES = (0.0, 0.5, 1.0)
SIZE = 100_000
FIRST_N = 8  # LAZY_TEXTS read by a fresh process each (its first call)


def pad_text(name: str) -> str:
    pad = P.PADS[name]
    if "{i}" not in pad:
        return pad
    out, i = [], 1
    while sum(map(len, out)) < SIZE:
        out.append(pad.format(i=i))
        i += 1
    return "".join(out)


def rows() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    add = row_adder(out)

    for budget in ("default", "none"):
        add("split", "benign", 0, P.SPLIT_BENIGN, ("user", "tool"), budget)
        add("split", "attack", 1, P.SPLIT_ATTACKS, ("user", "tool"), budget)
        add("tool", "good_faith", 0, P.TOOL_GOOD_FAITH, ("tool",), budget)
        add("tool", "hidden", 1, P.TOOL_HIDDEN, ("tool",), budget)
        add("tool", "hidden_r2", 1, P.TOOL_HIDDEN_R2, ("tool",), budget)
        add("tool", "good_faith_r2", 0, P.TOOL_GOOD_FAITH_R2, ("tool",), budget)
    if os.environ.get("S16_REVIEW_NO_SCAN"):
        return out
    for n in (4_000, 12_000):  # ~190 / ~590 KB of assignments and concatenations (code)
        code = "".join(f"v{i} = 'piece {i}'\nw{i} = v{i} + v{i - 1} + 'x'\n" for i in range(1, n))
        add("big", f"code_{len(code) // 1000}kb", 0, [code], ("user", "tool"), "default")
    for pname in P.PADS:
        pad = pad_text(pname)
        for budget in ("default", "none"):
            add("scan", f"{pname}:benign", 0, [padded(pad, None, 0)], ("user", "tool"), budget)
            for oname, order in P.PAD_ORDERS.items():
                for where in WHERES:
                    add("scan", f"{pname}:{oname}@{where}", 1, [padded(pad, order, where)],
                        ("tool",), budget)
    return out


def lazy_rows(n_shared: int = 160) -> list[dict[str, Any]]:
    texts = list(P.LAZY_TEXTS)
    if SHARED.exists():
        with SHARED.open(encoding="utf-8") as f:
            shared = [json.loads(line) for line in f]
        for r in random.Random(16).sample(shared, n_shared):
            texts.append((int(r["label"]), r["text"]))
    return [{"area": "lazy", "kind": "text", "label": lab, "channel": ch, "budget": b,
             "text": t} for lab, t in texts for ch in ("user", "tool") for b in ("default", "none")]


def score_rows(rows_: list[dict[str, Any]]) -> dict[str, Any]:
    """(subprocess) each row's decision and CPU time with warmed guards."""
    from _s16_review_lazy import _call, _seen

    import guardwire
    from guardwire.guards.injection import InjectionGuard
    guards = {"none": InjectionGuard(scan_budget_ms=None, rule_timeout_ms=10_000),
              "default": InjectionGuard()}
    for g in guards.values():
        g.warm()
    res = []
    for r in rows_:
        g = guards[r["budget"]]
        g._tool_memo = type(g._tool_memo)(2048)
        t0, w0 = time.process_time(), time.perf_counter()
        try:
            seen = _seen(_call(g, r["text"], r["channel"]))
        except Exception as exc:  # the guard raised: a pipeline fails closed (on_error)
            seen = {"action": "block", "score": 1.0, "rule_ids": [f"RAISED {type(exc).__name__}"],
                    "timed_out": []}
        res.append({**seen, "cpu_ms": round((time.process_time() - t0) * 1000, 1),
                    "ms": round((time.perf_counter() - w0) * 1000, 1)})
    return {"guardwire_file": guardwire.__file__, "rows": res}


def run(src: Path, mode: str, rows_file: str = "") -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=f"{src}{os.pathsep}{ROOT / 'benchmarks'}")
    proc = subprocess.run([sys.executable, __file__, "--mode", mode,
                           *(["--rows-file", rows_file] if rows_file else [])],
                          env=env, check=True, capture_output=True, text=True)
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    if not result["guardwire_file"].startswith(str(src.resolve())):
        raise SystemExit(f"imported {result['guardwire_file']}, not from {src}")
    return result


def dump(rs: list[dict[str, Any]]) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(rs, f)
    return f.name


def short(text: str) -> str:
    return text[:160] if len(text) < 5000 else f"<{len(text)} chars> {text[:60]}"


def rows_part(srcs: dict[str, Path], show: bool) -> dict[str, Any]:
    rs = rows()
    name = dump(rs)
    got = {k: run(src, "rows", name)["rows"] for k, src in srcs.items()}
    os.unlink(name)
    before, after = got["before"], got["after"]
    summary = table(rs, before, after)
    changed = []
    for r, b, a in zip(rs, before, after, strict=True):
        if (b["action"] == "block") != (a["action"] == "block"):
            worse = (a["action"] != "block") if r["label"] else (a["action"] == "block")
            changed.append({**{k: v for k, v in r.items() if k != "text"},
                            "text": short(r["text"]), "worse": worse, "before": b, "after": a})
    print(f"changed rows: {len(changed)} ({sum(c['worse'] for c in changed)} worse)")
    for c in changed if show else []:
        print(f"  {'WORSE' if c['worse'] else 'better'} {c['area']}/{c['kind']}/{c['channel']}/"
              f"{c['budget']}: {c['text']!r}\n     before {c['before']['rule_ids']}  after "
              f"{c['after']['rule_ids']} to={c['after']['timed_out'][:3]}")
    scan = [(r, b, a) for r, b, a in zip(rs, before, after, strict=True) if r["area"] == "scan"]
    cpu: dict[str, Any] = {}
    for budget in ("default", "none"):
        for side, res in (("before", 1), ("after", 2)):
            ms = sorted((t[res]["cpu_ms"], t[0]["kind"], t[0]["channel"]) for t in scan
                        if t[0]["budget"] == budget)
            if ms:
                cpu[f"{budget}/{side}"] = {"p50": ms[len(ms) // 2][0], "max": ms[-1]}
                print(f"100 KB cpu budget={budget:7} {side:6}: p50 {ms[len(ms) // 2][0]:.0f} ms,"
                      f" max {ms[-1][0]:.0f} ms ({ms[-1][1]}/{ms[-1][2]}) over {len(ms)} rows")
    per_pad: dict[str, list[float]] = {}
    for r, b, a in scan:
        if r["budget"] == "default":
            got = per_pad.setdefault(r["kind"].split(":")[0], [0.0, 0.0])
            got[0], got[1] = max(got[0], b["cpu_ms"]), max(got[1], a["cpu_ms"])
    cpu["per_pad_default_max"] = per_pad
    print("100 KB cpu, default budget, worst per pad (before -> after ms): " + ", ".join(
        f"{k} {v[0]:.0f} -> {v[1]:.0f}" for k, v in per_pad.items()))
    wrong = [{**{k: v for k, v in r.items() if k != "text"}, "text": short(r["text"]),
              "after": a} for r, a in zip(rs, after, strict=True)
             if (a["action"] == "block") != bool(r["label"])]
    return {"summary": summary, "changed": changed, "cpu_100kb": cpu, "wrong_after": wrong}


def _diff(rs: list[dict[str, Any]], ref: list[Any], other: list[Any]) -> list[dict[str, Any]]:
    return [{"label": r["label"], "channel": r["channel"], "budget": r["budget"],
             "text": short(r["text"]), "ref": a, "other": b}
            for r, a, b in zip(rs, ref, other, strict=True)
            if (a["action"], a["rule_ids"]) != (b["action"], b["rule_ids"])]


def lazy_part(srcs: dict[str, Path], show: bool) -> dict[str, Any]:
    rs = lazy_rows()
    name = dump(rs)
    tools = [r for r in rs if r["budget"] == "default"][:48]
    tname = dump(tools)
    out: dict[str, Any] = {}
    for side, src in srcs.items():
        warm = run(src, "warm", name)["rows"]
        res: dict[str, Any] = {}
        for mode in ("cold", "cold_shuffled"):
            diff = _diff(rs, warm, run(src, mode, name)["rows"])
            res[mode] = {"n": len(rs), "differ": len(diff),
                         "action_differs": sum(d["ref"]["action"] != d["other"]["action"]
                                               for d in diff), "rows": diff[:20]}
        # the first call of a fresh process on each of the first FIRST_N probes (default budget)
        firsts = [i for i, r in enumerate(rs) if r["budget"] == "default"
                  and r["text"] in {t for _, t in P.LAZY_TEXTS[:FIRST_N]}]
        first = [run(src, f"first:{i}", name)["rows"][0] for i in firsts]
        fdiff = _diff([rs[i] for i in firsts], [warm[i] for i in firsts], first)
        res["first_call"] = {"n": len(firsts), "differ": len(fdiff),
                             "action_differs": sum(d["ref"]["action"] != d["other"]["action"]
                                                   for d in fdiff), "rows": fdiff}
        print(f"[{side}] a fresh process's first call vs warm: {len(fdiff)}/{len(firsts)} differ"
              f" ({res['first_call']['action_differs']} in action)")
        th = run(src, "threads", tname)
        res["threads"] = [len(_diff(tools, th["warmed"], t)) for t in th["threads"]]
        res["threads_action"] = [sum(a["action"] != b["action"] for a, b in
                                     zip(th["warmed"], t, strict=True)) for t in th["threads"]]
        res["threads_rows"] = [d for t in th["threads"] for d in _diff(tools, th["warmed"], t)][:12]
        an = run(src, "anyio", tname)
        k = len(tools)
        res["anyio_direct_action"] = sum(
            a["action"] != an["warmed"][i % k]["action"] for i, a in enumerate(an["direct"]))
        res["anyio_pipe_action"] = sum(
            a["action"] != an["warmed"][i % k]["action"] for i, a in enumerate(an["piped"]))
        oc, ow = run(src, "options_cold", tname), run(src, "options_warm", tname)
        res["options_differ"] = {json.dumps(c["options"]): len(_diff(tools, w["rows"], c["rows"]))
                                 for c, w in zip(oc["options"], ow["options"], strict=True)}
        res["pickle"] = run(src, "pickle", tname)["results"]
        res["memory"] = run(src, "memory")
        out[side] = res
        print(f"[{side}] cold vs warm: {res['cold']['differ']}/{len(rs)} rows differ "
              f"({res['cold']['action_differs']} in action); shuffled "
              f"{res['cold_shuffled']['differ']} ({res['cold_shuffled']['action_differs']})")
        print(f"[{side}] 8 threads' first calls vs warmed: rows differing per thread "
              f"{res['threads']} (action {res['threads_action']}); anyio direct/pipeline action"
              f" differs {res['anyio_direct_action']}/{res['anyio_pipe_action']} of "
              f"{len(an['direct'])}")
        print(f"[{side}] options cold vs warm differ: {res['options_differ']}")
        print(f"[{side}] pickle/copy: {res['pickle']}")
        m = res["memory"]
        print(f"[{side}] import wall/cpu {m['import_wall_cpu_s']} s, first call "
              f"{m['first_call_cpu_s']} s, warm {m['warm_cpu_s']} s, max RSS {m['max_rss_kb']}")
        if show:
            for d in res["cold"]["rows"] + res["first_call"]["rows"] + res["threads_rows"]:
                print(f"   {d['channel']}/{d['budget']} {d['text']!r}\n     warm {d['ref']}\n"
                      f"     cold {d['other']}")
    os.unlink(name)
    os.unlink(tname)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mode")
    ap.add_argument("--rows-file")
    ap.add_argument("--base", default="22d504e")
    ap.add_argument("--after", default="HEAD")
    ap.add_argument("--after-src", help="a src dir scored as 'after' (e.g. the working tree)")
    ap.add_argument("--parts", default="rows,lazy")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    if args.mode:
        rows_: list[dict[str, Any]] = []
        if args.rows_file:
            with open(args.rows_file, encoding="utf-8") as f:
                rows_ = json.load(f)
        if args.mode == "rows":
            print(json.dumps(score_rows(rows_)))
        else:
            from _s16_review_lazy import main as lazy_main
            lazy_main(args.mode, args.rows_file)
        return 0
    srcs = {"before": worktree(args.base),
            "after": Path(args.after_src).resolve() if args.after_src else worktree(args.after)}
    print(f"before: {srcs['before']}  after: {srcs['after']}")
    result: dict[str, Any] = {"base": args.base, "after": args.after_src or args.after}
    parts = args.parts.split(",")
    if "rows" in parts:
        result["rows"] = rows_part(srcs, args.show)
    if "lazy" in parts:
        result["lazy"] = lazy_part(srcs, args.show)
    OUT.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
