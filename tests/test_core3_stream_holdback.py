"""A stream restorer (``pii_restore``'s per-chunk processor) that fails while it holds back
the start of a placeholder. Before, fail-open (``pii_restore``'s default) dropped the held
part and the user saw a fragment: ``Write to ESS_1> now``. Now the held text comes out as it
was fed (unrestored, complete) and the Decision says so; fail-closed ends the stream with
OutputBlocked and nothing held is shown."""

from __future__ import annotations

from typing import Any

import pytest

from guardwire import Context, OutputBlocked, Pipeline, guarded, step
from guardwire.guards.pii import PIIRedactor, PIIRestorer
from guardwire.guards.pii.stream import PlaceholderStream
from guardwire.testing import FakeLLM

ANSWER = "Write to <EMAIL_ADDRESS_1> now, <EMAIL_ADDRESS_1>."


@pytest.fixture
def breaks_on(monkeypatch: pytest.MonkeyPatch) -> Any:
    def install(where: str, marker: str = "") -> None:
        real = getattr(PlaceholderStream, where)

        def broken(self: PlaceholderStream, *args: Any) -> str:
            if where == "flush" or marker in args[0]:
                raise RuntimeError("restorer bug")
            out: str = real(self, *args)
            return out

        monkeypatch.setattr(PlaceholderStream, where, broken)
    return install


def _run(answer: str, output: list[Any], chunk: int = 5) -> tuple[list[str], Context]:
    redactor = PIIRedactor(ner="off", memo=0)
    p = Pipeline(input=[redactor], output=output, stream_mode="incremental")
    ctx = Context()
    stream = guarded(FakeLLM(answer, chunk_size=chunk).stream, pipeline=p)(
        "mail ada@example.com", guard_ctx=ctx)
    return list(stream), ctx


def test_fail_open_passes_the_held_text_on_whole(breaks_on: Any) -> None:
    breaks_on("feed", "ESS_1")  # held then: '<EMAIL_ADDR'
    got, ctx = _run(ANSWER, [])
    assert "".join(got) == ANSWER  # before: 'Write to ESS_1> now, <EMAIL_ADDRESS_1>.'
    d = next(d for d in ctx.verdicts[-1].decisions if d.guard == "pii_restore")
    assert d.outcome == "error" and d.action == "allow"
    assert d.data["lost_holdback"] is False and d.data["raw_holdback"] == len("<EMAIL_ADDR")
    assert ctx.verdicts[-1].degraded


def test_fail_open_flush_error_at_the_end(breaks_on: Any) -> None:
    breaks_on("flush")
    got, ctx = _run("Cut off at <EMAIL_ADDRESS_1", [])
    assert "".join(got) == "Cut off at <EMAIL_ADDRESS_1"  # before: 'Cut off at '
    d = next(d for d in ctx.verdicts[-1].decisions if d.guard == "pii_restore")
    assert d.data["raw_holdback"] == len("<EMAIL_ADDRESS_1")


def test_fail_closed_ends_the_stream_without_a_fragment(breaks_on: Any) -> None:
    breaks_on("feed", "ESS_1")
    got: list[str] = []
    redactor = PIIRedactor(ner="off", memo=0)
    p = Pipeline(input=[redactor], output=[step(PIIRestorer(), on_error="closed")],
                 stream_mode="incremental")
    ctx = Context()
    with pytest.raises(OutputBlocked, match="restorer bug"):
        for c in guarded(FakeLLM(ANSWER, chunk_size=5).stream, pipeline=p)(
                "mail ada@example.com", guard_ctx=ctx):
            got.append(c)
    assert "".join(got) == "Write to "  # no '<EMAIL_ADDR', no 'ESS_1>'
    assert ctx.verdicts[-1].blocked


def test_a_processor_without_held_still_says_lost() -> None:
    """A custom processor that does not say what it holds: its held text cannot be known
    (lost_holdback=True, as before)."""
    from guardwire import Decision

    class Holds:
        name = "holds"

        def __call__(self, text: str, ctx: Context) -> Decision:
            return Decision.allow()

        def start_stream(self, ctx: Context) -> Any:
            class Proc:
                buf = ""

                def feed(self, chunk: str) -> str:
                    if "c" in chunk:
                        raise RuntimeError("bug")
                    self.buf += chunk
                    return ""

                def flush(self) -> str:
                    return self.buf

            return Proc()

    p = Pipeline(output=[step(Holds(), on_error="open")], stream_mode="incremental")
    ctx = Context()
    got = list(guarded(FakeLLM("abcd", chunk_size=1).stream, pipeline=p)("q", guard_ctx=ctx))
    assert "".join(got) == "cd"
    assert ctx.verdicts[-1].decisions[0].data["lost_holdback"] is True


def _oai_tool_stream() -> list[Any]:
    chat = pytest.importorskip("openai.types.chat")

    def chunk(delta: dict[str, Any], finish: str | None = None) -> Any:
        return chat.ChatCompletionChunk.model_validate({
            "id": "c", "created": 0, "model": "m", "object": "chat.completion.chunk",
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]})

    parts = ['{"to": "<EMAIL_', 'ADDRESS_1>"}']
    return [chunk({"role": "assistant", "content": "Sending."}),
            chunk({"tool_calls": [{"index": 0, "id": "call_0", "type": "function",
                                   "function": {"name": "send", "arguments": ""}}]}),
            *[chunk({"tool_calls": [{"index": 0, "function": {"arguments": p}}]})
              for p in parts],
            chunk({}, finish="tool_calls")]


@pytest.mark.parametrize("mode", ["buffered", "incremental"])
def test_a_restorer_error_in_streamed_tool_arguments_blocks(breaks_on: Any, mode: str) -> None:
    """Before, the processor's RuntimeError escaped the stream as it was, whatever the policy;
    a tool call's JSON cannot be passed on with a piece missing, so the stream ends with
    OutputBlocked (recorded) even under pii_restore's fail-open."""
    from guardwire.integrations.openai import OpenAIAdapter

    breaks_on("feed", "ADDRESS_1")
    raw = _oai_tool_stream()
    p = Pipeline(input=[PIIRedactor(ner="off", memo=0)], stream_mode=mode)  # type: ignore[arg-type]
    safe = guarded(lambda messages, **kw: iter(raw), pipeline=p, adapter=OpenAIAdapter())
    ctx = Context()
    with pytest.raises(OutputBlocked, match="tool-call arguments"):
        list(safe(messages=[{"role": "user", "content": "mail ada@example.com"}],
                  stream=True, guard_ctx=ctx))
    d = ctx.verdicts[-1].blocking
    assert ctx.verdicts[-1].blocked and d is not None and d.guard == "pii_restore"
    assert d.outcome == "error" and d.data["tool_args"] is True
