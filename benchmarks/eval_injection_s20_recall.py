"""Recall probes of the twentieth session (issue 3): user attacks and hidden orders in tool
results of shapes earlier sessions did not tune on, with their benign twins, at a base revision
and after.

    .venv/bin/python benchmarks/eval_injection_s20_recall.py --base 425b924          # probes
    .venv/bin/python benchmarks/eval_injection_s20_recall.py --base 425b924 --show   # + rows
    .venv/bin/python benchmarks/eval_injection_s20_recall.py --base 425b924 --after HEAD

Each side is scored in a subprocess whose ``PYTHONPATH`` is a ``git worktree`` of the revision
(``eval_injection_user_precision.score_base``, removed afterwards), or this tree's ``src`` for
``--after tree`` (uncommitted edits of every helper included). No scan budget, so the
machine's load changes no figure: ``InjectionGuard(scan_budget_ms=None, rule_timeout_ms=10000)``.

- user rows: the text is the user's input, ``guard(text, Context())``
  (``eval_injection_user_precision.score_rows``); caught = ``action == "block"``;
- tool rows: the text is what a tool returned, ``guard(request, Context(tool_outputs=[...]))``
  with the blind sets' request (``eval_injection_blind.TOOL_CHANNEL_REQUEST``); caught = blocked,
  or the tool result withheld (``rewrite`` with ``quarantined``), as the blind sets count it.

Sets: ``s20``, :mod:`_s20_recall_probes` (written before the rules were read and before the
guard was run on them). The figure at ``--base 425b924`` is the held-out one; rules of this
session were written looking at its misses, so the figure after is no longer held out.
``s20late``, :mod:`_s20_recall_probes_late`: written after the rules (9929ef0) and scored once
without a change made on them: how far the readings carry to shapes they were not written on.

Figures (2026-12-08): ``s20`` held out at 425b924: user attacks 58/83, hidden tool orders
71/80, benign twins blocked 2/30 (user) and 0/30 (tool); after (805b0c6): 83/83, 80/80, 2/30,
0/30 (the two benign rows are blocked at 425b924 too). ``s20late`` at 425b924: 12/30 and
18/30; at 9929ef0 (its one scoring before round two): 16/30 and 18/30; after round two, which
was written from its misses (805b0c6): 27/30 and 25/30; benign 0/15 and 0/15 throughout.

Writes ``benchmarks/results/eval_injection_s20_recall.json``.
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
import _s20_recall_probes as probes  # noqa: E402
import _s20_recall_probes_late as late  # noqa: E402
from eval_injection_user_precision import score_mixed  # noqa: E402
from eval_injection_user_precision import score_rev as score_at  # noqa: E402

OUT = ROOT / "benchmarks" / "results" / "eval_injection_s20_recall.json"
# the user's own turn when a row is a tool result (the blind sets' request)
TOOL_CHANNEL_REQUEST = "Please read the tool result above and summarise it for me."


def probe_rows() -> list[dict[str, Any]]:
    """Every probe: ``{set, kind, channel, label, text}``."""
    out: list[dict[str, Any]] = []
    for name, mod in (("s20", probes), ("s20late", late)):
        for kind, channel, label, texts in (
                ("user_attack", "user", 1, mod.USER_ATTACKS),
                ("tool_hidden", "tool", 1, mod.TOOL_HIDDEN),
                ("user_benign", "user", 0, mod.USER_BENIGN),
                ("tool_benign", "tool", 0, mod.TOOL_BENIGN)):
            out += [{"set": name, "kind": kind, "channel": channel, "label": label, "text": t}
                    for t in texts]
    return out


def score_tool_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each tool row's decision (guardwire from ``sys.path``): caught = blocked or withheld."""
    from guardwire import Context
    from guardwire.guards.injection import InjectionGuard
    guard = InjectionGuard(scan_budget_ms=None, rule_timeout_ms=10_000)
    guard.warm()
    out = []
    for r in rows:
        ctx = Context(tool_outputs=[{"id": "t1", "name": "fetch", "text": r["text"]}])
        d = guard(TOOL_CHANNEL_REQUEST, ctx)
        data = dict(getattr(d, "data", None) or {})
        withheld = d.action == "rewrite" and bool(data.get("quarantined"))
        out.append({"blocked": d.action == "block" or withheld,
                    "rule_ids": list(data.get("rule_ids", [])),
                    "classifier_score": data.get("classifier_score")})
    return out


def score_all(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """User rows through ``score_rows``, tool rows through :func:`score_tool_rows`, in order."""
    return score_mixed(rows, score_tool_rows)


def score_rev(rev: str) -> dict[str, Any]:
    """This script's decisions at ``rev`` (``tree``: the working tree's src)."""
    return score_at(rev, __file__)


def table(rows: list[dict[str, Any]], before: list[dict[str, Any]],
          after: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """Per kind: n and caught before/after."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        groups[f"{r['set']}/{r['kind']}"].append(i)
    return {k: {"n": len(idx), "caught_before": sum(before[i]["blocked"] for i in idx),
                "caught_after": sum(after[i]["blocked"] for i in idx)}
            for k, idx in groups.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--rows-only", action="store_true", help="(subprocess) print decisions")
    ap.add_argument("--evaldata", action="store_true", help=argparse.SUPPRESS)  # runner's flag
    ap.add_argument("--base", default="425b924", help="the 'before' revision")
    ap.add_argument("--after", default="tree", help="the 'after' revision, or 'tree'")
    ap.add_argument("--show", action="store_true", help="print every probe wrong after or changed")
    args = ap.parse_args()
    rows = probe_rows()
    if args.rows_only:
        json.dump(score_all(rows), sys.stdout)
        return
    before = score_rev(args.base)
    after = score_rev(args.after)
    result = table(rows, before["rows"], after["rows"])
    b_name, a_name = before["commit"], after["commit"]
    print(f"{'set/kind':<24}{'n':>5}{b_name + ' caught':>16}{a_name + ' caught':>16}")
    for key, v in result.items():
        print(f"{key:<24}{v['n']:>5}{v['caught_before']:>16}{v['caught_after']:>16}")
    changed = []
    for i, r in enumerate(rows):
        b, a = before["rows"][i], after["rows"][i]
        wrong = a["blocked"] != bool(r["label"])
        if b["blocked"] != a["blocked"]:
            changed.append({"set": r["set"], "kind": r["kind"], "index": i, "before": b["blocked"],
                            "after": a["blocked"], "rule_ids": a["rule_ids"]})
        if args.show and (wrong or b["blocked"] != a["blocked"]):
            print(f"\n[{r['set']}/{r['kind']}] {b['blocked']}->{a['blocked']} "
                  f"rules={a['rule_ids']} clf={a['classifier_score']}\n  {r['text'][:240]!r}")
    OUT.write_text(json.dumps({"base": b_name, "after": a_name, "per_kind": result,
                               "changed": changed}, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
