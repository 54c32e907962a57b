"""Put PII vault values back into the string fields of a parsed or validated object.

Used by the schema guard (on the parsed JSON, before validation) and by the instructor
integration (on the model instance instructor returns). Strings are restored with the PII
guard's tolerant :func:`guardwire.guards.pii.restore.restore_placeholders` (it also reads
``<PERSON 1>``/``[PERSON_1]`` forms and never fills a placeholder the vault does not hold),
or with exact replacement if that module cannot be imported. Dict keys are restored too.
Pydantic models are copied with ``model_copy(update=...)`` (fields kept by ``extra="allow"``
too), dataclasses with a shallow copy whose fields are set, so no validator runs again; an
``Iterable[X]`` field (pydantic's lazy iterator) is read into a list, its items validated as
reading it would have.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from pydantic import BaseModel

from ..._context import Vault
from .lazy import ITERATOR

Pairs = Sequence[tuple[str, str]]
Fill = Callable[[str], str]


def placeholder_filler(vault: Vault) -> Fill | None:
    """A ``str -> str`` restorer for this vault, or ``None`` when the vault is empty."""
    if not len(vault):
        return None
    table = dict(vault.items())
    try:
        from ..pii.restore import restore_placeholders
    except ImportError:  # the PII extra is not importable: exact placeholders only
        pairs = list(table.items())
        return lambda s: restore_string(s, pairs)

    def fill(text: str) -> str:
        if "<" not in text and "[" not in text and "_" not in text:
            return text  # no placeholder form can be in it
        restored = restore_placeholders(text, table)
        return text if restored == text else restored
    return fill


def restore_string(text: str, pairs: Pairs) -> str:
    for placeholder, original in pairs:
        if placeholder in text:
            text = text.replace(placeholder, original)
    return text


def restore_value(value: Any, fill: Fill) -> Any:
    """``value`` with ``fill`` applied to every string in it (same container types)."""
    if isinstance(value, str):
        return fill(value)
    if isinstance(value, BaseModel):
        update = {}
        extra = value.model_extra or {}  # fields kept by extra="allow" are data too
        for name in (*type(value).model_fields, *extra):
            old = extra[name] if name in extra else getattr(value, name, None)
            new = restore_value(old, fill)
            if new is not old:
                update[name] = new
        return value.model_copy(update=update) if update else value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _restore_dataclass(value, fill)
    if isinstance(value, dict):
        keys = [restore_value(k, fill) for k in value]
        if len(set(keys)) < len(keys):  # two keys would become one: keep them as written
            keys = list(value)
        return {k: restore_value(v, fill) for k, v in zip(keys, value.values(), strict=True)}
    if isinstance(value, ITERATOR):  # an Iterable[X] field, validated while read: read it
        return [restore_value(v, fill) for v in value]
    if isinstance(value, list | tuple | set | frozenset):
        items = [restore_value(v, fill) for v in value]
        if all(a is b for a, b in zip(items, value, strict=True)):
            return value
        if isinstance(value, list):
            return items
        if hasattr(value, "_fields"):  # a NamedTuple
            return type(value)(*items)
        return type(value)(items)
    return value


def _restore_dataclass(value: Any, fill: Fill) -> Any:
    """A copy of a (standard or pydantic) dataclass with its fields restored, or ``value``.

    Like ``model_copy`` for models: the fields are set on a shallow copy, so no validator or
    ``__post_init__`` runs again, and a frozen dataclass is handled too.
    """
    update = {}
    for f in dataclasses.fields(value):
        old = getattr(value, f.name, None)
        new = restore_value(old, fill)
        if new is not old:
            update[f.name] = new
    if not update:
        return value
    out = copy.copy(value)
    for name, new in update.items():
        object.__setattr__(out, name, new)
    return out


def redact_string(text: str, pairs: Pairs) -> str:
    """The reverse: put placeholders back for any vault value in ``text`` (longest first)."""
    for placeholder, value in sorted(pairs, key=lambda p: -len(p[1])):
        if value:
            text = text.replace(value, placeholder)
    return text
