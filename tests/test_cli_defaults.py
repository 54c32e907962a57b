"""``guardwire defaults``: the embedded default routes, printed to copy as a starting point.

docs/config.md called ``src/guardwire/data/defaults.toml`` "a good starting point", a path that
exists only in a checkout: an installed guardwire gave no way to get the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from guardwire import load_routes
from guardwire._demo import load_default_routes
from guardwire.cli import build_parser, main


def test_defaults_prints_the_embedded_route_file(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["defaults"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    copy = tmp_path / "guardwire.toml"
    copy.write_text(out, encoding="utf-8")
    mine, shipped = load_routes(copy), load_default_routes()
    assert list(mine) == list(shipped) and "default" in mine
    for name, pipeline in shipped.items():
        assert [s.name for s in mine[name].input] == [s.name for s in pipeline.input]
        assert [s.name for s in mine[name].output] == [s.name for s in pipeline.output]
    assert main(["routes", "--config", str(copy)]) == 0


def test_defaults_is_listed_in_the_help() -> None:
    text = build_parser().format_help()
    assert "defaults" in text and "guardwire defaults > guardwire.toml" in " ".join(text.split())
