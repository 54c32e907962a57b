"""Audit 19: a streamed legacy OpenAI ``delta.function_call`` (the ``functions=`` API) was not
read at all: its arguments reached the app's function as ``{"to": "<EMAIL_ADDRESS_1>"}`` and
``ctx.tool_calls`` was empty (a guard that blocks a tool call saw nothing), while the same
answer not streamed is restored and seen."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from openai.types.chat import ChatCompletionChunk

from guardwire import Context, Pipeline, guarded
from guardwire.guards.pii import PIIRedactor
from guardwire.integrations import adapter_for

ARGS = '{"to": "<EMAIL_ADDRESS_1>", "cc": "<email_address_1>"}'


def _chunk(delta: dict[str, Any], finish: str | None = None) -> ChatCompletionChunk:
    return ChatCompletionChunk.model_validate({
        "id": "c", "object": "chat.completion.chunk", "created": 0, "model": "m",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]})


def _stream(size: int) -> Iterator[ChatCompletionChunk]:
    parts = [ARGS[i:i + size] for i in range(0, len(ARGS), size)]
    yield _chunk({"role": "assistant", "content": None,
                  "function_call": {"name": "send", "arguments": parts[0]}})
    for part in parts[1:]:
        yield _chunk({"function_call": {"arguments": part}})
    yield _chunk({}, finish="function_call")


def _openai_adapter() -> Any:
    import openai

    return adapter_for(openai.OpenAI(api_key="x").chat.completions.create)


@pytest.mark.parametrize("mode", ["buffered", "incremental"])
@pytest.mark.parametrize("size", [1, 4, 11, 100])
def test_streamed_legacy_function_call_is_restored_and_seen(mode: str, size: int) -> None:
    def ask(messages: list[dict[str, Any]]) -> Iterator[ChatCompletionChunk]:
        return _stream(size)

    chat = guarded(ask, pipeline=Pipeline(input=[PIIRedactor(ner="off")], stream_mode=mode),
                   adapter=_openai_adapter())
    ctx = Context()
    chunks = list(chat([{"role": "user", "content": "mail ana.lima@example.com"}],
                       guard_ctx=ctx))
    args = "".join(c.choices[0].delta.function_call.arguments or "" for c in chunks
                   if c.choices and c.choices[0].delta.function_call is not None)
    assert args == '{"to": "ana.lima@example.com", "cc": "ana.lima@example.com"}'
    assert chunks[-1].choices[0].finish_reason == "function_call"  # the arguments came first
    assert all(c.choices[0].delta.tool_calls is None for c in chunks)
    assert [(c["id"], c["name"]) for c in ctx.tool_calls] == [(None, "send")]
