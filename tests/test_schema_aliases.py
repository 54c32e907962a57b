"""The answer text the schema guard returns validates as the same model, aliases included.

Before, the canonical JSON was dumped by field name: for ``first_name: str =
Field(alias="firstName")`` the guard turned the model's correct ``{"firstName": "Ada"}`` into
``{"first_name":"Ada"}``, which the caller's own ``Model.model_validate_json`` rejects
("firstName: Field required"), and an answer already in that form was a ``rewrite``.
"""

from __future__ import annotations

import pytest
from pydantic import AliasChoices, BaseModel, ConfigDict, Field, TypeAdapter
from pydantic.alias_generators import to_camel

import guardwire
from guardwire import Context
from guardwire.guards.schema import SchemaGuard


class Aliased(BaseModel):
    first_name: str = Field(alias="firstName")
    age: int


class ByName(BaseModel):
    model_config = ConfigDict(populate_by_name=True)
    first_name: str = Field(alias="firstName")


class WritesOnly(BaseModel):
    """A serialization alias only: the model reads ``first_name`` and writes ``FN``."""

    first_name: str = Field(serialization_alias="FN")


class Choices(BaseModel):
    first_name: str = Field(validation_alias=AliasChoices("firstName", "fn"),
                            serialization_alias="firstName")


class Camel(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel)
    first_name: str
    last_seen_at: int


class NamesOnly(BaseModel):
    """Aliases it writes but does not read (``validate_by_alias=False``)."""

    model_config = ConfigDict(alias_generator=to_camel, validate_by_name=True,
                              validate_by_alias=False)
    first_name: str


class Team(BaseModel):
    lead: Aliased
    members: list[Aliased]


@pytest.mark.parametrize(("model", "answer"), [
    (Aliased, '{"firstName": "Ada", "age": 36}'),
    (ByName, '{"first_name": "Ada"}'),
    (ByName, '{"firstName": "Ada"}'),
    (WritesOnly, '{"first_name": "Ada"}'),
    (Choices, '{"fn": "Ada"}'),
    (Camel, '{"firstName": "Ada", "lastSeenAt": 3}'),
    (NamesOnly, '{"first_name": "Ada"}'),
    (Team, '{"lead": {"firstName": "Ada", "age": 36}, "members": '
           '[{"firstName": "Bob", "age": 1}]}'),
    (list[Aliased], "[{firstName: 'Ada', age: 36}]"),  # a repaired answer
])
def test_the_returned_text_validates_as_the_model(model: object, answer: str) -> None:
    ctx = Context()
    d = SchemaGuard(model)(answer, ctx)
    assert d.action in ("allow", "rewrite")
    text = d.text if d.action == "rewrite" else answer
    assert TypeAdapter(model).validate_json(text) == ctx.structured


def test_an_answer_already_written_by_alias_is_allowed_as_it_is() -> None:
    ctx = Context()
    d = SchemaGuard(Aliased)('{"firstName": "Ada", "age": 36}', ctx)
    assert d.action == "allow" and ctx.structured == Aliased(firstName="Ada", age=36)


def test_a_text_pipeline_returns_json_the_caller_can_validate() -> None:
    pipeline = guardwire.Pipeline(output=[SchemaGuard(Aliased)])
    ask = guardwire.guarded(lambda prompt: "{firstName: Ada, age: 36}", pipeline=pipeline)
    assert Aliased.model_validate_json(ask("who?")) == Aliased(firstName="Ada", age=36)
