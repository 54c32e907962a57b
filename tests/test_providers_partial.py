"""SDK methods behind ``functools.partial`` are recognised like the methods themselves.

Before, ``guarded(partial(client.chat.completions.create, model="m"))`` fell back to the
generic chat adapter: the request was sent, then the call failed with "ChatAdapter cannot
read text from ChatCompletion"; with an async client the wrapper was sync and handed the
un-awaited coroutine to the adapter ("cannot read text from coroutine").
"""

from __future__ import annotations

import asyncio
import functools

import pytest

from _fake_server import FakeLLMServer
from _providers_kit import USER, anthropic, aoai, hide_secret, oai, shout
from guardwire import Pipeline, guarded

P = Pipeline(input=[hide_secret], output=[shout])


def test_openai_partial_sync_async_and_stream(server: FakeLLMServer) -> None:
    from openai.types.chat import ChatCompletion, ChatCompletionChunk

    safe = guarded(functools.partial(oai(server).chat.completions.create, model="m"), pipeline=P)
    result = safe(messages=USER)
    assert isinstance(result, ChatCompletion)
    assert result.choices[0].message.content == "YOU SAID: MY SECRET IS [HIDDEN]"
    chunks = list(safe(messages=USER, stream=True))
    assert all(isinstance(c, ChatCompletionChunk) for c in chunks)
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == (
        "YOU SAID: MY SECRET IS [HIDDEN]")

    asafe = guarded(functools.partial(aoai(server).chat.completions.create, model="m"),
                    pipeline=P)
    assert asyncio.iscoroutinefunction(asafe)
    result = asyncio.run(asafe(messages=USER))
    assert result.choices[0].message.content == "YOU SAID: MY SECRET IS [HIDDEN]"
    assert all("swordfish" not in r.raw for r in server.requests)


def test_anthropic_partial(server: FakeLLMServer) -> None:
    client = anthropic.Anthropic(base_url=server.anthropic_base_url, api_key="offline",
                                 max_retries=0)
    safe = guarded(functools.partial(client.messages.create, model="c", max_tokens=50),
                   pipeline=P)
    result = safe(messages=USER)
    assert result.content[0].text == "YOU SAID: MY SECRET IS [HIDDEN]"
    assert "swordfish" not in server.requests[0].raw


def test_a_partial_of_an_entry_point_without_an_adapter_is_refused(server: FakeLLMServer
                                                                   ) -> None:
    client = oai(server)
    with pytest.raises(TypeError, match="with_raw_response"):
        guarded(functools.partial(client.chat.completions.with_raw_response.create, model="m"),
                pipeline=P)
    assert server.requests == []


def test_what_the_partial_binds_is_part_of_the_call(server: FakeLLMServer) -> None:
    """stream=True, n= and model bound in the partial count as the caller's own (before: a
    blocked stream call answered with a ChatCompletion, whose iteration gave field tuples,
    and n=2 in the partial skipped the one-answer check)."""
    from openai.types.chat import ChatCompletionChunk

    from guardwire import Decision

    client = oai(server)
    refuse = Pipeline(input=[lambda text, ctx: Decision.block("no")], on_block="respond",
                      block_response="Sorry")
    safe = guarded(functools.partial(client.chat.completions.create, model="m", stream=True),
                   pipeline=refuse)
    with safe(messages=USER) as stream:
        chunks = list(stream)
    assert all(isinstance(c, ChatCompletionChunk) for c in chunks)
    assert chunks[0].choices[0].delta.content == "Sorry" and chunks[0].model == "m"
    two = guarded(functools.partial(client.chat.completions.create, model="m", n=2), pipeline=P)
    with pytest.raises(TypeError, match="n=2"):
        two(messages=USER)
    assert server.requests == []
