"""The async API under trio (through anyio): guards, parallel groups, budgets, streams and a
caller's cancellation work as under asyncio. Skipped when trio is not installed (guardwire does
not depend on it)."""

from __future__ import annotations

import threading

import anyio
import pytest

from guardwire import Context, Decision, Pipeline, guarded, parallel, step
from guardwire.guards.pii import PIIRedactor
from guardwire.testing import FakeLLM, HangingGuard, StaticGuard, capture_verdicts

pytest.importorskip("trio")
pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "trio"


class AsyncCheck:
    name = "async_check"

    async def __call__(self, text: str, ctx: Context) -> Decision:
        await anyio.sleep(0)
        return Decision.allow()


def _pipeline() -> Pipeline:
    return Pipeline(input=[PIIRedactor(ner="off"),
                           parallel([StaticGuard(name="s"), AsyncCheck()]),
                           step(HangingGuard(name="late"), budget_ms=20, on_timeout="open"),
                           step(HangingGuard(30, sync=True, name="late_sync"), budget_ms=20,
                                on_timeout="open")],
                    output=[AsyncCheck()], stream_mode="incremental").warm()


async def test_a_guarded_call_and_stream_under_trio() -> None:
    p = _pipeline()
    llm = FakeLLM(lambda prompt: prompt.replace("write to", "writing to"), chunk_size=4)
    ctx = Context()
    with capture_verdicts() as verdicts:
        answer = await guarded(llm.acomplete, pipeline=p)("write to a@example.com",
                                                         guard_ctx=ctx)
        chunks = [c async for c in await guarded(llm.astream, pipeline=p)(
            "write to b@example.com")]
    assert answer == "writing to a@example.com" and "".join(chunks) == "writing to b@example.com"
    assert llm.prompts == ["write to <EMAIL_ADDRESS_1>"] * 2
    first = verdicts[0]
    assert first.summary() == ("input pii:rewrite s:allow async_check:allow late:allow/timeout "
                               "late_sync:allow/timeout")
    assert first.degraded and not ctx._in_call and len(ctx.vault) == 0


async def test_a_cancelled_trio_caller_leaves_the_context_free() -> None:
    release = threading.Event()

    class Slow:
        name = "slow"

        def __call__(self, text: str, ctx: Context) -> Decision:
            release.wait(30)
            return Decision.allow()

    p = Pipeline(input=[PIIRedactor(ner="off"), step(Slow(), budget_ms=60_000)]).warm()
    ctx = Context()
    ask = guarded(FakeLLM("hi").acomplete, pipeline=p)
    with anyio.move_on_after(0.05) as scope:
        await ask("mail a@example.com", guard_ctx=ctx)
    release.set()
    assert scope.cancelled_caught
    assert not ctx._in_call and len(ctx.vault) == 0
    assert await ask("again", guard_ctx=ctx) == "hi"


async def test_a_threaded_guard_wakes_its_trio_caller_without_polling(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # before: under trio the task waiting for a guard's thread polled with anyio.sleep
    # (0.5 ms doubling to 20 ms), noticing a 10 ms guard up to 5.5 ms late
    polls: list[float] = []
    real_sleep = anyio.sleep

    async def counting_sleep(delay: float) -> None:
        polls.append(delay)
        await real_sleep(delay)

    monkeypatch.setattr(anyio, "sleep", counting_sleep)
    release = threading.Event()

    def slow(text: str, ctx: Context) -> Decision:
        release.wait(30)
        return Decision.allow()

    p = Pipeline(input=[step(slow, name="slow", budget_ms=60_000)])
    async with anyio.create_task_group() as tg:
        tg.start_soon(p.acheck_input, "hi")
        await real_sleep(0.01)  # the guard runs in its thread by now
        release.set()
    assert polls == []
