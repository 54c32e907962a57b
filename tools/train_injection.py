"""Train the shipped injection classifier and export it to ``models/injection_clf.npz``.

    .venv/bin/python tools/train_injection.py            # train on all rows, export, report
    .venv/bin/python tools/train_injection.py --check    # also a grouped 80/20 hold-out report

Data: ``../shared/evaldata/prompt_injection/{prompt_injection,extra_train}.jsonl`` (see that
README for sources and licences). Needs scikit-learn (training only; the runtime scorer is numpy).

Training examples are *windows* (``classifier.window_starts``), the unit the runtime scores:

- benign rows: every window is a negative (weight ``1/sqrt(#windows)``);
- injected rows whose attack text is known (``meta.attack_text``): windows overlapping the
  attack are positives, the other windows (plain carrier text) negatives;
- other injected rows longer than one window: multiple-instance learning in two rounds. Round 1
  counts every window as a weak positive (weight ``1/#windows``); round 2 keeps only the window
  that round 1 scores highest, as a full positive.

Everything is deterministic (fixed seed, liblinear's dual solver). The exported file holds the
LR weights, the IDF vector and the featuriser settings; ``np.load(allow_pickle=False)`` reads
it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy import sparse  # type: ignore[import-untyped]
from sklearn.feature_extraction.text import TfidfTransformer  # type: ignore[import-untyped]
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

from guardwire.guards.injection import classifier as clf
from guardwire.guards.injection.normalise_view import normalised_view

SEED = 20240917
C = 16.0
NORM_FLOOR = 120.0
REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "evaldata" / "prompt_injection"
OUT = REPO / "src" / "guardwire" / "models" / clf.WEIGHTS_FILE


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


@dataclass
class Model:
    tfidf: TfidfTransformer
    lr: LogisticRegression
    norm_floor: float

    def weights(self) -> clf.ClassifierWeights:
        return clf.ClassifierWeights(coef=self.lr.coef_[0].astype(np.float32),
                                     idf=self.tfidf.idf_.astype(np.float32),
                                     intercept=float(self.lr.intercept_[0]),
                                     norm_floor=self.norm_floor)

    def transform(self, feats: Sequence[clf.Features]) -> sparse.csr_matrix:
        return _scale(self.tfidf.transform(_matrix(feats)), self.norm_floor)

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
                add(f, 0, 1.0 / np.sqrt(n))
            continue
        if n == 1:
            add(r.windows[0], 1, 1.0)
            continue
        span = _attack_span(r)
        if span is not None:
            a, b = span
            hit = [s < b and a < s + clf.WINDOW for s in r.starts]
            for f, h in zip(r.windows, hit, strict=True):
                add(f, int(h), 1.0 / max(1, sum(hit)) if h else 1.0 / np.sqrt(n))
        elif model is None:
            for f in r.windows:
                add(f, 1, 1.0 / n)
        else:
            best = int(np.argmax(model.window_logits(r.windows)))
            add(r.windows[best], 1, 1.0)
    return feats, labels, weights


def _fit_once(feats: list[clf.Features], y: list[int], w: list[float], c: float,
              floor: float) -> Model:
    tfidf = TfidfTransformer(sublinear_tf=True, norm=None, smooth_idf=True)
    x = _scale(tfidf.fit_transform(_matrix(feats)), floor)
    # The dual liblinear problem is the fast one here: far more features (2**18) than windows.
    lr = LogisticRegression(C=c, solver="liblinear", dual=True, tol=1e-3, max_iter=1000,
                            class_weight="balanced", random_state=SEED)
    lr.fit(x, np.asarray(y), sample_weight=np.asarray(w))
    return Model(tfidf, lr, floor)


def fit(rows: Sequence[Row], c: float = C, floor: float = NORM_FLOOR) -> Model:
    """Two-round (multiple-instance) fit over window examples of ``rows``."""
    featurise(rows)
    model = _fit_once(*_examples(rows, None), c, floor)
    return _fit_once(*_examples(rows, model), c, floor)


def save(model: Model, path: Path = OUT) -> None:
    w = model.weights()
    np.savez_compressed(path, coef=w.coef.astype(np.float16), idf=w.idf.astype(np.float16),
                        intercept=np.array([w.intercept], dtype=np.float64),
                        norm_floor=np.array([w.norm_floor], dtype=np.float64),
                        meta=np.array(clf.featuriser_meta(), dtype=np.int64))


def row_scores(model: Model, rows: Sequence[Row]) -> npt.NDArray[np.float64]:
    """Probability per row (max over its windows), computed with sklearn."""
    featurise(rows)
    out = np.empty(len(rows))
    for i, r in enumerate(rows):
        out[i] = 1.0 / (1.0 + np.exp(-float(np.max(model.window_logits(r.windows)))))
    return out


def grouped_split(rows: Sequence[Row], frac: float = 0.2, seed: int = SEED
                  ) -> tuple[list[Row], list[Row]]:
    groups = sorted({r.group for r in rows})
    rng = np.random.default_rng(seed)
    test = set(rng.choice(groups, size=int(len(groups) * frac), replace=False).tolist())
    return ([r for r in rows if r.group not in test], [r for r in rows if r.group in test])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="report a grouped 80/20 hold-out")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--exclude-subset", action="append", default=[], metavar="PREFIX",
                    help="leave out subsets whose name starts with PREFIX (repeatable), e.g. "
                         "to train without the CC-BY-SA sources")
    args = ap.parse_args(argv)
    if not DATA.is_dir():
        print(f"training data not found at {DATA}", file=sys.stderr)
        return 2
    rows = [r for r in load_rows()
            if not any(r.subset.startswith(prefix) for prefix in args.exclude_subset)]
    t0 = time.perf_counter()
    featurise(rows)
    print(f"{len(rows)} rows featurised in {time.perf_counter() - t0:.1f}s")
    if args.check:
        train, test = grouped_split(rows)
        m = fit(train)
        p = row_scores(m, test)
        y = np.array([r.label for r in test])
        for th in (0.5, 0.7, 0.9):
            pred = p >= th
            tp = int((pred & (y == 1)).sum())
            fp = int((pred & (y == 0)).sum())
            fn = int((~pred & (y == 1)).sum())
            f1 = 2 * tp / max(1, 2 * tp + fp + fn)
            print(f"hold-out th={th}: F1={f1:.3f} FPR={fp / max(1, (y == 0).sum()):.3f} "
                  f"recall={tp / max(1, (y == 1).sum()):.3f}")
    t0 = time.perf_counter()
    model = fit(rows)
    save(model, args.out)
    print(f"trained on {len(rows)} rows in {time.perf_counter() - t0:.1f}s -> {args.out} "
          f"({args.out.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
