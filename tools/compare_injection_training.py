"""Held-out before/after of a training change of the injection classifier, in one run.

    .venv/bin/python tools/compare_injection_training.py --variant base --out /tmp/base.json
    .venv/bin/python tools/compare_injection_training.py --variant hard --out /tmp/hard.json
    .venv/bin/python tools/compare_injection_training.py --report /tmp/base.json /tmp/hard.json

Each variant is trained and scored exactly like ``benchmarks/eval_injection.py``'s held-out
settings (leave-one-source-out over ``train_injection.SOURCES`` and grouped 5-fold CV, same
seed), so the ``base`` variant reproduces that script's LOSO/CV figures; only the classifier
(and the rules + classifier combination at the guard's threshold) is reported, no peers, fuzz or
latency. ``hard`` adds ``tools/injection_hard_negatives.py``'s rows to every fold's training.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import train_injection as train  # tools/

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
from eval_injection import THRESHOLD, family_of, prf  # noqa: E402

from guardwire.guards.injection import combined_score  # noqa: E402
from guardwire.guards.injection.rules import SEVERITY_SCORE, scan  # noqa: E402

VARIANTS: dict[str, dict[str, Any]] = {"base": {}, "hard": {"hard": True}}


def held_out_scores(variant: str) -> dict[str, Any]:
    rows = train.load_rows()
    train.featurise(rows)
    opts = VARIANTS[variant]
    out: dict[str, Any] = {"loso": {}, "fold": {}, "cv": {}}
    for fam in train.SOURCES:
        t0 = time.perf_counter()
        held = {i for i, r in enumerate(rows) if family_of(r.subset, train.SOURCES) == fam}
        w = train.fit([r for i, r in enumerate(rows) if i not in held], **opts).weights()
        for i in sorted(held):
            out["loso"][i] = 1 / (1 + np.exp(-max(w.window_logit(*f) for f in rows[i].windows)))
            out["fold"][i] = fam
        print(f"  {variant} loso {fam}: {time.perf_counter() - t0:.0f}s", flush=True)
    groups = sorted({r.group for r in rows})
    order = np.random.default_rng(train.SEED).permutation(len(groups))
    fold = {groups[j]: n % 5 for n, j in enumerate(order)}
    for f in range(5):
        w = train.fit([r for r in rows if fold[r.group] != f], **opts).weights()
        for i, r in enumerate(rows):
            if fold[r.group] == f:
                out["cv"][i] = 1 / (1 + np.exp(-max(w.window_logit(*x) for x in r.windows)))
        print(f"  {variant} cv {f + 1}/5", flush=True)
    return {k: {str(i): (float(v) if k != "fold" else v) for i, v in d.items()}
            for k, d in out.items()}


def summarise(dump: dict[str, Any], rows: list[train.Row], rules: list[float],
              fired: list[bool]) -> dict[str, Any]:
    per: dict[str, list[tuple[int, bool, bool]]] = {}
    for bucket in ("loso", "cv"):
        for key, s in dump[bucket].items():
            i = int(key)
            r = rows[i]
            item = (r.label, s >= THRESHOLD,
                    combined_score(rules[i], fired[i], s) >= THRESHOLD)
            names = [f"{r.subset.split(':')[0]} ({bucket})", f"ALL ({bucket})"]
            if bucket == "loso" and dump["fold"][key] != "jailbreakbench":
                names.append("ALL (loso less jailbreakbench)")
            for n in names:
                per.setdefault(n, []).append(item)
    return {n: {"classifier": prf([a for a, _, _ in v], [b for _, b, _ in v]),
                "combined": prf([a for a, _, _ in v], [c for _, _, c in v])}
            for n, v in sorted(per.items())}


def report(paths: list[Path]) -> None:
    rows = train.load_rows()
    train.featurise(rows)
    rules, fired = [], []
    for r in rows:
        hits = scan(r.text, r.view, budget_s=60.0).hits
        rules.append(max((SEVERITY_SCORE[h.severity] for h in hits), default=0.0))
        fired.append(bool(hits))
    sums = [summarise(json.loads(p.read_text()), rows, rules, fired) for p in paths]
    print("subset | " + " | ".join(f"{p.stem} clf F1/rec/FPR, comb F1/rec/FPR" for p in paths))

    def cell(m: dict[str, Any]) -> str:
        f1, rec, fpr = m.get("f1"), m.get("recall"), m.get("fpr")
        return "/".join("-" if v is None else f"{v:.3f}" for v in (f1, rec, fpr))

    for name in sums[0]:
        print(name, "|", " | ".join(f"{cell(s[name]['classifier'])}, {cell(s[name]['combined'])}"
                                    for s in sums if name in s))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--variant", choices=sorted(VARIANTS))
    ap.add_argument("--out", type=Path)
    ap.add_argument("--report", nargs="+", type=Path)
    args = ap.parse_args(argv)
    if args.report:
        report(args.report)
        return 0
    if not args.variant or not args.out:
        ap.error("--variant and --out, or --report")
    args.out.write_text(json.dumps(held_out_scores(args.variant)), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
