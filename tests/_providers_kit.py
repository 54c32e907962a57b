"""Shared by test_providers.py and test_providers_anthropic.py: the user prompt, small guards,
SDK clients pointed at the fake server, and text extractors for stream chunks and events.

The ``server`` fixture both use is in conftest.py (a fixture imported by name trips ruff F811)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from _fake_server import FakeLLMServer
from guardwire import Context, Decision

openai = pytest.importorskip("openai")
anthropic = pytest.importorskip("anthropic")

USER = [{"role": "user", "content": "my secret is swordfish"}]


def hide_secret(text: str, ctx: Context) -> Decision:
    return Decision.rewrite(text.replace("swordfish", "[hidden]"), "secret hidden")


def shout(text: str, ctx: Context) -> Decision:
    return Decision.rewrite(text.upper(), "upper-cased")


def block_word(text: str, ctx: Context) -> Decision:
    return Decision.block("forbidden word") if "forbidden" in text else Decision.allow()


class _Upper:
    def feed(self, chunk: str) -> str:
        return chunk.upper()

    def flush(self) -> str:
        return ""


class UpperStream:
    """An incremental output guard: upper-cases each chunk as it arrives."""

    name = "upper_stream"

    def __call__(self, text: str, ctx: Context) -> Decision:
        return Decision.rewrite(text.upper(), "upper-cased")

    def start_stream(self, ctx: Context) -> _Upper:
        return _Upper()


def oai(s: FakeLLMServer) -> Any:
    return openai.OpenAI(base_url=s.openai_base_url, api_key="offline", max_retries=0)


def aoai(s: FakeLLMServer) -> Any:
    return openai.AsyncOpenAI(base_url=s.openai_base_url, api_key="offline", max_retries=0)


def ant(s: FakeLLMServer) -> Any:
    return anthropic.Anthropic(base_url=s.anthropic_base_url, api_key="offline", max_retries=0)


def aant(s: FakeLLMServer) -> Any:
    return anthropic.AsyncAnthropic(base_url=s.anthropic_base_url, api_key="offline",
                                    max_retries=0)


async def alist(stream: AsyncIterator[Any]) -> list[Any]:
    return [x async for x in stream]


def oai_text(chunks: list[Any]) -> str:
    return "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)


def ant_text(events: list[Any]) -> str:
    return "".join(e.delta.text for e in events if e.type == "content_block_delta")
