"""Anthropic SDK end to end against the local fake server: messages and streams (sync and
async) keep their SDK types, system prompt and max_tokens handling, explicit blocks, canned
answers. Shared set-up: ``_providers_kit.py`` and the ``server`` fixture in conftest.py; OpenAI
and cross-provider tests: ``test_providers.py``."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from _fake_server import FakeLLMServer, Reply
from _providers_kit import (
    USER,
    UpperStream,
    aant,
    ant,
    ant_text,
    block_word,
    hide_secret,
    shout,
)
from guardwire import Context, Decision, OutputBlocked, Pipeline, guarded

anthropic = pytest.importorskip("anthropic")
from anthropic.types import Message  # noqa: E402

# -- Anthropic -------------------------------------------------------------------------------

def test_anthropic_sync_message(server: FakeLLMServer) -> None:
    safe = guarded(ant(server).messages.create,
                   pipeline=Pipeline(input=[hide_secret], output=[shout]))
    msg = safe(model="m", max_tokens=50, system="swordfish rules", messages=[
        {"role": "user", "content": [{"type": "text", "text": "my swordfish"}]}])
    assert isinstance(msg, Message)
    assert [b.text for b in msg.content] == ["YOU SAID: MY [HIDDEN]"]
    body = server.requests[0].body
    assert body["system"] == "swordfish rules"
    assert body["messages"][0]["content"][0]["text"] == "my [hidden]"


def test_anthropic_guard_system_and_max_tokens() -> None:
    seen: list[str | None] = []

    def note(text: str, ctx: Context) -> Decision:
        seen.append(ctx.finish_reason)
        return Decision.allow()

    with FakeLLMServer(Reply("cut", finish="length")) as s:
        p = Pipeline(input=[hide_secret], output=[note], guard_system=True)
        guarded(ant(s).messages.create, pipeline=p)(
            model="m", max_tokens=5, messages=USER,
            system=[{"type": "text", "text": "swordfish rules"}])
        events = list(guarded(ant(s).messages.create, pipeline=p)(
            model="m", max_tokens=5, messages=USER, stream=True))
        assert all("swordfish" not in r.raw for r in s.requests)
    assert seen == ["length", "length"]
    assert events[-1].type == "message_stop"


@pytest.mark.parametrize("mode", ["buffered", "incremental"])
def test_anthropic_streams_sync_and_async(server: FakeLLMServer, mode: str) -> None:
    p = Pipeline(input=[hide_secret], output=[UpperStream()], stream_mode=mode)  # type: ignore[arg-type]
    events = list(guarded(ant(server).messages.create, pipeline=p)(
        model="m", max_tokens=50, messages=USER, stream=True))
    assert ant_text(events) == "YOU SAID: MY SECRET IS [HIDDEN]"
    kinds = [e.type for e in events]
    assert kinds[:2] == ["message_start", "content_block_start"]
    assert kinds[-3:] == ["content_block_stop", "message_delta", "message_stop"]
    assert (kinds.count("content_block_delta") == 1) == (mode == "buffered")

    safe = guarded(aant(server).messages.create, pipeline=p)

    async def run() -> list[Any]:
        stream = await safe(model="m", max_tokens=50, messages=USER, stream=True)
        return [e async for e in stream]

    aevents = asyncio.run(run())
    assert ant_text(aevents) == ant_text(events)
    assert [type(e) for e in aevents] == [type(e) for e in events]


def test_anthropic_async_message_and_stream_block(server: FakeLLMServer) -> None:
    safe = guarded(aant(server).messages.create, pipeline=Pipeline(output=[shout]))
    msg = asyncio.run(safe(model="m", max_tokens=5, messages=USER))
    assert isinstance(msg, Message) and msg.content[0].text.startswith("YOU SAID")
    with FakeLLMServer("a forbidden answer", chunk_size=3) as s:
        p = Pipeline(output=[block_word], stream_mode="incremental")
        with pytest.raises(OutputBlocked):
            list(guarded(ant(s).messages.create, pipeline=p)(
                model="m", max_tokens=5, messages=USER, stream=True))


def test_anthropic_canned_answers(server: FakeLLMServer) -> None:
    p = Pipeline(input=[lambda t, c: Decision.block("no")], on_block="respond",
                 block_response="Sorry.")
    msg = guarded(ant(server).messages.create, pipeline=p)(
        model="m", max_tokens=5, messages=USER)
    assert isinstance(msg, Message) and msg.content[0].text == "Sorry."
    events = list(guarded(ant(server).messages.create, pipeline=p)(
        model="m", max_tokens=5, messages=USER, stream=True))
    assert ant_text(events) == "Sorry." and events[-1].type == "message_stop"
    assert server.requests == []
