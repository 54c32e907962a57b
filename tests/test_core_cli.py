"""``guardwire <command> --help`` explains every option (``check --help`` listed ``--config
CONFIG`` and ``--route ROUTE`` with no word on what they are)."""

from __future__ import annotations

import re

import pytest

from guardwire.cli import main


@pytest.mark.parametrize("command", ["demo", "routes", "check"])
def test_every_option_has_a_help_text(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main([command, "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    options = out.split("options:", 1)[1]
    rows = [line for line in options.splitlines() if re.match(r"^  -", line)]
    assert rows
    for row in rows:  # "  --config CONFIG  route file (.toml/.yaml)": a text after the flag
        assert re.match(r"^  \S.*?\S {2,}\S", row), f"{command}: no help text: {row!r}"


def test_the_exit_statuses_of_the_docs_are_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    for status in ("0 done", "1 check", "2 a usage error", "130 interrupted", "141 the reader"):
        assert status in out


def test_demo_verbose_shows_whole_reasons(capsys: pytest.CaptureFixture[str],
                                          relaxed_demo: None) -> None:
    """``guardwire demo -v`` is for reading the decisions: it used to cut each note at 90
    characters (the injection block read "...(override.ignore_prev; rule_ids=['override.ignore_p")
    like the default table. Each run is compared with the decisions it made itself: a reason
    taken from a separate call failed under load (1 of 3 runs with three busy loops), since
    a rule scan cut off by its 30 ms budget gives the block another reason."""
    from guardwire.testing import capture_verdicts

    for argv, shown in ((["demo"], False), (["demo", "-v"], True)):
        with capture_verdicts(all_threads=True) as verdicts:
            assert main(argv) == 0
        out = capsys.readouterr().out
        long = [d.reason for v in verdicts for d in v.decisions if len(d.reason) > 90]
        assert len(long) >= 2  # the two injection blocks at least
        assert [r for r in long if (r in out) != shown] == [], argv
