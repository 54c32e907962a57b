"""``guardwire routes`` / ``check`` (the console script) find the app's modules that a route
file names as "module:attr" (a schema model, a verifier, a resolver, a judge) in the current
directory, as ``python -m guardwire`` does. The console script said "cannot import
'myapp_models:Invoice': No module named 'myapp_models'" where ``python -m guardwire`` loaded
the same file, unless the module was also given to ``--import``."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from guardwire.cli import main

MODEL = "from pydantic import BaseModel\n\nclass Invoice(BaseModel):\n    total: float\n"


@pytest.mark.parametrize("command", ["routes", "check"])
def test_a_model_path_in_the_route_file_is_found_in_the_current_directory(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        command: str) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "path", [p for p in sys.path if p not in ("", str(tmp_path))])
    (tmp_path / "gw_audit_models.py").write_text(MODEL, encoding="utf-8")
    (tmp_path / "g.toml").write_text(
        '[routes.x]\noutput = [{ use = "schema", with = { model = '
        '"gw_audit_models:Invoice" } }]\n', encoding="utf-8")
    (tmp_path / "cases.jsonl").write_text('{"output": "{\\"total\\": 3}", "expect": "allow"}\n',
                                          encoding="utf-8")
    argv = ["routes", "--config", "g.toml"] if command == "routes" else [
        "check", "--config", "g.toml", "--route", "x", "cases.jsonl"]
    try:
        assert main(argv) == 0, capsys.readouterr().err
    finally:
        sys.modules.pop("gw_audit_models", None)
    assert str(tmp_path) not in sys.path and "" not in sys.path  # put back as it was
