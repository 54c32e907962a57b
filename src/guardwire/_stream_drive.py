"""The sync and async iterators that run a streamed answer through the output stage
(:class:`guardwire._streaming._StreamRun` does the work per chunk; these only pull).

A buffered stream that let out nothing but its opening chunks (OpenAI's role chunk,
Anthropic's ``message_start``) can still be re-asked: when an output guard asks, ``again``
makes the repair call (streamed, like the first) and its answer is buffered and checked the
same way, up to the pipeline's ``max_reasks``. Its own opening chunks are dropped, so the
consumer sees one answer. Incremental and monitor streams, and a buffered one that already
let out a reasoning or thinking chunk, cannot take back what they showed: a re-ask there is a block
(``RepairFailed``, "re-ask is not available on a streamed answer").
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any

from ._context import CallScope, Context
from ._decision import Verdict
from ._flow import reask_prompt
from ._stream_tracked import _ProcessorBlocked
from ._streaming import CannedAnswer, _StreamRun
from .exceptions import OutputBlocked

if TYPE_CHECKING:
    from ._adapters import BaseAdapter
    from ._pipeline import Pipeline

# (the answer to repair, the repair request) -> the re-asked call's result (maybe awaitable)
Again = Callable[[str, str], Any]
# told the re-asked call's stream: the returned stream's SDK attributes (``response``) are now
# its, the request whose answer the consumer gets
Swapped = Callable[[Any], None]
# the route's canned answer as a stream of the SDK's chunks (maybe an async iterator)
Respond = Callable[[str], Any]


def _skip_openers(adapter: BaseAdapter, chunks: list[Any], sent: int) -> list[Any]:
    """A canned answer's chunks without the leading opening ones the stream already let out
    (OpenAI's role chunk, Anthropic's ``message_start``): the consumer sees one answer."""
    opens = getattr(adapter, "opens_answer", None)
    i = 0
    while opens is not None and i < min(sent, len(chunks)) and opens(chunks[i]):
        i += 1
    return chunks[i:]


def _listed(given: Any) -> list[Any]:
    """The canned answer's chunks; an adapter that answers with the text itself (a plain
    function's) gives one chunk, not one per character."""
    return [given] if isinstance(given, str | bytes) else list(given)


def _why(exc: BaseException, *, in_task: bool = False) -> str:
    if isinstance(exc, GeneratorExit):
        return "the consumer closed the stream"
    if in_task:
        import anyio

        try:
            if isinstance(exc, anyio.get_cancelled_exc_class()):
                return "the consuming task was cancelled"
        except Exception:  # no async library running (finalized outside its loop)
            pass
    return f"{type(exc).__name__} while streaming"


def _repair(verdict: Verdict, ctx: Context) -> str | None:
    """The repair request when the verdict asks for a re-ask (counted in ``ctx.reasks``)."""
    ask = verdict.reask
    if ask is None or ask.text is None or verdict.blocked:
        return None
    ctx._count_reask()
    return reask_prompt(verdict, ctx)


def _a_stream(adapter: BaseAdapter, result: Any) -> Any:
    if not adapter.is_stream(result):
        raise TypeError(f"the re-asked call returned a {type(result).__name__}, not a stream "
                        "like the first answer")
    return result


def stream_output(p: Pipeline, adapter: BaseAdapter, raw: Iterator[Any],
                  scope: CallScope, again: Again | None = None,
                  swapped: Swapped | None = None,
                  respond: Respond | None = None) -> Iterator[Any]:
    ctx = scope.ctx
    try:  # the per-chunk guards' start_stream() runs here: a KeyboardInterrupt (any
        run = _StreamRun(p, adapter, ctx)  # BaseException) from it used to keep the call,
    except BaseException:  # its vault and the Context, for good
        scope.end()
        _close(raw)
        raise
    recorded = False
    try:
        while True:
            try:
                run.check_start()
                for chunk in raw:
                    yield from run.on_chunk(chunk)
                yield from run.tail()
                full, whole = run.end_stage()
            except _ProcessorBlocked:  # recorded like any block; verdict_chunks raises it
                full, whole = "".join(run.raw), ()
            for tracked, fed in run.whole_checks():
                tracked.whole = tracked.step.run_sync(fed, ctx)
            reaskable = again is not None and run.can_reask()
            ctx._answers.append(full)  # a RepairFailed's attempts
            verdict = p.run_stage_sync("output", full, ctx, entries=whole,
                                       prefix=run.decisions(), streamed=not reaskable,
                                       shown=run.shown_verdict)
            recorded = True
            prompt = _repair(verdict, ctx) if reaskable else None
            if again is None or prompt is None:
                try:
                    out = run.verdict_chunks(verdict)
                except CannedAnswer as canned:
                    if respond is None:
                        raise OutputBlocked(verdict) from None
                    out = _skip_openers(adapter, _listed(respond(str(canned))), run.openers)
                yield from out
                return
            _close(raw)
            raw = _a_stream(adapter, again(full, prompt))
            if swapped is not None:
                swapped(raw)
            run, recorded = run.again(), False
    except BaseException as exc:
        if not recorded:
            run.interrupted(_why(exc), scope)
        raise
    finally:
        scope.end()
        _close(raw)


def _close(raw: Any) -> None:
    close = getattr(raw, "close", None)
    if callable(close):
        close()


async def astream_output(p: Pipeline, adapter: BaseAdapter, raw: AsyncIterator[Any],
                         scope: CallScope, again: Again | None = None,
                         swapped: Swapped | None = None,
                         respond: Respond | None = None) -> AsyncIterator[Any]:
    ctx = scope.ctx
    try:  # as in stream_output
        run = _StreamRun(p, adapter, ctx)
    except BaseException:
        scope.end()
        await _aclose(raw)
        raise
    recorded = False
    try:
        while True:
            try:
                run.check_start()
                async for chunk in raw:
                    for out in run.on_chunk(chunk):
                        yield out
                for out in run.tail():
                    yield out
                full, whole = run.end_stage()
            except _ProcessorBlocked:  # recorded like any block; verdict_chunks raises it
                full, whole = "".join(run.raw), ()
            for tracked, fed in run.whole_checks():
                tracked.whole = await tracked.step.run_async(fed, ctx)
            reaskable = again is not None and run.can_reask()
            ctx._answers.append(full)
            verdict = await p.run_stage_async("output", full, ctx, entries=whole,
                                              prefix=run.decisions(), streamed=not reaskable,
                                              shown=run.shown_verdict)
            recorded = True
            prompt = _repair(verdict, ctx) if reaskable else None
            if again is None or prompt is None:
                try:
                    outs = run.verdict_chunks(verdict)
                except CannedAnswer as canned:
                    if respond is None:
                        raise OutputBlocked(verdict) from None
                    given = respond(str(canned))
                    got = [c async for c in given] if isinstance(given, AsyncIterator) else _listed(
                        given)
                    outs = _skip_openers(adapter, got, run.openers)
                for out in outs:
                    yield out
                return
            await _aclose(raw)
            result = again(full, prompt)
            raw = _a_stream(adapter, await result if inspect.isawaitable(result) else result)
            if swapped is not None:
                swapped(raw)
            run, recorded = run.again(), False
    except BaseException as exc:
        if not recorded:
            run.interrupted(_why(exc, in_task=True), scope)
        raise
    finally:
        scope.end()  # first: a cancelled caller must not keep the vault
        await _aclose(raw)


async def _aclose(raw: Any) -> None:
    close = getattr(raw, "aclose", None) or getattr(raw, "close", None)
    if callable(close):
        closing = close()
        if inspect.isawaitable(closing):  # SDK AsyncStream.close() is a coroutine
            import anyio

            # shielded: under a cancelled scope (move_on_after, a task group) the close
            # would otherwise be cancelled at its first await and the stream left open
            with anyio.CancelScope(shield=True):
                await closing
