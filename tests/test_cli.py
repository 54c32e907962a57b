"""The guardwire command: demo, routes, check."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from guardwire.cli import main


def test_demo_runs_offline_and_shows_the_guards_at_work(
        capsys: pytest.CaptureFixture[str], relaxed_demo: None) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    scenes = out.split("\n[")
    assert len(scenes) == 10  # header + 9 scenes
    pii, injection, flood, tool, agent, rag, rewrite, extract, slow = scenes[1:]
    assert "model saw: \"Hi, I'm <PERSON_1> (<EMAIL_ADDRESS_1>)" in pii
    assert "Maria Garcia" in pii.split("\n  answer")[1] and "maria.garcia@example.org" in pii
    assert "injection   block" in injection and "model saw: (not called)" in injection
    assert "abuse_gate  block" in flood and "repetition" in flood
    assert "injection   block" in tool and "in tool output call_7" in tool
    assert "model saw: (not called)" in tool
    # the agent route withholds the poisoned page: the model gets a notice, the clean page as it is
    assert "injection    rewrite" in agent and "tool_id=call_7" in agent
    assert "call_6 as the model got it: 'Blender B-200" in agent
    assert "call_7 as the model got it: '[guardwire withheld" in agent
    assert "pay.example" not in agent.split("\n  stage")[0]
    assert "one page was withheld" in agent.split("\n  answer")[1]
    answer = rag.split("\n  answer")[1]
    assert "recorded 3 after-hours" in answer and "[1]" in answer
    assert "Timestamps: 2026-08-24" in answer and "<sum>" not in answer
    flagged = rag.split("grounding")[1].split("\n")[0]  # only the invented sentence
    assert "The badge belonged to" in flagged and "recorded 3" not in flagged
    assert "last week" in rewrite.split("\n  answer")[1]
    assert "Ticket(customer='Maria Garcia'" in extract and "model saw (call 2)" in extract
    assert "timeout" in slow and "answer (degraded)" in slow


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_routes_validates_and_prints(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = write(tmp_path, "g.toml", "\n".join([
        "[routes.a]",
        'input = [{ use = "max_length", with = { max_chars = 9 } },',
        '  { parallel = [{ use = "deny_regex", with = { patterns = ["x"] } }] }]',
        "[routes.b]", 'extends = "a"', 'mode = "monitor"', ""]))
    assert main(["routes", "--config", str(cfg)]) == 0
    out = capsys.readouterr().out
    assert "route a" in out and "route b  mode=monitor" in out and "2 route(s) OK" in out
    assert "max_length" in out and "0p" not in out and "1p" in out
    assert main(["routes", "--config", str(cfg), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["b"]["mode"] == "monitor"


def test_routes_reports_config_errors_with_exit_status_2(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = write(tmp_path, "bad.toml", '[routes.chat]\noutput = ["citations", "pii_redact"]\n')
    assert main(["routes", "--config", str(cfg)]) == 2
    err = capsys.readouterr().err
    assert f"{cfg}: routes.chat.output[1]: unknown guard 'pii_redact'" in err


def test_check_reports_lift_rates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = write(tmp_path, "g.toml", '[routes.r]\ninput = [{ use = "deny_regex", with = '
                '{ patterns = ["forbidden"] } }]\n'
                'output = [{ use = "max_length", with = { max_chars = 10000 } }]\n')
    cases = write(tmp_path, "cases.jsonl", "\n".join(json.dumps(c) for c in [
        {"input": "hello", "output": "hi"},
        {"input": "this is forbidden", "output": "never checked"},
        {"input": "fine", "output": "x" * 20000},
        {"output": "only output"},
    ]) + "\n")
    report = tmp_path / "report.json"
    assert main(["check", "--config", str(cfg), "--route", "r", str(cases),
                 "--json", str(report)]) == 0
    out = capsys.readouterr().out
    assert "4 cases, blocked at input 1, at output 1" in out
    data = json.loads(report.read_text())
    rows = {r["guard"]: r for r in data["guards"]}
    assert rows["deny_regex"]["calls"] == 3 and rows["deny_regex"]["fired"] == 1
    assert rows["max_length"]["calls"] == 3 and rows["max_length"]["blocked"] == 1
    assert abs(rows["max_length"]["lift_rate"] - 1 / 3) < 1e-9


def test_check_rejects_bad_case_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = write(tmp_path, "g.toml", '[routes.r]\ninput = ["normalize"]\n')
    cases = write(tmp_path, "cases.jsonl", '{"input": "ok"}\n{not json}\n')
    assert main(["check", "--config", str(cfg), "--route", "r", str(cases)]) == 2
    assert "line 2: not JSON" in capsys.readouterr().err
    assert main(["check", "--config", str(cfg), "--route", "nope", str(cases)]) == 2
    assert "unknown route 'nope'" in capsys.readouterr().err


def test_missing_and_unknown_guard_options_are_named(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    cfg = write(tmp_path, "g.toml", '[routes.r]\ninput = ["max_length"]\n')
    assert main(["routes", "--config", str(cfg)]) == 2
    assert "routes.r.input[0].with: missing required option 'max_chars'" in capsys.readouterr().err
    cfg = write(tmp_path, "h.toml",
                '[routes.r]\ninput = [{ use = "max_length", with = { max_char = 3 } }]\n')
    assert main(["routes", "--config", str(cfg)]) == 2
    err = capsys.readouterr().err
    assert "routes.r.input[0].with: unknown option 'max_char'" in err and "max_chars" in err
