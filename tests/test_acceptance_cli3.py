"""``guardwire routes``/``check`` with guards of your own (``--import``), and warnings as one
line on stderr.

Before: a route file using a guard registered in the app's code (docs/writing_guards.md's
``banned_words``) could not be validated or replayed at all: ``guardwire routes`` said
``unknown guard 'banned_words'; guards: abuse_gate, ...`` (exit 2), with no way to register it.
And a guard's warning (the core install's "no spaCy English model") came out as Python's
two-line ``path:95: RuntimeWarning: ...`` followed by the source line of the library."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from guardwire.cli import main

GUARD_MODULE = '''
import warnings
from guardwire import Decision, register_guard


class BannedWords:
    name = "{name}"

    def __init__(self, words):
        self.words = set(words)
        warnings.warn("banned words are matched case-sensitively", RuntimeWarning)

    def __call__(self, text, ctx):
        hit = self.words & set(text.split())
        return Decision.block("banned word") if hit else Decision.allow()


register_guard("{name}", BannedWords, replace=True)
'''


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str, Path]:
    """A module of the app (in the current directory) that registers a guard; its route file."""
    module, guard = f"myguards_{uuid.uuid4().hex[:8]}", f"banned_{uuid.uuid4().hex[:8]}"
    (tmp_path / f"{module}.py").write_text(GUARD_MODULE.format(name=guard), encoding="utf-8")
    cfg = tmp_path / "guardwire.toml"
    cfg.write_text(f'[routes.chat]\ninput = ["normalize", {{ use = "{guard}", with = '
                   '{ words = ["foo"] } }]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    # the registrations go to a registry of this test, not into the default one other tests
    # list ("guards: abuse_gate, citations, ...")
    from guardwire import _registry, config

    fresh = _registry.Registry(_registry.BUILTIN_GUARDS)
    monkeypatch.setattr(_registry, "default_registry", fresh)
    monkeypatch.setattr(config, "default_registry", fresh)
    return module, guard, cfg


def test_routes_imports_the_module_that_registers_a_guard(
        app: tuple[str, str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    module, guard, cfg = app
    assert main(["routes", "--config", str(cfg), "--import", module]) == 0
    out = capsys.readouterr().out
    assert guard in out and "1 route(s) OK" in out


def test_check_imports_it_too_and_runs_the_guard(
        app: tuple[str, str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    module, _guard, cfg = app
    cases = cfg.parent / "cases.jsonl"
    cases.write_text(json.dumps({"input": "say foo", "expect": "block"}) + "\n"
                     + json.dumps({"input": "say bar", "expect": "allow"}) + "\n",
                     encoding="utf-8")
    assert main(["check", "--config", str(cfg), "--route", "chat", str(cases),
                 "--import", module]) == 0
    out = capsys.readouterr().out
    assert "blocked at input 1" in out and "expectations: 2 met, 0 missed" in out


def test_a_py_file_can_be_imported_by_its_path(
        app: tuple[str, str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    module, guard, cfg = app
    assert main(["routes", "--config", str(cfg), "--import", f"./{module}.py"]) == 0
    assert guard in capsys.readouterr().out


def test_without_import_the_unknown_guard_error_says_how(
        app: tuple[str, str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    _module, guard, cfg = app
    assert main(["routes", "--config", str(cfg)]) == 2
    err = capsys.readouterr().err
    assert f"unknown guard '{guard}'" in err
    assert "--import MODULE" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(("target", "problem"), [
    ("no_such_module_xyz", "No module named 'no_such_module_xyz'"),
    ("missing_file.py", "No such file or directory"),
    ("broken_mod", "ZeroDivisionError: division by zero"),
])
def test_an_import_that_fails_is_one_line_and_status_2(
        app: tuple[str, str, Path], capsys: pytest.CaptureFixture[str], target: str,
        problem: str) -> None:
    _module, _guard, cfg = app
    (cfg.parent / "broken_mod.py").write_text("x = 1 / 0\n", encoding="utf-8")
    assert main(["routes", "--config", str(cfg), "--import", target]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"guardwire: cannot import {target!r}: ")
    assert problem in captured.err and len(captured.err.strip().splitlines()) == 1


def test_a_guard_warning_is_one_line_on_stderr(
        app: tuple[str, str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    module, _guard, cfg = app
    assert main(["routes", "--config", str(cfg), "--import", module]) == 0
    err = capsys.readouterr().err
    assert err == ("guardwire: warning: banned words are matched case-sensitively "
                   "(RuntimeWarning)\n")


@pytest.mark.parametrize(("make", "problem"), [
    (lambda d: d / "missing.toml", "cannot read: No such file or directory"),
    (lambda d: d, "cannot read: Is a directory"),
    (lambda d: d / "locked.toml", "cannot read: Permission denied"),
])
def test_a_config_path_it_cannot_read_is_one_line_and_status_2(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        make: object, problem: str) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    if path.name == "locked.toml":  # root reads a chmod 000 file: refuse it as the OS would
        path.write_text("[routes.a]\n", encoding="utf-8")
        real = Path.read_bytes

        def locked(self: Path) -> bytes:
            if self.name == "locked.toml":
                raise PermissionError(13, "Permission denied")
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", locked)
    for argv in (["routes", "--config", str(path)],
                 ["check", "--config", str(path), "--route", "a", str(tmp_path / "c.jsonl")]):
        assert main(argv) == 2
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err == f"guardwire: config error: {path}: {problem}\n"


def test_a_module_that_changes_directory_is_still_imported(
        app: tuple[str, str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A module that called os.chdir while imported made --import end in a ValueError
    traceback (the current directory, looked up again, was not on sys.path)."""
    module, guard, cfg = app
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    path = tmp_path / f"{module}.py"
    path.write_text(f"import os\nos.chdir({str(elsewhere)!r})\n" + path.read_text("utf-8"),
                    encoding="utf-8")
    assert main(["routes", "--config", str(cfg), "--import", module]) == 0
    assert guard in capsys.readouterr().out
