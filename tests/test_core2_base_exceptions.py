"""What is not an Exception raised by a guard propagates as itself, in parallel groups too.

A GeneratorExit raised by a sync guard in a parallel group came out as a BaseExceptionGroup:
the worker thread's exception was set on a future and *thrown* into the awaiting task, and a
GeneratorExit thrown into a coroutine chain closes the chain and ends the task with it."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from guardwire import Context, Decision, Pipeline, guarded, parallel, step
from guardwire.testing import FakeLLM

pytestmark = pytest.mark.anyio


class Fatal(BaseException):
    """An application's own BaseException."""


def _ok(text: str, ctx: Context) -> Decision:
    return Decision.allow()


def _raising(exc: BaseException) -> Any:
    def guard(text: str, ctx: Context) -> Decision:
        ctx.vault.put("<SECRET_1>", "s3cret")
        raise exc
    return guard


EXCS = [GeneratorExit, KeyboardInterrupt, SystemExit, Fatal]
SHAPES = ["parallel", "budget", "plain"]  # a group / a sync guard on a thread / inline


def _entry(guard: Any, shape: str) -> Any:
    if shape == "parallel":
        return parallel([guard, _ok])
    if shape == "budget":  # a thread hop under async callers
        return step(guard, budget_ms=5000)
    return guard


@pytest.mark.parametrize("exc", EXCS)
@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("use_async", [False, True])
async def test_a_base_exception_from_a_sync_guard_propagates_as_itself(
        exc: type[BaseException], shape: str, use_async: bool) -> None:
    p = Pipeline(input=[_entry(_raising(exc()), shape)])
    llm = FakeLLM("never")
    ctx = Context()
    with pytest.raises(exc) as info:
        if use_async:
            await guarded(llm.acomplete, pipeline=p)("q", guard_ctx=ctx)
        else:
            guarded(llm.complete, pipeline=p)("q", guard_ctx=ctx)
    assert type(info.value) is exc  # not a BaseExceptionGroup around it
    assert len(ctx.vault) == 0 and llm.calls == []


@pytest.mark.parametrize("exc", EXCS)
@pytest.mark.parametrize("use_async", [False, True])
async def test_a_base_exception_in_the_output_stage_group_propagates_as_itself(
        exc: type[BaseException], use_async: bool) -> None:
    p = Pipeline(output=[parallel([_ok, _raising(exc())])])
    llm = FakeLLM("answer")
    with pytest.raises(exc) as info:
        if use_async:
            await guarded(llm.acomplete, pipeline=p)("q")
        else:
            guarded(llm.complete, pipeline=p)("q")
    assert type(info.value) is exc


@pytest.mark.parametrize("exc", EXCS)
async def test_a_base_exception_from_warm_in_a_group_propagates_as_itself(
        exc: type[BaseException]) -> None:
    class Cold:
        def warm(self) -> None:
            raise exc()

        def __call__(self, text: str, ctx: Context) -> Decision:
            return Decision.allow()

    p = Pipeline(input=[parallel([Cold(), _ok])])
    with pytest.raises(exc) as info:
        await p.acheck_input("x")
    assert type(info.value) is exc


async def test_a_cancelled_error_from_a_sync_guard_in_a_group_is_a_cancellation() -> None:
    def cancelling(text: str, ctx: Context) -> Decision:
        raise asyncio.CancelledError

    p = Pipeline(input=[parallel([cancelling, _ok])])
    llm = FakeLLM("never")
    with pytest.raises(asyncio.CancelledError):
        await guarded(llm.acomplete, pipeline=p)("q")
    assert llm.calls == []


def test_an_ordinary_exception_in_a_group_is_still_a_guard_error() -> None:
    p = Pipeline(input=[parallel([step(_raising(ValueError("bad")), on_error="open"), _ok])])
    v = p.check_input("x")
    assert v.decisions[0].outcome == "error" and v.degraded and not v.blocked
