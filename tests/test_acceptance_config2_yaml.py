"""Second acceptance pass over route files, the YAML traps: PyYAML (YAML 1.1) reads bare
on/off/yes/no as booleans, 1e3 as a string, 2026-11-22 as a date, 0250 as octal and an empty
value as null. Each used to load as something else or fail with a misleading message; each is
now a ConfigError naming the file and key path, with a hint."""

from __future__ import annotations

from pathlib import Path

import pytest

from _config_kit import error, registry_with_ok, write
from guardwire import Registry, load_routes


@pytest.fixture
def reg() -> Registry:
    return registry_with_ok()


# -- YAML reads some bare words as something else -------------------------------------------------
@pytest.mark.parametrize(("body", "path", "hint"), [
    ("routes:\n  r:\n    mode: off\n", "routes.r.mode", "quote it"),
    ("routes:\n  r:\n    on_error: no\n", "routes.r.on_error", "quote it"),
    ("routes:\n  r:\n    budget_ms: 1e3\n", "routes.r.budget_ms", "1.0e3"),
    ('version: 2026-11-22\nroutes:\n  r: {}\n', "version", "quote it"),
])
def test_a_yaml_word_read_as_another_type_gets_a_hint(tmp_path: Path, body: str, path: str,
                                                      hint: str) -> None:
    """`mode: off` used to say "Input should be 'enforce', 'monitor' or 'off'" — the user did
    write off; PyYAML read it as false."""
    err = error(write(tmp_path, "g.yaml", body))
    assert err.path == path and hint in str(err), str(err)


def test_the_same_values_in_toml_get_no_yaml_hint(tmp_path: Path) -> None:
    err = error(write(tmp_path, "g.toml", '[routes.r]\nmode = false\n'))
    assert err.path == "routes.r.mode" and "YAML" not in str(err)


def test_an_empty_yaml_file_says_it_is_empty(tmp_path: Path) -> None:
    assert "empty" in str(error(write(tmp_path, "g.yaml", "# nothing yet\n")))


def test_a_string_where_a_list_is_expected_suggests_the_list(tmp_path: Path) -> None:
    cfg = write(tmp_path, "g.yaml", "routes:\n  r:\n    output:\n"
                "      - {use: slots, with: {keep: sum}}\n")
    assert "['sum']" in str(error(cfg))


def test_a_yaml_off_for_a_string_option_gets_the_quote_hint(tmp_path: Path) -> None:
    cfg = write(tmp_path, "g.yaml", "routes:\n  r:\n    input:\n"
                "      - {use: pii, with: {ner: off}}\n")
    err = error(cfg)
    assert err.path == "routes.r.input[0].with.ner" and "quote it" in str(err), str(err)


def test_a_yaml_route_named_on_is_named_and_gets_the_quote_hint(tmp_path: Path) -> None:
    """The key `on:` is the boolean true; the path used to read `routes.1`."""
    err = error(write(tmp_path, "g.yaml", "routes:\n  on:\n    input: [normalize]\n"))
    assert err.path == "routes.true" and str(err).endswith("quote it)"), str(err)


def test_a_yaml_null_for_an_option_that_takes_no_none_is_named(tmp_path: Path) -> None:
    cfg = write(tmp_path, "g.yaml", "routes:\n  r:\n    input:\n"
                "      - {use: injection, with: {threshold: null}}\n")
    err = error(cfg)
    assert err.path == "routes.r.input[0].with.threshold" and str(err).endswith(
        "expected float, got null"), str(err)


@pytest.mark.parametrize(("body", "path"), [
    # `input:` with nothing after it (the list forgotten or mis-indented) used to mean
    # "no input guards", silently
    ("routes:\n  r:\n    input:\n    mode: monitor\n", "routes.r.input"),
    ("routes:\n  r:\n    budget_ms:\n    input: [ok]\n", "routes.r.budget_ms"),
    ("defaults:\n  on_error: ~\nroutes:\n  r: {input: [ok]}\n", "defaults.on_error"),
    ("version:\nroutes:\n  r: {input: [ok]}\n", "version"),
    ("routes:\n  r:\n    input:\n      - {use: ok, with: }\n", "routes.r.input[0].with"),
    ("routes:\n  r:\n    output:\n      - parallel: [{use: ok, budget_ms: null}]\n",
     "routes.r.output[0].parallel[0].budget_ms"),
    ("routes:\n  r:\n", "routes.r"),
])
def test_an_empty_yaml_value_is_an_error_not_the_default(tmp_path: Path, reg: Registry,
                                                         body: str, path: str) -> None:
    err = error(write(tmp_path, "g.yaml", body), reg)
    assert err.path == path and "empty" in str(err).split(f": {path}: ")[1], str(err)


def test_a_null_guard_option_is_left_to_the_guard(tmp_path: Path) -> None:
    cfg = write(tmp_path, "g.yaml", "routes:\n  r:\n    input:\n"
                "      - {use: abuse_gate, with: {max_chars: null}}\n")
    assert load_routes(cfg)["r"].steps("input")[0].name == "abuse_gate"


@pytest.mark.parametrize(("body", "path", "said"), [
    # YAML 1.1: a leading zero is octal (0250 = 168), a colon is base 60 (1:30 = 90)
    ("routes:\n  r:\n    budget_ms: 0250\n    input: [ok]\n", "routes.r.budget_ms", "168"),
    ("routes:\n  r:\n    input:\n      - {use: ok, budget_ms: 1:30}\n",
     "routes.r.input[0].budget_ms", "90"),
])
def test_a_yaml_number_read_in_another_base_is_an_error(tmp_path: Path, reg: Registry,
                                                        body: str, path: str,
                                                        said: str) -> None:
    err = error(write(tmp_path, "g.yaml", body), reg)
    assert err.path == path and f"as {said}" in str(err), str(err)


def test_plain_yaml_numbers_still_load(tmp_path: Path, reg: Registry) -> None:
    cfg = write(tmp_path, "g.yaml", "routes:\n  r:\n    budget_ms: 1_000\n    max_reasks: 0\n"
                "    input: [{use: ok, budget_ms: 0.5}]\n")
    p = load_routes(cfg, registry=reg)["r"]
    assert p.policy.budget_ms == 1000 and p.steps("input")[0].policy.budget_ms == 0.5
