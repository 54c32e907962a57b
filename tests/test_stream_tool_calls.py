"""Output guards see a streamed answer's tool calls (``ctx.tool_calls``), and a buffered
stream holds its tool-call chunks until the verdict, so a guard's block stops the call.

Before: ``ctx.tool_calls`` was empty for every streamed answer, so a guard that blocks a
dangerous tool call (it blocked the same answer not streamed) let the streamed one through;
and the buffered mode let tool-call chunks out before the output stage ran."""

from __future__ import annotations

from typing import Any

import pytest

from _e2e_kit import Provider, accumulate, ant_events, oai_chunks, pieces
from guardwire import Context, Decision, OutputBlocked, Pipeline, guarded

pytestmark = pytest.mark.anyio

ARGS = '{"path": "/", "force": true}'


class NoDelete:
    name = "no_delete"

    def __init__(self) -> None:
        self.seen: list[list[dict[str, Any]]] = []

    def __call__(self, text: str, ctx: Context) -> Decision:
        self.seen.append([dict(c) for c in ctx.tool_calls])
        if any(c["name"] == "delete_everything" for c in ctx.tool_calls):
            return Decision.block("dangerous tool call")
        return Decision.allow()


def _openai_reply(name: str, text: str = "") -> Any:
    call = {"index": 0, "id": "call_1", "type": "function",
            "function": {"name": name, "arguments": ""}}
    frags = [{"index": 0, "function": {"arguments": p}} for p in pieces(ARGS, 5)]

    def reply(body: dict[str, Any]) -> Any:
        return oai_chunks(pieces(text) if text else [], finish="tool_calls",
                          tool_calls=[call, *frags])
    return reply


def _anthropic_reply(name: str, text: str = "") -> Any:
    blocks = [{"type": "tool_use", "id": "toolu_1", "name": name, "pieces": pieces(ARGS, 5)}]
    if text:
        blocks.insert(0, {"type": "text", "pieces": pieces(text)})
    return lambda body: ant_events(blocks, stop="tool_use")


def _client(sdk: str, provider: Provider, use_async: bool) -> tuple[Any, dict[str, Any]]:
    if sdk == "openai":
        return (provider.openai(is_async=use_async).chat.completions.create,
                {"model": "gpt-x"})
    return (provider.anthropic(is_async=use_async).messages.create,
            {"model": "claude-x", "max_tokens": 100})


def _tool_names(sdk: str, chunks: list[Any]) -> list[str]:
    if sdk == "openai":
        return [tc.function.name for c in chunks if c.choices
                for tc in c.choices[0].delta.tool_calls or () if tc.function.name]
    return [c.content_block.name for c in chunks if c.type == "content_block_start"
            and c.content_block.type == "tool_use"]


async def _consume(fn: Any, use_async: bool, shown: list[Any], **kw: Any) -> None:
    if use_async:
        async for c in await fn(**kw):
            shown.append(c)
    else:
        for c in fn(**kw):
            shown.append(c)


@pytest.mark.parametrize("sdk", ["openai", "anthropic"])
@pytest.mark.parametrize("use_async", [False, True])
@pytest.mark.parametrize("text", ["", "Deleting now."])
async def test_a_buffered_stream_with_a_blocked_tool_call_shows_none_of_it(
        sdk: str, use_async: bool, text: str) -> None:
    reply = _openai_reply if sdk == "openai" else _anthropic_reply
    provider = Provider(reply("delete_everything", text))
    fn, kw = _client(sdk, provider, use_async)
    guard = NoDelete()
    chat = guarded(fn, pipeline=Pipeline(output=[guard]))
    shown: list[Any] = []
    with pytest.raises(OutputBlocked, match="dangerous tool call"):
        await _consume(chat, use_async, shown, stream=True,
                       messages=[{"role": "user", "content": "clean up"}], **kw)
    assert guard.seen == [[{"id": "call_1" if sdk == "openai" else "toolu_1",
                            "name": "delete_everything",
                            "arguments": {"path": "/", "force": True}}]]
    assert _tool_names(sdk, shown) == []  # nothing of the tool call reached the client


@pytest.mark.parametrize("sdk", ["openai", "anthropic"])
async def test_an_allowed_tool_call_streams_whole_after_the_verdict(sdk: str) -> None:
    reply = _openai_reply if sdk == "openai" else _anthropic_reply
    provider = Provider(reply("lookup", "Looking."))
    fn, kw = _client(sdk, provider, False)
    guard = NoDelete()
    shown = list(guarded(fn, pipeline=Pipeline(output=[guard]))(
        stream=True, messages=[{"role": "user", "content": "find"}], **kw))
    assert guard.seen[0][0]["name"] == "lookup"
    assert _tool_names(sdk, shown) == ["lookup"]
    if sdk == "openai":
        args = "".join(tc.function.arguments or "" for c in shown if c.choices
                       for tc in c.choices[0].delta.tool_calls or ())
        assert args == ARGS and shown[-1].choices == []  # the usage chunk still last
        text = "".join(c.choices[0].delta.content or "" for c in shown if c.choices)
    else:
        args = "".join(c.delta.partial_json for c in shown if c.type == "content_block_delta"
                       and c.delta.type == "input_json_delta")
        assert args == ARGS and shown[-1].type == "message_stop"
        text = "".join(c.delta.text for c in shown if c.type == "content_block_delta"
                       and c.delta.type == "text_delta")
    assert text == "Looking."


async def test_an_incremental_stream_ends_with_the_block() -> None:
    """Incremental streams show chunks as they come: the tool call went out, but the guard
    saw it and the stream ends with OutputBlocked (a client executes nothing it did not
    finish reading)."""
    provider = Provider(_openai_reply("delete_everything"))
    guard = NoDelete()
    chat = guarded(provider.openai().chat.completions.create,
                   pipeline=Pipeline(output=[guard], stream_mode="incremental"))
    with pytest.raises(OutputBlocked):
        list(chat(model="gpt-x", stream=True, messages=[{"role": "user", "content": "x"}]))
    assert guard.seen[0][0]["name"] == "delete_everything"


@pytest.mark.parametrize("sdk", ["openai", "anthropic"])
@pytest.mark.parametrize("use_async", [False, True])
@pytest.mark.parametrize("text", ["", "Deleting now."])
async def test_on_block_respond_answers_without_the_blocked_tool_call(
        sdk: str, use_async: bool, text: str) -> None:
    """``on_block = "respond"``: the canned answer, and nothing of the blocked tool call.
    Before, a tool-call-only answer raised AttributeError ('NoneType' object has no attribute
    'model_copy': no text chunk to write the canned answer into), and one with text showed
    the canned text followed by the blocked tool call."""
    reply = _openai_reply if sdk == "openai" else _anthropic_reply
    provider = Provider(reply("delete_everything", text))
    fn, kw = _client(sdk, provider, use_async)
    chat = guarded(fn, pipeline=Pipeline(output=[NoDelete()], on_block="respond",
                                         block_response="Not allowed."))
    shown: list[Any] = []
    await _consume(chat, use_async, shown, stream=True,
                   messages=[{"role": "user", "content": "clean up"}], **kw)
    assert _tool_names(sdk, shown) == []
    if sdk == "openai":
        assert "".join(c.choices[0].delta.content or "" for c in shown if c.choices
                       ) == "Not allowed."
        assert shown[0].choices[0].delta.role == "assistant"
        assert [c.choices[0].finish_reason for c in shown if c.choices][-1] == "stop"
    else:
        message = accumulate(shown)  # the SDK's own accumulator: a well-formed stream
        assert [b.type for b in message.content] == ["text"]
        assert message.content[0].text == "Not allowed."


def test_a_blocked_empty_plain_stream_gets_the_canned_answer_as_one_chunk() -> None:
    # a plain function's adapter answers a block with the text itself: since 784420b an empty
    # blocked stream was given it as list('canned'), one chunk per character
    from collections.abc import Iterator

    from guardwire.testing import StaticGuard

    p = Pipeline(output=[StaticGuard("block", reason="no")], on_block="respond",
                 block_response="canned")

    def empty(prompt: str) -> Iterator[str]:
        return iter([])

    assert list(guarded(empty, pipeline=p)("q")) == ["canned"]


async def test_a_blocked_empty_plain_async_stream_gets_the_canned_answer_as_one_chunk() -> None:
    from collections.abc import AsyncIterator

    from guardwire.testing import StaticGuard

    p = Pipeline(output=[StaticGuard("block", reason="no")], on_block="respond",
                 block_response="canned")

    async def empty(prompt: str) -> AsyncIterator[str]:
        for chunk in ():
            yield chunk

    assert [c async for c in guarded(empty, pipeline=p)("q")] == ["canned"]


@pytest.mark.parametrize("stream", [False, True])
def test_tool_arguments_nested_past_the_recursion_limit_are_kept_as_text(stream: bool) -> None:
    # before: json.loads raised RecursionError out of the guarded call (streamed since this
    # session's ctx.tool_calls for streams; not streamed before that too), no verdict read
    from _e2e_kit import Provider, oai_chunks

    deep = "[" * 100_000
    call = {"index": 0, "id": "call_1", "type": "function",
            "function": {"name": "f", "arguments": "" if stream else deep}}
    whole = {"id": "c1", "object": "chat.completion", "created": 0, "model": "x",
             "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {
                 "role": "assistant", "content": None, "tool_calls": [call]}}]}

    def reply(body: dict[str, Any]) -> Any:
        if not stream:
            return whole
        return oai_chunks([], finish="tool_calls", tool_calls=[
            call, {"index": 0, "function": {"arguments": deep}}])

    guard = NoDelete()
    chat = guarded(Provider(reply).openai().chat.completions.create,
                   pipeline=Pipeline(output=[guard]))
    kw: dict[str, Any] = {"model": "x", "messages": [{"role": "user", "content": "q"}]}
    if stream:
        list(chat(stream=True, **kw))
    else:
        chat(**kw)
    assert guard.seen == [[{"id": "call_1", "name": "f", "arguments": deep}]]
