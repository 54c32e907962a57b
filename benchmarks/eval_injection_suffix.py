"""Adversarial-suffix detectors (GCG/DSN style), measured and NOT shipped.

JailbreakBench's GCG and DSN rows are a harmful request followed by an optimised token soup
(``... Herezak({[HTMLsvg readers | Sure] Sure,].[ githubrelative{[paper draft={cdnjs``).
Held out, the shipped guard catches about 1% of them. Two training-free or benign-only
detectors were tried, the ones a perplexity filter paper would suggest:

1. ``char_lm``: a character-class trigram model (interpolated, Witten-Bell weights) trained
   on benign rows only; the score is the highest mean surprisal (nats per character) over
   40-character windows that are mostly ASCII. Benign rows are scored by a model trained
   without their own source (leave-one-source-out); attack rows by a model trained on every
   benign row (no JailbreakBench row is ever used for training: the set has no benign rows).
2. ``shape``: no training. A line flags when a 12-token window holds >= 40% "junk" tokens
   (symbols inside a word, camel humps), >= 6 distinct symbols, >= 2 unbalanced brackets, and
   the line has >= 5 plain lower-case words (a prose request in front of the soup).

Result (see docs/guards/injection_notes.md): neither separates GCG/DSN from ordinary benign text
with code, e-mail headers or tables in it, so nothing is shipped. Run:

    .venv/bin/python benchmarks/eval_injection_suffix.py

Table on stdout, JSON in benchmarks/results/eval_injection_suffix.json.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "evaldata" / "prompt_injection"
OUT = REPO / "benchmarks" / "results" / "eval_injection_suffix.json"
NC = 100  # character classes: newline, space, digit, 94 printable ASCII, non-ASCII
WINDOW = 40
FAMILIES = ("xquad", "p3_", "injecguard_valid", "jailbreakbench", "agentdojo", "garak",
            "promptinject", "selfinstruct")


def load_rows() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for name in ("prompt_injection.jsonl", "extra_train.jsonl"):
        with open(DATA / name, encoding="utf-8") as fh:
            rows.extend(json.loads(line) for line in fh if line.strip())
    return rows


def family(subset: str) -> str:
    return next((f for f in FAMILIES if subset.startswith(f)), subset)


def _cls(ch: str) -> int:
    o = ord(ch)
    if ch == "\n":
        return 1
    if ch.isspace():
        return 2
    if ch.isdigit():
        return 3
    return o - 29 if 33 <= o < 127 else NC - 2


def _enc(text: str) -> npt.NDArray[np.int64]:
    return np.fromiter((_cls(c) for c in "  " + text), dtype=np.int64, count=len(text) + 2)


def train_lm(texts: list[str]) -> npt.NDArray[np.float64]:
    """Surprisal table ``-log p(c3 | c1 c2)``, trigram interpolated down to add-one unigrams."""
    tri = np.zeros((NC, NC, NC))
    for t in texts:
        a = _enc(t)
        np.add.at(tri, (a[:-2], a[1:-1], a[2:]), 1)
    bi = tri.sum(0)
    uni = bi.sum(0)
    p1 = (uni + 1) / (uni.sum() + NC)
    n2, t2 = bi.sum(1, keepdims=True), (bi > 0).sum(1, keepdims=True)
    l2 = n2 / (n2 + t2 + 1e-9)
    p2 = l2 * bi / np.maximum(n2, 1) + (1 - l2) * p1[None, :]
    n3, t3 = tri.sum(2, keepdims=True), (tri > 0).sum(2, keepdims=True)
    l3 = n3 / (n3 + t3 + 1e-9)
    return np.asarray(-np.log(l3 * tri / np.maximum(n3, 1) + (1 - l3) * p2[None, :, :]))


def lm_score(table: npt.NDArray[np.float64], text: str) -> float:
    a = _enc(text)
    nll = table[a[:-2], a[1:-1], a[2:]]
    if len(nll) == 0:
        return 0.0
    w = min(WINDOW, len(nll))
    cs = np.concatenate([[0.0], np.cumsum(nll)])
    cn = np.concatenate([[0], np.cumsum(a[2:] == NC - 2)])
    i = np.arange(len(nll) - w + 1)
    means = ((cs[i + w] - cs[i]) / w)[(cn[i + w] - cn[i]) / w < 0.2]
    return float(means.max()) if len(means) else 0.0


_SYM = frozenset('[]{}()<>`$\\|~^#@%=*+;"_/')
_PAIRS = {"(": ")", "[": "]", "{": "}"}
_HUMP = re.compile(r"[a-z]{2,}[A-Z][a-z]")


def _junk(tok: str) -> bool:
    core = tok.lstrip("(\"'[{<*_`").rstrip(".,;:!?)\"'\\]}>*_`")
    if not core:
        return len(tok) >= 2 and any(c in _SYM for c in tok)
    return any(c in _SYM for c in core) or bool(_HUMP.search(core))


def _unbalanced(s: str) -> int:
    stack: list[str] = []
    bad = 0
    for c in s:
        if c in _PAIRS:
            stack.append(_PAIRS[c])
        elif c in ")]}":
            if stack and stack[-1] == c:
                stack.pop()
            else:
                bad += 1
    return bad + len(stack)


def shape_flag(text: str, width: int = 12) -> bool:
    for line in text.split("\n"):
        toks = line.split()
        if len(toks) < 6 or sum(t.isalpha() and t.islower() for t in toks) < 5:
            continue
        for i in range(max(1, len(toks) - width + 1)):
            w = toks[i:i + width]
            if (sum(map(_junk, w)) / len(w) >= 0.4
                    and len({c for t in w for c in t if c in _SYM}) >= 6
                    and _unbalanced(" ".join(w)) >= 2):
                return True
    return False


def main() -> int:
    rows = load_rows()
    benign = [r for r in rows if r["label"] == 0]
    lm: dict[tuple[str, int], list[float]] = defaultdict(list)
    for fam in sorted({family(r["subset"]) for r in benign}):
        table = train_lm([r["text"] for r in benign if family(r["subset"]) != fam])
        for r in benign:
            if family(r["subset"]) == fam:
                lm[fam, 0].append(lm_score(table, r["text"]))
    table = train_lm([r["text"] for r in benign])
    shape: dict[tuple[str, int], list[bool]] = defaultdict(list)
    for r in rows:
        key = (family(r["subset"]), 0) if r["label"] == 0 else (r["subset"], 1)
        if r["label"] == 1:
            lm[key].append(lm_score(table, r["text"]))
        shape[key].append(shape_flag(r["text"]))
    # char_lm threshold: the lowest one keeping the pooled held-out benign FPR at or below 1%
    pooled = np.sort(np.concatenate([v for k, v in lm.items() if k[1] == 0]))
    thr = float(pooled[int(np.ceil(0.99 * len(pooled))) - 1])
    report: dict[str, Any] = {"char_lm_threshold_fpr_1pct": round(thr, 3), "subsets": {}}
    print(f"char_lm threshold for pooled held-out benign FPR <= 1%: {thr:.2f} nats/char\n")
    print(f"{'subset':34s} {'label':>5s} {'n':>5s} {'lm p50':>7s} {'lm p90':>7s} "
          f"{'lm flag':>8s} {'shape flag':>10s}")
    for key in sorted(lm):
        v = np.asarray(lm[key])
        flagged = float((v > thr).mean())
        sh = float(np.mean(shape[key]))
        report["subsets"][f"{key[0]}:{key[1]}"] = {"label": key[1], "n": len(v),
                                  "lm_p50": round(float(np.median(v)), 3),
                                  "lm_p90": round(float(np.quantile(v, 0.9)), 3),
                                  "lm_flag_rate": round(flagged, 4),
                                  "shape_flag_rate": round(sh, 4)}
        if flagged or sh or key[0].startswith("jailbreakbench"):
            print(f"{key[0]:34s} {key[1]:5d} {len(v):5d} {np.median(v):7.2f} "
                  f"{np.quantile(v, 0.9):7.2f} {flagged:8.3f} {sh:10.3f}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(f"\n(rows with no flag from either detector are in the JSON only) -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
