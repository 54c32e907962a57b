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


def _all_paths(content: list[Any]) -> list[tuple[Any, ...]]:
    return [(j, *path) for j, part in enumerate(content) for path in part_text_paths(part)]


def _at(container: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        container = container[key]
    return container


def joined_text(content: Any) -> str | None:
    """Every text of ``content`` (a string, or parts: text parts and the texts inside
    documents and search results, as a tool result may hold them) joined by newlines."""
    if not isinstance(content, list):
        return content_text(content)
    texts = [_at(content, path) for path in _all_paths(content)]
    return "\n".join(texts) if texts else None


def with_joined(content: Any, text: str) -> Any:
    """``content`` carrying ``text``, a rewrite of its :func:`joined_text`: each text gets
    its own part of it, so search results and documents keep their shape (and their
    citations); text parts only, or a rewrite that cannot be split back (it changed a
    separating newline), become one text part holding all of it."""
    paths = _all_paths(content) if isinstance(content, list) else []
    if all(path[1:] == ("text",) for path in paths):
        return with_text(content, text)
    from ._stream_blocks import split_like

    olds = [_at(content, path) for path in paths]
    cuts = [sum(len(o) + 1 for o in olds[:k]) for k in range(1, len(olds))]
    parts = split_like("\n".join(olds), cuts, text)
    if parts is None or not all(p.endswith("\n") for p in parts[:-1]):
        kept = [p for p in content if not (isinstance(p, Mapping) and part_text_paths(p))]
        return [{"type": "text", "text": text}, *kept]
    out: Any = content
    for path, part in zip(paths, [p[:-1] for p in parts[:-1]] + parts[-1:], strict=True):
        out = with_at(out, path, part)
    return out

