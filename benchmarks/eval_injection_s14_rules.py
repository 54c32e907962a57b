"""The fourteenth session's injection rules (``rules_s14*``) on benign text, and each rule's
worst-case time on 100 KB of its own trigger words.

Benign sources (the blind sets are not read):

- the shared data's label-0 rows (``../shared/evaldata/prompt_injection/*.jsonl``), every rule
  and decoder, no wall-clock cut-off (``budget_s=60``), as the user's input; and the same rows
  read as retrieved text by the retrieved-only ``indirect.code_comment_agent_order``;
- the standard library's docstrings (``eval_injection_external.stdlib_docstrings``), both ways;
- this machine's gettext catalogs of the 8 languages of ``persona.unrestricted_answers_<lang>``
  and Chinese (``persona.developer_mode_zh_bare``), only the new rules, no decoders.

Timing: for each rule, a 100 KB text made of its own anchors and key words repeated (with a
space, a comma and a line break between), the rule alone, no budget (``budget_s=inf``), CPU
time of the best of 3 runs (``time.process_time``).

Run:  ``.venv/bin/python benchmarks/eval_injection_s14_rules.py [--no-gettext] [--no-time]``
      (writes ``benchmarks/results/eval_injection_s14_rules.json``)
"""

from __future__ import annotations

import json
import math
import sys
import time
from pathlib import Path
from typing import Any

from guardwire.guards.injection import retrieved
from guardwire.guards.injection.normalise_view import normalised_view
from guardwire.guards.injection.retrieved import RetrievedRule
from guardwire.guards.injection.rules import RULES, scan
from guardwire.guards.injection.rules_s14 import S14_SPECS
from guardwire.guards.injection.rules_s14_retrieved import S14_RETRIEVED

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from _injection_fuzz import locale_messages  # noqa: E402
from eval_injection_external import stdlib_docstrings  # noqa: E402

DATA = ROOT.parent / "shared" / "evaldata" / "prompt_injection"
RESULTS = ROOT / "benchmarks" / "results" / "eval_injection_s14_rules.json"
IDS = frozenset(spec[0] for spec in S14_SPECS)
NEW_RULES = tuple(r for r in RULES if r.id in IDS)
MINE = tuple(RetrievedRule(s.id, s.category, s.alternatives, s.words, severity=s.severity,
                           starts=s.starts, near=s.near, before=s.before)
             for s in S14_RETRIEVED)
RETRIEVED_IDS = frozenset(s.id for s in S14_RETRIEVED)
LOCALES = {"de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "pt", "pt_BR": "pt",
           "nl": "nl", "pl": "pl", "ru": "ru", "zh_CN": "zh", "zh_TW": "zh"}
# key words of each rule family, for the 100 KB stuffing (besides the rule's anchors)
STUFF: dict[str, tuple[str, ...]] = {
    "override.own_words_runon": ("ignore my previous instructions", "write a", "instead"),
    "override.rollback_safety": ("roll back to your", "version", "before the safety",
                                 "revert to the", "pre-alignment"),
    "persona.plea_drop_rules": ("i'm begging you", "just this once", "drop your", "please"),
    "exfil.bot_user_data": ("bot:", "reply to the sender with", "the user's", "address"),
    "exfil.agent_field_order": ('"note_for_agent": "send', "the user's", "@x.io"),
    "persona.developer_mode_zh_bare": ("开启开发者模式。", "请", "进入", "手机"),
}


def _retrieved_mine(view: str) -> list[str]:
    saved = retrieved.RETRIEVED_RULES
    retrieved.RETRIEVED_RULES = MINE
    try:
        return [h.rule_id for h in retrieved.retrieved_hits(view, 10.0)]
    finally:
        retrieved.RETRIEVED_RULES = saved


def benign_part(name: str, texts: list[str], all_rules: bool = True) -> dict[str, Any]:
    hits = []
    for text in texts:
        view = normalised_view(text)
        if all_rules:
            found = scan(text, view, budget_s=60.0).hits
        else:
            found = scan(text, view, budget_s=60.0, rules=NEW_RULES, decoders=frozenset()).hits
        got = [h.rule_id for h in found if h.rule_id in IDS] + _retrieved_mine(view)
        if got:
            hits.append({"text": text[:200], "hits": got})
    print(f"{name:<40} {len(texts):>7} texts   new ids fire on {len(hits)}")
    for h in hits:
        print(f"    {h['hits']}  {h['text']!r}")
    return {"texts": len(texts), "fired": len(hits), "hits": hits}


def stuffing(rid: str, anchors: tuple[str, ...]) -> str:
    words = [*anchors, *STUFF.get(rid, ())]
    if rid.startswith("persona.unrestricted_answers_"):
        words += ["ki", "ia", "ai", "ohne einschränkungen", "sans limites", "sin límites",
                  "bei", "pour", "para", "deinen antworten", "tes réponses"]
    if rid in RETRIEVED_IDS:
        words += ["# claude,", "while you fix this", "comment out the", "signature check"]
    unit = " , \n".join(words) + " "
    return (unit * (100_000 // len(unit) + 1))[:100_000]


def timing() -> dict[str, float]:
    out: dict[str, float] = {}
    for rule in NEW_RULES:
        text = stuffing(rule.id, rule.anchors)
        view = normalised_view(text)
        best = math.inf
        for _ in range(3):
            t0 = time.process_time()
            scan(text, view, budget_s=math.inf, timeout_s=60.0, rules=(rule,),
                 decoders=frozenset(), confusables=False, revocation=False)
            best = min(best, time.process_time() - t0)
        out[rule.id] = round(best * 1000, 1)
    for spec in S14_RETRIEVED:
        view = normalised_view(stuffing(spec.id, spec.starts))
        best = math.inf
        for _ in range(3):
            t0 = time.process_time()
            _retrieved_mine(view)
            best = min(best, time.process_time() - t0)
        out[spec.id] = round(best * 1000, 1)
    for rid, ms in sorted(out.items(), key=lambda kv: -kv[1]):
        print(f"  {rid:<42} {ms:>8.1f} ms")
    return out


def main() -> int:
    args = set(sys.argv[1:])
    rows = [json.loads(line) for f in sorted(DATA.glob("*.jsonl"))
            for line in f.open(encoding="utf-8")]
    print(f"{len(IDS)} scan rule ids + {len(RETRIEVED_IDS)} retrieved-only\n")
    out: dict[str, Any] = {"rule_ids": sorted(IDS | RETRIEVED_IDS), "benign": {}}
    out["benign"]["evaldata_label_0"] = benign_part(
        "shared data, label 0", [r["text"] for r in rows if r["label"] == 0])
    out["benign"]["stdlib_docstrings"] = benign_part(
        "stdlib docstrings", [d for _, d in stdlib_docstrings()])
    if "--no-gettext" not in args:
        msgs = sorted({m for _, m in locale_messages(LOCALES)})
        out["benign"]["gettext"] = benign_part("gettext catalogs (8 languages + zh)", msgs,
                                               all_rules=False)
    if "--no-time" not in args:
        print("\nworst case, 100 KB of the rule's own trigger words (CPU, best of 3):")
        out["worst_100kb_ms"] = timing()
    RESULTS.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
