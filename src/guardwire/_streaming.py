"""Output guards over streamed answers.

Two modes, chosen per route (``stream_mode``):

- ``buffered`` (default): nothing is shown until the whole answer has passed the output
  stage; then the guarded text comes out as one chunk (trailing non-text chunks, such as a
  final chunk carrying the finish reason, follow it), or one per text block when the answer
  had several (Anthropic: text, tool_use, text; see :mod:`guardwire._stream_blocks`). A
  re-ask is made by calling the model again (:mod:`guardwire._stream_drive`).
- ``incremental``: text flows as it arrives through the guards that can work chunk by chunk
  (``start_stream``: PII restoration, slot fill) with a bounded holdback; guards that need the
  whole answer (schema, citations, time phrases…) run at the end. If they block, the stream
  ends with ``OutputBlocked`` (never silent truncation); if they append text (machine-added
  citations), the addition comes out as a final chunk.

In ``monitor`` (and ``off``) mode chunks pass through untouched as they arrive and the
output stage runs on the whole answer at the end, only to be recorded.

Both share :class:`_StreamRun`; the sync and async iterators (:mod:`guardwire._stream_drive`)
only differ in how they pull.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ._context import CallScope, Context
from ._decision import Decision, Verdict
from ._guard import StreamProcessor
from ._parallel import Entry, Parallel
from ._steps import Step
from ._stream_blocks import split_like
from ._stream_tracked import _ProcessorBlocked, _Tracked
from ._tool_stream import StreamedCalls, ToolArgsRun
from .exceptions import OutputBlocked, RepairFailed

if TYPE_CHECKING:
    from ._adapters import BaseAdapter
    from ._pipeline import Pipeline


class CannedAnswer(Exception):
    """A buffered stream's block answered with the route's ``block_response`` that cannot be
    written into the stream's own text chunk (the answer had none, or a tool call, which must
    not go out): the drive streams the adapter's canned answer instead."""


@dataclass(frozen=True)
class StreamCorrection:
    """The last item of an incremental stream whose end-of-stream guards rewrote text that was
    already shown (e.g. citations inserted mid-answer). ``text`` is the whole corrected answer
    (placeholders restored); ``verdict`` is the output Verdict. A UI replaces what it showed."""

    text: str
    verdict: Verdict


class _StreamRun:
    def __init__(self, p: Pipeline, adapter: BaseAdapter, ctx: Context,
                 hold: bool = False) -> None:
        self.p, self.adapter, self.ctx = p, adapter, ctx
        # buffered: a re-asked answer (hold) lets nothing out before its verdict (``pre``:
        # its chunks before the text, less the opening ones the first answer let out);
        # ``committed``: a chunk other than an opening one went out, so no re-ask
        self.hold, self.committed = hold, False
        self.pre: list[Any] = []
        self.openers = 0  # opening chunks let out (a canned answer does not repeat them)
        self.incremental = p.mode == "enforce" and p.stream_mode == "incremental"
        # monitor/off never change the answer: chunks flow untouched, guards run at the end
        self.passthrough = p.mode != "enforce"
        inc_steps = [s for s in p.steps("output") if callable(getattr(s.guard, "start_stream",
                                                                        None))]
        self.inc_steps = inc_steps if self.incremental else []
        self.whole: tuple[Entry, ...] = (
            _without(p.output, set(map(id, inc_steps))) if self.incremental else p.output)
        self.tracked = [_Tracked(s, ctx) for s in self.inc_steps]
        self.raw: list[str] = []
        self.shown = 0  # characters of answer text let out before the end-of-stream verdict
        self.template: Any = None  # the last text chunk
        self.first: Any = None  # and the first one (see _emit)
        # buffered: the text blocks (Anthropic: text, tool_use, text), each with its first and
        # last text chunk, where its text starts in the answer and where it goes in trailing
        self.blocks: list[_Block] = []
        self.block_open = False
        self.trailing: list[Any] = []
        # incremental: the chunk with the finish reason and those after it (usage chunk,
        # message_stop) wait until the held-back text (flushed) and the verdict's additions
        self.ended = self.flushed = False
        # tool-call argument fragments through guards that rewrite them (PII restore)
        self.args = None if self.passthrough else ToolArgsRun.for_stream(
            list(p.steps("output")), adapter, ctx)
        self.args_failure: Decision | None = None
        # the answer's tool calls (ctx.tool_calls for the output stage); buffered: once one
        # started, every chunk waits for the verdict, so a block stops the call
        self.calls = StreamedCalls(adapter)
        self.tooling = False
        # a re-asked answer's reported token counts, for the pipeline's reask_budget_tokens
        read = getattr(adapter, "chunk_usage", None)
        self.read_usage = read if hold and p.reask_budget_tokens is not None else None
        self.usage: dict[str, int] = {}
        # incremental: the whole-answer guards' text, and their addition or correction as the
        # per-chunk guards made it (or the Decisions of those that failed on it)
        self.whole_text = ""
        self.pending: str | tuple[Decision, ...] = ""

    def check_start(self) -> None:
        """Raise _ProcessorBlocked if a fail-closed per-chunk guard could not start."""
        if any(t.blocks for t in self.tracked):
            raise _ProcessorBlocked("a per-chunk guard could not start")

    def _processed(self, text: str) -> str | tuple[Decision, ...]:
        """End-of-stream text (an appended tail or a whole correction) through fresh per-chunk
        processors, under their guards' policies like the stream itself: fail-open passes
        the text on unprocessed; fail-closed gives the failed guards' Decisions, which
        :meth:`_process` records as a block after the stream's verdict."""
        procs = [_Tracked(s, self.ctx) for s in self.inc_steps]
        try:
            if any(t.blocks for t in procs):
                raise _ProcessorBlocked("a per-chunk guard could not start")
            return self._flush(procs, text)
        except _ProcessorBlocked:
            return tuple(t.decision() for t in procs if t.blocks)

    def _process(self, done: str | tuple[Decision, ...]) -> str:
        if isinstance(done, str):
            return done
        verdict = self.p.run_stage_sync("output", "".join(self.raw), self.ctx, entries=(),
                                        prefix=done)
        raise OutputBlocked(verdict) from None

    def shown_verdict(self, verdict: Verdict) -> Verdict:
        """The end-of-stream verdict of an incremental stream with the text its user got
        (the per-chunk guards' output, and what the whole-answer guards added or corrected,
        through them), ``original`` staying the model's answer: its text was the raw answer,
        so ``rewritten`` was False for a stream whose placeholders were restored. The
        whole-answer guards' own text is kept for :meth:`verdict_chunks`."""
        self.whole_text, full = verdict.text, "".join(self.raw)
        if not self.incremental or verdict.blocked:
            return verdict
        text = "".join(self.tracked[-1].let_out) if self.tracked else full
        if verdict.text != full:
            tail = verdict.text.startswith(full)
            self.pending = self._processed(verdict.text[len(full):] if tail else verdict.text)
            if not isinstance(self.pending, str):  # a block is recorded next
                return verdict
            text = text + self.pending if tail else self.pending
        return replace(verdict, text=text)

    def _textless(self, chunks: list[Any]) -> list[Any]:
        """Chunks without answer text: now, or after the answer when it is held back."""
        if self.incremental or (self.template is None and not self.tooling):
            return self._early(chunks)
        self.trailing.extend(chunks)
        return []

    def _early(self, chunks: list[Any]) -> list[Any]:
        """Buffered: the chunks that go out before the verdict (those before the text)."""
        if self.incremental or self.passthrough or not chunks:
            return chunks
        opens = getattr(self.adapter, "opens_answer", None)  # optional for duck-typed ones
        if self.hold:
            self.pre.extend(c for c in chunks if not (opens is not None and opens(c)))
            return []
        if opens is None or not all(map(opens, chunks)):
            self.committed = True
        self.openers += sum(1 for c in chunks if opens is not None and opens(c))
        return chunks

    def can_reask(self) -> bool:
        """A buffered stream that let out only opening chunks: nothing to take back."""
        return not (self.incremental or self.passthrough or self.committed)

    def again(self) -> _StreamRun:
        """The run for the re-asked answer's stream."""
        run = _StreamRun(self.p, self.adapter, self.ctx, hold=True)
        run.openers = self.openers
        return run

    def on_chunk(self, chunk: Any) -> list[Any]:
        """Chunks to emit now for one incoming chunk."""
        reason = self.adapter.finish_reason(chunk)
        if reason is not None:
            self.ctx.finish_reason = reason
        text = self.adapter.chunk_text(chunk)
        if self.read_usage is not None:
            self.usage.update(self.read_usage(chunk) or {})
        if self.calls.on_chunk(chunk) and not self.incremental:
            self.tooling = True
        if self.passthrough:
            if text is not None:
                self.raw.append(text)
                self.shown += len(text)
            return [chunk]
        before: list[Any] = []
        args = self.args
        if args is not None:
            *before, chunk = self._args(lambda: args.on_chunk(chunk))
        if self.incremental and text is None and self.adapter.ends_text(chunk, self.template):
            before = [*before, *self._emit(self._flush(self.tracked))]  # its block's held text
        if self.incremental and text is None and (self.ended or reason is not None):
            self.ended = True
            self.trailing.extend([*before, chunk])
            return []
        if text is None:
            if not self.incremental and self.adapter.ends_text(chunk, self.template):
                self.block_open = False
            return self._textless([*before, chunk])
        before = self._textless(before)
        if not self.incremental:
            if not self.block_open:
                self.block_open = True
                self.blocks.append(_Block(chunk, sum(map(len, self.raw)), len(self.trailing)))
            self.blocks[-1].last = chunk
        self.raw.append(text)
        self.template, self.first = chunk, chunk if self.first is None else self.first
        if not self.incremental:
            return before
        for t in self.tracked:
            text = t.feed(text)
        if reason is not None and not self.ended:  # the last text shares the finish chunk
            self.ended = self.flushed = True
            text += self._flush(self.tracked)
            self.shown += len(text)
            return [*before, self.adapter.with_chunk_text(chunk, text)]
        self.shown += len(text)
        return [*before, self.adapter.with_chunk_text(chunk, text)] if text else before

    def _flush(self, procs: Iterable[StreamProcessor | _Tracked], text: str = "") -> str:
        for proc in procs:
            text = proc.feed(text) + proc.flush() if text else proc.flush()
        return text

    def _args(self, fn: Callable[[], list[Any]]) -> list[Any]:
        """Tool-call argument fragments through their processors. One that raises ends the
        stream with OutputBlocked whatever its guard's policy: the JSON would reach the client
        with a piece missing (before, the processor's own exception escaped the stream)."""
        t0 = time.perf_counter()
        try:
            return fn()
        except Exception as exc:
            step = next(s for s in self.p.steps("output")
                        if callable(getattr(s.guard, "start_args_stream", None)))
            d = step._error(exc, t0)
            self.args = None
            self.args_failure = Decision(
                "block", None, f"tool-call arguments: {d.reason}", None, d.guard, d.outcome,
                d.elapsed_ms, MappingProxyType({**d.data, "fail_mode": "closed",
                                                "tool_args": True, "streamed": True}))
            raise _ProcessorBlocked(d.reason) from None

    def whole_checks(self) -> list[tuple[_Tracked, str]]:
        """The per-chunk guards whose own decision on the whole text is still to be asked
        (they changed or flagged something), with the text each was fed."""
        return [(t, "".join(t.fed)) for t in self.tracked if t.needs_whole_check()]

    def decisions(self) -> tuple[Decision, ...]:
        """The per-chunk guards' Decisions, recorded with the end-of-stream verdict."""
        failed = (self.args_failure,) if self.args_failure is not None else ()
        return (*(t.decision() for t in self.tracked), *failed)

    def _emit(self, text: str, buffered: bool = False) -> list[Any]:
        if not text:
            return []
        if self.incremental:  # held-back text released (a block's end, the tail): shown too
            self.shown += len(text)
        last = self.template  # buffered: the adapter may pick the first text chunk instead
        return [self.adapter.with_chunk_text(
            self.adapter.buffered_text_chunk(self.first, last) if buffered else last, text)]

    def _buffered(self, full: str, text: str) -> list[Any]:
        """The guarded answer of a buffered stream, each text block's part in its block;
        all of it in the first text block when the answer came in one block, or when the
        guards rewrote text across blocks (see split_like)."""
        parts = split_like(full, [b.start for b in self.blocks[1:]], text) if len(
            self.blocks) > 1 else None
        if parts is None:
            return self._emit(text, buffered=True) + self.trailing
        out = list(self.trailing)
        for block, part in reversed(list(zip(self.blocks, parts, strict=True))):
            if part:
                out.insert(block.at, self.adapter.with_chunk_text(
                    self.adapter.buffered_text_chunk(block.first, block.last), part))
        return out

    def tail(self) -> list[Any]:
        """Held-back text at the end of the stream (incremental mode), and held-back
        tool-call argument fragments."""
        args = (self._textless(self._args(self.args.tail)) if self.args is not None
                else [])
        if not self.incremental or self.flushed:
            return args
        self.flushed = True
        return [*args, *self._emit(self._flush(self.tracked))]

    def verdict_chunks(self, verdict: Verdict) -> list[Any]:
        """What the end-of-stream verdict adds (or raise if it blocks)."""
        if self.passthrough:
            return []
        full = "".join(self.raw)  # a re-ask was made a block by the stage (streamed=True)
        if verdict.blocked:
            d = verdict.blocking
            if self.p.on_block == "respond" and not self.incremental:
                if self.tooling or self.template is None:
                    raise CannedAnswer(self.p.block_response)
                return [*self.pre, *self._emit(self.p.block_response, buffered=True),
                        *self.trailing]
            if d is not None and d.data.get("repair_failed"):
                raise RepairFailed(verdict, d.data.get("attempts", ()))
            raise OutputBlocked(verdict)
        if not self.incremental:
            return [*self.pre, *self._buffered(full, verdict.text)]
        whole = self.whole_text  # the whole-answer guards' text (shown_verdict)
        if whole != full and whole.startswith(full):
            return self._emit(self._process(self.pending)) + self.trailing
        if whole != full:
            corrected = self._process(self.pending)
            self.ctx.guard_state("stream")["corrected_text"] = corrected
            return [*self.trailing, StreamCorrection(corrected, verdict)]
        return self.trailing

    def interrupted(self, why: str, scope: CallScope) -> None:
        """Record the output verdict of a stream that ended before its output stage ran (the
        consumer closed it, its task was cancelled, the model's stream raised): the per-chunk
        guards' Decisions and the pipeline's note that the whole-answer guards did not run,
        degraded when answer text was already let out."""
        if self.p.mode == "off":
            return
        if not scope.current:  # finalized late, the Context already serves a later call:
            self.ctx = Context(route=self.ctx.route,  # record it (spans, metrics, captures)
                               config_version=self.ctx.config_version)  # but not in that call
        received = sum(map(len, self.raw))
        note = Decision.allow(f"the stream ended early ({why}) after {received} characters; "
                              "the whole-answer output guards did not run", interrupted=True,
                              shown_chars=self.shown, degraded=self.shown > 0)
        self.p.run_stage_sync("output", "".join(self.raw), self.ctx, entries=(), prefix=(
            *self.decisions(), note.stamped(guard="pipeline", elapsed_ms=0.0)))

    def end_stage(self) -> tuple[str, tuple[Entry, ...]]:
        self.ctx.tool_calls = self.calls.result()
        if self.hold and self.p.reask_budget_tokens is not None:
            self.ctx._reask_spent(sum(self.usage.values()) if self.usage else None)
        return "".join(self.raw), self.whole


@dataclass
class _Block:
    """One text block of a buffered stream."""

    first: Any
    start: int  # offset of its text in the whole answer
    at: int  # its place among the held-back chunks
    last: Any = None


def _without(entries: tuple[Entry, ...], drop: set[int]) -> tuple[Entry, ...]:
    out: list[Entry] = []
    for e in entries:
        if isinstance(e, Parallel):
            kept = tuple(s for s in e.steps if id(s) not in drop)
            if kept:
                out.append(Parallel(kept))
        elif isinstance(e, Step) and id(e) not in drop:
            out.append(e)
    return tuple(out)
