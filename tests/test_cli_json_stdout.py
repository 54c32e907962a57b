"""``guardwire check ... --json -``: the report as JSON on stdout (it wrote a file named "-")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from guardwire.cli import main


def test_json_dash_prints_the_report_to_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "g.toml").write_text(
        '[routes.r]\ninput = [{ use = "max_length", with = { max_chars = 5 } }]\n',
        encoding="utf-8")
    (tmp_path / "cases.jsonl").write_text(
        '{"input": "hi", "expect": "allow"}\n{"input": "far too long", "expect": "allow"}\n',
        encoding="utf-8")
    assert main(["check", "--config", "g.toml", "--route", "r", "cases.jsonl",
                 "--json", "-"]) == 1
    out = capsys.readouterr().out
    report = json.loads(out)  # only the JSON: no table, no "wrote -"
    assert report["cases"] == 2 and report["blocked"]["input"] == 1
    assert report["expectations"]["met"] == 1 and len(report["expectations"]["missed"]) == 1
    assert not (tmp_path / "-").exists()


def test_check_help_says_input_or_output_may_be_missing(
        capsys: pytest.CaptureFixture[str]) -> None:
    # the help listed {input, output, docs?, ...}: both looked required, while a case may have
    # only one of them (docs/cli.md)
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "{input?, output?, docs?, tool_outputs?, metadata?, expect?}" in text, text
    assert "input or output, or both" in text, text
