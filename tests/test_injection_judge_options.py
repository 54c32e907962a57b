"""``judge_band`` and ``judge_policy`` are read only when a judge is set. Before, a route that
wrote them without ``judge`` loaded, showed them in ``guardwire routes``, and never used them:
the user believed uncertain scores went to a judge. Now that is a ConfigError naming the option
(and, from a route file, the file and key path)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from guardwire import ConfigError, load_routes
from guardwire.guards.injection import InjectionGuard


def _judge(text: str) -> float:
    return 0.0


@pytest.mark.parametrize(("kwargs", "path"), [
    ({"judge_band": [0.3, 0.7]}, "judge_band"),
    ({"judge_policy": {"budget_ms": 100}}, "judge_policy"),
])
def test_judge_options_without_a_judge_are_an_error(kwargs: dict[str, Any], path: str) -> None:
    with pytest.raises(ConfigError) as err:
        InjectionGuard(**kwargs)
    assert err.value.path == path
    assert "without a judge" in str(err.value)


def test_with_a_judge_they_are_taken() -> None:
    guard = InjectionGuard(judge=_judge, judge_band=[0.3, 0.7], judge_policy={"budget_ms": 100})
    assert guard.judge_band == (0.3, 0.7)
    assert guard.judge_policy.budget_ms == 100


def test_defaults_without_a_judge_still_load() -> None:
    guard = InjectionGuard()
    assert guard.judge is None and guard.judge_band == (0.45, 0.9)


def test_route_file_error_names_file_and_key_path(tmp_path: Path) -> None:
    cfg = tmp_path / "g.toml"
    cfg.write_text('[routes.r]\ninput = [{ use = "injection", '
                   'with = { judge_band = [0.3, 0.7] } }]\n')
    with pytest.raises(ConfigError) as err:
        load_routes(cfg)
    assert err.value.path == "routes.r.input[0].with.judge_band", str(err.value)
    assert "g.toml" in str(err.value)
