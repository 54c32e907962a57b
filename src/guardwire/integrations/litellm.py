"""Adapter for LiteLLM's ``litellm.completion(...)`` and ``litellm.acompletion(...)``.

LiteLLM answers in OpenAI's shape whatever the provider: a ``ModelResponse`` with
``choices[0].message.content``, or (``stream=True``) a ``CustomStreamWrapper`` of
``ModelResponseStream`` chunks with ``choices[0].delta.content``. So this is the OpenAI
adapter, plus ``messages`` given positionally (``completion(model, messages)``) and canned
answers built as LiteLLM objects.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .._adapters import Call
from ._common import as_stream, wants_usage_chunk
from .openai import OpenAIAdapter

__all__ = ["LiteLLMAdapter"]


class LiteLLMAdapter(OpenAIAdapter):
    """Reads and writes LiteLLM requests, ``ModelResponse`` objects and stream chunks."""

    def _messages(self, call: Call) -> list[Any]:
        if "messages" not in call.kwargs and len(call.args) > 1 and isinstance(
                call.args[1], list):
            return list(call.args[1])
        return super()._messages(call)

    def _with_messages(self, call: Call, msgs: list[Any]) -> Call:
        if "messages" not in call.kwargs and len(call.args) > 1:
            return replace(call, args=(call.args[0], msgs, *call.args[2:]))
        return replace(call, kwargs={**call.kwargs, "messages": msgs})

    def respond(self, call: Call, text: str) -> Any:
        from litellm import ModelResponse
        from litellm.types.utils import ModelResponseStream, Usage

        model = str(call.kwargs.get("model") or (call.args[0] if call.args else "guardwire"))
        zero = Usage(prompt_tokens=0, completion_tokens=0, total_tokens=0)  # apps read usage
        if call.kwargs.get("stream"):
            chunks = [ModelResponseStream.model_validate({"model": model, "choices": [{
                "index": 0, "finish_reason": "stop",
                "delta": {"role": "assistant", "content": text}}]})]
            if wants_usage_chunk(call):  # LiteLLM ends such a stream with a usage chunk
                chunks.append(ModelResponseStream(model=model, choices=[], usage=zero))
            return as_stream(chunks, self.is_async)
        return ModelResponse(model=model, usage=zero, choices=[{
            "index": 0, "finish_reason": "stop",
            "message": {"role": "assistant", "content": text}}])
