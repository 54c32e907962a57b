"""Audit (session twenty): a guard's name given at the call site is checked as a route file
checks it. ``step(guard, name="")`` silently fell back to the guard's own name, and
``step(guard, name=3)`` put a number where verdicts, spans and metrics expect the guard's
name; a route entry's ``name = " "`` (blank) was accepted, where a blank route name is an
error."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from guardwire import ConfigError, Pipeline, load_routes, parallel, step
from guardwire.testing import StaticGuard


@pytest.mark.parametrize("name", ["", " ", "\t\n"])
def test_blank_step_name_is_refused(name: str) -> None:
    with pytest.raises(ValueError, match="name"):
        Pipeline(input=[step(StaticGuard("allow"), name=name)])
    with pytest.raises(ValueError, match="name"):
        Pipeline(input=[parallel([step(StaticGuard("allow"), name=name)])])


@pytest.mark.parametrize("name", [3, b"x", ["a"]])
def test_non_str_step_name_is_refused(name: Any) -> None:
    with pytest.raises(TypeError, match="name"):
        Pipeline(input=[step(StaticGuard("allow"), name=name)])


def test_given_step_name_is_used() -> None:
    p = Pipeline(input=[step(StaticGuard("allow"), name="mine")])
    assert [s.name for s in p.steps("input")] == ["mine"]


@pytest.mark.parametrize("name", [" ", "\t"])
def test_blank_entry_name_in_a_route_file(tmp_path: Path, name: str) -> None:
    f = tmp_path / "guardwire.toml"
    f.write_text(f'[routes.a]\ninput = [{{ use = "abuse_gate", name = "{name}" }}]\n'
                 .replace("\t", "\\t"))
    with pytest.raises(ConfigError) as err:
        load_routes(f)
    assert err.value.path == "routes.a.input[0].name"
    assert "empty" in str(err.value)
