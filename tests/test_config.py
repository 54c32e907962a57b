"""Route files: TOML and YAML, extends, modes, registry, and errors that name file and key path."""

from __future__ import annotations

from pathlib import Path

import pytest

from guardwire import ConfigError, Context, Decision, Registry, guarded, load_routes
from guardwire.config import build_routes
from guardwire.testing import FakeLLM


class Tag:
    """A tiny guard factory for registry tests: appends a tag."""

    name = "tag"
    cacheable = True

    def __init__(self, tag: str = "!", strict: bool = False) -> None:
        if not tag:
            raise ConfigError("must not be empty", path="tag")
        self.tag = tag

    def __call__(self, text: str, ctx: Context) -> Decision:
        return Decision.rewrite(text + self.tag, "tag")


def block_all(text: str, ctx: Context) -> Decision:
    return Decision.block("always")


@pytest.fixture
def reg() -> Registry:
    r = Registry()
    r.register("tag", Tag)
    r.register("block_all", lambda: block_all)
    return r


def write(tmp_path: Path, name: str, body: str) -> Path:
    p = tmp_path / name
    p.write_text(body, encoding="utf-8")
    return p


def test_toml_routes_with_extends_modes_and_overrides(tmp_path: Path, reg: Registry) -> None:
    entry = ('{ use = "tag", with = { tag = "?" }, name = "q", budget_ms = 30000, '
             'on_timeout = "open" }')
    cfg = write(tmp_path, "g.toml", f"""
version = "v7"
[defaults]
on_error = "open"
budget_ms = 60000
[routes.base]
input = ["tag", {entry}]
output = [{{ parallel = ["block_all"] }}]
on_block = "respond"
block_response = "nope"
[routes.beta]
extends = "base"
mode = "monitor"
""")
    routes = load_routes(cfg, registry=reg)
    assert set(routes) == {"base", "beta"}
    base, beta = routes["base"], routes["beta"]
    assert [s.name for s in base.steps("input")] == ["tag", "q"]
    q = base.steps("input")[1]
    assert q.policy.budget_ms == 30000
    assert q.policy.on_timeout == "open" and q.policy.on_error == "open"
    assert base.steps("input")[0].policy.budget_ms == 60000
    # budgets no loaded machine reaches: a 5 ms one timed out (open) and the text lost its '?'
    assert base.version == "v7" and beta.mode == "monitor" and beta.on_block == "respond"
    assert base.check_input("x").text == "x!?"
    assert guarded(FakeLLM("a").complete, pipeline=base)("hi") == "nope"
    assert guarded(FakeLLM("a").complete, pipeline=beta)("hi") == "a"  # monitor never blocks


def test_yaml_routes(tmp_path: Path, reg: Registry) -> None:
    cfg = write(tmp_path, "g.yaml", """
routes:
  chat:
    input: [tag]
    output:
      - use: tag
        with: {tag: "."}
""")
    p = load_routes(cfg, registry=reg)["chat"]
    assert guarded(FakeLLM(lambda s: s).complete, pipeline=p)("hi") == "hi!."


@pytest.mark.parametrize("body,path,message", [
    ('[routes.chat]\noutput = ["tag", "pii_redact"]', "routes.chat.output[1]",
     "unknown guard 'pii_redact'"),
    ('[routes.chat]\ninput = [{ use = "tag", with = { tag = "" } }]',
     "routes.chat.input[0].with.tag", "must not be empty"),
    ('[routes.chat]\ninput = [{ use = "tag", with = { colour = 1 } }]',
     "routes.chat.input[0].with", "colour"),
    ('[routes.chat]\ninput = [{ use = "tag", budget_ms = -1 }]',
     "routes.chat.input[0].budget_ms", "greater than 0"),
    ('[routes.chat]\ninput = [{ use = "tag", on_error = "sometimes" }]',
     "routes.chat.input[0].on_error", "open"),
    ('[routes.chat]\ninput = [{ uses = "tag" }]', "routes.chat.input[0]", "use"),
    ('[routes.chat]\nmode = "loud"', "routes.chat.mode", "enforce"),
    ('[routes.chat]\nextends = "nowhere"', "routes.chat.extends", "unknown route 'nowhere'"),
    ('[routes.a]\nextends = "b"\n[routes.b]\nextends = "a"', "routes.", "cycle"),
    ('[routes.chat]\ninput = [{ use = "tag", cache_ttl_s = 5 }, { use = "block_all", '
     'cache_ttl_s = 5 }]', "routes.chat.input[1]", "cannot be cached"),
    ('[routes.chat]\ninput = [{ parallel = "tag" }]', "routes.chat.input[0]", "parallel"),
    ('[routes.chat]\ninput = [42]', "routes.chat.input[0]", "guard name or a table"),
    ('[defaults]\ncolour = "red"\n[routes.chat]', "defaults.colour", "Extra inputs"),
    ('[route.chat]', "route", "Extra inputs"),
])
def test_config_errors_name_file_and_key_path(tmp_path: Path, reg: Registry, body: str,
                                              path: str, message: str) -> None:
    cfg = write(tmp_path, "bad.toml", body)
    with pytest.raises(ConfigError) as info:
        load_routes(cfg, registry=reg)
    text = str(info.value)
    assert text.startswith(str(cfg)), text
    assert path in text and message in text, text
    assert isinstance(info.value, ValueError)


def test_unknown_guard_suggests_a_close_name(tmp_path: Path, reg: Registry) -> None:
    cfg = write(tmp_path, "g.toml", '[routes.r]\ninput = ["tagg"]')
    with pytest.raises(ConfigError, match="did you mean 'tag'"):
        load_routes(cfg, registry=reg)


def test_syntax_errors_and_missing_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_routes(write(tmp_path, "x.toml", "[routes\n"))
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_routes(write(tmp_path, "x.yaml", "routes: [\n"))
    with pytest.raises(ConfigError, match="cannot read"):
        load_routes(tmp_path / "missing.toml")
    with pytest.raises(ConfigError, match="unknown file type"):
        load_routes(write(tmp_path, "x.json", "{}"))
    with pytest.raises(ConfigError, match="no routes"):
        load_routes(write(tmp_path, "x.toml", "[routes]"))


def test_guarded_with_route_and_config(tmp_path: Path) -> None:
    cfg = write(tmp_path, "g.toml", '[routes.support]\ninput = ["normalize"]\n')
    with pytest.raises(ConfigError, match="unknown route 'sales'"):
        guarded(route="sales", config=cfg)

    @guarded(route="support", config=cfg)
    def call(prompt: str) -> str:
        return "ok"

    assert call("hi") == "ok"
    with pytest.raises(ConfigError, match="needs pipeline= or config="):
        guarded(lambda p: p)


def test_registry_rejects_duplicates_and_bad_names() -> None:
    r = Registry()
    r.register("x", Tag)
    with pytest.raises(ValueError, match="already registered"):
        r.register("x", lambda: block_all)  # another factory under a taken name
    r.register("x", Tag)  # the same definition again (a re-import) replaces it
    r.register("x", Tag, replace=True)
    with pytest.raises(ValueError):
        r.register("not a name", Tag)
    with pytest.raises(TypeError):
        r.register("y", "Tag")  # type: ignore[arg-type]


def test_build_routes_from_data(reg: Registry) -> None:
    routes = build_routes({"routes": {"r": {"input": ["tag"]}}}, registry=reg)
    assert routes["r"].check_input("a").text == "a!"


def test_embedded_defaults_are_valid() -> None:
    from guardwire._demo import load_default_routes

    routes = load_default_routes()
    assert {"default", "rag", "rewrite", "extract"} <= set(routes)
    assert "pii_restore" in [s.name for s in routes["default"].steps("output")]


def test_guarded_without_route_names_the_missing_route_argument(tmp_path: Path) -> None:
    cfg = write(tmp_path, "g.toml", '[routes.support]\ninput = ["normalize"]\n')
    with pytest.raises(ConfigError) as err:
        guarded(config=cfg)
    msg = str(err.value)
    assert "None" not in msg
    assert "route=" in msg and "support" in msg


def test_the_route_file_in_the_config_module_docstring_loads(tmp_path: Path) -> None:
    import textwrap

    import guardwire.config as config_module

    doc = config_module.__doc__ or ""
    block = doc.split("A route file::\n\n", 1)[1].split("\nEvery mistake", 1)[0]
    path = tmp_path / "guardwire.toml"
    path.write_text(textwrap.dedent(block), encoding="utf-8")
    routes = load_routes(path)
    assert set(routes) == {"support", "support_beta"}
    assert routes["support"].block_response == "Sorry, I can't help with that."
    assert routes["support_beta"].mode == "monitor"


@pytest.mark.parametrize("route", ["", 3])
def test_guarded_refuses_an_empty_or_non_str_route_name(tmp_path: Path, route: object) -> None:
    """route="" (an unset environment variable) used the file's default route silently."""
    cfg = tmp_path / "g.toml"
    cfg.write_text('[routes.default]\ninput = []\n[routes.strict]\ninput = ["abuse_gate"]\n',
                   encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        guarded(FakeLLM(["x"]).complete, route=route, config=cfg)  # type: ignore[call-overload]
    assert "route= must be a non-empty route name" in str(err.value)
    assert str(cfg) in str(err.value)
