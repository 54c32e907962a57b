"""Schema repair ladder: the jsonrepair test corpus, scripted re-ask scenarios, overhead.

Run: ``.venv/bin/python benchmarks/eval_schema.py`` (a few seconds). Prints tables and writes
``benchmarks/results/eval_schema.json``.

1. ``../shared/evaldata/malformed_json/jsonrepair_js_tests.jsonl`` (josdejong/jsonrepair
   ``src/index.test.ts``, ISC licence): every row goes through ``SchemaGuard()`` (any JSON value,
   first attempt) and is classed ``match`` (the value it returns equals the expected parsed
   value, types included), ``wrong`` (it returns another value), ``reask: truncated`` or
   ``reask: not json`` (no value, a re-ask is requested). ``error`` rows must never give a
   value. For reference, the same rows through ``json_repair.loads`` alone. The match rate on
   ``repair`` rows is given over (a) all of them and (b) those whose text does not end inside
   an open string/array/object/number (the issue's truncation definition: those must be
   re-asked, never closed up), with the causes of every row that did not match.
1b. Structural slips: one of ``{}[],:"`` dropped or doubled in seeded random JSON documents;
   the guard must return the original value or re-ask (a different value is a wrong value).
2. Scripted model scenarios through ``guarded(FakeLLM(...).complete, response_model=...)``:
   model calls, the rung that fixed the answer, and every repair prompt sent.
3. Overhead without re-ask on a ~2 KB valid answer and three ~2 KB locally-repairable ones (a
   Python literal with single quotes and trailing commas; JavaScript-style JSON with unquoted
   keys and a comment, which the dialect passes fix; the same with unquoted string values,
   which only json-repair reads), against ``json.loads`` + ``Model.model_validate`` of the
   valid document, measured in the same run.
"""

from __future__ import annotations

import importlib.metadata
import json
import platform
import random
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import json_repair
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
    examples: dict[str, list[str]] = defaultdict(list)
    open_rows: Counter[str] = Counter()  # how the rows that end open end
    open_outcomes: Counter[str] = Counter()  # and where they end up
    wrong: list[dict[str, Any]] = []
    made_up: list[str] = []
    trunc_total = trunc_found = 0
    for r in rows:
        ctx = Context()
        d = guard(r["broken"], ctx)
        group = r["source"].split("::")[-1].strip()
        parsed = parse_answer(r["broken"])
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
            if len(examples[cause]) < 4:
                examples[cause].append(r["broken"])
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
        },
        "repair_rows_ending_open": dict(open_rows),
        "repair_rows_ending_open_outcome": dict(open_outcomes),
        "causes_of_repair_rows_not_matched": dict(causes.most_common()),
        "cause_examples": dict(examples),
        "json_repair_alone": {k: dict(v) for k, v in sorted(ref.items())},
        "values_returned": returned,
        "values_correct": matched,
        "precision_of_returned_values": round(matched / returned, 4) if returned else None,
        "truncation_rows": trunc_total,
        "truncation_detected": trunc_found,
        "error_rows_with_a_value": made_up,
        "wrong_values": wrong,
    }


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


def slips(n: int = 3000, seed: int = 0) -> dict[str, Any]:
    """Drop or double one structural character (``{}[],:"``) of a random JSON document.

    The guard must give back the original value or ask again; a different value is a wrong
    value (the strings hold no structural characters, so every slip breaks the JSON).
    """
    rng = random.Random(seed)
    outcomes: Counter[str] = Counter()
    different: list[str] = []
    for _ in range(n):
        value = _random_value(rng)
        if not isinstance(value, list | dict):
            value = [value]
        doc = json.dumps(value, indent=rng.choice([None, 1]))
        i = rng.choice([k for k, c in enumerate(doc) if c in '{}[],:"'])
        broken = doc[:i] + doc[i + 1:] if rng.random() < 0.5 else doc[:i] + doc[i] + doc[i:]
        ctx = Context()
        d = SchemaGuard()(broken, ctx)
        if d.action == "reask":
            outcomes[f"reask: {d.data['failure'].replace('_', ' ')}"] += 1
        elif same(ctx.structured, value):
            outcomes["original value"] += 1
        else:
            outcomes["different value (wrong)"] += 1
            different.append(broken)
    return {"documents": n, "seed": seed, "outcomes": dict(outcomes), "wrong": different[:20]}


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


# -- 3. overhead ---------------------------------------------------------------------------
class Line(BaseModel):
    sku: str
    title: str
    qty: int
    price: float


class Invoice(BaseModel):
    number: str
    customer: str
    lines: list[Line]


def documents() -> tuple[str, str, str, str]:
    lines = [{"sku": f"SKU-{i:04d}", "title": f"Item number {i} with a longer title",
              "qty": i % 7 + 1, "price": round(3.5 * i, 2)} for i in range(20)]
    doc = {"number": "INV-2026-0042", "customer": "Example Trading Ltd", "lines": lines}
    valid = json.dumps(doc, indent=1)
    while len(valid) < 2048:
        lines.append(dict(lines[0]))
        valid = json.dumps(doc, indent=1)
    # three ways models break it: a Python literal (single quotes, trailing commas) …
    python_style = valid.replace('"', "'").replace("\n ]", ",\n ]").replace("\n }", ",\n }")
    # … JavaScript-ish JSON (unquoted keys, a comment), which the dialect passes fix …
    js_style = valid
    for key in ("sku", "title", "qty", "price", "number", "customer", "lines"):
        js_style = js_style.replace(f'"{key}":', f"{key}:")
    js_style = js_style.replace("{", "{ // generated\n", 1)
    # … and that plus unquoted string values, which only json-repair reads
    bare_values = js_style
    for line in lines:
        for key in ("sku", "title"):
            bare_values = bare_values.replace(f'{key}: "{line[key]}"', f"{key}: {line[key]}")
    return valid, python_style, js_style, bare_values


def best_us(fn: Callable[[], object], number: int, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _ in range(number):
            fn()
        times.append((time.perf_counter() - t0) / number)
    return min(times) * 1e6


def overhead() -> dict[str, Any]:
    valid, python_style, js_style, bare_values = documents()
    guard = SchemaGuard(Invoice)
    assert guard(valid, Context()).data["rung"] == "parsed"
    for doc in (python_style, js_style, bare_values):
        ctx = Context()
        assert guard(doc, ctx).data["rung"] == "repaired"
        assert ctx.structured == Invoice.model_validate_json(valid)

    def baseline() -> object:
        return Invoice.model_validate(json.loads(valid))

    base = best_us(baseline, 300)
    res: dict[str, Any] = {"baseline_json_loads_plus_validate_us": round(base, 1),
                           "goals_ms": {"valid": 0.2, "broken": 2.0}}
    for name, doc, number in (("valid", valid, 300), ("broken_python_literal", python_style, 100),
                              ("broken_js_style", js_style, 30),
                              ("broken_bare_values_json_repair", bare_values, 10)):
        us = best_us(lambda doc=doc: guard(doc, Context()), number)  # type: ignore[misc]
        res[name] = {"bytes": len(doc), "us": round(us, 1), "ratio": round(us / base, 2)}
    repair_only = best_us(lambda: json_repair.repair_json(bare_values, return_objects=True), 10)
    res["json_repair_alone_on_bare_values_us"] = round(repair_only, 1)
    return res


def main() -> None:
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
        print("json_repair.loads alone:", c["json_repair_alone"])
    else:
        print(f"skipping the corpus: {DATA} not found")
    sl = slips()
    res["structural_slips"] = sl
    print(f"\n1b. one structural character dropped or doubled in {sl['documents']} random JSON "
          f"documents (seed {sl['seed']}): {sl['outcomes']}")
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
    print(f"\n3. overhead without re-ask (best of 7; baseline json.loads + model_validate = "
          f"{o['baseline_json_loads_plus_validate_us']} µs on the valid document)")
    for name in ("valid", "broken_python_literal", "broken_js_style",
                 "broken_bare_values_json_repair"):
        r = o[name]
        print(f"{name:31} {r['bytes']:>5} B: {r['us']:9.1f} µs  ({r['ratio']}× baseline)")
    print(f"json_repair.repair_json alone on the last one: "
          f"{o['json_repair_alone_on_bare_values_us']} µs")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(res, indent=1, ensure_ascii=False, default=str) + "\n")
    print(f"\nwrote {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
