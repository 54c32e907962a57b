"""Adapter for the official ``anthropic`` SDK: ``client.messages.create(...)``.

Sync (``Messages``) and async (``AsyncMessages``) clients, with or without ``stream=True``.
Input guards see the user messages (string content or the ``text`` blocks of list content);
the ``system=`` prompt (a string or a list of text blocks) is left alone unless the route
sets ``guard_system``, in which case its texts come first. The result keeps its SDK type: a
``Message`` whose text blocks carry the guarded answer, or the stream of raw events where the
text lives in ``content_block_delta`` events (``delta.text``); every other event passes through.

``stop_reason`` maps to guardwire's ``finish_reason``: ``max_tokens`` → ``"length"``,
``end_turn``/``stop_sequence`` → ``"stop"``, ``tool_use`` → ``"tool_calls"``,
``refusal`` → ``"content_filter"``.

An answer made of several text blocks (text around tool calls, cited passages) is guarded as
one text; a rewrite is split back over the same blocks where their text maps to (so each keeps
its place and its ``citations``); buffered streams split it the same way over the blocks'
first text events (see :mod:`guardwire._stream_blocks`).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from .._adapters import Call, ChatAdapter
from ._common import as_stream, copy_model, field, map_offsets

__all__ = ["AnthropicAdapter"]

_FINISH = {"max_tokens": "length", "model_context_window_exceeded": "length",
           "end_turn": "stop", "stop_sequence": "stop", "tool_use": "tool_calls",
           "refusal": "content_filter"}


class AnthropicAdapter(ChatAdapter):
    """Reads and writes Anthropic Messages requests, responses and stream events."""

    def __init__(self, guard_system: bool = False, is_async: bool = False,
                 beta: bool = False) -> None:
        super().__init__(guard_system=guard_system)
        self.is_async = is_async
        self.beta = beta  # client.beta.messages.create: canned answers are Beta* types

    # -- input --------------------------------------------------------------------------
    def _system_slots(self, call: Call) -> list[int | None]:
        if not self.guard_system:
            return []
        system = call.kwargs.get("system")
        if isinstance(system, str):
            return [None]
        if isinstance(system, list):
            return [j for j, b in enumerate(system)
                    if isinstance(b, Mapping) and isinstance(b.get("text"), str)]
        if system is not None:  # a tuple of blocks, an object: never sent on unguarded
            raise TypeError(f"system= of type {type(system).__name__} cannot be guarded; pass a "
                            "str or a list of text blocks")
        return []

    def get_input(self, call: Call) -> list[str]:
        system: Any = call.kwargs.get("system")
        head: list[str] = [system if j is None else system[j]["text"]
                           for j in self._system_slots(call)]
        return [*head, *super().get_input(call)]

    def set_input(self, call: Call, texts: list[str]) -> Call:
        slots = self._system_slots(call)
        head, rest = texts[:len(slots)], texts[len(slots):]
        call = super().set_input(call, rest)
        if not slots:
            return call
        system: Any = call.kwargs["system"]
        if slots == [None]:
            system = head[0]
        else:
            system = [dict(b) if isinstance(b, Mapping) else b for b in system]
            for j, text in zip(slots, head, strict=True):
                assert j is not None
                system[j]["text"] = text
        return replace(call, kwargs={**call.kwargs, "system": system})

    def messages(self, call: Call) -> list[Mapping[str, Any]]:
        msgs = super().messages(call)
        system = call.kwargs.get("system")
        return [{"role": "system", "content": system}, *msgs] if system else msgs

    def reask(self, call: Call, previous: str, prompt: str) -> Call:
        if previous.strip():
            return super().reask(call, previous, prompt)
        # the API refuses an empty assistant turn before the last message: ask again without
        # it (an answer of only tool calls, a refusal without text)
        return self._with_messages(call, [*self._messages(call),
                                          {"role": "user", "content": prompt}])

    # -- whole answers ------------------------------------------------------------------
    def get_output(self, result: Any) -> str:
        content = field(result, "content")
        if field(result, "type") != "message" or not isinstance(content, list):
            return super().get_output(result)
        return "".join(b.text for b in content if field(b, "type") == "text")

    def set_output(self, result: Any, text: str) -> Any:
        if field(result, "type") != "message" or not isinstance(field(result, "content"), list):
            return super().set_output(result, text)
        if self.get_output(result) == text:
            return result
        new = copy_model(result)
        idx = [i for i, b in enumerate(new.content) if field(b, "type") == "text"]
        if idx:
            # each block keeps its part of the rewrite (and its place, its citations)
            olds = [new.content[i].text for i in idx]
            ends = list(itertools.accumulate(len(o) for o in olds))[:-1]
            cuts = [0, *itertools.accumulate(map_offsets("".join(olds), text, ends), max),
                    len(text)]
            empty = set()
            for k, i in enumerate(idx):
                new.content[i].text = text[cuts[k]:cuts[k + 1]]
                if k and not new.content[i].text:
                    empty.add(i)  # the API refuses empty text blocks sent back later
            new.content = [b for i, b in enumerate(new.content) if i not in empty]
        elif text:
            [block] = _types(self.beta, "TextBlock")
            new.content = [*new.content, block(type="text", text=text)]
        return new

    def tool_calls(self, result: Any) -> list[dict[str, Any]]:
        content = field(result, "content")
        if field(result, "type") != "message" or not isinstance(content, list):
            return super().tool_calls(result)
        return [{"id": field(b, "id"), "name": field(b, "name"), "arguments": field(b, "input")}
                for b in content if field(b, "type") == "tool_use"]

    def set_tool_calls(self, result: Any, calls: list[dict[str, Any]]) -> Any:
        if field(result, "type") != "message" or not isinstance(field(result, "content"), list):
            return super().set_tool_calls(result, calls)
        new = copy_model(result)
        blocks = [b for b in new.content if field(b, "type") == "tool_use"]
        for block, call in zip(blocks, calls, strict=True):
            block.input = call.get("arguments")
        return new

    def usage_tokens(self, result: Any) -> int | None:
        if field(result, "type") != "message":
            return None
        counts = _usage_counts(field(result, "usage"))
        return None if counts is None else sum(counts.values())

    def chunk_usage(self, chunk: Any) -> dict[str, int] | None:
        kind = field(chunk, "type")  # message_start: input (and 1 output); message_delta:
        if kind == "message_start":  # the output so far (and input, when it says)
            return _usage_counts(field(field(chunk, "message"), "usage"))
        return _usage_counts(field(chunk, "usage")) if kind == "message_delta" else None

    def finish_reason(self, result: Any) -> str | None:
        kind = field(result, "type")
        if kind == "message":
            reason = field(result, "stop_reason")
        elif kind == "message_delta":
            reason = field(field(result, "delta"), "stop_reason")
        else:
            return None
        return _FINISH.get(reason, reason) if isinstance(reason, str) else None

    # -- streams ------------------------------------------------------------------------
    def chunk_text(self, chunk: Any) -> str | None:
        if field(chunk, "type") != "content_block_delta":
            return None
        delta = field(chunk, "delta")
        text = field(delta, "text")
        if field(delta, "type") == "text_delta" and isinstance(text, str) and text:
            return text
        return None

    def opens_answer(self, chunk: Any) -> bool:
        kind = field(chunk, "type")
        block = field(chunk, "content_block")
        return kind == "message_start" or (kind == "content_block_start" and field(
            block, "type") == "text" and not field(block, "text"))

    def chunk_tool_calls(self, chunk: Any) -> list[tuple[int, Any, Any, str]]:
        """``(index, id, name, arguments fragment)``: a ``tool_use`` block's start, then its
        ``input_json_delta`` fragments."""
        block = field(chunk, "content_block")
        if field(chunk, "type") == "content_block_start" and field(block, "type") == "tool_use":
            return [(int(field(chunk, "index")), field(block, "id"), field(block, "name"), "")]
        return [(i, None, None, part) for i, part in self.chunk_tool_args(chunk)]

    def chunk_tool_args(self, chunk: Any) -> list[tuple[int, str]]:
        delta = field(chunk, "delta")
        part = field(delta, "partial_json")
        if (field(chunk, "type") == "content_block_delta"
                and field(delta, "type") == "input_json_delta" and isinstance(part, str)
                and part):
            return [(int(field(chunk, "index")), part)]
        return []

    def with_chunk_tool_args(self, chunk: Any, fragments: dict[int, str]) -> Any:
        new = copy_model(chunk)
        new.delta.partial_json = fragments[int(new.index)]
        return new

    def tool_args_chunk(self, template: Any, index: int, text: str) -> Any:
        new = copy_model(template)
        new.index, new.delta.partial_json = index, text
        return new

    def tool_args_end(self, chunk: Any) -> list[int] | str:
        kind = field(chunk, "type")
        if kind == "content_block_stop":
            return [int(field(chunk, "index"))]
        return "all" if kind in ("message_delta", "message_stop") else []

    def with_chunk_text(self, chunk: Any, text: str) -> Any:
        new = copy_model(chunk)
        new.delta.text = text
        return new

    def ends_text(self, chunk: Any, last_text: Any) -> bool:
        """The ``content_block_stop`` of the text block being streamed: what the guards hold
        back of it goes out before it (it went into the next text block, after a tool call)."""
        return (last_text is not None and field(chunk, "type") == "content_block_stop"
                and field(chunk, "index") == field(last_text, "index"))

    def buffered_text_chunk(self, first: Any, last: Any) -> Any:
        """The first text event: the guarded answer is emitted where it was, before its
        block's ``content_block_stop``. The last one belongs to a later block (after a tool
        call) that has not started there: its index broke the SDK's accumulators."""
        return first

    # -- canned answers -----------------------------------------------------------------
    def respond(self, call: Call, text: str) -> Any:
        from pydantic import TypeAdapter

        message_type, event_type = _types(self.beta, "Message", "RawMessageStreamEvent")

        model = str(call.kwargs.get("model") or "guardwire")
        usage = {"input_tokens": 0, "output_tokens": 0}
        message: dict[str, Any] = {"id": "guardwire-canned", "type": "message",
                                   "role": "assistant", "model": model,
                                   "content": [{"type": "text", "text": text}],
                                   "stop_reason": "end_turn", "stop_sequence": None,
                                   "usage": usage}
        if not call.kwargs.get("stream"):
            return message_type.model_validate(message)
        events: list[dict[str, Any]] = [
            {"type": "message_start", "message": {**message, "content": [],
                                                  "stop_reason": None}},
            {"type": "content_block_start", "index": 0,
             "content_block": {"type": "text", "text": ""}},
            {"type": "content_block_delta", "index": 0,
             "delta": {"type": "text_delta", "text": text}},
            {"type": "content_block_stop", "index": 0},
            {"type": "message_delta", "delta": {"stop_reason": "end_turn",
                                                "stop_sequence": None},
             "usage": {"output_tokens": 0}},
            {"type": "message_stop"},
        ]
        parse: TypeAdapter[Any] = TypeAdapter(event_type)
        return as_stream([parse.validate_python(e) for e in events], self.is_async)


def _types(beta: bool, *names: str) -> list[Any]:
    """The SDK's response types by name: ``anthropic.types.Message``, or with ``beta``
    ``anthropic.types.beta.BetaMessage`` (what ``client.beta.messages.create`` returns)."""
    import anthropic.types
    import anthropic.types.beta

    if beta:
        return [getattr(anthropic.types.beta, "Beta" + n) for n in names]
    return [getattr(anthropic.types, n) for n in names]


_USAGE_KINDS = ("input_tokens", "output_tokens", "cache_creation_input_tokens",
                "cache_read_input_tokens")


def _usage_counts(usage: Any) -> dict[str, int] | None:
    """The token counts an Anthropic ``usage`` holds (cached input counted too)."""
    counts = {k: v for k in _USAGE_KINDS
              if isinstance(v := field(usage, k), int) and not isinstance(v, bool)}
    return counts or None
