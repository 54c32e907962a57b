"""The error lines docs/config.md shows under "Errors" are what guardwire prints: each is
produced from a small route file and compared with the page, so the page cannot drift from
the code (these lines are plain text blocks, which test_docs_snippets does not run)."""

from __future__ import annotations

from pathlib import Path

import pytest

from guardwire import ConfigError, Registry, load_routes
from guardwire.config import BUILTIN_GUARDS

PAGE = Path(__file__).resolve().parents[1] / "docs" / "config.md"

# the key path of each documented line → the route file that produces it
FILES = {
    "routes.chat.output[1]: unknown guard 'pii_redact'":
        '[routes.chat]\noutput = ["citations", "pii_redact"]\n',
    "routes.chat.input[3]: unknown guard 'moderation'":
        '[routes.chat]\ninput = ["normalize", "abuse_gate", "injection", "moderation"]\n',
    "routes.chat.budgetms:": "[routes.chat]\nbudgetms = 5\n",
    "routes.chat.input[0].wiht:": '[routes.chat]\ninput = [{ use = "injection", wiht = {} }]\n',
    "routes.chat.input[0].threshold:":
        '[routes.chat]\ninput = [{ use = "injection", threshold = 0.7 }]\n',
    "routes.chat.input[0].with.threshold:":
        '[routes.chat]\ninput = [{ use = "injection", with = { threshold = 2 } }]\n',
    "routes.chat.input[2].budget_ms:":
        '[routes.chat]\ninput = ["normalize", "abuse_gate", '
        '{ use = "injection", budget_ms = 0 }]\n',
    "routes.beta.extends:": '[routes.alpha]\n[routes.beta]\nextends = "alhpa"\n',
    "routes.chat.input[1]: guard 'moderation' could not be built":
        '[routes.chat]\ninput = ["normalize", "moderation"]\n',
    "routes.chat.output[0].with.check_numbers:":
        '[routes.chat]\noutput = [{ use = "grounding", with = { check_numbers = "no" } }]\n',
    "routes.chat.output[1].with.keep:":
        '[routes.chat]\noutput = ["citations", { use = "slots", with = { keep = "sum" } }]\n',
    "routes.chat.output[2].with.method:":
        '[routes.chat]\noutput = ["slots", "footnotes", { use = "citations", '
        'with = { method = "bm26" } }]\n',
    "routes.chat.input[0].with.timeout_ms:":
        '[routes.chat]\ninput = [{ use = "deny_regex", with = { patterns = ["x"], '
        "timeout_ms = inf } }]\n",
}


def _documented() -> list[str]:
    return [line for line in PAGE.read_text(encoding="utf-8").splitlines()
            if line.startswith("guardwire.toml: routes.")]


def _corrupt_model() -> object:
    raise RuntimeError("model file is corrupt")


def test_every_documented_error_line_has_a_file() -> None:
    lines = _documented()
    assert len(lines) == len(FILES)
    for line in lines:
        assert any(line.startswith(f"guardwire.toml: {key}") for key in FILES), line


@pytest.mark.parametrize("key", sorted(FILES))
def test_the_documented_error_is_what_guardwire_says(tmp_path: Path, key: str) -> None:
    (line,) = [x for x in _documented() if x.startswith(f"guardwire.toml: {key}")]
    path = tmp_path / "guardwire.toml"
    path.write_text(FILES[key], encoding="utf-8")
    registry = Registry(BUILTIN_GUARDS)
    if "could not be built" in key:
        registry.register("moderation", _corrupt_model)
    with pytest.raises(ConfigError) as err:
        load_routes(path, registry=registry)
    got = str(err.value).replace(str(tmp_path) + "/", "")
    if line.endswith("…"):  # a long list, cut short on the page
        assert got.startswith(line[:-1]), got
    else:
        assert got == line


CLI_PAGE = Path(__file__).resolve().parents[1] / "docs" / "cli.md"
CASES = {  # line number in cases.jsonl, content of the file up to it
    "unknown key 'ouput'": ['{"input": "a"}'] * 3 + ['{"input": "a", "ouput": "b"}'],
    "docs[1]": ['{"input": "a"}'] * 6 + ['{"input": "a", "docs": ["ok", {"txt": "..."}]}'],
    "tool_outputs[0]": ['{"input": "a"}'] * 8
    + ['{"input": "a", "tool_outputs": [{"idd": "x", "text": "t"}]}'],
    "duplicate key": ['{"input": "a"}', '{"input": "a", "input": "b"}'],
    "expect.output": ['{"input": "a"}'] * 2 + ['{"input": "a", "expect": {"output": "allow"}}'],
    "not UTF-8": ['{"input": "a"}'] * 4 + ['{"input": "caf\udce9"}'],
    "no cases": ["", ""],
}


@pytest.mark.parametrize("key", sorted(CASES))
def test_the_documented_cases_errors(tmp_path: Path, key: str,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    from guardwire.cli import main

    (line,) = [x for x in CLI_PAGE.read_text(encoding="utf-8").splitlines()
               if x.startswith("guardwire: cases error: cases.jsonl") and key in x]
    cases = tmp_path / "cases.jsonl"
    cases.write_bytes("\n".join(CASES[key]).encode("utf-8", "surrogateescape") + b"\n")
    routes = tmp_path / "r.toml"
    routes.write_text('[routes.support]\ninput = ["normalize"]\n', encoding="utf-8")
    status = main(["check", "--config", str(routes), "--route", "support", str(cases)])
    assert status == 2
    err = capsys.readouterr().err.strip().replace(str(tmp_path) + "/", "")
    assert err == line
