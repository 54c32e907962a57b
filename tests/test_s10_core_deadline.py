"""A guard's deadline (docs/writing_guards.md, "Stopping at the deadline"): the step makes its
budget visible to the guard (``ctx.time_left()``, ``ctx.out_of_time()``) for the guard's run;
a guard told its budget is spent stops, and the step records the timeout it would have
recorded after a full run. The deadline's clock is replaced with a fake one here, so what the
guard is told does not depend on the machine's speed (no wall-clock asserts)."""

from __future__ import annotations

import threading
from typing import Any

import anyio
import pytest

from _deadline_kit import Tick
from guardwire import Context, Decision, Pipeline, _deadline, parallel, step


class Units:
    """Bounded CPU work in ``n`` units, checking its deadline before each (``obey``)."""

    soft_budget = True

    def __init__(self, n: int = 40, *, obey: bool = True, name: str = "units") -> None:
        self.n, self.obey, self.name = n, obey, name
        self.done = 0

    def __call__(self, text: str, ctx: Context) -> Decision:
        self.done = 0
        for _ in range(self.n):
            if self.obey and ctx.out_of_time():
                return Decision.allow("stopped at the deadline")
            self.done += 1
        return Decision.rewrite(text.upper(), "all units done")


def _run(guard: Any, budget_ms: float | None = 50, text: str = "some answer") -> Any:
    return Pipeline(output=[step(guard, budget_ms=budget_ms, on_timeout="open")]).check_output(
        text, Context())


def test_no_deadline_outside_a_step_nor_in_a_step_without_a_budget() -> None:
    seen: list[float | None] = []

    def guard(text: str, ctx: Context) -> Decision:
        seen.append(ctx.time_left())
        return Decision.allow()

    assert Context().time_left() is None and not Context().out_of_time()
    _run(guard, budget_ms=None)
    assert seen == [None]


def test_a_guard_sees_what_is_left_of_its_budget_and_only_during_its_run() -> None:
    seen: list[float | None] = []

    def guard(text: str, ctx: Context) -> Decision:
        seen.append(ctx.time_left())
        return Decision.allow()

    _run(guard, budget_ms=60_000)
    left = seen[0]
    assert left is not None and 0.0 < left <= 60.0
    assert Context().time_left() is None  # restored after the step


def test_a_guard_told_its_budget_is_spent_stops_at_the_first_check(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_deadline, "clock", Tick(1000.0))  # each read: 1000 s later
    g = Units()
    verdict = _run(g)
    d = verdict.decisions[0]
    assert g.done == 0
    assert (d.action, d.outcome, d.data["fail_mode"]) == ("allow", "timeout", "open")
    assert d.reason == "guard exceeded its 50 ms budget"
    assert verdict.degraded and verdict.text == "some answer" and not verdict.rewritten


def test_a_clock_running_out_midway_stops_the_guard_midway(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_deadline, "clock", Tick(0.001))  # 1 ms per read, 50 ms budget
    g = Units(n=400)
    d = _run(g).decisions[0]
    assert 0 < g.done < 400 and d.outcome == "timeout"


def test_within_its_budget_the_guard_runs_every_unit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_deadline, "clock", Tick(0.0))  # time stands still
    g = Units()
    verdict = _run(g)
    assert g.done == g.n and verdict.decisions[0].outcome == "ok"
    assert verdict.text == "SOME ANSWER"


def test_a_guard_that_ignores_its_deadline_works_as_before(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_deadline, "clock", Tick(1000.0))
    g = Units(obey=False)
    verdict = _run(g, budget_ms=60_000)  # never asks: only its real run time counts
    assert g.done == g.n and verdict.decisions[0].outcome == "ok"
    late = _run(Units(obey=False), budget_ms=1e-6)  # past its budget: a timeout, as before
    assert late.decisions[0].outcome == "timeout" and late.text == "some answer"


def test_stopping_by_raising_once_told_is_a_timeout_not_an_error(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def guard(text: str, ctx: Context) -> Decision:
        if ctx.out_of_time():
            raise RuntimeError("out of time")
        raise ValueError("a bug")

    guard.soft_budget = True  # type: ignore[attr-defined]
    assert _run(guard).decisions[0].outcome == "error"  # not told: its error stays an error
    monkeypatch.setattr(_deadline, "clock", Tick(1000.0))
    d = _run(guard).decisions[0]
    assert (d.outcome, d.data["fail_mode"]) == ("timeout", "open")


def test_a_threaded_guard_that_stops_at_its_deadline_is_dropped(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A guard with a hard budget runs in a worker thread (a copy of the step's context): it
    sees its deadline there, and a result it returns once told is not taken, even when the
    step's wait has not given up yet."""
    monkeypatch.setattr(_deadline, "clock", Tick(1000.0))

    def guard(text: str, ctx: Context) -> Decision:
        ctx.structured = "partial"
        return Decision.allow("stopped" if ctx.out_of_time() else "done")

    ctx = Context()
    verdict = Pipeline(output=[step(guard, budget_ms=60_000)]).check_output("x", ctx)
    assert verdict.decisions[0].outcome == "timeout" and ctx.structured is None


def test_inline_under_an_async_caller(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_deadline, "clock", Tick(1000.0))
    g = Units()
    p = Pipeline(output=[step(g, budget_ms=50)])
    verdict = anyio.run(p.acheck_output, "some answer", Context())
    assert g.done == 0 and verdict.decisions[0].outcome == "timeout"


def test_parallel_steps_each_see_their_own_deadline() -> None:
    seen: dict[str, tuple[float | None, float | None]] = {}

    def member(name: str) -> Any:
        def guard(text: str, ctx: Context) -> Decision:
            d = _deadline.current()
            seen[name] = (d.budget_ms if d is not None else None, ctx.time_left())
            return Decision.allow()
        return guard

    p = Pipeline(output=[parallel([step(member("a"), name="a", budget_ms=60_000),
                                   step(member("b"), name="b", budget_ms=30_000),
                                   step(member("c"), name="c", budget_ms=None)])])
    verdict = p.check_output("x", Context())
    assert all(d.outcome == "ok" for d in verdict.decisions)
    assert seen["a"][0] == 60_000 and 30.0 < (seen["a"][1] or 0.0) <= 60.0
    assert seen["b"][0] == 30_000 and 0.0 < (seen["b"][1] or 0.0) <= 30.0
    assert seen["c"] == (None, None)


def test_concurrent_calls_each_see_their_own_deadline() -> None:
    both = threading.Barrier(2)
    seen: dict[float, list[float | None]] = {}

    def guard(text: str, ctx: Context) -> Decision:
        both.wait(timeout=10)  # the two calls' guards run at the same time
        d = _deadline.current()
        seen.setdefault(float(text), []).append(d.budget_ms if d is not None else None)
        return Decision.allow()

    guard.soft_budget = True  # type: ignore[attr-defined]
    calls = [threading.Thread(target=_run, args=(guard, b, str(b))) for b in (20_000, 40_000)]
    for t in calls:
        t.start()
    for t in calls:
        t.join()
    assert seen == {20_000.0: [20_000], 40_000.0: [40_000]}
