"""Held-out before/after of a training change of the injection classifier, in one run.

    .venv/bin/python tools/compare_injection_training.py --variant base --out /tmp/base.json
    .venv/bin/python tools/compare_injection_training.py --variant hard --out /tmp/hard.json
    .venv/bin/python tools/compare_injection_training.py --report /tmp/base.json /tmp/hard.json
    .venv/bin/python tools/compare_injection_training.py --loso-only --variant base \\
        --variant w02 --out /tmp/dir     # several variants, one augment() per fold
    .venv/bin/python tools/compare_injection_training.py --train w02 --out /tmp/w02.npz

Each variant is trained and scored exactly like ``benchmarks/eval_injection.py``'s held-out
settings (leave-one-source-out over ``train_injection.SOURCES`` and grouped 5-fold CV, same
seed), so the ``base`` variant reproduces that script's LOSO/CV figures; only the classifier
(and the rules + classifier combination at the guard's threshold) is reported, no peers, fuzz or
latency. ``hard`` adds ``tools/injection_hard_negatives.py``'s rows to every fold's training;
the other variants (:data:`VARIANTS`) are :class:`injection_training_variants.Spec` settings.
With several ``--variant``, each fold's ``augment()`` rows are built once and ``--out`` is a
directory (one ``<variant>.json`` each). ``--train`` writes a variant's full-data weights.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import train_injection as train  # tools/
from injection_training_variants import Spec  # tools/

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
from eval_injection import THRESHOLD, family_of, prf  # noqa: E402

from guardwire.guards.injection import combined_score  # noqa: E402
from guardwire.guards.injection.rules import SEVERITY_SCORE, scan  # noqa: E402

_TGT = ("notice", "doc", "act_as", "leak")
VARIANTS: dict[str, dict[str, Any]] = {
    "base": {}, "hard": {"hard": True},
    "w02": {"hard": Spec(neg_weight=0.2, n_override=3, n_direct=150)},
    "w02L": {"hard": Spec(neg_weight=0.2, n_override=3, n_direct=150, n_long=150)},
    "w04L": {"hard": Spec(neg_weight=0.4, n_override=3, n_direct=150, n_long=150)},
    "t03L": {"hard": Spec(kinds=_TGT, neg_weight=0.3, n_override=3, n_direct=150, n_long=150)},
    "w02Lp2": {"hard": Spec(neg_weight=0.2, pos_weight=2.0, n_override=3, n_direct=150,
                            n_long=150)},
    "long": {"hard": Spec(kinds=(), n_override=0, n_long=300)},
    "long05": {"hard": Spec(kinds=(), n_override=0, n_long=300, neg_weight=0.5)},
    "longB": {"hard": Spec(kinds=(), n_override=0, n_long=300, prompt_talk=False)},
    "longC": {"hard": Spec(kinds=(), n_override=0, n_long=300, prompt_talk=False,
                           long_pos_every=0)},
    "L05": {"hard": Spec(kinds=(), neg_weight=0.5, n_override=3, n_direct=150, n_long=200)},
}


def _cached_augment() -> None:
    """Memoise ``train.augment`` on the identity of its input rows (same fold, same rows)."""
    plain, memo = train.augment, {}

    def augment(rows: Sequence[train.Row]) -> list[train.Row]:
        key = tuple(id(r) for r in rows)
        if key not in memo:
            memo.clear()
            memo[key] = plain(rows)
        return memo[key]

    train.augment = augment  # type: ignore[assignment]


def _as_json(outs: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {v: {k: {str(i): (float(x) if k != "fold" else x) for i, x in d.items()}
                for k, d in out.items()} for v, out in outs.items()}


def held_out_scores(variants: list[str], loso_only: bool = False,
                    partial: Path | None = None,
                    families: Sequence[str] = ()) -> dict[str, dict[str, Any]]:
    """Held-out scores per variant; after each LOSO family, ``partial/<variant>.partial.json``
    holds the families done so far (a run cut short still reports them)."""
    rows = train.load_rows()
    train.featurise(rows)
    if len(variants) > 1:
        _cached_augment()
    outs: dict[str, dict[str, Any]] = {v: {"loso": {}, "fold": {}, "cv": {}} for v in variants}
    for fam in families or train.SOURCES:
        held = {i for i, r in enumerate(rows) if family_of(r.subset, train.SOURCES) == fam}
        for variant in variants:
            t0, out = time.perf_counter(), outs[variant]
            w = train.fit([r for i, r in enumerate(rows) if i not in held],
                          **VARIANTS[variant]).weights()
            for i in sorted(held):
                out["loso"][i] = 1 / (1 + np.exp(-max(w.window_logit(*f)
                                                      for f in rows[i].windows)))
                out["fold"][i] = fam
            print(f"  {variant} loso {fam}: {time.perf_counter() - t0:.0f}s", flush=True)
        for v, dump in _as_json(outs).items() if partial else ():
            (partial / f"{v}.partial.json").write_text(json.dumps(dump), encoding="utf-8")
    groups = sorted({r.group for r in rows})
    order = np.random.default_rng(train.SEED).permutation(len(groups))
    fold = {groups[j]: n % 5 for n, j in enumerate(order)}
    for f in range(0 if loso_only else 5):
        for variant in variants:
            w = train.fit([r for r in rows if fold[r.group] != f], **VARIANTS[variant]).weights()
            for i, r in enumerate(rows):
                if fold[r.group] == f:
                    outs[variant]["cv"][i] = 1 / (1 + np.exp(-max(w.window_logit(*x)
                                                                  for x in r.windows)))
            print(f"  {variant} cv {f + 1}/5", flush=True)
    return _as_json(outs)


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


def report(paths: list[Path], out: Path | None = None) -> None:
    rows = train.load_rows()
    train.featurise(rows)
    rules, fired = [], []
    for r in rows:
        hits = scan(r.text, r.view, budget_s=60.0).hits
        rules.append(max((SEVERITY_SCORE[h.severity] for h in hits), default=0.0))
        fired.append(bool(hits))
    sums = [summarise(json.loads(p.read_text()), rows, rules, fired) for p in paths]
    if out is not None:  # the figures, per dump (file stem), as JSON
        out.write_text(json.dumps({p.stem: s for p, s in zip(paths, sums, strict=True)},
                                  indent=1), encoding="utf-8")
    print("subset | " + " | ".join(f"{p.stem} clf F1/rec/FPR, comb F1/rec/FPR" for p in paths))

    def cell(m: dict[str, Any]) -> str:
        f1, rec, fpr = m.get("f1"), m.get("recall"), m.get("fpr")
        return "/".join("-" if v is None else f"{v:.3f}" for v in (f1, rec, fpr))

    for name in sums[0]:
        print(name, "|", " | ".join(f"{cell(s[name]['classifier'])}, {cell(s[name]['combined'])}"
                                    for s in sums if name in s))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--variant", choices=sorted(VARIANTS), action="append", default=[])
    ap.add_argument("--out", type=Path)
    ap.add_argument("--loso-only", action="store_true", help="skip the grouped 5-fold CV")
    ap.add_argument("--family", action="append", default=[], choices=sorted(train.SOURCES),
                    help="LOSO over these families only (repeatable; default all)")
    ap.add_argument("--train", choices=sorted(VARIANTS), help="write full-data weights")
    ap.add_argument("--report", nargs="+", type=Path)
    ap.add_argument("--json", type=Path, help="with --report: also write its figures here")
    args = ap.parse_args(argv)
    if args.report:
        report(args.report, args.json)
        return 0
    if args.train and args.out:
        rows = train.load_rows()
        train.save(train.fit(rows, **VARIANTS[args.train]), args.out)
        return 0
    if not args.variant or not args.out:
        ap.error("--variant and --out, --train and --out, or --report")
    single = len(args.variant) == 1 and args.out.suffix == ".json"
    if not single:
        args.out.mkdir(parents=True, exist_ok=True)
    dumps = held_out_scores(args.variant, args.loso_only, None if single else args.out,
                            args.family)
    if single:
        args.out.write_text(json.dumps(dumps[args.variant[0]]), encoding="utf-8")
        return 0
    for name, dump in dumps.items():
        (args.out / f"{name}.json").write_text(json.dumps(dump), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
