"""Retrieved documents as the output guards read them: a string, a mapping with
``id``/``title``/``text``/``metadata`` (the text may be a list of content blocks), or an
object with ``page_content``/``metadata``. Re-exported by :mod:`._text`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

_TEXT_KEYS = ("text", "content", "page_content", "body", "snippet")


def doc_text(doc: Any) -> str:
    """The text of one document (``str``, mapping, or object with ``page_content``/``text``).
    ``TypeError`` for ``None`` and for a mapping with none of the text keys and no title."""
    if isinstance(doc, str):
        return doc
    if isinstance(doc, Mapping):
        body = next((t for k in _TEXT_KEYS if (t := _block_text(doc.get(k))) is not None), "")
        title = doc.get("title")
        if not (isinstance(title, str) and title) and not any(k in doc for k in _TEXT_KEYS):
            raise TypeError(_unreadable(doc))
        return f"{title}\n{body}" if isinstance(title, str) and title else body
    for key in ("page_content", "text", "content"):
        value = getattr(doc, key, None)
        if isinstance(value, str):
            return value
    if doc is None:
        raise TypeError(_unreadable(doc))
    return str(doc)


def _unreadable(doc: Any) -> str:
    """Why a document has no text: a guard fails on it (its policy decides, and the verdict
    says so) rather than reading it as empty and citing or checking against nothing (a
    mapping with none of the text keys read as "", ``None`` as the word "None")."""
    what = ("None" if doc is None else
            "a mapping with keys " + ", ".join(repr(k) for k in list(doc)[:8]))
    return (f"a document has no text: got {what}; a document is a string, a mapping with "
            "text, content, page_content, body or snippet (and an optional title), or an "
            "object with page_content, text or content")


def _block_text(value: Any) -> str | None:
    """A text field: a string, or a list of strings and ``{"type": "text", "text": ...}``
    content blocks (joined by newlines); None when it holds no text."""
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        parts = [v if isinstance(v, str) else v.get("text") if isinstance(v, Mapping) else None
                 for v in value]
        found = [p for p in parts if isinstance(p, str)]
        return "\n".join(found) if found else None
    return None


def doc_meta(doc: Any) -> dict[str, Any]:
    """The metadata of one document: its top-level fields (except the text) overlaid by
    its ``metadata`` mapping. Strings have no metadata."""
    if isinstance(doc, str):
        return {}
    meta: dict[str, Any] = {}
    if isinstance(doc, Mapping):
        meta.update((k, v) for k, v in doc.items() if k not in _TEXT_KEYS and k != "metadata")
        inner = doc.get("metadata")
    else:
        inner = getattr(doc, "metadata", None)
    if isinstance(inner, Mapping):
        meta.update(inner)
    return meta
