"""InjectionGuard on a BLIND hand-written set: false positives on benign look-alikes, recall.

The set is ``tests/fixtures/injection_blind_v1.json`` (list of ``{"text", "label",
"category"}``): 306 benign texts that a naive filter could take for attacks (fiction with
villains and rogue AIs, plot summaries, engineering docs with override/bypass flags, security
education, act-as requests, conversation resets, e-mails/tickets/web pages with imperatives)
and 80 attacks written in the same registers. It was written and committed (6bd77f3, 00:51 UTC
2026-12-07) without reading the guard's rules, docs or tests and before running the guard.

Every row is scored with ``InjectionGuard()`` (default threshold) and ``Context()``; a row
counts as blocked when ``decision.action == "block"``. Prints a table per category, overall
FPR and recall, and every false positive and miss with its rule ids and scores.

Run:  ``.venv/bin/python benchmarks/eval_injection_blind.py``
      (writes ``benchmarks/results/eval_injection_blind.json``)

Tool-result quarantine (``on_tool_hit``, fourteenth session): ``--tool-mode withhold`` (or
``mark``) scores with ``InjectionGuard(on_tool_hit=...)`` and, for the rows of the tool channel
(``"channel": "tool"``, blind set v4 on), prints per label how many calls were blocked, how
many tool results were withheld (marked) and how many passed through (no row text is printed
in that table); a row counts as caught (FPR, recall, the error lists) when its call was blocked
or its tool result withheld. Another set: ``--fixture tests/fixtures/injection_blind_v4.json``
(with ``--out`` elsewhere, so the v1 results are not overwritten), e.g.
      ``.venv/bin/python benchmarks/eval_injection_blind.py --tool-mode withhold \
          --fixture tests/fixtures/injection_blind_v4.json \
          --out benchmarks/results/eval_injection_blind_v4_withhold.json``

Against another checkout (e.g. the session-start commit), in the same run:
      ``git worktree add /tmp/gw_blind c318fe8``
      ``.venv/bin/python benchmarks/eval_injection_blind.py --baseline-src /tmp/gw_blind/src``
The baseline is scored in a subprocess with ``PYTHONPATH=<dir>`` (``--rows-only`` mode, which
prints per-row decisions as JSON); the table then shows both columns and lists every row
whose decision differs. Each side records the commit it came from and any uncommitted change in
its guards/injection/ (``git``). The committed results were made with the package taken from a
clean worktree of HEAD (``PYTHONPATH=/tmp/gw_blind_head/src``), since the shared tree had another
helper's uncommitted rules_persona.py edit (which changed no decision on this set).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "injection_blind_v1.json"
RESULTS = ROOT / "benchmarks" / "results" / "eval_injection_blind.json"


TOOL_MODES = ("block", "withhold", "mark")


def load_rows(fixture: Path = FIXTURE) -> list[dict[str, str]]:
    """The rows of a set; v5's ``{"rows": [{"id", "label": 0|1, "channel", ...}]}`` is read as
    the older sets' ``label: "benign"|"injection"`` with ``atk_``-prefixed attack categories."""
    with fixture.open(encoding="utf-8") as f:
        data = json.load(f)
    if isinstance(data, dict):
        return [{"text": r["text"], "channel": r["channel"],
                 "label": "injection" if r["label"] == 1 else "benign",
                 "category": (f"atk_{r['channel']}_{r['category']}" if r["label"] == 1
                              else f"{r['channel']}_{r['category']}")}
                for r in data["rows"]]
    rows: list[dict[str, str]] = data
    return rows


# the user's own turn when a row is a tool result (``"channel": "tool"``, blind set v4)
TOOL_CHANNEL_REQUEST = "Please read the tool result above and summarise it for me."


def score_rows(rows: list[dict[str, str]], tool_mode: str = "block") -> dict[str, Any]:
    """Score every row with the guardwire found on sys.path; per-row decisions + where from.
    ``tool_mode``: the guard's ``on_tool_hit`` (not passed for "block": older checkouts have
    no such option)."""
    import guardwire
    from guardwire import Context, Decision
    from guardwire.guards.injection import InjectionGuard

    guard = InjectionGuard() if tool_mode == "block" else InjectionGuard(on_tool_hit=tool_mode)
    out = []
    for row in rows:
        if row.get("channel", "user") == "tool":  # v4: content a tool returned to the agent
            ctx = Context(tool_outputs=[{"id": "t1", "name": "fetch", "text": row["text"]}])
            d = guard(TOOL_CHANNEL_REQUEST, ctx)
        else:
            d = guard(row["text"], Context())
        assert isinstance(d, Decision)  # a sync guard returns a Decision, never an awaitable
        data = dict(d.data or {})
        quarantined = d.action == "rewrite" and bool(data.get("quarantined"))
        out.append({
            "channel": row.get("channel", "user"),
            "blocked": d.action == "block",
            "quarantined": quarantined,  # the tool result withheld (marked), the call went on
            "caught": d.action == "block" or quarantined,
            "score": d.score,
            "rule_ids": list(data.get("rule_ids", [])),
            "rules_score": data.get("rules_score"),
            "classifier_score": data.get("classifier_score"),
        })
    pkg = Path(guardwire.__file__).resolve().parent
    return {"guardwire_file": str(pkg / "__init__.py"), "git": git_state(pkg), "rows": out}


def git_state(pkg: Path) -> dict[str, str]:
    """Commit of the checkout the package came from, and uncommitted changes in the guard."""
    def git(*a: str) -> str:
        proc = subprocess.run(["git", "-C", str(pkg), *a], capture_output=True, text=True)
        return proc.stdout.strip()
    return {"commit": git("rev-parse", "--short", "HEAD"),
            "dirty_injection_files": git("status", "--short", "--", "guards/injection")}


def score_in_subprocess(src: Path, fixture: Path = FIXTURE,
                        tool_mode: str = "block") -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(src))
    proc = subprocess.run([sys.executable, __file__, "--rows-only", "--fixture", str(fixture),
                           "--tool-mode", tool_mode], env=env, check=True,
                          capture_output=True, text=True)
    result: dict[str, Any] = json.loads(proc.stdout)
    if not result["guardwire_file"].startswith(str(src.resolve())):
        raise SystemExit(f"baseline imported {result['guardwire_file']}, not from {src}")
    return result


def caught(s: dict[str, Any]) -> bool:
    """The call blocked or (``--tool-mode``) the tool result withheld or marked."""
    return bool(s.get("caught", s["blocked"]))


def tool_channel(rows: list[dict[str, str]], scored: list[dict[str, Any]]) -> dict[str, Any]:
    """Per label, for the tool-channel rows: calls blocked / tool results withheld (marked) /
    passed through (counts only, no texts)."""
    out: dict[str, Any] = {}
    for row, s in zip(rows, scored, strict=True):
        if row.get("channel", "user") != "tool":
            continue
        c = out.setdefault(row["label"], {"n": 0, "calls_blocked": 0, "results_quarantined": 0,
                                          "passed_through": 0})
        c["n"] += 1
        key = ("calls_blocked" if s["blocked"] else "results_quarantined"
               if s.get("quarantined") else "passed_through")
        c[key] += 1
    return out


def print_tool_channel(name: str, mode: str, counts: dict[str, Any]) -> None:
    if not counts:
        print(f"\n{name}: no tool-channel rows in this set")
        return
    done = {"withhold": "withheld", "mark": "marked"}.get(mode, "withheld")
    print(f"\nTool-channel rows, {name}, on_tool_hit={mode!r}")
    print(f"{'label':<10} {'n':>4} {'calls blocked':>14} {'results ' + done:>17} "
          f"{'passed through':>15}")
    for label in sorted(counts):
        c = counts[label]
        print(f"{label:<10} {c['n']:>4} {c['calls_blocked']:>14} "
              f"{c['results_quarantined']:>17} {c['passed_through']:>15}")


def summarise(rows: list[dict[str, str]], scored: list[dict[str, Any]]) -> dict[str, Any]:
    per_cat: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row, s in zip(rows, scored, strict=True):
        per_cat[row["category"]][0] += 1
        per_cat[row["category"]][1] += int(caught(s))
    benign = [s for r, s in zip(rows, scored, strict=True) if r["label"] == "benign"]
    attacks = [s for r, s in zip(rows, scored, strict=True) if r["label"] == "injection"]
    fp = sum(caught(s) for s in benign)
    tp = sum(caught(s) for s in attacks)
    return {
        "per_category": {c: {"n": n, "blocked": b, "rate": round(b / n, 4)}
                         for c, (n, b) in per_cat.items()},
        "benign_n": len(benign), "false_positives": fp, "fpr": round(fp / len(benign), 4),
        "attack_n": len(attacks), "true_positives": tp, "recall": round(tp / len(attacks), 4),
    }


def errors(rows: list[dict[str, str]], scored: list[dict[str, Any]]) -> dict[str, list[Any]]:
    fps, misses = [], []
    for i, (row, s) in enumerate(zip(rows, scored, strict=True)):
        item = {"index": i, "category": row["category"], "text": row["text"], **s}
        if row["label"] == "benign" and caught(s):
            fps.append(item)
        elif row["label"] == "injection" and not caught(s):
            misses.append(item)
    return {"false_positives": fps, "misses": misses}


def short(text: str, n: int = 110) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= n else flat[: n - 3] + "..."


def fmt_score(x: Any) -> str:
    return "-" if x is None else f"{x:.2f}"


def print_errors(title: str, items: list[dict[str, Any]]) -> None:
    print(f"\n{title} ({len(items)})")
    for it in items:
        print(f"  #{it['index']:<3} [{it['category']}] score={fmt_score(it['score'])} "
              f"rules={fmt_score(it['rules_score'])} clf={fmt_score(it['classifier_score'])} "
              f"ids={','.join(it['rule_ids']) or '-'}")
        print(f"       {short(it['text'])}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows-only", action="store_true",
                    help="print per-row decisions as JSON (used for the baseline subprocess)")
    ap.add_argument("--baseline-src", type=Path, default=None,
                    help="a src/ directory of another checkout to score in the same run")
    ap.add_argument("--baseline-label", default="baseline")
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--fixture", type=Path, default=FIXTURE,
                    help="the set to score (default: blind set v1)")
    ap.add_argument("--tool-mode", choices=TOOL_MODES, default="block",
                    help="the guard's on_tool_hit; not 'block': also print the tool-channel "
                         "rows' calls blocked / results withheld (marked) / passed through")
    args = ap.parse_args()

    fixture = args.fixture.resolve()
    rows = load_rows(fixture)
    if args.rows_only:
        json.dump(score_rows(rows, args.tool_mode), sys.stdout)
        return

    head = score_rows(rows, args.tool_mode)
    base = (score_in_subprocess(args.baseline_src, fixture, args.tool_mode)
            if args.baseline_src else None)
    head_sum = summarise(rows, head["rows"])
    base_sum = summarise(rows, base["rows"]) if base else None

    print(f"guardwire: {head['guardwire_file']} {head['git']}")
    if base:
        print(f"{args.baseline_label}: {base['guardwire_file']} {base['git']}")
    cols = f"{'category':<20} {'label':<9} {'n':>4}"
    cols += f" {args.baseline_label + ' blk':>14} {'rate':>6}" if base_sum else ""
    blk = "HEAD blk" if args.tool_mode == "block" else "HEAD caught"
    print(f"\n{cols} {blk:>9} {'rate':>6}")
    label_of = {r["category"]: r["label"] for r in rows}
    for cat in sorted(head_sum["per_category"], key=lambda c: (label_of[c], c)):
        h = head_sum["per_category"][cat]
        line = f"{cat:<20} {label_of[cat]:<9} {h['n']:>4}"
        if base_sum:
            b = base_sum["per_category"][cat]
            line += f" {b['blocked']:>14} {b['rate']:>6.3f}"
        print(f"{line} {h['blocked']:>9} {h['rate']:>6.3f}")
    totals = (("FPR", "fpr", "false_positives"), ("recall", "recall", "true_positives"))
    for name, key, num in totals:
        n = head_sum["benign_n"] if key == "fpr" else head_sum["attack_n"]
        line = f"{name:<30} {n:>4}"
        if base_sum:
            line += f" {base_sum[num]:>14} {base_sum[key]:>6.3f}"
        print(f"{line} {head_sum[num]:>9} {head_sum[key]:>6.3f}")

    tools_head = tool_channel(rows, head["rows"])
    tools_base = tool_channel(rows, base["rows"]) if base else None
    if args.tool_mode != "block" or any(r.get("channel") == "tool" for r in rows):
        print_tool_channel("HEAD", args.tool_mode, tools_head)
        if tools_base is not None:
            print_tool_channel(args.baseline_label, args.tool_mode, tools_base)

    head_err = errors(rows, head["rows"])
    print_errors("False positives at HEAD", head_err["false_positives"])
    print_errors("Misses at HEAD", head_err["misses"])
    changed = []
    if base:
        for i, (row, h, b) in enumerate(zip(rows, head["rows"], base["rows"], strict=True)):
            if caught(h) != caught(b):
                changed.append({"index": i, "category": row["category"], "label": row["label"],
                                "text": row["text"], "head": h, args.baseline_label: b})
        print(f"\nDecisions that differ from {args.baseline_label}: {len(changed)}")
        for c in changed:
            print(f"  #{c['index']:<3} [{c['category']}] {args.baseline_label}="
                  f"{'block' if caught(c[args.baseline_label]) else 'allow'} HEAD="
                  f"{'block' if caught(c['head']) else 'allow'} "
                  f"ids={','.join(c['head']['rule_ids']) or '-'}  {short(c['text'], 80)}")

    result: dict[str, Any] = {
        "fixture": str(fixture.relative_to(ROOT) if fixture.is_relative_to(ROOT) else fixture),
        "guard": (f"InjectionGuard() default threshold, on_tool_hit={args.tool_mode!r}, "
                  "Context(); caught = action == 'block' or the tool result withheld/marked"),
        "tool_mode": args.tool_mode,
        "head": {"guardwire_file": head["guardwire_file"], "git": head["git"],
                 **head_sum, "tool_channel": tools_head, **head_err},
    }
    if base and base_sum:
        result[args.baseline_label] = {"guardwire_file": base["guardwire_file"],
                                       "git": base["git"], **base_sum,
                                       "tool_channel": tools_base,
                                       **errors(rows, base["rows"])}
        result["changed_decisions"] = changed
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")


if __name__ == "__main__":
    main()
