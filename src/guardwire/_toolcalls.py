"""Tool calls in a model's answer, as plain data output guards can read and rewrite.

An adapter's ``tool_calls(result)`` gives ``[{"id", "name", "arguments"}]``: ``arguments`` is
the parsed JSON value when the provider sends a JSON string (OpenAI, LiteLLM) and parses,
the provider's object when it sends one (Anthropic ``tool_use.input``), else the raw string.
The flow puts that list in ``ctx.tool_calls`` before the output stage; if a guard changed it
(the PII restorer puts vault values back into the arguments), the adapter's
``set_tool_calls(result, calls)`` writes it back into a copy of the result.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["check_only_arguments", "dump_arguments", "openai_tool_calls", "parse_arguments",
           "snapshot", "write_openai_tool_calls"]


def _get(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, Mapping) else getattr(obj, name, None)


def parse_arguments(raw: Any) -> Any:
    """A JSON-string argument list parsed; anything else (or bad JSON) as it is."""
    if isinstance(raw, str):
        try:
            return json.loads(raw)
        except (ValueError, RecursionError):  # nested past the limit: bad JSON too
            return raw
    return raw


def dump_arguments(value: Any) -> str:
    """Arguments back to the provider's JSON string (a raw string stays as it is)."""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def snapshot(calls: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """A deep copy to compare against after the output stage."""
    return copy.deepcopy([dict(c) for c in calls])


def openai_tool_calls(message: Any) -> list[dict[str, Any]]:
    """``message.tool_calls`` (and a legacy ``function_call``) of an OpenAI-shaped message."""
    out: list[dict[str, Any]] = []
    for call in _get(message, "tool_calls") or ():
        fn = _get(call, "function")
        if fn is not None:
            out.append({"id": _get(call, "id"), "name": _get(fn, "name"),
                        "arguments": parse_arguments(_get(fn, "arguments"))})
    legacy = _get(message, "function_call")
    if legacy is not None:
        out.append({"id": None, "name": _get(legacy, "name"),
                    "arguments": parse_arguments(_get(legacy, "arguments"))})
    return out


def write_openai_tool_calls(message: Any, calls: Sequence[Mapping[str, Any]]) -> None:
    """Write the calls' arguments into ``message`` (a dict or an SDK object, already a copy),
    in the order :func:`openai_tool_calls` read them."""
    targets = [_get(c, "function") for c in _get(message, "tool_calls") or ()]
    targets = [fn for fn in targets if fn is not None]
    legacy = _get(message, "function_call")
    if legacy is not None:
        targets.append(legacy)
    for fn, call in zip(targets, calls, strict=True):
        raw = dump_arguments(call.get("arguments"))
        if isinstance(fn, dict):
            fn["arguments"] = raw
        else:
            fn.arguments = raw


def check_only_arguments(before: Sequence[Mapping[str, Any]],
                         after: Sequence[Mapping[str, Any]]) -> None:
    """Output guards may rewrite the arguments of the answer's tool calls, nothing else: a
    change to their number, ids or names cannot be written into the answer (a renamed call
    used to be ignored, so the original tool ran; a removed one failed inside ``zip``)."""
    if len(after) != len(before) or any(
            (_get(a, "id"), _get(a, "name")) != (_get(b, "id"), _get(b, "name"))
            for a, b in zip(after, before, strict=True)):
        shown = [(_get(c, "id"), _get(c, "name")) for c in after]
        was = [(_get(c, "id"), _get(c, "name")) for c in before]
        raise TypeError(
            "an output guard changed the answer's tool calls (id, name) from "
            f"{was} to {shown}; guards may rewrite only their arguments: to stop a tool "
            "call, block the answer")

