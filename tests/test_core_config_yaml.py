"""YAML route files: where anchors may live, and the YAML 1.1 hints for list items under
``with`` (a bare ``yes`` or date in a list used to get no hint, unlike a single value)."""

from __future__ import annotations

from pathlib import Path

import pytest

from _config_kit import error, write
from guardwire import load_routes


def test_an_anchored_route_merged_into_another(tmp_path: Path) -> None:
    path = write(tmp_path, "r.yaml", """\
routes:
  support: &support
    input: [normalize]
    on_block: respond
  support_beta:
    <<: *support
    mode: monitor
""")
    routes = load_routes(path)
    beta = routes["support_beta"]
    assert beta.mode == "monitor" and beta.on_block == "respond"
    assert [s.name for s in beta.steps("input")] == ["normalize"]
    assert routes["support"].mode == "enforce"


def test_a_top_level_anchor_holder_is_an_unknown_key(tmp_path: Path) -> None:
    path = write(tmp_path, "r.yaml", """\
x-common: &base
  input: [normalize]
routes:
  a:
    <<: *base
""")
    err = error(path)
    assert err.path == "x-common"
    assert "keys: version, defaults, routes" in str(err)


@pytest.mark.parametrize(("items", "hint"), [
    ("[foo, yes]", "YAML read a bare word as true"),
    ("[2026-01-01]", "YAML read 2026-01-01 as a date; quote it"),
])
def test_yaml_hint_for_an_item_of_a_list_option(tmp_path: Path, items: str, hint: str) -> None:
    path = write(tmp_path, "r.yaml", f"""\
routes:
  a:
    input:
      - {{use: deny_regex, with: {{patterns: {items}}}}}
""")
    err = error(path)
    assert err.path == "routes.a.input[0].with.patterns"
    assert hint in str(err)


def test_no_yaml_hint_in_a_toml_file(tmp_path: Path) -> None:
    path = write(tmp_path, "r.toml", '[routes.a]\ninput = [{ use = "deny_regex", '
                                     'with = { patterns = ["foo", true] } }]\n')
    err = error(path)
    assert err.path == "routes.a.input[0].with.patterns" and "YAML" not in str(err)


@pytest.mark.parametrize(("name", "body", "hint"), [
    ("r.toml", '[routes.a]\ninput = [{ use = "injection", budget_ms = "5s" }]\n',
     "(a number of milliseconds, unquoted: budget_ms = 5000)"),
    ("r.toml", '[defaults]\nbudget_ms = "250ms"\n[routes.a]\n',
     "(a number of milliseconds, unquoted: budget_ms = 250)"),
    ("r.toml", '[routes.a]\ninput = [{ use = "abuse_gate", cache_ttl_s = "10m" }]\n',
     "(a number of seconds, unquoted: cache_ttl_s = 600)"),
    ("r.yaml", "routes:\n  a:\n    budget_ms: 1.5s\n",
     "(a number of milliseconds, unquoted: budget_ms: 1500)"),
])
def test_a_duration_written_with_a_unit(tmp_path: Path, name: str, body: str, hint: str) -> None:
    err = error(write(tmp_path, name, body))
    assert str(err).endswith(f"Input should be a valid number {hint}")


def test_no_unit_hint_for_a_word(tmp_path: Path) -> None:
    err = error(write(tmp_path, "r.toml", '[routes.a]\nbudget_ms = "fast"\n'))
    assert str(err).endswith("routes.a.budget_ms: Input should be a valid number")


@pytest.mark.parametrize("body", ['routes = { a = 1 }\n', '[defaults]\n[routes]\na = "x"\n'])
def test_no_internal_class_names_in_errors(tmp_path: Path, body: str) -> None:
    err = error(write(tmp_path, "r.toml", body))
    assert err.path == "routes.a"
    assert str(err).endswith("routes.a: Input should be a valid dictionary")
