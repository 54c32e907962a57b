"""How a step turns what its guard did into a Decision: validating the guard's answer, and
the Decision of a failure (error, timeout, no thread left) that the step's policy chooses
(a mixin of :class:`guardwire._steps.Step`)."""

from __future__ import annotations

import time
from dataclasses import replace
from types import MappingProxyType
from typing import Any, get_args

from ._decision import Action, Decision, Outcome, malformed
from ._policy import Policy
from ._threads import GuardThreads

_ACTIONS: tuple[str, ...] = get_args(Action)
_OUTCOMES: tuple[str, ...] = get_args(Outcome)


class StepResults:
    """The Decisions of one step; ``Step`` provides the attributes below."""

    name: str
    policy: Policy
    threads: GuardThreads

    def _failure(self, outcome: Outcome, reason: str, elapsed_ms: float, **data: Any) -> Decision:
        mode = self.policy.on_timeout if outcome == "timeout" else self.policy.on_error
        action: Action = "allow" if mode == "open" else "block"
        return Decision(action, None, reason, None, self.name, outcome, elapsed_ms,
                        MappingProxyType({**data, "fail_mode": mode}))

    def _accept(self, result: object, t0: float) -> Decision:
        elapsed = (time.perf_counter() - t0) * 1000.0
        if not isinstance(result, Decision):
            return self._failure("error", f"guard returned {type(result).__name__}, "
                                 "expected a Decision", elapsed, exception="TypeError")
        if result.action not in _ACTIONS or result.outcome not in _OUTCOMES:
            bad = (f"action {result.action!r}, expected one of {', '.join(_ACTIONS)}"
                   if result.action not in _ACTIONS else
                   f"outcome {result.outcome!r}, expected one of {', '.join(_OUTCOMES)}")
            return self._failure("error", f"guard returned a Decision with {bad}", elapsed,
                                 exception="ValueError")
        bad_field = malformed(result)
        if bad_field:
            return self._failure("error", f"guard returned a Decision with {bad_field}", elapsed,
                                 exception="TypeError")
        if result.action in ("rewrite", "reask") and not isinstance(result.text, str):
            return self._failure("error", f"{result.action} decision without text", elapsed,
                                 exception="ValueError")
        if result.outcome != "ok":
            return self._reported(result, elapsed)
        return result.stamped(guard=self.name, elapsed_ms=elapsed)

    def _reported(self, d: Decision, elapsed: float) -> Decision:
        """A failure the guard reports itself (a Decision with outcome "error"/"timeout", such
        as one forwarded from another pipeline's verdict): its policy decides, as for an
        exception, so a fail-closed guard never passes a text on a failed check; a block
        stays a block."""
        mode = self.policy.on_timeout if d.outcome == "timeout" else self.policy.on_error
        if d.action != "block" and mode == "closed":
            reason = d.reason or f"guard reported outcome {d.outcome!r}"
            return Decision("block", None, reason, d.score, self.name, d.outcome, elapsed,
                            MappingProxyType({**d.data, "fail_mode": "closed"}))
        return replace(d, guard=self.name, elapsed_ms=elapsed, data=MappingProxyType(
            {**d.data, "fail_mode": "closed" if d.action == "block" else "open"}))

    def _error(self, exc: BaseException, t0: float) -> Decision:
        elapsed = (time.perf_counter() - t0) * 1000.0
        return self._failure("error", f"guard raised {type(exc).__name__}: {exc}", elapsed,
                             exception=type(exc).__name__)

    def _timeout(self, t0: float, *, abandoned: bool = False) -> Decision:
        elapsed = (time.perf_counter() - t0) * 1000.0
        reason = (f"guard exceeded its {self.policy.budget_ms:g} ms budget"
                  if self.policy.budget_ms is not None else "guard call cancelled")
        if not abandoned:
            return self._failure("timeout", reason, elapsed)
        n, limit = self.threads.abandoned, self.threads.limit
        return self._failure("timeout", f"{reason}; its thread is still running ({n} of its "
                             f"{limit} threads held by calls past their budget)", elapsed,
                             threads_left_running=n)

    def _exhausted(self, t0: float) -> Decision:
        """No thread can be had: every one is still running a call that overran its budget.
        The guard is not started; its timeout policy decides (it would only time out too)."""
        elapsed = (time.perf_counter() - t0) * 1000.0
        limit = self.threads.limit
        return self._failure("timeout", f"guard not started: all {limit} threads of the guard "
                             "are still running calls that exceeded their budget (a thread "
                             "cannot be stopped; see max_threads)", elapsed,
                             threads_exhausted=True, threads_left_running=limit)
