"""A guarded SDK stream is used like the SDK's: ``with``/``async with``, ``close()``,
``response``.

Before, ``with guarded_create(..., stream=True) as stream:`` (the SDKs' way to make sure the
connection is closed) failed with "'generator' object does not support the context manager
protocol", and ``stream.response`` (the HTTP response and its headers) was gone.
"""

from __future__ import annotations

import asyncio
from typing import Any

from _fake_server import FakeLLMServer
from _providers_kit import USER, aoai, oai, oai_text, shout
from guardwire import Context, Pipeline, guarded
from guardwire.testing import FakeLLM

P = Pipeline(output=[shout])


def test_with_block_close_and_response_of_a_sync_stream(server: FakeLLMServer) -> None:
    safe = guarded(oai(server).chat.completions.create, pipeline=P)
    with safe(model="m", messages=USER, stream=True) as stream:
        assert stream.response.status_code == 200
        assert oai_text(list(stream)) == "YOU SAID: MY SECRET IS SWORDFISH"
    ctx = Context()
    stream = safe(model="m", messages=USER, stream=True, guard_ctx=ctx)
    with stream:
        next(stream)  # the caller stops early: leaving the block ends the call
    assert not ctx._in_call
    safe(model="m", messages=USER, guard_ctx=ctx)  # the Context is free again


def test_async_with_block_and_close_of_an_async_stream(server: FakeLLMServer) -> None:
    safe = guarded(aoai(server).chat.completions.create, pipeline=P)

    async def run() -> tuple[str, bool]:
        async with await safe(model="m", messages=USER, stream=True) as stream:
            text = oai_text([c async for c in stream])
        ctx = Context()
        stream = await safe(model="m", messages=USER, stream=True, guard_ctx=ctx)
        await stream.__anext__()
        await stream.close()  # as the SDK's AsyncStream.close()
        return text, ctx._in_call

    text, in_call = asyncio.run(run())
    assert text == "YOU SAID: MY SECRET IS SWORDFISH" and not in_call


def test_a_plain_generator_stream_still_iterates_and_closes() -> None:
    safe: Any = guarded(FakeLLM("hello there").stream, pipeline=P)
    assert "".join(safe("hi")) == "HELLO THERE"
    with safe("hi") as stream:
        assert "".join(stream) == "HELLO THERE"
