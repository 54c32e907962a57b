"""The joined-pieces reading (``encoded.split_join_instruction``, sixteenth session) on real
text: how often a text has quoted pieces it asks to be joined at all, and how often the joined
text fires a rule, on benign corpora (false positives) and on the shared attack rows.

Corpora: the shared data's rows (``../shared/evaldata/prompt_injection/*.jsonl``, label 0 and
label 1 apart) and the standard library's docstrings (``eval_injection_external``). Each text
is scanned with ``rules.scan`` and no wall-clock cut-off, so a loaded machine changes no figure.

Run:  ``.venv/bin/python benchmarks/eval_injection_split_join.py``  (a few minutes)
      (writes ``benchmarks/results/eval_injection_split_join.json``)
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import Any

from guardwire.guards.injection.normalise_view import normalised_view
from guardwire.guards.injection.rules import scan
from guardwire.guards.injection.split_payload import joined_payloads

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from eval_injection_external import stdlib_docstrings  # noqa: E402

DATA = ROOT.parent / "shared" / "evaldata" / "prompt_injection"
RESULTS = ROOT / "benchmarks" / "results" / "eval_injection_split_join.json"
SPLIT_ID = "encoded.split_join_instruction"


def part(name: str, texts: list[str]) -> dict[str, Any]:
    """Texts with joined pieces, texts the split id fires on, and of those how many no other
    rule caught (the reading's own catches)."""
    with_pieces = fired = alone = 0
    for text in texts:
        if not joined_payloads(text):
            continue
        with_pieces += 1
        ids = {h.rule_id for h in scan(text, normalised_view(text), budget_s=math.inf,
                                       timeout_s=10.0).hits if h.severity != "low"}
        if SPLIT_ID in ids:
            fired += 1
            alone += ids == {SPLIT_ID}
    row = {"texts": len(texts), "with_joined_pieces": with_pieces, "split_id_fires": fired,
           "split_id_alone": alone}
    print(f"{name:<28} {len(texts):>7} {with_pieces:>12} {fired:>10} {alone:>8}")
    return row


def main() -> int:
    rows: dict[int, list[str]] = {0: [], 1: []}
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").split("\n"):
            if line.strip():
                r = json.loads(line)
                rows[int(r["label"])].append(str(r["text"]))
    print(f"{'corpus':<28} {'texts':>7} {'with pieces':>12} {'id fires':>10} {'alone':>8}")
    out = {"shared_label_0": part("shared data, label 0", rows[0]),
           "shared_label_1": part("shared data, label 1", rows[1]),
           "stdlib_docstrings": part("stdlib docstrings", [d for _, d in stdlib_docstrings()])}
    RESULTS.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
