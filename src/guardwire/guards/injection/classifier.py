"""The shipped injection classifier: hashed character n-grams, TF-IDF, logistic regression.

Training (``tools/train_injection.py``) uses scikit-learn; at run time scoring is pure numpy
over ``models/injection_clf.npz`` (no pickle, loaded once, lazily, under a lock).

Features are computed identically at training and run time by :func:`window_features`:
character n-grams of the normalised view, hashed with a fixed 64-bit multiplicative hash into
``2**bits`` buckets. Each window gets sublinear TF (``1 + log(count)``) times IDF, L2-normalised,
so a window's score does not grow with its length; the norm has a floor (``norm_floor``), so
a very short text, which has too few n-grams to be sure about, scores closer to the prior
instead of being judged on a handful of n-grams. Texts longer than one window are scored as
overlapping windows and the text's score is the maximum, so an instruction hidden in a long
benign document is scored on its own neighbourhood rather than diluted by the rest.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from importlib import resources

import numpy as np
import numpy.typing as npt

WINDOW = 768
STRIDE = 384
ORDERS = (2, 3, 4, 5)
BITS = 18
_MULT = np.uint64(0x9E3779B97F4A7C15)
_MIX = np.uint64(0xFF51AFD7ED558CCD)
_S33 = np.uint64(33)
_SHIFT = np.uint64(64 - BITS)
MAX_WINDOWS = 64  # longer texts: windows are spread evenly over the text

Features = tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]


def _bucket_arrays(view: str) -> list[npt.NDArray[np.uint64]]:
    """One array per n-gram order: the bucket of the n-gram starting at each position."""
    codes = np.frombuffer(view.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    out: list[npt.NDArray[np.uint64]] = []
    with np.errstate(over="ignore"):
        for n in ORDERS:
            count = codes.size - n + 1
            if count <= 0:
                out.append(np.empty(0, dtype=np.uint64))
                continue
            h = np.full(count, np.uint64(n), dtype=np.uint64)
            for k in range(n):
                h = (h ^ codes[k:k + count]) * _MULT
            h ^= h >> _S33
            h *= _MIX
            h ^= h >> _S33
            out.append(h >> _SHIFT)
    return out


def window_starts(length: int) -> list[int]:
    """Start offsets of the scoring windows of a text of ``length`` characters."""
    if length <= WINDOW:
        return [0]
    last = length - WINDOW
    starts = [*range(0, last, STRIDE), last]
    if len(starts) > MAX_WINDOWS:
        picks = np.linspace(0, len(starts) - 1, MAX_WINDOWS).round().astype(int)
        starts = [starts[i] for i in picks]
    return starts


def window_features(view: str, starts: list[int] | None = None) -> list[Features]:
    """Sparse (bucket ids, raw counts) of each window of ``view``."""
    buckets = _bucket_arrays(view)
    if starts is None:
        starts = window_starts(len(view))
    feats: list[Features] = []
    for s in starts:
        e = s + WINDOW
        parts = [b[s:max(s, e - n + 1)] for b, n in zip(buckets, ORDERS, strict=True)]
        ids, counts = np.unique(np.concatenate(parts), return_counts=True)
        feats.append((ids.astype(np.int64), counts.astype(np.float64)))
    return feats


@dataclass(frozen=True, slots=True)
class ClassifierWeights:
    coef: npt.NDArray[np.float32]
    idf: npt.NDArray[np.float32]
    intercept: float
    norm_floor: float = 0.0

    def window_logit(self, ids: npt.NDArray[np.int64], counts: npt.NDArray[np.float64]) -> float:
        if ids.size == 0:
            return self.intercept
        tfidf = (1.0 + np.log(counts)) * self.idf[ids]
        norm = max(float(np.sqrt(np.dot(tfidf, tfidf))), self.norm_floor)
        return float(np.dot(self.coef[ids], tfidf)) / norm + self.intercept

    def logits(self, view: str) -> list[float]:
        return [self.window_logit(i, c) for i, c in window_features(view)]

    def score(self, view: str) -> tuple[float, int]:
        """Probability of injection (max over windows) and the index of the worst window."""
        lg = self.logits(view)
        best = int(np.argmax(lg))
        return float(1.0 / (1.0 + np.exp(-lg[best]))), best


def featuriser_meta() -> list[int]:
    """The featuriser settings stored with the weights (checked on load)."""
    return [BITS, WINDOW, STRIDE, *ORDERS]


_LOCK = threading.Lock()
_CACHE: dict[str, ClassifierWeights] = {}
WEIGHTS_FILE = "injection_clf.npz"


def load_weights(path: str | None = None) -> ClassifierWeights:
    """Load (once per process, thread-safe) the shipped weights or those at ``path``."""
    key = path or WEIGHTS_FILE
    w = _CACHE.get(key)
    if w is not None:
        return w
    with _LOCK:
        w = _CACHE.get(key)
        if w is None:
            if path is None:
                ref = resources.files("guardwire.models").joinpath(WEIGHTS_FILE)
                with ref.open("rb") as fh:
                    w = _from_npz(fh)
            else:
                with open(path, "rb") as fh:
                    w = _from_npz(fh)
            _CACHE[key] = w
    return w


def _from_npz(fh: object) -> ClassifierWeights:
    with np.load(fh, allow_pickle=False) as z:  # type: ignore[arg-type]
        if [int(x) for x in z["meta"]] != featuriser_meta():
            raise ValueError("injection classifier weights do not match this featuriser")
        coef = z["coef"].astype(np.float32)
        idf = z["idf"].astype(np.float32)
        intercept = float(z["intercept"][0])
        floor = float(z["norm_floor"][0])
    return ClassifierWeights(coef=coef, idf=idf, intercept=intercept, norm_floor=floor)
