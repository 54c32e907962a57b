"""An async stream abandoned after ``break`` (not consumed, not closed) must not touch the
next call that reuses its Context.

Dropping the stream ends its call at once (the vault is cleared, the Context is free), but
Python closes the abandoned async generator only on a later turn of the event loop. That late
close used to end the call *again*, by then the next call on the same Context: it cleared that
call's vault while its model was answering (the user got ``<EMAIL_ADDRESS_1>`` instead of the
address), put the old stream's "ended early" verdict into the new call's ``ctx.verdicts``, and
marked the Context free while the new call still ran.
"""

from __future__ import annotations

import re

import anyio
import pytest

from guardwire import Context, Pipeline, guarded
from guardwire.guards.pii import PIIRedactor
from guardwire.testing import FakeLLM, capture_verdicts

pytestmark = pytest.mark.anyio


def _echo(prompt: str) -> str:
    """A model that writes back the placeholder it was given."""
    m = re.search(r"<[A-Z_]+_\d+>", prompt)
    return f"Sure, I will write to {m.group(0) if m else 'nobody'} today."


def _pipeline() -> Pipeline:
    return Pipeline(input=[PIIRedactor(ner="off")], stream_mode="incremental")


async def _abandon_a_stream(p: Pipeline, ctx: Context) -> None:
    stream = guarded(FakeLLM(_echo, chunk_size=5).astream, pipeline=p)
    async for _chunk in await stream("Please mail ana.lima@example.com", guard_ctx=ctx):
        break  # the stream object is dropped here, without aclose()


async def test_the_next_call_on_the_context_keeps_its_vault_and_verdicts() -> None:
    p, ctx = _pipeline(), Context()
    await _abandon_a_stream(p, ctx)
    ask = guarded(FakeLLM(_echo, delay_s=0.02).acomplete, pipeline=p)  # the loop turns here
    with capture_verdicts(all_threads=True) as everywhere:
        answer = await ask("Please mail bob@example.com", guard_ctx=ctx)
    assert answer == "Sure, I will write to bob@example.com today."
    assert [v.summary() for v in ctx.verdicts] == ["input pii:rewrite",
                                                   "output pii_restore:rewrite"]
    # the abandoned stream is still recorded (spans, metrics, captures), just not in this call
    ended = [d for v in everywhere for d in v.decisions if d.data.get("interrupted")]
    assert len(ended) == 1 and "closed the stream" in ended[0].reason
    assert ended[0].data["shown_chars"] > 0


async def test_the_context_stays_busy_while_the_next_call_runs() -> None:
    p, ctx = _pipeline(), Context(keep_vault=True)
    await _abandon_a_stream(p, ctx)
    ask = guarded(FakeLLM(_echo, delay_s=0.05).acomplete, pipeline=p)
    errors: list[BaseException] = []

    async def second_user_of_the_context() -> None:
        await anyio.sleep(0.02)  # the first call is waiting for its model by now
        try:
            await ask("hi", guard_ctx=ctx)
        except RuntimeError as exc:
            errors.append(exc)

    async with anyio.create_task_group() as tg:
        tg.start_soon(second_user_of_the_context)
        answer = await ask("Please mail bob@example.com", guard_ctx=ctx)
    assert answer == "Sure, I will write to bob@example.com today."
    assert len(errors) == 1 and "in use by a guarded call" in str(errors[0])
    assert not ctx._in_call
    assert dict(ctx.vault.items()) == {"<EMAIL_ADDRESS_1>": "ana.lima@example.com",
                                       "<EMAIL_ADDRESS_2>": "bob@example.com"}
