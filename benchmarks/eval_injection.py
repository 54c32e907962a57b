"""Accuracy and speed of the injection guard on ../shared/evaldata/prompt_injection.

    .venv/bin/python benchmarks/eval_injection.py            # full run (7-27 min on 2 cores)
    .venv/bin/python benchmarks/eval_injection.py --quick    # 3 folds, no fuzz (smoke test)

What it measures (table on stdout, JSON in benchmarks/results/eval_injection.json):

1. Two held-out settings, each row scored by a classifier that never saw it
   (tools/train_injection.py, same procedure and seed):
   - ``loso``: leave-one-source-out over the families below: retrain without the whole family,
     score its rows (the honest "unseen source" figure);
   - ``cv``: grouped 5-fold cross-validation over all rows (groups: meta.pair_id / item /
     probe): the source was seen in training, the row and its group were not.
   ``--pyrit``: every fold also trains on PyRIT's novel jailbreak templates and helper prompts
   (never scored; tools/pyrit_templates.py; tried in the eighth session, not shipped).
   Precision / recall / F1 / FPR per subset and pooled, for rules alone, classifier alone and
   combined, at the guard's default threshold; ``loso_without_jailbreakbench`` pools the LOSO
   rows less JailbreakBench (harmful requests, not instruction overrides; never trained on).
2. Peers on the same rows: nukon-pi-detect 0.1.0 (decision != CLEAN) and toolwall-guard 0.4.0
   rules (CompositeDetector without its optional model, score >= 0.6, its default). Both
   Apache-2.0; neither downloads anything in this mode.
3. Fuzz: attacks of a held-out family, perturbed (homoglyphs, zero-width, spacing, leet, typos,
   case, base64), in held-out benign documents; recall by perturbation, and false positives.
4. Latency: p50/p95 of one guard call (300/3,000 chars), the classifier on 1,000 characters,
   100 KB adversarial probes through the rules (ReDoS check), and a raw ``regex.search``.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import random
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import regex

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))
import train_injection as train  # noqa: E402
from _injection_peers import peers  # noqa: E402
from _injection_probes import PROBES_100KB  # noqa: E402

from guardwire import Context  # noqa: E402
from guardwire.guards.injection import InjectionGuard, combined_score  # noqa: E402
from guardwire.guards.injection import classifier as clf  # noqa: E402
from guardwire.guards.injection.normalise_view import normalised_view  # noqa: E402
from guardwire.guards.injection.rules import SEVERITY_SCORE, scan  # noqa: E402

OUT = REPO / "benchmarks" / "results" / "eval_injection.json"
THRESHOLD = InjectionGuard().threshold
TARGET_BENIGN = ("notinject", "wildguard_benign", "awesome_chatgpt_prompts")

# Families held out one at a time (subset name prefixes): the training script's sources.
FAMILIES: dict[str, tuple[str, ...]] = train.SOURCES
QUICK = ("direct_small", "notinject", "promptinject")
Extra = Sequence[tuple[str, int]]  # (text, label) trained on in every fold: PyRIT's


def family_of(subset: str, families: dict[str, tuple[str, ...]]) -> str | None:
    for fam, prefixes in families.items():
        if subset.startswith(prefixes):
            return fam
    return None


def prf(y: Sequence[int], pred: Sequence[bool]) -> dict[str, Any]:
    ya, pa = np.asarray(y) == 1, np.asarray(pred, dtype=bool)
    tp, fp = int((ya & pa).sum()), int((~ya & pa).sum())
    fn, tn = int((ya & ~pa).sum()), int((~ya & ~pa).sum())
    out: dict[str, Any] = {"n": len(ya), "pos": int(ya.sum()), "tp": tp, "fp": fp, "fn": fn}
    out["precision"] = round(tp / (tp + fp), 4) if tp + fp else None
    out["recall"] = round(tp / (tp + fn), 4) if tp + fn else None
    out["f1"] = round(2 * tp / (2 * tp + fp + fn), 4) if tp + fn else None
    out["fpr"] = round(fp / (fp + tn), 4) if fp + tn else None
    return out


def _model_scores(model: train.Model, rows: Sequence[train.Row]) -> list[float]:
    w = model.weights()
    return [float(1 / (1 + np.exp(-max(w.window_logit(*f) for f in r.windows)))) for r in rows]


def loso(rows: list[train.Row], families: dict[str, tuple[str, ...]],
         extra: Extra = ()) -> tuple[dict[int, float], dict[str, train.Model], dict[int, str]]:
    """Held-out classifier score per row index, the fold models, and each row's fold."""
    scores: dict[int, float] = {}
    fold_of: dict[int, str] = {}
    models: dict[str, train.Model] = {}
    for fam in families:
        t0 = time.perf_counter()
        held = [i for i, r in enumerate(rows) if family_of(r.subset, families) == fam]
        held_set = set(held)
        model = train.fit([r for i, r in enumerate(rows) if i not in held_set], extra=extra)
        models[fam] = model
        for i, s in zip(held, _model_scores(model, [rows[i] for i in held]), strict=True):
            scores[i], fold_of[i] = s, fam
        print(f"  fold {fam}: {len(held)} rows held out, {time.perf_counter() - t0:.0f}s",
              flush=True)
    return scores, models, fold_of


def cv_folds(rows: Sequence[train.Row], k: int = 5) -> dict[str, int]:
    """Fold number of each group for :func:`grouped_cv` (seeded; groups never split)."""
    groups = sorted({r.group for r in rows})
    order = np.random.default_rng(train.SEED).permutation(len(groups))
    return {groups[j]: n % k for n, j in enumerate(order)}


def grouped_cv(rows: list[train.Row], k: int = 5, extra: Extra = ()) -> dict[int, float]:
    """Grouped k-fold over every row: in-distribution scores (sources seen, rows/groups not)."""
    fold = cv_folds(rows, k)
    scores: dict[int, float] = {}
    for f in range(k):
        t0 = time.perf_counter()
        test = [i for i, r in enumerate(rows) if fold[r.group] == f]
        model = train.fit([r for r in rows if fold[r.group] != f], extra=extra)
        for i, s in zip(test, _model_scores(model, [rows[i] for i in test]), strict=True):
            scores[i] = s
        print(f"  cv fold {f + 1}/{k}: {len(test)} rows, {time.perf_counter() - t0:.0f}s",
              flush=True)
    return scores


# -- fuzz ---------------------------------------------------------------------------------------
_HOMO = {"a": "а", "e": "е", "o": "о", "i": "і", "c": "с", "p": "р", "x": "х"}
_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
KINDS = ("none", "homoglyph", "zero_width", "spacing", "leet", "typo", "case", "base64")
FUZZ_FAMILIES = ("promptinject", "direct_small", "agentdojo")


def perturb(text: str, rng: random.Random, kind: str | None = None) -> tuple[str, str]:
    """``text`` with one perturbation (``kind``, or a random one other than base64)."""
    kind = kind or rng.choice(KINDS[:-1])
    if kind == "homoglyph":
        text = "".join(_HOMO.get(c, c) if rng.random() < 0.5 else c for c in text)
    elif kind == "zero_width":
        text = "".join(c + ("\u200b" if c.isalpha() and rng.random() < 0.3 else "") for c in text)
    elif kind == "spacing":  # letter-space two words ("i g n o r e")
        words = text.split(" ")
        for k in rng.sample(range(len(words)), min(2, len(words))):
            words[k] = " ".join(words[k])
        text = " ".join(words)
    elif kind == "leet":
        text = "".join(_LEET.get(c, c) if rng.random() < 0.4 else c for c in text)
    elif kind == "typo":
        chars = list(text)
        for _ in range(max(1, len(chars) // 40)):
            j = rng.randrange(max(1, len(chars) - 1))
            chars[j], chars[j + 1] = chars[j + 1], chars[j]
        text = "".join(chars)
    elif kind == "case":
        text = "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in text)
    elif kind == "base64":  # the whole attack as one base64 token, no hint to decode it
        text = base64.b64encode(text.encode()).decode()
    return text, kind


def fuzz(rows: list[train.Row], seed: int = 7, extra: Extra = ()) -> dict[str, Any]:
    """Attacks of a held-out family, perturbed, inserted into held-out benign documents.

    For each family a model is trained without that family *and* without the carrier
    documents' groups; every carrier gets the family's attack once per perturbation kind
    (recall by kind) and is also scored perturbed without an attack (false positives).
    """
    rng = random.Random(seed)
    pool = [r for r in rows if r.label == 0 and 400 <= len(r.text) <= 3000
            and r.subset.startswith(("p3_", "selfinstruct", "agentdojo_clean", "owasp"))]
    rng.shuffle(pool)
    carriers = pool[:150]
    held_groups = {r.group for r in carriers}
    results: dict[str, Any] = {}
    for fam in FUZZ_FAMILIES:
        attacks = [r.text for r in rows if r.label == 1 and len(r.text) <= 600
                   and family_of(r.subset, FAMILIES) == fam]
        w = train.fit([r for r in rows if r.group not in held_groups
                       and family_of(r.subset, FAMILIES) != fam],
                      extra=extra).weights()
        y: list[int] = []
        preds: dict[str, list[bool]] = {"rules": [], "combined": []}
        by_kind: dict[str, dict[str, list[bool]]] = {"rules": defaultdict(list),
                                                     "combined": defaultdict(list)}
        for doc in carriers:
            paras = doc.text.split("\n\n")
            at = rng.randrange(len(paras) + 1)
            texts = [(1, kind, "\n\n".join([*paras[:at], perturb(rng.choice(attacks), rng,
                                                                  kind)[0], *paras[at:]]))
                     for kind in KINDS]
            texts.append((0, "", perturb(doc.text, rng)[0]))
            for label, kind, text in texts:
                view = normalised_view(text)
                hits = scan(text, view, budget_s=60.0).hits
                rs = max((SEVERITY_SCORE[h.severity] for h in hits), default=0.0)
                p = {"rules": rs >= THRESHOLD,
                     "combined": combined_score(rs, bool(hits), w.score(view)[0]) >= THRESHOLD}
                y.append(label)
                for k, v in p.items():
                    preds[k].append(v)
                    if label:
                        by_kind[k][kind].append(v)
        results[fam] = {k: {**prf(y, preds[k]), "recall_by_perturbation": {
            kind: round(float(np.mean(v)), 3) for kind, v in by_kind[k].items()}}
            for k in preds}
    return results


# -- latency ------------------------------------------------------------------------------------
def _pct(fn: Callable[[str], object], texts: Sequence[str], n: int) -> tuple[float, float]:
    """p50 and p95 in ms of ``fn(text)``, cycling through ``texts``."""
    fn(texts[0])
    ts = []
    for k in range(n):
        text = texts[k % len(texts)]
        t0 = time.perf_counter()
        fn(text)
        ts.append((time.perf_counter() - t0) * 1000)
    ts.sort()
    return statistics.median(ts), ts[int(0.95 * (len(ts) - 1))]


def latency(rows: list[train.Row]) -> dict[str, Any]:
    guard = InjectionGuard()
    ctx = Context()
    weights = clf.load_weights()
    baseline = regex.compile(r"ignore\s+(?:all\s+)?previous\s+instructions")
    benign = [r.text for r in rows if r.label == 0 and len(r.text) >= 3000]
    out: dict[str, Any] = {}
    peer_fns = peers()
    for size in (300, 1000, 3000):
        texts = [t[:size] for t in benign[:50]]
        p50, p95 = _pct(lambda t: guard(t, ctx), texts, 400)
        b50, _ = _pct(baseline.search, texts, 400)
        c50, c95 = _pct(lambda t: weights.score(normalised_view(t)), texts, 400)
        # the scorer alone on the view the guard computes once for the rules and the classifier
        views = {t: normalised_view(t) for t in texts}
        s50, _ = _pct(lambda t, v=views: weights.score(v[t]), texts, 400)
        row = {"guard_p50_ms": round(p50, 3), "guard_p95_ms": round(p95, 3),
               "classifier_p50_ms": round(c50, 3), "classifier_p95_ms": round(c95, 3),
               "classifier_scorer_only_p50_ms": round(s50, 3),
               "raw_regex_search_p50_ms": round(b50, 5),
               "guard_vs_raw_regex": round(p50 / b50, 1)}
        for name, fn in peer_fns.items():
            q50, _ = _pct(fn, texts, 200)
            row[f"{name}_p50_ms"] = round(q50, 3)
            row[f"guard_vs_{name}"] = round(p50 / q50, 2)
        out[f"{size}_chars"] = row
    probes = dict(PROBES_100KB)
    probe_ms: dict[str, Any] = {}
    for name, text in probes.items():
        text = text[:100_000]
        p50, _ = _pct(lambda t: scan(t, normalised_view(t)), [text], 5)
        full, _ = _pct(lambda t: scan(t, normalised_view(t), budget_s=60.0), [text], 3)
        cut = scan(text, normalised_view(text)).timed_out
        probe_ms[name] = {"view_plus_rules_ms": round(p50, 2), "rules_cut_off": len(cut),
                          "without_scan_budget_ms": round(full, 2)}
    out["probes_100kb"] = probe_ms
    out["probe_100kb_worst_ms"] = max(v["view_plus_rules_ms"] for v in probe_ms.values())
    out["probe_100kb_worst_unbudgeted_ms"] = max(v["without_scan_budget_ms"]
                                                 for v in probe_ms.values())
    return out


# -- main -------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--dump", type=Path, help="also write per-row held-out scores (JSONL)")
    ap.add_argument("--latency-only", action="store_true", help="eval_injection_latency.json")
    ap.add_argument("--pyrit", action="store_true",
                    help="train every fold also on PyRIT's texts (tried, not shipped)")
    args = ap.parse_args(argv)
    if not train.DATA.is_dir():
        print(f"evaldata not found at {train.DATA}")
        return 2
    t_start = time.perf_counter()
    rows = train.load_rows()
    if args.latency_only:  # (minutes) the committed full run keeps its own latency figures
        lat = {"load": os.getloadavg()[0], **latency(rows), "load_after": os.getloadavg()[0]}
        OUT.with_name("eval_injection_latency.json").write_text(json.dumps(lat, indent=1) + "\n")
        print("latency", json.dumps(lat, indent=1))
        return 0
    train.featurise(rows)
    extra = train.pyrit.from_wheel([(r.text, r.label) for r in rows]) if args.pyrit else []
    if extra is None:
        print(f"could not fetch {train.pyrit.WHEEL}")
        return 2
    families = {k: v for k, v in FAMILIES.items() if not args.quick or k in QUICK}
    print(f"{len(rows)} rows, {len(extra)} PyRIT texts trained on; LOSO over "
          f"{len(families)} families", flush=True)
    loso_scores, _, fold_of = loso(rows, families, extra)
    cv_scores = grouped_cv(rows, 3 if args.quick else 5, extra)
    peer_fns = peers()
    per: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    pooled: dict[str, dict[str, list[Any]]] = {
        k: defaultdict(list) for k in ("loso", "loso_without_jailbreakbench", "cv")}
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None  # noqa: SIM115
    for i, r in enumerate(rows):
        hits = scan(r.text, r.view, budget_s=60.0).hits
        rs = max((SEVERITY_SCORE[h.severity] for h in hits), default=0.0)
        fixed = {"rules": rs >= THRESHOLD}
        for name, fn in peer_fns.items():
            fixed[name] = bool(fn(r.text))
        key = r.subset.split(":")[0]
        for bucket, scores in (("loso", loso_scores), ("cv", cv_scores)):
            if i not in scores:
                continue
            preds = {**fixed, "classifier": scores[i] >= THRESHOLD,
                     "combined": combined_score(rs, bool(hits), scores[i]) >= THRESHOLD}
            ds = [per[f"{key} ({bucket})"], pooled[bucket]]
            if bucket == "loso" and fold_of[i] != "jailbreakbench":
                ds.append(pooled["loso_without_jailbreakbench"])
            for sysname, p in preds.items():
                for d in ds:
                    d[sysname].append((r.label, p))
        if dump is not None:
            dump.write(json.dumps({"i": i, "subset": r.subset, "label": r.label,
                                   "loso": loso_scores.get(i), "cv": cv_scores[i],
                                   "len": len(r.text),
                                   "rules": [[h.rule_id, h.severity] for h in hits]}) + "\n")
    if dump is not None:
        dump.close()
    systems = ["rules", "classifier", "combined", *peer_fns]

    def report(d: dict[str, list[Any]]) -> dict[str, Any]:
        return {s: prf([a for a, _ in d[s]], [b for _, b in d[s]]) for s in systems if d[s]}

    result: dict[str, Any] = {
        "threshold": THRESHOLD, "pyrit_trained": {
            "templates": sum(y for _, y in extra), "benign_prompts": sum(1 - y for _, y in extra)},
        "families": {k: list(v) for k, v in families.items()},
        "pooled": {k: report(v) for k, v in pooled.items()},
        "per_subset": {k: report(v) for k, v in sorted(per.items())},
        "peers": {"nukon-pi-detect": "0.1.0, Apache-2.0, decision != CLEAN",
                  "toolwall-guard": "0.4.0, Apache-2.0, CompositeDetector(use_judge=False), "
                                    "score >= 0.6"},
    }
    if not args.quick:
        print("fuzz ...", flush=True)
        result["fuzz"] = fuzz(rows, extra=extra)
    print("latency ...", flush=True)
    result["latency"] = latency(rows)
    result["targets"] = {
        "combined_f1_loso": result["pooled"]["loso"]["combined"]["f1"],
        "combined_f1_loso_without_jailbreakbench":
            result["pooled"]["loso_without_jailbreakbench"]["combined"]["f1"],
        "combined_f1_cv": result["pooled"]["cv"]["combined"]["f1"],
        "fpr_target_subsets_loso": {s: result["per_subset"].get(f"{s} (loso)", {})
                                    .get("combined", {}).get("fpr") for s in TARGET_BENIGN},
        "fpr_target_subsets_cv": {s: result["per_subset"].get(f"{s} (cv)", {})
                                  .get("combined", {}).get("fpr") for s in TARGET_BENIGN},
        "classifier_p50_ms_1000_chars": result["latency"]["1000_chars"]["classifier_p50_ms"],
        "classifier_scorer_only_p50_ms_1000_chars":
            result["latency"]["1000_chars"]["classifier_scorer_only_p50_ms"],
        "probe_100kb_worst_ms": result["latency"]["probe_100kb_worst_ms"],
    }
    result["elapsed_s"] = round(time.perf_counter() - t_start, 1)
    print_table(result, systems)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    if not args.quick:
        OUT.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT.relative_to(REPO)}")
    return 0


def _fmt(v: Any) -> str:
    return "  -  " if v is None else f"{v:.3f}"


def print_table(result: dict[str, Any], systems: list[str]) -> None:
    print(f"\nthreshold {result['threshold']}; P / R / F1 / FPR")
    head = "".join(f"{s[:22]:>26}" for s in systems)
    print(f"{'subset':46}{head}")
    rows = [(f"POOLED {k}", v) for k, v in result["pooled"].items()]
    rows += list(result["per_subset"].items())
    for name, rep in rows:
        cells = ""
        for s in systems:
            m = rep.get(s)
            cells += ("" if m is None else
                      f"{_fmt(m['precision'])}/{_fmt(m['recall'])}/{_fmt(m['f1'])}/"
                      f"{_fmt(m['fpr'])}").rjust(26)
        print(f"{name[:45]:46}{cells}")
    for fam, rep in result.get("fuzz", {}).items():
        c, r = rep["combined"], rep["rules"]
        print(f"fuzz {fam}: combined FPR {c['fpr']}; recall by perturbation, combined "
              f"{c['recall_by_perturbation']}; rules alone {r['recall_by_perturbation']}")
    print("latency", json.dumps(result["latency"], indent=1))
    print("targets", json.dumps(result["targets"], indent=1))


if __name__ == "__main__":
    raise SystemExit(main())
