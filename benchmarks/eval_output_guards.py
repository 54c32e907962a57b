"""Accuracy and latency of the deterministic output guards (issue 6), in one report.

A thin runner: each guard family keeps its evaluation in its own module, which exposes
``run() -> dict`` (JSON-serialisable results) and optionally ``print_report(results)``:

- ``_eval_citations.py``: citations (per ``method``, ALCE + constructed negatives, lift
  rate with/without markers), the grounding threshold, and the latency of the citations,
  slots, footnotes and grounding guards on a ~1,500-character answer with 5 documents;
- ``_eval_time_phrases.py`` (when present): time-phrase span precision/recall and latency.

Run: ``.venv/bin/python benchmarks/eval_output_guards.py`` (``--only citations`` or
``--only time_phrases`` for one part). Writes ``benchmarks/results/eval_output_guards.json``.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results" / "eval_output_guards.json"
PARTS = {"citations": "_eval_citations", "time_phrases": "_eval_time_phrases",
         "pairs": "_eval_pairs"}


def _summary(results: dict[str, Any]) -> None:
    """Fallback printout for a part without ``print_report``: its scalar headline numbers."""
    for key, value in results.items():
        if isinstance(value, dict):
            flat = {k: v for k, v in value.items() if isinstance(v, int | float | str)}
            if flat:
                print(f"  {key}: {flat}")
        elif isinstance(value, int | float | str):
            print(f"  {key}: {value}")


def main(argv: list[str]) -> None:
    only = argv[argv.index("--only") + 1] if "--only" in argv else None
    sys.path.insert(0, str(HERE))
    report: dict[str, Any] = {}
    for part, module_name in PARTS.items():
        if only not in (None, part) or not (HERE / f"{module_name}.py").exists():
            continue
        module = importlib.import_module(module_name)
        print(f"== {part} ({module_name}.py)")
        results = module.run()
        printer = getattr(module, "print_report", None)
        if callable(printer):
            printer(results)
        else:
            _summary(results)
        report[part] = results
        print()
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    if only is not None and RESULTS.exists():  # one part re-run: keep the other parts' results
        report = {**json.loads(RESULTS.read_text(encoding="utf-8")), **report}
    RESULTS.write_text(json.dumps(report, indent=2, default=str) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main(sys.argv[1:])
