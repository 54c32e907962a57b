"""Reasoning deltas (LiteLLM's ``reasoning_content`` / ``thinking_blocks``, the
``reasoning_content`` or ``reasoning`` an OpenAI-compatible server such as DeepSeek or
OpenRouter adds to an OpenAI chunk) are text the user's stream shows at once: they are not
chunks that only open an answer. A buffered stream that let them out cannot be re-asked (the
re-asked answer's reasoning would be dropped and the first one's left on screen), as with an
Anthropic thinking block.

Before: they counted as opening chunks, so the stream was re-asked and the consumer saw the
first answer's reasoning followed by the second answer's text."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pydantic import BaseModel

from guardwire import Pipeline, RepairFailed, guarded
from guardwire.integrations.litellm import LiteLLMAdapter
from guardwire.integrations.openai import OpenAIAdapter

BAD = "not json at all"
GOOD = '{"name": "Ada", "age": 36}'


class Person(BaseModel):
    name: str
    age: int


def _litellm_chunks(thought: str, text: str) -> Iterator[Any]:
    from litellm.types.utils import ModelResponseStream

    def chunk(delta: dict[str, Any], reason: str | None = None) -> Any:
        return ModelResponseStream.model_validate({"model": "m", "choices": [
            {"index": 0, "delta": delta, "finish_reason": reason}]})

    yield chunk({"role": "assistant", "reasoning_content": thought})
    yield chunk({"content": text})
    yield chunk({}, "stop")


def _openai_chunks(thought: str, text: str, field: str) -> Iterator[Any]:
    from openai.types.chat import ChatCompletionChunk

    def chunk(delta: dict[str, Any], reason: str | None = None) -> Any:
        return ChatCompletionChunk.model_validate({
            "id": "c", "object": "chat.completion.chunk", "created": 0, "model": "m",
            "choices": [{"index": 0, "delta": delta, "finish_reason": reason}]})

    yield chunk({"role": "assistant", "content": ""})
    yield chunk({field: thought})
    yield chunk({"content": text})
    yield chunk({}, "stop")


@pytest.mark.parametrize("kind", ["litellm", "reasoning_content", "reasoning"])
def test_a_stream_that_showed_reasoning_is_not_re_asked(kind: str) -> None:
    answers = iter([("first thought", BAD), ("second thought", GOOD)])
    calls: list[Any] = []

    def complete(model: str, messages: list[Any], stream: bool = True) -> Iterator[Any]:
        calls.append(messages)
        thought, text = next(answers)
        if kind == "litellm":
            return _litellm_chunks(thought, text)
        return _openai_chunks(thought, text, kind)

    adapter = LiteLLMAdapter() if kind == "litellm" else OpenAIAdapter()
    chat = guarded(complete, pipeline=Pipeline(), adapter=adapter, response_model=Person)
    shown: list[Any] = []
    with pytest.raises(RepairFailed, match="not available on a streamed answer"):
        for chunk in chat(model="m", messages=[{"role": "user", "content": "who?"}], stream=True):
            shown.append(chunk)
    assert len(calls) == 1
    delta = shown[-1].choices[0].delta
    assert (getattr(delta, "reasoning_content", None) or getattr(delta, "reasoning", None)
            ) == "first thought"


def test_opening_chunks_without_reasoning_still_allow_the_re_ask() -> None:
    from litellm.types.utils import ModelResponseStream

    answers = iter([BAD, GOOD])

    def complete(model: str, messages: list[Any], stream: bool = True) -> Iterator[Any]:
        text = next(answers)
        for delta, reason in [({"role": "assistant"}, None), ({"content": text}, None),
                              ({}, "stop")]:
            yield ModelResponseStream.model_validate({"model": "m", "choices": [
                {"index": 0, "delta": delta, "finish_reason": reason}]})

    chat = guarded(complete, pipeline=Pipeline(), adapter=LiteLLMAdapter(),
                   response_model=Person)
    out = list(chat(model="m", messages=[{"role": "user", "content": "who?"}], stream=True))
    texts = [c.choices[0].delta.content for c in out if c.choices[0].delta.content]
    assert texts == ['{"name":"Ada","age":36}']
