"""The type a :class:`SchemaGuard` validates against: resolved from a config string, made a
``TypeAdapter`` once, and named in reasons and prompts."""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter

from ..._dotted import import_dotted
from ...exceptions import ConfigError


def resolve_model(model: Any) -> Any:
    if not isinstance(model, str):
        return model
    return import_dotted(model, path="model", what="package.module:Name")


def make_adapter(model: Any) -> TypeAdapter[Any]:
    if isinstance(model, TypeAdapter):
        return model
    try:
        return TypeAdapter(model)
    except Exception as exc:  # pydantic raises several error types for unusable types
        raise ConfigError(f"not a type pydantic can validate: {model!r} ({exc})",
                          path="model") from exc


def type_name(model: Any) -> str:
    if model is None:
        return "JSON value"
    if isinstance(model, TypeAdapter):
        return type_name(getattr(model, "_type", None))
    name = getattr(model, "__name__", None)
    return name if isinstance(name, str) and not getattr(model, "__args__", None) else repr(model)
