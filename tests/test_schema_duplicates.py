"""Duplicate keys: ``{"total": 5, "total": 7}`` is re-asked naming the key, on every rung.

Before, json.loads, pydantic, ast.literal_eval and the dialect passes all kept the last value
silently (the user got ``total=7``); only json-repair's faithfulness check refused it.
"""

from __future__ import annotations

import pytest
from pydantic import BaseModel

import guardwire
from guardwire import Context
from guardwire.guards.schema import SchemaGuard, parse_answer
from guardwire.testing import FakeLLM


class Invoice(BaseModel):
    total: int


class Line(BaseModel):
    sku: str
    qty: int


class Order(BaseModel):
    lines: list[Line]


# every rung that reads an object: strict JSON, a fence, prose, raw newlines, a Python
# literal, the dialect passes (unquoted keys, unquoted values), a lost closer, an extra `}`,
# newline-delimited values, json-repair (an unquoted value with a `#`), a JSONP wrapper
@pytest.mark.parametrize("text", [
    '{"total": 5, "total": 7}',
    '```json\n{"total": 5, "total": 7}\n```',
    'Here it is: {"total": 5, "total": 7} Hope this helps.',
    '{"total": 5, "total": 7, "note": "a\nb"}',
    "{'total': 5, 'total': 7,}",
    "{total: 5, total: 7}",
    "{total: five, total: seven}",
    '{"total": 5, "total": 7}}',
    '{"total": 5, "total": 7,}',
    '{"total": 5}\n{"total": 6, "total": 7}',
    '{"total": 5, "note": a #1 b, "total": 7}',
    'cb({"total": 5, "total": 7});',
])
def test_a_key_written_twice_is_not_read_as_one_of_its_values(text: str) -> None:
    parsed = parse_answer(text)
    assert parsed.status == "not_json" and parsed.value is None
    assert parsed.duplicates == ("total",)
    d = SchemaGuard()(text, Context())
    assert d.action == "reask"
    assert d.data["errors"] == [{"loc": "total", "type": "duplicate_key"}]
    assert "total: this key is written more than once" in (d.text or "")


def test_the_path_of_a_nested_duplicate_is_named() -> None:
    text = '{"lines": [{"sku": "a", "qty": 1}, {"sku": "b", "qty": 1, "qty": 2}]}'
    d = SchemaGuard(Order)(text, Context())
    assert d.action == "reask"
    assert d.data["errors"] == [{"loc": "lines[1].qty", "type": "duplicate_key"}]
    assert parse_answer(text.replace('"', "'")).duplicates == ("lines[1].qty",)
    assert parse_answer(text.replace('"qty"', "qty")).duplicates == ("lines[1].qty",)


def test_fast_path_with_a_model_reasks_instead_of_keeping_the_last() -> None:
    """With a model, pydantic's parser gave Invoice(total=7) for this answer."""
    d = SchemaGuard(Invoice)('{"total": 5, "total": 7}', Context())
    assert d.action == "reask" and d.data["failure"] == "not_json"
    # also when the last value fails validation: the duplicate is what to fix first
    d = SchemaGuard(Invoice)('{"total": 5, "total": "seven"}', Context())
    assert d.data["errors"] == [{"loc": "total", "type": "duplicate_key"}]


def test_a_duplicate_inside_a_json_string_answer_is_named() -> None:
    d = SchemaGuard(Invoice)('"{\\"total\\": 5, \\"total\\": 7}"', Context())
    assert d.action == "reask"
    assert d.data["errors"] == [{"loc": "total", "type": "duplicate_key"}]


def test_a_later_fence_with_a_duplicate_counts_as_a_different_value() -> None:
    text = '```json\n{"total": 5}\n```\nor\n```json\n{"total": 5, "total": 7}\n```'
    assert parse_answer(text).status == "not_json"


def test_same_key_in_different_objects_is_fine() -> None:
    text = '{"lines": [{"sku": "a", "qty": 1}, {"sku": "b", "qty": 2}]}'
    ctx = Context()
    assert SchemaGuard(Order)(text, ctx).action == "allow"
    assert ctx.structured == Order.model_validate_json(text)
    # and a key equal to a string value elsewhere is no duplicate
    assert parse_answer('{"a": "a", "b": {"a": 1}}').value == {"a": "a", "b": {"a": 1}}


def test_with_a_vault_the_duplicate_is_reasked_too() -> None:
    ctx = Context()
    ctx.vault.put("<PERSON_1>", "Ada")
    d = SchemaGuard(Invoice)('{"total": 5, "total": 7, "who": "<PERSON_1>"}', ctx)
    assert d.action == "reask"


def test_through_the_pipeline_the_second_answer_is_returned() -> None:
    llm = FakeLLM(['{"total": 5, "total": 7}', '{"total": 7}'])
    f = guardwire.guarded(llm.complete, pipeline=guardwire.Pipeline(), response_model=Invoice)
    assert f("total?") == Invoice(total=7)
    assert len(llm.calls) == 2
    assert "total: this key is written more than once" in llm.calls[1]["prompt"]


def test_two_keys_that_one_restored_placeholder_makes_equal_are_reasked() -> None:
    """Before, {"<PERSON_1>": 1, "Ada Lovelace": 2} became {"Ada Lovelace": 2} once the
    placeholder was restored: one of the two values was dropped silently."""
    ctx = Context()
    ctx.vault.put("<PERSON_1>", "Ada Lovelace")
    d = SchemaGuard(dict[str, int])('{"<PERSON_1>": 1, "Ada Lovelace": 2}', ctx)
    assert d.action == "reask" and ctx.structured is None
    assert d.data["errors"] == [{"loc": "<PERSON_1>", "type": "duplicate_key"}]
    assert "Ada" not in (d.text or "")
    ctx = Context()
    ctx.vault.put("<PERSON_1>", "Ada Lovelace")
    SchemaGuard(dict[str, int])('{"<PERSON_1>": 1, "Bob": 2}', ctx)
    assert ctx.structured == {"Ada Lovelace": 1, "Bob": 2}


def test_restoring_never_merges_two_keys_into_one() -> None:
    """instructor's object is restored without a re-ask: before, {"<PERSON_1>": 1,
    "Ada Lovelace": 2} in a dict field came back as {"Ada Lovelace": 2}."""
    from guardwire.guards.schema.restore import placeholder_filler, restore_value

    ctx = Context()
    ctx.vault.put("<PERSON_1>", "Ada Lovelace")
    fill = placeholder_filler(ctx.vault)
    assert fill is not None
    both = {"<PERSON_1>": 1, "Ada Lovelace": 2}
    assert restore_value({"scores": both}, fill) == {"scores": both}
    assert restore_value({"<PERSON_1>": "<PERSON_1>"}, fill) == {"Ada Lovelace": "Ada Lovelace"}


@pytest.mark.parametrize(("text", "want"), [
    # the colons inside an unquoted time are no keys: read as before (json-repair)
    ('{"t": 2024-10-18T18:35, "u": 2024-10-18T18:40}',
     {"t": "2024-10-18T18:35", "u": "2024-10-18T18:40"}),
    ("{a: 10:00, b: 10:30}", None),  # re-asked as before, but not as '10' written twice
])
def test_colons_of_unquoted_values_are_not_duplicate_keys(text: str, want: object) -> None:
    """The first version of the token check took '2024-10-18T18' (before the time's colon)
    for a key and re-asked the first answer as 'written twice'."""
    p = parse_answer(text)
    assert p.duplicates == () and p.value == want
