"""Audit 19: an async guard that runs past its budget without reaching an ``await`` (blocking
work inside ``async def``: a sync HTTP client, CPU) was never cancelled, and its late answer
counted as ``ok``: a fail-closed guard with ``budget_ms=10`` that took 60 ms passed, its
rewrite applied. A late answer is a timeout under the guard's ``on_timeout`` policy, as a
soft-budget sync guard's is."""

from __future__ import annotations

import asyncio
import time

import pytest

from guardwire import Context, Decision, InputBlocked, Pipeline, guarded, parallel, step
from guardwire.testing import FakeLLM

SLEEP_S = 0.06  # the guard blocks its event loop this long: far past the 10 ms budget


async def blocking_rewrite(text: str, ctx: Context) -> Decision:
    time.sleep(SLEEP_S)  # never awaits: no checkpoint for the cancel scope
    return Decision.rewrite(text + " [checked]", "late rewrite")


async def blocking_block(text: str, ctx: Context) -> Decision:
    await asyncio.sleep(0)  # one checkpoint before the deadline, none after it
    time.sleep(SLEEP_S)
    return Decision.allow()


@pytest.mark.parametrize("policy", ["open", "closed"])
@pytest.mark.parametrize("guard", [blocking_rewrite, blocking_block])
@pytest.mark.parametrize("grouped", [False, True])
def test_a_late_async_answer_is_a_timeout(policy: str, guard: object, grouped: bool) -> None:
    item: object = step(guard, budget_ms=10, on_timeout=policy)
    if grouped:
        item = parallel([item, step(lambda t, c: Decision.allow(), name="other")])
    p = Pipeline(input=[item])  # type: ignore[list-item]
    for verdict in (p.check_input("hi"), asyncio.run(p.acheck_input("hi"))):
        d = verdict.by_guard(guard.__name__)  # type: ignore[attr-defined]
        assert d is not None
        assert d.outcome == "timeout"
        assert verdict.text == "hi"  # the late rewrite is dropped
        if policy == "closed":
            assert verdict.blocked and d.action == "block"
        else:
            assert not verdict.blocked and verdict.degraded and d.action == "allow"


def test_a_fail_closed_late_async_guard_blocks_the_call_sync_and_async() -> None:
    llm = FakeLLM("answer")
    p = Pipeline(input=[step(blocking_block, budget_ms=10, on_timeout="closed")])
    with pytest.raises(InputBlocked, match="timeout"):
        guarded(llm.complete, pipeline=p)("hi")
    with pytest.raises(InputBlocked, match="timeout"):
        asyncio.run(guarded(llm.acomplete, pipeline=p)("hi"))
    assert llm.prompts == []  # the model was never called


def test_an_async_guard_within_its_budget_is_ok() -> None:
    async def quick(text: str, ctx: Context) -> Decision:
        return Decision.rewrite(text + "!", "quick")

    p = Pipeline(input=[step(quick, budget_ms=5_000, on_timeout="closed")])
    for verdict in (p.check_input("hi"), asyncio.run(p.acheck_input("hi"))):
        assert verdict.text == "hi!"
        assert verdict.decisions[0].outcome == "ok"
