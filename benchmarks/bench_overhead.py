"""Pipeline orchestration overhead, parallel groups, concurrency and import time.

Run: ``.venv/bin/python benchmarks/bench_overhead.py`` (about a minute; ``--quick``: smoke run).
Prints tables and writes ``benchmarks/results/bench_overhead.json``.

Every number is measured in this one run against a raw baseline, because the machine is noisy:

1. Per-guard overhead: a stage of N no-op guards (1, 5, 20) through ``Pipeline.check_input``
   (sync driver) or ``acheck_input`` (async driver), minus calling the same guard objects in a
   plain loop, divided by N. Median of several repeats of many iterations. Variants: the default
   no-op OpenTelemetry API vs an injected OpenTelemetry SDK tracer/meter provider, and guards
   with a budget (``Policy(budget_ms=50)``): a hard budget runs a sync guard in a worker thread
   (what ``pii`` gets) and an async guard in a cancel scope; a soft budget (``soft_budget =
   True``, what the other built-in guards declare) runs inline and is checked afterwards.
2. A ``parallel([...])`` group of three guards that each wait 100 ms: stage wall time.
3. 1,000 concurrent async guarded calls on a ``FakeLLM`` that takes 50 ms: total wall time as a
   ratio to one call.
4. ``import guardwire`` in a fresh interpreter (median), and which modules dominate
   (``-X importtime``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import time
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import _overhead_report
import anyio
from _import_time import GOAL_IMPORT_MS, bench_import

from guardwire import Context, Decision, Pipeline, Policy, guarded, parallel
from guardwire.testing import FakeLLM, HangingGuard

RESULTS = Path(__file__).resolve().parent / "results" / "bench_overhead.json"
GOAL_PER_GUARD_US = 30.0
GOAL_PARALLEL_MS = 115.0
GOAL_CONCURRENCY_RATIO = 2.0
COUNTS = (1, 5, 20)
ALLOW = Decision.allow()
BUDGET = Policy(budget_ms=50, on_error="open", on_timeout="open")


class NoopGuard:
    """A sync guard that does nothing: what is left is the pipeline's own cost."""

    def __init__(self, i: int, policy: Policy | None = None, soft: bool = False) -> None:
        self.name = f"noop{i}"
        self.soft_budget = soft
        if policy is not None:
            self.default_policy = policy

    def __call__(self, text: str, ctx: Context) -> Decision:
        return ALLOW


class AsyncNoopGuard(NoopGuard):
    async def __call__(self, text: str, ctx: Context) -> Decision:  # type: ignore[override]
        return ALLOW


# -- OpenTelemetry SDK (what a user who exports traces has installed) ---------------------------
class _Telemetry:
    def __init__(self) -> None:
        from opentelemetry.sdk.metrics import MeterProvider
        from opentelemetry.sdk.metrics.export import InMemoryMetricReader
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import (
            BatchSpanProcessor,
            SpanExporter,
            SpanExportResult,
        )

        class Discard(SpanExporter):
            def export(self, spans: Any) -> SpanExportResult:
                del spans
                return SpanExportResult.SUCCESS

        self.tracer_provider = TracerProvider()
        self.tracer_provider.add_span_processor(BatchSpanProcessor(Discard()))
        self.meter_provider = MeterProvider(metric_readers=[InMemoryMetricReader()])

    def kwargs(self) -> dict[str, Any]:
        return {"tracer_provider": self.tracer_provider, "meter_provider": self.meter_provider}

    def shutdown(self) -> None:
        self.tracer_provider.shutdown()
        self.meter_provider.shutdown()


# -- 1. per-guard overhead ----------------------------------------------------------------------
@dataclass(frozen=True)
class Scenario:
    key: str
    label: str
    driver: str  # "sync" | "async"
    guards: str  # "sync" | "async"
    budget: bool = False
    soft: bool = False  # the guard declares soft_budget (bounded CPU work, checked inline)
    otel: bool = False
    headline: bool = False  # the rows the goal is about (default policy, no-op API)


SCENARIOS = (
    Scenario("sync", "sync driver, sync guards", "sync", "sync", headline=True),
    Scenario("async", "async driver, sync guards", "async", "sync", headline=True),
    Scenario("async_async", "async driver, async guards", "async", "async", headline=True),
    Scenario("sync_otel", "sync driver, sync guards, OTel SDK", "sync", "sync", otel=True),
    Scenario("async_otel", "async driver, sync guards, OTel SDK", "async", "sync", otel=True),
    Scenario("async_async_otel", "async driver, async guards, OTel SDK", "async", "async",
             otel=True),
    Scenario("sync_budget", "sync driver, sync guards, budget 50 ms", "sync", "sync", budget=True),
    Scenario("async_budget", "async driver, sync guards, budget 50 ms", "async", "sync",
             budget=True),
    Scenario("async_async_budget", "async driver, async guards, budget 50 ms", "async", "async",
             budget=True),
    Scenario("sync_soft", "sync driver, sync guards, soft budget 50 ms", "sync", "sync",
             budget=True, soft=True),
    Scenario("async_soft", "async driver, sync guards, soft budget 50 ms", "async", "sync",
             budget=True, soft=True),
    Scenario("sync_async", "sync driver, async guards", "sync", "async"),
)


def _time_sync(fn: Callable[[], object], iters: int) -> tuple[float, float]:
    """Seconds per call: (wall, process CPU). CPU time suffers less from a busy machine."""
    c0, t0 = time.process_time(), time.perf_counter()
    for _ in range(iters):
        fn()
    return (time.perf_counter() - t0) / iters, (time.process_time() - c0) / iters


async def _time_async(fn: Callable[[], Awaitable[object]], iters: int) -> tuple[float, float]:
    c0, t0 = time.process_time(), time.perf_counter()
    for _ in range(iters):
        await fn()
    return (time.perf_counter() - t0) / iters, (time.process_time() - c0) / iters


def _measure(sc: Scenario, n: int, otel: _Telemetry | None, repeats: int,
             target_s: float) -> dict[str, Any]:
    """Time the pipeline and the plain loop alternately. The sync driver runs in plain code
    (no event loop in this thread, like a script); async loops run under ``asyncio.run``
    with the clock started inside the loop."""
    cls = AsyncNoopGuard if sc.guards == "async" else NoopGuard
    guards = [cls(i, BUDGET if sc.budget else None, sc.soft) for i in range(n)]
    pipe = Pipeline(input=guards, **(otel.kwargs() if otel else {}))
    ctx = Context()
    text = "What is the refund policy for an order placed last week?"

    async def base_async() -> None:
        for g in guards:
            await g(text, ctx)  # type: ignore[misc]

    def base_sync() -> None:
        for g in guards:
            g(text, ctx)

    def run_pipe() -> None:
        pipe.check_input(text)

    async def run_pipe_async() -> None:
        await pipe.acheck_input(text)

    def timed(which: str, iters: int) -> tuple[float, float]:
        if which == "pipe":
            if sc.driver == "sync":
                return _time_sync(run_pipe, iters)
            return asyncio.run(_time_async(run_pipe_async, iters))
        if sc.guards == "async":
            return asyncio.run(_time_async(base_async, iters))
        return _time_sync(base_sync, iters)

    # calibrate: each repeat of the pipeline loop lasts about target_s
    timed("pipe", 3)
    per_call = min(timed("pipe", 5)[0] for _ in range(3))
    iters = max(5, min(20000, int(target_s / max(per_call, 1e-7))))
    base_iters = max(iters, 2000)
    pipe_s: list[tuple[float, float]] = []
    base_s: list[tuple[float, float]] = []
    for r in range(repeats):
        order = ("pipe", "base") if r % 2 == 0 else ("base", "pipe")
        for which in order:
            if which == "pipe":
                pipe_s.append(timed("pipe", iters))
            else:
                base_s.append(timed("base", base_iters))
    pairs = list(zip(pipe_s, base_s, strict=True))
    per_guard = [(p[0] - b[0]) / n * 1e6 for p, b in pairs]
    per_guard_cpu = [(p[1] - b[1]) / n * 1e6 for p, b in pairs]
    return {"scenario": sc.key, "label": sc.label, "driver": sc.driver, "guards_kind": sc.guards,
            "budget_ms": 50 if sc.budget else None, "otel_sdk": sc.otel, "headline": sc.headline,
            "n_guards": n, "iterations": iters, "repeats": repeats,
            "pipeline_us_per_call": statistics.median(p[0] for p in pipe_s) * 1e6,
            "baseline_us_per_call": statistics.median(b[0] for b in base_s) * 1e6,
            "pipeline_cpu_us_per_call": statistics.median(p[1] for p in pipe_s) * 1e6,
            "baseline_cpu_us_per_call": statistics.median(b[1] for b in base_s) * 1e6,
            "overhead_us_per_guard": statistics.median(per_guard),
            "overhead_cpu_us_per_guard": statistics.median(per_guard_cpu),
            "overhead_us_per_guard_min": min(per_guard),
            "overhead_us_per_guard_max": max(per_guard)}


def bench_overhead(repeats: int, target_s: float) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    otel = _Telemetry()
    try:
        for sc in SCENARIOS:
            for n in COUNTS:
                # the async guards under a sync driver cost an event loop each: fewer repeats
                reps = max(3, repeats // 2) if sc.key == "sync_async" else repeats
                row = _measure(sc, n, otel if sc.otel else None, reps, target_s)
                row["meets_goal"] = row["overhead_us_per_guard"] <= GOAL_PER_GUARD_US
                row["meets_goal_cpu"] = row["overhead_cpu_us_per_guard"] <= GOAL_PER_GUARD_US
                rows.append(row)
    finally:
        otel.shutdown()
    return rows


def fit(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Split each scenario's CPU cost into a fixed per-stage part and a marginal per-guard part
    (least squares over N; CPU time because a busy machine inflates wall time unevenly)."""
    out = []
    for sc in SCENARIOS:
        pts = [(r["n_guards"], r["pipeline_cpu_us_per_call"] - r["baseline_cpu_us_per_call"])
               for r in rows if r["scenario"] == sc.key]
        if len(pts) < 2:
            continue
        mx = statistics.fmean(n for n, _ in pts)
        my = statistics.fmean(y for _, y in pts)
        slope = (sum((n - mx) * (y - my) for n, y in pts)
                 / sum((n - mx) ** 2 for n, _ in pts))
        out.append({"scenario": sc.key, "label": sc.label, "basis": "cpu, least squares",
                    "marginal_us_per_guard": slope, "fixed_us_per_stage": my - slope * mx})
    return out


# -- 2. parallel group --------------------------------------------------------------------------
PARALLEL_CASES = (
    ("async guards (anyio.sleep)", False, None),
    ("sync guards (time.sleep), budget 1 s", True, Policy(budget_ms=1000)),
    ("sync guards (time.sleep), no budget", True, None),
)


def bench_parallel(repeats: int) -> list[dict[str, Any]]:
    rows = []
    for label, sync, policy in PARALLEL_CASES:
        group = parallel([HangingGuard(0.1, sync=sync, name=f"wait{i}", policy=policy)
                          for i in range(3)])
        pipe = Pipeline(input=[group])
        for caller in ("sync", "async"):
            times = []
            for _ in range(repeats):
                t0 = time.perf_counter()
                if caller == "sync":
                    v = pipe.check_input("hello")
                else:
                    v = asyncio.run(pipe.acheck_input("hello"))
                times.append((time.perf_counter() - t0) * 1000)
                assert not v.blocked and len(v.decisions) == 3, v.summary()
            ms = statistics.median(times)
            rows.append({"guards": label, "caller": caller, "stage_ms": ms,
                         "stage_ms_min": min(times), "repeats": repeats,
                         "meets_goal": ms <= GOAL_PARALLEL_MS})
    return rows


# -- 3. concurrent calls ------------------------------------------------------------------------
def _concurrency_case(label: str, n_calls: int, repeats: int, otel: _Telemetry | None,
                      guards: int | None, policy: Policy | None = None) -> dict[str, Any]:
    """``guards=None``: the raw FakeLLM; else a pipeline with that many no-op guards per stage."""

    async def main() -> dict[str, Any]:
        fake = FakeLLM("Refunds are possible within 30 days.", delay_s=0.05)
        call: Callable[[str], Coroutine[Any, Any, str]] = fake.acomplete
        if guards is not None:
            pipe = Pipeline(input=[NoopGuard(i, policy) for i in range(guards)],
                            output=[NoopGuard(guards + i, policy) for i in range(guards)],
                            **(otel.kwargs() if otel else {}))
            call = guarded(fake.acomplete, pipeline=pipe)
        singles = []
        for _ in range(5):
            t0 = time.perf_counter()
            await call("hello")
            singles.append(time.perf_counter() - t0)
        totals, cpus = [], []
        contexts: list[Context] = []

        async def one_call(i: int) -> None:
            if guards is None:
                await call(f"question {i}")
                return
            ctx = Context()
            contexts.append(ctx)
            await call(f"question {i}", guard_ctx=ctx)  # type: ignore[call-arg]

        for _ in range(repeats):
            c0, t0 = time.process_time(), time.perf_counter()
            async with anyio.create_task_group() as tg:
                for i in range(n_calls):
                    tg.start_soon(one_call, i)
            totals.append(time.perf_counter() - t0)
            cpus.append(time.process_time() - c0)
        # a guard that timed out did not run: count them, or a faster row may just be skipping
        decisions = [d for c in contexts for v in c.verdicts for d in v.decisions]
        timeouts = sum(d.outcome == "timeout" for d in decisions)
        assert len(fake.calls) == 5 + repeats * n_calls
        one, total = statistics.median(singles), statistics.median(totals)
        return {"case": label, "n_calls": n_calls, "guards_per_stage": guards,
                "one_call_ms": one * 1000, "total_ms": total * 1000, "ratio": total / one,
                "cpu_us_per_call": statistics.median(cpus) / n_calls * 1e6,
                "repeats": repeats, "meets_goal": total / one <= GOAL_CONCURRENCY_RATIO,
                "guard_decisions": len(decisions), "guard_timeouts": timeouts}

    return asyncio.run(main())


def bench_concurrency(n_calls: int, repeats: int) -> list[dict[str, Any]]:
    otel = _Telemetry()
    try:
        rows = [
            _concurrency_case("raw FakeLLM (no guardwire)", n_calls, repeats, None, None),
            _concurrency_case("guarded, empty pipeline", n_calls, repeats, None, 0),
            _concurrency_case("guarded, 2+2 no-op guards", n_calls, repeats, None, 2),
            _concurrency_case("guarded, 2+2 no-op guards, OTel SDK", n_calls, repeats, otel, 2),
            _concurrency_case("guarded, 2+2 no-op guards, budget 50 ms", n_calls, repeats,
                              None, 2, BUDGET),
        ]
    finally:
        otel.shutdown()
    raw = rows[0]["total_ms"]
    for r in rows:
        r["total_vs_raw"] = r["total_ms"] / raw
    return rows


# -- 4. import time: bench_import() lives in _import_time.py ------------------------------------


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="smoke run: fewer repeats, no JSON")
    ap.add_argument("--calls", type=int, default=1000, help="concurrent calls (default 1000)")
    ap.add_argument("--markdown", action="store_true",
                    help="print the saved results as Markdown (for docs/performance.md), no run")
    args = ap.parse_args()
    if args.markdown:
        print(_overhead_report.markdown(json.loads(RESULTS.read_text())))
        return
    repeats, target = (3, 0.01) if args.quick else (11, 0.06)
    t0, load0 = time.perf_counter(), os.getloadavg()[0]
    res: dict[str, Any] = {}
    res["overhead"] = bench_overhead(repeats, target)
    res["overhead_fit"] = fit(res["overhead"])
    res["parallel"] = bench_parallel(3 if args.quick else 5)
    res["concurrency"] = bench_concurrency(args.calls, 2 if args.quick else 3)
    res["import"] = bench_import(3 if args.quick else 9)
    res["goals"] = {"per_guard_us": GOAL_PER_GUARD_US, "parallel_ms": GOAL_PARALLEL_MS,
                    "concurrency_ratio": GOAL_CONCURRENCY_RATIO, "import_ms": GOAL_IMPORT_MS}
    res["machine"] = _overhead_report.machine(load0)
    res["code"] = _overhead_report.code_version(Path(__file__).resolve().parents[1])
    res["runtime_s"] = time.perf_counter() - t0
    print(_overhead_report.text(res))
    if not args.quick:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(res, indent=2) + "\n")
        print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
