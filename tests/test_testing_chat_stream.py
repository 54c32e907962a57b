"""FakeLLM.chat_stream / achat_stream: a scripted chat model that streams, for apps whose
guarded function takes ``messages`` and returns chunks (there was no streamed chat entry
point: a test had to write its own wrapper around ``chat``)."""

from __future__ import annotations

import asyncio

import pytest

from guardwire import Pipeline, guarded
from guardwire.guards.pii import PIIRedactor
from guardwire.testing import FakeLLM, tool_call_answer

MESSAGES = [{"role": "user", "content": "save jane@example.com"}]


def test_chat_stream_is_guarded_like_a_chat_and_streams_in_chunks() -> None:
    llm = FakeLLM("Done, <EMAIL_ADDRESS_1> is saved.", chunk_size=4)
    ask = guarded(llm.chat_stream, pipeline=Pipeline(input=[PIIRedactor(ner="off")],
                                                     stream_mode="incremental"))
    chunks = list(ask(messages=MESSAGES))
    assert "".join(chunks) == "Done, jane@example.com is saved."
    assert len(chunks) > 1
    assert llm.prompts == ["save <EMAIL_ADDRESS_1>"]
    assert llm.calls[0]["messages"] == [{"role": "user", "content": "save <EMAIL_ADDRESS_1>"}]


def test_achat_stream_is_awaited_then_iterated() -> None:
    llm = FakeLLM(["first answer", "second"], chunk_size=5)
    ask = guarded(llm.achat_stream, pipeline=Pipeline(input=[PIIRedactor(ner="off")],
                                                      stream_mode="incremental"))

    async def collect() -> list[str]:
        return [c async for c in await ask(messages=MESSAGES)]

    assert asyncio.run(collect()) == ["first", " answ", "er"]
    assert llm.prompts == ["save <EMAIL_ADDRESS_1>"]


def test_a_tool_call_answer_cannot_be_streamed_as_text() -> None:
    llm = FakeLLM([tool_call_answer("lookup", {"q": "x"})])
    with pytest.raises(TypeError, match="chat"):
        list(llm.chat_stream(messages=MESSAGES))
