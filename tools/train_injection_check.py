"""``train_injection.py --check``: a grouped 80/20 hold-out report (kept apart so the trainer
stays short). Rows are split by their ``group`` (never by row), with a fixed seed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt


def grouped_split(rows: Sequence[Any], frac: float = 0.2, seed: int = 0
                  ) -> tuple[list[Any], list[Any]]:
    """Rows whose group is among a random ``frac`` of the groups form the test part."""
    groups = sorted({r.group for r in rows})
    test = set(np.random.default_rng(seed).choice(groups, size=int(len(groups) * frac),
                                                   replace=False).tolist())
    return ([r for r in rows if r.group not in test], [r for r in rows if r.group in test])


def holdout_report(rows: Sequence[Any], fit: Callable[[list[Any]], Any],
                   row_scores: Callable[[Any, Sequence[Any]], npt.NDArray[np.float64]],
                   seed: int) -> None:
    """Fit on the training groups, print F1 / FPR / recall on the held-out groups."""
    train, test = grouped_split(rows, seed=seed)
    p = row_scores(fit(train), test)
    y = np.array([r.label for r in test])
    for th in (0.5, 0.7, 0.9):
        pred = p >= th
        tp, fp = int((pred & (y == 1)).sum()), int((pred & (y == 0)).sum())
        f1 = 2 * tp / max(1, tp + fp + int((y == 1).sum()))
        print(f"hold-out th={th}: F1={f1:.3f} FPR={fp / max(1, (y == 0).sum()):.3f} "
              f"recall={tp / max(1, (y == 1).sum()):.3f}")
