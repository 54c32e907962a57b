"""Tool results in a chat call's messages: OpenAI ``role: "tool"``/``"function"`` messages and
Anthropic ``tool_result`` blocks. The injection guard scans them (``ctx.tool_outputs``) and the
PII redactor with ``redact_tools`` rewrites them; :func:`write_tool_results` puts the new
texts back into a copy of the messages. Used by :class:`guardwire._adapters.ChatAdapter`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ._parts import joined_text, with_joined

__all__ = ["read_tool_results", "write_tool_results"]

Slot = tuple[int, int | None, dict[str, Any]]  # (message index, part index or None, entry)


def _check_content(content: Any, where: str) -> None:
    """A tool result's content guardwire cannot read would reach the model unscanned."""
    if content is not None and not isinstance(content, (str, list)):
        raise TypeError(f"the content of {where} is a {type(content).__name__}; guardwire "
                        "reads tool results whose content is a string or a list of parts "
                        "(serialise it first, e.g. json.dumps)")


def _slots(msgs: Sequence[Any]) -> list[Slot]:
    """``(message index, part index or None, entry)`` for every tool result, in order."""
    out: list[Slot] = []
    for i, m in enumerate(msgs):
        if not isinstance(m, Mapping):
            if getattr(m, "role", None) in ("tool", "function"):  # would go unscanned
                raise TypeError(f"{m.role} message {i} is a {type(m).__name__}; "
                                "guardwire reads tool results given as dicts")
            continue
        if m.get("role") in ("tool", "function"):
            _check_content(m.get("content"), f"{m.get('role')} message {i}")
            text = joined_text(m.get("content"))
            if text:
                out.append((i, None, {"id": str(m.get("tool_call_id") or f"message {i}"),
                                      "name": m.get("name"), "text": text}))
            continue
        parts = m.get("content")
        if not isinstance(parts, list):
            continue
        for j, part in enumerate(parts):
            if isinstance(part, Mapping) and part.get("type") == "tool_result":
                _check_content(part.get("content"), f"tool_result block {j} of message {i}")
                text = joined_text(part.get("content"))  # search results, documents too
                if text:
                    out.append((i, j, {"id": str(part.get("tool_use_id")
                                                 or f"message {i}.{j}"),
                                       "name": None, "text": text}))
    return out


def read_tool_results(msgs: Sequence[Any]) -> list[dict[str, Any]]:
    """``[{"id", "name", "text"}]`` per tool result, in order. ``id`` is the tool call id
    (else the message's position)."""
    return [entry for _, _, entry in _slots(msgs)]


def write_tool_results(msgs: Sequence[Any], outputs: Sequence[Mapping[str, Any]]) -> list[Any]:
    """A copy of ``msgs`` with the tool results' texts replaced by ``outputs`` (one per
    result, in order; the caller's messages are not mutated). Text parts of list content
    become one text part; other parts stay where they are."""
    slots = _slots(msgs)
    if len(slots) != len(outputs):
        raise ValueError(f"{len(outputs)} tool results for {len(slots)} in the call")
    new = [dict(m) if isinstance(m, Mapping) else m for m in msgs]
    for (i, j, _), out in zip(slots, outputs, strict=True):
        text = str(out.get("text", ""))
        if j is None:
            new[i]["content"] = with_joined(new[i]["content"], text)
        else:
            parts = [dict(p) if isinstance(p, Mapping) else p for p in new[i]["content"]]
            parts[j]["content"] = with_joined(parts[j].get("content"), text)
            new[i]["content"] = parts
    return new
