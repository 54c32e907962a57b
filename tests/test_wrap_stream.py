"""guarded() with streams: sync and async streams stay streams, buffered vs incremental mode,
corrections and blocks mid-stream, per-chunk guards with holdback and their failure policy."""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from _wrap_pipeline import P
from guardwire import Context, Decision, OutputBlocked, Pipeline, StreamCorrection, guarded
from guardwire.testing import FakeLLM, StaticGuard

pytestmark = pytest.mark.anyio


def test_sync_stream_stays_a_stream_buffered() -> None:
    llm = FakeLLM("streamed answer", chunk_size=4)
    chunks = guarded(llm.stream, pipeline=P)("q")
    assert isinstance(chunks, Iterator)
    assert list(chunks) == ["streamed answer!"]  # buffered: guards passed before anything shows
    assert llm.prompts == ["Q"]


def test_generator_function_stays_a_generator_function_incremental() -> None:
    def gen(prompt: str) -> Iterator[str]:
        yield from ["a", "b", "c"]

    safe = guarded(gen, pipeline=P.override(stream_mode="incremental"))
    assert inspect.isgeneratorfunction(safe)
    assert list(safe("x")) == ["a", "b", "c", "!"]  # the appended text arrives as a final chunk


async def test_async_generator_function_stays_async_generator() -> None:
    async def agen(prompt: str) -> AsyncIterator[str]:
        for part in ["x", "y"]:
            yield part

    safe = guarded(agen, pipeline=P.override(stream_mode="incremental"))
    assert inspect.isasyncgenfunction(safe)
    assert [c async for c in safe("p")] == ["x", "y", "!"]


async def test_coroutine_returning_stream() -> None:
    llm = FakeLLM("abcdef", chunk_size=2)
    stream = await guarded(llm.astream, pipeline=P)("q")
    assert isinstance(stream, AsyncIterator)
    assert [c async for c in stream] == ["abcdef!"]


def test_incremental_stream_mid_text_rewrite_ends_with_a_correction_event() -> None:
    def cite(text: str, ctx: Context) -> Decision:
        return Decision.rewrite(text.replace(".", " [1]."), "cite")

    p = Pipeline(output=[cite], stream_mode="incremental")
    items = list(guarded(FakeLLM("One. Two.", chunk_size=4).stream, pipeline=p)("q"))
    assert "".join(i for i in items if isinstance(i, str)) == "One. Two."
    last = items[-1]
    assert isinstance(last, StreamCorrection)
    assert last.text == "One [1]. Two [1]." and last.verdict.stage == "output"


def test_incremental_stream_block_is_explicit() -> None:
    p = Pipeline(output=[StaticGuard("block", reason="unsafe", name="final")],
                 stream_mode="incremental")
    got: list[str] = []
    with pytest.raises(OutputBlocked, match="unsafe"):
        for chunk in guarded(FakeLLM("abcdef", chunk_size=2).stream, pipeline=p)("q"):
            got.append(chunk)
    assert got == ["ab", "cd", "ef"]


def test_buffered_stream_block_shows_nothing() -> None:
    p = Pipeline(output=[StaticGuard("block", reason="unsafe", name="final")])
    got: list[str] = []
    with pytest.raises(OutputBlocked):
        for chunk in guarded(FakeLLM("abcdef", chunk_size=2).stream, pipeline=p)("q"):
            got.append(chunk)
    assert got == []


class HoldbackUpper:
    """An incremental guard: upper-cases, holding back the last char of every chunk."""

    name = "holdback"

    def __call__(self, text: str, ctx: Context) -> Decision:
        return Decision.rewrite(text.upper(), "upper")

    def start_stream(self, ctx: Context) -> Any:
        class Proc:
            held = ""

            def feed(self, chunk: str) -> str:
                text = self.held + chunk
                self.held = text[-1:]
                return text[:-1].upper()

            def flush(self) -> str:
                out, self.held = self.held.upper(), ""
                return out

        return Proc()


def test_incremental_guards_process_chunks_with_holdback() -> None:
    p = Pipeline(output=[HoldbackUpper()], stream_mode="incremental")
    out = list(guarded(FakeLLM("hello world", chunk_size=3).stream, pipeline=p)("q"))
    assert "".join(out) == "HELLO WORLD"
    assert out[0] == "HE"


def test_per_chunk_guards_get_decisions_in_the_stream_verdict() -> None:
    p = Pipeline(output=[HoldbackUpper(), StaticGuard(name="whole")], stream_mode="incremental")
    ctx = Context()
    list(guarded(FakeLLM("abc", chunk_size=1).stream, pipeline=p)("q", guard_ctx=ctx))
    out = ctx.verdicts[-1]
    assert [d.guard for d in out.decisions] == ["holdback", "whole"]
    d = out.decisions[0]
    assert d.action == "rewrite" and d.text == "ABC" and d.data["streamed"] is True


class BrokenProc(HoldbackUpper):
    name = "broken"

    def start_stream(self, ctx: Context) -> Any:
        class Proc:
            def feed(self, chunk: str) -> str:
                if "b" in chunk:
                    raise RuntimeError("processor bug")
                return chunk.upper()

            def flush(self) -> str:
                return ""

        return Proc()


@pytest.mark.parametrize("mode", ["open", "closed"])
def test_a_failing_per_chunk_guard_follows_its_policy(mode: str) -> None:
    from guardwire import step

    p = Pipeline(output=[step(BrokenProc(), on_error=mode)], stream_mode="incremental")
    ctx = Context()
    stream = guarded(FakeLLM("abc", chunk_size=1).stream, pipeline=p)("q", guard_ctx=ctx)
    if mode == "closed":
        with pytest.raises(OutputBlocked, match="processor bug"):
            list(stream)
        return
    assert list(stream) == ["A", "b", "c"]  # from the failure on, text passes untouched
    d = ctx.verdicts[-1].decisions[0]
    assert d.outcome == "error" and d.action == "allow" and d.data["lost_holdback"] is True
    assert ctx.verdicts[-1].degraded
