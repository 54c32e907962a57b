"""Provider SDKs end to end: the real ``openai`` and ``anthropic`` clients talk HTTP to a local
server (``examples/_fake_server.py``) that speaks their wire formats, SSE streaming included.

We assert what reached the server (guarded input only, no raw PII), that results and stream
chunks keep their SDK types, and that a block is explicit (an exception or a canned answer of
the right type), never a silently truncated stream. Anthropic-only tests:
``test_providers_anthropic.py``; LiteLLM: ``test_providers_litellm.py``; shared helpers:
``_providers_kit.py``.
"""

from __future__ import annotations

import asyncio
import functools
import importlib.util
import subprocess
import sys
from collections.abc import AsyncIterator
from typing import Any

import pytest

from _fake_server import FakeLLMServer, Reply, Request
from _providers_kit import (
    USER,
    UpperStream,
    alist,
    ant,
    ant_text,
    aoai,
    block_word,
    hide_secret,
    oai,
    oai_text,
    shout,
)
from guardwire import Context, Decision, OutputBlocked, Pipeline, guarded
from guardwire.integrations import adapter_for, sdk_of

openai = pytest.importorskip("openai")
anthropic = pytest.importorskip("anthropic")
from openai.types.chat import ChatCompletion, ChatCompletionChunk  # noqa: E402

# -- recognising SDK methods -----------------------------------------------------------------

def test_sdk_methods_are_recognised_without_importing_sdks() -> None:
    assert sdk_of(openai.OpenAI(api_key="x").chat.completions.create) == ("openai", False)
    assert sdk_of(openai.AsyncOpenAI(api_key="x").chat.completions.create) == ("openai", True)
    assert sdk_of(anthropic.Anthropic(api_key="x").messages.create) == ("anthropic", False)
    assert sdk_of(anthropic.AsyncAnthropic(api_key="x").messages.create) == ("anthropic", True)
    assert sdk_of(print) is None and adapter_for(lambda prompt: prompt) is None
    create = openai.OpenAI(api_key="x").chat.completions.create

    @functools.wraps(create)
    def retrying(*args: Any, **kwargs: Any) -> Any:
        return create(*args, **kwargs)

    assert sdk_of(retrying) == ("openai", False)  # decorators are looked through
    code = ("import guardwire, sys; "
            "print(sorted({'openai', 'anthropic', 'litellm'} & set(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# -- OpenAI ----------------------------------------------------------------------------------

def test_openai_sync_guards_request_and_keeps_response_type(server: FakeLLMServer) -> None:
    safe = guarded(oai(server).chat.completions.create,
                   pipeline=Pipeline(input=[hide_secret], output=[shout]))
    result = safe(model="m", messages=[{"role": "system", "content": "swordfish rules"}, *USER])
    assert isinstance(result, ChatCompletion)
    assert result.choices[0].message.content == "YOU SAID: MY SECRET IS [HIDDEN]"
    sent = server.requests[0].body["messages"]
    assert sent[1]["content"] == "my secret is [hidden]"
    assert sent[0]["content"] == "swordfish rules"  # system prompt left alone by default


def test_openai_guard_system_and_text_parts(server: FakeLLMServer) -> None:
    safe = guarded(oai(server).chat.completions.create,
                   pipeline=Pipeline(input=[hide_secret], guard_system=True))
    safe(model="m", messages=[
        {"role": "system", "content": "swordfish rules"},
        {"role": "user", "content": [{"type": "text", "text": "a swordfish"}]}])
    assert "swordfish" not in server.requests[0].raw


def test_openai_async_and_finish_reason_length() -> None:
    seen: list[str | None] = []

    def note(text: str, ctx: Context) -> Decision:
        seen.append(ctx.finish_reason)
        return Decision.allow()

    with FakeLLMServer(Reply("cut of", finish="length")) as s:
        safe = guarded(aoai(s).chat.completions.create, pipeline=Pipeline(output=[note]))
        result = asyncio.run(safe(model="m", messages=USER))
        chunks = asyncio.run(alist(_astream(safe)))
    assert isinstance(result, ChatCompletion) and result.choices[0].message.content == "cut of"
    assert seen == ["length", "length"]
    assert all(isinstance(c, ChatCompletionChunk) for c in chunks)


async def _astream(safe: Any) -> AsyncIterator[Any]:
    stream = await safe(model="m", messages=USER, stream=True)
    async for c in stream:
        yield c


@pytest.mark.parametrize("mode", ["buffered", "incremental"])
def test_openai_sync_stream_keeps_chunk_types(server: FakeLLMServer, mode: str) -> None:
    p = Pipeline(input=[hide_secret], output=[UpperStream()], stream_mode=mode)  # type: ignore[arg-type]
    chunks = list(guarded(oai(server).chat.completions.create, pipeline=p)(
        model="m", messages=USER, stream=True))
    assert chunks and all(isinstance(c, ChatCompletionChunk) for c in chunks)
    assert oai_text(chunks) == "YOU SAID: MY SECRET IS [HIDDEN]"
    texts = [c for c in chunks if c.choices and c.choices[0].delta.content]
    # buffered: one chunk once the guards passed; incremental: text flows chunk by chunk
    assert (len(texts) == 1) == (mode == "buffered")
    assert chunks[-1].choices[0].finish_reason == "stop"


@pytest.mark.parametrize("mode", ["buffered", "incremental"])
def test_openai_async_stream(server: FakeLLMServer, mode: str) -> None:
    p = Pipeline(output=[UpperStream()], stream_mode=mode)  # type: ignore[arg-type]
    safe = guarded(aoai(server).chat.completions.create, pipeline=p)
    chunks = asyncio.run(alist(_astream(safe)))
    assert all(isinstance(c, ChatCompletionChunk) for c in chunks)
    assert oai_text(chunks) == "YOU SAID: MY SECRET IS SWORDFISH"


@pytest.mark.parametrize("mode", ["buffered", "incremental"])
def test_openai_stream_block_is_explicit(mode: str) -> None:
    with FakeLLMServer("this answer holds a forbidden word at the end", chunk_size=4) as s:
        p = Pipeline(output=[block_word], stream_mode=mode)  # type: ignore[arg-type]
        got: list[Any] = []
        with pytest.raises(OutputBlocked) as info:
            for c in guarded(oai(s).chat.completions.create, pipeline=p)(
                    model="m", messages=USER, stream=True):
                got.append(c)
        assert info.value.verdict.blocked
        shown = oai_text(got)
        # buffered shows nothing; incremental showed text, then the block closes the stream
        assert (shown == "") == (mode == "buffered")
        assert "forbidden" not in shown or mode == "incremental"


def test_openai_async_incremental_block_raises_after_text() -> None:
    with FakeLLMServer("one forbidden answer", chunk_size=3) as s:
        p = Pipeline(output=[block_word], stream_mode="incremental")
        safe = guarded(aoai(s).chat.completions.create, pipeline=p)
        got: list[Any] = []

        async def run() -> None:
            async for c in _astream(safe):
                got.append(c)

        with pytest.raises(OutputBlocked):
            asyncio.run(run())
        assert oai_text(got) == "one forbidden answer"


def test_openai_canned_answers_keep_types(server: FakeLLMServer) -> None:
    p = Pipeline(input=[lambda t, c: Decision.block("no")], on_block="respond",
                 block_response="Sorry.")
    create = guarded(oai(server).chat.completions.create, pipeline=p)
    result = create(model="m", messages=USER)
    assert isinstance(result, ChatCompletion) and result.choices[0].message.content == "Sorry."
    chunks = list(create(model="m", messages=USER, stream=True))
    assert all(isinstance(c, ChatCompletionChunk) for c in chunks)
    assert oai_text(chunks) == "Sorry."
    achunks = asyncio.run(alist(_astream(guarded(aoai(server).chat.completions.create,
                                                 pipeline=p))))
    assert oai_text(achunks) == "Sorry."
    assert server.requests == []  # the model was never called


def test_openai_buffered_output_block_can_answer_canned(server: FakeLLMServer) -> None:
    p = Pipeline(output=[lambda t, c: Decision.block("no")], on_block="respond",
                 block_response="Sorry.")
    chunks = list(guarded(oai(server).chat.completions.create, pipeline=p)(
        model="m", messages=USER, stream=True))
    assert oai_text(chunks) == "Sorry." and len(server.requests) == 1


def test_openai_refuses_n_greater_than_one(server: FakeLLMServer) -> None:
    with pytest.raises(TypeError, match="n=2"):
        guarded(oai(server).chat.completions.create, pipeline=Pipeline())(
            model="m", messages=USER, n=2)
    assert server.requests == []


def test_openai_reask_sends_repair_turn() -> None:
    def needs_json(text: str, ctx: Context) -> Decision:
        if text.startswith("{"):
            return Decision.allow()
        return Decision.reask("Answer with a JSON object only.", "not JSON")

    with FakeLLMServer(["Sure! here it is", '{"ok": true}']) as s:
        result = guarded(oai(s).chat.completions.create, pipeline=Pipeline(output=[needs_json]))(
            model="m", messages=USER)
        assert result.choices[0].message.content == '{"ok": true}'
        second = s.requests[1].body["messages"]
    assert [m["role"] for m in second] == ["user", "assistant", "user"]
    assert second[1]["content"] == "Sure! here it is"
    assert second[2]["content"] == "Answer with a JSON object only."


# -- PII never reaches the provider -----------------------------------------------------------

pii_missing = importlib.util.find_spec("guardwire.guards.pii") is None


@pytest.fixture(scope="module")
def pii_pipeline() -> Pipeline:
    if pii_missing:
        pytest.skip("guardwire.guards.pii is not there yet")
    from guardwire.guards.pii import PIIRedactor

    redactor = PIIRedactor(ner="off")
    redactor("warm up the engine: a@b.co", Context())  # loading Presidio exceeds the budget
    return Pipeline(input=[redactor])  # pii_restore joins as its companion


def parrot(req: Request) -> str:
    """A model that repeats the placeholders it was given, as real models do."""
    return "I will write to " + req.last_user.split()[-1]


@pytest.mark.parametrize("stream_mode", ["buffered", "incremental"])
def test_no_raw_pii_reaches_either_provider(pii_pipeline: Pipeline, stream_mode: str) -> None:
    email = "jane.doe@example.com"
    msgs = [{"role": "user", "content": f"Please email {email}"}]
    p = pii_pipeline.override(stream_mode=stream_mode)
    with FakeLLMServer(parrot, chunk_size=3) as s:
        whole = guarded(oai(s).chat.completions.create, pipeline=p)(model="m", messages=msgs)
        chunks = list(guarded(oai(s).chat.completions.create, pipeline=p)(
            model="m", messages=msgs, stream=True))
        events = list(guarded(ant(s).messages.create, pipeline=p)(
            model="m", max_tokens=50, messages=msgs, stream=True))
        assert len(s.requests) == 3
        assert all(email not in r.raw for r in s.requests)
        assert all("<EMAIL_ADDRESS_1>" in r.last_user for r in s.requests)
    assert whole.choices[0].message.content == f"I will write to {email}"
    assert oai_text(chunks) == f"I will write to {email}"
    assert ant_text(events) == f"I will write to {email}"


def test_consumer_stopping_early_closes_the_call(server: FakeLLMServer) -> None:
    def remember(text: str, ctx: Context) -> Decision:
        ctx.vault.put("<X_1>", "value")
        return Decision.allow()

    p = Pipeline(input=[remember], stream_mode="incremental")
    ctx = Context()
    stream = guarded(oai(server).chat.completions.create, pipeline=p)(
        model="m", messages=USER, stream=True, guard_ctx=ctx)
    first = next(stream)
    assert isinstance(first, ChatCompletionChunk) and len(ctx.vault) == 1
    stream.close()  # what `break` does to a generator
    assert len(ctx.vault) == 0


def test_monitor_mode_stream_flows_unchanged_and_records() -> None:
    with FakeLLMServer("a forbidden answer", chunk_size=4) as s:
        p = Pipeline(output=[block_word, UpperStream()], mode="monitor")
        ctx = Context()
        chunks = list(guarded(oai(s).chat.completions.create, pipeline=p)(
            model="m", messages=USER, stream=True, guard_ctx=ctx))
    texts = [c.choices[0].delta.content for c in chunks if c.choices[0].delta.content]
    assert texts == ["a fo", "rbid", "den ", "answ", "er"]  # as sent, as they arrived
    assert ctx.verdicts[-1].would_block and not ctx.verdicts[-1].blocked


def test_litellm_adapter_reads_positional_messages() -> None:
    from guardwire import Call
    from guardwire.integrations.litellm import LiteLLMAdapter

    adapter = LiteLLMAdapter()
    call = Call(("openai/x", [{"role": "user", "content": "hi swordfish"}]), {"stream": True})
    assert adapter.get_input(call) == ["hi swordfish"]
    new = adapter.set_input(call, ["hi [hidden]"])
    assert new.args[0] == "openai/x" and new.args[1][0]["content"] == "hi [hidden]"
    assert call.args[1][0]["content"] == "hi swordfish"  # the caller's list is not mutated
    again = adapter.reask(new, "bad", "fix it")
    assert [m["role"] for m in again.args[1]] == ["user", "assistant", "user"]
