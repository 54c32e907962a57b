"""A route file ``version`` written as a TOML date or a number says how to write it.

Before, ``version = 2026-11-22`` (a TOML date, the natural way to write a dated version) and
``version = 3`` only said "Input should be a valid string", while YAML got a hint."""

from __future__ import annotations

from pathlib import Path

import pytest

from _config_kit import error, write


@pytest.mark.parametrize("name,line,shown", [
    ("r.toml", "version = 2026-11-22", 'version = "2026-11-22"'),
    ("r.toml", "version = 3", 'version = "3"'),
    ("r.toml", "version = 2026-11-22T10:00:00", 'version = "2026-11-22T10:00:00"'),
    ("r.yaml", "version: 1.5", 'version: "1.5"'),
])
def test_a_version_that_is_not_a_string_says_how_to_write_it(tmp_path: Path, name: str,
                                                             line: str, shown: str) -> None:
    if name.endswith(".toml"):
        body = f'{line}\n[routes.s]\ninput = ["normalize"]\n'
    else:
        body = f"{line}\nroutes:\n  s:\n    input: [normalize]\n"
    msg = str(error(write(tmp_path, name, body)))
    assert "version: Input should be a valid string" in msg
    assert f"(write it quoted: {shown})" in msg


def test_a_route_version_gets_the_hint_too(tmp_path: Path) -> None:
    body = '[routes.s]\ninput = ["normalize"]\nversion = 2026-12-01\n'
    msg = str(error(write(tmp_path, "r.toml", body)))
    assert "routes.s.version" in msg and '(write it quoted: version = "2026-12-01")' in msg
