"""``reask_budget_ms``: one cap on the time a call spends on re-asks, whatever guard asks.

Before: only the count was capped (``max_reasks``, per pipeline, and each guard's own); a
route whose schema and grounding guards both re-ask, against a slow model, could spend
``max_reasks`` full model calls on top of the first answer, with no way to bound the time."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from _config_kit import error, write
from guardwire import Decision, Pipeline, RepairFailed, guarded, load_routes
from guardwire.guards.schema import SchemaGuard
from guardwire.testing import FakeLLM, StaticGuard

pytestmark = pytest.mark.anyio

SLOW = 0.08  # seconds per model call: each re-ask takes at least this long


class Person(BaseModel):
    name: str
    age: int


def _greedy() -> StaticGuard:
    return StaticGuard(Decision.reask("again", "never happy"), name="greedy")


async def _run(fn: Any, use_async: bool, stream: bool) -> Any:
    if stream:
        return ([c async for c in await fn("q")] if use_async else list(fn("q")))
    return await fn("q") if use_async else fn("q")


@pytest.mark.parametrize("use_async", [False, True])
@pytest.mark.parametrize("stream", [False, True])
async def test_no_re_ask_starts_once_the_budget_is_spent(use_async: bool, stream: bool) -> None:
    llm = FakeLLM(["a1", "a2", "a3", "a4"], delay_s=SLOW)
    p = Pipeline(output=[_greedy()], max_reasks=3, reask_budget_ms=SLOW * 1000 / 2)
    entry = (llm.astream if use_async else llm.stream) if stream else (
        llm.acomplete if use_async else llm.complete)
    with pytest.raises(RepairFailed) as err:
        await _run(guarded(entry, pipeline=p), use_async, stream)
    # the first re-ask starts the clock and takes longer than the budget: no second one
    assert len(llm.calls) == 2 and err.value.attempts == ("a1", "a2")
    assert "re-ask time budget spent" in str(err.value)
    assert err.value.decision.guard == "pipeline"


def test_within_the_budget_re_asks_are_made_as_before() -> None:
    llm = FakeLLM(["bad", '{"name": "Ada", "age": 36}'])
    p = Pipeline(output=[SchemaGuard(Person)], reask_budget_ms=60_000)
    assert guarded(llm.complete, pipeline=p)("who?") == '{"name":"Ada","age":36}'
    assert len(llm.calls) == 2


def test_a_pass_guard_passes_on_degraded_when_the_time_runs_out() -> None:
    llm = FakeLLM("bad", delay_s=SLOW)
    p = Pipeline(output=[SchemaGuard(Person, max_reasks=5, on_exhausted="pass")],
                 reask_budget_ms=SLOW * 1000 / 2)
    from guardwire import Context

    ctx = Context()
    assert guarded(llm.complete, pipeline=p)("who?", guard_ctx=ctx) == "bad"
    d = ctx.verdicts[-1].by_guard("schema")
    assert d is not None and d.degraded and "re-ask time budget" in d.data["exhausted_by"]
    assert len(llm.calls) == 2


@pytest.mark.parametrize("bad", [True, 0, -5, float("inf"), "2s"])
def test_pipeline_refuses_a_bad_budget(bad: Any) -> None:
    with pytest.raises((TypeError, ValueError)):
        Pipeline(reask_budget_ms=bad)


def test_describe_and_override_keep_it() -> None:
    p = Pipeline(reask_budget_ms=1500)
    assert p.describe()["reask_budget_ms"] == 1500
    assert p.override(mode="monitor").reask_budget_ms == 1500
    assert Pipeline().describe()["reask_budget_ms"] is None


def test_route_files_set_it_in_defaults_and_routes(tmp_path: Path) -> None:
    toml = write(tmp_path, "r.toml", "[defaults]\nreask_budget_ms = 2000\n"
                 "[routes.a]\n[routes.b]\nreask_budget_ms = 500.5\n")
    routes = load_routes(toml)
    assert routes["a"].reask_budget_ms == 2000 and routes["b"].reask_budget_ms == 500.5
    yaml = write(tmp_path, "r.yaml", "routes:\n  a:\n    reask_budget_ms: 750\n")
    assert load_routes(yaml)["a"].reask_budget_ms == 750


@pytest.mark.parametrize(("value", "expected"), [
    ('"2s"', "routes.a.reask_budget_ms: Input should be a valid number (a number of "
             "milliseconds, unquoted: reask_budget_ms = 2000)"),
    ("0", "routes.a.reask_budget_ms: Input should be greater than 0"),
    ("true", "routes.a.reask_budget_ms: Input should be a valid number"),
    ("inf", "routes.a.reask_budget_ms: Input should be a finite number"),
])
def test_route_file_mistakes_name_the_key(tmp_path: Path, value: str, expected: str) -> None:
    path = write(tmp_path, "r.toml", f"[routes.a]\nreask_budget_ms = {value}\n")
    assert expected in str(error(path))


def test_guardwire_routes_prints_it(tmp_path: Path) -> None:
    path = write(tmp_path, "r.toml", "[routes.a]\nreask_budget_ms = 2500\n")
    out = subprocess.run([sys.executable, "-m", "guardwire.cli", "routes", "--config",
                          str(path)], capture_output=True, text=True, check=True).stdout
    assert "reask_budget_ms=2500" in out


def test_route_files_set_the_token_cap(tmp_path: Path) -> None:
    """``reask_budget_tokens`` was a Pipeline keyword only: a route file saying it was an
    unknown key ('Extra inputs are not permitted')."""
    toml = write(tmp_path, "r.toml", "[defaults]\nreask_budget_tokens = 4000\n"
                 "[routes.a]\n[routes.b]\nreask_budget_tokens = 500\n")
    routes = load_routes(toml)
    assert routes["a"].reask_budget_tokens == 4000 and routes["b"].reask_budget_tokens == 500
    assert routes["a"].describe()["reask_budget_tokens"] == 4000
    yaml = write(tmp_path, "r.yaml", "routes:\n  a:\n    reask_budget_tokens: 750\n")
    assert load_routes(yaml)["a"].reask_budget_tokens == 750


@pytest.mark.parametrize(("value", "expected"), [
    ('"4k"', "routes.a.reask_budget_tokens: Input should be a valid integer"),
    ("1.5", "routes.a.reask_budget_tokens: Input should be a valid integer"),
    ("true", "routes.a.reask_budget_tokens: Input should be a valid integer"),
    ("0", "routes.a.reask_budget_tokens: Input should be greater than or equal to 1"),
])
def test_token_cap_mistakes_name_the_key(tmp_path: Path, value: str, expected: str) -> None:
    path = write(tmp_path, "r.toml", f"[routes.a]\nreask_budget_tokens = {value}\n")
    assert expected in str(error(path))


def test_guardwire_routes_prints_the_token_cap(tmp_path: Path) -> None:
    path = write(tmp_path, "r.toml", "[routes.a]\nreask_budget_tokens = 1200\n")
    out = subprocess.run([sys.executable, "-m", "guardwire.cli", "routes", "--config",
                          str(path)], capture_output=True, text=True, check=True).stdout
    assert "reask_budget_tokens=1200" in out
