"""Recall and precision of the ``pii`` guard per entity type, pattern-only vs NER.

Data: ``../shared/evaldata/pii/presidio_synth_dataset_v2.jsonl`` (presidio-research synthetic
sentences, MIT). Spans are what the guard would replace: Presidio detections at the guard's
thresholds after its overlap resolution (``spans.resolve_overlaps``).

Span matching rule: a predicted span matches a gold span when both have the same type and
their character overlap is at least half the longer of the two. ``exact`` counts identical
boundaries; ``covered`` counts gold spans that are at least half covered by a predicted span
of any type (what matters for privacy: the value did not reach the model).

Gold types are mapped to guard types: DOMAIN_NAME → URL, GPE → LOCATION; the others keep
their names.

Held-out templates: the data set was generated from templates, and some recognizers and
context rules were tuned by looking at misses. Rows are split by their ``template`` text
(:func:`held_out`: SHA-256 of the template, 3 buckets of 10 held out, about 30 % of the
templates); rules are only tuned on the other rows, and every number is also reported on the
held-out templates alone. The ``ner`` setup also counts its spans per type on the benign
prompts of ``../shared/evaldata/prompt_injection/prompt_injection.jsonl`` (no labels: new
PERSON spans there are names of public or fictional people or false positives). Run:
``.venv/bin/python benchmarks/eval_pii.py``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from guardwire.guards.pii import PIIRedactor
from guardwire.guards.pii.person import load_first_names
from guardwire.guards.pii.placeholders import LITERAL
from guardwire.guards.pii.spans import Span

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "evaldata" / "pii" / "presidio_synth_dataset_v2.jsonl"
OUT = ROOT / "benchmarks" / "results" / "eval_pii.json"
BENIGN = ROOT.parent / "shared" / "evaldata" / "prompt_injection" / "prompt_injection.jsonl"
GOAL_TYPES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "US_SSN")
TYPES = ("PERSON", *GOAL_TYPES, "URL", "LOCATION", "ORGANIZATION")
GOLD_MAP = {"DOMAIN_NAME": "URL", "GPE": "LOCATION"}
SETUPS = {
    "pattern-only": {"ner": "off"},  # the default entities without PERSON
    "ner": {"ner": "auto"},  # the default entities: PERSON is the only NER type
    "ner, first_names=off": {"ner": "auto", "first_names": "off"},  # without the names list
    "ner+location+organization": {"ner": "auto", "entities": [*TYPES]},
}


def held_out(template: str) -> bool:
    """Whether rows of this template belong to the held-out split (never used for tuning)."""
    return int(hashlib.sha256(template.encode("utf-8")).hexdigest(), 16) % 10 < 3


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _matches(p: tuple[int, int], g: tuple[int, int]) -> bool:
    return _overlap(p, g) * 2 >= max(p[1] - p[0], g[1] - g[0])


def evaluate(rows: list[dict[str, Any]], guard: PIIRedactor) -> dict[str, Any]:
    tp_gold: Counter[str] = Counter()
    exact: Counter[str] = Counter()
    covered: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    tp_pred: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    t0 = time.perf_counter()
    for row in rows:
        text = row["text"]
        spans: list[Span] = [s for s in guard.spans(text) if s.entity_type != LITERAL]
        gold = [(GOLD_MAP.get(g["type"], g["type"]), (g["start"], g["end"]))
                for g in row["spans"]]
        for gtype, g in gold:
            n_gold[gtype] += 1
            same = [(s.start, s.end) for s in spans if s.entity_type == gtype]
            if any(_matches(p, g) for p in same):
                tp_gold[gtype] += 1
            if g in same:
                exact[gtype] += 1
            if any(_overlap((s.start, s.end), g) * 2 >= g[1] - g[0] for s in spans):
                covered[gtype] += 1
        for s in spans:
            n_pred[s.entity_type] += 1
            if any(gt == s.entity_type and _matches((s.start, s.end), g) for gt, g in gold):
                tp_pred[s.entity_type] += 1
    seconds = time.perf_counter() - t0
    per_type = {}
    for t in sorted(set(n_gold) | set(n_pred)):
        per_type[t] = {
            "gold": n_gold[t], "predicted": n_pred[t],
            "recall": tp_gold[t] / n_gold[t] if n_gold[t] else None,
            "precision": tp_pred[t] / n_pred[t] if n_pred[t] else None,
            "exact_recall": exact[t] / n_gold[t] if n_gold[t] else None,
            "covered": covered[t] / n_gold[t] if n_gold[t] else None,
        }
    return {"per_type": per_type, "seconds": seconds, "texts": len(rows)}


def benign_spans(guard: PIIRedactor) -> dict[str, Any]:
    """Spans per type on the benign prompts of ``prompt_injection.jsonl`` (no PII labels: a
    PERSON span there is a public or fictional name or a false positive; a rise is what to
    look at)."""
    # "\n" only: a text may hold U+2028, which str.splitlines() also splits at
    rows = [json.loads(line) for line in BENIGN.read_text(encoding="utf-8").split("\n")
            if line.strip()]
    texts = [r["text"] for r in rows if r["label"] == 0]
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(s.entity_type for s in guard.spans(text) if s.entity_type != LITERAL)
    return {"texts": len(texts), "spans": dict(sorted(counts.items()))}


def _fmt(x: float | None) -> str:
    return "   -  " if x is None else f"{x:6.3f}"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--setup", choices=sorted(SETUPS), action="append",
                    help="run only these setups (the JSON is then not written)")
    args = ap.parse_args()
    if not DATA.exists():
        print(f"missing {DATA}", file=sys.stderr)
        return 1
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    report: dict[str, Any] = {
        "data": str(DATA.relative_to(ROOT.parent)),
        "rule": "same type and overlap >= 0.5 x longer span",
        "held_out": "templates with sha256(template) % 10 < 3 (never used for tuning)",
        "held_out_rows": sum(held_out(r["template"]) for r in rows),
        "setups": {}}
    for name, options in SETUPS.items():
        if args.setup and name not in args.setup:
            continue
        guard = PIIRedactor(**options)  # type: ignore[arg-type]
        guard.warm()
        res = evaluate(rows, guard)
        res["held_out"] = evaluate([r for r in rows if held_out(r["template"])], guard)
        res["model"] = guard.model
        res["first_names_list"] = bool(load_first_names(guard.first_names)) if guard.model \
            else None
        res["entities"] = list(guard.entities)
        if name == "ner" and BENIGN.exists():
            res["benign"] = benign_spans(guard)
        report["setups"][name] = res
        print(f"\n{name} (model={guard.model}, first-name list={res['first_names_list']}, "
              f"{res['texts']} texts, {res['seconds']:.1f} s)")
        print(f"{'type':<16}{'gold':>6}{'pred':>6}{'recall':>8}{'prec':>8}{'exact':>8}"
              f"{'covered':>9}   | held-out templates:{'gold':>5}{'recall':>8}{'prec':>8}")
        ho = res["held_out"]["per_type"]
        for t, m in res["per_type"].items():
            h = ho.get(t, {"gold": 0, "recall": None, "precision": None})
            print(f"{t:<16}{m['gold']:>6}{m['predicted']:>6}  {_fmt(m['recall'])}  "
                  f"{_fmt(m['precision'])}  {_fmt(m['exact_recall'])}   {_fmt(m['covered'])}"
                  f"   |{'':>19}{h['gold']:>5}  {_fmt(h['recall'])}  {_fmt(h['precision'])}")
        if "benign" in res:
            print(f"spans on the {res['benign']['texts']} benign prompts (no labels): "
                  + ", ".join(f"{t} {n}" for t, n in res["benign"]["spans"].items()))
    if args.setup:
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
