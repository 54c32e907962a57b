"""Audit (session twenty): the output Verdict of an incremental stream holds the text the
user got, as for a buffered stream or an answer that is not streamed.

Its ``text`` was the model's raw answer (placeholders and slots as the model wrote them),
although the per-chunk guards' Decisions in it say ``rewrite``: ``verdict.rewritten`` was
False, and so was the stage span's ``guardwire.rewritten``, for a stream whose placeholders
were restored, and ``to_dict(texts=True)`` logged ``<EMAIL_ADDRESS_1>`` as the answer shown.
``original`` stays the model's answer; the whole-answer guards still read that one."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from guardwire import Context, Decision, OutputBlocked, Pipeline, StreamCorrection, guarded
from guardwire.guards.pii import PIIRedactor
from guardwire.guards.slots import SlotFiller
from guardwire.testing import FakeLLM, StaticGuard

ANSWER = "Total <sum> for <EMAIL_ADDRESS_1>."
SHOWN = "Total 2 for ana@example.com."


def _pipeline(*extra: Any, mode: str = "incremental", **kw: Any) -> Pipeline:
    return Pipeline(input=[PIIRedactor(ner="off")], output=[SlotFiller(), *extra],
                    stream_mode=mode, **kw)  # type: ignore[arg-type]


def _run(p: Pipeline, answer: str = ANSWER) -> tuple[list[Any], Context]:
    ctx = Context(docs=["a", "b"])
    llm = FakeLLM(answer, chunk_size=3)
    items = list(guarded(llm.stream, pipeline=p)("mail ana@example.com", guard_ctx=ctx))
    return items, ctx


@pytest.mark.parametrize("mode", ["incremental", "buffered"])
def test_stream_verdict_text_is_what_was_shown(mode: str) -> None:
    items, ctx = _run(_pipeline(mode=mode))
    assert "".join(items) == SHOWN
    v = ctx.verdicts[-1]
    assert (v.text, v.original, v.rewritten) == (SHOWN, ANSWER, True)
    assert v.to_dict(texts=True)["text"] == SHOWN


def test_async_incremental_stream_verdict_text() -> None:
    ctx = Context(docs=["a", "b"])
    llm = FakeLLM(ANSWER, chunk_size=3)

    async def collect() -> list[str]:
        stream = await guarded(llm.astream, pipeline=_pipeline())("mail ana@example.com",
                                                                  guard_ctx=ctx)
        return [c async for c in stream]
    assert "".join(asyncio.run(collect())) == SHOWN
    assert (ctx.verdicts[-1].text, ctx.verdicts[-1].rewritten) == (SHOWN, True)


def test_unchanged_stream_is_not_rewritten() -> None:
    items, ctx = _run(_pipeline(), "Nothing to fill here.")
    assert "".join(items) == "Nothing to fill here."
    assert (ctx.verdicts[-1].text, ctx.verdicts[-1].rewritten) == ("Nothing to fill here.",
                                                                   False)


class _Appends:
    name = "footer"

    def __call__(self, text: str, ctx: Context) -> Decision:
        return Decision.rewrite(text + " Sent to <EMAIL_ADDRESS_1>.")


class _Shouts:
    name = "shout"

    def __call__(self, text: str, ctx: Context) -> Decision:
        return Decision.rewrite(text.replace("Total", "TOTAL"))


def test_appended_tail_is_in_the_text_processed() -> None:
    items, ctx = _run(_pipeline(_Appends()))
    shown = SHOWN + " Sent to ana@example.com."
    assert "".join(items) == shown
    assert ctx.verdicts[-1].text == shown


def test_correction_is_the_verdict_text() -> None:
    items, ctx = _run(_pipeline(_Shouts()))
    last = items[-1]
    assert isinstance(last, StreamCorrection)
    assert last.text == "TOTAL 2 for ana@example.com."
    assert last.verdict.text == last.text == ctx.verdicts[-1].text
    assert ctx.guard_state("stream")["corrected_text"] == last.text


def test_blocked_stream_keeps_the_raw_text() -> None:
    with pytest.raises(OutputBlocked):
        _run(_pipeline(StaticGuard("block", reason="no")))


class _Flaky:
    """A fail-closed per-chunk guard whose second processor (the appended tail's) fails."""

    name = "flaky"

    def __init__(self) -> None:
        self.starts = 0

    def __call__(self, text: str, ctx: Context) -> Decision:
        return Decision.allow()

    def start_stream(self, ctx: Context) -> Any:
        self.starts += 1
        if self.starts > 1:
            raise RuntimeError("no second stream")
        return _Same()


class _Same:
    def feed(self, chunk: str) -> str:
        return chunk

    def flush(self) -> str:
        return ""


def test_failing_tail_processor_still_records_the_block_after_the_verdict() -> None:
    p = Pipeline(output=[_Flaky(), _Appends()], stream_mode="incremental")
    ctx = Context()
    shown: list[Any] = []
    with pytest.raises(OutputBlocked):
        for item in guarded(FakeLLM("Hello.", chunk_size=2).stream, pipeline=p)(
                "hi", guard_ctx=ctx):
            shown.append(item)
    assert "".join(shown) == "Hello."
    assert [v.blocked for v in ctx.verdicts if v.stage == "output"] == [False, True]
    assert ctx.verdicts[-1].decisions[0].guard == "flaky"


def test_span_rewritten_matches_the_verdict() -> None:
    spans = InMemorySpanExporter()
    tp = TracerProvider()
    tp.add_span_processor(SimpleSpanProcessor(spans))
    _, ctx = _run(_pipeline(tracer_provider=tp))
    stage = [s for s in spans.get_finished_spans() if s.name == "guardwire.output"][-1]
    assert stage.attributes is not None
    assert stage.attributes["guardwire.rewritten"] is True is ctx.verdicts[-1].rewritten


def test_monitor_stream_text_is_the_answer_shown() -> None:
    items, ctx = _run(Pipeline(input=[PIIRedactor(ner="off")], output=[SlotFiller()],
                               mode="monitor", stream_mode="incremental"))
    assert "".join(items) == ANSWER  # monitor changes nothing
    assert (ctx.verdicts[-1].text, ctx.verdicts[-1].rewritten) == (ANSWER, False)
