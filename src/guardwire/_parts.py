"""The texts inside chat message content: a string, or a list of parts (OpenAI text parts,
Anthropic text blocks, documents and search results), read and replaced without mutating the
caller's objects. Used by :class:`guardwire._adapters.ChatAdapter`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def with_text(content: Any, text: str) -> Any:
    """``content`` (a string or a list of parts) carrying ``text`` instead of its text."""
    if not isinstance(content, list):
        return text
    out: list[Any] = []
    placed = False
    for part in content:
        if isinstance(part, Mapping) and isinstance(part.get("text"), str):
            if not placed:
                out.append({**part, "text": text})
                placed = True
            continue
        out.append(part)
    return out


def part_text_paths(part: Any) -> list[tuple[Any, ...]]:
    """Paths to the texts of one content part: a text part's ``text``; an Anthropic
    ``document`` (a text source's ``data``, a content source's string or text blocks, and its
    ``title`` and ``context``) and ``search_result`` (its ``title`` and text blocks), which
    would otherwise reach the model unguarded."""
    if not isinstance(part, Mapping):
        return []
    if isinstance(part.get("text"), str):
        return [("text",)]
    kind, source = part.get("type"), part.get("source")
    if kind not in ("document", "search_result"):
        return []
    labels = ("title", "context") if kind == "document" else ("title",)
    paths: list[tuple[Any, ...]] = [(k,) for k in labels
                                    if isinstance(part.get(k), str) and part[k]]
    blocks: Any = None
    prefix: tuple[Any, ...] = ()
    if kind == "document" and isinstance(source, Mapping):
        if source.get("type") == "text" and isinstance(source.get("data"), str):
            return [*paths, ("source", "data")]
        blocks, prefix = source.get("content"), ("source", "content")
        if isinstance(blocks, str):  # ContentBlockSourceParam: a str or text blocks
            return [*paths, prefix]
    elif kind == "search_result":
        blocks, prefix = part.get("content"), ("content",)
    if not isinstance(blocks, list):
        return paths
    return [*paths, *((*prefix, k, "text") for k, b in enumerate(blocks)
                      if isinstance(b, Mapping) and isinstance(b.get("text"), str))]


def with_at(container: Any, path: tuple[Any, ...], text: str) -> Any:
    """A copy of ``container`` (dicts and lists along ``path`` copied) with ``text`` at
    ``path``; the caller's objects are not mutated."""
    if not path:
        return text
    key, rest = path[0], path[1:]
    new: Any = list(container) if isinstance(container, list) else dict(container)
    new[key] = with_at(container[key], rest, text)
    return new


def content_text(content: Any) -> str | None:
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # list-of-parts content: its text parts
        texts = [p["text"] for p in content
                 if isinstance(p, Mapping) and isinstance(p.get("text"), str)]
        return "\n".join(texts) if texts else None
    return None
