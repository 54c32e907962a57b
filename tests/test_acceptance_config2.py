"""Second acceptance pass over route files, as a demanding user: every mistake found here used
to load (or failed with a misleading message) and is now a ConfigError naming the file and the
key path; nothing is silently dropped or left to fail on every call."""

from __future__ import annotations

from pathlib import Path

import pytest

from _config_kit import allow, error, registry_with_ok, write
from guardwire import ConfigError, Context, Decision, Registry, load_routes


@pytest.fixture
def reg() -> Registry:
    return registry_with_ok()


# -- budgets that cannot be waited for ---------------------------------------------------------
@pytest.mark.parametrize(("body", "path"), [
    ('[routes.r]\ninput = [{ use = "pii", budget_ms = inf }]', "routes.r.input[0].budget_ms"),
    ('[routes.r]\ninput = [{ use = "pii", budget_ms = 1e300 }]', "routes.r.input[0].budget_ms"),
    ('[defaults]\nbudget_ms = inf\n[routes.r]\ninput = ["ok"]', "defaults.budget_ms"),
    ('[routes.r]\nbudget_ms = nan\ninput = ["ok"]', "routes.r.budget_ms"),
    ('[routes.r]\ninput = [{ use = "ok", cache_ttl_s = inf }]', "routes.r.input[0].cache_ttl_s"),
])
def test_an_infinite_or_huge_budget_is_an_error_not_a_block_on_every_call(
        tmp_path: Path, body: str, path: str) -> None:
    """`budget_ms = inf` used to load; then every call to a worker-thread guard (pii) failed
    with OverflowError, which the fail-closed policy turned into a block."""
    reg = Registry({"pii": "guardwire.guards.pii:PIIRedactor"})
    reg.register("ok", lambda: allow)
    err = error(write(tmp_path, "g.toml", body), reg)
    assert err.path == path, str(err)


def test_the_largest_allowed_budget_still_runs(tmp_path: Path) -> None:
    cfg = write(tmp_path, "g.toml", '[routes.r]\ninput = [{ use = "pii", budget_ms = 3600000 }]')
    v = load_routes(cfg)["r"].check_input("mail bob@example.com")
    assert v.decisions[0].outcome == "ok" and "bob@example.com" not in v.text


# -- files that are not UTF-8 --------------------------------------------------------------------
@pytest.mark.parametrize(("name", "body", "where"), [
    ("g.yaml", b"routes:\n  r:\n    block_response: \"caf\xe9\"\n", "line 3, column 25"),
    ("g.toml", b"[routes.r]\nblock_response = \"caf\xe9\"\n", "line 2, column 22"),
])
def test_a_file_that_is_not_utf8_says_so_with_its_line(tmp_path: Path, name: str,
                                                       body: bytes, where: str) -> None:
    """A Latin-1 YAML file used to be reported as 'not valid TOML', with a byte offset."""
    text = str(error(write(tmp_path, name, body)))
    assert "TOML" not in text
    assert "not UTF-8 text: byte 0xe9 at " + where in text, text


# -- guards in a place where they silently do nothing --------------------------------------------
@pytest.mark.parametrize(("stage", "guard"), [
    ("input", "normalize"), ("input", "pii"), ("output", "pii_restore"), ("output", "slots"),
    ("output", "citations"),
])
def test_a_rewriting_guard_in_a_parallel_group_is_an_error(tmp_path: Path, stage: str,
                                                           guard: str) -> None:
    """A parallel group cannot rewrite: `normalize` there used to load, and its rewrite was
    dropped at run time (fail-open), so the next guard scanned the raw text."""
    from guardwire.config import BUILTIN_GUARDS

    reg = Registry({guard: BUILTIN_GUARDS[guard]})
    reg.register("ok", lambda: allow)
    cfg = write(tmp_path, "g.toml", f'[routes.r]\n{stage} = [{{ parallel = ["ok", "{guard}"] }}]')
    err = error(cfg, reg)
    assert err.path == f"routes.r.{stage}[0].parallel[1]", str(err)
    assert "rewrites the text" in str(err)


def test_non_rewriting_guards_in_a_parallel_group_still_load(tmp_path: Path) -> None:
    cfg = write(tmp_path, "g.toml",
                '[routes.r]\ninput = [{ parallel = ["abuse_gate", "injection", '
                '{ use = "max_length", with = { max_chars = 9 } }] }]')
    assert [s.name for s in load_routes(cfg)["r"].steps("input")] == [
        "abuse_gate", "injection", "max_length"]


def test_the_python_api_refuses_a_rewriting_builtin_in_a_parallel_group() -> None:
    from guardwire import Pipeline, parallel
    from guardwire.guards.normalize import Normalize

    with pytest.raises(ValueError, match="rewrite"):
        Pipeline(input=[parallel([Normalize()])])


@pytest.mark.parametrize("guard", ["pii_restore", "schema", "citations", "time_phrases",
                                   "footnotes", "grounding", "slots"])
def test_an_output_guard_listed_under_input_is_an_error(tmp_path: Path, guard: str) -> None:
    """`grounding` under input used to load and answer 'no documents to check against' on
    every call: the answer was never checked."""
    cfg = write(tmp_path, "g.toml", f'[routes.r]\ninput = ["normalize", "{guard}"]')
    err = error(cfg)
    assert err.path == "routes.r.input[1]", str(err)
    assert "output" in str(err)


def test_two_guards_with_one_name_in_a_stage_are_an_error(tmp_path: Path, reg: Registry) -> None:
    """Verdicts, spans and `guardwire check` report guards by name: two entries of one name
    merged into one row, and an output guard named `pii_restore` silently replaced PII
    restoration."""
    cfg = write(tmp_path, "g.toml", '[routes.r]\ninput = ["ok", { use = "ok" }]')
    err = error(cfg, reg)
    assert err.path == "routes.r.input[1]" and "input[0]" in str(err), str(err)
    cfg = write(tmp_path, "h.toml", '[routes.r]\ninput = ["pii"]\n'
                'output = [{ use = "max_length", with = { max_chars = 99 }, '
                'name = "pii_restore" }]')
    err = error(cfg)
    assert err.path == "routes.r.output[0].name", str(err)


def test_one_guard_twice_under_different_names_or_stages_is_fine(tmp_path: Path,
                                                                 reg: Registry) -> None:
    cfg = write(tmp_path, "g.toml", '[routes.r]\ninput = ["ok", { use = "ok", name = "ok2" }]\n'
                'output = ["ok"]')
    p = load_routes(cfg, registry=reg)["r"]
    assert [s.name for s in p.steps("input")] == ["ok", "ok2"]


# -- keys that are not part of the format --------------------------------------------------------
def test_with_underscore_is_not_an_alias_of_with(tmp_path: Path, reg: Registry) -> None:
    cfg = write(tmp_path, "g.toml", '[routes.r]\ninput = [{ use = "ok", with_ = {} }]')
    assert error(cfg, reg).path == "routes.r.input[0].with_"


def test_an_empty_route_name_is_an_error(tmp_path: Path, reg: Registry) -> None:
    cfg = write(tmp_path, "g.toml", '[routes.""]\ninput = ["ok"]')
    err = error(cfg, reg)
    assert err.path == "routes" and "empty" in str(err), str(err)


def test_a_nested_parallel_group_says_so(tmp_path: Path, reg: Registry) -> None:
    cfg = write(tmp_path, "g.toml", '[routes.r]\ninput = [{ parallel = [{ parallel = ["ok"] }] }]')
    err = error(cfg, reg)
    assert err.path == "routes.r.input[0].parallel[0]" and "nested" in str(err), str(err)


# -- guard options of the wrong type -------------------------------------------------------------
@pytest.mark.parametrize(("stage", "guard", "option", "value", "expected"), [
    # a quoted "no" is a non-empty string: it used to switch the check ON
    ("output", "grounding", "check_numbers", '"no"', "bool"),
    ("output", "slots", "fix_plurals", '"false"', "bool"),
    # a string where a list is expected used to be read letter by letter: keep = {s, u, m}
    ("output", "slots", "keep", '"sum"', "Sequence[str]"),
    ("output", "footnotes", "labels", '"Sources"', "Sequence[str]"),
    ("output", "citations", "b", "true", "float"),
    # an infinite timeout used to block every call (the regex search gave up at once)
    ("input", "deny_regex", "timeout_ms", "inf", "finite"),
    ("output", "grounding", "verifier_budget_ms", "inf", "finite"),
])
def test_a_guard_option_of_the_wrong_type_is_an_error(tmp_path: Path, stage: str, guard: str,
                                                      option: str, value: str,
                                                      expected: str) -> None:
    extra = ', patterns = "x"' if guard == "deny_regex" else ""
    cfg = write(tmp_path, "g.toml", f'[routes.r]\n{stage} = [{{ use = "{guard}", '
                f'with = {{ {option} = {value}{extra} }} }}]')
    err = error(cfg)
    assert err.path == f"routes.r.{stage}[0].with.{option}", str(err)
    assert expected in str(err), str(err)


def test_guard_options_of_the_right_type_still_load(tmp_path: Path) -> None:
    cfg = write(tmp_path, "g.toml", '[routes.r]\ninput = [\n'
                '  { use = "deny_regex", with = { patterns = ["a", "b"], timeout_ms = 20 } },\n'
                '  { use = "injection", with = { threshold = 1, allowlist = ["dev mode"], '
                'judge = "json:loads", judge_policy = { budget_ms = 100 } } },\n]\n'
                'output = [{ use = "slots", with = { keep = ["sum"], fix_plurals = true, '
                'delimiters = [["<", ">"]] } },\n'
                '  { use = "footnotes", with = { fields = { title = "Title" } } }]\n')
    p = load_routes(cfg)["r"]
    assert [s.name for s in p.steps("output")] == ["slots", "footnotes"]


def test_a_custom_guard_is_checked_against_its_annotations(tmp_path: Path) -> None:
    class Words:
        def __init__(self, words: list[str], strict: bool = False, limit: int | None = None
                     ) -> None:
            self.words = words

        def __call__(self, text: str, ctx: Context) -> Decision:
            return Decision.allow()

    r = Registry()
    r.register("words", Words)
    r.register("loose", lambda words=(): allow)  # no annotations: not checked here
    bad = write(tmp_path, "g.toml", '[routes.r]\ninput = [{ use = "words", with = { '
                'words = ["a"], limit = 2.5 } }]')
    assert error(bad, r).path == "routes.r.input[0].with.limit"
    ok = write(tmp_path, "h.toml", '[routes.r]\ninput = [{ use = "words", with = { '
               'words = ["a"], limit = 2 } }, { use = "loose", with = { words = "x" } }]')
    assert len(load_routes(ok, registry=r)["r"].steps("input")) == 2


def test_guarded_reads_the_route_file_as_it_is_when_the_decorator_runs(tmp_path: Path) -> None:
    """No cache keyed on the path: a changed file is what the next guarded() gets, and a
    decorated function keeps the pipeline it was built with."""
    from guardwire import InputBlocked, guarded

    cfg = write(tmp_path, "g.toml", '[routes.r]\ninput = [{ use = "max_length", '
                'with = { max_chars = 5 } }]\n')
    first = guarded(lambda prompt: "ok", route="r", config=cfg)
    cfg.write_text('[routes.r]\ninput = [{ use = "max_length", with = { max_chars = 50 } }]\n'
                   '[routes.s]\ninput = []\n', encoding="utf-8")
    second = guarded(lambda prompt: "ok", route="r", config=cfg)
    assert second("a longer prompt") == "ok"
    with pytest.raises(InputBlocked):
        first("a longer prompt")
    with pytest.raises(ConfigError) as info:
        guarded(lambda prompt: "ok", route="t", config=cfg)
    assert "unknown route 't'" in str(info.value) and "r, s" in str(info.value)


# -- settings that would be silently ignored -----------------------------------------------------
@pytest.mark.parametrize(("body", "path"), [
    ('[routes.r]\nreturn_structured = true\ninput = ["normalize"]\noutput = ["citations"]',
     "routes.r.return_structured"),
    ('[defaults]\nreturn_structured = true\n[routes.r]\ninput = ["normalize"]',
     "defaults.return_structured"),
])
def test_return_structured_without_a_schema_guard_is_an_error(tmp_path: Path, body: str,
                                                              path: str) -> None:
    """The call used to return plain text: nothing under output makes a validated object."""
    err = error(write(tmp_path, "g.toml", body))
    assert err.path == path and "schema" in str(err), str(err)


def test_return_structured_with_a_schema_or_custom_output_guard_loads(tmp_path: Path,
                                                                      reg: Registry) -> None:
    cfg = write(tmp_path, "g.toml", '[routes.r]\nreturn_structured = true\noutput = ["schema"]')
    assert load_routes(cfg)["r"].return_structured
    cfg = write(tmp_path, "h.toml", '[routes.r]\nreturn_structured = true\noutput = ["ok"]')
    assert load_routes(cfg, registry=reg)["r"].return_structured  # it may set ctx.structured


def test_a_block_response_the_route_never_uses_is_an_error(tmp_path: Path, reg: Registry) -> None:
    """`block_response` without `on_block = "respond"` used to be ignored: blocks raised."""
    cfg = write(tmp_path, "g.toml", '[routes.r]\nblock_response = "Sorry."\ninput = ["ok"]')
    err = error(cfg, reg)
    assert err.path == "routes.r.block_response" and "respond" in str(err), str(err)


def test_a_shared_or_inherited_block_response_may_go_unused(tmp_path: Path,
                                                            reg: Registry) -> None:
    cfg = write(tmp_path, "g.toml", '[defaults]\nblock_response = "Sorry."\n'
                '[routes.a]\non_block = "respond"\ninput = ["ok"]\n'
                '[routes.b]\ninput = ["ok"]\n'
                '[routes.c]\nextends = "a"\non_block = "raise"\n')
    routes = load_routes(cfg, registry=reg)
    assert routes["a"].block_response == "Sorry." and routes["c"].on_block == "raise"


# -- typos get a suggestion, at every level --------------------------------------------------------
@pytest.mark.parametrize(("body", "path", "hint"), [
    ('[routes.r]\nbudgetms = 5\ninput = ["ok"]', "routes.r.budgetms", "did you mean 'budget_ms'?"),
    ('[defaults]\non_eror = "open"\n[routes.r]', "defaults.on_eror", "did you mean 'on_error'?"),
    ('[routes.r]\ninput = [{ use = "ok", budgetms = 5 }]', "routes.r.input[0].budgetms",
     "did you mean 'budget_ms'?"),
    ('[routes.r]\ninput = [{ use = "ok", wiht = {} }]', "routes.r.input[0].wiht",
     "did you mean 'with'?"),
    ('versoin = "1"\n[routes.r]', "versoin", "did you mean 'version'?"),
    ('[routes.r]\ncolour = "red"', "routes.r.colour", "keys: "),
])
def test_an_unknown_key_suggests_the_close_one(tmp_path: Path, reg: Registry, body: str,
                                               path: str, hint: str) -> None:
    err = error(write(tmp_path, "g.toml", body), reg)
    assert err.path == path and hint in str(err), str(err)


def test_an_unknown_guard_with_no_close_name_lists_the_guards(tmp_path: Path) -> None:
    err = error(write(tmp_path, "g.toml", '[routes.r]\ninput = ["moderation"]'))
    assert err.path == "routes.r.input[0]" and "guards: abuse_gate, citations" in str(err)


def test_an_on_timeout_for_a_guard_without_a_budget_is_an_error(tmp_path: Path,
                                                                reg: Registry) -> None:
    """A guard with no budget never times out: the setting was silently ignored."""
    cfg = write(tmp_path, "g.toml", '[routes.r]\ninput = [{ use = "ok", on_timeout = "open" }]')
    err = error(cfg, reg)
    assert err.path == "routes.r.input[0].on_timeout" and "budget_ms" in str(err), str(err)
    ok = write(tmp_path, "h.toml", '[defaults]\nbudget_ms = 100\n[routes.r]\n'
               'input = [{ use = "ok", on_timeout = "open" }, '
               '{ use = "injection", on_timeout = "open" }]')  # the guard's own budget
    from guardwire.config import BUILTIN_GUARDS

    both = Registry({"injection": BUILTIN_GUARDS["injection"]})
    both.register("ok", reg.get("ok"))
    steps = load_routes(ok, registry=both)["r"].steps("input")
    assert [s.policy.on_timeout for s in steps] == ["open", "open"]


def test_an_option_of_a_literal_type_lists_the_words_and_the_close_one(tmp_path: Path) -> None:
    """It used to read `expected OnUnsupported`, the name of a type alias in the source."""
    cfg = write(tmp_path, "g.toml", '[routes.r]\noutput = [{ use = "citations", '
                'with = { method = "bm26" } }]')
    err = error(cfg)
    assert err.path == "routes.r.output[0].with.method", str(err)
    assert str(err).endswith("expected 'jaccard' or 'bm25', got a string 'bm26' "
                             "(did you mean 'bm25'?)"), str(err)


@pytest.mark.parametrize(("body", "path"), [
    ('[routes.r]\ninput = "ok"', "routes.r.input"),
    ('[routes.r]\noutput = [{ parallel = "ok" }]', "routes.r.output[0]"),
])
def test_a_single_guard_where_a_list_is_expected_suggests_the_list(
        tmp_path: Path, reg: Registry, body: str, path: str) -> None:
    err = error(write(tmp_path, "g.toml", body), reg)
    assert err.path == path and "['ok']" in str(err), str(err)


def test_version_at_the_top_and_in_defaults_is_an_error(tmp_path: Path, reg: Registry) -> None:
    """[defaults] version used to override the top-level one silently on every route."""
    cfg = write(tmp_path, "g.toml", 'version = "v1"\n[defaults]\nversion = "v2"\n'
                '[routes.r]\ninput = ["ok"]')
    err = error(cfg, reg)
    assert err.path == "defaults.version" and "top level" in str(err), str(err)
    one = write(tmp_path, "h.toml", '[defaults]\nversion = "v2"\n[routes.r]\ninput = ["ok"]')
    assert load_routes(one, registry=reg)["r"].version == "v2"
