"""A plain function that calls an SDK itself and returns its answer or stream.

``@guarded(pipeline=p) def ask(messages): return client.chat.completions.create(...)`` is the
most common shape of app code. Before, a returned stream's chunks passed through unread: the
output guards saw an empty answer ('') and the user got the model's text unguarded; a returned
``ChatCompletion``/``Message`` failed after the model call with "ChatAdapter cannot read text
from ChatCompletion". The answer is now read with the SDK's adapter, and a stream chunk no
adapter can read is a TypeError, never passed on unguarded.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from _fake_server import FakeLLMServer
from _providers_kit import (
    USER,
    aant,
    alist,
    ant,
    ant_text,
    aoai,
    oai,
    oai_text,
    shout,
)
from guardwire import Context, Decision, OutputBlocked, Pipeline, StreamCorrection, guarded

seen: list[str] = []


def no_secret(text: str, ctx: Context) -> Decision:
    seen.append(text)
    return Decision.block("secret in the answer") if "swordfish" in text else Decision.allow()


BLOCKING = Pipeline(output=[no_secret])
SHOUTING = Pipeline(output=[shout])
ANSWER = "You said: my secret is swordfish"


@pytest.fixture(autouse=True)
def _clear() -> None:
    seen.clear()


@pytest.mark.parametrize("mode", ["buffered", "incremental"])
def test_openai_stream_returned_by_a_plain_function_is_guarded(server: FakeLLMServer,
                                                               mode: str) -> None:
    client = oai(server)

    def ask(messages: list[dict[str, Any]]) -> Any:
        return client.chat.completions.create(model="m", messages=messages, stream=True)

    with pytest.raises(OutputBlocked):
        list(guarded(ask, pipeline=BLOCKING.override(stream_mode=mode))(USER))
    assert seen == [ANSWER]
    chunks = list(guarded(ask, pipeline=SHOUTING.override(stream_mode=mode))(USER))
    if mode == "buffered":
        assert oai_text(chunks) == ANSWER.upper()
    else:  # the text was shown as it came; a whole-answer rewrite ends it with a correction
        assert isinstance(chunks[-1], StreamCorrection) and chunks[-1].text == ANSWER.upper()
        assert oai_text(chunks[:-1]) == ANSWER


def test_openai_answer_and_async_stream_returned_by_plain_functions(server: FakeLLMServer
                                                                   ) -> None:
    from openai.types.chat import ChatCompletion

    client, aclient = oai(server), aoai(server)

    def ask(prompt: str) -> Any:
        return client.chat.completions.create(
            model="m", messages=[{"role": "user", "content": prompt}])

    result = guarded(ask, pipeline=SHOUTING)("my secret is swordfish")
    assert isinstance(result, ChatCompletion)
    assert result.choices[0].message.content == ANSWER.upper()
    canned = guarded(ask, pipeline=BLOCKING.override(on_block="respond", block_response="no"))(
        "my secret is swordfish")
    assert isinstance(canned, ChatCompletion) and canned.choices[0].message.content == "no"

    async def astream(messages: list[dict[str, Any]]) -> Any:
        return await aclient.chat.completions.create(model="m", messages=messages, stream=True)

    async def run() -> list[Any]:
        return await alist(await guarded(astream, pipeline=SHOUTING)(USER))

    assert oai_text(asyncio.run(run())) == ANSWER.upper()


def test_anthropic_answers_returned_by_plain_functions(server: FakeLLMServer) -> None:
    client, aclient = ant(server), aant(server)

    def ask(messages: list[dict[str, Any]], stream: bool = False) -> Any:
        return client.messages.create(model="c", max_tokens=50, messages=messages,
                                      stream=stream)

    assert guarded(ask, pipeline=SHOUTING)(USER).content[0].text == ANSWER.upper()
    with pytest.raises(OutputBlocked):
        list(guarded(ask, pipeline=BLOCKING)(USER, stream=True))
    assert seen == [ANSWER]

    async def astream(messages: list[dict[str, Any]]) -> Any:
        return await aclient.messages.create(model="c", max_tokens=50, messages=messages,
                                             stream=True)

    async def run() -> list[Any]:
        return await alist(await guarded(astream, pipeline=SHOUTING)(USER))

    assert ant_text(asyncio.run(run())) == ANSWER.upper()


def test_a_stream_of_chunks_no_adapter_reads_is_refused_not_passed_on() -> None:
    def ask(prompt: str) -> Iterator[dict[str, str]]:
        return iter([{"text": "my secret is swordfish"}])

    with pytest.raises(TypeError, match="cannot read text from a stream chunk of type dict"):
        list(guarded(ask, pipeline=BLOCKING)("hi"))
    assert seen == []


def test_an_openai_stream_of_responses_api_events_is_refused_not_passed_on() -> None:
    """``return client.responses.create(..., stream=True)``: an openai.Stream, but of
    Responses API events, which the chat-completions adapter cannot read (before: passed on
    with the output guards seeing '')."""
    import json

    import httpx
    import openai

    event = {"type": "response.output_text.delta", "item_id": "i", "output_index": 0,
             "content_index": 0, "delta": "my secret is swordfish", "sequence_number": 1,
             "logprobs": []}

    def handle(request: httpx.Request) -> httpx.Response:
        body = f"event: {event['type']}\ndata: {json.dumps(event)}\n\n".encode()
        return httpx.Response(200, content=body, headers={"content-type": "text/event-stream"})

    client = openai.OpenAI(api_key="x", max_retries=0,
                           http_client=httpx.Client(transport=httpx.MockTransport(handle)))

    def ask(prompt: str) -> Any:
        return client.responses.create(model="m", input=prompt, stream=True)

    with pytest.raises(TypeError, match="ResponseTextDeltaEvent"):
        list(guarded(ask, pipeline=BLOCKING)("hi"))
    assert seen == []
