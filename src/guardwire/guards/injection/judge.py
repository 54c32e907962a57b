"""The optional second opinion for uncertain classifier scores.

A judge is any callable ``judge(text) -> bool | float`` (or an awaitable of one): ``True`` or a
probability ≥ 0.5 means "injection". It can also be given as ``"package.module:function"`` (for
route files). It runs under its own :class:`~guardwire.Policy`: ``budget_ms`` is enforced with
``anyio.fail_after``; a timeout or an exception never escapes, it becomes a
:class:`JudgeResult` whose outcome the judge policy turns into allow (``open``) or block
(``closed``). A sync judge runs on the guard's own bounded threads (``GuardThreads``, never
anyio's default pool, which the application's ``to_thread`` work shares): a hung judge holds
at most ``JUDGE_THREADS`` threads, then later calls fail at once as a judge error.
"""

from __future__ import annotations

import inspect
import numbers
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Literal, Union, cast

from ..._dotted import import_dotted
from ..._policy import Policy
from ..._threads import GuardThreads, ThreadsExhausted
from ...exceptions import ConfigError

JudgeAnswer = Union[bool, float]
Judge = Callable[[str], Union[JudgeAnswer, Awaitable[JudgeAnswer]]]

DEFAULT_JUDGE_POLICY = Policy(budget_ms=2000, on_error="open", on_timeout="open")
JUDGE_THREADS = 8  # threads a sync judge may hold per guard instance (hung ones included)


@dataclass(frozen=True, slots=True)
class JudgeResult:
    outcome: Literal["ok", "timeout", "error"]
    score: float | None = None
    error: str = ""


def resolve_judge(judge: object) -> Judge | None:
    """Accept a callable, a ``"module:attr"`` path, or ``None``; anything else is a ConfigError."""
    if judge is None:
        return None
    if isinstance(judge, str):
        judge = import_dotted(judge, path="judge", what="package.module:function")
    if not callable(judge):
        raise ConfigError(f"must be callable, got {type(judge).__name__}", path="judge")
    return cast(Judge, judge)


def _as_score(answer: object) -> float:
    if isinstance(answer, bool) or getattr(getattr(answer, "dtype", None), "kind", "") == "b":
        return 1.0 if answer else 0.0
    if isinstance(answer, numbers.Real) and 0.0 <= float(answer) <= 1.0:  # numpy floats too
        return float(answer)
    raise TypeError(f"judge returned {answer!r}; expected a bool or a probability in [0, 1]")


async def ask_judge(judge: Judge, text: str, policy: Policy,
                    threads: GuardThreads) -> JudgeResult:
    """Call ``judge`` under ``policy.budget_ms`` (a sync judge on ``threads``); never raises
    (except cancellation)."""
    import anyio

    async def call() -> object:
        if inspect.iscoroutinefunction(judge) or inspect.iscoroutinefunction(
                getattr(judge, "__call__", None)):  # noqa: B004
            return await cast(Awaitable[object], judge(text))
        # a blocking judge must not hold the event loop (nor an app thread) past its budget
        answer: object = await threads.run(judge, text)
        if inspect.isawaitable(answer):
            answer = await answer
        return answer

    try:
        if policy.budget_ms is None:
            answer = await call()
        else:
            with anyio.fail_after(policy.budget_ms / 1000.0):
                answer = await call()
        return JudgeResult("ok", _as_score(answer))
    except TimeoutError:
        return JudgeResult("timeout", error=f"judge exceeded {policy.budget_ms:g} ms")
    except ThreadsExhausted as exc:  # every thread still runs a judge that overran
        return JudgeResult("error", error=f"ThreadsExhausted: {exc}")
    except Exception as exc:  # the judge is third-party code: contain everything
        return JudgeResult("error", error=f"{type(exc).__name__}: {exc}")
