"""``assert_stream_consistent``: the contract of a per-chunk guard, checked offline.

The pipeline relies on ``"".join(feed(c) for c in chunks) + flush()`` being what the guard's
``__call__`` makes of the joined text (docs/streaming.md): a processor that forgets to hold
back a tail shows a word split across two chunks unmasked, or a placeholder unrestored.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from typing import Any

from ._context import Context
from ._decision import Decision

_SIZES = (1, 2, 3, 5, 8, 13)


def _whole(guard: Any, text: str, ctx: Context) -> str:
    result = guard(text, ctx)
    if inspect.isawaitable(result):
        from ._event_loops import run_coroutine_sync

        awaitable = result
        result = run_coroutine_sync(lambda: awaitable)
    if not isinstance(result, Decision):
        raise AssertionError(f"the guard returned {type(result).__name__}, expected a Decision")
    if result.action == "rewrite" and isinstance(result.text, str):
        return result.text
    if result.action in ("block", "reask"):  # nothing to compare the stream with
        raise AssertionError(f"the guard blocks this text ({result.action}: {result.reason}), "
                             "so there is no whole-text result to compare the stream with; "
                             "give a text it lets through (a blocked stream ends with "
                             "OutputBlocked whatever the processor let out)")
    return text


def _streamed(guard: Any, text: str, ctx: Context, size: int) -> str:
    proc = guard.start_stream(ctx)
    if proc is None:
        raise AssertionError("start_stream() returned None, expected a processor")
    for method in ("feed", "flush"):
        if not callable(getattr(proc, method, None)):
            raise AssertionError(f"the processor start_stream() returned "
                                 f"({type(proc).__name__}) has no {method}() method; it needs "
                                 "feed(text) -> str and flush() -> str")
    out: list[str] = []
    for i in range(0, len(text), size):
        got = proc.feed(text[i:i + size])
        if not isinstance(got, str):
            raise AssertionError(f"feed() returned {type(got).__name__}, expected a str")
        out.append(got)
    rest = proc.flush()
    if not isinstance(rest, str):
        raise AssertionError(f"flush() returned {type(rest).__name__}, expected a str")
    return "".join(out) + rest


def assert_stream_consistent(guard: Any, text: str, *, chunk_sizes: Iterable[int] = _SIZES,
                             make_ctx: Callable[[], Context] = Context) -> None:
    """Feed ``text`` to ``guard.start_stream(ctx)`` in chunks of each size in ``chunk_sizes``
    and check that what comes out (``feed`` results, then ``flush()``) equals what the guard
    makes of the whole text (a rewrite's text, else the text unchanged). Each run, streamed
    or whole, gets a fresh Context from ``make_ctx`` (give it the vault or metadata the guard
    reads). Raises ``AssertionError`` naming the chunk size and both texts."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if not callable(getattr(guard, "start_stream", None)):
        raise AssertionError(f"{type(guard).__name__} has no start_stream(ctx) method")
    sizes = list(chunk_sizes)
    if not sizes:  # else it would pass having compared nothing
        raise ValueError("chunk_sizes is empty: give at least one chunk size")
    expected = _whole(guard, text, make_ctx())
    for size in sizes:
        if size < 1:
            raise ValueError(f"chunk sizes must be at least 1, got {size}")
        got = _streamed(guard, text, make_ctx(), size)
        if got != expected:
            raise AssertionError(f"streamed in chunks of {size} characters, the guard gave\n"
                                 f"  {got!r}\nbut for the whole text\n  {expected!r}")
