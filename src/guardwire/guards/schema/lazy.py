"""Lazily validated iterables (``Iterable[X]``) read into lists, so every item is validated.

pydantic validates an ``Iterable[X]`` (a ``generator`` core schema) item by item, only while
it is iterated. The guard accepted ``[{"age": "x"}]`` for ``Iterable[User]`` without looking at
the items, and dumping the canonical JSON then consumed the iterator: the caller got an empty
iterator. :func:`drain` reads every such iterator in a validated object into a list (an
iterable too, and one that can be read again); an item's ``ValidationError`` is raised with its
path from the root (``members[1].age``), as if pydantic had validated it at once. Only run for a
type whose schema holds a ``generator`` (:func:`has_lazy`, once per type).
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from .core_nodes import core_nodes

ITERATOR = type(TypeAdapter(Iterable[int]).validate_python([]))  # pydantic's ValidatorIterator
Path = tuple[int | str, ...]


def has_lazy(adapter: TypeAdapter[Any]) -> bool:
    """The type's core schema validates an iterable lazily somewhere."""
    return any(node.get("type") == "generator" for node in core_nodes(adapter))


def drain(value: Any, path: Path = ()) -> Any:
    """``value`` with every lazy iterator in it read into a list (the same object when none)."""
    if isinstance(value, ITERATOR):
        items: list[Any] = []
        try:
            items.extend(value)
        except ValidationError as exc:
            raise _prefixed(exc, path) from None
        return [drain(x, (*path, i)) for i, x in enumerate(items)]
    if isinstance(value, BaseModel):
        fields = type(value).model_fields
        update = {}
        for name, f in fields.items():
            old = getattr(value, name, None)
            new = drain(old, (*path, f.alias or name))
            if new is not old:
                update[name] = new
        return value.model_copy(update=update) if update else value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changed = {f.name: new for f in dataclasses.fields(value)
                   if (new := drain(old := getattr(value, f.name, None), (*path, f.name)))
                   is not old}
        if not changed:
            return value
        out = copy.copy(value)
        for name, new in changed.items():
            object.__setattr__(out, name, new)
        return out
    if isinstance(value, dict):
        new_items = {k: drain(v, (*path, k)) for k, v in value.items()}
        return value if all(new_items[k] is v for k, v in value.items()) else new_items
    if isinstance(value, list | tuple):
        new_list = [drain(v, (*path, i)) for i, v in enumerate(value)]
        if all(a is b for a, b in zip(new_list, value, strict=True)):
            return value
        return new_list if isinstance(value, list) else type(value)(new_list)
    return value


def _prefixed(exc: ValidationError, path: Path) -> ValidationError:
    """``exc`` with ``path`` before every error's ``loc`` (the iterator's place in the object)."""
    if not path:
        return exc
    try:
        return ValidationError.from_exception_data(exc.title, [
            {"type": e["type"], "loc": (*path, *e["loc"]), "input": e["input"],
             **({"ctx": e["ctx"]} if "ctx" in e else {})}  # type: ignore[typeddict-item]
            for e in exc.errors(include_url=False)])
    except (KeyError, TypeError, ValueError):  # an error type it cannot rebuild: as it is
        return exc
