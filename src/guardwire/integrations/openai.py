"""Adapter for the official ``openai`` SDK: ``client.chat.completions.create(...)``.

Sync (``Completions``) and async (``AsyncCompletions``) clients, with or without
``stream=True``. Input guards see the user messages (string content, or the ``text`` parts of
list content; system/developer messages too when the route sets ``guard_system``). The result
keeps its SDK type: a ``ChatCompletion`` with the guarded text in
``choices[0].message.content``, or a stream of ``ChatCompletionChunk`` objects whose
``choices[0].delta.content`` carries the guarded text. ``finish_reason`` comes from
``choices[0].finish_reason`` (``"length"`` means the answer was cut off).

Only one choice is guarded, so ``n > 1`` is refused before the model is called, and a response
or stream chunk carrying another choice (``n`` sent some other way) is refused with a
``TypeError``: unguarded alternative answers would be a silent bypass. A refusal
(``message.refusal`` / ``delta.refusal``, no content) is text the user sees: the output guards
read it, and their rewrite goes back into ``refusal``.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from .._adapters import Call, ChatAdapter
from .._toolcalls import openai_tool_calls, write_openai_tool_calls
from ._common import (
    as_stream,
    copy_model,
    field,
    first_choice,
    map_offsets,
    wants_usage_chunk,
    zero_usage,
)

LEGACY = -1  # the stream index of a legacy delta.function_call (never beside tool_calls)

__all__ = ["OpenAIAdapter"]


class OpenAIAdapter(ChatAdapter):
    """Reads and writes OpenAI chat-completions requests, responses and stream chunks."""

    def __init__(self, guard_system: bool = False, is_async: bool = False) -> None:
        super().__init__(guard_system=guard_system)
        self.is_async = is_async

    # -- input --------------------------------------------------------------------------
    def get_input(self, call: Call) -> list[str]:
        n = call.kwargs.get("n")
        if isinstance(n, int) and n > 1:
            raise TypeError(f"guardwire guards one answer per call; n={n} would return "
                            "unguarded alternatives (call once per answer instead)")
        modalities = call.kwargs.get("modalities")
        if call.kwargs.get("audio") is not None or (
                isinstance(modalities, list | tuple) and "audio" in modalities):
            raise TypeError(_AUDIO)
        return super().get_input(call)

    # -- whole answers ------------------------------------------------------------------
    def get_output(self, result: Any) -> str:
        choice = _only_choice(result)
        if choice is None:
            return super().get_output(result)
        message = field(choice, "message")
        text = field(message, _text_field(message))
        return text if isinstance(text, str) else ""

    def set_output(self, result: Any, text: str) -> Any:
        choice = _only_choice(result)
        if choice is None:
            return super().set_output(result, text)
        message = field(choice, "message")
        name = _text_field(message)
        if field(message, name) == text or (field(message, name) is None and not text):
            return result
        new = copy_model(result)
        message = new.choices[0].message
        old = getattr(message, name)
        setattr(message, name, text)
        cites = [field(a, "url_citation") for a in getattr(message, "annotations", None) or ()]
        spans = [c for c in cites if isinstance(field(c, "start_index"), int)
                 and isinstance(field(c, "end_index"), int)]
        if spans and isinstance(old, str):  # keep url citations on the text they cite
            where = map_offsets(old, text, [x for c in spans
                                            for x in (c.start_index, c.end_index)])
            for k, c in enumerate(spans):
                c.start_index, c.end_index = where[2 * k], max(where[2 * k], where[2 * k + 1])
        return new

    def tool_calls(self, result: Any) -> list[dict[str, Any]]:
        choice = first_choice(result)
        if choice is None:
            return super().tool_calls(result)
        return openai_tool_calls(field(choice, "message"))

    def set_tool_calls(self, result: Any, calls: list[dict[str, Any]]) -> Any:
        if first_choice(result) is None:
            return super().set_tool_calls(result, calls)
        new = copy_model(result)
        write_openai_tool_calls(new.choices[0].message, calls)
        return new

    def usage_tokens(self, result: Any) -> int | None:
        total = field(field(result, "usage"), "total_tokens")
        return total if isinstance(total, int) and not isinstance(total, bool) else None

    def chunk_usage(self, chunk: Any) -> dict[str, int] | None:
        total = self.usage_tokens(chunk)  # the usage chunk (stream_options include_usage)
        return None if total is None else {"total": total}

    def finish_reason(self, result: Any) -> str | None:
        reason = field(first_choice(result), "finish_reason")
        return reason if isinstance(reason, str) else None

    # -- streams ------------------------------------------------------------------------
    def chunk_text(self, chunk: Any) -> str | None:
        if field(chunk, "choices") is None:  # e.g. a Responses API event in an openai.Stream:
            raise TypeError(  # unread, its text would reach the user unguarded
                f"{type(self).__name__} cannot read text from a stream chunk of type "
                f"{type(chunk).__name__} (not a chat-completions chunk); pass an adapter= "
                "whose chunk_text() reads it")
        delta = field(_only_choice(chunk), "delta")
        content = field(delta, _text_field(delta))
        return content if isinstance(content, str) and content else None

    def with_chunk_text(self, chunk: Any, text: str) -> Any:
        new = copy_model(chunk)
        delta = new.choices[0].delta
        setattr(delta, _text_field(delta), text)
        return new

    def opens_answer(self, chunk: Any) -> bool:
        choice = _only_choice(chunk)
        if choice is None:  # Azure's first chunk: prompt_filter_results, no choices
            return field(chunk, "choices") == [] and field(chunk, "usage") is None
        delta = field(choice, "delta")
        # reasoning deltas (LiteLLM's reasoning_content / thinking_blocks, the reasoning or
        # reasoning_content an OpenAI-compatible server adds) are shown: not opening chunks
        return choice is not None and field(choice, "finish_reason") is None and not any(
            field(delta, name) for name in ("content", "refusal", "tool_calls",
                                            "function_call", "audio", "reasoning_content",
                                            "reasoning", "thinking_blocks"))

    def chunk_tool_calls(self, chunk: Any) -> list[tuple[int, Any, Any, str]]:
        """``(index, id, name, arguments fragment)`` of each tool call in a stream chunk."""
        calls = field(field(first_choice(chunk), "delta"), "tool_calls") or ()
        out: list[tuple[int, Any, Any, str]] = []
        for call in calls:
            fn, index = field(call, "function"), field(call, "index")
            args = field(fn, "arguments")
            if isinstance(index, int):
                out.append((index, field(call, "id"), field(fn, "name"),
                            args if isinstance(args, str) else ""))
        legacy = field(field(first_choice(chunk), "delta"), "function_call")
        if legacy is not None:  # the older functions= API: one call, index LEGACY
            args = field(legacy, "arguments")
            out.append((LEGACY, None, field(legacy, "name"), args if isinstance(args, str)
                        else ""))
        return out

    def chunk_tool_args(self, chunk: Any) -> list[tuple[int, str]]:
        delta = field(first_choice(chunk), "delta")
        out: list[tuple[int, str]] = []
        for call in field(delta, "tool_calls") or ():
            args = field(field(call, "function"), "arguments")
            index = field(call, "index")
            if isinstance(args, str) and args and isinstance(index, int):
                out.append((index, args))
        args = field(field(delta, "function_call"), "arguments")
        if isinstance(args, str) and args:
            out.append((LEGACY, args))
        return out

    def with_chunk_tool_args(self, chunk: Any, fragments: dict[int, str]) -> Any:
        new = copy_model(chunk)
        delta = new.choices[0].delta
        for call in delta.tool_calls or ():
            if call.index in fragments and call.function is not None:
                call.function.arguments = fragments[call.index]
        if LEGACY in fragments and delta.function_call is not None:
            delta.function_call.arguments = fragments[LEGACY]
        return new

    def tool_args_chunk(self, template: Any, index: int, text: str) -> Any:
        new = copy_model(template)
        delta = new.choices[0].delta
        if index == LEGACY:
            delta.function_call.name, delta.function_call.arguments = None, text
            delta.tool_calls, delta.content, delta.role = None, None, None
        else:
            call = delta.tool_calls[0]
            call.index, call.id, call.type = index, None, None
            call.function.name, call.function.arguments = None, text
            delta.tool_calls, delta.content, delta.role = [call], None, None
        new.choices[0].finish_reason = None
        return new

    def tool_args_end(self, chunk: Any) -> list[int] | str:
        return "all" if field(first_choice(chunk), "finish_reason") else []

    # -- canned answers -----------------------------------------------------------------
    def respond(self, call: Call, text: str) -> Any:
        from openai.types.chat import ChatCompletion, ChatCompletionChunk

        base = {"id": "guardwire-canned", "created": int(time.time()),
                "model": str(call.kwargs.get("model") or "guardwire")}
        if call.kwargs.get("stream"):
            chunks = [ChatCompletionChunk.model_validate({
                **base, "object": "chat.completion.chunk",
                "choices": [{"index": 0, "finish_reason": "stop",
                             "delta": {"role": "assistant", "content": text}}]})]
            if wants_usage_chunk(call):  # the SDK ends such a stream with a usage chunk
                chunks.append(ChatCompletionChunk.model_validate({
                    **base, "object": "chat.completion.chunk", "choices": [],
                    "usage": zero_usage()}))
            return as_stream(chunks, self.is_async)
        return ChatCompletion.model_validate({
            **base, "object": "chat.completion", "usage": zero_usage(),
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": text}}]})


_AUDIO = ("guardwire guards text answers: audio output (modalities=['audio'], audio=) "
          "would reach the user unguarded (the output guards cannot rewrite or withhold the "
          "audio); ask for text, or check message.audio.transcript yourself")


def _only_choice(result: Any) -> Any:
    """``choices[0]``, refusing a response or chunk that carries another choice, or audio."""
    choices = field(result, "choices")
    if isinstance(choices, Sequence) and not isinstance(choices, str) and (
            len(choices) > 1 or (choices and (field(choices[0], "index") or 0) > 0)):
        raise TypeError(f"the response carries {max(len(choices), 2)} choices; guardwire "
                        "guards one answer per call (do not ask for n > 1)")
    choice = first_choice(result)
    if field(field(choice, "message") or field(choice, "delta"), "audio") is not None:
        raise TypeError(_AUDIO)
    return choice


def _text_field(message: Any) -> str:
    """Where a message's (or delta's) text is: ``content``, else a ``refusal`` string."""
    if field(message, "content") is None and isinstance(field(message, "refusal"), str):
        return "refusal"
    return "content"
