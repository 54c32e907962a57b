"""A route file nested thousands of levels deep: the error names the file and says the nesting
is the problem. Before, a ``.toml`` file said "not valid YAML: maximum recursion depth
exceeded" (the catch-all for the YAML reader took the TOML reader's RecursionError)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from guardwire import ConfigError, load_routes


@pytest.mark.parametrize(("name", "text"), [
    ("deep.toml", "x = " + "[" * 5000 + "]" * 5000 + "\n"),
    ("deep.yaml", "x: " + "[" * 5000 + "]" * 5000 + "\n"),
])
def test_deep_nesting_is_a_config_error_naming_the_file(tmp_path: Path, name: str,
                                                        text: str) -> None:
    cfg = tmp_path / name
    cfg.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_routes(cfg)
    message = str(err.value)
    assert name in message
    assert "nested too deeply" in message or ("YAML" in message and name.endswith(".yaml"))
    assert not (name.endswith(".toml") and "YAML" in message), message


@pytest.mark.parametrize("name", ["deep.toml", "deep.yaml"])
def test_the_nesting_error_does_not_hang_on_the_recursion_limit(
        tmp_path: Path, name: str) -> None:
    # mypy's API (run in-process by another test) leaves the limit raised: under pytest-xdist
    # that test can run first in the same worker, and the parsers then read 5,000 levels
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(60_000)
    try:
        cfg = tmp_path / name
        cfg.write_text(("x = " if name.endswith(".toml") else "x: ") + "[" * 300 + "]" * 300
                       + "\n", encoding="utf-8")
        with pytest.raises(ConfigError, match="nested too deeply") as err:
            load_routes(cfg)
        assert name in str(err.value)
    finally:
        sys.setrecursionlimit(old)
