"""Where the per-guard orchestration overhead goes (cProfile), for ``bench_overhead.py``.

Run: ``.venv/bin/python benchmarks/profile_overhead.py [--top 15]`` (about 15 s).

For each case it prints the share of profiled time by area (guardwire module, OpenTelemetry,
dataclasses, asyncio/anyio, ...) and the functions with the most own time. cProfile inflates
cheap calls, so read shares, not absolute microseconds (those are in ``bench_overhead.py``).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
from collections.abc import Callable
from typing import Any

from bench_overhead import AsyncNoopGuard, NoopGuard, _Telemetry

from guardwire import Pipeline, Policy, guarded
from guardwire.testing import FakeLLM

TEXT = "What is the refund policy for an order placed last week?"


def _area(filename: str) -> str:
    if "/guardwire/" in filename:
        return "guardwire/" + filename.rsplit("/guardwire/", 1)[1]
    for key in ("opentelemetry", "anyio", "asyncio", "dataclasses", "inspect", "threading",
                "concurrent", "abc", "contextvars"):
        if f"/{key}/" in filename or filename.endswith(f"/{key}.py") or f"{key}>" in filename:
            return key
    if filename.startswith("~") or filename.startswith("<built-in"):
        return "builtins"
    return filename.rsplit("/", 1)[-1]


def _profile(run: Callable[[], Any]) -> pstats.Stats:
    run()  # warm up
    prof = cProfile.Profile()
    prof.enable()
    run()
    prof.disable()
    return pstats.Stats(prof)


def _report(title: str, st: pstats.Stats, top: int) -> None:
    raw: dict[Any, Any] = st.stats  # type: ignore[attr-defined]
    total = sum(v[2] for v in raw.values())
    areas: dict[str, float] = {}
    rows = []
    for (filename, line, func), (_cc, ncalls, tottime, _cum, _callers) in raw.items():
        area = _area(filename)
        areas[area] = areas.get(area, 0.0) + tottime
        rows.append((tottime, ncalls, f"{area}:{line}({func})"))
    print(f"\n== {title} ==")
    print("   own time by area: " + ", ".join(
        f"{a} {t / total:.0%}" for a, t in sorted(areas.items(), key=lambda kv: -kv[1])
        if t / total >= 0.02))
    for tottime, ncalls, where in sorted(rows, reverse=True)[:top]:
        print(f"   {tottime / total:6.1%} {ncalls:>8} calls  {where}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=12)
    ap.add_argument("--iters", type=int, default=1500)
    args = ap.parse_args()
    n = args.iters
    otel = _Telemetry()
    budget = Policy(budget_ms=50, on_error="open", on_timeout="open")

    sync20 = Pipeline(input=[NoopGuard(i) for i in range(20)])
    _report("sync driver, 20 sync no-op guards (check_input)",
            _profile(lambda: [sync20.check_input(TEXT) for _ in range(n)]), args.top)

    async def loop(p: Pipeline, k: int) -> None:
        for _ in range(k):
            await p.acheck_input(TEXT)

    async20 = Pipeline(input=[AsyncNoopGuard(i) for i in range(20)])
    _report("async driver, 20 async no-op guards (acheck_input)",
            _profile(lambda: asyncio.run(loop(async20, n))), args.top)

    otel20 = Pipeline(input=[NoopGuard(i) for i in range(20)], **otel.kwargs())
    _report("sync driver, 20 sync no-op guards, OpenTelemetry SDK",
            _profile(lambda: [otel20.check_input(TEXT) for _ in range(n // 4)]), args.top)

    bud20 = Pipeline(input=[NoopGuard(i, budget) for i in range(20)])
    _report("async driver, 20 sync no-op guards with budget_ms=50 (thread hop)",
            _profile(lambda: asyncio.run(loop(bud20, n // 10))), args.top)

    fake = FakeLLM("Refunds are possible within 30 days.")
    call = guarded(fake.acomplete,
                   pipeline=Pipeline(input=[NoopGuard(0), NoopGuard(1)],
                                     output=[NoopGuard(2), NoopGuard(3)]))

    async def calls(k: int) -> None:
        for i in range(k):
            await call(f"question {i}")

    _report("guarded async call, 2+2 no-op guards, FakeLLM without delay",
            _profile(lambda: asyncio.run(calls(n))), args.top)
    otel.shutdown()


if __name__ == "__main__":
    main()
