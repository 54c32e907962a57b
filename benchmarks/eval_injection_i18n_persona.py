"""The tenth session's language persona and note-to-the-AI rules on benign text, and the attack
rows of the shared data they newly catch (the approach of ``eval_injection_new_rules.py``).

The rule ids are those of ``rules_i18n_persona``, ``rules_i18n_persona_langs``,
``rules_i18n_persona_cjk`` and ``rules_i18n_persona_more`` (13 languages). Benign sources:

- the shared data's label-0 rows (``../shared/evaldata/prompt_injection/*.jsonl``: XQuAD in 12
  languages, WildGuard, NotInject, awesome-chatgpt-prompts, ...), every rule and decoder, no
  wall-clock cut-off (``budget_s=60``);
- the standard library's docstrings (``eval_injection_external.stdlib_docstrings``);
- this machine's gettext catalogs of the 13 languages (translated UI and help strings:
  "Entwicklermodus aktivieren", "sin restricciones", ...), only the new rules, no decoders
  (machine-dependent; empty without /usr/share/locale).

Also (issue 3): the four narrowed ``persona.no_restrictions_{zh,ja,es,pt}`` rules on the same
benign texts as user input, and the retrieved-only ``indirect.note_to_ai_<lang>`` rules of
``rules_indirect_i18n`` (8 languages) on them as retrieved text (``retrieved_hits``); the
gettext catalogs too unless ``--no-gettext``.

The blind sets are not read. For the shared data's attack rows it prints, per subset, how many
no older medium/high rule caught and a new medium/high rule does, and separately the rows
written mostly in another script or with many accented letters (the non-English rows).

Run:  ``.venv/bin/python benchmarks/eval_injection_i18n_persona.py``  (a few minutes)
      ``--no-gettext`` skips the catalogs
      (writes ``benchmarks/results/eval_injection_i18n_persona.json``)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from guardwire.guards.injection.normalise_view import normalised_view
from guardwire.guards.injection.retrieved import retrieved_hits
from guardwire.guards.injection.rules import RULES, scan
from guardwire.guards.injection.rules_i18n_persona import PERSONA_I18N_SPECS
from guardwire.guards.injection.rules_i18n_persona_cjk import PERSONA_CJK_SPECS
from guardwire.guards.injection.rules_i18n_persona_langs import PERSONA_LANGS_SPECS

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from _injection_fuzz import locale_messages  # noqa: E402
from eval_injection_external import stdlib_docstrings  # noqa: E402
from eval_injection_new_rules import benign_part as _benign_part  # noqa: E402
from eval_injection_new_rules import new_hits as _new_hits  # noqa: E402

try:  # the retrieved-only language notes may not exist in older checkouts
    from guardwire.guards.injection.rules_indirect_i18n import I18N_RETRIEVED
except ImportError:  # pragma: no cover
    I18N_RETRIEVED = ()

try:  # the fourth module may not exist in older checkouts
    from guardwire.guards.injection.rules_i18n_persona_more import PERSONA_MORE_SPECS
except ImportError:  # pragma: no cover
    PERSONA_MORE_SPECS = ()

DATA = ROOT.parent / "shared" / "evaldata" / "prompt_injection"
RESULTS = ROOT / "benchmarks" / "results" / "eval_injection_i18n_persona.json"
NEW_IDS = frozenset(spec[0] for spec in (*PERSONA_I18N_SPECS, *PERSONA_LANGS_SPECS,
                                         *PERSONA_CJK_SPECS, *PERSONA_MORE_SPECS))
NEW_RULES = tuple(r for r in RULES if r.id in NEW_IDS)
LOCALES = {"de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "pt", "pt_BR": "pt",
           "nl": "nl", "pl": "pl", "tr": "tr", "ar": "ar", "ru": "ru", "zh_CN": "zh",
           "zh_TW": "zh", "ja": "ja", "ko": "ko"}


def new_hits(text: str) -> tuple[list[tuple[str, str]], bool, bool]:
    """:func:`eval_injection_new_rules.new_hits` for the language ids."""
    return _new_hits(text, NEW_IDS)


def benign_part(name: str, texts: list[str]) -> dict[str, Any]:
    return _benign_part(name, texts, NEW_IDS)


NARROWED_IDS = frozenset(f"persona.no_restrictions_{lang}" for lang in ("zh", "ja", "es", "pt"))
NARROWED_RULES = tuple(r for r in RULES if r.id in NARROWED_IDS)
RETRIEVED_I18N_IDS = frozenset(spec.id for spec in I18N_RETRIEVED)


def issue3_part(name: str, texts: list[str]) -> dict[str, Any]:
    """The narrowed rules (user input) and the language notes (retrieved text) on ``texts``."""
    narrowed, notes = [], []
    for text in texts:
        view = normalised_view(text)
        found = scan(text, view, budget_s=60.0, rules=NARROWED_RULES, decoders=frozenset()).hits
        if found:
            narrowed.append({"text": text[:200], "hits": [h.rule_id for h in found]})
        got = [h.rule_id for h in retrieved_hits(view, 10.0) if h.rule_id in RETRIEVED_I18N_IDS]
        if got:
            notes.append({"text": text[:200], "hits": got})
    print(f"{name:<34} {len(texts):>7} texts   narrowed no_restrictions fire on "
          f"{len(narrowed)}, note_to_ai_<lang> (as retrieved) on {len(notes)}")
    for h in (*narrowed, *notes):
        print(f"    {h['hits']}  {h['text']!r}")
    return {"texts": len(texts), "narrowed_fired": narrowed, "retrieved_notes_fired": notes}


def gettext_part() -> dict[str, Any]:
    n: Counter[str] = Counter()
    hits: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for d, msg in locale_messages(LOCALES):
        lang = LOCALES[d]
        if (lang, msg) in seen:
            continue
        seen.add((lang, msg))
        n[lang] += 1
        found = scan(msg, normalised_view(msg), budget_s=60.0, rules=NEW_RULES,
                     decoders=frozenset()).hits
        if found:
            hits.append({"lang": lang, "text": msg[:200], "hits": [h.rule_id for h in found]})
    print(f"{'gettext catalogs (13 languages)':<34} {sum(n.values()):>7} texts   "
          f"new ids fire on {len(hits)}")
    for h in hits:
        print(f"    {h['hits']}  {h['text']!r}")
    return {"texts": dict(n), "fired": len(hits), "hits": hits}


def _foreign(text: str) -> bool:
    """Mostly written in a non-Latin script, or Latin with many accented letters."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(ord(c) > 127 for c in letters) > 0.05 * len(letters)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-gettext", action="store_true")
    args = parser.parse_args()
    rows = [json.loads(line) for f in sorted(DATA.glob("*.jsonl"))
            for line in f.open(encoding="utf-8")]
    if not rows:
        print(f"no data at {DATA}", file=sys.stderr)
        return 2
    print(f"{len(NEW_IDS)} new rule ids\n")
    out: dict[str, Any] = {"rule_ids": sorted(NEW_IDS), "benign": {}}
    benign = [r for r in rows if r["label"] == 0]
    out["benign"]["evaldata_label_0"] = benign_part("shared data, label 0",
                                                    [r["text"] for r in benign])
    by_subset = Counter(r["subset"] for r in benign)
    out["benign"]["evaldata_label_0"]["subsets"] = dict(sorted(by_subset.items()))
    out["benign"]["stdlib_docstrings"] = benign_part(
        "stdlib docstrings", [d for _, d in stdlib_docstrings()])
    out["issue3"] = {
        "narrowed_ids": sorted(NARROWED_IDS), "retrieved_ids": sorted(RETRIEVED_I18N_IDS),
        "evaldata_label_0": issue3_part("issue 3: shared data, label 0",
                                        [r["text"] for r in benign]),
        "stdlib_docstrings": issue3_part("issue 3: stdlib docstrings",
                                         [d for _, d in stdlib_docstrings()])}
    if not args.no_gettext:
        out["benign"]["gettext"] = gettext_part()
        out["issue3"]["gettext"] = issue3_part(
            "issue 3: gettext catalogs", sorted({m for _, m in locale_messages(LOCALES)}))
    total: Counter[str] = Counter()
    newly: Counter[str] = Counter()
    foreign_total = foreign_new = foreign_old = 0
    for r in rows:
        if r["label"] != 1:
            continue
        _, old_mh, new_mh = new_hits(r["text"])
        total[r["subset"]] += 1
        newly[r["subset"]] += new_mh and not old_mh
        if _foreign(r["text"]):
            foreign_total += 1
            foreign_old += old_mh
            foreign_new += new_mh and not old_mh
    print("\nattack rows newly caught by a new medium/high rule (no older one fired):")
    for subset in sorted(total):
        if newly[subset]:
            print(f"  {subset:<40} {newly[subset]} of {total[subset]}")
    print(f"  non-English attack rows: {foreign_total}; an older medium/high rule fires on "
          f"{foreign_old}, only a new one on {foreign_new}")
    out["attack_rows_newly_caught"] = {s: [newly[s], total[s]] for s in sorted(total)}
    out["non_english_attack_rows"] = {"rows": foreign_total, "older_rule": foreign_old,
                                      "only_new_rule": foreign_new}
    RESULTS.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
