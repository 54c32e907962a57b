"""Put PII vault values back into the string fields of a parsed or validated object.

Used by the schema guard (on the parsed JSON, before validation) and by the instructor
integration (on the model instance instructor returns). Only exact placeholders as the vault
holds them (``<PERSON_1>``) are replaced; keys of dicts are restored too. Pydantic models are
copied with ``model_copy(update=...)``, so no validator runs again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel

Pairs = Sequence[tuple[str, str]]


def restore_string(text: str, pairs: Pairs) -> str:
    for placeholder, original in pairs:
        if placeholder in text:
            text = text.replace(placeholder, original)
    return text


def restore_value(value: Any, pairs: Pairs) -> Any:
    """``value`` with every placeholder in its strings replaced (same container types)."""
    if not pairs:
        return value
    if isinstance(value, str):
        return restore_string(value, pairs)
    if isinstance(value, BaseModel):
        update = {}
        for name in type(value).model_fields:
            old = getattr(value, name, None)
            new = restore_value(old, pairs)
            if new is not old:
                update[name] = new
        return value.model_copy(update=update) if update else value
    if isinstance(value, dict):
        return {restore_value(k, pairs): restore_value(v, pairs) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [restore_value(v, pairs) for v in value]
        if all(a is b for a, b in zip(items, value, strict=True)):
            return value
        if isinstance(value, list):
            return items
        if hasattr(value, "_fields"):  # a NamedTuple
            return type(value)(*items)
        return type(value)(items)
    return value


def redact_string(text: str, pairs: Pairs) -> str:
    """The reverse: put placeholders back for any vault value in ``text`` (longest first)."""
    for placeholder, value in sorted(pairs, key=lambda p: -len(p[1])):
        if value:
            text = text.replace(value, placeholder)
    return text
