"""The type a :class:`SchemaGuard` validates against: resolved from a config string, made a
``TypeAdapter`` once, named in reasons and prompts, and its object written as the canonical
JSON answer (by alias when that is what the type reads back)."""

from __future__ import annotations

import inspect
import json
from dataclasses import dataclass
from typing import Any

from pydantic import TypeAdapter
from pydantic_core import from_json

from ..._dotted import import_dotted
from ...exceptions import ConfigError
from .core_nodes import core_nodes
from .decimals import has_decimal
from .lazy import has_lazy


def resolve_model(model: Any) -> Any:
    if not isinstance(model, str):
        return model
    return import_dotted(model, path="model", what="package.module:Name")


def make_adapter(model: Any) -> TypeAdapter[Any]:
    if isinstance(model, TypeAdapter):
        return model
    if inspect.isroutine(model):  # pydantic would build a schema that *calls* it with the answer
        raise ConfigError(f"not a type: {model!r} is a function; name a pydantic model or "
                          "another type (package.module:Name)", path="model")
    try:
        return TypeAdapter(model)
    except Exception as exc:  # pydantic raises several error types for unusable types
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ConfigError(f"not a type pydantic can validate: {model!r} ({first})",
                          path="model") from exc


def type_name(model: Any) -> str:
    if model is None:
        return "JSON value"
    if isinstance(model, TypeAdapter):
        return type_name(getattr(model, "_type", None))
    name = getattr(model, "__name__", None)
    return name if isinstance(name, str) and not getattr(model, "__args__", None) else repr(model)


@dataclass(frozen=True, slots=True)
class Traits:
    """What the guard needs to know about a type, found once per adapter."""

    decimal: bool  # its schema validates a Decimal somewhere (see .decimals)
    by_alias: bool | None  # how to dump its objects (None: pydantic's default, by name)
    lazy: bool = False  # it holds an Iterable[X], validated while read (see .lazy)


_FIELDS = frozenset(("model-field", "dataclass-field", "typed-dict-field"))


def traits(adapter: TypeAdapter[Any]) -> Traits:
    return Traits(has_decimal(adapter), _alias_dump(adapter), has_lazy(adapter))


def _alias_dump(adapter: TypeAdapter[Any]) -> bool | None:
    """``True`` when the type has aliases and every field's serialization alias is one its
    validation accepts (``alias=``, ``AliasChoices`` holding it): dumped by alias, the JSON
    then validates as the type again — dumped by name, ``Field(alias="firstName")`` gives
    ``first_name``, which it rejects. ``None`` (by name, or as the model's config says) when
    there is no alias or a field writes a key it does not read (``serialization_alias``
    alone, ``validate_by_alias=False``)."""
    aliased = False
    for node in core_nodes(adapter):
        if node.get("validate_by_alias") is False:  # a config that reads names only
            return None
        ser = node.get("serialization_alias")
        if ser is not None and node.get("type") in _FIELDS:
            read = node.get("validation_alias")
            if not (read == ser or (isinstance(read, list) and [ser] in read)):
                return None
            aliased = True
    return True if aliased else None


def canonical(adapter: TypeAdapter[Any], value: Any, kind: Traits) -> str:
    """The object's JSON: the answer text the guard returns (an ``Iterable[X]`` holds a list
    here, which pydantic's serializer warns about but writes right)."""
    by_alias = kind.by_alias
    try:
        return adapter.dump_json(value, by_alias=by_alias, warnings=not kind.lazy).decode()
    except Exception:  # an exotic type pydantic cannot serialise: keep the JSON we parsed
        return json.dumps(adapter.dump_python(value, mode="json", by_alias=by_alias,
                                              warnings=False), ensure_ascii=False, default=str)


def same_json(text: str, dumped: str, adapter: TypeAdapter[Any], obj: Any, raw: Any,
              kind: Traits) -> bool:
    """The answer already is the object's JSON (``dumped``), up to whitespace and key order;
    ``raw`` is the answer's parsed JSON, or None to parse ``text``."""
    if text.strip() == dumped:
        return True
    try:
        return bool((from_json(text) if raw is None else raw)
                    == adapter.dump_python(obj, mode="json", by_alias=kind.by_alias,
                                           warnings=not kind.lazy))
    except ValueError:
        return False
