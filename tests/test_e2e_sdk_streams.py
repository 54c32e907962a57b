"""End to end with the real OpenAI and Anthropic SDK clients on in-process transports, on the
routes guardwire ships (the embedded defaults and the examples' route file): what reaches the
provider has no PII, what the caller gets is restored, of the SDK's own types, with its
usage and finish reason, and streams keep the SDK's order of events."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from _config_kit import relaxed_default_routes
from _e2e_kit import PLACEHOLDER, Provider, accumulate, ant_events, oai_chunks, pieces
from guardwire import guarded, load_routes
from guardwire.testing import relaxed_budgets

ROUTES = relaxed_default_routes()
EXAMPLES = relaxed_budgets(
    load_routes(Path(__file__).resolve().parents[1] / "examples" / "guardwire.toml"))
PII = "Hi, I'm jane.doe@example.com, call me at 415-555-0132. Where is my order?"
TOOLS = [{"type": "function", "function": {"name": "send_mail", "parameters": {
    "type": "object", "properties": {"to": {"type": "string"}}}}}]


def user(text: str = PII) -> list[dict[str, Any]]:
    return [{"role": "user", "content": text}]


def email(body: dict[str, Any]) -> str:
    """The e-mail placeholder the provider received (the model echoes it back)."""
    return next(p for p in PLACEHOLDER.findall(json.dumps(body)) if p.startswith("<EMAIL"))


def oai_text(chunks: list[Any]) -> str:
    return "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)


@pytest.mark.parametrize("route", [ROUTES["default"], EXAMPLES["chat_stream"]],
                         ids=["buffered", "incremental"])
def test_openai_stream_ends_with_finish_then_usage(route: Any) -> None:
    """Incremental streams sent the text held back at the end (the restored e-mail address
    that ends the answer) after the finish_reason chunk and after the usage chunk: code that
    stops at finish_reason, or takes the choices=[] usage chunk as the end, lost it."""
    provider = Provider(lambda b: oai_chunks(pieces(f"Sure, I'll write to {email(b)}")))
    chat = guarded(provider.openai().chat.completions.create, pipeline=route)
    with chat(model="m", stream=True, stream_options={"include_usage": True},
              messages=user()) as stream:
        chunks = list(stream)
    assert "jane.doe" not in provider.raw[0] and "415-555" not in provider.raw[0]
    assert {type(c).__name__ for c in chunks} == {"ChatCompletionChunk"}
    finish = [i for i, c in enumerate(chunks) if c.choices and c.choices[0].finish_reason]
    assert len(finish) == 1 and chunks[finish[0]].choices[0].finish_reason == "stop"
    assert oai_text(chunks[:finish[0]]) == "Sure, I'll write to jane.doe@example.com"
    assert oai_text(chunks[finish[0]:]) == ""
    assert chunks[-1].choices == [] and chunks[-1].usage.total_tokens == 18


def test_openai_async_incremental_stream_keeps_the_order() -> None:
    provider = Provider(lambda b: oai_chunks(pieces(f"Mail goes to {email(b)}", 4)))
    chat = guarded(provider.openai(is_async=True).chat.completions.create,
                   pipeline=EXAMPLES["chat_stream"])

    async def go() -> list[Any]:
        async with await chat(model="m", stream=True, stream_options={"include_usage": True},
                              messages=user()) as stream:
            return [c async for c in stream]

    chunks = asyncio.run(go())
    finish = next(i for i, c in enumerate(chunks) if c.choices and c.choices[0].finish_reason)
    assert oai_text(chunks[:finish]) == "Mail goes to jane.doe@example.com"
    assert chunks[-1].usage is not None and finish == len(chunks) - 2


def test_openai_incremental_stream_with_a_footnote_appends_it_before_the_end() -> None:
    """What the end-of-stream guards append (here a footnote from document metadata) came
    after the finish_reason and usage chunks too."""
    from guardwire import Context

    docs = [{"text": "The side door opened on Monday.", "metadata": {"timestamp": "2026-08-24"}}]
    route = load_routes_text('[routes.s]\nstream_mode = "incremental"\noutput = ['
                             '{ use = "footnotes", with = { fields = { timestamp = "Seen" } } }]'
                             )["s"]
    provider = Provider(lambda b: oai_chunks(["The side door opened ", "on Monday [1]."]))
    chat = guarded(provider.openai().chat.completions.create, pipeline=route)
    chunks = list(chat(model="m", stream=True, stream_options={"include_usage": True},
                       messages=user("When?"), guard_ctx=Context(docs=docs)))
    finish = next(i for i, c in enumerate(chunks) if c.choices and c.choices[0].finish_reason)
    assert oai_text(chunks[:finish]) == "The side door opened on Monday [1].\n\nSeen: 2026-08-24."
    assert chunks[-1].usage is not None


def load_routes_text(text: str) -> dict[str, Any]:
    import tomllib

    from guardwire.config import build_routes

    return build_routes(tomllib.loads(text))


def test_openai_streamed_tool_call_is_restored_before_the_finish() -> None:
    def reply(body: dict[str, Any]) -> list[Any]:
        args = json.dumps({"to": email(body)})
        calls = [{"index": 0, "id": "call_1", "type": "function",
                  "function": {"name": "send_mail", "arguments": ""}}]
        calls += [{"index": 0, "function": {"arguments": p}} for p in pieces(args, 4)]
        return oai_chunks([], finish="tool_calls", tool_calls=calls)

    for route in (ROUTES["default"], EXAMPLES["chat_stream"]):
        provider = Provider(reply)
        chat = guarded(provider.openai().chat.completions.create, pipeline=route)
        with chat(model="m", tools=TOOLS, stream=True, stream_options={"include_usage": True},
                  messages=user()) as stream:
            chunks = list(stream)
        finish = next(i for i, c in enumerate(chunks)
                      if c.choices and c.choices[0].finish_reason)
        args = "".join(tc.function.arguments or "" for c in chunks[:finish]
                       for tc in (c.choices[0].delta.tool_calls or []))
        assert json.loads(args) == {"to": "jane.doe@example.com"}
        assert chunks[finish].choices[0].finish_reason == "tool_calls"
        assert provider.bodies[0]["tools"] == TOOLS and "jane.doe" not in provider.raw[0]


@pytest.mark.parametrize("route", [ROUTES["default"], EXAMPLES["chat_stream"]],
                         ids=["buffered", "incremental"])
def test_anthropic_stream_text_comes_before_message_stop(route: Any) -> None:
    """Incremental: the held-back end of the answer came as a content_block_delta after
    message_stop, which the SDK's accumulators and most UIs never read."""
    provider = Provider(lambda b: ant_events(
        [{"type": "text", "pieces": pieces(f"Mail goes to {email(b)}", 5)}]))
    create = guarded(provider.anthropic().messages.create, pipeline=route)
    with create(model="c", max_tokens=100, stream=True, system="Be brief.",
                messages=user()) as stream:
        events = list(stream)
    assert "jane.doe" not in json.dumps(provider.bodies[0]["messages"])
    assert provider.bodies[0]["system"] == "Be brief."
    kinds = [e.type for e in events]
    assert kinds[0] == "message_start" and kinds[-2:] == ["message_delta", "message_stop"]
    assert all(type(e).__name__.startswith("Raw") for e in events)
    text = "".join(e.delta.text for e in events[:kinds.index("message_delta")]
                   if e.type == "content_block_delta" and e.delta.type == "text_delta")
    assert text == "Mail goes to jane.doe@example.com"
    delta = events[kinds.index("message_delta")]
    assert delta.delta.stop_reason == "end_turn" and delta.usage.output_tokens == 7


def test_anthropic_async_stream_with_tool_use_is_restored() -> None:
    def reply(body: dict[str, Any]) -> list[Any]:
        args = json.dumps({"to": email(body)})
        return ant_events([{"type": "text", "pieces": ["Writing to ", email(body)]},
                           {"type": "tool_use", "id": "tu_1", "name": "send_mail",
                            "pieces": pieces(args, 5)}], stop="tool_use")

    provider = Provider(reply)
    create = guarded(provider.anthropic(is_async=True).messages.create,
                     pipeline=EXAMPLES["chat_stream"])

    async def go() -> list[Any]:
        async with await create(model="c", max_tokens=100, stream=True,
                                messages=user()) as stream:
            return [e async for e in stream]

    events = asyncio.run(go())
    kinds = [e.type for e in events]
    assert kinds[-2:] == ["message_delta", "message_stop"]
    before_end = events[:kinds.index("message_delta")]
    text = "".join(e.delta.text for e in before_end
                   if e.type == "content_block_delta" and e.delta.type == "text_delta")
    args = "".join(e.delta.partial_json for e in before_end
                   if e.type == "content_block_delta" and e.delta.type == "input_json_delta")
    assert text == "Writing to jane.doe@example.com"
    assert json.loads(args) == {"to": "jane.doe@example.com"}
    assert events[kinds.index("message_delta")].delta.stop_reason == "tool_use"


def test_openai_incremental_stream_last_text_in_the_finish_chunk() -> None:
    """Some providers send the last text in the chunk that carries finish_reason: its
    held-back part came after the usage chunk, in a second chunk marked 'stop'."""
    def reply(body: dict[str, Any]) -> list[Any]:
        role, first, last, finish, usage, done = oai_chunks(["Mail goes to ", email(body)])
        finish["choices"][0]["delta"] = last["choices"][0]["delta"]
        return [role, first, finish, usage, done]

    provider = Provider(reply)
    chat = guarded(provider.openai().chat.completions.create, pipeline=EXAMPLES["chat_stream"])
    chunks = list(chat(model="m", stream=True, stream_options={"include_usage": True},
                       messages=user()))
    finish = [i for i, c in enumerate(chunks) if c.choices and c.choices[0].finish_reason]
    assert finish == [len(chunks) - 2] and chunks[-1].usage.total_tokens == 18
    assert oai_text(chunks) == "Mail goes to jane.doe@example.com"




def test_anthropic_buffered_stream_with_text_after_a_tool_call_keeps_block_order() -> None:
    """A buffered stream wrote the guarded answer into a copy of the last text event, whose
    index belongs to a block after the tool call: it came before that block's
    content_block_start, and the SDK's accumulator failed on it (IndexError)."""
    def reply(body: dict[str, Any]) -> list[Any]:
        args = json.dumps({"to": email(body)})
        return ant_events([{"type": "text", "pieces": ["Writing to ", email(body)]},
                           {"type": "tool_use", "id": "tu_1", "name": "send_mail",
                            "pieces": pieces(args, 6)},
                           {"type": "text", "pieces": [" Done."]}], stop="tool_use")

    provider = Provider(reply)
    create = guarded(provider.anthropic().messages.create, pipeline=ROUTES["default"])
    with create(model="c", max_tokens=100, stream=True, messages=user()) as stream:
        events = list(stream)
    started: set[int] = set()
    for e in events:
        if e.type == "content_block_start":
            started.add(e.index)
        elif e.type == "content_block_delta":
            assert e.index in started, f"delta for block {e.index} before its start"
    message = accumulate(events)
    assert [b.type for b in message.content] == ["text", "tool_use", "text"]
    assert "".join(b.text for b in message.content if b.type == "text") == (
        "Writing to jane.doe@example.com Done.")
    assert message.content[1].input == {"to": "jane.doe@example.com"}
    assert message.stop_reason == "tool_use"


def test_anthropic_incremental_stream_keeps_each_blocks_text_in_its_block() -> None:
    """Incremental: what pii_restore held back at the end of a text block (the restored
    address) came out in the next text block, after the tool call: 'Writing to' [tool]
    ' jane.doe@example.com Done.'."""
    def reply(body: dict[str, Any]) -> list[Any]:
        args = json.dumps({"to": email(body)})
        return ant_events([{"type": "text", "pieces": ["Writing to ", email(body)]},
                           {"type": "tool_use", "id": "tu_1", "name": "send_mail",
                            "pieces": pieces(args, 6)},
                           {"type": "text", "pieces": [" Done, ", email(body)]}],
                          stop="tool_use")

    provider = Provider(reply)
    create = guarded(provider.anthropic().messages.create, pipeline=EXAMPLES["chat_stream"])
    with create(model="c", max_tokens=100, stream=True, messages=user()) as stream:
        events = list(stream)
    message = accumulate(events)
    assert [getattr(b, "text", None) for b in message.content] == [
        "Writing to jane.doe@example.com", None, " Done, jane.doe@example.com"]
    assert message.content[1].input == {"to": "jane.doe@example.com"}
    assert [e.type for e in events][-2:] == ["message_delta", "message_stop"]
