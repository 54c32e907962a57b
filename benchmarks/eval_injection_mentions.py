"""Quoted mentions and indirect-injection probes: false positives and recall, mention view off/on.

    .venv/bin/python benchmarks/eval_injection_mentions.py            # ~2 min on 2 shared cores
    .venv/bin/python benchmarks/eval_injection_mentions.py --rows-out /tmp/rows.json

1. ``fixtures``: the hand-written sets of tests/fixtures/injection_mentions.json (benign
   security questions that quote or name an attack; attacks in quotes, after a colon, with an
   order to carry them out) and tests/fixtures/injection_indirect.json (instructions hidden in
   HTML, fake assistant turns in search results, address to the AI in other languages; benign
   pages, transcripts and notices). Written by us together with the code they test: the rates
   are a coverage check, not a held-out figure. Each text is scored by the shipped guard
   (threshold 0.8) with the mention view off (``MENTION_FROM`` above any score) and on.
2. ``shared_data``: every row of ../shared/evaldata/prompt_injection/*.jsonl, the same two
   settings (the classifier saw these rows in training, so the guard's figures here are
   in-sample; what matters is which decisions the mention view changes), and the rows whose
   rules-alone verdict (a medium/high rule) is listed per subset, and the rows the mention view
   reads at all (``mention_applies``: quoted and topic mentions, ``about.read_mention``; and
   ``people_applies``: letters to people, ``people.addressed_to_people``, whose classifier score
   is capped; both by label: with no label-1 row there, a held-out classifier's recall cannot
   fall through them). ``--rows-out`` writes each row's rule ids, to diff two versions
   of the code (run once on each).

Table on stdout, JSON in benchmarks/results/eval_injection_mentions.json.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import guardwire.guards.injection as inj
from guardwire.guards.injection import InjectionGuard, normalised_view
from guardwire.guards.injection.about import read_mention
from guardwire.guards.injection.people import addressed_to_people
from guardwire.guards.injection.rules import scan

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "evaldata" / "prompt_injection"
FIXTURES = [REPO / "tests" / "fixtures" / f"injection_{n}.json" for n in ("mentions", "indirect")]
OUT = REPO / "benchmarks" / "results" / "eval_injection_mentions.json"
THRESHOLD = 0.8


def _blocked(guard: InjectionGuard, text: str, mention: bool) -> tuple[bool, list[str]]:
    """(blocked, medium/high rule ids) with the mention view on or off."""
    saved = getattr(inj, "MENTION_FROM", None)
    if saved is not None and not mention:
        inj.MENTION_FROM = 2.0  # type: ignore[attr-defined]
    try:
        a = guard.assess(text)
    finally:
        if saved is not None:
            inj.MENTION_FROM = saved  # type: ignore[attr-defined]
    return a.score >= THRESHOLD, [h.rule_id for h in a.hits if h.severity != "low"]


def _rate(flags: list[bool]) -> float:
    return round(sum(flags) / len(flags), 4) if flags else 0.0


def fixtures(guard: InjectionGuard) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for path in FIXTURES:
        if not path.exists():
            continue
        sets = json.loads(path.read_text(encoding="utf-8"))
        for kind in ("benign", "attacks"):
            texts: list[str] = sets.get(kind, [])
            res: dict[str, Any] = {"n": len(texts)}
            for on in (False, True):
                got = [_blocked(guard, t, on)[0] for t in texts]
                key = "mention_on" if on else "mention_off"
                res[key] = _rate(got)
                res[key + "_wrong"] = [t for t, b in zip(texts, got, strict=True)
                                       if b != (kind == "attacks")]
            out[f"{path.stem}:{kind}"] = res
    return out


def shared(guard: InjectionGuard, rows_out: Path | None) -> dict[str, Any]:
    per: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    changed: list[dict[str, Any]] = []
    rows: list[list[Any]] = []
    applies: list[dict[str, Any]] = []  # rows the mention view reads (any model, any split)
    people: list[dict[str, Any]] = []  # rows read as a letter to people (any model)
    for name in ("prompt_injection.jsonl", "extra_train.jsonl"):
        for i, line in enumerate((DATA / name).read_text(encoding="utf-8").split("\n")):
            if not line.strip():
                continue
            r = json.loads(line)
            text, label = r["text"], int(r["label"])
            subset = f"{r['subset']}:{label}"  # a subset may hold both labels
            off, _ = _blocked(guard, text, False)
            on, _ = _blocked(guard, text, True)
            view = normalised_view(text)
            found = scan(text, view, budget_s=10.0)  # not cut off on a busy machine
            ids = [h.rule_id for h in found.hits if h.severity != "low"]
            if read_mention(view, found, 0.05) is not None:  # quoted or topic mention
                applies.append({"file": name, "row": i, "subset": subset, "label": label})
            if addressed_to_people(view, 0.05):  # a letter: its classifier score is capped
                people.append({"file": name, "row": i, "subset": subset, "label": label})
            per[subset]["label"].append(bool(label))
            per[subset]["off"].append(off)
            per[subset]["on"].append(on)
            per[subset]["rules"].append(bool(ids))
            rows.append([name, i, sorted(set(ids))])
            if on != off:
                changed.append({"file": name, "row": i, "subset": subset, "label": label,
                                "blocked_off": off, "blocked_on": on})
    if rows_out is not None:
        rows_out.write_text(json.dumps(rows), encoding="utf-8")
    table = {s: {"n": len(v["label"]), "label": int(v["label"][0]),
                 "blocked_off": _rate(v["off"]), "blocked_on": _rate(v["on"]),
                 "rules_alone": _rate(v["rules"])} for s, v in sorted(per.items())}
    return {"subsets": table, "changed": changed, "mention_applies": applies,
            "people_applies": people}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows-out", type=Path, default=None)
    ap.add_argument("--no-data", action="store_true", help="fixtures only")
    args = ap.parse_args()
    guard = InjectionGuard(threshold=THRESHOLD)
    guard.warm()
    t0 = time.perf_counter()
    result: dict[str, Any] = {"threshold": THRESHOLD, "fixtures": fixtures(guard)}
    print(f"{'set':34} {'n':>4} {'off':>7} {'on':>7}   (share blocked: FPR for benign, "
          "recall for attacks)")
    for k, v in result["fixtures"].items():
        print(f"{k:34} {v['n']:>4} {v['mention_off']:>7.3f} {v['mention_on']:>7.3f}")
    if not args.no_data:
        result["shared_data"] = shared(guard, args.rows_out)
        print(f"\n{'subset':40} {'n':>5} {'label':>5} {'off':>7} {'on':>7} {'rules':>7}")
        for s, v in result["shared_data"]["subsets"].items():
            print(f"{s:40} {v['n']:>5} {v['label']:>5} {v['blocked_off']:>7.3f} "
                  f"{v['blocked_on']:>7.3f} {v['rules_alone']:>7.3f}")
        print(f"rows whose decision the mention view changes: "
              f"{len(result['shared_data']['changed'])}; rows it reads at all (whatever the "
              f"model): {len(result['shared_data']['mention_applies'])}")
        for key in ("mention_applies", "people_applies"):  # by label: 1 = attack rows exposed
            got = result["shared_data"][key]
            print(f"{key}: label 0 {sum(1 for r in got if r['label'] == 0)}, "
                  f"label 1 {sum(1 for r in got if r['label'] == 1)}")
    result["seconds"] = round(time.perf_counter() - t0, 1)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(REPO)} ({result['seconds']} s)")


if __name__ == "__main__":
    main()
