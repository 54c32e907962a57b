"""200 requests at once through one pipeline, half from threads and half from asyncio tasks,
each mixing a PII rewrite, a parallel group of a sync (threaded) and an async guard on both
stages, a re-ask, and plain, streamed and async-streamed answers: every request gets its own
answer, its own verdicts and its own Context facts, and no guard ever sees another request's
text or Context."""

from __future__ import annotations

import asyncio
import re
import threading
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from guardwire import Context, Decision, Pipeline, Verdict, guarded, parallel, step
from guardwire.guards.pii import PIIRedactor
from guardwire.testing import capture_verdicts

N = 200


def _id(text: str) -> int | None:
    m = re.search(r"req-(\d+)\b", text)
    return int(m.group(1)) if m else None


class SameRequest:
    """Blocks when the text names another request than the Context's (a sync or async guard)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.mismatches: list[tuple[int | None, object]] = []
        self._lock = threading.Lock()

    def check(self, text: str, ctx: Context) -> Decision:
        if _id(text) != ctx.metadata.get("id"):
            with self._lock:
                self.mismatches.append((_id(text), ctx.metadata.get("id")))
            return Decision.block("another request's text")
        return Decision.allow()


class SyncSame(SameRequest):
    def __call__(self, text: str, ctx: Context) -> Decision:
        return self.check(text, ctx)


class AsyncSame(SameRequest):
    async def __call__(self, text: str, ctx: Context) -> Decision:
        await asyncio.sleep(0)
        return self.check(text, ctx)


class NeedsSignature:
    """Re-asks an answer that is not signed with the request's own id."""

    name = "signed"

    def __call__(self, text: str, ctx: Context) -> Decision:
        if f"signed req-{ctx.metadata['id']}" in text:
            return Decision.allow()
        return Decision.reask(f"sign your answer with 'signed req-{ctx.metadata['id']}'")


def _answer(prompt: str) -> str:
    i = _id(prompt)
    sign = re.search(r"'(signed req-\d+)'", prompt)
    tail = f" {sign.group(1)}" if sign else ""  # the repaired answer carries the signature
    return f"Answer to req-{i}: mail <EMAIL_ADDRESS_1> today.{tail}"


def complete(prompt: str) -> str:
    return _answer(prompt)


def stream(prompt: str) -> Iterator[str]:
    text = _answer(prompt)
    for k in range(0, len(text), 7):
        yield text[k:k + 7]


async def acomplete(prompt: str) -> str:
    await asyncio.sleep(0)
    return _answer(prompt)


async def astream(prompt: str) -> AsyncIterator[str]:
    text = _answer(prompt)
    for k in range(0, len(text), 7):
        await asyncio.sleep(0)
        yield text[k:k + 7]


def _expected(i: int) -> str:
    return f"Answer to req-{i}: mail user{i}@example.com today. signed req-{i}"


def _check(i: int, answer: str, ctx: Context, verdicts: list[Verdict]) -> None:
    assert answer == _expected(i), [v.summary() for v in verdicts]  # which guard, if one
    assert ctx.reasks == 1 and ctx.original_input.startswith(f"req-{i} ")
    assert [v.stage for v in verdicts] == ["input", "output", "output"]
    assert [v.summary() for v in ctx.verdicts] == [v.summary() for v in verdicts]
    assert verdicts[1].reask is not None and f"req-{i}'" in (verdicts[1].reask.text or "")
    assert not verdicts[-1].blocked and not any(v.degraded for v in verdicts)


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_200_mixed_thread_and_task_requests_each_get_their_own_results(
        anyio_backend: str) -> None:
    # no gc.collect() first: a pause amid the requests (a gen-2 collection of a worker's big
    # heap) once left 2 answers unrestored, when pii_restore (the only step here without an
    # explicit budget that had one) had a 1,000 ms budget whose overrun dropped the restored
    # text; it has none now (tests/test_restore_s18.py), so a pause only delays answers
    guards = [SyncSame("same_in_sync"), AsyncSame("same_in_async"),
              SyncSame("same_out_sync"), AsyncSame("same_out_async")]
    redactor = PIIRedactor(ner="off")
    p = Pipeline(input=[step(redactor, budget_ms=120_000),
                        parallel([step(guards[0], budget_ms=120_000), guards[1]])],
                 output=[parallel([step(guards[2], budget_ms=120_000), guards[3]]),
                         NeedsSignature()],
                 stream_mode="buffered", max_reasks=1).warm()
    sync_fns = [guarded(complete, pipeline=p), guarded(stream, pipeline=p)]
    async_fns = [guarded(acomplete, pipeline=p), guarded(astream, pipeline=p)]
    start = threading.Barrier(N // 2 + 1)  # every thread waits until the tasks are scheduled
    failures: list[str] = []

    def prompt(i: int) -> str:
        return f"req-{i} please mail user{i}@example.com"

    def in_thread(i: int) -> None:
        start.wait()
        ctx = Context(metadata={"id": i})
        with capture_verdicts() as vs:
            out = sync_fns[i // 2 % 2](prompt(i), guard_ctx=ctx)
            answer = out if isinstance(out, str) else "".join(out)
        try:
            _check(i, answer, ctx, vs)
        except AssertionError as exc:
            failures.append(f"thread {i}: {exc}")

    async def in_task(i: int) -> None:
        ctx = Context(metadata={"id": i})
        with capture_verdicts() as vs:
            if i // 2 % 2:  # an async generator function's wrapper is one too
                answer = "".join([c async for c in async_fns[1](prompt(i), guard_ctx=ctx)])
            else:
                answer = await async_fns[0](prompt(i), guard_ctx=ctx)
        try:
            _check(i, answer, ctx, vs)
        except AssertionError as exc:
            failures.append(f"task {i}: {exc}")

    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=N // 2) as pool:
        threads = [loop.run_in_executor(pool, in_thread, i) for i in range(0, N, 2)]
        tasks = [asyncio.ensure_future(in_task(i)) for i in range(1, N, 2)]
        await loop.run_in_executor(None, start.wait)
        await asyncio.gather(*threads, *tasks)
    assert failures == []
    for g in guards:
        assert g.mismatches == [], g.name
