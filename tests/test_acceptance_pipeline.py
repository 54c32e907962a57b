"""Acceptance review of the core: guard misbehaviour must never look like a pass, and what the
caller is told (exception, return value) must match what is recorded (ctx.verdicts,
capture_verdicts)."""

from __future__ import annotations

import pytest

from guardwire import (
    Context,
    Decision,
    InputBlocked,
    OutputBlocked,
    Pipeline,
    RepairFailed,
    guarded,
    parallel,
)
from guardwire.testing import FakeLLM, StaticGuard, capture_verdicts

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("use_async", [False, True])
async def test_a_reask_from_an_input_guard_is_an_error_not_a_skip_of_later_guards(
        use_async: bool) -> None:
    later = StaticGuard("block", reason="later guard must still run", name="later")
    p = Pipeline(input=[StaticGuard(Decision.reask("again", "r"), name="asker"), later])
    v = await p.acheck_input("hi") if use_async else p.check_input("hi")
    d = v.decisions[0]
    assert d.guard == "asker" and d.outcome == "error" and d.action == "block"
    assert "output stage" in d.reason
    assert v.blocked and v.reask is None


def test_a_reask_from_an_input_guard_follows_its_fail_open_policy() -> None:
    from guardwire import step

    later = StaticGuard("allow", name="later")
    p = Pipeline(input=[step(StaticGuard(Decision.reask("again"), name="asker"),
                             on_error="open"), later])
    v = p.check_input("hi")
    assert v.decisions[0].outcome == "error" and v.degraded and not v.blocked
    assert later.seen == ["hi"]  # the stage went on


def test_an_input_reask_in_a_parallel_group_is_an_error_too() -> None:
    p = Pipeline(input=[parallel([StaticGuard(name="a"),
                                  StaticGuard(Decision.reask("again"), name="b")])])
    v = p.check_input("hi")
    assert [(d.guard, d.outcome) for d in v.decisions] == [("a", "ok"), ("b", "error")]
    assert v.blocked


def test_a_guarded_call_does_not_reach_the_model_past_an_input_reask() -> None:
    llm = FakeLLM("answer")
    p = Pipeline(input=[StaticGuard(Decision.reask("again"), name="asker")])
    with pytest.raises(InputBlocked):
        guarded(llm.complete, pipeline=p)("hi")
    assert llm.calls == []


@pytest.mark.parametrize("decision", [Decision("blok", reason="typo"),  # type: ignore[arg-type]
                                      Decision("allow", outcome="fine")])  # type: ignore[arg-type]
@pytest.mark.parametrize("use_async", [False, True])
async def test_a_decision_with_an_unknown_action_or_outcome_is_an_error(
        decision: Decision, use_async: bool) -> None:
    p = Pipeline(input=[StaticGuard(decision, name="odd")])
    v = await p.acheck_input("hi") if use_async else p.check_input("hi")
    d = v.decisions[0]
    assert d.outcome == "error" and d.action == "block", d
    assert "expected one of" in d.reason


def test_timed_out_awaitables_of_sync_callables_do_not_pile_up_in_worker_threads() -> None:
    """HangingGuard() (and any sync callable that returns an awaitable) under a sync caller:
    each timeout must end the wait, not leave a worker thread running it to completion, or
    after a few dozen timeouts every budgeted sync guard in the process times out."""
    import threading

    from guardwire import step
    from guardwire.testing import HangingGuard

    hanging = HangingGuard(seconds=3)
    slow = Pipeline(input=[step(hanging, budget_ms=5, on_timeout="open")])
    ask = guarded(FakeLLM("hello").complete, pipeline=slow)
    before = threading.active_count()
    for _ in range(40):
        assert ask("hi") == "hello"
    assert threading.active_count() - before < 8
    healthy = Pipeline(input=[step(StaticGuard(name="healthy"), budget_ms=2000)])
    assert healthy.check_input("hi").decisions[0].outcome == "ok"


def test_the_reask_limit_block_is_in_the_recorded_verdict_and_span() -> None:
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    spans = InMemorySpanExporter()
    tp = TracerProvider()
    tp.add_span_processor(SimpleSpanProcessor(spans))
    answers = iter(["x1", "x2"])
    llm = FakeLLM(lambda prompt: next(answers))
    p = Pipeline(output=[StaticGuard(Decision.reask("again", "never happy"), name="greedy")],
                 max_reasks=1, tracer_provider=tp)
    ctx = Context()
    with capture_verdicts() as captured, pytest.raises(RepairFailed) as err:
        guarded(llm.complete, pipeline=p)("q", guard_ctx=ctx)
    assert err.value.attempts == ("x1", "x2")
    last = ctx.verdicts[-1]
    assert last.blocked and last.blocking is not None and last.blocking.guard == "pipeline"
    assert err.value.verdict == last and captured[-1] == last
    stage = [s for s in spans.get_finished_spans() if s.name == "guardwire.output"][-1]
    assert stage.attributes is not None and stage.attributes["guardwire.blocked"] is True


@pytest.mark.parametrize("stream_mode", ["buffered", "incremental"])
def test_a_reask_on_a_streamed_answer_is_a_recorded_block(stream_mode: str) -> None:
    p = Pipeline(output=[StaticGuard(Decision.reask("again"), name="asker")],
                 stream_mode=stream_mode)  # type: ignore[arg-type]
    ctx = Context()
    # buffered: nothing was shown, so the model is asked again, up to max_reasks (3)
    why = "not available on a streamed answer" if stream_mode == "incremental" else (
        r"re-ask limit reached \(3\)")
    llm = FakeLLM("answer", chunk_size=3)
    with pytest.raises(OutputBlocked, match=why) as err:
        list(guarded(llm.stream, pipeline=p)("q", guard_ctx=ctx))
    assert ctx.verdicts[-1].blocked and err.value.verdict == ctx.verdicts[-1]
    assert len(llm.calls) == (1 if stream_mode == "incremental" else 4)


def test_nested_capture_verdicts_both_see_the_verdicts(captured_verdicts: list[object]) -> None:
    """The pytest fixture plus a `with capture_verdicts()` in the test: the inner block used to
    hide its verdicts from the outer list."""
    p = Pipeline(input=[StaticGuard(name="seen")])
    with capture_verdicts() as inner:
        p.check_input("one")
    p.check_input("two")
    assert [v.original for v in inner] == ["one"]  # type: ignore[attr-defined]
    assert [v.original for v in captured_verdicts] == ["one", "two"]  # type: ignore[attr-defined]


@pytest.mark.parametrize("field", ["budget_ms", "cache_ttl_s"])
def test_a_boolean_is_not_a_budget_or_ttl_in_code_either(field: str) -> None:
    from guardwire import Policy, step

    with pytest.raises(ValueError, match=field):
        Policy(**{field: True})  # type: ignore[arg-type]  # would be a 1 ms budget / 1 s TTL
    with pytest.raises(ValueError, match=field):
        Pipeline(input=[step(StaticGuard(), **{field: True})])  # type: ignore[arg-type]


@pytest.mark.parametrize("max_reasks", [0, 2])
def test_a_block_next_to_a_reask_in_a_parallel_group_blocks_without_a_reask(
        max_reasks: int) -> None:
    llm = FakeLLM(["first", "second"])
    p = Pipeline(output=[parallel([StaticGuard(Decision.reask("again"), name="asker"),
                                   StaticGuard("block", reason="unsafe", name="stop")])],
                 max_reasks=max_reasks)
    ctx = Context()
    with pytest.raises(OutputBlocked, match="unsafe") as err:
        guarded(llm.complete, pipeline=p)("q", guard_ctx=ctx)
    assert len(llm.calls) == 1  # no re-ask past a block
    assert not isinstance(err.value, RepairFailed)
    assert [d.guard for d in ctx.verdicts[-1].decisions] == ["asker", "stop"]


def _raises_its_own_timeout(text: str, ctx: object) -> Decision:
    raise TimeoutError("regex search timed out")


async def _async_raises_its_own_timeout(text: str, ctx: object) -> Decision:
    raise TimeoutError("upstream timed out")


@pytest.mark.parametrize("guard", [_raises_its_own_timeout, _async_raises_its_own_timeout])
@pytest.mark.parametrize("use_async", [False, True])
@pytest.mark.parametrize("on_timeout", ["open", "closed"])
async def test_a_guards_own_timeout_error_is_an_error_not_a_blown_budget(
        guard: object, use_async: bool, on_timeout: str) -> None:
    """A TimeoutError raised by the guard within its budget is the guard failing (on_error),
    not the budget running out (on_timeout): with on_timeout="open" it used to pass."""
    from guardwire import step

    p = Pipeline(input=[step(guard, budget_ms=2000, on_error="closed",  # type: ignore[arg-type]
                             on_timeout=on_timeout)])
    v = await p.acheck_input("x") if use_async else p.check_input("x")
    d = v.decisions[0]
    assert (d.outcome, d.action) == ("error", "block"), d
    assert "TimeoutError" in d.reason
