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

Every window is featurised and scored at once (seventeenth session): one hash pass over the
text for all orders, one sort of ``window << BITS | bucket`` keys for all windows, per-window
sums with ``np.add.reduceat``; the features and logits are those of the per-window definition
above (``tests/test_injection_s17_classifier.py`` checks them against a plain reference).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
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


# The vectorised featuriser's tables: row ``j`` of the hash array is order ``ORDERS[j]``.
_ORDER_COL = np.array(ORDERS, dtype=np.uint64)[:, None, None]
_FIRST_ROW = [next((j for j, n in enumerate(ORDERS) if n > k), len(ORDERS))
              for k in range(ORDERS[-1])]  # hash step k applies to rows _FIRST_ROW[k]:
_PAD = ORDERS[-1] - 1  # code points a row of hashes reads past its last position
_TAILS = [n - ORDERS[0] for n in ORDERS]  # positions at a row's end that are not n-grams
_WINDOW_BITS = np.arange(MAX_WINDOWS, dtype=np.uint32) << np.uint32(BITS)
_BUCKET_MASK = np.uint32(2 ** BITS - 1)
_NOT_A_KEY = np.uint32(0xFFFFFFFF)  # sorts after every key (MAX_WINDOWS << BITS < 2 ** 32)
# ``1 + log(count)`` by count (a bucket counts at most every n-gram of a window).
_SUBLINEAR_TF = np.concatenate(([0.0], 1.0 + np.log(np.arange(1, len(ORDERS) * WINDOW + 1,
                                                               dtype=np.float64))))
for _table in (_ORDER_COL, _WINDOW_BITS, _SUBLINEAR_TF):
    _table.flags.writeable = False


def _order_hashes(codes: npt.NDArray[np.uint64], size: int) -> npt.NDArray[np.uint32]:
    """The bucket of the n-gram of order ``ORDERS[j]`` starting at each of the first ``size``
    positions of each row of ``codes`` (code points, ``size + _PAD`` per row, zero-padded), as
    ``out[j, row, position]`` (a row's last ``ORDERS[j] - 2`` positions hold no n-gram of that
    order if the row ends there: :func:`_window_keys` drops them). All orders in one array, so
    each step of the hash is one numpy call for every order."""
    h = np.empty((len(ORDERS), codes.shape[0], size), dtype=np.uint64)
    with np.errstate(over="ignore"):
        np.bitwise_xor(_ORDER_COL, codes[:, :size], out=h)
        h *= _MULT
        for k in range(1, ORDERS[-1]):
            rows = h[_FIRST_ROW[k]:]  # the orders longer than k
            rows ^= codes[:, k:k + size]
            rows *= _MULT
        h ^= h >> _S33
        h *= _MIX
        h ^= h >> _S33
    buckets = np.empty(h.shape, dtype=np.uint32)
    np.right_shift(h, _SHIFT, out=buckets, casting="unsafe")  # < 2 ** BITS: fits
    return buckets


def _window_keys(view: str, starts: Sequence[int]) -> npt.NDArray[np.uint32]:
    """Sorted ``window << BITS | bucket`` of every n-gram of every window (one sort for all
    windows, instead of one ``np.unique`` per window)."""
    width = min(len(view), WINDOW) - 1  # n-grams of order 2 in a window
    codes = np.zeros(len(view) + _PAD - 1, dtype=np.uint64)
    codes[:len(view)] = np.frombuffer(view.encode("utf-32-le"), dtype=np.uint32)
    if len(starts) == 1 and len(view) <= WINDOW:
        keys = _order_hashes(codes[None], width)  # the one window holds the whole view
    elif len(starts) * WINDOW < len(view):  # windows spread over a long text: hash only them
        at = np.asarray(starts)[:, None] + np.arange(width + _PAD)
        keys = _order_hashes(codes[at], width)
        keys |= _WINDOW_BITS[:len(starts), None]
    else:  # overlapping windows: hash the text once
        h = _order_hashes(codes[None], len(view) - 1)[:, 0]
        keys = np.concatenate([h[:, None, s:s + width] for s in starts], axis=1)
        keys |= _WINDOW_BITS[:len(starts), None]
    for j, tail in enumerate(_TAILS):
        keys[j, :, max(0, width - tail):] = _NOT_A_KEY  # past the window's last n-gram
    flat = keys.reshape(-1)
    flat.sort()
    return flat[:len(starts) * sum(max(0, width - t) for t in _TAILS)]


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


def _sparse(view: str, starts: Sequence[int]
            ) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Bucket ids and counts of all windows, window after window (ids ascending within a
    window), and the offset of each window's first entry."""
    if not 1 <= len(starts) <= MAX_WINDOWS or not all(
            0 <= s <= max(0, len(view) - WINDOW) for s in starts):
        raise ValueError(f"window starts must be 1 to {MAX_WINDOWS} offsets in the text")
    if len(view) < ORDERS[0]:  # no n-gram at all
        none = np.zeros(0, dtype=np.intp)
        return none, none, np.zeros(len(starts), dtype=np.intp)
    keys = _window_keys(view, starts)
    n = keys.size
    edge = np.empty(n + 1, dtype=bool)  # where a run of equal keys starts (and the end)
    edge[0] = edge[n] = True
    np.not_equal(keys[1:], keys[:-1], out=edge[1:n])
    at = edge.nonzero()[0]
    counts = at[1:] - at[:-1]
    distinct = keys[at[:-1]]
    ids = np.bitwise_and(distinct, _BUCKET_MASK, dtype=np.intp)
    bounds = distinct.searchsorted(_WINDOW_BITS[:len(starts)])  # every window has n-grams
    return ids, counts, bounds


def window_features(view: str, starts: Sequence[int] | None = None) -> list[Features]:
    """Sparse (bucket ids, raw counts) of each window of ``view`` (ids ascending)."""
    if starts is None:
        starts = window_starts(len(view))
    ids, counts, bounds = _sparse(view, starts)
    return [(i.astype(np.int64), c.astype(np.float64))
            for i, c in zip(np.split(ids, bounds[1:]), np.split(counts, bounds[1:]), strict=True)]


@dataclass(frozen=True, slots=True)
class ClassifierWeights:
    coef: npt.NDArray[np.float32]
    idf: npt.NDArray[np.float32]
    intercept: float
    norm_floor: float = 0.0
    # ``coef + 1j * idf`` in float64, made once: the scorer gathers both of a bucket in one
    # read (one cache line, not two) and computes in float64 with no cast per call.
    pairs: npt.NDArray[np.complex128] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        pairs = np.empty(self.coef.shape, dtype=np.complex128)
        pairs.real = self.coef
        pairs.imag = self.idf
        pairs.flags.writeable = False
        object.__setattr__(self, "pairs", pairs)

    def window_logit(self, ids: npt.NDArray[np.int64], counts: npt.NDArray[np.float64]) -> float:
        if ids.size == 0:
            return self.intercept
        tfidf = (1.0 + np.log(counts)) * self.idf[ids]
        norm = max(float(np.sqrt(np.dot(tfidf, tfidf))), self.norm_floor)
        return float(np.dot(self.coef[ids], tfidf)) / norm + self.intercept

    def logits(self, view: str) -> list[float]:
        """The logit of each window: ``window_logit`` of each of ``window_features``, all
        windows at once (per-window sums with ``np.add.reduceat``)."""
        ids, counts, bounds = _sparse(view, window_starts(len(view)))
        if ids.size == 0:
            return [self.intercept]
        both = self.pairs[ids]
        tfidf = _SUBLINEAR_TF[counts] * both.imag
        coef = both.real
        if bounds.size == 1:
            norm = max(float(np.sqrt(np.dot(tfidf, tfidf))), self.norm_floor)
            return [float(np.dot(coef, tfidf)) / norm + self.intercept]
        norms = np.maximum(np.sqrt(np.add.reduceat(tfidf * tfidf, bounds)), self.norm_floor)
        dots = np.add.reduceat(coef * tfidf, bounds)
        out: list[float] = (dots / norms + self.intercept).tolist()
        return out

    def score(self, view: str) -> tuple[float, int]:
        """Probability of injection (max over windows) and the index of the worst window."""
        lg = self.logits(view)
        best = max(range(len(lg)), key=lg.__getitem__)
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
