"""Re-asks on buffered streams: nothing of the answer was shown yet, so the pipeline asks the
model again (streamed) and the user sees only the repaired answer.

Before: a buffered stream whose output guard asked for a re-ask (a ``response_model=`` answer
that was not valid JSON) always ended with ``RepairFailed`` ("re-ask is not available on a
streamed answer") after one model call, where the same call not streamed was repaired."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import BaseModel

from _e2e_kit import Provider, accumulate, ant_events, oai_chunks, pieces
from guardwire import Context, Decision, Pipeline, RepairFailed, guarded
from guardwire.testing import FakeLLM, StaticGuard

pytestmark = pytest.mark.anyio

BAD = "not json at all"
GOOD = '{"name": "Ada", "age": 36}'


class Person(BaseModel):
    name: str
    age: int


async def _chunks(fn: Any, *args: Any, use_async: bool, **kw: Any) -> list[Any]:
    if use_async:
        return [c async for c in await fn(*args, **kw)]
    return list(fn(*args, **kw))


@pytest.mark.parametrize("use_async", [False, True])
async def test_a_buffered_stream_is_re_asked_and_shows_only_the_repaired_answer(
        use_async: bool) -> None:
    llm = FakeLLM([BAD, GOOD], chunk_size=4)
    ask = guarded(llm.astream if use_async else llm.stream, pipeline=Pipeline(),
                  response_model=Person)
    ctx = Context()
    out = await _chunks(ask, "who?", guard_ctx=ctx, use_async=use_async)
    assert out == ['{"name":"Ada","age":36}']  # one chunk: the validated answer
    assert len(llm.calls) == 2 and ctx.reasks == 1
    assert BAD in llm.prompts[1] and "not a single valid JSON" in llm.prompts[1]  # repair
    assert [v.stage for v in ctx.verdicts] == ["input", "output", "output"]
    assert ctx.verdicts[1].reask is not None and not ctx.verdicts[-1].blocked
    assert ctx.structured == Person(name="Ada", age=36)


@pytest.mark.parametrize("use_async", [False, True])
async def test_a_buffered_stream_past_max_reasks_raises_repair_failed_with_every_answer(
        use_async: bool) -> None:
    answers = iter(["a1", "a2", "a3"])
    llm = FakeLLM(lambda prompt: next(answers), chunk_size=2)
    p = Pipeline(output=[StaticGuard(Decision.reask("again", "never happy"), name="greedy")],
                 max_reasks=2)
    ctx = Context()
    with pytest.raises(RepairFailed) as err:
        await _chunks(guarded(llm.astream if use_async else llm.stream, pipeline=p), "q",
                      guard_ctx=ctx, use_async=use_async)
    assert err.value.attempts == ("a1", "a2", "a3")
    assert "re-ask limit reached (2)" in str(err.value) and ctx.reasks == 2
    assert ctx.verdicts[-1].blocked and err.value.verdict == ctx.verdicts[-1]


async def test_an_incremental_stream_still_cannot_be_re_asked() -> None:
    llm = FakeLLM([BAD, GOOD], chunk_size=4)
    ask = guarded(llm.stream, pipeline=Pipeline(stream_mode="incremental"),
                  response_model=Person)
    with pytest.raises(RepairFailed, match="not available on a streamed answer"):
        list(ask("who?"))
    assert len(llm.calls) == 1


def _reply(answers: list[str]) -> Any:
    it = iter(answers)

    def reply(body: dict[str, Any]) -> Any:
        return oai_chunks(pieces(next(it)))
    return reply


@pytest.mark.parametrize("use_async", [False, True])
async def test_openai_stream_re_asked_keeps_one_role_chunk_and_the_sdk_order(
        use_async: bool) -> None:
    provider = Provider(_reply([BAD, GOOD]))
    client = provider.openai(is_async=use_async)
    chat = guarded(client.chat.completions.create, pipeline=Pipeline(), response_model=Person)
    out = await _chunks(chat, model="gpt-x", stream=True, use_async=use_async,
                        messages=[{"role": "user", "content": "who?"}],
                        stream_options={"include_usage": True})
    roles = [c for c in out if c.choices and c.choices[0].delta.role]
    texts = [c.choices[0].delta.content for c in out if c.choices and c.choices[0].delta.content]
    assert len(roles) == 1 and out[0] is roles[0]
    assert texts == ['{"name":"Ada","age":36}']
    assert out[-2].choices[0].finish_reason == "stop" and out[-1].choices == []  # usage last
    assert len(provider.bodies) == 2
    sent = provider.bodies[1]["messages"]
    assert sent[1] == {"role": "assistant", "content": BAD} and sent[2]["role"] == "user"


def _with_ping(events: list[Any]) -> list[Any]:
    """The API sends a ``ping`` event early in every stream (after ``content_block_start``)."""
    return [*events[:2], {"type": "ping"}, *events[2:]]


@pytest.mark.parametrize("use_async", [False, True])
async def test_anthropic_stream_re_asked_accumulates_to_one_message(use_async: bool) -> None:
    answers = iter([BAD, GOOD])
    provider = Provider(lambda body: _with_ping(ant_events([{"type": "text",
                                                             "pieces": pieces(next(answers))}])))
    client = provider.anthropic(is_async=use_async)
    chat = guarded(client.messages.create, pipeline=Pipeline(), response_model=Person)
    events = await _chunks(chat, model="claude-x", max_tokens=100, stream=True,
                           use_async=use_async,
                           messages=[{"role": "user", "content": "who?"}])
    assert [e.type for e in events].count("message_start") == 1
    message = accumulate(events)
    assert [b.text for b in message.content] == ['{"name":"Ada","age":36}']
    assert message.stop_reason == "end_turn" and len(provider.bodies) == 2


async def test_a_stream_with_a_tool_call_before_its_text_is_still_re_asked() -> None:
    """A buffered stream holds its tool-call chunks until the verdict (they used to pass at
    once, which made the re-ask impossible: RepairFailed after one model call). Nothing was
    shown, so the model is asked again; here it never repairs, and nothing of any answer
    reached the consumer."""
    call = {"index": 0, "id": "call_1", "type": "function",
            "function": {"name": "lookup", "arguments": "{}"}}

    def reply(body: dict[str, Any]) -> Any:
        chunks = oai_chunks(pieces(BAD), tool_calls=[call])
        # the tool call first, then the text
        return [chunks[0], chunks[-4], *chunks[1:-4], *chunks[-3:]]

    provider = Provider(reply)
    chat = guarded(provider.openai().chat.completions.create, pipeline=Pipeline(),
                   response_model=Person)
    shown: list[Any] = []
    with pytest.raises(RepairFailed, match="max_reasks=2 reached"):
        for chunk in chat(model="gpt-x", stream=True,
                          messages=[{"role": "user", "content": "who?"}]):
            shown.append(chunk)
    assert len(provider.bodies) == 3
    assert all(json.loads(raw)["stream"] is True for raw in provider.raw)
    assert [c.choices[0].delta.role for c in shown] == ["assistant"]  # the opening chunk only


def test_an_azure_prompt_filter_chunk_before_the_answer_does_not_prevent_the_re_ask() -> None:
    """Azure OpenAI streams start with a chunk without choices (``prompt_filter_results``)."""
    answers = iter([BAD, GOOD])

    def reply(body: dict[str, Any]) -> Any:
        chunks = oai_chunks(pieces(next(answers)))
        first = {**chunks[0], "choices": [], "prompt_filter_results": [{"prompt_index": 0}]}
        return [first, *chunks]

    provider = Provider(reply)
    chat = guarded(provider.openai().chat.completions.create, pipeline=Pipeline(),
                   response_model=Person)
    out = list(chat(model="gpt-x", stream=True, messages=[{"role": "user", "content": "who?"}],
                    stream_options={"include_usage": True}))
    assert [c.choices[0].delta.content for c in out if c.choices and c.choices[0].delta.content
            ] == ['{"name":"Ada","age":36}']
    assert [c.choices == [] and c.usage is None for c in out].count(True) == 1  # one filter
    assert out[-1].usage is not None and len(provider.bodies) == 2

