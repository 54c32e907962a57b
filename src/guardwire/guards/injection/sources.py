"""Where the injection guard's texts come from: the input, documents, tool results, and the
stage's own text."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..._context import Context
from .._text import doc_meta, doc_text


def _targets(text: str, ctx: Context, scan_input: bool, scan_docs: bool
             ) -> list[tuple[dict[str, Any], str]]:
    """The texts the guard scans besides tool results, each with where it comes from."""
    out: list[tuple[dict[str, Any], str]] = []
    if scan_input:
        out.append(({"source": "input"}, text))
    if scan_docs:
        for i, doc in enumerate(ctx.docs):  # every shape grounding reads (title included)
            body = doc_text(doc)
            if body:
                where: dict[str, Any] = {"source": "doc", "doc_index": i}
                doc_id = doc.get("id") if isinstance(doc, Mapping) else None
                doc_id = doc_meta(doc).get("id") if doc_id is None else doc_id
                if doc_id is not None:
                    where["doc_id"] = doc_id
                out.append((where, body))
    return out


def _tool_text(out: object, i: int) -> str:
    """The text of one tool result: a string, or a mapping's ``"text"`` (else ``"content"``).
    Anything else is an error (the guard's policy decides), never a silently unscanned result."""
    if isinstance(out, str):
        return out
    if isinstance(out, Mapping):
        body = next((out[k] for k in ("text", "content") if k in out), None)
        if isinstance(body, str) or (body is None and ("text" in out or "content" in out)):
            return body or ""
    raise TypeError(f"tool_outputs[{i}] has no text to scan (give a string or "
                    f"{{'id', 'name', 'text'}}), got {type(out).__name__}")


def _stage_text(ctx: Context) -> str:
    """What the stage's own text is, for the reason: the input or the answer, from the stage
    the pipeline is running (``ctx.stage``); "the text" for a direct call."""
    return {"input": "the input", "output": "the answer"}.get(ctx.stage or "", "the text")
