"""Per-chunk guards in incremental streams: a block of the guard's whole-answer decision holds.

A processor (``feed``/``flush``) can only let text out; the guard's ``__call__`` may also
block. Before, an incremental stream never asked it: ``SlotFiller(on_unknown="block")``
blocked an answer with an unknown slot when it was not streamed, or streamed buffered, but in
an incremental stream the slot was stripped and the answer passed as a plain rewrite."""

from __future__ import annotations

from typing import Any

import pytest

from guardwire import Context, Decision, OutputBlocked, Pipeline, guarded, step
from guardwire.guards.slots import SlotFiller
from guardwire.testing import FakeLLM

pytestmark = pytest.mark.anyio

ANSWER = "The total is <mystery> units."


async def _chunks(fn: Any, use_async: bool, ctx: Context, shown: list[Any]) -> None:
    if use_async:
        async for c in await fn("q", guard_ctx=ctx):
            shown.append(c)
    else:
        for c in fn("q", guard_ctx=ctx):
            shown.append(c)


@pytest.mark.parametrize("use_async", [False, True])
async def test_slots_on_unknown_block_blocks_an_incremental_stream(use_async: bool) -> None:
    llm = FakeLLM(ANSWER, chunk_size=4)
    p = Pipeline(output=[SlotFiller(on_unknown="block")], stream_mode="incremental")
    ctx, shown = Context(), []
    with pytest.raises(OutputBlocked, match="unresolved slot"):
        await _chunks(guarded(llm.astream if use_async else llm.stream, pipeline=p),
                      use_async, ctx, shown)
    assert "".join(shown) == "The total is units."  # shown before the end, as documented
    v = ctx.verdicts[-1]
    assert v.blocked and v.blocking is not None and v.blocking.guard == "slots"
    assert v.blocking.data["streamed"] is True


def test_a_stripped_slot_still_passes_with_the_default_strip() -> None:
    llm = FakeLLM(ANSWER, chunk_size=4)
    p = Pipeline(output=[SlotFiller()], stream_mode="incremental")
    ctx = Context()
    assert "".join(guarded(llm.stream, pipeline=p)("q", guard_ctx=ctx)) == "The total is units."
    d = ctx.verdicts[-1].decisions[0]
    assert d.action == "rewrite" and d.data["stripped"] == ["mystery"]


class _Flagger:
    """A per-chunk guard whose processor passes text on and whose whole check decides."""

    name = "flagger"

    def __init__(self, verdict: Decision | Exception) -> None:
        self.verdict, self.calls = verdict, 0

    def __call__(self, text: str, ctx: Context) -> Decision:
        self.calls += 1
        if isinstance(self.verdict, Exception):
            raise self.verdict
        return self.verdict

    def start_stream(self, ctx: Context) -> Any:
        class Proc:
            def feed(self, chunk: str) -> str:
                return chunk.replace("secret", "******")

            def flush(self) -> str:
                return ""

            def decision_data(self) -> dict[str, Any]:
                return {}
        return Proc()


def test_a_guard_that_changed_nothing_is_not_asked_again() -> None:
    guard = _Flagger(Decision.block("never asked"))
    p = Pipeline(output=[guard], stream_mode="incremental")
    assert "".join(guarded(FakeLLM("plain text").stream, pipeline=p)("q")) == "plain text"
    assert guard.calls == 0  # nothing fired: no second pass over the answer


def test_a_failing_whole_check_is_handled_by_the_guard_policy() -> None:
    closed = _Flagger(RuntimeError("boom"))
    p = Pipeline(output=[closed], stream_mode="incremental")
    with pytest.raises(OutputBlocked, match="boom"):
        list(guarded(FakeLLM("a secret here", chunk_size=20).stream, pipeline=p)("q"))
    opened = _Flagger(RuntimeError("boom"))
    p = Pipeline(output=[step(opened, on_error="open")], stream_mode="incremental")
    ctx = Context()
    out = "".join(guarded(FakeLLM("a secret here", chunk_size=20).stream, pipeline=p)(
        "q", guard_ctx=ctx))
    assert out == "a ****** here" and ctx.verdicts[-1].degraded


def test_an_allowing_whole_check_keeps_the_processor_decision() -> None:
    guard = _Flagger(Decision.rewrite("a ****** here", "masked"))
    p = Pipeline(output=[guard], stream_mode="incremental")
    ctx = Context()
    assert "".join(guarded(FakeLLM("a secret here", chunk_size=20).stream, pipeline=p)(
        "q", guard_ctx=ctx)) == "a ****** here"
    d = ctx.verdicts[-1].decisions[0]
    assert d.action == "rewrite" and d.data["streamed"] is True and guard.calls == 1
