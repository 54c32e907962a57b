"""``ctx.model_started_at``: the monotonic time the pipeline started a call's first model call,
so a guard can budget the whole call (schema's ``max_total_ms``) and not only what follows the
first answer it sees."""

from __future__ import annotations

import time
from typing import Any

import pytest

from guardwire import Context, Decision, Pipeline, guarded
from guardwire.testing import FakeLLM


def _clock_probe(seen: list[tuple[str | None, float | None]]) -> Any:
    def probe(text: str, ctx: Context) -> Decision:
        seen.append((ctx.stage, ctx.model_started_at))
        return Decision.allow()
    return probe


def test_output_guards_see_when_the_first_model_call_started() -> None:
    seen: list[tuple[str | None, float | None]] = []
    entered: list[float] = []
    llm = FakeLLM(["first", "second"])

    def model(prompt: str) -> str:
        entered.append(time.monotonic())
        return llm(prompt)

    probe = _clock_probe(seen)
    ctx = Context()
    before = time.monotonic()
    guarded(model, pipeline=Pipeline(input=[probe], output=[probe]))("hi", guard_ctx=ctx)
    (stage_in, at_in), (stage_out, at_out) = seen
    assert (stage_in, at_in) == ("input", None)  # no model call yet
    assert stage_out == "output" and at_out is not None
    assert before <= at_out <= entered[0]
    assert ctx.model_started_at == at_out
    # the next call with this Context starts its own clock
    guarded(model, pipeline=Pipeline(input=[probe], output=[probe]))("again", guard_ctx=ctx)
    assert seen[2] == ("input", None)
    assert seen[3][1] is not None and entered[0] < seen[3][1] <= entered[1]


def test_a_reask_keeps_the_first_calls_start() -> None:
    seen: list[float | None] = []

    def ask_once(text: str, ctx: Context) -> Decision:
        seen.append(ctx.model_started_at)
        return Decision.reask("again please") if ctx.reasks == 0 else Decision.allow()

    llm = FakeLLM(["one", "two"])
    guarded(llm, pipeline=Pipeline(output=[ask_once], max_reasks=1))("hi")
    assert len(llm.calls) == 2 and len(seen) == 2
    assert seen[0] is not None and seen[0] == seen[1]


@pytest.mark.anyio
async def test_async_and_chat_calls_set_it_too() -> None:
    seen: list[tuple[str | None, float | None]] = []
    probe = _clock_probe(seen)
    llm = FakeLLM("ok")
    await guarded(llm.achat, pipeline=Pipeline(output=[probe]))(
        messages=[{"role": "user", "content": "hi"}])
    assert seen[0][0] == "output" and seen[0][1] is not None


def test_it_is_read_only_and_none_outside_a_call() -> None:
    ctx = Context()
    assert ctx.model_started_at is None
    with pytest.raises(AttributeError):
        ctx.model_started_at = 1.0  # type: ignore[misc]
