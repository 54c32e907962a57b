"""Call-shape mistakes get a TypeError / ValueError saying what to pass instead."""
from __future__ import annotations

from pathlib import Path

import pytest

from guardwire import ConfigError, Context, Decision, Pipeline, guarded, step
from guardwire.config import load_routes
from guardwire.guards.normalize import Normalize


def _plain(text: str, ctx: Context) -> Decision:
    return Decision.allow("ok")


def test_cache_ttl_on_a_guard_that_never_declared_cacheable_says_how() -> None:
    with pytest.raises(ValueError) as err:
        Pipeline(input=[step(_plain, cache_ttl_s=60)])
    assert "cacheable = True" in str(err.value) and "per-request" not in str(err.value)
    Pipeline(input=[step(_plain, cache_ttl_s=60, cacheable=True)])


def test_cache_ttl_on_a_guard_that_reads_context_keeps_its_reason() -> None:
    from guardwire.guards.grounding import GroundingGuard

    with pytest.raises(ValueError, match="per-request context"):
        Pipeline(output=[step(GroundingGuard(), cache_ttl_s=60)])


def _routes_file(tmp_path: Path) -> Path:
    cfg = tmp_path / "g.toml"
    cfg.write_text('[routes.support]\ninput = ["normalize"]\n[routes.sales]\n'
                   'input = ["normalize"]\n')
    return cfg


def _llm(prompt: str) -> str:
    return "ok"


def test_pipeline_given_the_routes_dict_says_to_pick_one(tmp_path: Path) -> None:
    routes = load_routes(_routes_file(tmp_path))
    with pytest.raises(TypeError) as err:
        guarded(_llm, pipeline=routes)  # type: ignore[arg-type]
    assert "routes['name']" in str(err.value) and "'support'" in str(err.value)


@pytest.mark.parametrize("bad", [[Normalize()], Normalize()])
def test_pipeline_given_guards_says_to_build_a_pipeline(bad: object) -> None:
    with pytest.raises(TypeError) as err:
        guarded(_llm, pipeline=bad)  # type: ignore[arg-type]
    assert "Pipeline(input=[" in str(err.value)


def test_config_takes_the_routes_dict(tmp_path: Path) -> None:
    routes = load_routes(_routes_file(tmp_path))
    safe = guarded(_llm, config=routes, route="support")
    assert safe("hi") == "ok"
    with pytest.raises(TypeError, match="config= takes a route file path"):
        guarded(_llm, config=42, route="support")  # type: ignore[arg-type]


def test_a_misspelt_route_gets_a_suggestion(tmp_path: Path) -> None:
    cfg = _routes_file(tmp_path)
    for config in (cfg, load_routes(cfg)):
        with pytest.raises(ConfigError) as err:
            guarded(_llm, config=config, route="suport")
        assert "did you mean 'support'" in str(err.value)
        assert err.value.path == "routes.suport"


def test_a_guard_name_in_python_says_how_to_get_the_guard() -> None:
    from guardwire.config import default_registry

    with pytest.raises(TypeError) as err:
        Pipeline(input=["normalize"])  # type: ignore[list-item]
    text = str(err.value)
    assert "route files" in text and "load_routes" in text
    assert "default_registry.get('normalize')()" in text
    assert isinstance(default_registry.get("normalize")(), Normalize)  # the advice works
