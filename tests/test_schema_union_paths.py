"""Repair prompts for unions name paths of the answer, and only the member the model meant.

Before, pydantic's union labels were printed as if they were keys (``pet.Cat.meows``,
``pet.cat.meows`` for a discriminated union), and every member's errors were listed: a cat
with a bad ``meows`` was also told ``pet.Dog.kind: Input should be 'dog'`` and
``Missing: pet.Dog.barks``.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, model_validator

from guardwire import Context
from guardwire.guards.schema import SchemaGuard


class Cat(BaseModel):
    kind: Literal["cat"]
    meows: int


class Dog(BaseModel):
    kind: Literal["dog"]
    barks: int


class Tagged(BaseModel):
    pet: Annotated[Cat | Dog, Field(discriminator="kind")]


class Plain(BaseModel):
    pets: list[Cat | Dog]


class Scalar(BaseModel):
    x: int | bool


def _reask(model: type[BaseModel], text: str, fill: str = "") -> tuple[str, list[str]]:
    ctx = Context()
    if fill:
        ctx.vault.put("<PERSON_1>", fill)
    d = SchemaGuard(model)(text, ctx)
    assert d.action == "reask"
    return d.text or "", [e["loc"] for e in d.data["errors"]]


def test_a_discriminated_union_member_tag_is_not_a_path() -> None:
    prompt, locs = _reask(Tagged, '{"pet": {"kind": "cat", "meows": "x"}}')
    assert locs == ["pet.meows"] and "pet.cat" not in prompt


def test_a_plain_union_names_only_the_closest_member() -> None:
    text = '{"pets": [{"kind": "dog", "barks": 1}, {"kind": "cat", "meows": "x"}]}'
    for answer in (text, text.replace('"', "'")):  # fast path, and the repaired path
        prompt, locs = _reask(Plain, answer)
        assert locs == ["pets[1].meows"], answer
        assert "Dog" not in prompt and "barks" not in prompt and "'dog'" not in prompt
    _, locs = _reask(Plain, '{"pets": [{"kind": "dog"}]}')  # missing field of the member
    assert locs == ["pets[0].barks"]


def test_tied_scalar_members_are_all_named_at_the_field() -> None:
    prompt, locs = _reask(Scalar, '{"x": [1]}')
    assert locs == ["x", "x"]
    assert "valid integer" in prompt and "valid boolean" in prompt


def test_with_a_vault_the_paths_are_cleaned_too() -> None:
    _, locs = _reask(Tagged, '{"pet": {"kind": "cat", "meows": "<PERSON_1>"}}', fill="Ada")
    assert locs == ["pet.meows"]


class Unwrapped(BaseModel):
    name: str

    @model_validator(mode="before")
    @classmethod
    def _unwrap(cls, v: Any) -> Any:
        return v["data"] if isinstance(v, dict) and "data" in v else v


def test_a_path_that_a_validator_reshaped_is_kept_as_pydantic_gives_it() -> None:
    """The first version of the label rule dropped 'name' here (no such key at the top of the
    answer) and told the model '(root): Input should be a valid string'."""
    _, locs = _reask(Unwrapped, '{"data": {"name": 5}}')
    assert locs == ["name"]
