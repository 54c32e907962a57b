"""``Iterable[X]`` types: every item is validated before the answer is accepted.

pydantic validates an ``Iterable[X]`` lazily, item by item, only while it is iterated. Before,
``SchemaGuard(Iterable[User])`` accepted ``[{"name": "b", "age": "x"}]`` without looking at the
items, and dumping the canonical JSON consumed the iterator: the caller got an empty iterator
(``[]`` as the answer text for the invalid answer, ``list(ctx.structured) == []`` for a valid one).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable

from pydantic import BaseModel

import guardwire
from guardwire import Context
from guardwire.guards.schema import SchemaGuard


class User(BaseModel):
    name: str
    age: int


class Team(BaseModel):
    name: str
    members: Iterable[User]


def test_a_bad_item_is_reasked_with_its_path() -> None:
    d = SchemaGuard(Iterable[User])('[{"name": "a", "age": 1}, {"name": "b", "age": "x"}]',
                                    Context())
    assert d.action == "reask" and "- Format error: [1].age: " in (d.text or "")
    d = SchemaGuard(Team)('{"name": "t", "members": [{"name": "b", "age": "x"}]}', Context())
    assert d.action == "reask" and "- Format error: members[0].age: " in (d.text or "")


def test_the_object_holds_every_item() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no serializer warning for the list either
        ctx = Context()
        d = SchemaGuard(Iterable[User])("[{name: 'a', age: 1}, {name: 'b', age: 2}]", ctx)
        assert d.action == "rewrite"
        assert list(ctx.structured) == [User(name="a", age=1), User(name="b", age=2)]  # type: ignore[call-overload]
        assert list(ctx.structured) == list(ctx.structured)  # type: ignore[call-overload]
        assert d.text == '[{"name":"a","age":1},{"name":"b","age":2}]'
        ctx = Context()
        SchemaGuard(Team)('{"name": "t", "members": [{"name": "a", "age": 1}]}', ctx)
        assert list(ctx.structured.members) == [User(name="a", age=1)]  # type: ignore[union-attr]


def test_response_model_iterable_returns_the_items() -> None:
    ask = guardwire.guarded(lambda prompt: '[{"name": "a", "age": 1}]',
                            pipeline=guardwire.Pipeline(), response_model=Iterable[User])
    assert list(ask("x")) == [User(name="a", age=1)]


def test_placeholders_in_a_lazy_iterable_are_restored() -> None:
    """Before: the restorer (used on instructor's objects) passed a pydantic ValidatorIterator
    through untouched, so Team(members=…) kept '<PERSON_1>' in its items."""
    from pydantic import TypeAdapter

    from guardwire.guards.schema.restore import restore_value

    team = TypeAdapter(Team).validate_python(
        {"name": "t", "members": [{"name": "<PERSON_1>", "age": 36}]})
    restored = restore_value(team, lambda s: s.replace("<PERSON_1>", "Ada Lovelace"))
    assert list(restored.members) == [User(name="Ada Lovelace", age=36)]


def test_a_partial_object_with_a_lazy_iterable_keeps_its_items() -> None:
    """Once the restorer read lazy iterators (previous commit), instructor's partial objects
    were restored twice from one item (the whole object, then the held-back view), and the
    second pass found the iterator spent: the view shown had no members."""
    from pydantic import TypeAdapter

    from guardwire.integrations.instructor import _Partial

    ctx = Context()
    ctx.vault.put("<PERSON_1>", "Ada Lovelace")
    item = TypeAdapter(Team).validate_python(
        {"name": "t <PERS", "members": [{"name": "<PERSON_1>", "age": 36}]})
    partial = _Partial(item, ctx)
    assert partial.held_back and partial.shown.name == "t "
    assert list(partial.shown.members) == [User(name="Ada Lovelace", age=36)]
    assert list(partial.full.members) == [User(name="Ada Lovelace", age=36)]
