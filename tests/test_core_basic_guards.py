"""deny_regex refuses settings that would block every call: a pattern that matches every
text (``'foo|'``: the empty alternative matches anywhere, so every input was blocked as
"text matches deny pattern 0") and a ``timeout_ms`` outside (0, 3,600,000] given in code
(``inf`` or ``1e300`` made every search fail, so every text was blocked; ``nan`` passed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from _config_kit import error, write
from guardwire import ConfigError, Context
from guardwire.guards.basic import DenyRegex


@pytest.mark.parametrize("pattern", ["foo|", "x*", ".*", "^", r"\s*", "(?:)"])
def test_a_pattern_that_matches_every_text(pattern: str) -> None:
    with pytest.raises(ConfigError) as err:
        DenyRegex(["fine", pattern])
    assert err.value.path == "patterns[1]"
    assert "matches every text" in str(err.value)


@pytest.mark.parametrize("pattern", ["^$", r"^\s*$", "foo", r"\bfoo\b", "(?m)^BEGIN"])
def test_patterns_that_match_some_texts_are_fine(pattern: str) -> None:
    guard = DenyRegex([pattern])
    assert guard("hello world", Context()).action == "allow"


@pytest.mark.parametrize("timeout_ms", [float("inf"), float("nan"), 1e300, 3_600_001, 0, -1])
def test_timeout_out_of_range(timeout_ms: float) -> None:
    with pytest.raises(ConfigError) as err:
        DenyRegex(["foo"], timeout_ms=timeout_ms)
    assert err.value.path == "timeout_ms"


def test_the_route_file_names_the_pattern(tmp_path: Path) -> None:
    path = write(tmp_path, "r.toml", '[routes.a]\ninput = [{ use = "deny_regex", '
                                     "with = { patterns = ['falcon', 'acme|'] } }]\n")
    err = error(path)
    assert err.path == "routes.a.input[0].with.patterns[1]"
    assert "'acme|' matches every text" in str(err)
    big = write(tmp_path, "b.toml", '[routes.a]\ninput = [{ use = "deny_regex", '
                                    "with = { patterns = ['x'], timeout_ms = 1e300 } }]\n")
    assert error(big).path == "routes.a.input[0].with.timeout_ms"
