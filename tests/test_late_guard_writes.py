"""A sync guard past its budget runs on in its thread (Python cannot stop it). What it writes
into the Context afterwards must not reach the next call that reuses the Context (a chat's
``guard_ctx=``): before, a late ``ctx.state[...] = ...`` landed in the *next* call's state (the
output guards of that call read the old call's fact) and a late ``ctx.structured = ...``
replaced the next call's value. Writes made within the budget still reach the call."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from _threads_kit import wait_until_waiting
from guardwire import Context, Decision, Pipeline, guarded, parallel, step
from guardwire.testing import StaticGuard

# the slow call's guard waits for the next call, so it times out whatever the budget; the next
# call's own guard must finish inside it, which 20 ms did not promise on a loaded machine (it
# timed out, fail-open dropped its writes: "tier=None; structured=None")
LATE_MS = 1000


class Tier:
    """Looks a customer tier up (slow for texts with 'slow') and notes it for later guards."""

    name = "tier"

    def __init__(self) -> None:
        self.gate, self.wrote = threading.Event(), threading.Event()

    def __call__(self, text: str, ctx: Context) -> Decision:
        if "slow" in text:
            self.gate.wait(30)
        ctx.state["tier"] = text
        ctx.structured = f"object of {text!r}"
        ctx.metadata_seen = dict(ctx.metadata)  # type: ignore[attr-defined] - a new attribute
        if "slow" in text:
            self.wrote.set()
        return Decision.allow()


class ReadTier:
    name = "read_tier"

    def __call__(self, text: str, ctx: Context) -> Decision:
        return Decision.allow(f"tier={ctx.state.get('tier')}; structured={ctx.structured}")


def _model(tier: Tier) -> Any:
    def llm(prompt: str) -> str:
        if "second" in prompt:  # the first call's guard finishes while this call runs
            tier.gate.set()
            assert tier.wrote.wait(30)
        return "ok"
    return llm


@pytest.mark.parametrize("grouped", [False, True])
def test_a_late_guard_does_not_write_into_the_next_call(grouped: bool) -> None:
    tier = Tier()
    entry: Any = step(tier, budget_ms=LATE_MS, on_timeout="open")
    if grouped:
        entry = parallel([entry, StaticGuard(name="other")])
    p = Pipeline(input=[entry], output=[ReadTier()])
    ctx = Context()
    ask = guarded(_model(tier), pipeline=p)
    ask("slow first", guard_ctx=ctx)
    assert ctx.verdicts[0].decisions[0].outcome == "timeout"
    ask("fast second", guard_ctx=ctx)
    out = ctx.verdicts[-1].decisions[0]
    assert out.reason == "tier=fast second; structured=object of 'fast second'"
    assert ctx.state == {"tier": "fast second"}


@pytest.mark.anyio
async def test_a_late_guard_under_an_async_caller_does_not_write_either() -> None:
    tier = Tier()
    p = Pipeline(input=[step(tier, budget_ms=LATE_MS, on_timeout="open")], output=[ReadTier()])
    ctx = Context()

    async def llm(prompt: str) -> str:
        if "second" in prompt:
            import anyio

            tier.gate.set()
            await anyio.to_thread.run_sync(tier.wrote.wait, 30)
        return "ok"

    ask = guarded(llm, pipeline=p)
    await ask("slow first", guard_ctx=ctx)
    await ask("fast second", guard_ctx=ctx)
    assert ctx.verdicts[-1].decisions[0].reason == (
        "tier=fast second; structured=object of 'fast second'")


def test_writes_within_the_budget_reach_the_call() -> None:
    tier = Tier()
    p = Pipeline(input=[step(tier, budget_ms=30_000)], output=[ReadTier()])
    ctx = Context(metadata={"user": 7})
    guarded(lambda prompt: "ok", pipeline=p)("first", guard_ctx=ctx)
    assert ctx.verdicts[-1].decisions[0].reason == "tier=first; structured=object of 'first'"
    assert ctx.structured == "object of 'first'"
    assert ctx.metadata_seen == {"user": 7}  # type: ignore[attr-defined]


def test_the_threads_copy_reads_the_call_bookkeeping_of_the_context() -> None:
    # the PII redactor checks ctx._calls / ctx._in_call before handing its vault writes over
    # (a late redaction must not fill the next call's vault): through the copy a guard in a
    # worker thread gets, those must still be the Context's own, not frozen at the copy
    import copy

    from guardwire._attempt import CallView

    ctx = Context()
    ctx.begin_call()
    ctx._in_call = True
    view = CallView(ctx).view
    again = copy.copy(view)  # as the redactor copies it once more
    ctx._in_call = False
    ctx.begin_call()
    assert isinstance(view, Context)
    assert (view._calls, view._in_call) == (2, False) == (again._calls, again._in_call)


def test_an_interrupted_wait_gives_the_guard_up() -> None:
    # Ctrl-C (a Jupyter "interrupt") while a sync call waits for a guard's thread: before, the
    # step neither gave the guard up nor counted its thread as abandoned, so the guard's
    # late hand-over was still accepted and the step went on queueing calls behind it
    import signal

    from guardwire._attempt import still_waited

    started, release, handed = threading.Event(), threading.Event(), []

    def slow(text: str, ctx: Context) -> Decision:
        started.set()
        release.wait(30)
        with still_waited() as waited:
            handed.append(waited)
        return Decision.allow()

    s = step(slow, name="slow", budget_ms=60_000)
    p = Pipeline(input=[s])
    main = threading.get_ident()

    def interrupt() -> None:
        assert started.wait(30)
        # a Ctrl-C before the caller's wait (a fixed 0.2 s sleep on a loaded machine) landed
        # outside it: the thread was not counted as abandoned
        wait_until_waiting(main)
        signal.pthread_kill(main, signal.SIGINT)

    threading.Thread(target=interrupt, daemon=True).start()
    with pytest.raises(KeyboardInterrupt):
        p.check_input("hi")
    step_ = p.steps("input")[0]
    assert step_.threads.abandoned == 1
    release.set()
    for _ in range(3000):
        if handed:
            break
        threading.Event().wait(0.01)
    assert handed == [False]
