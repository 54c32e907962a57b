"""Acceptance review of streams: a per-chunk guard that fails closed is recorded like any other
block, and a stream cancelled from outside (an anyio cancel scope) still closes the provider's
stream and clears the per-call vault."""

from __future__ import annotations

from typing import Any

import anyio
import anyio.lowlevel
import pytest

from guardwire import Context, Decision, OutputBlocked, Pipeline, guarded
from guardwire.testing import FakeLLM, StaticGuard, capture_verdicts

pytestmark = pytest.mark.anyio


class FailingStream:
    """An output guard whose stream processor raises on a chunk with "boom" (or at start)."""

    name = "failing_stream"

    def __init__(self, at_start: bool = False) -> None:
        self.at_start = at_start

    def __call__(self, text: str, ctx: Context) -> Decision:
        return Decision.allow()

    def start_stream(self, ctx: Context) -> Any:
        if self.at_start:
            raise RuntimeError("cannot start")
        return self

    def feed(self, chunk: str) -> str:
        if "boom" in chunk:
            raise RuntimeError("processor failed")
        return chunk

    def flush(self) -> str:
        return ""


@pytest.mark.parametrize("at_start", [False, True])
def test_a_fail_closed_stream_processor_block_is_recorded(at_start: bool) -> None:
    p = Pipeline(output=[FailingStream(at_start)], stream_mode="incremental")
    ctx = Context()
    shown: list[str] = []
    with capture_verdicts() as captured, pytest.raises(OutputBlocked) as err:
        for chunk in guarded(FakeLLM("hello boom world", chunk_size=6).stream,
                             pipeline=p)("q", guard_ctx=ctx):
            shown.append(chunk)
    assert shown == ([] if at_start else ["hello "])
    recorded = ctx.verdicts[-1]
    assert recorded.stage == "output" and recorded.blocked
    d = recorded.blocking
    assert d is not None and d.guard == "failing_stream" and d.outcome == "error"
    assert err.value.verdict.blocking == d
    assert [v.stage for v in captured] == ["input", "output"] and captured[-1].blocked


async def test_a_fail_closed_stream_processor_block_is_recorded_async() -> None:
    p = Pipeline(output=[FailingStream()], stream_mode="incremental")
    ctx = Context()
    stream = await guarded(FakeLLM("hello boom world", chunk_size=6).astream,
                           pipeline=p)("q", guard_ctx=ctx)
    with pytest.raises(OutputBlocked):
        async for _ in stream:
            pass
    assert ctx.verdicts[-1].stage == "output" and ctx.verdicts[-1].blocked


class SlowSource:
    """A provider stream that never ends on its own and whose aclose() awaits."""

    def __init__(self) -> None:
        self.closed = False

    def __aiter__(self) -> SlowSource:
        return self

    async def __anext__(self) -> str:
        await anyio.sleep(0.01)
        return "tok "

    async def aclose(self) -> None:
        await anyio.lowlevel.checkpoint()
        self.closed = True


@pytest.mark.parametrize("stream_mode", ["buffered", "incremental"])
async def test_a_stream_cancelled_by_a_cancel_scope_closes_the_source_and_clears_the_vault(
        stream_mode: str) -> None:
    source = SlowSource()

    async def llm(prompt: str) -> SlowSource:
        return source

    def remember(text: str, ctx: Context) -> Decision:
        ctx.vault.put("<SECRET_1>", "s3cret")  # what the PII redactor does
        return Decision.allow()

    p = Pipeline(input=[remember], stream_mode=stream_mode)  # type: ignore[arg-type]
    ctx = Context()
    with anyio.move_on_after(0.1):
        async for _ in await guarded(llm, pipeline=p)("q", guard_ctx=ctx):
            pass
    assert len(ctx.vault) == 0
    assert source.closed


def test_an_input_block_with_respond_is_a_one_chunk_stream_for_a_function_returning_one() -> None:
    p = Pipeline(input=[StaticGuard("block", reason="no")], on_block="respond",
                 block_response="canned")
    llm = FakeLLM("never")
    assert list(guarded(llm.stream, pipeline=p)("q")) == ["canned"]  # not 'c', 'a', 'n', ...
    assert llm.calls == []


async def test_an_input_block_with_respond_is_a_one_chunk_async_stream() -> None:
    p = Pipeline(input=[StaticGuard("block", reason="no")], on_block="respond",
                 block_response="canned")
    stream = await guarded(FakeLLM("never").astream, pipeline=p)("q")
    assert [c async for c in stream] == ["canned"]  # was a str: `async for` raised TypeError


def test_without_a_stream_annotation_the_canned_answer_stays_a_string() -> None:
    p = Pipeline(input=[StaticGuard("block", reason="no")], on_block="respond",
                 block_response="canned")

    def unannotated(prompt):  # type: ignore[no-untyped-def]
        return iter(["a"])

    assert guarded(unannotated, pipeline=p)("q") == "canned"


class MarkerShy:
    """A per-chunk guard whose processor cannot handle citation markers."""

    name = "marker_shy"

    def __call__(self, text: str, ctx: Context) -> Decision:
        return Decision.allow()

    def start_stream(self, ctx: Context) -> Any:
        return self

    def feed(self, chunk: str) -> str:
        if "[1]" in chunk:
            raise RuntimeError("cannot handle markers")
        return chunk

    def flush(self) -> str:
        return ""


def cite(text: str, ctx: Context) -> Decision:
    return Decision.rewrite(text.replace(".", " [1]."), "cite")


def footnote(text: str, ctx: Context) -> Decision:
    return Decision.rewrite(text + " [1] source", "footnote")


@pytest.mark.parametrize("end_guard", [cite, footnote])  # a correction, an appended tail
@pytest.mark.parametrize("mode", ["open", "closed"])
def test_a_processor_failing_on_end_of_stream_text_follows_its_policy(end_guard: Any,
                                                                      mode: str) -> None:
    from guardwire import StreamCorrection, step

    p = Pipeline(output=[step(MarkerShy(), on_error=mode), end_guard],  # type: ignore[arg-type]
                 stream_mode="incremental")
    ctx = Context()
    stream = guarded(FakeLLM("One. Two.", chunk_size=4).stream, pipeline=p)("q", guard_ctx=ctx)
    if mode == "closed":
        with pytest.raises(OutputBlocked, match="cannot handle markers"):
            list(stream)
        assert ctx.verdicts[-1].blocked and ctx.verdicts[-1].blocking is not None
        assert ctx.verdicts[-1].blocking.guard == "marker_shy"
        return
    items = list(stream)  # fail-open: the end-of-stream text passes unprocessed
    last = items[-1]
    text = last.text if isinstance(last, StreamCorrection) else "".join(items)
    assert text == end_guard("One. Two.", ctx).text


async def test_closing_a_wrapped_async_generator_function_ends_the_call_at_once() -> None:
    """The sync generator wrapper passes close() on (yield from); the async one did not, so the
    vault and the provider stream waited for garbage collection."""
    closed: list[bool] = []

    async def agen(prompt: str) -> Any:
        try:
            for i in range(5):
                yield f"w{i} "
        finally:
            closed.append(True)

    def remember(text: str, ctx: Context) -> Decision:
        ctx.vault.put("<SECRET_1>", "s3cret")
        return Decision.allow()

    ctx = Context()
    stream = guarded(agen, pipeline=Pipeline(input=[remember], stream_mode="incremental"))(
        "q", guard_ctx=ctx)
    async for _ in stream:
        break
    await stream.aclose()
    assert len(ctx.vault) == 0 and closed == [True]


def test_a_stream_dropped_without_being_iterated_still_clears_the_vault() -> None:
    import gc

    from guardwire.guards.pii import PIIRedactor

    ask = guarded(FakeLLM(lambda _p: "Hi <EMAIL_ADDRESS_1>").stream,
                  pipeline=Pipeline(input=[PIIRedactor(ner="off")]))
    ctx = Context()
    stream = ask("mail ada@example.com", guard_ctx=ctx)
    assert len(ctx.vault) == 1  # the input stage ran; the stream has not started
    del stream
    gc.collect()
    assert len(ctx.vault) == 0
    kept = Context(keep_vault=True)
    stream = ask("mail ada@example.com", guard_ctx=kept)
    del stream
    gc.collect()
    assert len(kept.vault) == 1  # keep_vault is still honoured
