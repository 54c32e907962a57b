"""A route file nested thousands of levels deep: the error names the file and says the nesting
is the problem. Before, a ``.toml`` file said "not valid YAML: maximum recursion depth
exceeded" (the catch-all for the YAML reader took the TOML reader's RecursionError)."""

from __future__ import annotations

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
