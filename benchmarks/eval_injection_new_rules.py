"""The ninth and tenth sessions' injection rules on benign text: which rows they fire on, and
which attack rows of the shared data they newly catch.

The rule ids are those of ``rules_roleplay``, ``rules_authority``, ``rules_i18n_system``,
``rules_i18n_authority`` and the four note-to-the-AI-reader ids of ``rules_indirect`` (50
ids, ninth session), and the tenth session's (``rules.S10_SPECS``: own words and more, resets,
fiction and pleas, authority worded otherwise). ``--session 10`` scans the tenth session's ids
only. Every text is scanned with ``rules.scan`` and no wall-clock cut-off (``budget_s=60``),
so a loaded machine changes no figure. Benign sources:

- the shared data's label-0 rows (``../shared/evaldata/prompt_injection/*.jsonl``);
- the standard library's docstrings (``eval_injection_external.stdlib_docstrings``);
- the benign rows of the three blind sets (``tests/fixtures/injection_blind_v*.json``).

For each it prints how many texts a new id fires on (any severity) and every such hit; for
the shared data's attack rows, per subset, how many no older medium/high rule caught and a new
medium/high rule does (a design-side figure: the rules were checked against these rows,
though none was written from them).

Run:  ``.venv/bin/python benchmarks/eval_injection_new_rules.py``  (about a minute)
      (writes ``benchmarks/results/eval_injection_new_rules.json``; with ``--session 10``,
      ``eval_injection_new_rules_s10.json``)
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from guardwire.guards.injection.normalise_view import normalised_view
from guardwire.guards.injection.rules import S10_SPECS, scan
from guardwire.guards.injection.rules_authority import AUTHORITY_SPECS
from guardwire.guards.injection.rules_i18n_authority import AUTHORITY_I18N_SPECS
from guardwire.guards.injection.rules_i18n_system import SYSTEM_I18N_SPECS
from guardwire.guards.injection.rules_roleplay import ROLEPLAY_SPECS

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from eval_injection_external import stdlib_docstrings  # noqa: E402

DATA = ROOT.parent / "shared" / "evaldata" / "prompt_injection"
BLIND = sorted((ROOT / "tests" / "fixtures").glob("injection_blind_v*.json"))
RESULTS = ROOT / "benchmarks" / "results" / "eval_injection_new_rules.json"
S10_IDS = frozenset(spec[0] for spec in S10_SPECS)
NEW_IDS = frozenset(
    {spec[0] for spec in (*ROLEPLAY_SPECS, *AUTHORITY_SPECS, *SYSTEM_I18N_SPECS,
                          *AUTHORITY_I18N_SPECS)}
    | {"indirect.order_to_ai_reader", "indirect.ai_reader_must", "indirect.ai_reader_when",
       "indirect.note_to_ai_reader"}) | S10_IDS


def new_hits(text: str, ids: frozenset[str] | None = None
             ) -> tuple[list[tuple[str, str]], bool, bool]:
    """(new ids' hits as (id, snippet), an older medium/high hit, a new medium/high hit);
    ``ids``: the new ids (default: this script's, :data:`NEW_IDS`)."""
    new_ids = NEW_IDS if ids is None else ids
    found = scan(text, normalised_view(text), budget_s=60.0).hits
    new = [(h.rule_id, h.snippet) for h in found if h.rule_id in new_ids]
    old_mh = any(h.severity != "low" and h.rule_id not in new_ids for h in found)
    new_mh = any(h.severity != "low" and h.rule_id in new_ids for h in found)
    return new, old_mh, new_mh


def benign_part(name: str, texts: list[str],
                ids: frozenset[str] | None = None) -> dict[str, Any]:
    hits = []
    for text in texts:
        new, _, _ = new_hits(text, ids)
        if new:
            hits.append({"text": text[:200], "hits": new})
    print(f"{name:<34} {len(texts):>7} texts   new ids fire on {len(hits)}")
    for h in hits:
        print(f"    {h['hits']}  {h['text']!r}")
    return {"texts": len(texts), "fired": len(hits), "hits": hits}


def main() -> int:
    global NEW_IDS, RESULTS
    if sys.argv[1:] == ["--session", "10"]:
        NEW_IDS, RESULTS = S10_IDS, RESULTS.with_name("eval_injection_new_rules_s10.json")
    elif sys.argv[1:]:
        print("usage: eval_injection_new_rules.py [--session 10]", file=sys.stderr)
        return 2
    rows = [json.loads(line) for f in sorted(DATA.glob("*.jsonl"))
            for line in f.open(encoding="utf-8")]
    if not rows:
        print(f"no data at {DATA}", file=sys.stderr)
        return 2
    print(f"{len(NEW_IDS)} new rule ids\n")
    out: dict[str, Any] = {"rule_ids": len(NEW_IDS), "benign": {}}
    out["benign"]["evaldata_label_0"] = benign_part(
        "shared data, label 0", [r["text"] for r in rows if r["label"] == 0])
    out["benign"]["stdlib_docstrings"] = benign_part(
        "stdlib docstrings", [d for _, d in stdlib_docstrings()])
    for path in BLIND:
        blind = json.loads(path.read_text(encoding="utf-8"))
        out["benign"][path.stem] = benign_part(
            f"{path.stem}, benign", [r["text"] for r in blind if r["label"] == "benign"])
    total: Counter[str] = Counter()
    newly: Counter[str] = Counter()
    for r in rows:
        if r["label"] != 1:
            continue
        _, old_mh, new_mh = new_hits(r["text"])
        total[r["subset"]] += 1
        newly[r["subset"]] += new_mh and not old_mh
    print("\nattack rows newly caught by a new medium/high rule (no older one fired):")
    for subset in sorted(total):
        if newly[subset]:
            print(f"  {subset:<40} {newly[subset]} of {total[subset]}")
    out["attack_rows_newly_caught"] = {s: [newly[s], total[s]] for s in sorted(total)}
    RESULTS.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
