"""A partial ``judge_policy`` table keeps the default judge policy's other fields, as every other
partial policy in guardwire does (route entries, ``step()``): fields left out keep their value."""

from __future__ import annotations

import pytest

from guardwire import ConfigError, build_routes
from guardwire.guards.injection import InjectionGuard
from guardwire.guards.injection.judge import DEFAULT_JUDGE_POLICY


def _judge(text: str) -> bool:
    return False


def test_partial_table_merges_onto_the_default_judge_policy() -> None:
    guard = InjectionGuard(judge=_judge, judge_policy={"budget_ms": 1500, "on_timeout": "open"})
    assert guard.judge_policy.budget_ms == 1500
    assert guard.judge_policy.on_timeout == "open"
    assert guard.judge_policy.on_error == DEFAULT_JUDGE_POLICY.on_error == "open"


def test_partial_table_from_a_route_file() -> None:
    routes = build_routes({"routes": {"rag": {"input": [{"use": "injection", "with": {
        "judge": _judge, "judge_policy": {"on_error": "closed"}}}]}}})
    policy = routes["rag"].steps("input")[0].guard.judge_policy
    assert (policy.budget_ms, policy.on_error, policy.on_timeout) == (
        DEFAULT_JUDGE_POLICY.budget_ms, "closed", DEFAULT_JUDGE_POLICY.on_timeout)


def test_bad_field_is_still_a_config_error() -> None:
    with pytest.raises(ConfigError, match="judge_policy"):
        InjectionGuard(judge_policy={"budget_ms": 10, "on_eror": "open"})
