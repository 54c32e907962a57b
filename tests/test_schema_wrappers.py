"""An answer wrapped in an object of one key (``{"result": {…}}``, ``{"data": […]}``).

Before, such an answer was re-asked ("Missing: name", "Missing: age") although the object the
type wants was written in full one level down — one more model call for nothing. Now the inner
value is taken when it fits the type and the wrapper does not; the rung is ``repaired`` and the
Decision's ``repairs`` say it was unwrapped, from which key. A wrapper of several keys, a
wrapper the type itself accepts, or an inner value that does not fit either still goes the way
it went before.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from pydantic import BaseModel

import guardwire
from guardwire import Context
from guardwire.guards.schema import SchemaGuard
from guardwire.testing import FakeLLM


class Person(BaseModel):
    name: str
    age: int


class Holder(BaseModel):  # a type whose own field is the wrapper's key
    result: Person


class Price(BaseModel):
    amount: Decimal


PERSON = {"name": "Ada", "age": 36}


def _wrap(key: str, inner: object, indent: int | None = None) -> str:
    return json.dumps({key: inner}, indent=indent)


@pytest.mark.parametrize("key", ["result", "data", "response", "person", "output"])
@pytest.mark.parametrize("indent", [None, 2])
def test_one_key_wrapper_is_unwrapped_when_only_the_inner_value_fits(
        key: str, indent: int | None) -> None:
    ctx = Context()
    d = SchemaGuard(Person)(_wrap(key, PERSON, indent), ctx)
    assert d.action == "rewrite"
    assert ctx.structured == Person(**PERSON)
    assert d.data["rung"] == "repaired"
    assert any("unwrapped" in r and repr(key) in r for r in d.data["repairs"])
    assert json.loads(d.text or "") == PERSON  # the answer text is the object's JSON


@pytest.mark.parametrize("text", [
    "```json\n" + _wrap("result", PERSON) + "\n```",  # in a fence
    "Here it is: " + _wrap("data", PERSON),  # after prose
    "{'result': {'name': 'Ada', 'age': 36,},}",  # a Python literal
])
def test_wrapper_found_on_the_slower_rungs_is_unwrapped_too(text: str) -> None:
    ctx = Context()
    d = SchemaGuard(Person)(text, ctx)
    assert d.action == "rewrite" and ctx.structured == Person(**PERSON)
    assert any("unwrapped" in r for r in d.data["repairs"])


def test_array_in_a_wrapper_for_a_list_type() -> None:
    ctx = Context()
    d = SchemaGuard(list[Person])(_wrap("items", [PERSON, PERSON]), ctx)
    assert d.action == "rewrite" and ctx.structured == [Person(**PERSON)] * 2


def test_decimals_inside_a_wrapper_keep_their_digits() -> None:
    ctx = Context()
    assert SchemaGuard(Price)('{"data": {"amount": 1.10}}', ctx).action == "rewrite"
    assert str(ctx.structured.amount) == "1.10"


@pytest.mark.parametrize("text", [
    json.dumps({"result": PERSON, "status": "ok"}),  # several keys: which is the answer?
    json.dumps({"a": PERSON, "b": PERSON}),
    _wrap("result", {"name": "Ada"}),  # the inner value does not fit either
    _wrap("data", _wrap("result", PERSON)),  # two levels: not unwrapped twice
    _wrap("result", "Ada, 36"),  # a string inside: not an object or array
    _wrap("result", [PERSON]),  # an array for an object type
])
def test_ambiguous_or_unfitting_wrappers_are_still_reasked(text: str) -> None:
    ctx = Context()
    d = SchemaGuard(Person)(text, ctx)
    assert d.action == "reask" and ctx.structured is None
    assert d.data["failure"] == "invalid"


def test_a_type_that_reads_the_wrapper_key_gets_the_wrapper() -> None:
    ctx = Context()
    d = SchemaGuard(Holder)(_wrap("result", PERSON), ctx)
    assert d.action == "allow" and ctx.structured == Holder(result=Person(**PERSON))


def test_without_a_schema_the_value_is_kept_as_written() -> None:
    ctx = Context()
    d = SchemaGuard()(_wrap("result", PERSON), ctx)
    assert d.action == "allow" and ctx.structured == {"result": PERSON}


def test_guarded_call_unwraps_without_a_reask() -> None:
    llm = FakeLLM([_wrap("result", PERSON), json.dumps(PERSON)])
    ask = guardwire.guarded(llm.complete, pipeline=guardwire.Pipeline(), response_model=Person)
    ctx = Context()
    assert ask("Who?", guard_ctx=ctx) == Person(**PERSON)
    assert len(llm.calls) == 1 and ctx.reasks == 0


@pytest.mark.parametrize("key", ["manager", "author", "spouse", "parent"])
def test_a_key_that_names_another_thing_is_not_unwrapped(key: str) -> None:
    # {"manager": {...}} asked for a Person: the inner object is *a* person, perhaps not the
    # one the type asks for; taking it would return a value the model did not say is the answer
    ctx = Context()
    d = SchemaGuard(Person)(_wrap(key, PERSON), ctx)
    assert d.action == "reask"
    assert ctx.structured is None


@pytest.mark.parametrize("key", ["Person", "PERSON", "persons", "Result", "final_answer",
                                 "structured-output"])
def test_generic_or_type_named_keys_in_any_spelling_are_unwrapped(key: str) -> None:
    ctx = Context()
    d = SchemaGuard(Person)(_wrap(key, PERSON), ctx)
    assert d.action == "rewrite"
    assert ctx.structured == Person(**PERSON)
