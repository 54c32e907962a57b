"""Mistakes a new user makes first in a route file or a registration, and the error they get."""

from __future__ import annotations

from pathlib import Path

import pytest

from guardwire import ConfigError, Context, Decision, Registry, load_routes, register_guard


class Words:
    name = "words"

    def __init__(self, words: list[str], case: bool = False) -> None:
        self.words = words

    def __call__(self, text: str, ctx: Context) -> Decision:
        return Decision.allow()


def no_urls(text: str, ctx: Context) -> Decision:
    return Decision.block("links") if "://" in text else Decision.allow()


def _error(tmp_path: Path, name: str, body: str, reg: Registry | None = None) -> str:
    cfg = tmp_path / name
    cfg.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_routes(cfg, registry=reg)
    text = str(info.value)
    assert text.startswith(f"{cfg}: "), text
    return text


def test_a_guard_option_written_beside_use_says_to_put_it_under_with_toml(tmp_path: Path) -> None:
    # before: "routes.chat.input[0].threshold: Extra inputs are not permitted (keys: use, with,
    # name, budget_ms, …)": the option is valid, only its place is wrong, and nothing said so
    text = _error(tmp_path, "g.toml",
                  '[routes.chat]\ninput = [{ use = "injection", threshold = 0.7 }]\n')
    assert "routes.chat.input[0].threshold: " in text, text
    assert "an option of guard 'injection'" in text, text
    assert "with = { threshold = 0.7 }" in text, text


def test_a_guard_option_written_beside_use_says_to_put_it_under_with_yaml(tmp_path: Path) -> None:
    text = _error(tmp_path, "g.yaml",
                  'routes:\n  chat:\n    input:\n      - use: abuse_gate\n'
                  '        max_chars: 4000\n        budget_ms: 100\n')
    assert "routes.chat.input[0].max_chars: " in text, text
    assert "with: {max_chars: 4000}" in text, text


def test_a_custom_guards_option_beside_use_is_named_too(tmp_path: Path) -> None:
    reg = Registry()
    reg.register("words", Words)
    text = _error(tmp_path, "g.toml",
                  '[routes.chat]\ninput = [{ use = "words", words = ["foo"] }]\n', reg)
    assert "routes.chat.input[0].words: " in text, text
    assert 'with = { words = ["foo"] }' in text, text


def test_an_unknown_key_that_is_no_option_still_lists_the_entry_keys(tmp_path: Path) -> None:
    text = _error(tmp_path, "g.toml",
                  '[routes.chat]\ninput = [{ use = "injection", colour = "red" }]\n')
    assert "routes.chat.input[0].colour: Extra inputs are not permitted" in text, text
    assert "an option of" not in text, text


@pytest.mark.parametrize("guard", [no_urls, Words(["x"])], ids=["function", "instance"])
def test_registering_the_guard_itself_instead_of_a_factory_is_refused(guard: object) -> None:
    # before: accepted, and a route file using it failed with "with: missing required option
    # 'text'", an option nobody wrote
    reg = Registry()
    with pytest.raises(TypeError) as info:
        reg.register("no_urls", guard)  # type: ignore[arg-type]
    text = str(info.value)
    assert "takes (text, ctx)" in text and "lambda: " in text, text
    assert "no_urls" not in reg


def test_register_guard_refuses_it_too() -> None:
    with pytest.raises(TypeError, match="a factory"):
        register_guard("no_urls_audit", no_urls)


def test_factories_that_take_options_or_nothing_still_register(tmp_path: Path) -> None:
    reg = Registry()
    reg.register("words", Words)
    reg.register("no_urls", lambda: no_urls)
    reg.register("pair", lambda text="a", ctx=None: no_urls)  # defaults: a factory's options
    cfg = tmp_path / "g.toml"
    cfg.write_text('[routes.chat]\ninput = ["no_urls", { use = "words", with = '
                   '{ words = ["x"] } }]\n', encoding="utf-8")
    assert load_routes(cfg, registry=reg)["chat"].check_input("see http://x").blocked


def test_a_relative_path_that_is_not_there_names_the_directory_it_was_read_from(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # before: "guardwire.toml: cannot read: No such file or directory", with nothing saying
    # that guarded(config="guardwire.toml") reads from the current directory, not the module's
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError) as info:
        load_routes("guardwire.toml")
    text = str(info.value)
    assert text.startswith("guardwire.toml: cannot read: No such file or directory"), text
    assert f"looked for in the current directory {tmp_path})" in text, text
    with pytest.raises(ConfigError) as info:
        load_routes(tmp_path / "missing.toml")  # an absolute path needs no such hint
    assert "current directory" not in str(info.value)


def test_a_private_registry_without_the_builtins_says_so(tmp_path: Path) -> None:
    # before: "unknown guard 'normalize'; guards: mine", as if normalize did not exist
    reg = Registry()
    reg.register("mine", lambda: no_urls)
    text = _error(tmp_path, "g.toml", '[routes.a]\ninput = ["normalize", "mine"]\n', reg)
    assert "routes.a.input[0]: unknown guard 'normalize'" in text, text
    assert "Registry(BUILTIN_GUARDS)" in text, text
    from guardwire.config import BUILTIN_GUARDS

    full = Registry(BUILTIN_GUARDS)
    full.register("mine", lambda: no_urls)
    cfg = tmp_path / "g.toml"
    assert [s.name for s in load_routes(cfg, registry=full)["a"].input] == ["normalize", "mine"]


@pytest.mark.parametrize(("name", "body", "where"), [
    ("g.toml", '[defaults]\ninput = ["normalize"]\n[routes.chat]\n', "defaults.input"),
    ("g.toml", '[defaults]\nextends = "chat"\n[routes.chat]\n', "defaults.extends"),
    ("g.yaml", 'defaults:\n  output: [citations]\nroutes:\n  chat: {}\n', "defaults.output"),
])
def test_guards_in_defaults_say_how_routes_share_guards(tmp_path: Path, name: str, body: str,
                                                         where: str) -> None:
    # before: "defaults.input: Extra inputs are not permitted (keys: budget_ms, …)", which left
    # the user with no way to give every route the same guards
    text = _error(tmp_path, name, body)
    assert f"{where}: " in text, text
    assert "a route that the others extend" in text, text
    assert ("[defaults]" in text) == name.endswith(".toml"), text  # YAML has no [tables]


def test_a_route_setting_after_an_array_of_tables_header_says_where_it_landed(
        tmp_path: Path) -> None:
    # before: "routes.chat.input[0].on_block: Extra inputs are not permitted (keys: use, with,
    # ...)": TOML put the route's setting into the entry above it, and nothing said why
    text = _error(tmp_path, "g.toml", '[[routes.chat.input]]\nuse = "normalize"\n\n'
                                      'on_block = "respond"\n')
    assert "routes.chat.input[0].on_block: " in text, text
    assert "a route setting" in text and "[[routes.chat.input]]" in text, text
    assert "under [routes.chat]" in text, text


def test_a_route_setting_indented_into_a_yaml_entry_says_so(tmp_path: Path) -> None:
    text = _error(tmp_path, "g.yaml", 'routes:\n  chat:\n    input:\n      - use: normalize\n'
                                      '        mode: monitor\n')
    assert "routes.chat.input[0].mode: " in text, text
    assert "a route setting" in text and "indent" in text, text


@pytest.mark.parametrize(("name", "body", "where", "write"), [
    ("g.yaml", 'routes:\n  chat:\n    input:\n      - normalize\n'
               '      - injection: {threshold: 0.7}\n',
     "routes.chat.input[1]", "{use: injection, with: {threshold: 0.7}}"),
    ("g.yaml", 'routes:\n  chat:\n    input:\n      - injection:\n          threshold: 0.7\n',
     "routes.chat.input[0]", "{use: injection, with: {threshold: 0.7}}"),
    ("g.toml", '[routes.chat]\ninput = [{ injection = { threshold = 0.7 } }]\n',
     "routes.chat.input[0]", '{ use = "injection", with = { threshold = 0.7 } }'),
])
def test_a_guard_name_used_as_a_key_shows_the_entry_to_write(
        tmp_path: Path, name: str, body: str, where: str, write: str) -> None:
    # before: "use: Field required (also ...injection: Extra inputs are not permitted (keys:
    # use, with, ...))"
    text = _error(tmp_path, name, body)
    assert f"{where}: " in text and write in text, text


@pytest.mark.parametrize(("name", "body", "write"), [
    ("g.yaml", 'routes:\n  chat:\n    input:\n      - use: injection\n        with:\n'
               '          - threshold: 0.7\n          - scan_tools: false\n',
     "with: {threshold: 0.7, scan_tools: false}"),
])
def test_options_written_as_a_list_show_the_mapping_to_write(tmp_path: Path, name: str,
                                                            body: str, write: str) -> None:
    # before: "routes.chat.input[0].with: Input should be a valid dictionary"
    text = _error(tmp_path, name, body)
    assert "routes.chat.input[0].with: " in text and write in text, text


def test_an_unknown_guard_in_code_says_to_register_it_first(tmp_path: Path) -> None:
    # before: "unknown guard 'banned_words'; guards: abuse_gate, …" and no word about the
    # usual cause in an app: the module that calls register_guard() was not imported yet
    text = _error(tmp_path, "g.toml", '[routes.chat]\ninput = ["banned_words"]\n')
    assert "unknown guard 'banned_words'; guards: abuse_gate, " in text, text
    assert "register_guard()" in text and "import the module" in text, text
    typo = _error(tmp_path, "h.toml", '[routes.chat]\ninput = ["injecton"]\n')
    assert "register_guard" not in typo, typo  # a close built-in name: a typo


def test_the_cli_gives_its_own_hint_once(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from guardwire.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "g.toml").write_text('[routes.chat]\ninput = ["banned_words"]\n',
                                     encoding="utf-8")
    assert main(["routes", "--config", "g.toml"]) == 2
    err = capsys.readouterr().err
    assert err.count("a guard of your own?") == 1 and "--import MODULE" in err, err


def test_registering_a_redefined_factory_again_replaces_it() -> None:
    # a notebook cell or an importlib.reload() runs `register_guard("x", X)` again with a new X
    # of the same module and name; it used to stop with "already registered (pass replace=True)"
    reg = Registry()
    source = ("class Words:\n    def __init__(self, n=1):\n        self.n = n\n"
              "    def __call__(self, text, ctx):\n        return None\n")
    first: dict[str, object] = {"__name__": "myapp.guards"}
    second: dict[str, object] = {"__name__": "myapp.guards"}
    exec(source, first)  # the same definition, run twice
    exec(source, second)
    reg.register("words", first["Words"])  # type: ignore[arg-type]
    reg.register("words", second["Words"])  # type: ignore[arg-type]
    assert reg.get("words") is second["Words"]
    with pytest.raises(ValueError, match="already registered"):  # another guard: a clash
        reg.register("words", Words)
