"""Re-asks that cannot happen: the pipeline's max_reasks reached, or a streamed answer.

Before: with the schema guard's ``on_exhausted="pass"`` and a pipeline ``max_reasks`` below the
guard's, the pipeline's bound came first and the call raised RepairFailed anyway; and a
streamed ``response_model=`` answer the guard could not repair raised a plain OutputBlocked
(no attempts) where the same answer, not streamed, raised RepairFailed."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel

from guardwire import Context, Decision, OutputBlocked, Pipeline, RepairFailed, guarded
from guardwire.guards.schema import SchemaGuard
from guardwire.testing import FakeLLM, StaticGuard

pytestmark = pytest.mark.anyio

BAD = "not json at all"


class Person(BaseModel):
    name: str
    age: int


async def _call(fn: Any, *args: Any, use_async: bool, stream: bool, **kw: Any) -> Any:
    if not stream:
        return await fn(*args, **kw) if use_async else fn(*args, **kw)
    if use_async:
        return [c async for c in await fn(*args, **kw)]
    return list(fn(*args, **kw))


def _entry(llm: FakeLLM, use_async: bool, stream: bool) -> Any:
    if stream:
        return llm.astream if use_async else llm.stream
    return llm.acomplete if use_async else llm.complete


@pytest.mark.parametrize("use_async", [False, True])
@pytest.mark.parametrize("stream_mode", ["buffered", "incremental"])
async def test_a_streamed_answer_that_cannot_be_repaired_raises_repair_failed(
        use_async: bool, stream_mode: str) -> None:
    llm = FakeLLM(BAD, chunk_size=4)
    ask = guarded(_entry(llm, use_async, True), pipeline=Pipeline(stream_mode=stream_mode),
                  response_model=Person)
    ctx = Context()
    with pytest.raises(RepairFailed) as info:
        await _call(ask, "who?", guard_ctx=ctx, use_async=use_async, stream=True)
    if stream_mode == "buffered":  # nothing shown yet: re-asked like an answer not streamed
        assert info.value.attempts == (BAD,) * 3 and len(llm.calls) == 3
        return
    assert info.value.attempts == (BAD,)
    d = info.value.decision
    assert d.guard == "pipeline" and d.data["repair_failed"] is True
    assert "streamed" in d.reason and "not a valid Person" in d.reason
    assert ctx.verdicts[-1].blocked and len(llm.calls) == 1


@pytest.mark.parametrize("use_async", [False, True])
async def test_the_same_answer_not_streamed_raises_repair_failed_with_every_attempt(
        use_async: bool) -> None:
    llm = FakeLLM(BAD)
    ask = guarded(_entry(llm, use_async, False), pipeline=Pipeline(), response_model=Person)
    with pytest.raises(RepairFailed) as info:
        await _call(ask, "who?", use_async=use_async, stream=False)
    assert info.value.attempts == (BAD,) * 3  # the schema guard's max_reasks = 2


@pytest.mark.parametrize("use_async", [False, True])
@pytest.mark.parametrize("stream", [False, True])
async def test_on_exhausted_pass_decides_when_the_pipeline_bound_comes_first(
        use_async: bool, stream: bool) -> None:
    llm = FakeLLM(BAD)
    after = StaticGuard("allow", name="after")
    p = Pipeline(output=[SchemaGuard(Person, max_reasks=3, on_exhausted="pass"), after],
                 max_reasks=1)
    ctx = Context()
    out = await _call(guarded(_entry(llm, use_async, stream), pipeline=p), "who?",
                      guard_ctx=ctx, use_async=use_async, stream=stream)
    assert ("".join(out) if stream else out) == BAD
    v = ctx.verdicts[-1]
    assert v.degraded and not v.blocked and v.reask is None
    d = v.by_guard("schema")
    assert d is not None and d.action == "allow" and d.fired and d.degraded
    assert d.data["rung"] == "failed" and d.data["errors"]
    reasks = 1  # a buffered stream is re-asked too (it used to stop at "streamed answer")
    assert len(llm.calls) == reasks + 1 and ctx.reasks == reasks
    assert d.data["attempts"] == [BAD] * (reasks + 1)
    why = "re-ask limit reached (1)"
    assert why in d.data["exhausted_by"] and why in d.reason
    assert after.seen == [BAD]  # the rest of the stage ran on the answer
    assert v.by_guard("pipeline") is None and ctx.structured is None


@pytest.mark.parametrize("use_async", [False, True])
async def test_on_exhausted_pass_with_response_model_returns_the_text(use_async: bool) -> None:
    """max_reasks=0 on the pipeline, the route's schema entry set to pass."""
    llm = FakeLLM(BAD)
    p = Pipeline(output=[SchemaGuard(on_exhausted="pass")], max_reasks=0)
    ask = guarded(_entry(llm, use_async, False), pipeline=p, response_model=Person)
    ctx = Context()
    assert await _call(ask, "who?", guard_ctx=ctx, use_async=use_async, stream=False) == BAD
    assert ctx.verdicts[-1].degraded and not ctx.structured_set


def test_on_exhausted_raise_still_raises_when_the_pipeline_bound_comes_first() -> None:
    llm = FakeLLM(BAD)
    p = Pipeline(output=[SchemaGuard(Person, max_reasks=3)], max_reasks=1)
    with pytest.raises(RepairFailed) as info:
        guarded(llm.complete, pipeline=p)("who?")
    assert info.value.attempts == (BAD, BAD)
    assert info.value.decision.guard == "pipeline"
    assert "re-ask limit reached (1)" in str(info.value)


def test_a_pass_guard_still_gets_its_re_ask_while_the_pipeline_allows_one() -> None:
    llm = FakeLLM([BAD, '{"name": "Ada", "age": 36}'])
    p = Pipeline(output=[SchemaGuard(Person, max_reasks=3, on_exhausted="pass")], max_reasks=1)
    ctx = Context()
    out = guarded(llm.complete, pipeline=p)("who?", guard_ctx=ctx)
    assert out == '{"name":"Ada","age":36}' and ctx.structured == Person(name="Ada", age=36)
    assert not ctx.verdicts[-1].degraded and ctx.reasks == 1


@pytest.mark.parametrize("stream", [False, True])
def test_a_guard_without_on_exhausted_gets_repair_failed(stream: bool) -> None:
    """Any guard's re-ask past the cap is RepairFailed (an OutputBlocked), streamed or not."""
    llm = FakeLLM("answer")
    p = Pipeline(output=[StaticGuard("reask", text="say it again", reason="vague")],
                 max_reasks=0)
    fn = guarded(llm.stream if stream else llm.complete, pipeline=p)
    with pytest.raises(RepairFailed) as info:
        list(fn("q")) if stream else fn("q")
    assert isinstance(info.value, OutputBlocked) and info.value.attempts == ("answer",)


def test_check_output_past_the_cap_passes_on_for_a_pass_guard() -> None:
    """Without a call (check_output), the text checked is the one attempt."""
    p = Pipeline(output=[SchemaGuard(Person, max_reasks=2, on_exhausted="pass")], max_reasks=0)
    v = p.check_output(BAD)
    d = v.decisions[0]
    assert (d.action, d.data["attempts"]) == ("allow", [BAD]) and v.degraded


def test_a_custom_pass_guard_is_honoured_too() -> None:
    class Judge:
        name = "judge"
        on_exhausted = "pass"

        def __call__(self, text: str, ctx: Context) -> Decision:
            return Decision("reask", "be concise", "too long", 0.4)

    p = Pipeline(output=[Judge()], max_reasks=0)
    ctx = Context()
    assert guarded(FakeLLM("long answer").complete, pipeline=p)("q", guard_ctx=ctx) == (
        "long answer")
    d = ctx.verdicts[-1].decisions[0]
    assert d.action == "allow" and d.degraded and d.score == 0.4 and "rung" not in d.data


def _needs(word: str, prompt: str) -> Any:
    def guard(text: str, ctx: Context) -> Decision:
        return Decision.allow() if word in text else Decision.reask(prompt, f"no {word}")
    guard.__name__ = f"needs_{word.lower()}"
    return guard


@pytest.mark.parametrize("use_async", [False, True])
async def test_guards_of_a_group_asking_at_once_share_one_re_ask(use_async: bool) -> None:
    """Only the first guard's request was sent: the second asked again on the next answer, so
    with max_reasks=1 the call failed where one re-ask naming both would do."""
    from guardwire import parallel

    llm = FakeLLM(lambda p: ("Hello " if "greeting" in p else "") + "answer"
                  + (" -- Bot" if "Bot" in p else ""))
    p = Pipeline(output=[parallel([_needs("Hello", "Add a greeting."),
                                   _needs("Bot", "Sign it with 'Bot'.")])], max_reasks=1)
    ctx = Context()
    out = await _call(guarded(_entry(llm, use_async, False), pipeline=p), "q", guard_ctx=ctx,
                      use_async=use_async, stream=False)
    assert out == "Hello answer -- Bot" and ctx.reasks == 1
    assert llm.prompts[1].endswith("Add a greeting.\n\nSign it with 'Bot'.")
    first = ctx.verdicts[-2]
    assert [d.action for d in first.decisions] == ["reask", "reask"]


def test_the_same_request_from_two_guards_is_sent_once() -> None:
    from guardwire import parallel, step

    llm = FakeLLM(["answer", "Hello answer"])  # (two names: one name twice is refused)
    p = Pipeline(output=[parallel([_needs("Hello", "Add a greeting."),
                                   step(_needs("Hello", "Add a greeting."), name="again")])])
    guarded(llm.complete, pipeline=p)("q")
    assert llm.prompts[1].count("Add a greeting.") == 1
