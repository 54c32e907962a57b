"""Helpers shared by the route-file and CLI acceptance tests (test_acceptance_config2*, _cli2)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from guardwire import ConfigError, Context, Decision, Registry, load_routes

# The injection guard as a route-file entry whose decision does not depend on the machine's
# load: no 200 ms step budget to overrun (a fail-closed block), and a rule scan that is not
# cut off after 30 ms (rule hits dropped, +0.15). Tests of what `check` reports use it.
STEADY_INJECTION = ('{ use = "injection", budget_ms = 60000, '
                    'with = { scan_budget_ms = 600000, rule_timeout_ms = 10000 } }')


def allow(text: str, ctx: Context) -> Decision:
    return Decision.allow()


def registry_with_ok() -> Registry:
    """A registry holding one guard, ``ok``, that allows everything."""
    r = Registry()
    r.register("ok", lambda: allow)
    return r


def write(tmp_path: Path, name: str, body: str | bytes) -> Path:
    p = tmp_path / name
    if isinstance(body, bytes):
        p.write_bytes(body)
    else:
        p.write_text(body, encoding="utf-8")
    return p


def error(path: Path, reg: Registry | None = None) -> ConfigError:
    """The ConfigError loading ``path`` raises; its message must start with the file name."""
    with pytest.raises(ConfigError) as info:
        load_routes(path, registry=reg)
    assert str(info.value).startswith(f"{path}: "), str(info.value)
    return info.value


def relaxed_route_data(data: dict[str, Any], budget_ms: float = 60_000) -> dict[str, Any]:
    """Route-file data with every guard entry's ``budget_ms`` raised to ``budget_ms`` and the
    injection guard's rule scan without its 30 ms cut-off (rules dropped under load change
    its reason): what tests that assert a shipped route's decisions load."""
    def relax(entry: Any) -> Any:
        if isinstance(entry, dict) and "parallel" in entry:
            return {"parallel": [relax(m) for m in entry["parallel"]]}
        item = {"use": entry} if isinstance(entry, str) else dict(entry)
        item["budget_ms"] = max(item.get("budget_ms", 0), budget_ms)
        if item["use"] == "injection":
            item["with"] = {**item.get("with", {}), "scan_budget_ms": None,
                            "rule_timeout_ms": 10_000}
        return item

    out = copy.deepcopy(data)
    for route in out["routes"].values():
        for stage in ("input", "output"):
            if stage in route:
                route[stage] = [relax(e) for e in route[stage]]
    return out


def relaxed_route_file(src: Path, dst: Path, budget_ms: float = 60_000) -> Path:
    """``src`` (a TOML route file) relaxed as :func:`relaxed_route_data` does, written to
    ``dst`` as YAML (TOML has no null): for a shipped route file run in a subprocess, where
    ``guardwire.testing.relaxed_budgets`` cannot reach."""
    import tomllib

    import yaml

    data = relaxed_route_data(tomllib.loads(src.read_text(encoding="utf-8")), budget_ms)
    dst.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return dst


def relaxed_default_routes(budget_ms: float = 60_000) -> dict[str, Any]:
    """The embedded routes (``guardwire/data/defaults.toml``) relaxed as
    :func:`relaxed_route_data` does: for tests that assert what a shipped route decides, which
    a loaded CI machine must not turn into timeouts (50 ms grounding/citations budgets)."""
    import tomllib
    from importlib import resources

    from guardwire import build_routes
    from guardwire.testing import relaxed_budgets

    text = resources.files("guardwire").joinpath("data/defaults.toml").read_text("utf-8")
    return relaxed_budgets(build_routes(relaxed_route_data(tomllib.loads(text), budget_ms)),
                           budget_ms=budget_ms)
