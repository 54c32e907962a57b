"""Audit 19: a KeyboardInterrupt (any BaseException) raised by an output guard's
``start_stream(ctx)`` escaped before the stream's clean-up was armed: the call never ended,
so the PII vault kept the user's value, the model's stream was left open, and the Context
stayed "in use" for good (every later call with it: RuntimeError)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator

import pytest

from guardwire import Context, Decision, Pipeline, guarded
from guardwire.guards.pii import PIIRedactor


class Stop(BaseException):
    pass


class StartFails:
    name = "start_fails"

    def __init__(self, exc: BaseException) -> None:
        self.exc = exc

    def __call__(self, text: str, ctx: Context) -> Decision:
        return Decision.allow()

    def start_stream(self, ctx: Context) -> object:
        raise self.exc


@pytest.mark.parametrize("exc", [KeyboardInterrupt(), Stop()])
def test_sync_stream(exc: BaseException) -> None:
    closed: list[bool] = []

    def answer(prompt: str) -> Iterator[str]:
        def chunks() -> Iterator[str]:
            try:
                yield "Write to <EMAIL_ADDRESS_1>"
            finally:
                closed.append(True)
        it = chunks()
        next(it)  # started: a provider stream with its connection open
        return it

    p = Pipeline(input=[PIIRedactor(ner="off")], output=[StartFails(exc)],
                 stream_mode="incremental")  # start_stream is called in incremental mode
    ctx = Context()
    stream = guarded(answer, pipeline=p)("mail ana.lima@example.com", guard_ctx=ctx)
    with pytest.raises(type(exc)):
        list(stream)
    assert len(ctx.vault) == 0
    assert closed == [True]
    again = guarded(lambda prompt: "ok", pipeline=Pipeline())("hi", guard_ctx=ctx)
    assert again == "ok"  # the Context is free


def test_async_stream() -> None:
    async def chunks() -> AsyncIterator[str]:
        yield "Write to <EMAIL_ADDRESS_1>"

    async def answer(prompt: str) -> AsyncIterator[str]:
        return chunks()

    p = Pipeline(input=[PIIRedactor(ner="off")], output=[StartFails(Stop())],
                 stream_mode="incremental")
    ctx = Context()

    async def main() -> str:
        stream = await guarded(answer, pipeline=p)("mail ana.lima@example.com", guard_ctx=ctx)
        with pytest.raises(Stop):
            async for _ in stream:
                pass
        assert len(ctx.vault) == 0

        async def fine(prompt: str) -> str:
            return "ok"
        return await guarded(fine, pipeline=Pipeline())("hi", guard_ctx=ctx)

    assert asyncio.run(main()) == "ok"
    assert len(ctx.vault) == 0
