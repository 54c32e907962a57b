"""Part 3 of ``eval_schema.py``: the schema guard's overhead without a re-ask, and where the
json-repair path spends its time.

A ~2 KB invoice, valid and broken five ways: a Python literal (single quotes, trailing commas);
JavaScript-style JSON (unquoted keys, a comment), which the dialect passes fix; one unquoted
string value in otherwise valid JSON and the JavaScript-style text with all 40 string values
unquoted — those two only json-repair read until the dialect passes read plain unquoted values
(the row names are kept) — and the 40 unquoted values with a ``/`` in every title, which the
passes left to json-repair until they read a single ``/`` inside a value (A/B of both rules in
one process: ``slash_ab``). Every time is the best of ``repeat`` runs of a
loop, against ``json.loads`` + ``Invoice.model_validate`` of the valid document measured in the
same run, so the ratios are comparable even on a busy machine. The valid invoice with a null in
every line (``note: str | None``, against its own baseline) is the case where the overflow check
(``guards/schema/overflow.py``) walks the validated object.

For the three unquoted-value documents the rung-4 work is taken apart: the ladder with the partial
path (json-repair on the broken containers only, the default) and without it, json-repair
alone (with and without its log), the dialect passes, the trust checks, and json-repair on
each unquoted value on its own — no split of the text can hand json-repair less than that.
``fast-json-repair`` (optional, a Rust port) is timed on the same text and its value put
through the same checks, when it is installed.
"""

from __future__ import annotations

import importlib
import json
import re
import time
from collections.abc import Callable
from typing import Any

import json_repair
from pydantic import BaseModel

from guardwire import Context
from guardwire.guards.schema import SchemaGuard, parse_answer
from guardwire.guards.schema.checks import judge_repair
from guardwire.guards.schema.dialects import normalize, tokenize

# the first two needed json-repair until the dialect passes read plain unquoted values
# (the names are kept so that results stay comparable); the third still needs it
REPAIR_ROWS = ("broken_one_bare_value_json_repair", "broken_bare_values_json_repair",
               "broken_bare_values_with_slashes_json_repair")


class Line(BaseModel):
    sku: str
    title: str
    qty: int
    price: float


class Invoice(BaseModel):
    number: str
    customer: str
    lines: list[Line]


class NotedLine(Line):
    note: str | None = None


class NotedInvoice(BaseModel):
    """The invoice with a null in every line: the overflow check walks the object then."""

    number: str
    customer: str
    lines: list[NotedLine]


def documents() -> dict[str, str]:
    lines = [{"sku": f"SKU-{i:04d}", "title": f"Item number {i} with a longer title",
              "qty": i % 7 + 1, "price": round(3.5 * i, 2)} for i in range(20)]
    doc = {"number": "INV-2026-0042", "customer": "Example Trading Ltd", "lines": lines}
    valid = json.dumps(doc, indent=1)
    while len(valid) < 2048:
        lines.append(dict(lines[0]))
        valid = json.dumps(doc, indent=1)
    # ways models break it: a Python literal (single quotes, trailing commas) …
    python_style = valid.replace('"', "'").replace("\n ]", ",\n ]").replace("\n }", ",\n }")
    # … JavaScript-ish JSON (unquoted keys, a comment), which the dialect passes fix …
    js_style = valid
    for key in ("sku", "title", "qty", "price", "number", "customer", "lines"):
        js_style = js_style.replace(f'"{key}":', f"{key}:")
    js_style = js_style.replace("{", "{ // generated\n", 1)
    # … one unquoted value in valid JSON, and JS-style with every string value unquoted:
    # the dialect passes read those now (plain runs of words)
    title = lines[3]["title"]
    one_bare = valid.replace(f'"title": "{title}"', f'"title": {title}')
    bare_values = js_style
    for line in lines:
        for key in ("sku", "title"):
            bare_values = bare_values.replace(f'{key}: "{line[key]}"', f"{key}: {line[key]}")
    # … and the same with a `/` in every title ("w/"): json-repair read these until the passes
    # read a single `/` inside a value (the row name is kept)
    slashed = bare_values.replace(" with a longer title", " w/ a longer title")
    return {"valid": valid, "broken_python_literal": python_style, "broken_js_style": js_style,
            REPAIR_ROWS[0]: one_bare, REPAIR_ROWS[1]: bare_values, REPAIR_ROWS[2]: slashed}


def expected_invoice(name: str, valid: str) -> Invoice:
    """The invoice a document stands for (the slashed one has other titles)."""
    if name == REPAIR_ROWS[2]:
        valid = valid.replace(" with a longer title", " w/ a longer title")
    return Invoice.model_validate_json(valid)


def best_us(fn: Callable[[], object], number: int, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _ in range(number):
            fn()
        times.append((time.perf_counter() - t0) / number)
    return min(times) * 1e6


def _repair(text: str, logging: bool = True) -> Any:
    return json_repair.repair_json(text, return_objects=True, logging=logging,
                                   skip_json_loads=True)


def breakdown(doc: str, expected: Invoice, base: float, repeat: int) -> dict[str, Any]:
    """Where the time of one json-repair document goes (µs, and ratios)."""
    norm = normalize(doc, bare_values=False)  # what json-repair reads when it is needed
    toks = norm.tokens or tokenize(norm.text)
    value, log = _repair(norm.text)
    repairs = tuple(str(e.get("text", "")) for e in log)
    parts: dict[str, Callable[[], object]] = {
        "rungs_1_4_partial_default": lambda: parse_answer(doc),
        "rungs_1_4_full_repair_only": lambda: parse_answer(doc, partial=False),
        "json_repair_raw_no_log": lambda: _repair(doc, logging=False),
        "json_repair_raw_with_log": lambda: _repair(doc),
        "json_repair_on_dialect_output_with_log": lambda: _repair(norm.text),
        "dialect_passes": lambda: normalize(doc),
        "dialect_passes_leaving_unquoted_values": lambda: normalize(doc, bare_values=False),
        "trust_checks": lambda: judge_repair(norm.text, value, repairs, toks),
    }
    # the floor of any split of the text: json-repair on each unquoted value on its own
    values = [ln.split(": ", 1)[1].rstrip(",") for ln in norm.text.splitlines()
              if ('"sku": ' in ln or '"title": ' in ln) and '": "' not in ln]
    parts[f"json_repair_on_each_unquoted_value_alone_{len(values)}"] = lambda: [
        _repair('{"v": ' + v + "}") for v in values]
    together = "{" + ", ".join(f'"k{i}": {v}' for i, v in enumerate(values)) + "}"
    parts["json_repair_on_the_unquoted_values_in_one_object"] = lambda: _repair(together)
    out: dict[str, Any] = {}
    raw = 0.0
    for name, fn in parts.items():
        us = best_us(fn, 10, repeat)
        raw = us if name == "json_repair_raw_no_log" else raw
        out[name] = {"us": round(us, 1), "ratio": round(us / base, 1)}
    for row in out.values():
        row["vs_json_repair_raw_no_log"] = round(row["us"] / raw, 2)
    out["fast_json_repair"] = _fast(norm.text, toks, expected, base, repeat)
    return out


def _fast(text: str, toks: list[tuple[str, str]], expected: Invoice, base: float,
          repeat: int) -> dict[str, Any]:
    """fast-json-repair on the dialect output: time, and what the same checks make of it."""
    try:  # optional, measured only: not a dependency of guardwire
        fn: Any = importlib.import_module("fast_json_repair").repair_json
    except ImportError:
        return {"installed": False}
    us = best_us(lambda: fn(text, return_objects=True, logging=True, skip_json_loads=True), 30,
                 repeat)
    value, log = fn(text, return_objects=True, logging=True, skip_json_loads=True)
    problem = judge_repair(text, value, tuple(str(e.get("type", "")) for e in log), toks)
    try:
        validates_to_expected = Invoice.model_validate(value) == expected
    except ValueError:
        validates_to_expected = False
    return {"installed": True, "us": round(us, 1), "ratio": round(us / base, 1),
            "trust_checks": problem or "accepted",
            "pydantic_gives_the_expected_invoice": validates_to_expected}


def overhead(repeat: int = 9) -> dict[str, Any]:
    docs = documents()
    valid = docs["valid"]
    guard = SchemaGuard(Invoice)
    assert guard(valid, Context()).data["rung"] == "parsed"
    for name, doc in docs.items():
        ctx = Context()
        if name != "valid":
            assert guard(doc, ctx).data["rung"] == "repaired", name
            assert ctx.structured == expected_invoice(name, valid), name

    def baseline() -> object:
        return Invoice.model_validate(json.loads(valid))

    base = best_us(baseline, 300, repeat)
    res: dict[str, Any] = {"baseline_json_loads_plus_validate_us": round(base, 1),
                           "goals_ms": {"valid": 0.2, "broken": 2.0}, "repeat": repeat}
    numbers = {"valid": 300, "broken_python_literal": 100, "broken_js_style": 30}
    for name, doc in docs.items():
        us = best_us(lambda doc=doc: guard(doc, Context()), numbers.get(name, 10), repeat)  # type: ignore[misc]
        res[name] = {"bytes": len(doc), "us": round(us, 1), "ratio": round(us / base, 2)}
    noted = json.loads(valid)
    for line in noted["lines"]:
        line["note"] = None
    noted_doc = json.dumps(noted, indent=1)
    noted_guard = SchemaGuard(NotedInvoice)
    assert noted_guard(noted_doc, Context()).action == "allow"
    noted_base = best_us(lambda: NotedInvoice.model_validate(json.loads(noted_doc)), 300, repeat)
    us = best_us(lambda: noted_guard(noted_doc, Context()), 300, repeat)
    res["valid_with_a_null_per_line"] = {
        "bytes": len(noted_doc), "us": round(us, 1), "ratio": round(us / noted_base, 2),
        "baseline_us": round(noted_base, 1)}
    res["large_valid_answer"] = large_valid()
    res["slash_rule_ab"] = slash_ab(repeat)
    res["duplicate_check_ab"] = duplicate_check_ab(repeat)
    res["json_repair_path_breakdown"] = {
        name: breakdown(docs[name], expected_invoice(name, valid), base, repeat)
        for name in REPAIR_ROWS}
    return res


def slash_ab(repeat: int = 9) -> dict[str, Any]:
    """The row with a ``/`` in every title, with the passes reading a single ``/`` (now) and
    with the rule before (every value with a ``/`` left to json-repair), alternating in one
    process; same object both ways."""
    import guardwire.guards.schema.dialects as dialects  # the rule is swapped for the A
    docs = documents()
    name = REPAIR_ROWS[2]
    doc, want = docs[name], expected_invoice(name, docs["valid"])
    rules = {"before": re.compile(r"[#/\\*`<>|]|\.\.|…"), "now": dialects._RUN_BREAK}
    guard = SchemaGuard(Invoice)
    times: dict[str, list[float]] = {k: [] for k in rules}
    try:
        for _ in range(repeat):
            for k, rule in rules.items():
                dialects._RUN_BREAK = rule
                ctx = Context()
                guard(doc, ctx)
                assert ctx.structured == want, k
                times[k].append(best_us(lambda: guard(doc, Context()), 10, 1))
    finally:
        dialects._RUN_BREAK = rules["now"]
    before, now = min(times["before"]), min(times["now"])
    return {"before_us": round(before, 1), "now_us": round(now, 1),
            "now_over_before": round(now / before, 2)}


def duplicate_check_ab(repeat: int = 9) -> dict[str, Any]:
    """The valid invoice with the fast path's duplicate-key check (one ``json.loads`` with a
    hook, whose value replaces the ``from_json`` deciding allow/rewrite) and without it (the
    check swapped out: ``from_json`` as before), alternating in one process."""
    import guardwire.guards.schema as schema  # the check is swapped out for the A

    valid = documents()["valid"]
    guard = SchemaGuard(Invoice)
    real = schema.raw_of_fast_path  # type: ignore[attr-defined]
    variants: dict[str, Any] = {"without": lambda text, out: out, "with": real}
    times: dict[str, list[float]] = {k: [] for k in variants}
    try:
        for _ in range(repeat):
            for k, fn in variants.items():
                schema.raw_of_fast_path = fn  # type: ignore[attr-defined]
                assert guard(valid, Context()).action == "allow", k
                times[k].append(best_us(lambda: guard(valid, Context()), 300, 1))
    finally:
        schema.raw_of_fast_path = real  # type: ignore[attr-defined]
    without, with_ = min(times["without"]), min(times["with"])
    return {"without_us": round(without, 1), "with_us": round(with_, 1),
            "with_over_without": round(with_ / without, 2)}


def large_valid(repeat: int = 5) -> dict[str, Any]:
    """A valid ~1.4 MB answer (the invoice with 20,000 lines, one line per item) through the
    guard against pydantic's own ``validate_json`` of it, alternating in one process. Each time
    is the best of ``repeat`` loops of 3 calls."""
    lines = [{"sku": f"SKU-{i:05d}", "title": f"Item {i}", "qty": i % 7 + 1,
              "price": round(3.5 * i, 2)} for i in range(20_000)]
    doc = json.dumps({"number": "INV-2026-0042", "customer": "Example Trading Ltd",
                      "lines": lines}, indent=None).replace("}, {", "},\n{")
    guard = SchemaGuard(Invoice)
    assert guard(doc, Context()).data["rung"] == "parsed"
    pyd: list[float] = []
    ours: list[float] = []
    for _ in range(repeat):
        pyd.append(best_us(lambda: Invoice.model_validate_json(doc), 3, 1))
        ours.append(best_us(lambda: guard(doc, Context()), 3, 1))
    return {"bytes": len(doc), "items": len(lines), "repeat": repeat,
            "pydantic_validate_json_ms": round(min(pyd) / 1000, 1),
            "guard_ms": round(min(ours) / 1000, 1),
            "guard_over_pydantic": round(min(ours) / min(pyd), 2)}


def report(o: dict[str, Any]) -> None:
    print(f"\n3. overhead without re-ask (best of {o['repeat']}; baseline json.loads + "
          f"model_validate = {o['baseline_json_loads_plus_validate_us']} µs on the valid "
          "document)")
    for name in ("valid", "valid_with_a_null_per_line", "broken_python_literal",
                 "broken_js_style", *REPAIR_ROWS):
        r = o[name]
        print(f"{name:34} {r['bytes']:>5} B: {r['us']:9.1f} µs  ({r['ratio']}× baseline)")
    big = o["large_valid_answer"]
    print(f"\n  valid {big['bytes']:,} B answer ({big['items']:,} lines), pydantic validate_json "
          f"{big['pydantic_validate_json_ms']} ms: guard {big['guard_ms']} ms "
          f"({big['guard_over_pydantic']}×)")
    dup = o["duplicate_check_ab"]
    print(f"\n  valid invoice, duplicate-key check A/B in one process: without {dup['without_us']} "
          f"µs, with {dup['with_us']} µs: {dup['with_over_without']}×")
    ab = o["slash_rule_ab"]
    print(f"\n  a `/` in every title, A/B in one process: before (json-repair) "
          f"{ab['before_us']} µs, now (the passes) {ab['now_us']} µs: {ab['now_over_before']}×")
    for name, parts in o["json_repair_path_breakdown"].items():
        print(f"\n  where the time goes, {name}:")
        for part, r in parts.items():
            if part == "fast_json_repair":
                print(f"    {part:52} {r}")
            else:
                print(f"    {part:52} {r['us']:9.1f} µs  {r['ratio']:6}× baseline  "
                      f"{r['vs_json_repair_raw_no_log']:5}× json-repair alone")
