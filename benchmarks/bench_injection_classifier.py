"""The injection classifier's cost, old (``--base``, default ``811ea88``) vs this working tree,
in one run, alternating, and whether it scores the same.

    .venv/bin/python benchmarks/bench_injection_classifier.py           # timings, ~1 min
    .venv/bin/python benchmarks/bench_injection_classifier.py --diff    # + logit differential

The base's ``classifier.py`` and ``normalise_view.py`` are read with ``git show REV:path`` and
loaded as private modules (no worktree), so both versions run in this one process on the same
weights and texts. Texts: as ``eval_injection.py``'s ``latency()``: the first 50 benign rows of
the shared data (``prompt_injection.jsonl`` + ``extra_train.jsonl``) with at least 3,000
characters, cut to 300 / 1,000 / 3,000; and the 100 KB probes (``_injection_probes.py``). Each
text is timed old then new, then new then old on the next round (so a change in the machine's
load hits both); p50 / p95 in ms of ``score(normalised_view(text))`` (``view+score``, the
issue's figure) and of ``score(view)`` on a view made beforehand (``score``).

``--diff``: every row of both shared files, the 100 KB probes and a few edge texts: the base's
view must equal this tree's byte for byte, the window features must be identical, and the
largest |logit difference| over all windows is reported (must be <= 1e-9).
Writes ``benchmarks/results/bench_injection_classifier.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))
sys.path.insert(0, str(REPO / "benchmarks"))
import train_injection as train  # noqa: E402
from _injection_probes import PROBES_100KB  # noqa: E402

from guardwire.guards.injection import classifier as new_clf  # noqa: E402
from guardwire.guards.injection.normalise_view import normalised_view as new_view  # noqa: E402

OUT = REPO / "benchmarks" / "results" / "bench_injection_classifier.json"
PKG = "guardwire.guards.injection"
SRC = "src/guardwire/guards/injection"
EDGE = ["", "a", "ab", "abcde", "x" * 767, "x" * 768, "x" * 769, "😀a😀b" * 300, "a" * 40_000,
        "1gn0r3 a l l  p r e v i o u s" * 40, "\U000e0041\u200bÉtÉ ＡＢＣ" * 90]


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=REPO, check=True, capture_output=True,
                          text=True).stdout.strip()


def load_base(rev: str, name: str) -> types.ModuleType:
    """``SRC/name.py`` at ``rev`` as a module of the package (its relative imports work)."""
    mod = types.ModuleType(f"{PKG}._base_{name}")
    mod.__package__ = PKG
    sys.modules[mod.__name__] = mod  # dataclasses look their module up
    exec(compile(git("show", f"{rev}:{SRC}/{name}.py"), f"{rev}:{name}.py", "exec"),
         mod.__dict__)
    return mod


def timed(fn: Callable[[str], object], text: str) -> float:
    t0 = time.perf_counter()
    fn(text)
    return (time.perf_counter() - t0) * 1000


def alternate(fns: dict[str, Callable[[str], object]], texts: list[str], rounds: int
              ) -> dict[str, list[float]]:
    """ms per call of each fn, alternating which goes first on each text and round."""
    ts: dict[str, list[float]] = {k: [] for k in fns}
    names = list(fns)
    for fn in fns.values():
        fn(texts[0])  # warm
    for r in range(rounds):
        for i, text in enumerate(texts):
            for name in (names if (r + i) % 2 == 0 else names[::-1]):
                ts[name].append(timed(fns[name], text))
    return ts


def pcts(ms: list[float]) -> dict[str, float]:
    s = sorted(ms)
    return {"p50_ms": round(statistics.median(s), 4),
            "p95_ms": round(s[int(0.95 * (len(s) - 1))], 4)}


def timings(base_clf: Any, base_view: Callable[[str], str], rows: list[train.Row],
            rounds: int) -> dict[str, Any]:
    old_w, new_w = base_clf.load_weights(), new_clf.load_weights()
    benign = [r.text for r in rows if r.label == 0 and len(r.text) >= 3000][:50]
    sets = {f"{n}_chars": [t[:n] for t in benign] for n in (300, 1000, 3000)}
    sets["100kb_probes"] = [t[:100_000] for t in PROBES_100KB.values()]
    out: dict[str, Any] = {}
    for label, texts in sets.items():
        n = rounds if label != "100kb_probes" else max(2, rounds // 4)
        views = {t: new_view(t) for t in texts}
        full = alternate({"old": lambda t: old_w.score(base_view(t)),
                          "new": lambda t: new_w.score(new_view(t))}, texts, n)
        score = alternate({"old": lambda t, v=views: old_w.score(v[t]),
                           "new": lambda t, v=views: new_w.score(v[t])}, texts, n)
        view = alternate({"old": base_view, "new": new_view}, texts, n)
        row: dict[str, Any] = {"texts": len(texts), "calls_each": len(full["old"])}
        for what, ts in (("view+score", full), ("score", score), ("view", view)):
            old, new = pcts(ts["old"]), pcts(ts["new"])
            row[what] = {"old": old, "new": new,
                         "new_over_old_p50": round(new["p50_ms"] / old["p50_ms"], 3),
                         "new_over_old_p95": round(new["p95_ms"] / old["p95_ms"], 3)}
        out[label] = row
        print(f"{label:>13} " + "  ".join(
            f"{w}: {row[w]['old']['p50_ms']:.3f}->{row[w]['new']['p50_ms']:.3f} ms "
            f"(p95 {row[w]['old']['p95_ms']:.3f}->{row[w]['new']['p95_ms']:.3f}, "
            f"x{row[w]['new_over_old_p50']})" for w in ("view+score", "score", "view")),
            flush=True)
    return out


def differential(base_clf: Any, base_view: Callable[[str], str], rows: list[train.Row]
                 ) -> dict[str, Any]:
    old_w, new_w = base_clf.load_weights(), new_clf.load_weights()
    texts = [r.text for r in rows] + list(PROBES_100KB.values()) + EDGE
    worst, windows, view_diffs, feat_diffs, best_diffs = 0.0, 0, 0, 0, 0
    for text in texts:
        view = new_view(text)
        view_diffs += view != base_view(text)
        old_f, new_f = base_clf.window_features(view), new_clf.window_features(view)
        feat_diffs += len(old_f) != len(new_f) or any(
            not (np.array_equal(a, c) and np.array_equal(b, d) and a.dtype == c.dtype
                 and b.dtype == d.dtype) for (a, b), (c, d) in zip(old_f, new_f, strict=False))
        old_l, new_l = old_w.logits(view), new_w.logits(view)
        windows += len(new_l)
        worst = max(worst, *(abs(a - b) for a, b in zip(old_l, new_l, strict=True)))
        best_diffs += old_w.score(view)[1] != new_w.score(view)[1]
    return {"texts": len(texts), "windows": windows, "views_differing": int(view_diffs),
            "texts_with_different_features": int(feat_diffs),
            "texts_with_a_different_worst_window": int(best_diffs), "max_abs_logit_diff": worst}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base", default="811ea88")
    ap.add_argument("--rounds", type=int, default=8, help="passes over the 50 texts")
    ap.add_argument("--diff", action="store_true")
    args = ap.parse_args()
    base_view = load_base(args.base, "normalise_view").normalised_view
    base_clf = load_base(args.base, "classifier")
    rows = train.load_rows()
    result: dict[str, Any] = {"base": git("rev-parse", "--short", args.base),
                              "head": git("rev-parse", "--short", "HEAD"),
                              "tree_dirty": bool(git("status", "--porcelain", "--", SRC)),
                              "load_avg_before": [round(x, 2) for x in os.getloadavg()]}
    t0 = time.perf_counter()
    result["timings"] = timings(base_clf, base_view, rows, args.rounds)
    result["load_avg_after"] = [round(x, 2) for x in os.getloadavg()]
    if args.diff:
        print("differential ...", flush=True)
        result["differential"] = differential(base_clf, base_view, rows)
        print(json.dumps(result["differential"]))
    result["elapsed_s"] = round(time.perf_counter() - t0, 1)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(REPO)} (load {result['load_avg_before']} -> "
          f"{result['load_avg_after']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
