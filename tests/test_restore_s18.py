"""A pause (a gen-2 garbage collection, a thread that does not get the GIL) while the PII
restorer runs must not make an answer come back with its placeholders.

The restorer runs inline (``soft_budget``) and never stops early, so a budget on it could only
throw its finished result away: it had a 1 s fail-open budget, and a pause of a second inside
it turned a restored answer into the unrestored one (a degraded allow). In the 200-request
concurrency test (tests/test_concurrency_mixed.py) 2 of 200 answers kept ``<EMAIL_ADDRESS_1>``
that way. Now it has no budget by default (``Policy.fail_open()``): a pause delays the answer,
never changes it. A budget set on purpose (``step(PIIRestorer(), budget_ms=...)``) still
applies, and its overrun is a visibly degraded verdict.

The pause is simulated without sleeping: the restore advances the clock the steps time their
guards with (``time.perf_counter``) by five seconds, as a stall in the middle of it would.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest

from guardwire import Context, Decision, Pipeline, Verdict, guarded, step
from guardwire.guards.pii import PIIRedactor, PIIRestorer
from guardwire.guards.pii import restore as restore_module
from guardwire.testing import tool_call_answer

PROMPT = "please mail ada@example.com"
ANSWER = "I will mail <EMAIL_ADDRESS_1> today."
RESTORED = "I will mail ada@example.com today."
PAUSE_S = 5.0


@pytest.fixture
def paused(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every whole-text restoration lasts PAUSE_S seconds on the steps' clock; the list
    counts them."""
    offset = [0.0]
    real_clock = time.perf_counter
    real_restore = restore_module.restore_text
    calls: list[int] = []

    def clock() -> float:
        return real_clock() + offset[0]

    def slow_restore(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        offset[0] += PAUSE_S
        return real_restore(*args, **kwargs)

    monkeypatch.setattr(time, "perf_counter", clock)
    monkeypatch.setattr(restore_module, "restore_text", slow_restore)
    return calls


def _pipeline(*output: Any, stream_mode: str = "buffered", max_reasks: int = 3) -> Pipeline:
    return Pipeline(input=[PIIRedactor(ner="off", memo=0)], output=list(output),
                    stream_mode=stream_mode,  # type: ignore[arg-type]
                    max_reasks=max_reasks)


def _restore_decision(v: Verdict) -> Decision:
    return next(d for d in v.decisions if d.guard == "pii_restore")


def _assert_restored(answer: str, ctx: Context, expected: str = RESTORED) -> None:
    assert answer == expected  # before: 'I will mail <EMAIL_ADDRESS_1> today.'
    v = ctx.verdicts[-1]
    d = _restore_decision(v)
    assert (d.action, d.outcome) == ("rewrite", "ok")  # before: ('allow', 'timeout')
    assert d.data["restored"] == {"EMAIL_ADDRESS": 1}
    assert not v.degraded and not v.blocked


def complete(prompt: str) -> str:
    return ANSWER


def stream(prompt: str) -> Iterator[str]:
    for k in range(0, len(ANSWER), 5):
        yield ANSWER[k:k + 5]


async def acomplete(prompt: str) -> str:
    await asyncio.sleep(0)
    return ANSWER


async def astream(prompt: str) -> AsyncIterator[str]:
    for k in range(0, len(ANSWER), 5):
        await asyncio.sleep(0)
        yield ANSWER[k:k + 5]


def test_the_restorer_has_no_budget_by_default() -> None:
    for restorer in (PIIRestorer(), PIIRedactor(ner="off").output_companion()):
        assert restorer.default_policy.budget_ms is None
    p = _pipeline()
    (s,) = p.steps("output")
    assert s.name == "pii_restore" and s.policy.budget_ms is None


def test_plain_sync_answer_is_restored_through_a_pause(paused: list[int]) -> None:
    ctx = Context()
    answer = guarded(complete, pipeline=_pipeline())(PROMPT, guard_ctx=ctx)
    assert paused  # the pause did happen inside the restorer
    _assert_restored(answer, ctx)


def test_plain_async_answer_is_restored_through_a_pause(paused: list[int]) -> None:
    ctx = Context()
    answer = asyncio.run(guarded(acomplete, pipeline=_pipeline())(PROMPT, guard_ctx=ctx))
    assert paused
    _assert_restored(answer, ctx)


@pytest.mark.parametrize("mode", ["buffered", "incremental"])
def test_sync_stream_is_restored_through_a_pause(paused: list[int], mode: str) -> None:
    ctx = Context()
    chunks = guarded(stream, pipeline=_pipeline(stream_mode=mode))(PROMPT, guard_ctx=ctx)
    answer = "".join(chunks)
    assert paused  # incremental: the restorer's own decision on the whole answer
    _assert_restored(answer, ctx)


@pytest.mark.parametrize("mode", ["buffered", "incremental"])
def test_async_stream_is_restored_through_a_pause(paused: list[int], mode: str) -> None:
    ctx = Context()
    fn = guarded(astream, pipeline=_pipeline(stream_mode=mode))

    async def consume() -> str:
        return "".join([c async for c in fn(PROMPT, guard_ctx=ctx)])

    answer = asyncio.run(consume())
    assert paused
    _assert_restored(answer, ctx)


class Signed:
    """Re-asks an answer without a signature (the re-asked answer passes)."""

    name = "signed"

    def __call__(self, text: str, ctx: Context) -> Decision:
        return Decision.allow() if "signed" in text else Decision.reask("sign it")


def _signed_once(prompt: str) -> str:
    return ANSWER + (" signed" if "sign it" in prompt else "")


def _signed_stream(prompt: str) -> Iterator[str]:
    yield from (_signed_once(prompt)[k:k + 5] for k in range(0, 60, 5))


@pytest.mark.parametrize("fn", [_signed_once, _signed_stream], ids=["plain", "stream"])
def test_reasked_answer_is_restored_through_a_pause(paused: list[int],
                                                     fn: Callable[[str], Any]) -> None:
    ctx = Context()
    out = guarded(fn, pipeline=_pipeline(Signed(), max_reasks=1))(PROMPT, guard_ctx=ctx)
    answer = out if isinstance(out, str) else "".join(out)
    assert ctx.reasks == 1 and paused
    _assert_restored(answer, ctx, RESTORED + " signed")


async def _asigned_once(prompt: str) -> str:
    await asyncio.sleep(0)
    return _signed_once(prompt)


async def _asigned_stream(prompt: str) -> AsyncIterator[str]:
    for chunk in _signed_stream(prompt):
        await asyncio.sleep(0)
        yield chunk


@pytest.mark.parametrize("streamed", [False, True], ids=["plain", "stream"])
def test_async_reasked_answer_is_restored_through_a_pause(paused: list[int],
                                                           streamed: bool) -> None:
    ctx = Context()
    p = _pipeline(Signed(), max_reasks=1)

    async def run() -> str:
        if streamed:
            return "".join([c async for c in guarded(_asigned_stream, pipeline=p)(
                PROMPT, guard_ctx=ctx)])
        return await guarded(_asigned_once, pipeline=p)(PROMPT, guard_ctx=ctx)

    answer = asyncio.run(run())
    assert ctx.reasks == 1 and paused
    _assert_restored(answer, ctx, RESTORED + " signed")


def test_tool_call_arguments_are_restored_through_a_pause(paused: list[int]) -> None:
    ctx = Context()
    reply = tool_call_answer("send_mail", {"to": "<EMAIL_ADDRESS_1>"})

    def chat(messages: list[dict[str, Any]]) -> Any:
        return reply

    guarded(chat, pipeline=_pipeline())([{"role": "user", "content": PROMPT}], guard_ctx=ctx)
    assert paused
    assert ctx.tool_calls[0]["arguments"] == {"to": "ada@example.com"}
    d = _restore_decision(ctx.verdicts[-1])
    assert d.outcome == "ok" and d.data.get("tool_calls") is True


def test_a_budget_set_on_purpose_still_applies_and_its_overrun_is_visible(
        paused: list[int]) -> None:
    """With ``budget_ms`` given, a late restoration is the policy's timeout: fail-open, the
    placeholders stay and the verdict says so (degraded), never a plain pass."""
    ctx = Context()
    p = Pipeline(input=[step(PIIRedactor(ner="off", memo=0))],
                 output=[step(PIIRestorer(), budget_ms=1000)])
    answer = guarded(complete, pipeline=p)(PROMPT, guard_ctx=ctx)
    assert answer == ANSWER
    v = ctx.verdicts[-1]
    d = _restore_decision(v)
    assert (d.action, d.outcome, d.data["fail_mode"]) == ("allow", "timeout", "open")
    assert v.degraded and "1000 ms budget" in d.reason


def test_a_budget_set_on_purpose_can_fail_closed(paused: list[int]) -> None:
    from guardwire.exceptions import OutputBlocked

    ctx = Context()
    p = Pipeline(input=[PIIRedactor(ner="off", memo=0)],
                 output=[step(PIIRestorer(), budget_ms=1000, on_timeout="closed")])
    with pytest.raises(OutputBlocked) as err:
        guarded(complete, pipeline=p)(PROMPT, guard_ctx=ctx)
    assert err.value.verdict.blocking is not None
    assert err.value.verdict.blocking.guard == "pii_restore"
