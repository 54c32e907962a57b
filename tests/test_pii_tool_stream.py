"""Streamed tool-call arguments: placeholders split across JSON fragments are restored (values
JSON-escaped), never shown half-filled, and every fragment arrives before the chunk that ends
its tool call (OpenAI chunks and Anthropic raw events, buffered and incremental)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from guardwire import Context, Pipeline, guarded
from guardwire.guards.pii import PIIRedactor

openai_chat = pytest.importorskip("openai.types.chat")
anthropic_types = pytest.importorskip("anthropic.types")

from pydantic import TypeAdapter  # noqa: E402

from guardwire.integrations.anthropic import AnthropicAdapter  # noqa: E402
from guardwire.integrations.openai import OpenAIAdapter  # noqa: E402

USER = [{"role": "user", "content": "Mail ada@example.com, phone 212-555-0187."}]
NAME = 'Jo "JJ" Smith'  # a value that needs escaping inside JSON
# index 0 splits both placeholders across fragments; index 1 ends on a held-back tail
FRAGMENTS = {0: ['{"to": "<EMAIL_', 'ADDRESS_1>", "sig', 'ned": "<PERS', 'ON_1>"}'],
             1: ['{"call": "<PHONE_NUMBER_1', '>"}']}
PARTIAL = ("<EMAIL_", "ADDRESS_1>", "<PERS", "ON_1>", "<PHONE_NUMBER_1")


def oai_chunk(delta: dict[str, Any], finish: str | None = None) -> Any:
    return openai_chat.ChatCompletionChunk.model_validate({
        "id": "c", "created": 0, "model": "m", "object": "chat.completion.chunk",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]})


def oai_stream() -> list[Any]:
    chunks = [oai_chunk({"role": "assistant", "content": "Sending."})]
    for index, parts in FRAGMENTS.items():
        chunks.append(oai_chunk({"tool_calls": [{
            "index": index, "id": f"call_{index}", "type": "function",
            "function": {"name": "send", "arguments": ""}}]}))
        chunks += [oai_chunk({"tool_calls": [{"index": index, "function": {"arguments": p}}]})
                   for p in parts]
    return [*chunks, oai_chunk({}, finish="tool_calls")]


def oai_args(chunks: list[Any]) -> tuple[dict[int, str], list[str]]:
    """Arguments per index as a client accumulates them, and every fragment seen."""
    args: dict[int, str] = {}
    seen: list[str] = []
    finished = False
    for c in chunks:
        choice = c.choices[0]
        for call in choice.delta.tool_calls or ():
            assert not finished, "a fragment after the finish chunk"
            piece = call.function.arguments or ""
            seen.append(piece)
            args[call.index] = args.get(call.index, "") + piece
        finished = finished or choice.finish_reason is not None
    return args, seen


def ctx_with_name() -> Context:
    ctx = Context()
    ctx.vault.put("<PERSON_1>", NAME)
    return ctx


@pytest.mark.parametrize("mode", ["buffered", "incremental"])
def test_openai_stream_tool_arguments_restored(mode: str) -> None:
    def model(messages: list[dict[str, Any]], **_kw: Any) -> Iterator[Any]:
        assert "ada@example.com" not in messages[0]["content"]
        return iter(oai_stream())

    pipe = Pipeline(input=[PIIRedactor(ner="off")], stream_mode=mode)  # type: ignore[arg-type]
    safe = guarded(model, pipeline=pipe, adapter=OpenAIAdapter())
    out = list(safe(messages=USER, stream=True, guard_ctx=ctx_with_name()))
    args, seen = oai_args(out)
    assert json.loads(args[0]) == {"to": "ada@example.com", "signed": NAME}
    assert json.loads(args[1]) == {"call": "212-555-0187"}
    assert not [s for s in seen if any(p in s for p in PARTIAL)]
    assert out[-1].choices[0].finish_reason == "tool_calls"


@pytest.mark.anyio
async def test_openai_async_stream() -> None:
    async def model(messages: list[dict[str, Any]], **_kw: Any) -> AsyncIterator[Any]:
        async def gen() -> AsyncIterator[Any]:
            for c in oai_stream():
                yield c
        return gen()

    safe = guarded(model, pipeline=Pipeline(input=[PIIRedactor(ner="off")]),
                   adapter=OpenAIAdapter(is_async=True))
    out = [c async for c in await safe(messages=USER, stream=True, guard_ctx=ctx_with_name())]
    args, _ = oai_args(out)
    assert json.loads(args[0])["to"] == "ada@example.com"


def test_without_a_pii_guard_chunks_pass_unchanged() -> None:
    raw = oai_stream()
    safe = guarded(lambda messages, **kw: iter(raw), pipeline=Pipeline(stream_mode="incremental"),
                   adapter=OpenAIAdapter())
    assert list(safe(messages=USER, stream=True)) == raw


def ant_events() -> list[Any]:
    parse: TypeAdapter[Any] = TypeAdapter(anthropic_types.RawMessageStreamEvent)
    usage = {"input_tokens": 1, "output_tokens": 1}
    events: list[dict[str, Any]] = [
        {"type": "message_start", "message": {
            "id": "m", "type": "message", "role": "assistant", "model": "m", "content": [],
            "stop_reason": None, "stop_sequence": None, "usage": usage}},
        {"type": "content_block_start", "index": 0,
         "content_block": {"type": "tool_use", "id": "toolu_1", "name": "send", "input": {}}},
        *({"type": "content_block_delta", "index": 0,
           "delta": {"type": "input_json_delta", "partial_json": p}} for p in FRAGMENTS[0]),
        {"type": "content_block_stop", "index": 0},
        {"type": "message_delta", "delta": {"stop_reason": "tool_use", "stop_sequence": None},
         "usage": {"output_tokens": 1}},
        {"type": "message_stop"},
    ]
    return [parse.validate_python(e) for e in events]


@pytest.mark.parametrize("mode", ["buffered", "incremental"])
def test_anthropic_stream_input_json_restored_before_block_stop(mode: str) -> None:
    safe = guarded(lambda messages, **kw: iter(ant_events()),
                   pipeline=Pipeline(input=[PIIRedactor(ner="off")],
                                     stream_mode=mode),  # type: ignore[arg-type]
                   adapter=AnthropicAdapter())
    out = list(safe(messages=USER, stream=True, guard_ctx=ctx_with_name()))
    pieces: list[str] = []
    for e in out:
        if e.type == "content_block_delta" and e.delta.type == "input_json_delta":
            pieces.append(e.delta.partial_json)
        if e.type == "content_block_stop":
            break  # the SDK parses the accumulated JSON here: everything must be in by now
    assert json.loads("".join(pieces)) == {"to": "ada@example.com", "signed": NAME}
    assert not [s for s in pieces if any(p in s for p in PARTIAL)]
    assert [e.type for e in out][-2:] == ["message_delta", "message_stop"]


def test_litellm_stream_chunks() -> None:
    import os

    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")  # no price-list download
    pytest.importorskip("litellm")
    from litellm.types.utils import ModelResponseStream

    from guardwire.integrations.litellm import LiteLLMAdapter

    def chunk(delta: dict[str, Any], finish: str | None = None) -> Any:
        return ModelResponseStream.model_validate({"id": "c", "model": "m", "choices": [
            {"index": 0, "delta": delta, "finish_reason": finish}]})

    def model(messages: list[dict[str, Any]], **_kw: Any) -> Iterator[Any]:
        start = {"role": "assistant", "tool_calls": [{"index": 0, "id": "call_0",
                 "type": "function", "function": {"name": "send", "arguments": ""}}]}
        return iter([chunk(start),
                     *(chunk({"tool_calls": [{"index": 0, "function": {"arguments": p}}]})
                       for p in FRAGMENTS[0]),
                     chunk({}, finish="tool_calls")])

    safe = guarded(model, pipeline=Pipeline(input=[PIIRedactor(ner="off")]),
                   adapter=LiteLLMAdapter())
    out = list(safe(messages=USER, stream=True, guard_ctx=ctx_with_name()))
    args, seen = oai_args(out)
    assert json.loads(args[0]) == {"to": "ada@example.com", "signed": NAME}
    assert not [s for s in seen if any(p in s for p in PARTIAL)]


@pytest.mark.parametrize("mode", ["buffered", "incremental"])
def test_escaped_placeholders_split_across_deltas(mode: str) -> None:
    """Text deltas in HTML and Markdown, argument deltas with ``\\u003c`` escapes, a bare
    placeholder after a JSON ``\\n``, and a URL with ``%3C``: every one is restored across the
    chunk boundaries, the value escaped for where it goes."""
    text = ["<p>Dear &l", "t;PERS", "ON_1&g", "t;, ", "see PERSON\\", "_1 or ", "[link](https:",
            "//x.example/?to=%3CEMAIL_", "ADDRESS_1%3E)</p>"]
    args = ['{"to": "\\u003cEMAIL_ADDRESS_1\\u0', '03e", "body": "Hi\\nPERS', 'ON_1"}']
    chunks = [oai_chunk({"role": "assistant", "content": ""}),
              *(oai_chunk({"content": t}) for t in text),
              oai_chunk({"tool_calls": [{"index": 0, "id": "call_0", "type": "function",
                                         "function": {"name": "send", "arguments": ""}}]}),
              *(oai_chunk({"tool_calls": [{"index": 0, "function": {"arguments": a}}]})
                for a in args),
              oai_chunk({}, finish="tool_calls")]
    pipe = Pipeline(input=[PIIRedactor(ner="off")], stream_mode=mode)  # type: ignore[arg-type]
    safe = guarded(lambda messages, **kw: iter(chunks), pipeline=pipe, adapter=OpenAIAdapter())
    out = list(safe(messages=USER, stream=True, guard_ctx=ctx_with_name()))
    shown = "".join(c.choices[0].delta.content or "" for c in out)
    assert shown == ("<p>Dear Jo &quot;JJ&quot; Smith, see Jo \"JJ\" Smith or "
                     "[link](https://x.example/?to=ada%40example.com)</p>")
    got, seen = oai_args(out)
    assert json.loads(got[0]) == {"to": "ada@example.com", "body": f"Hi\n{NAME}"}
    assert not [s for s in seen if "PERS" in s or "EMAIL" in s]


@pytest.mark.parametrize("mode", ["buffered", "incremental"])
def test_interleaved_parallel_tool_calls(mode: str) -> None:
    """Parallel tool calls whose deltas interleave (index 0, 1, 0, 1): a placeholder split
    across an index switch is restored (it was left as ``<EMAIL_ADDRESS_1>``: the switch
    flushed index 0's held ``<EMAIL_`` and a new processor met ``ADDRESS_1>`` alone)."""
    chunks = [oai_chunk({"role": "assistant", "content": ""}),
              *(oai_chunk({"tool_calls": [{"index": i, "id": f"call_{i}", "type": "function",
                                           "function": {"name": "send", "arguments": ""}}]})
                for i in (0, 1))]
    seq = [(0, '{"to": "<EMAIL_'), (1, '{"call": "<PHONE_'), (0, 'ADDRESS_1>", "by": "PERS'),
           (1, 'NUMBER_1>"}'), (0, 'ON_1"}')]
    chunks += [oai_chunk({"tool_calls": [{"index": i, "function": {"arguments": a}}]})
               for i, a in seq]
    chunks.append(oai_chunk({}, finish="tool_calls"))
    pipe = Pipeline(input=[PIIRedactor(ner="off")], stream_mode=mode)  # type: ignore[arg-type]
    safe = guarded(lambda messages, **kw: iter(chunks), pipeline=pipe, adapter=OpenAIAdapter())
    out = list(safe(messages=USER, stream=True, guard_ctx=ctx_with_name()))
    args, seen = oai_args(out)
    assert json.loads(args[0]) == {"to": "ada@example.com", "by": NAME}
    assert json.loads(args[1]) == {"call": "212-555-0187"}
    assert not [s for s in seen if any(p in s for p in ("EMAIL", "PHONE", "PERS"))]
