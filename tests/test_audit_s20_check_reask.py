"""Audit (session twenty): ``guardwire check`` refuses an expectation no run can meet, as it
refuses ``expect.output`` on a case without an output. A re-ask is only made at the output
stage (input guards cannot re-ask: their re-ask is an error of the guard), so
``"expect": "reask"`` on a case with no ``output``, or ``{"input": "reask"}``, was always
reported as a miss ("expected reask, got allow") after running the case, which reads as a
guard that failed to re-ask."""

from __future__ import annotations

from pathlib import Path

import pytest

from guardwire.cli import main

ROUTE = '[routes.s]\ninput = ["normalize"]\noutput = [{ use = "schema" }]\n'


def _check(tmp_path: Path, line: str) -> int:
    (tmp_path / "r.toml").write_text(ROUTE)
    (tmp_path / "cases.jsonl").write_text(line + "\n")
    return main(["check", "--config", str(tmp_path / "r.toml"), "--route", "s",
                 str(tmp_path / "cases.jsonl")])


@pytest.mark.parametrize("line, where", [
    ('{"input": "hi", "expect": "reask"}', "line 1: expect:"),
    ('{"input": "hi", "expect": {"input": "reask"}}', "line 1: expect.input:"),
    ('{"input": "hi", "output": "{}", "expect": {"input": "reask"}}', "line 1: expect.input:"),
])
def test_an_expectation_no_run_can_meet_is_a_cases_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, where: str) -> None:
    assert _check(tmp_path, line) == 2
    err = capsys.readouterr().err
    assert "cases error" in err and where in err and "output stage" in err


def test_reask_at_output_is_still_scored(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert _check(tmp_path, '{"output": "not json at all.", "expect": "reask"}') == 0
    assert _check(tmp_path, '{"input": "x", "output": "not json at all.", '
                            '"expect": {"output": "reask"}}') == 0
    assert "1 met, 0 missed" in capsys.readouterr().out
