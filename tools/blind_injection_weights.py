"""Blind-set counts of ``InjectionGuard`` with the shipped weights and with candidate weights.

    .venv/bin/python tools/blind_injection_weights.py --weights /tmp/cand.npz \\
        tests/fixtures/injection_blind_v1.json tests/fixtures/injection_blind_v2.json

Per fixture (``[{"text", "label", "category"}]``, label "benign" / "injection" or 0 / 1):
false positives (benign rows blocked), how many of them no rule fired on (classifier-only
blocks), and recall, per category and overall, for each weights file; no row text is printed
(so a blind set can be scored without reading it). The rules run without the guard's wall-clock
scan budget (and with a 10 s per-pattern timeout) unless ``--budget``: under load the budget cut
scans short and the counts of the *same* weights moved by several rows between runs.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from guardwire import Context, Decision
from guardwire.guards.injection import InjectionGuard


def counts(rows: list[dict[str, object]], weights: str | None, budget: bool = False
           ) -> dict[str, Counter[str]]:
    guard = (InjectionGuard(weights=weights) if budget else
             InjectionGuard(weights=weights, scan_budget_ms=None, rule_timeout_ms=10_000))
    out: dict[str, Counter[str]] = {"n": Counter(), "blocked": Counter(), "clf_only": Counter()}
    for row in rows:
        d = guard(str(row["text"]), Context())
        assert isinstance(d, Decision)
        attack = row["label"] in (1, True, "injection")
        key = f"{'attack' if attack else 'benign'}:{row['category']}"
        out["n"][key] += 1
        if d.action == "block":
            out["blocked"][key] += 1
            out["clf_only"][key] += not d.data.get("rule_ids")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("fixtures", nargs="+", type=Path)
    ap.add_argument("--weights", action="append", default=[],
                    help="candidate .npz (repeatable); the shipped weights are always scored")
    ap.add_argument("--budget", action="store_true",
                    help="keep the guard's wall-clock scan budget (counts then vary with load)")
    args = ap.parse_args(argv)
    sides: list[str | None] = [None, *args.weights]
    for fx in args.fixtures:
        rows = json.loads(fx.read_text(encoding="utf-8"))
        res = [counts(rows, w, args.budget) for w in sides]
        print(f"\n{fx.name}: blocked (classifier-only) per category; "
              + " | ".join(w or "shipped" for w in sides))
        for key in sorted(res[0]["n"]):
            print(f"  {key:40s} n={res[0]['n'][key]:3d} " + " | ".join(
                f"{r['blocked'][key]:3d} ({r['clf_only'][key]})" for r in res))
        for label in ("benign", "attack"):
            tot = [(sum(v for k, v in r["blocked"].items() if k.startswith(label)),
                    sum(v for k, v in r["clf_only"].items() if k.startswith(label)))
                   for r in res]
            n = sum(v for k, v in res[0]["n"].items() if k.startswith(label))
            name = "false positives" if label == "benign" else "attacks caught"
            print(f"  {name}: " + " | ".join(f"{b}/{n} ({c} classifier-only)" for b, c in tot))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
