"""The assistant's earlier turns in a chat call, and the ``name`` of user messages: texts a
PII redactor must also redact.

An app that shows users restored answers stores them restored: the next call sends the
assistant's earlier answers (and the tool calls it made) back to the model with the real
values in them. :func:`read_history` lists those texts — assistant message content (a string
or text parts), OpenAI refusals (the message's ``refusal`` and ``{"type": "refusal"}``
parts), OpenAI ``tool_calls[].function.arguments`` strings (and a legacy
``function_call.arguments``), Anthropic ``tool_use``
inputs (as JSON text) — and a user message's ``name`` field (kind ``"name"``: OpenAI sends it
to the model, which reads it as the speaker's name); :func:`write_history` puts rewritten
texts back into a copy of the messages (an SDK message object is turned into a dict with
``model_dump``).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["read_history", "write_history"]

Slot = tuple[int, str, int | None]  # (message index, kind, index inside the message)


def _get(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, Mapping) else getattr(obj, name, None)


def _slots(msgs: Sequence[Any]) -> list[tuple[Slot, str]]:
    out: list[tuple[Slot, str]] = []
    for i, m in enumerate(msgs):
        name = _get(m, "name")
        if _get(m, "role") == "user" and isinstance(name, str) and name:
            out.append(((i, "name", None), name))
        if _get(m, "role") != "assistant":
            continue
        content = _get(m, "content")
        if isinstance(content, str) and content:
            out.append(((i, "content", None), content))
        elif isinstance(content, list):
            for j, part in enumerate(content):
                text = _get(part, "text")
                refusal = _get(part, "refusal")
                if _get(part, "type") in (None, "text") and isinstance(text, str) and text:
                    out.append(((i, "part", j), text))
                elif (_get(part, "type") == "refusal" and isinstance(refusal, str)
                      and refusal):
                    out.append(((i, "refusal_part", j), refusal))
                elif _get(part, "type") == "tool_use" and _get(part, "input"):
                    out.append(((i, "input", j),
                                json.dumps(_get(part, "input"), ensure_ascii=False)))
        refusal = _get(m, "refusal")
        if isinstance(refusal, str) and refusal:
            out.append(((i, "refusal", None), refusal))
        for j, call in enumerate(_get(m, "tool_calls") or ()):
            args = _get(_get(call, "function"), "arguments")
            if isinstance(args, str) and args:
                out.append(((i, "args", j), args))
        legacy = _get(_get(m, "function_call"), "arguments")  # OpenAI's older functions=
        if isinstance(legacy, str) and legacy:
            out.append(((i, "function_call", None), legacy))
    return out


def read_history(msgs: Sequence[Any]) -> list[dict[str, Any]]:
    """``[{"message": i, "kind": …, "text": …}]`` for every assistant text and user
    ``name``, in order."""
    return [{"message": i, "kind": kind, "text": text} for (i, kind, _), text in _slots(msgs)]


def _as_dict(m: Any) -> dict[str, Any]:
    if isinstance(m, Mapping):
        return copy.deepcopy(dict(m))
    dump = getattr(m, "model_dump", None)
    if callable(dump):
        dumped: dict[str, Any] = dump(exclude_none=True)
        return dumped
    raise TypeError(f"cannot rewrite an assistant message of type {type(m).__name__}")


def write_history(msgs: Sequence[Any], entries: Sequence[Mapping[str, Any]]) -> list[Any]:
    """A copy of ``msgs`` with the texts of ``entries`` (as :func:`read_history` gave them,
    same order) written back; unchanged messages are kept as they are."""
    slots = _slots(msgs)
    if len(slots) != len(entries):
        raise ValueError(f"{len(entries)} history texts for {len(slots)} in the call")
    out = list(msgs)
    for ((i, kind, j), old), entry in zip(slots, entries, strict=True):
        text = str(entry.get("text", ""))
        if text == old:
            continue
        if out[i] is msgs[i]:
            out[i] = _as_dict(msgs[i])
        m = out[i]
        if kind == "content":
            m["content"] = text
        elif kind == "refusal":
            m["refusal"] = text
        elif kind == "name":
            m["name"] = text
        elif kind in ("part", "input", "refusal_part"):
            part = _dict_at(m["content"], j)
            if kind == "part":
                part["text"] = text
            elif kind == "refusal_part":
                part["refusal"] = text
            else:
                part["input"] = json.loads(text)
        elif kind == "function_call":
            _dict_at(m, "function_call")["arguments"] = text
        else:
            _dict_at(_dict_at(m["tool_calls"], j), "function")["arguments"] = text
    return out


def _dict_at(container: Any, key: Any) -> dict[str, Any]:
    """``container[key]`` as a dict (an SDK object inside a dict message is dumped)."""
    item = container[key]
    if isinstance(item, dict):
        return item
    new = container[key] = _as_dict(item)
    return new
