"""Every dict node of a type's pydantic core schema, each once: what the one-time checks of a
type (``Decimal`` fields, lazy iterables, aliases) walk."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import TypeAdapter


def core_nodes(adapter: TypeAdapter[Any]) -> Iterator[dict[str, Any]]:
    stack: list[Any] = [adapter.core_schema]
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, dict):
            yield node
            stack.extend(node.values())
        elif isinstance(node, list | tuple):
            stack.extend(node)
