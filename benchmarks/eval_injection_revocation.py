"""A user taking back their own words (``revocation``): what the exception changes, off vs on.

    .venv/bin/python benchmarks/eval_injection_revocation.py

In one run, with the exception switched off (``scan(..., revocation=False)`` and the benign
reading's ``revocation_reading`` returning ``None``) and on:

1. ``rules``: every row of ../shared/evaldata/prompt_injection/*.jsonl through the rules alone.
   (scan budget 1 s, so a rule cut off on a busy machine is no difference). Label-1 rows
   that lose their only decisive (medium/high) rule are listed (must be ~0), and
   the label-0 rows with a decisive rule are counted on each side.
2. ``guard``: the shipped guard (threshold 0.8) on the rows where the exception can change
   anything at all (a revocation object in the view, or a revocation clause to take out:
   ``revocation_mask`` / ``revocation_reading`` is not ``None``); blocks per label, off and on.
   The classifier saw these rows in training: the guard's figures are in-sample.
3. ``probes``: the 100 KB adversarial probes of eval_injection.py through view + rules, p50 of
   5 runs each side (ratios in one run; the machine is shared and noisy).

Table on stdout, JSON in benchmarks/results/eval_injection_revocation.json.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import guardwire.guards.injection.benign as benign_mod
from guardwire.guards.injection import InjectionGuard, normalised_view
from guardwire.guards.injection.revocation import revocation_mask, revocation_reading
from guardwire.guards.injection.rules import SEVERITY_SCORE, scan

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "evaldata" / "prompt_injection"
RESULTS = REPO / "benchmarks" / "results" / "eval_injection_revocation.json"
PROBES = {
    "a_run": "a" * 100_000,
    "trigger_words": ("ignore previous do not send all print your " * 2500)[:100_000],
    "markdown_images": ("![x](http://a/" + "?" * 40 + "{" * 10 + ") " * 2) * 1600,
    "spaced_letters": ("a b " * 25_000)[:100_000],
    "base64_blob": ("QUJD" * 25_000)[:100_000],
    "tags_and_brackets": ("<system>[system](#x)<|im_start|>--- end " * 2500)[:100_000],
    "leet_digits": ("1a3b5c7d0e " * 10_000)[:100_000],
    # the exception's own words, repeated to 100 KB (a longer view is never masked)
    "revocations": ("Forget what I said before about the word count, ignore my previous "
                    "message. " * 1300)[:100_000],
}


def load() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in sorted(DATA.glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            rows += [json.loads(line) | {"file": path.name} for line in f if line.strip()]
    return rows


@contextmanager
def benign_reading_off() -> Iterator[None]:
    saved = benign_mod.revocation_reading
    benign_mod.revocation_reading = lambda view, timeout_s: None
    try:
        yield
    finally:
        benign_mod.revocation_reading = saved


def decisive(text: str, view: str, on: bool, revoked: dict[int, int] | None = None,
             label: int = 0) -> list[str]:
    # a generous budget: a rule cut off on the shared machine is no effect of the switch
    found = scan(text, view, budget_s=1.0, revocation=on)
    if revoked is not None and found.revoked:
        revoked[label] += 1
    return [h.rule_id for h in found.hits if SEVERITY_SCORE[h.severity] >= SEVERITY_SCORE["medium"]]


def p50_ms(fn: Callable[[], object], n: int = 5) -> float:
    fn()
    ts = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        ts.append((time.perf_counter() - t0) * 1000)
    return statistics.median(ts)


def main() -> int:
    rows = load()
    lost: list[dict[str, Any]] = []
    neg = {"off": 0, "on": 0}
    pos = {"off": 0, "on": 0}
    applies: list[tuple[dict[str, Any], str]] = []
    revoked = {0: 0, 1: 0}  # rows with an override hit dropped, per label
    for row in rows:
        text = row["text"]
        view = normalised_view(text)
        off = decisive(text, view, False)
        on = decisive(text, view, True, revoked, int(row["label"]))
        side = pos if row["label"] == 1 else neg
        side["off"] += bool(off)
        side["on"] += bool(on)
        if row["label"] == 1 and off and not on:
            lost.append({"file": row["file"], "subset": row.get("subset"), "text": text[:300],
                         "rules_off": off})
        if revocation_mask(view, 0.05) is not None or revocation_reading(view, 0.05) is not None:
            applies.append((row, view))
    guard = InjectionGuard()
    blocks: dict[str, dict[int, int]] = {"off": {0: 0, 1: 0}, "on": {0: 0, 1: 0}}
    changed: list[dict[str, Any]] = []
    for row, _view in applies:
        label = int(row["label"])
        a_on = guard.assess(row["text"])
        off_block = _off_score(guard, row["text"]) >= guard.threshold
        on_block = a_on.score >= guard.threshold
        blocks["off"][label] += off_block
        blocks["on"][label] += on_block
        if off_block != on_block:
            changed.append({"label": label, "subset": row.get("subset"), "text": row["text"][:300],
                            "off": off_block, "on": on_block, "score_on": round(a_on.score, 3)})
    probes: dict[str, Any] = {}
    for name, text in PROBES.items():
        off_ms = p50_ms(lambda t=text: scan(t, normalised_view(t), revocation=False))
        on_ms = p50_ms(lambda t=text: scan(t, normalised_view(t)))
        probes[name] = {"off_ms": round(off_ms, 2), "on_ms": round(on_ms, 2),
                        "on_vs_off": round(on_ms / off_ms, 2)}
    result = {
        "rows": len(rows),
        "rules": {"label1_decisive_off": pos["off"], "label1_decisive_on": pos["on"],
                  "label0_decisive_off": neg["off"], "label0_decisive_on": neg["on"],
                  "rows_with_a_hit_dropped": revoked,
                  "label1_lost_only_decisive_rule": lost},
        "guard": {"rows_where_exception_applies": len(applies), "blocks": blocks,
                  "changed": changed},
        "probes_100kb": probes,
    }
    RESULTS.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"rows {len(rows)}; rules alone, decisive: label 1 {pos['off']} -> {pos['on']}, "
          f"label 0 {neg['off']} -> {neg['on']}; label-1 rows losing their only decisive "
          f"rule: {len(lost)}; rows with an override hit dropped (label 0/1): "
          f"{revoked[0]}/{revoked[1]}")
    for r in lost:
        print("  LOST", r["subset"], r["rules_off"], repr(r["text"][:160]))
    print(f"guard on the {len(applies)} rows where the exception applies: blocks off "
          f"{blocks['off']} on {blocks['on']}")
    for c in changed:
        print("  CHANGED", c["label"], c["subset"], c["off"], "->", c["on"], repr(c["text"][:160]))
    print("100 KB probes (view + rules, p50 ms): off / on / ratio")
    for name, v in probes.items():
        print(f"  {name:18} {v['off_ms']:9.2f} {v['on_ms']:9.2f} {v['on_vs_off']:6.2f}")
    return 0


def _off_score(guard: InjectionGuard, text: str) -> float:
    """The guard's score with the exception off on both sides (rules and benign reading)."""
    import guardwire.guards.injection as inj
    import guardwire.guards.injection.mentions as men

    saved = inj.scan

    def scan_off(*args: Any, **kwargs: Any) -> Any:
        return saved(*args, **{**kwargs, "revocation": False})

    inj.scan = men.scan = scan_off  # type: ignore[assignment]
    try:
        with benign_reading_off():
            return guard.assess(text).score
    finally:
        inj.scan = men.scan = saved  # type: ignore[assignment]


if __name__ == "__main__":
    raise SystemExit(main())
