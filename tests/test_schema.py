"""The schema guard: validation, re-ask prompts, limits, PII, and the pipeline round trip.

Rungs 1-2 (extraction, truncation, local repair) are tested in test_schema_extract.py.
"""

from __future__ import annotations

import json
from typing import Any

import anyio
import pytest
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, field_validator

import guardwire
from guardwire import ConfigError, Context
from guardwire.guards.schema import SchemaGuard
from guardwire.guards.schema import prompt as prompt_mod
from guardwire.testing import FakeLLM


class Item(BaseModel):
    name: str
    qty: int = Field(ge=1)


class Order(BaseModel):
    customer: str
    items: list[Item]


class StrictAge(BaseModel):
    model_config = ConfigDict(strict=True)
    age: int


class Contact(BaseModel):
    name: str
    email: str = Field(pattern=r"^[^@\s]+@[^@\s]+$")


GOOD = '{"customer":"Ada","items":[{"name":"tea","qty":2}]}'


# -- rung 3 and the guard's decisions ------------------------------------------------------
def test_canonical_valid_answer_is_allowed_and_structured_set() -> None:
    ctx = Context()
    d = SchemaGuard(Order)(GOOD, ctx)
    assert d.action == "allow"
    assert d.data["rung"] == "parsed"
    assert isinstance(ctx.structured, Order)
    assert ctx.structured.items[0].qty == 2


def test_reformatted_but_equal_json_is_allowed() -> None:
    d = SchemaGuard(Order)(json.dumps(json.loads(GOOD), indent=2), Context())
    assert d.action == "allow"


def test_extracted_answer_is_rewritten_to_canonical_json() -> None:
    ctx = Context()
    d = SchemaGuard(Order)(f"Sure:\n```json\n{GOOD}\n```", ctx)
    assert d.action == "rewrite"
    assert d.text == Order.model_validate_json(GOOD).model_dump_json()
    assert d.data["rung"] == "parsed"
    assert d.data["extracted"] is True


def test_repaired_answer_records_the_repaired_rung() -> None:
    ctx = Context()
    d = SchemaGuard(Order)("{'customer': 'Ada', 'items': [{'name': 'tea', 'qty': 2},]}", ctx)
    assert d.action == "rewrite"
    assert d.data["rung"] == "repaired"
    assert ctx.structured == Order.model_validate_json(GOOD)


def test_invalid_answer_asks_again_naming_only_what_is_broken() -> None:
    bad = '{"customer": "Ada", "items": [{"name": "tea", "qty": 0}, {"qty": "TOPSECRET"}]}'
    ctx = Context()
    d = SchemaGuard(Order)(bad, ctx)
    assert d.action == "reask"
    assert d.text is not None
    assert d.data["rung"] == "reask:1"
    lines = d.text.splitlines()
    assert lines[0] == prompt_mod.HEADER
    assert lines[-1] == prompt_mod.FOOTER
    assert "- Constraint violation: items[0].qty: Input should be greater than or equal to 1" \
        in lines
    assert "- Missing: items[1].name" in lines
    assert any(line.startswith("- Format error: items[1].qty:") for line in lines)
    assert "customer" not in d.text  # fields that were fine are not mentioned
    assert "TOPSECRET" not in d.text  # the model's values are not echoed
    assert {e["loc"] for e in d.data["errors"]} == {"items[0].qty", "items[1].name",
                                                    "items[1].qty"}
    assert ctx.structured is None


def test_finish_reason_length_means_truncated_even_if_it_parses() -> None:
    ctx = Context(finish_reason="length")
    d = SchemaGuard(Order)(GOOD, ctx)
    assert d.action == "reask"
    assert d.data["failure"] == "truncated"


def test_strict_model_config_is_respected() -> None:
    assert SchemaGuard(StrictAge)('{"age": "3"}', Context()).action == "reask"
    lax = Context()
    assert SchemaGuard(StrictAge, strict=False)('{"age": "3"}', lax).action == "rewrite"
    assert lax.structured == StrictAge(age=3)


def test_non_model_types_and_ctx_schema() -> None:
    ctx = Context(schema=list[int])
    d = SchemaGuard()("```\n[1, 2, 3]\n```", ctx)
    assert d.action == "rewrite"
    assert ctx.structured == [1, 2, 3]
    assert SchemaGuard(TypeAdapter(list[int]))('["x"]', Context()).action == "reask"
    anything = Context()
    assert SchemaGuard()('{"free": "form"}', anything).action == "allow"
    assert anything.structured == {"free": "form"}


def test_model_from_import_path() -> None:
    g = SchemaGuard(f"{__name__}:Order")
    assert g.model is Order


@pytest.mark.parametrize(("kwargs", "path"), [
    ({"max_reasks": -1}, "max_reasks"),
    ({"max_total_ms": 0}, "max_total_ms"),
    ({"max_reask_tokens": 0}, "max_reask_tokens"),
    ({"on_exhausted": "ignore"}, "on_exhausted"),
    ({"model": "no_colon_here"}, "model"),
    ({"model": "guardwire:NoSuchThing"}, "model"),
    ({"model": object()}, "model"),
])
def test_bad_options_raise_config_error(kwargs: dict[str, Any], path: str) -> None:
    with pytest.raises(ConfigError) as err:
        SchemaGuard(**kwargs)
    assert err.value.path == path


# -- limits and exhaustion -----------------------------------------------------------------
def _run(guard: SchemaGuard, answers: list[str], ctx: Context) -> list[Any]:
    """Feed answers the way the pipeline does: count re-asks between attempts."""
    out = []
    for i, text in enumerate(answers):
        ctx.reasks = i
        out.append(guard(text, ctx))
    return out


def test_an_answer_encoded_twice_as_a_json_string_is_decoded_for_a_model() -> None:
    """Before, '"{\\"customer\\": ...}"' (the JSON of the order, sent as one JSON string)
    was re-asked with 'Input should be an object'; a model that always encodes its answer
    like this ended in RepairFailed."""
    encoded = json.dumps(GOOD)
    ctx = Context()
    d = SchemaGuard(Order)(encoded, ctx)
    assert d.action == "rewrite" and d.data["rung"] == "repaired"
    assert ctx.structured == Order.model_validate_json(GOOD)
    assert SchemaGuard(list[int])(json.dumps("[1, 2]"), ctx).action == "rewrite"
    # a string is a string where the schema takes one; a string holding no JSON is re-asked
    any_ctx, str_ctx = Context(), Context()
    assert SchemaGuard()(encoded, any_ctx).action == "allow" and any_ctx.structured == GOOD
    assert SchemaGuard(str)(encoded, str_ctx).action == "allow" and str_ctx.structured == GOOD
    assert SchemaGuard(Order)('"an order"', Context()).action == "reask"
    # with a vault, the decoded strings are restored like any other
    pii = Context()
    pii.vault.put("<PERSON_1>", "Ada Lovelace")
    SchemaGuard(Order)(json.dumps('{"customer": "<PERSON_1>", "items": []}'), pii)
    assert pii.structured == Order(customer="Ada Lovelace", items=[])


def test_max_reasks_exhaustion_blocks_with_every_attempt() -> None:
    ctx = Context()
    ds = _run(SchemaGuard(Order, max_reasks=2), ["nope", "{}", '{"customer": 1}'], ctx)
    assert [d.action for d in ds] == ["reask", "reask", "block"]
    last = ds[-1]
    assert last.data["repair_failed"] is True
    assert last.data["rung"] == "failed"
    assert last.data["attempts"] == ["nope", "{}", '{"customer": 1}']
    assert len(last.data["errors"]) == 3
    assert ctx.structured is None


def test_fail_open_exhaustion_passes_the_text_degraded() -> None:
    ctx = Context(structured={"stale": "object of an earlier call"})
    d = _run(SchemaGuard(Order, max_reasks=0, on_exhausted="pass"), ["nope"], ctx)[0]
    assert d.action == "allow"
    assert d.data["degraded"] is True and d.data["fired"] is True
    assert d.data["attempts"] == ["nope"]
    assert ctx.structured is None


def test_time_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = iter([0.0, 0.4, 0.9])
    monkeypatch.setattr("guardwire.guards.schema.time.monotonic", lambda: next(clock))
    ds = _run(SchemaGuard(Order, max_reasks=5, max_total_ms=1000), ["a", "b", "c"], Context())
    # 0 ms spent → re-ask; 400 ms spent + 400 per try ≤ 1000 → re-ask;
    # 900 ms spent + 450 per try > 1000 → stop
    assert [d.action for d in ds] == ["reask", "reask", "block"]
    assert "max_total_ms" in ds[-1].data["exhausted_by"]


def test_token_budget_counts_the_whole_conversation() -> None:
    ctx = Context(original_input="p" * 100)
    g = SchemaGuard(Order, max_reasks=5, max_reask_tokens=1000, count_tokens=len)
    ds = _run(g, ["x" * 200, "y" * 200], ctx)
    assert ds[0].action == "reask"
    assert ds[1].action == "block"
    assert "max_reask_tokens" in ds[1].data["exhausted_by"]
    state = ctx.guard_state("schema")
    assert state["tokens"] == g.reask_cost(Context(original_input="p" * 100),
                                           {"attempts": ["x" * 200], "prompts": []},
                                           state["prompts"][0])
    roomy = SchemaGuard(Order, max_reasks=5, max_reask_tokens=10_000, count_tokens=len)
    assert [d.action for d in _run(roomy, ["x" * 200, "y" * 200], Context())] == [
        "reask", "reask"]


# -- PII placeholders ----------------------------------------------------------------------
def test_placeholders_are_restored_before_validation_and_kept_in_prompts() -> None:
    ctx = Context()
    ctx.vault.put("<EMAIL_1>", "ada@example.org")
    ctx.vault.put("<PERSON_1>", "Ada Lovelace")
    d = SchemaGuard(Contact)('{"name": "<PERSON_1>", "email": "<EMAIL_1>"}', ctx)
    assert d.action == "rewrite"
    assert ctx.structured == Contact(name="Ada Lovelace", email="ada@example.org")
    ctx2 = Context()
    ctx2.vault.put("<PERSON_1>", "Ada Lovelace")
    bad = SchemaGuard(Contact)('{"name": "<PERSON_1>", "email": "Ada Lovelace"}', ctx2)
    assert bad.action == "reask"
    assert bad.text is not None and "Ada Lovelace" not in bad.text


# -- through the pipeline ------------------------------------------------------------------
def test_guarded_response_model_reasks_once_and_returns_the_object() -> None:
    llm = FakeLLM(['Here you go: {"customer": "Ada"}', GOOD])
    f = guardwire.guarded(llm.complete, pipeline=guardwire.Pipeline(), response_model=Order)
    assert f("order?") == Order.model_validate_json(GOOD)
    assert len(llm.calls) == 2
    assert "Missing: items" in llm.calls[1]["prompt"]
    assert 'Here you go: {"customer": "Ada"}' in llm.calls[1]["prompt"]


def test_a_valid_null_for_an_optional_model_returns_none_not_the_text() -> None:
    """ctx.structured None could not tell a validated null from no object: 'null' came back."""
    llm = FakeLLM(["null", GOOD, " null "])
    ctx = Context()
    f = guardwire.guarded(llm.complete, pipeline=guardwire.Pipeline(),
                          response_model=Order | None)
    assert f("order?", guard_ctx=ctx) is None and ctx.structured_set
    assert f("order?", guard_ctx=ctx) == Order.model_validate_json(GOOD)
    assert f("order?") is None


def test_guarded_raises_repair_failed_with_attempts() -> None:
    llm = FakeLLM(["a", "b", "c", "d"])
    p = guardwire.Pipeline(output=[SchemaGuard(max_reasks=1)])
    f = guardwire.guarded(llm.chat, pipeline=p, response_model=Order)
    with pytest.raises(guardwire.RepairFailed) as err:
        f([{"role": "user", "content": "order?"}])
    assert err.value.attempts == ("a", "b")
    assert len(llm.calls) == 2


def test_tolerant_placeholder_forms_are_restored_but_unknown_ones_are_not_filled() -> None:
    pytest.importorskip("guardwire.guards.pii.restore")
    ctx = Context()
    ctx.vault.put("<PERSON_1>", "Ada Lovelace")
    d = SchemaGuard(Contact)('{"name": "[PERSON 1]", "email": "<PERSON_2>@x.org"}', ctx)
    assert d.action == "rewrite"
    assert ctx.structured == Contact(name="Ada Lovelace", email="<PERSON_2>@x.org")


def test_pii_placeholders_stay_placeholders_across_reasks_and_are_restored() -> None:
    pii = pytest.importorskip("guardwire.guards.pii")
    redactor = pii.PIIRedactor(ner="off", entities=["EMAIL_ADDRESS"])
    redactor.warm()  # build the engine outside the guard's time budget

    def model(prompt: str) -> str:  # copies the placeholder it was given
        placeholder = prompt.split("Contact: Ada, ")[1].split()[0]
        if "Missing: name" in prompt:
            return f'{{"name": "Ada", "email": "{placeholder}"}}'
        return f'{{"email": "{placeholder}"}}'

    llm = FakeLLM(model)
    f = guardwire.guarded(llm.complete, pipeline=guardwire.Pipeline(input=[redactor]),
                          response_model=Contact)
    assert f("Contact: Ada, ada@example.org") == Contact(name="Ada", email="ada@example.org")
    assert len(llm.calls) == 2
    assert all("ada@example.org" not in c["prompt"] for c in llm.calls)
    assert "<EMAIL_ADDRESS_1>" in llm.calls[1]["prompt"]


def test_async_guarded_call_reasks() -> None:
    llm = FakeLLM(['{"customer": "Ada", "items": "none"}', GOOD])
    f = guardwire.guarded(llm.acomplete, pipeline=guardwire.Pipeline(), response_model=Order)

    async def main() -> Any:
        return await f("order?")

    assert anyio.run(main) == Order.model_validate_json(GOOD)
    assert "Format error: items:" in llm.calls[1]["prompt"]


class Greeting(BaseModel):
    to: str

    @field_validator("to")
    @classmethod
    def not_a_banned_name(cls, v: str) -> str:
        if v == "Ada Lovelace":
            raise ValueError(f"{v} may not be greeted")
        return v


def test_validator_messages_quoting_restored_values_are_redacted_everywhere() -> None:
    ctx = Context()
    ctx.vault.put("<PERSON_1>", "Ada Lovelace")
    d = _run(SchemaGuard(Greeting, max_reasks=1), ['{"to": "<PERSON_1>"}'] * 2, ctx)
    assert d[0].action == "reask"
    assert d[0].text is not None and "<PERSON_1> may not be greeted" in d[0].text
    for decision in d:
        assert "Ada Lovelace" not in decision.reason
        assert "Ada Lovelace" not in json.dumps(dict(decision.data), default=str)
    assert "Ada Lovelace" not in (d[0].text or "")


def test_error_paths_through_a_restored_key_keep_the_placeholder() -> None:
    """Before, a dict key restored from a placeholder went into the re-ask Decision's
    errors as a path ({'loc': 'Ada Lovelace'}): the person's name reached verdicts, logs and
    traces although every prompt and reason showed <PERSON_1>."""
    ctx = Context()
    ctx.vault.put("<PERSON_1>", "Ada Lovelace")
    ages = SchemaGuard(dict[str, int], max_reasks=1)
    d = _run(ages, ['{"<PERSON_1>": "old"}'] * 2, ctx)
    assert [x.action for x in d] == ["reask", "block"]
    assert d[0].data["errors"] == [{"loc": "<PERSON_1>", "type": "int_parsing"}]
    for decision in d:
        assert "Ada Lovelace" not in json.dumps(dict(decision.data), default=str)
        assert "Ada Lovelace" not in decision.reason + (decision.text or "")
    ctx2 = Context()
    ctx2.vault.put("<PERSON_1>", "Ada Lovelace")
    assert ages('{"<PERSON_1>": 36}', ctx2).action == "rewrite"
    assert ctx2.structured == {"Ada Lovelace": 36}  # the object itself holds the real key


# -- numbers a float cannot hold -----------------------------------------------------------
class Reading(BaseModel):
    value: float
    count: int = 0
    upper: float = float("inf")  # an infinity the model class puts there is not the answer's
    note: str | None = None


@pytest.mark.parametrize("answer", [
    '{"value": 1e999}', '{"value": -1E+400, "note": null}', '{\n "value": 2.5e308\n}',
    '{"value": 1' + "0" * 400 + "}",           # a huge integer becomes inf in a float field
    "```json\n{'value': 1e999}\n```",           # the slow path (extracted, Python literal)
])
def test_a_number_that_overflows_to_infinity_is_asked_again(answer: str) -> None:
    ctx = Context()
    d = SchemaGuard(Reading)(answer, ctx)
    assert d.action == "reask" and ctx.structured is None
    assert "too large" in d.text and d.data["errors"] == [
        {"loc": "(root)", "type": "number_too_large"}]


class Aliased(BaseModel):
    value: float = Field(alias="Value")


def test_overflow_is_found_with_any_json_value_aliases_and_a_pii_vault() -> None:
    assert SchemaGuard()('[1, 2e999]', Context()).action == "reask"
    assert SchemaGuard()('{"a": [1' + "0" * 400 + "]}", Context()).action == "allow"  # an int
    assert SchemaGuard(Aliased)('{"Value": 1e999}', Context()).action == "reask"
    assert SchemaGuard(list[float])('[1, 2, 3e400]', Context()).action == "reask"
    ctx = Context()
    ctx.vault.put("<PERSON_1>", "Ada Lovelace")
    d = SchemaGuard(Reading)('{"value": 1e999, "note": "<PERSON_1>"}', ctx)
    assert d.action == "reask" and "too large" in d.text


@pytest.mark.parametrize(("answer", "expected"), [
    ('{"value": 1e308, "note": null}', Reading(value=1e308)),
    ('{"value": 1.5, "count": 1' + "0" * 400 + "}", Reading(value=1.5, count=10 ** 400)),
    ('{"value": 0, "note": "1e999 is not a number here"}',
     Reading(value=0, note="1e999 is not a number here")),
])
def test_large_but_readable_numbers_and_a_default_infinity_are_kept(
        answer: str, expected: Reading) -> None:
    ctx = Context()
    d = SchemaGuard(Reading)(answer, ctx)
    assert d.action in ("allow", "rewrite") and ctx.structured == expected
    assert ctx.structured.upper == float("inf")


def test_several_arrays_read_as_a_list_are_reasked_as_several_values() -> None:
    """Before: '[1, 2]\\n[3, 4]' for list[int] was re-asked with '[0]: Input should be a
    valid integer' and '[1]: …', items the model never wrote as such."""
    d = SchemaGuard(list[int])("[1, 2]\n[3, 4]", Context())
    assert d.action == "reask" and "several JSON values" in (d.text or "")
    assert "[0]" not in (d.text or "")
    # an object of newline-delimited JSON with a bad field is still named by its path
    d = SchemaGuard(list[Item])('{"name": "a", "qty": 1}\n{"name": "b", "qty": "x"}',
                                Context())
    assert d.data["errors"] == [{"loc": "[1].qty", "type": "int_parsing"}]
