"""``max_threads`` set at the call site: ``step(guard, max_threads=N)`` and a route entry's
``max_threads = N`` bound a guard's worker threads (and so what a hung guard leaves behind)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from _threads_kit import Stuck
from guardwire import ConfigError, Pipeline, Registry, load_routes, step


@pytest.fixture
def stuck() -> Iterator[Stuck]:
    guard = Stuck(max_threads=16)  # the guard's own bound: the call site's wins
    try:
        yield guard
    finally:
        guard.release.set()


def _exhaust(p: Pipeline, guard: Stuck, limit: int) -> None:
    ds = [p.check_input("x").decisions[0] for _ in range(limit + 3)]
    assert guard.started == limit  # no thread past the call site's bound
    assert all(d.outcome == "timeout" for d in ds)
    assert ds[-1].data.get("threads_exhausted") is True
    assert f"all {limit} threads" in ds[-1].reason
    assert p.describe()["input"][0]["max_threads"] == limit


def test_step_max_threads_overrides_the_guards_own(stuck: Stuck) -> None:
    _exhaust(Pipeline(input=[step(stuck, budget_ms=10, on_timeout="open", max_threads=2)]),
             stuck, 2)


def test_route_entry_max_threads(tmp_path: Path, stuck: Stuck) -> None:
    registry = Registry()
    registry.register("stuck", lambda: stuck)
    cfg = tmp_path / "g.toml"
    cfg.write_text('[routes.r]\ninput = [{ use = "stuck", budget_ms = 10, on_timeout = "open", '
                   'max_threads = 3 }]\n', encoding="utf-8")
    _exhaust(load_routes(cfg, registry=registry)["r"], stuck, 3)


@pytest.mark.parametrize("value", [0, -1, 1025, 2.5, "4", True])
def test_route_entry_max_threads_must_be_a_sane_integer(tmp_path: Path, value: object) -> None:
    registry = Registry()
    registry.register("stuck", Stuck)
    cfg = tmp_path / "g.toml"
    literal = {True: "true"}.get(value, repr(value).replace("'", '"'))  # type: ignore[call-overload]
    cfg.write_text(f'[routes.r]\ninput = [{{ use = "stuck", max_threads = {literal} }}]\n',
                   encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_routes(cfg, registry=registry)
    assert "routes.r.input[0].max_threads" in str(err.value) and str(cfg) in str(err.value)


def test_woken_workers_wait_again_instead_of_exiting(monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker woken for a job that another worker took first ended at once, so under load
    threads were started and ended all the time (1,089 thread starts for 4,000 no-op guard calls;
    half of the calls of bench_overhead's 'budget 50 ms' row timed out)."""
    from guardwire._threads import GuardThreads

    starts: list[str] = []
    real_start = threading.Thread.start

    def counting_start(self: threading.Thread) -> None:
        if self.name == "guardwire:churn":
            starts.append(self.name)
        real_start(self)

    monkeypatch.setattr(threading.Thread, "start", counting_start)
    pool = GuardThreads("churn", 4)
    for _ in range(100):
        futures = [pool.submit(sum, (1, 2)) for _ in range(20)]
        assert [f.result(5) for f in futures if f is not None] == [3] * 20
    assert len(starts) <= 4 * 2, len(starts)  # the pool's threads, started (about) once
