"""Rungs 1-2 of the schema ladder: extraction, truncation, parsing and local repair."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardwire import Context
from guardwire.guards.schema import SchemaGuard, parse_answer, strip_fences
from guardwire.guards.schema.locate import _scan_end_fast, _scan_end_full

EVAL = Path(__file__).resolve().parents[1] / "../shared/evaldata/malformed_json"
GOOD = '{"customer":"Ada","items":[{"name":"tea","qty":2}]}'

# -- rungs 1-2: extraction, truncation, parse, local repair ---------------------------------
@pytest.mark.parametrize("text", [
    f"```json\n{GOOD}\n```",
    f"```\n{GOOD}\n```",
    f"Here is the order:\n```json\n{GOOD}\n```\nAnything else?",
    f"{GOOD}\n```",
    f"```{GOOD}```",
    f"Sure! Here it is: {GOOD}",
    f"{GOOD}\n\nI hope this helps.",
])
def test_extracts_json_from_fences_and_prose(text: str) -> None:
    p = parse_answer(text)
    assert p.status == "parsed"
    assert p.extracted
    assert p.value == json.loads(GOOD)


@pytest.mark.parametrize("text", [
    '{"customer": "Ada", "items": [{"name": "tea", "qty": 2',  # open array/object
    '{"customer": "Ada", "note": "she said',                    # open string
    '```json\n{"customer": "Ada", "items": [',                 # open fence
    '{"customer": "Ada", "total": 2.',                         # dangling number
    '{"customer": "Ada",',
    '[1, 2, 3',
    '"an unfinished string',
    "2e+",
])
def test_truncation_is_detected_before_repair(text: str) -> None:
    assert parse_answer(text).status == "truncated"


@pytest.mark.parametrize(("text", "expected"), [
    ("{'a': 1, 'b': True, 'c': None,}", {"a": 1, "b": True, "c": None}),
    ('{"a": 1 /* note */, "b": [1, 2,],}', {"a": 1, "b": [1, 2]}),
    ('{"text": "line one\nline two"}', {"text": "line one\nline two"}),
    ('{a: 1, b: "x"}', {"a": 1, "b": "x"}),
])
def test_local_repair(text: str, expected: Any) -> None:
    p = parse_answer(text)
    assert p.status == "repaired"
    assert p.value == expected


@pytest.mark.parametrize("text", [
    '{"a":2}{}',          # two values glued together
    '{"a":2}foo',         # junk glued to the value
    '{"a",',              # missing value (json-repair would invent "")
    '{:2}',               # value without a key
    "",
    "no json here at all",
])
def test_unreadable_answers_never_become_values(text: str) -> None:
    p = parse_answer(text)
    assert not p.ok
    assert p.value is None


OTHER = '{"customer":"Bob","items":[]}'


@pytest.mark.parametrize("text", [
    f"Draft:\n```json\n{GOOD}\n```\nCorrected:\n```json\n{OTHER}\n```",
    f"```json\n{GOOD}\n```\nor\n```\n{OTHER}\n```\n",
    f"```json\n{{'customer': 'Ada', 'items': [],}}\n```\nFixed:\n```json\n{OTHER}\n```",
    f"```json\n{GOOD}\n```\n```python\nprint(1)\n```\n```json\n[1, 2]\n```",
])
def test_code_fences_holding_different_json_values_are_not_one_answer(text: str) -> None:
    """Before, the first fence's value was returned and the model's correction in the second
    fence silently dropped (two JSON values without fences were already re-asked)."""
    p = parse_answer(text)
    assert p.status == "not_json" and p.value is None
    assert "several JSON values" in p.problem
    d = SchemaGuard()(text, Context())
    assert d.action == "reask" and d.data["failure"] == "not_json"


@pytest.mark.parametrize("text", [
    f"```json\n{GOOD}\n```\nLoad it with:\n```python\nimport json\ndata = json.loads(s)\n```",
    f"```json\n{GOOD}\n```\nSame, compact:\n```json\n{json.dumps(json.loads(GOOD))}\n```",
    f"```json\n{GOOD}\n```\nand then ```",
])
def test_later_fences_that_are_not_json_or_hold_the_same_value_are_fine(text: str) -> None:
    p = parse_answer(text)
    assert p.ok and p.extracted
    assert p.value == json.loads(GOOD)


@pytest.mark.parametrize("text", [
    f"{GOOD} or maybe {OTHER}",
    f"{GOOD}\n\nWait, I made a mistake. The right one is:\n{OTHER}",
    f"Option A: {GOOD}\nOption B: {OTHER}",
    f"{GOOD}\nCorrected: {{customer: 'Bob', items: []}}",
])
def test_a_second_object_in_the_prose_after_the_value_is_not_dropped(text: str) -> None:
    """Before, the first value was returned and the correction written after it dropped with
    the prose (glued or on one line, two values were already re-asked)."""
    p = parse_answer(text)
    assert p.status == "not_json" and p.value is None


@pytest.mark.parametrize("text", [
    f"{GOOD}\n\nNote: the qty field {{see docs}} is approximate.",
    f"{GOOD}\n\nSources: [1], [2].",
    f"{GOOD}\n\n(quantities are in [units])",
])
def test_prose_after_the_value_with_brackets_but_no_object_is_still_dropped(text: str) -> None:
    p = parse_answer(text)
    assert p.ok and p.extracted and p.value == json.loads(GOOD)


@pytest.mark.parametrize("text", [
    f"<json>{GOOD}</json>",
    f"<answer>\n{GOOD}</answer>\n\nLet me know if you need more.",
    f"{GOOD}</s>",
    f"<|im_start|>assistant\n{GOOD}<|im_end|>",
])
def test_a_value_closed_by_a_tag_or_an_end_token_is_read(text: str) -> None:
    """Before, '<json>{...}</json>' (as Claude is often asked to write) and a leaked end
    token were 'text glued to the JSON value': re-asked, and a model that keeps its format
    ran into RepairFailed."""
    p = parse_answer(text)
    assert p.ok and p.extracted and p.value == json.loads(GOOD)


def test_a_tagged_value_followed_by_another_object_is_still_refused() -> None:
    assert parse_answer(f"<a>{GOOD}</a>\n<b>{OTHER}</b>").status == "not_json"
    assert parse_answer(f"{GOOD}<b>").status == "not_json"  # an opening tag: more may follow


@pytest.mark.parametrize("text", [
    '{"f0": {k0: null, k1: "q", "k2": true}}  ,\nf1: {"k0": [], k1: 1}}',  # a doubled }
    '{a: {b: 1}} , c: 2}',
    '{a: {b: 1}}\n, c: 2}',
    '[1, 2] , 3]',
    '{"a": 1} : 2',
])
def test_a_value_closed_early_and_going_on_after_a_comma_is_not_cut(text: str) -> None:
    """Before, with unquoted keys after it, the rest was taken for prose and dropped:
    '{a: {b: 1}} , c: 2}' gave {'a': {'b': 1}} (c lost) instead of a re-ask."""
    p = parse_answer(text)
    assert p.status == "not_json" and p.value is None


def test_string_that_looks_like_json_is_kept_whole() -> None:
    assert parse_answer('"{a:b}"').value == "{a:b}"
    assert strip_fences("no fence") == ("no fence", False)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8)
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner,
                                                                 max_size=4),
    max_leaves=12,
)
containers = st.one_of(st.lists(json_values, min_size=1, max_size=4),
                       st.dictionaries(st.text(max_size=5), json_values, min_size=1, max_size=4))


@settings(max_examples=150, deadline=None)
@given(value=containers, indent=st.sampled_from([None, 2]), data=st.data())
def test_property_every_cut_of_a_json_document_is_truncation(value: Any, indent: int | None,
                                                              data: st.DataObject) -> None:
    doc = json.dumps(value, indent=indent, ensure_ascii=False)
    cut = data.draw(st.integers(min_value=1, max_value=len(doc) - 1))
    assert parse_answer(doc[:cut]).status == "truncated"
    d = SchemaGuard()(doc[:cut], Context())
    assert d.action == "reask"
    assert d.data["failure"] == "truncated"


@settings(max_examples=150, deadline=None)
@given(value=json_values, wrap=st.sampled_from(["{}", "```json\n{}\n```", "Result:\n{}\n\nDone.",
                                                 "  {}  "]))
def test_property_valid_json_round_trips(value: Any, wrap: str) -> None:
    doc = json.dumps(value, indent=2)
    text = wrap.replace("{}", doc)
    if not doc.startswith(("{", "[")) and wrap.startswith("Result"):
        return  # a bare scalar inside prose is not extracted (it is indistinguishable)
    p = parse_answer(text)
    assert p.ok
    assert p.value == value


# -- the jsonrepair test corpus (shared evaldata) --------------------------------------------
def _rows() -> list[dict[str, Any]]:
    path = EVAL / "jsonrepair_js_tests.jsonl"
    if not path.exists():
        pytest.skip("shared evaldata not available")
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def test_corpus_truncated_rows_are_all_detected() -> None:
    rows = [r for r in _rows() if "truncated" in r["source"] and r["broken"].rstrip()[-1:]
            not in "]}"]
    assert len(rows) >= 25
    missed = [r["broken"] for r in rows if parse_answer(r["broken"]).status != "truncated"]
    assert missed == []


def test_corpus_error_rows_never_yield_an_invented_value() -> None:
    rows = [r for r in _rows() if r["kind"] == "error"]
    yielded = [r["broken"] for r in rows if parse_answer(r["broken"]).ok]
    assert yielded == []


def test_corpus_valid_rows_are_unchanged() -> None:
    for r in (r for r in _rows() if r["kind"] == "valid_unchanged"):
        p = parse_answer(r["broken"])
        assert p.status == "parsed" and p.value == r["expected"]


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet='{}[]"\'/*:,ab1 \n\\“”', max_size=30))
def test_property_fast_truncation_scan_agrees_with_the_full_one(text: str) -> None:
    fast = _scan_end_fast(text, 0)
    assert fast is None or fast == _scan_end_full(text, 0)


@pytest.mark.parametrize(("text", "expected"), [
    ('{"a": 1}}', {"a": 1}),
    ("{}}", {}),
    ('```json\n{"id": 7, "tags": null, "name": "x}"}}\n```', {"id": 7, "tags": None, "name": "x}"}),
])
def test_one_extra_brace_after_an_object_of_scalars_is_dropped(text: str, expected: Any) -> None:
    p = parse_answer(text)
    assert p.status == "repaired" and p.value == expected
    assert "an extra closing brace after an object without nested values dropped" in p.repairs


@pytest.mark.parametrize("text", [
    '{"a": {"b": 1}, "c": 2}}',  # the inner } may belong at the end: {"a": {"b": 1, "c": 2}}
    '{"a": [1]}}',               # the same for an array
    "[1, 2]]",                   # [[1, 2]] with a lost [
    '{"a": 1}]',                 # [{"a": 1}] with a lost [
    '{"a": 1}}}',                # two extra
    '{"a": 1}}]}',
    "{]",                        # {} or []: the opener may be the mistyped one
    "[1, [}]",                   # [1, []] or [1, {}]
])
def test_other_extra_or_mismatched_closers_are_not_guessed(text: str) -> None:
    assert parse_answer(text).status == "not_json"


# -- a reasoning block before the answer ----------------------------------------------------
@pytest.mark.parametrize("text", [
    f'<think>The user wants JSON, maybe {{"customer": "Bob"}}? No: Ada.</think>\n{GOOD}',
    f"<thinking>\nDraft: {{customer: Bob}}\n</thinking>\n\n```json\n{GOOD}\n```",
    f'  <think>[1, 2] or {{"a": 1}}</think>{GOOD}',
])
def test_a_reasoning_block_before_the_answer_is_not_the_answer(text: str) -> None:
    """Before: reasoning models (DeepSeek-R1, Qwen3 …) write ``<think>…</think>`` into the
    content; a JSON draft in it made every such answer 'several JSON values' (re-asked)."""
    p = parse_answer(text)
    assert p.status == "parsed" and p.extracted and p.value == json.loads(GOOD)
    assert "a reasoning block before the answer left out" in p.repairs


@pytest.mark.parametrize("text", [
    '<think>{"customer": "Ada", "items": []}</think>',  # the only JSON is in the reasoning
    '<think>still thinking {"customer": "Ada"}',  # never closed: the answer is not there yet
    f'Intro <think>x</think>\n{GOOD} and {{"customer": "Bob"}}',  # not a leading block
])
def test_json_only_in_the_reasoning_is_no_answer(text: str) -> None:
    """Before, the first two gave the reasoning's draft as the answer."""
    assert not parse_answer(text).ok
    assert SchemaGuard()(text, Context()).action == "reask"


def test_many_reasoning_blocks_are_read_without_recursion() -> None:
    """Before: each leading block was left out by a recursive call, so an answer of 3,000
    ``<think>x</think>`` blocks raised RecursionError out of the schema guard (no Decision)."""
    text = "<think>x</think>" * 3000 + GOOD
    p = parse_answer(text)
    assert p.ok and p.value == json.loads(GOOD)
    assert p.repairs.count("a reasoning block before the answer left out") == 1
    assert SchemaGuard()("<think>x</think>" * 3000, Context()).action == "reask"


# -- sentence and Markdown marks glued to the value ------------------------------------------
@pytest.mark.parametrize("text", [
    f"Here is the order: {GOOD}.",
    f"{GOOD}.",
    f"Here: `{GOOD}`.",
    f"`{GOOD}`",
    f"**{GOOD}**",
    f"Use `{GOOD}` as the payload.",
    f"Done: {GOOD}! Anything else?",
])
def test_a_sentence_mark_or_inline_code_glued_to_the_value(text: str) -> None:
    """Before: a period, a closing back-tick or ``**`` right after the value made it 'text
    glued to the JSON value' (re-asked), though the value was complete."""
    p = parse_answer(text)
    assert p.status == "parsed" and p.value == json.loads(GOOD), p.problem


@pytest.mark.parametrize("text", [
    f"{GOOD}.5",  # a number goes on
    f"{GOOD}}}.",  # an extra closer before the mark
    f"{GOOD}. Or maybe {{\"customer\": \"Bob\"}}",  # a second object after it
    f"{GOOD}.[1]",
    "[1, 2]].",
])
def test_marks_do_not_hide_a_second_value_or_a_broken_one(text: str) -> None:
    assert not parse_answer(text).ok
