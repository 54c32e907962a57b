"""Schema repair ladder: the jsonrepair test corpus, scripted re-ask scenarios, overhead.

Run: ``.venv/bin/python benchmarks/eval_schema.py`` (a few seconds; ``--slip-seeds 31`` adds
the structural slips of seeds 1-30, about half a minute; the committed JSON is that run).
Prints tables and writes ``benchmarks/results/eval_schema.json``.

1. ``../shared/evaldata/malformed_json/jsonrepair_js_tests.jsonl`` (josdejong/jsonrepair
   ``src/index.test.ts``, ISC licence): every row goes through ``SchemaGuard()`` (any JSON value,
   first attempt) and is classed ``match`` (the value it returns equals the expected parsed
   value, types included), ``wrong`` (it returns another value), ``reask: truncated`` or
   ``reask: not json`` (no value, a re-ask is requested). ``error`` rows must never give a
   value. For reference, the same rows through ``json_repair.loads`` alone. The match rate on
   ``repair`` rows is given over (a) all of them and (b) those whose text does not end inside
   an open string/array/object/number (the issue's truncation definition: those must be
   re-asked, never closed up), with the causes of every row that did not match, and (c) over
   the rows that are neither truncated nor class (b) of ``_schema_classes.py`` (the closed
   rows whose reading needs a guess): ``classification`` lists each classified row's
   number, outcome, class and reason (not the row).
1b. Structural slips: one of ``{}[],:"`` dropped or doubled in seeded random JSON documents;
   the guard must return the original value or re-ask (a different value is a wrong value).
1c. The same documents with one of those characters *replaced* by another of them (not a
   goal of the issue: reported because a closer typed as the other kind is now read).
2. Scripted model scenarios through ``guarded(FakeLLM(...).complete, response_model=...)``:
   model calls, the rung that fixed the answer, and every repair prompt sent.
3. Overhead without re-ask on a ~2 KB valid answer (and one with a null per line, where the
   overflow check walks the object) and four ~2 KB locally-repairable ones,
   against ``json.loads`` + ``Model.model_validate`` of the valid document, measured in the
   same run, with a breakdown of the json-repair path (``benchmarks/_schema_overhead.py``),
   and a valid 1.45 MB answer against pydantic's own ``validate_json``, alternating in one run.
1 and 1b also compare rung 4 on the broken containers first (the default) with json-repair on
the whole text only (``parse_answer(text, partial=False)``): ``partial_vs_full_repair``.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import platform
import random
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import json_repair
from _schema_classes import classify, summary
from _schema_overhead import overhead, report
from pydantic import BaseModel, Field

import guardwire
from guardwire import Context
from guardwire.guards.schema import SchemaGuard, parse_answer
from guardwire.testing import FakeLLM

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / ".." / "shared" / "evaldata" / "malformed_json" / "jsonrepair_js_tests.jsonl"
RESULTS = ROOT / "benchmarks" / "results" / "eval_schema.json"
TRUNCATION_GROUPS = ("should repair truncated JSON", "should repair truncated numbers")


def same(a: Any, b: Any) -> bool:
    """Equal values of equal JSON types (``1`` ≠ ``1.0`` ≠ ``True``)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


# -- 1. the corpus -------------------------------------------------------------------------
def corpus() -> dict[str, Any]:
    rows = [json.loads(line) for line in DATA.read_text().splitlines() if line.strip()]
    guard = SchemaGuard()
    per_kind: dict[str, Counter[str]] = defaultdict(Counter)
    ref: dict[str, Counter[str]] = defaultdict(Counter)
    causes: Counter[str] = Counter()
    groups: Counter[str] = Counter()  # jsonrepair test groups of the closed rows not matched
    examples: dict[str, list[str]] = defaultdict(list)
    open_rows: Counter[str] = Counter()  # how the rows that end open end
    open_outcomes: Counter[str] = Counter()  # and where they end up
    wrong: list[dict[str, Any]] = []
    made_up: list[str] = []
    agree: Counter[str] = Counter()  # rung 4 on the broken containers vs on the whole text
    trunc_total = trunc_found = 0
    classified: list[dict[str, Any]] = []
    unclassified: list[int] = []  # closed repair rows refused, not in _schema_classes.py
    repairable: Counter[str] = Counter()  # (c): not truncated, not class (b)
    for row, r in enumerate(rows):
        ctx = Context()
        d = guard(r["broken"], ctx)
        group = r["source"].split("::")[-1].strip()
        parsed = parse_answer(r["broken"])
        agree[_agreement(parsed, parse_answer(r["broken"], partial=False))] += 1
        if d.action == "reask":
            outcome = f"reask: {d.data['failure'].replace('_', ' ')}"
        elif r["kind"] == "error":
            outcome = "value (must not happen)"
            made_up.append(r["broken"])
        elif same(ctx.structured, r["expected"]):
            outcome = "match"
        else:
            outcome = "wrong"
            wrong.append({"broken": r["broken"], "got": ctx.structured,
                          "expected": r["expected"], "group": group})
        per_kind[r["kind"]][outcome] += 1
        if r["kind"] == "repair" and parsed.status == "truncated":
            # the definition: the text ends inside an open string/array/object/number
            ends_closed = r["broken"].rstrip()[-1:] in ("]", "}")
            open_rows["ends on ] or } (a missing quote, or a cut)" if ends_closed
                      else "ends open (a cut)"] += 1
            open_outcomes[outcome] += 1
        if r["kind"] == "repair" and outcome not in ("match",):
            cause = outcome if outcome != "reask: not json" else f"reask: {parsed.problem}"
            causes[cause] += 1
            if parsed.status != "truncated":
                groups[group] += 1
            if len(examples[cause]) < 4:
                examples[cause].append(r["broken"])
        if r["kind"] == "repair" and parsed.status != "truncated":
            klass = classify(row, r["broken"], outcome, group, classified, unclassified)
            if klass != "b":
                repairable[outcome] += 1
        if group in TRUNCATION_GROUPS and r["broken"].rstrip()[-1:] not in "]}":
            trunc_total += 1
            trunc_found += parsed.status == "truncated"
        try:
            got = json_repair.loads(r["broken"])
            ok = r["kind"] != "error" and same(got, r["expected"])
            ref[r["kind"]]["match" if ok else ("value" if r["kind"] == "error" else "other")] += 1
        except Exception:
            ref[r["kind"]]["raised"] += 1
    returned = sum(c["match"] + c["wrong"] for c in per_kind.values())
    matched = sum(c["match"] for c in per_kind.values())
    rep = per_kind["repair"]
    n_repair, n_open = sum(rep.values()), rep["reask: truncated"]
    return {
        "rows": len(rows),
        "per_kind": {k: dict(v) for k, v in sorted(per_kind.items())},
        "repair_match_rate": {
            "a_all_repair_rows": [rep["match"], n_repair, round(rep["match"] / n_repair, 4)],
            "b_repair_rows_not_ending_open": [rep["match"], n_repair - n_open,
                                              round(rep["match"] / (n_repair - n_open), 4)],
            "c_repairable_rows": [repairable["match"], sum(repairable.values()),
                                  round(repairable["match"] / sum(repairable.values()), 4)],
        },
        "repairable_rows_definition": (
            "repair rows that do not end open (the truncated ones must be re-asked) and are not "
            "class (b) in benchmarks/_schema_classes.py (their reading needs a guess; matched "
            "rows with two faithful readings are class (b) too)"),
        "repairable_rows_not_matched": {k: v for k, v in repairable.items() if k != "match"},
        "classification": classified,
        "classification_summary": summary(classified),
        "class_b_rows_given_a_value": sum(
            1 for c in classified if c["class"] == "b" and c["outcome"] in ("match", "wrong")),
        "unclassified_refused_closed_rows": unclassified,
        "repair_rows_ending_open": dict(open_rows),
        "repair_rows_ending_open_outcome": dict(open_outcomes),
        "causes_of_repair_rows_not_matched": dict(causes.most_common()),
        "cause_examples": dict(examples),
        "groups_of_closed_repair_rows_not_matched": dict(groups.most_common()),
        "json_repair_alone": {k: dict(v) for k, v in sorted(ref.items())},
        "partial_vs_full_repair": dict(agree),
        "values_returned": returned,
        "values_correct": matched,
        "precision_of_returned_values": round(matched / returned, 4) if returned else None,
        "truncation_rows": trunc_total,
        "truncation_detected": trunc_found,
        "error_rows_with_a_value": made_up,
        "wrong_values": wrong,
    }


def _agreement(partial: Any, full: Any) -> str:
    """How ``parse_answer(t)`` (broken containers first) compares with ``partial=False``."""
    if partial.ok and full.ok:
        return "same value" if same(partial.value, full.value) else "different values"
    if partial.ok or full.ok:
        return "only the partial path reads it" if partial.ok else "only the full repair reads it"
    return "both refuse (same status)" if partial.status == full.status else "both refuse"


# -- 1b. structural slips -------------------------------------------------------------------
def _random_value(rng: random.Random, depth: int = 0) -> Any:
    r = rng.random()
    if depth > 2 or r < 0.4:
        return rng.choice([None, True, False, rng.randint(-500, 5000), round(rng.uniform(-9, 9), 3),
                           rng.choice(["alpha", "beta gamma", "x1", "", "0789", "None", "12"])])
    if r < 0.7:
        return [_random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {f"{rng.choice(['name', 'id', 'tags', 'a b'])}{i}": _random_value(rng, depth + 1)
            for i in range(rng.randint(0, 4))}


def slips(n: int = 3000, seed: int = 0, replace: bool = False) -> dict[str, Any]:
    """Drop or double one structural character (``{}[],:"``) of a random JSON document
    (``replace``: put another of them in its place).

    The guard must give back the original value or ask again; a different value is a wrong
    value (the strings hold no structural characters, so every slip breaks the JSON).
    """
    rng = random.Random(seed)
    outcomes: Counter[str] = Counter()
    agree: Counter[str] = Counter()
    different: list[str] = []
    for _ in range(n):
        value = _random_value(rng)
        if not isinstance(value, list | dict):
            value = [value]
        doc = json.dumps(value, indent=rng.choice([None, 1]))
        i = rng.choice([k for k, c in enumerate(doc) if c in '{}[],:"'])
        if replace:
            broken = doc[:i] + rng.choice([c for c in '{}[],:"' if c != doc[i]]) + doc[i + 1:]
        else:
            broken = doc[:i] + doc[i + 1:] if rng.random() < 0.5 else doc[:i] + doc[i] + doc[i:]
        ctx = Context()
        d = SchemaGuard()(broken, ctx)
        agree[_agreement(parse_answer(broken), parse_answer(broken, partial=False))] += 1
        if d.action == "reask":
            outcomes[f"reask: {d.data['failure'].replace('_', ' ')}"] += 1
        elif same(ctx.structured, value):
            outcomes["original value"] += 1
        else:
            outcomes["different value (wrong)"] += 1
            different.append(broken)
    return {"documents": n, "seed": seed, "outcomes": dict(outcomes),
            "partial_vs_full_repair": dict(agree), "wrong": different[:20]}


# -- 2. scripted scenarios -----------------------------------------------------------------
class Person(BaseModel):
    name: str
    age: int = Field(ge=0, le=150)
    email: str = Field(pattern=r"^[^@\s]+@[^@\s]+$")


FIXED = '{"name": "Ada", "age": 36, "email": "ada@example.org"}'
SCENARIOS: dict[str, list[str]] = {
    "valid first time": [FIXED],
    "extra prose and fence": [f"Sure! Here is the JSON:\n```json\n{FIXED}\n```\nAnything else?"],
    "locally repairable": ["{'name': 'Ada', 'age': 36, 'email': 'ada@example.org',}"],
    "broken then fixed": ["name = Ada; age = 36; email = ada@example.org", FIXED],
    "truncated": ['{"name": "Ada", "age": 36, "email": "ada@exa', FIXED],
    "wrong types": ['{"name": "Ada", "age": "thirty-six", "email": "ada@example.org"}', FIXED],
    "missing field": ['{"name": "Ada", "age": 36}', FIXED],
    "constraint violation": ['{"name": "Ada", "age": 360, "email": "ada at example"}', FIXED],
    "never fixable": ["I'm sorry, I can't share that."] * 3,
    # this version: a key written twice, and an example in the prose before the fenced answer
    "duplicate key": ['{"name": "Ada", "age": 36, "age": 37, "email": "ada@example.org"}',
                      FIXED],
    "example before fence": ['The input was {"question": "Who?"}.\n```json\n' + FIXED + "\n```"],
    # seventh session: a one-key wrapper is unwrapped when only its inner object fits
    "wrapper object": ['{"result": ' + FIXED + "}"],
    "ambiguous wrapper": ['{"result": ' + FIXED + ', "person": ' + FIXED + "}", FIXED],
}


def scenarios() -> list[dict[str, Any]]:
    out = []
    for name, script in SCENARIOS.items():
        llm = FakeLLM(script)
        f = guardwire.guarded(llm.complete, pipeline=guardwire.Pipeline(),
                              response_model=Person)
        ctx = Context()
        try:
            value = f("Who wrote the first program?", guard_ctx=ctx)
            result = "ok" if isinstance(value, Person) else f"unexpected {type(value).__name__}"
        except guardwire.RepairFailed as exc:
            result = f"RepairFailed ({len(exc.attempts)} attempts)"
        rungs, prompts = [], []
        for v in ctx.verdicts:
            d = v.by_guard("schema") if v.stage == "output" else None
            if d is not None:
                rungs.append(d.data.get("rung"))
                if d.action == "reask" and d.text:
                    prompts.append(d.text)
        out.append({"scenario": name, "model_calls": len(llm.calls), "rungs": rungs,
                    "result": result, "repair_prompts": prompts})
    return out


# -- 3. overhead: benchmarks/_schema_overhead.py --------------------------------------------


def more_slips(seeds: int, replace: bool = False) -> dict[str, Any]:
    """The slips of seeds 1 … ``seeds - 1`` (3,000 documents each), added up."""
    total: Counter[str] = Counter()
    wrong: list[str] = []
    for seed in range(1, seeds):
        s = slips(seed=seed, replace=replace)
        total.update(s["outcomes"])
        wrong += s["wrong"]
    return {"seeds": f"1-{seeds - 1}", "documents": 3000 * (seeds - 1),
            "outcomes": dict(total), "wrong": wrong[:20]}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--slip-seeds", type=int, default=1,
                    help="run the structural slips with seeds 0 … N-1 (default 1: seed 0 only)")
    args = ap.parse_args(argv)
    res: dict[str, Any] = {"python": platform.python_version(),
                           "json_repair": importlib.metadata.version("json-repair")}
    if DATA.exists():
        c = corpus()
        res["corpus"] = c
        print(f"\n1. jsonrepair corpus ({c['rows']} rows), SchemaGuard() first attempt")
        cols = ["match", "wrong", "reask: truncated", "reask: not json", "value (must not happen)"]
        print(f"{'kind':16}" + "".join(f"{h:>26}" for h in cols))
        for kind, cnt in c["per_kind"].items():
            n = sum(cnt.values())
            print(f"{kind + f' ({n})':16}" + "".join(
                f"{cnt.get(h, 0):>17} ({cnt.get(h, 0) / n:5.1%})" for h in cols))
        print(f"values returned: {c['values_returned']}, correct: {c['values_correct']} "
              f"(precision {c['precision_of_returned_values']:.1%})")
        for label, (m, n, rate) in c["repair_match_rate"].items():
            print(f"repair rows, {label}: {m}/{n} = {rate:.1%}")
        print(f"repair rows ending open: {c['repair_rows_ending_open']} → "
              f"{c['repair_rows_ending_open_outcome']}")
        print(f"truncated rows detected: {c['truncation_detected']}/{c['truncation_rows']}")
        print(f"error rows that gave a value: {c['error_rows_with_a_value']}")
        print("causes of repair rows not matched:")
        for cause, n in c["causes_of_repair_rows_not_matched"].items():
            ex = ", ".join(repr(e) for e in c["cause_examples"][cause][:2])
            print(f"  {n:4}  {cause}   e.g. {ex}")
        print("jsonrepair test groups of those rows that do not end open:")
        for g, n in c["groups_of_closed_repair_rows_not_matched"].items():
            print(f"  {n:4}  {g}")
        m, n, rate = c["repair_match_rate"]["c_repairable_rows"]
        print(f"repairable rows ({c['repairable_rows_definition']}): {m}/{n} = {rate:.1%}; "
              f"not matched: {c['repairable_rows_not_matched']}")
        print(f"class (b) rows given a value: {c['class_b_rows_given_a_value']}; closed rows "
              f"refused but not classified: {c['unclassified_refused_closed_rows']}")
        for name, entry in c["classification_summary"].items():
            print(f"  {entry['rows']:4}  {name}: {entry['outcomes']}")
        print("json_repair.loads alone:", c["json_repair_alone"])
        print("rung 4 on broken containers first vs whole text only:",
              c["partial_vs_full_repair"])
    else:
        print(f"skipping the corpus: {DATA} not found")
    sl = slips()
    res["structural_slips"] = sl
    print(f"\n1b. one structural character dropped or doubled in {sl['documents']} random JSON "
          f"documents (seed {sl['seed']}): {sl['outcomes']}")
    print(f"   broken containers first vs whole text only: {sl['partial_vs_full_repair']}")
    if args.slip_seeds > 1:
        res["structural_slips_more_seeds"] = more = more_slips(args.slip_seeds)
        print(f"    seeds {more['seeds']} ({more['documents']} documents): {more['outcomes']}")
    res["structural_replacements"] = rp = slips(replace=True)
    print(f"1c. one of them replaced by another (seed 0, {rp['documents']} documents): "
          f"{rp['outcomes']}")
    if args.slip_seeds > 1:
        res["structural_replacements_more_seeds"] = more = more_slips(args.slip_seeds, True)
        print(f"    seeds {more['seeds']} ({more['documents']} documents): {more['outcomes']}")
    s = scenarios()
    res["scenarios"] = s
    print("\n2. scripted scenarios (max_reasks=2)")
    print(f"{'scenario':24}{'calls':>6}  {'rungs':40}result")
    for row in s:
        rungs = " → ".join(map(str, row["rungs"]))
        print(f"{row['scenario']:24}{row['model_calls']:>6}  {rungs:40}{row['result']}")
    for row in s:
        for p in row["repair_prompts"][:1]:
            print(f"\n[{row['scenario']}] repair prompt:\n{p}")
    o = overhead()
    res["overhead"] = o
    report(o)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(res, indent=1, ensure_ascii=False, default=str) + "\n")
    print(f"\nwrote {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
