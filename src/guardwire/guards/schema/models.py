"""The type a :class:`SchemaGuard` validates against: resolved from a config string, made a
``TypeAdapter`` once, and named in reasons and prompts."""

from __future__ import annotations

import importlib
from typing import Any

from pydantic import TypeAdapter

from ...exceptions import ConfigError


def resolve_model(model: Any) -> Any:
    if not isinstance(model, str):
        return model
    mod_name, _, attr = model.partition(":")
    if not mod_name or not attr:
        raise ConfigError(f"expected 'package.module:Name', got {model!r}", path="model")
    try:
        obj: Any = importlib.import_module(mod_name)
        for part in attr.split("."):
            obj = getattr(obj, part)
    except (ImportError, AttributeError) as exc:
        raise ConfigError(f"cannot import {model!r}: {exc}", path="model") from exc
    return obj


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
