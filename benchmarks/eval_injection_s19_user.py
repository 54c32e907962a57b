"""User-channel probes of the nineteenth session (issue 3): attacks a user types that the guard
misses and benign prompts it blocks, at a base revision and after.

    .venv/bin/python benchmarks/eval_injection_s19_user.py                   # probes
    .venv/bin/python benchmarks/eval_injection_s19_user.py --evaldata        # + shared user rows
    .venv/bin/python benchmarks/eval_injection_s19_user.py --after HEAD --show

Each side is scored in a subprocess whose ``PYTHONPATH`` is a ``git worktree`` of the revision
(under /tmp, removed afterwards), or this tree's ``src`` for ``--after tree`` (uncommitted
edits of every helper included). Every text is the user's input:
``InjectionGuard(scan_budget_ms=None, rule_timeout_ms=10000)`` (default threshold, no scan
budget so the machine's load changes nothing), ``Context()``; blocked means
``decision.action == "block"``.

Sets:

- ``s19``: :mod:`_user_probes_s19` (82 attacks, 82 benign; written before the guard was run
  on them and before the rules were read closely). Its figure at ``--base`` (0ca4fc0) is the
  held-out one; rules of this session were written looking at its misses afterwards, so the
  figure after is no longer held out.
- ``--evaldata``: the shared data's user-channel subsets (the ones
  ``eval_injection_user_precision.py`` reads). The classifier was trained on them and the
  rules of this session were written from their misses: in-sample, not a held-out figure.

Writes ``benchmarks/results/eval_injection_s19_user.json``.
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
import _user_probes_s19 as probes  # noqa: E402
from eval_injection_user_precision import data_rows, score_base, score_rows  # noqa: E402
from eval_injection_user_precision import run as run_script  # noqa: E402

OUT = ROOT / "benchmarks" / "results" / "eval_injection_s19_user.json"


def probe_rows() -> list[dict[str, Any]]:
    """Every probe: ``{set, kind, label, text}``."""
    return ([{"set": "s19", "kind": "probes", "label": 1, "text": t} for t in probes.ATTACKS]
            + [{"set": "s19", "kind": "probes", "label": 0, "text": t} for t in probes.BENIGN])


def score_rev(rev: str, evaldata: bool) -> dict[str, Any]:
    """This script's decisions at ``rev`` (``tree``: the working tree's src)."""
    if rev == "tree":
        return {"commit": "tree", **run_script(ROOT / "src", evaldata, script=__file__)}
    return score_base(rev, evaldata, script=__file__)


def table(rows: list[dict[str, Any]], before: list[dict[str, Any]],
          after: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """Per ``set/label/kind``: n and blocked before/after."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        groups[f"{r['set']}/{'attack' if r['label'] else 'benign'}/{r['kind']}"].append(i)
    return {k: {"n": len(idx), "blocked_before": sum(before[i]["blocked"] for i in idx),
                "blocked_after": sum(after[i]["blocked"] for i in idx)}
            for k, idx in sorted(groups.items())}


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--rows-only", action="store_true", help="(subprocess) print decisions")
    ap.add_argument("--evaldata", action="store_true", help="also score the shared user rows")
    ap.add_argument("--base", default="0ca4fc0", help="the 'before' revision")
    ap.add_argument("--after", default="tree", help="the 'after' revision, or 'tree'")
    ap.add_argument("--show", action="store_true",
                    help="print every probe that is wrong after or changed, and every changed "
                         "shared-data row")
    args = ap.parse_args()
    rows = probe_rows() + (data_rows() if args.evaldata else [])
    if args.rows_only:
        json.dump(score_rows(rows), sys.stdout)
        return
    before = score_rev(args.base, args.evaldata)
    after = score_rev(args.after, args.evaldata)
    result = table(rows, before["rows"], after["rows"])
    b_name, a_name = before["commit"], after["commit"]
    print(f"{'set/label/kind':<62}{'n':>5}{b_name + ' blk':>13}{a_name + ' blk':>13}")
    for key, v in result.items():
        print(f"{key:<62}{v['n']:>5}{v['blocked_before']:>13}{v['blocked_after']:>13}")
    if args.show:
        for i, r in enumerate(rows):
            b, a = before["rows"][i], after["rows"][i]
            wrong = r["set"] == "s19" and a["blocked"] != bool(r["label"])
            if wrong or b["blocked"] != a["blocked"]:
                print(f"\n[{r['set']}/{r['kind']}/{'atk' if r['label'] else 'ben'}] "
                      f"{b['blocked']}->{a['blocked']} rules={a['rule_ids']} "
                      f"clf={a['classifier_score']}\n  {r['text'][:240]!r}")
    OUT.write_text(json.dumps({"base": b_name, "after": a_name, "evaldata": args.evaldata,
                               "per_kind": result}, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
