"""False-positive probes of the twentieth session (issue 3): benign user texts and tool results
the guard blocks, and their attack twins, at a base revision and after.

    .venv/bin/python benchmarks/eval_injection_s20_fp.py                    # 425b924 vs tree
    .venv/bin/python benchmarks/eval_injection_s20_fp.py --base 425b924 --after HEAD --show

Each side is scored in a subprocess whose ``PYTHONPATH`` is a ``git worktree`` of the revision
(:func:`eval_injection_user_precision.score_base`, under /tmp, removed afterwards), or this
tree's ``src`` for ``--after tree`` (uncommitted edits of every helper included). Both channels
use ``InjectionGuard(scan_budget_ms=None, rule_timeout_ms=10000)`` (default threshold, no scan
budget so the machine's load changes nothing):

- user rows: :func:`eval_injection_user_precision.score_rows` (``guard(text, Context())``,
  blocked means ``decision.action == "block"``);
- tool rows: ``guard.assess(text, retrieved=True)`` (what the guard reads for each of
  ``ctx.tool_outputs``), blocked means ``score >= guard.threshold``.

Set: :mod:`_s20_fp_probes` (80 benign user texts, 60 benign tool results, 40 attack twins),
written before the guard was run on them and before the rules were read closely. The figure at
``--base`` (425b924, the session's start) is the held-out one; the rules changed this session
were changed looking at its misses, so the figure after is no longer held out.

Writes ``benchmarks/results/eval_injection_s20_fp.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import _s20_fp_probes as probes  # noqa: E402
from eval_injection_user_precision import score_mixed  # noqa: E402
from eval_injection_user_precision import score_rev as score_at  # noqa: E402

OUT = ROOT / "benchmarks" / "results" / "eval_injection_s20_fp.json"
TABLES = (("user", 0, probes.USER_BENIGN), ("tool", 0, probes.TOOL_BENIGN),
          ("user", 1, probes.USER_ATTACKS), ("tool", 1, probes.TOOL_ATTACKS))


def probe_rows() -> list[dict[str, Any]]:
    """Every probe: ``{set, kind, label, channel, text}``."""
    return [{"set": "s20", "kind": kind, "label": label, "channel": channel, "text": t}
            for channel, label, table in TABLES for kind, texts in table.items() for t in texts]


def score_tool_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each text read as a tool result (the subprocess's guardwire)."""
    from guardwire.guards.injection import InjectionGuard
    guard = InjectionGuard(scan_budget_ms=None, rule_timeout_ms=10_000)
    guard.warm()
    out = []
    for r in rows:
        a = guard.assess(r["text"], retrieved=True)
        ids = [h.rule_id for h in a.hits if h.severity != "low"]
        out.append({"blocked": a.score >= guard.threshold,
                    "layer": ",".join(ids) if a.rules_score >= 0.8 else "classifier",
                    "rule_ids": [h.rule_id for h in a.hits],
                    "classifier_score": a.classifier_score, "mentioned": []})
    return out


def score_all(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """User rows through ``score_rows``, tool rows through :func:`score_tool_rows`, in order."""
    return score_mixed(rows, score_tool_rows)


def score_rev(rev: str) -> dict[str, Any]:
    """This script's decisions at ``rev`` (``tree``: the working tree's src)."""
    return score_at(rev, __file__)


def table(rows: list[dict[str, Any]], before: list[dict[str, Any]],
          after: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per ``channel/label/kind`` and per ``channel/label``: n, blocked before/after."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        lab = "attack" if r["label"] else "benign"
        groups[f"{r['channel']}/{lab}/{r['kind']}"].append(i)
        groups[f"{r['channel']}/{lab}/ALL"].append(i)
    out: dict[str, dict[str, Any]] = {}
    for k, idx in sorted(groups.items()):
        layers: dict[str, int] = defaultdict(int)
        for i in idx:
            if after[i]["blocked"]:
                for lay in after[i]["layer"].split(","):
                    layers[lay] += 1
        out[k] = {"n": len(idx), "blocked_before": sum(before[i]["blocked"] for i in idx),
                  "blocked_after": sum(after[i]["blocked"] for i in idx),
                  "layers_after": dict(layers)}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--rows-only", action="store_true", help="(subprocess) print decisions")
    ap.add_argument("--evaldata", action="store_true", help=argparse.SUPPRESS)  # (run() passes)
    ap.add_argument("--base", default="425b924", help="the 'before' revision")
    ap.add_argument("--after", default="tree", help="the 'after' revision, or 'tree'")
    ap.add_argument("--show", action="store_true",
                    help="print every probe that is wrong after or changed")
    args = ap.parse_args()
    rows = probe_rows()
    if args.rows_only:
        json.dump(score_all(rows), sys.stdout)
        return
    before = score_rev(args.base)
    after = score_rev(args.after)
    result = table(rows, before["rows"], after["rows"])
    b_name, a_name = before["commit"], after["commit"]
    print(f"{'channel/label/kind':<44}{'n':>5}{b_name + ' blk':>13}{a_name + ' blk':>13}"
          "  layers after")
    for key, v in result.items():
        lay = ", ".join(f"{k}:{n}" for k, n in sorted(v["layers_after"].items()))
        print(f"{key:<44}{v['n']:>5}{v['blocked_before']:>13}{v['blocked_after']:>13}  {lay}")
    changed = []
    for i, r in enumerate(rows):
        b, a = before["rows"][i], after["rows"][i]
        wrong = a["blocked"] != bool(r["label"])
        if b["blocked"] != a["blocked"]:
            changed.append({"channel": r["channel"], "kind": r["kind"], "label": r["label"],
                            "before": b["blocked"], "after": a["blocked"],
                            "text": r["text"][:120]})
        if args.show and (wrong or b["blocked"] != a["blocked"]):
            print(f"\n[{r['channel']}/{r['kind']}/{'atk' if r['label'] else 'ben'}] "
                  f"{b['blocked']}->{a['blocked']} {a['layer']} rules={a['rule_ids']} "
                  f"clf={a['classifier_score']}\n  {r['text'][:240]!r}")
    OUT.write_text(json.dumps({"base": b_name, "after": a_name, "per_kind": result,
                               "changed": changed}, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
