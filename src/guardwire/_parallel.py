"""Parallel groups: non-rewriting steps run concurrently (the cost of the slowest)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ._context import Context
from ._decision import Decision
from ._event_loops import run_coroutine_sync
from ._steps import Step

if TYPE_CHECKING:
    from ._tracing import LiveStage


@dataclass(frozen=True)
class Parallel:
    """A group of non-rewriting guards run concurrently: it costs the slowest, not the sum."""

    steps: tuple[Step, ...]

    async def run_async(self, text: str, ctx: Context, live: LiveStage | None = None,
                        first: int = 0, starts: Sequence[int] = ()) -> list[Decision]:
        """``live``: the stage's open spans; member ``i``'s span is at position
        ``first + i``, started at ``starts[i]``."""
        import anyio

        results: list[Decision | None] = [None] * len(self.steps)
        fatal: list[BaseException] = []
        cancelled = anyio.get_cancelled_exc_class()

        async def one(i: int, s: Step, scope: anyio.CancelScope) -> None:
            try:
                if live is None:
                    d = await s.run_async(text, ctx, threaded=True)
                else:
                    d = await live.arun(first + i, s.name, starts[i], s.run_async, text, ctx,
                                        threaded=True)
                results[i] = _no_rewrite(s, d)
            except cancelled:
                raise
            except BaseException as exc:  # guard errors are decisions: this is KeyboardInterrupt,
                fatal.append(exc)  # SystemExit or the app's own: re-raised below, in the caller's
                scope.cancel()  # task (from a task, asyncio lets KeyboardInterrupt end the loop)

        async with anyio.create_task_group() as tg:
            for i, s in enumerate(self.steps):
                tg.start_soon(one, i, s, tg.cancel_scope)
        if fatal:
            raise fatal[0]
        done = [d for d in results if d is not None]
        if len(done) < len(results):  # a member raised CancelledError itself: the group took
            raise cancelled()         # it for that task's own cancellation; propagate it
        return done

    def run_sync(self, text: str, ctx: Context) -> list[Decision]:
        return run_coroutine_sync(lambda: self.run_async(text, ctx))


def _no_rewrite(s: Step, d: Decision) -> Decision:
    if d.action != "rewrite":
        return d
    return s._failure("error", "a guard in a parallel group may not rewrite", d.elapsed_ms,
                      exception="ValueError")


Entry = Step | Parallel
