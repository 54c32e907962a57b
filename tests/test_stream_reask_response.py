"""After a buffered stream was re-asked, the stream object's SDK attributes (``response``:
the HTTP response, its headers — request id, rate limits) are the request whose answer the
consumer got, the last one. Before, ``stream.response`` stayed the first request's (whose
answer was thrown away and whose stream was closed)."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel

from _e2e_kit import Provider, ant_events, oai_chunks, pieces
from guardwire import Pipeline, guarded

pytestmark = pytest.mark.anyio

BAD = "not json at all"
GOOD = '{"name": "Ada", "age": 36}'


class Person(BaseModel):
    name: str
    age: int


def _openai(body: dict[str, Any], answers: Any) -> Any:
    return oai_chunks(pieces(next(answers)))


def _anthropic(body: dict[str, Any], answers: Any) -> Any:
    return ant_events([{"type": "text", "pieces": pieces(next(answers))}])


@pytest.mark.parametrize("sdk", ["openai", "anthropic"])
@pytest.mark.parametrize("use_async", [False, True])
async def test_stream_response_is_the_last_requests(sdk: str, use_async: bool) -> None:
    answers = iter([BAD, GOOD])
    reply = _openai if sdk == "openai" else _anthropic
    provider = Provider(lambda body: reply(body, answers))
    if sdk == "openai":
        client = provider.openai(is_async=use_async)
        fn, kw = client.chat.completions.create, {"model": "gpt-x"}
    else:
        client = provider.anthropic(is_async=use_async)
        fn, kw = client.messages.create, {"model": "claude-x", "max_tokens": 100}
    chat = guarded(fn, pipeline=Pipeline(), response_model=Person)
    stream = chat(stream=True, messages=[{"role": "user", "content": "who?"}], **kw)
    if use_async:
        stream = await stream
        assert stream.response.headers["x-request-id"] == "req_1"  # before any re-ask
        async for _ in stream:
            pass
    else:
        assert stream.response.headers["x-request-id"] == "req_1"
        for _ in stream:
            pass
    assert len(provider.bodies) == 2
    assert stream.response.headers["x-request-id"] == "req_2"
