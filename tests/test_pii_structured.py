"""Structured output keeps its types through restoration: enum members stay members,
dataclasses, named tuples and sets are restored (the schema guard accepts any type pydantic's
``TypeAdapter`` does), and nothing that holds no placeholder is rebuilt."""

from __future__ import annotations

import dataclasses
import enum
from typing import Any, NamedTuple

from pydantic import BaseModel

from guardwire import Context
from guardwire.guards.pii import PIIRestorer, restore_structured


class Color(str, enum.Enum):  # noqa: UP042 (the pre-3.11 idiom, common in pydantic code)
    RED = "red"


class Level(enum.StrEnum):
    HIGH = "high"


class Ticket(BaseModel):
    color: Color
    level: Level
    who: str


@dataclasses.dataclass
class Contact:
    who: str
    tags: list[str]


@dataclasses.dataclass(frozen=True)
class FrozenContact:
    who: str


class Pair(NamedTuple):
    who: str
    n: int


def restored(obj: Any) -> Any:
    ctx = Context()
    ctx.vault.put("<PERSON_1>", "Ada Lovelace")
    ctx.structured = obj
    d = PIIRestorer()("", ctx)
    assert d.data.get("structured") is (True if "Ada" in repr(ctx.structured) else None)
    return ctx.structured


def test_enum_members_stay_members() -> None:
    t = restored(Ticket(color=Color.RED, level=Level.HIGH, who="<PERSON_1>"))
    assert t.color is Color.RED and t.level is Level.HIGH and t.who == "Ada Lovelace"
    out = restored([Color.RED, {"k": Level.HIGH}])
    assert out[0] is Color.RED and out[1]["k"] is Level.HIGH


def test_nothing_to_restore_returns_the_same_objects() -> None:
    obj = {"a": [Color.RED, "plain"], "b": ("x", 1)}
    assert restore_structured(obj, lambda s: s) is obj
    assert restore_structured(obj, lambda s: "".join(list(s))) is obj  # an equal copy: no change


def test_dataclasses_are_restored() -> None:
    c = Contact(who="<PERSON_1>", tags=["PERSON_1", "x"])
    out = restored(c)
    assert out is c and c == Contact(who="Ada Lovelace", tags=["Ada Lovelace", "x"])
    frozen = restored(FrozenContact(who="[PERSON_1]"))
    assert frozen == FrozenContact(who="Ada Lovelace")


def test_named_tuples_and_sets_keep_their_type() -> None:
    pair = restored(Pair("<PERSON_1>", 3))
    assert type(pair) is Pair and pair == Pair("Ada Lovelace", 3)
    tags = restored({"tags": frozenset({"<PERSON_1>", "x"}), "s": {"PERSON_1"}})
    assert tags == {"tags": frozenset({"Ada Lovelace", "x"}), "s": {"Ada Lovelace"}}
    assert type(tags["tags"]) is frozenset


class Loose(BaseModel, extra="allow"):
    who: str


class FrozenLoose(BaseModel, extra="allow", frozen=True):
    who: str


def test_extra_fields_of_a_model_that_allows_them_are_restored() -> None:
    loose = restored(Loose.model_validate({"who": "<PERSON_1>", "cc": "[PERSON_1]",
                                           "team": [{"lead": "PERSON_1"}]}))
    assert loose.who == "Ada Lovelace"
    assert loose.model_extra == {"cc": "Ada Lovelace", "team": [{"lead": "Ada Lovelace"}]}
    frozen = restored(FrozenLoose.model_validate({"who": "x", "cc": "<PERSON_1>"}))
    assert frozen.model_extra == {"cc": "Ada Lovelace"}


def test_two_keys_restoring_to_one_value_keep_both_entries() -> None:
    out = restored({"<PERSON_1>": {"role": "author"}, "[PERSON_1]": {"role": "editor"},
                    "x": 1})
    assert out["Ada Lovelace"] == {"role": "author"}
    assert out["[PERSON_1]"] == {"role": "editor"}  # kept as written: no entry is lost
    assert len(out) == 3
