"""What a guard is, as the pipeline sees it.

A guard is any callable ``(text: str, ctx: Context) -> Decision`` (or an awaitable of one).
Optional attributes refine how the pipeline runs it; none is required:

- ``name: str``: the name in verdicts, spans and metrics (default: the function/class name).
- ``default_policy: Policy``: the guard type's own policy (else the pipeline's).
- ``cacheable: bool``: its Decision depends only on the text, so ``Policy.cache_ttl_s`` may
  reuse it. Default ``False``: caching a guard that reads the Context is refused.
- ``soft_budget: bool``: the guard's run time is bounded by its own design (linear scans,
  regex timeouts), so it runs inline and its budget is checked when it returns (a late answer
  becomes a timeout decision) instead of paying a worker-thread hop on every call. Such a
  guard can stop early: ``ctx.time_left()`` / ``ctx.out_of_time()`` tell it, during its run,
  what is left of its step's budget (docs/writing_guards.md, "Stopping at the deadline").
- ``run_in_thread: bool``: run this sync guard in a worker thread under async callers
  even without a budget (for slow, blocking guards).
- ``max_threads: int``: the most worker threads this guard uses at once (default 16); a
  timed-out call keeps its thread until the guard returns, so this also bounds what a hung
  guard leaves behind (then calls fail at once by the timeout policy).
- ``warm()``: load heavy things (models); the pipeline calls it once, before the first call
  and outside the guard's budget, so a cold start is not a timeout.
- ``output_companion() -> guard``: a guard to append to the output stage automatically
  (the PII redactor returns its restorer).
- ``start_stream(ctx) -> StreamProcessor``: the guard can work on a stream of output
  chunks incrementally (see :class:`IncrementalGuard`).
- ``on_exhausted``: ``"pass"`` makes a re-ask of this guard that cannot be made (the
  pipeline's ``max_reasks`` reached, a streamed answer) a degraded allow instead of the
  pipeline's block (``"raise"``, the default).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Protocol, Union, runtime_checkable

from ._context import Context
from ._decision import Decision

GuardResult = Union[Decision, Awaitable[Decision]]
Guard = Callable[[str, Context], GuardResult]


@runtime_checkable
class StreamProcessor(Protocol):
    """Incremental processing of one output stream.

    ``feed`` gets the next chunk and returns the text that is safe to show now (it may hold a
    bounded tail back); ``flush`` returns what was held back when the stream ends. Optionally,
    ``decision_data() -> dict`` says what it did (the whole-text guard's ``Decision.data``,
    e.g. the PII restorer's ``unknown_placeholders``): the pipeline merges it into the
    stream's Decision, which fires when any of its values is non-empty.
    """

    def feed(self, chunk: str) -> str: ...
    def flush(self) -> str: ...


@runtime_checkable
class IncrementalGuard(Protocol):
    """An output guard that can also process a stream chunk by chunk."""

    def start_stream(self, ctx: Context) -> StreamProcessor: ...


def guard_name(guard: object) -> str:
    name = getattr(guard, "name", None)
    if isinstance(name, str) and name:
        return name
    fn_name = getattr(guard, "__name__", None)
    if isinstance(fn_name, str):
        return fn_name
    return type(guard).__name__
