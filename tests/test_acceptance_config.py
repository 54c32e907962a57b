"""Acceptance review of route files: every mistake is a ConfigError naming the file and key
path; nothing is silently coerced, dropped or overridden."""

from __future__ import annotations

from pathlib import Path

import pytest

from guardwire import ConfigError, Context, Decision, GuardSetupError, Registry, load_routes


def allow(text: str, ctx: Context) -> Decision:
    return Decision.allow()


def _broken_factory() -> object:
    raise RuntimeError("the model file is corrupt")


def _setup_failing_factory() -> object:
    raise GuardSetupError("install guardwire[ner]")


def _lookup_factory(table: str) -> object:
    return {"known": allow}[table]


@pytest.fixture
def reg() -> Registry:
    r = Registry()
    r.register("ok", lambda: allow)
    r.register("broken", _broken_factory)
    r.register("needs_extra", _setup_failing_factory)
    r.register("lookup", _lookup_factory)
    return r


def write(tmp_path: Path, name: str, body: str) -> Path:
    p = tmp_path / name
    p.write_text(body, encoding="utf-8")
    return p


@pytest.mark.parametrize(("entry", "message"), [
    ('"broken"', "RuntimeError: the model file is corrupt"),
    ('"needs_extra"', "GuardSetupError: install guardwire[ner]"),
    ('{ use = "lookup", with = { table = "nope" } }', "KeyError: 'nope'"),
])
def test_a_factory_that_fails_in_any_way_is_a_config_error_with_the_key_path(
        tmp_path: Path, reg: Registry, entry: str, message: str) -> None:
    cfg = write(tmp_path, "g.toml", f'[routes.chat]\ninput = ["ok", {entry}]')
    with pytest.raises(ConfigError) as info:
        load_routes(cfg, registry=reg)
    assert str(info.value).startswith(f"{cfg}: routes.chat.input[1]: ")
    assert message in str(info.value)
    assert info.value.__cause__ is not None  # the original exception is kept


@pytest.mark.parametrize(("body", "path", "key"), [
    ("routes:\n  a:\n    input: [ok]\n  a:\n    mode: monitor\n", "routes", "a"),
    ("routes:\n  a:\n    input: [ok]\n    mode: enforce\n    mode: monitor\n", "routes.a", "mode"),
    ("routes:\n  a:\n    input:\n      - {use: ok, budget_ms: 5, budget_ms: 50}\n",
     "routes.a.input[0]", "budget_ms"),
])
def test_a_duplicate_yaml_key_is_an_error_not_last_one_wins(tmp_path: Path, reg: Registry,
                                                            body: str, path: str,
                                                            key: str) -> None:
    cfg = write(tmp_path, "g.yaml", body)
    with pytest.raises(ConfigError) as info:
        load_routes(cfg, registry=reg)
    assert info.value.path == path
    assert f"duplicate key {key!r}" in str(info.value) and "line" in str(info.value)


def test_yaml_anchors_and_merge_keys_still_work(tmp_path: Path, reg: Registry) -> None:
    cfg = write(tmp_path, "g.yaml", "base: &b {mode: monitor}\n"
                "routes:\n  a:\n    <<: *b\n    input: [ok]\n".replace("base", "x_base"))
    with pytest.raises(ConfigError, match="x_base"):  # unknown top-level key, as before
        load_routes(cfg, registry=reg)
    cfg = write(tmp_path, "h.yaml", "routes:\n  a: &a\n    mode: monitor\n    input: [ok]\n"
                "  b:\n    <<: *a\n    on_block: respond\n")
    routes = load_routes(cfg, registry=reg)
    assert routes["b"].mode == "monitor" and routes["b"].on_block == "respond"


@pytest.mark.parametrize(("body", "path"), [
    ('[routes.chat]\ninput = [{ use = "ok", budget_ms = true }]', "routes.chat.input[0].budget_ms"),
    ('[routes.chat]\ninput = [{ use = "ok", budget_ms = "250" }]',
     "routes.chat.input[0].budget_ms"),
    ('[routes.chat]\nmax_reasks = "3"', "routes.chat.max_reasks"),
    ('[routes.chat]\nmax_reasks = 2.5', "routes.chat.max_reasks"),
    ('[routes.chat]\nguard_system = "yes"', "routes.chat.guard_system"),
    ('[defaults]\nreturn_structured = 1\n[routes.chat]', "defaults.return_structured"),
    ('[defaults]\ncache_ttl_s = 5\n[routes.chat]', "defaults.cache_ttl_s"),
])
def test_a_value_of_the_wrong_type_is_an_error_not_coerced(tmp_path: Path, reg: Registry,
                                                           body: str, path: str) -> None:
    """`budget_ms = true` used to become a 1 ms budget, `guard_system = "yes"` True."""
    cfg = write(tmp_path, "g.toml", body)
    with pytest.raises(ConfigError) as info:
        load_routes(cfg, registry=reg)
    assert info.value.path == path, str(info.value)


def test_integers_are_still_fine_where_numbers_are_expected(tmp_path: Path,
                                                            reg: Registry) -> None:
    cfg = write(tmp_path, "g.toml", '[defaults]\nbudget_ms = 40\n[routes.chat]\n'
                'input = [{ use = "ok", budget_ms = 5 }]\nmax_reasks = 2')
    routes = load_routes(cfg, registry=reg)
    assert routes["chat"].policy.budget_ms == 40 and routes["chat"].max_reasks == 2
    assert routes["chat"].steps("input")[0].policy.budget_ms == 5


def test_a_yaml_syntax_error_is_one_line_with_its_position(tmp_path: Path) -> None:
    cfg = write(tmp_path, "g.yaml", "routes:\n  a:\n    input: [normalize\n")
    with pytest.raises(ConfigError) as info:
        load_routes(cfg)
    text = str(info.value)
    assert "\n" not in text and "<unicode string>" not in text, text
    assert text.startswith(f"{cfg}: not valid YAML: ") and "line 4, column 1" in text, text


@pytest.mark.parametrize(("entry", "path", "message"), [
    ('{ use = "ok", name = "" }', "routes.chat.input[0].name", "at least 1 character"),
    ('{ parallel = [] }', "routes.chat.input[0].parallel", "at least one guard"),
])
def test_an_empty_name_or_parallel_group_is_an_error_not_ignored(
        tmp_path: Path, reg: Registry, entry: str, path: str, message: str) -> None:
    cfg = write(tmp_path, "g.toml", f"[routes.chat]\ninput = [{entry}]")
    with pytest.raises(ConfigError) as info:
        load_routes(cfg, registry=reg)
    assert info.value.path == path and message in str(info.value), str(info.value)


def test_a_yaml_file_without_pyyaml_says_what_to_install(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "yaml", None)  # as if PyYAML were not installed
    cfg = write(tmp_path, "g.yaml", "routes:\n  a:\n    input: [normalize]\n")
    with pytest.raises(ConfigError) as info:
        load_routes(cfg)
    assert str(info.value) == f"{cfg}: reading YAML needs PyYAML (pip install pyyaml)"


def test_a_non_string_yaml_key_is_named_as_a_key(tmp_path: Path, reg: Registry) -> None:
    cfg = write(tmp_path, "g.yaml", "routes:\n  2024:\n    input: [ok]\n")
    with pytest.raises(ConfigError) as info:
        load_routes(cfg, registry=reg)
    assert info.value.path == "routes.2024", str(info.value)
    assert "key" in str(info.value) and "[key]" not in str(info.value)


@pytest.mark.parametrize("suffix", ["toml", "yaml"])
def test_a_route_file_saved_with_a_utf8_bom_loads(tmp_path: Path, reg: Registry,
                                                  suffix: str) -> None:
    body = ('[routes.chat]\ninput = ["ok"]\n' if suffix == "toml"
            else "routes:\n  chat:\n    input: [ok]\n")
    cfg = tmp_path / f"g.{suffix}"
    cfg.write_bytes(b"\xef\xbb\xbf" + body.encode())  # what some Windows editors write
    assert [s.name for s in load_routes(cfg, registry=reg)["chat"].steps("input")] == ["ok"]


@pytest.mark.parametrize(("body", "path"), [
    ('[routes.chat]\non_block = "respond"\nblock_response = ""\ninput = []\n',
     "routes.chat.block_response"),
    ('version = ""\n[routes.chat]\ninput = []\n', "version"),
    ('[routes.chat]\nversion = ""\ninput = []\n', "routes.chat.version"),
])
def test_an_empty_block_response_or_version_is_an_error_not_the_default(
        tmp_path: Path, body: str, path: str) -> None:
    f = tmp_path / "routes.toml"
    f.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_routes(f)
    assert path in str(err.value) and "routes.toml" in str(err.value)


def test_block_response_and_version_given_are_used(tmp_path: Path) -> None:
    f = tmp_path / "routes.toml"
    f.write_text('version = "v1"\n[routes.chat]\non_block = "respond"\nblock_response = "No."\n'
                 'input = []\n[routes.other]\nversion = "v2"\ninput = []\n', encoding="utf-8")
    routes = load_routes(f)
    assert (routes["chat"].block_response, routes["chat"].version) == ("No.", "v1")
    assert routes["other"].version == "v2"
