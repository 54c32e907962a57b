"""Streamed tool-call arguments through the output guards that can rewrite them.

A streamed answer carries tool-call arguments as JSON fragments (OpenAI
``delta.tool_calls[].function.arguments``, Anthropic ``input_json_delta.partial_json``). An
output guard with ``start_args_stream(ctx)`` (the PII restorer) returns a processor
(``feed(fragment) -> str``, ``flush() -> str``) for one tool call's fragments; it may hold a
few characters back (a placeholder split across fragments). :class:`ToolArgsRun` keeps one
processor per tool-call index (kept while other indices stream: parallel calls may
interleave), rewrites each chunk's fragments, and emits what a processor still holds as an
extra fragment just before the chunk that ends that tool call (a finish reason, Anthropic's
``content_block_stop``) or at the end of the stream, so a client that accumulates the
fragments sees the whole, restored JSON before it parses it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from ._context import Context
from ._toolcalls import parse_arguments

__all__ = ["ArgsProcessor", "StreamedCalls", "ToolArgsRun"]


class ArgsProcessor(Protocol):
    def feed(self, fragment: str) -> str: ...
    def flush(self) -> str: ...


class ToolArgsRun:
    """Per-stream state: one chain of processors per tool-call index."""

    def __init__(self, factories: list[Callable[[Context], ArgsProcessor]], adapter: Any,
                 ctx: Context) -> None:
        self.factories, self.adapter, self.ctx = factories, adapter, ctx
        self.chains: dict[int, list[ArgsProcessor]] = {}
        self.template: Any = None

    @staticmethod
    def for_stream(steps: list[Any], adapter: Any, ctx: Context) -> ToolArgsRun | None:
        factories = [s.guard.start_args_stream for s in steps
                     if callable(getattr(s.guard, "start_args_stream", None))]
        if not factories or not callable(getattr(adapter, "chunk_tool_args", None)):
            return None
        return ToolArgsRun(factories, adapter, ctx)

    def _chain(self, index: int) -> list[ArgsProcessor]:
        chain = self.chains.get(index)
        if chain is None:
            chain = self.chains[index] = [make(self.ctx) for make in self.factories]
        return chain

    def _flush(self, index: int) -> list[Any]:
        chain = self.chains.pop(index, None)
        if chain is None:
            return []
        text = ""
        for proc in chain:
            text = proc.feed(text) + proc.flush() if text else proc.flush()
        if not text or self.template is None:
            return []
        return [self.adapter.tool_args_chunk(self.template, index, text)]

    def on_chunk(self, chunk: Any) -> list[Any]:
        """``[held-back fragments of tool calls this chunk ends…, the chunk rewritten]``."""
        out: list[Any] = []
        ending = self.adapter.tool_args_end(chunk)
        for index in list(self.chains) if ending == "all" else ending:
            out.extend(self._flush(index))
        fragments = self.adapter.chunk_tool_args(chunk)
        if not fragments:
            return [*out, chunk]
        # no flush when another index shows up: parallel tool calls may interleave (0, 1, 0),
        # and a placeholder split across the switch must still be read whole; a call that is
        # done holds nothing (its JSON ended), so sequential calls lose nothing by waiting
        self.template = chunk
        new: dict[int, str] = {}
        for index, fragment in fragments:
            for proc in self._chain(index):
                fragment = proc.feed(fragment)
            new[index] = fragment
        return [*out, self.adapter.with_chunk_tool_args(chunk, new)]

    def tail(self) -> list[Any]:
        out: list[Any] = []
        for index in list(self.chains):
            out.extend(self._flush(index))
        return out


class StreamedCalls:
    """The tool calls of a streamed answer, put together from its chunks as the model sent
    them (the adapter's optional ``chunk_tool_calls(chunk)``: ``(index, id, name, fragment)``),
    for ``ctx.tool_calls`` before the output stage, as for an answer that is not streamed."""

    def __init__(self, adapter: Any) -> None:
        self.read = getattr(adapter, "chunk_tool_calls", None)
        self.calls: dict[int, list[Any]] = {}

    def on_chunk(self, chunk: Any) -> bool:
        """Take in ``chunk``; True when it carries a tool call."""
        parts = self.read(chunk) if self.read is not None else ()
        for index, id_, name, fragment in parts:
            call = self.calls.setdefault(index, [None, None, []])
            call[0] = call[0] if id_ is None else id_
            call[1] = call[1] if name is None else (call[1] or "") + name
            call[2].append(fragment)
        return bool(parts)

    def result(self) -> list[dict[str, Any]]:
        return [{"id": id_, "name": name,
                 "arguments": parse_arguments("".join(frags)) if any(frags) else {}}
                for _, (id_, name, frags) in sorted(self.calls.items())]
