"""What a user gets from ``pip install guardwire`` (core, no extras), checked from the dev
checkout: the data files the code opens ship in the wheel, async calls work without the
packages only the extras bring in, and a missing extra is named in the message."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from guardwire import Context, Decision, Pipeline, guarded, step
from guardwire.exceptions import ConfigError
from guardwire.testing import capture_verdicts

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "guardwire"


def _data_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*") if p.is_file() and p.suffix not in (".py", ".pyc")
                  and "__pycache__" not in p.parts)


def test_the_files_the_code_opens_are_package_resources() -> None:
    from guardwire._demo import load_default_routes
    from guardwire.guards.injection.classifier import WEIGHTS_FILE

    weights = resources.files("guardwire.models").joinpath(WEIGHTS_FILE)
    assert weights.is_file() and weights.read_bytes()[:2] == b"PK"  # an .npz is a zip
    assert resources.files("guardwire").joinpath("py.typed").is_file()
    assert "default" in load_default_routes()  # data/defaults.toml, read as a resource
    names = {p.relative_to(PACKAGE).as_posix() for p in _data_files()}
    assert {"py.typed", "data/defaults.toml", f"models/{WEIGHTS_FILE}"} <= names


def test_the_wheel_takes_the_whole_package_directory() -> None:
    """hatchling puts every file of ``packages`` in the wheel that git does not ignore: no
    include/exclude list may leave a data file (or the weights) out."""
    build = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["hatch"]["build"]
    wheel = build["targets"]["wheel"]
    assert wheel["packages"] == ["src/guardwire"]
    for key in ("only-include", "exclude", "include", "artifacts"):
        assert key not in wheel and key not in build, key


def test_no_data_file_of_the_package_is_ignored_or_untracked_by_git() -> None:
    git = shutil.which("git")
    if git is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    files = [str(p.relative_to(ROOT)) for p in _data_files()]
    ignored = subprocess.run([git, "check-ignore", *files], cwd=ROOT, capture_output=True,
                             text=True).stdout.split()
    assert ignored == []  # an ignored file is left out of the wheel
    tracked = subprocess.run([git, "ls-files", "--", *files], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout.split()
    assert sorted(tracked) == sorted(files)  # an untracked one is missing from a fresh clone


class _Shout:
    """A sync guard with a ``warm()`` (run on the step's thread before the first call)."""

    name = "shout"

    def __init__(self) -> None:
        self.warmed = False

    def warm(self) -> None:
        self.warmed = True

    def __call__(self, text: str, ctx: Context) -> Decision:
        return Decision.rewrite(text.upper())


@pytest.mark.parametrize("budget_ms", [None, 5000.0])
def test_an_async_call_runs_sync_guards_without_sniffio(
        monkeypatch: pytest.MonkeyPatch, budget_ms: float | None) -> None:
    """anyio no longer depends on sniffio, so a core install has none (the SDK extras bring it):
    a sync guard on an async call (warmed on a thread; with a budget, run on one) still runs,
    instead of failing closed on an ImportError."""
    monkeypatch.setitem(sys.modules, "sniffio", None)  # ``import sniffio`` raises ImportError

    async def model(prompt: str) -> str:
        return f"echo {prompt}"

    guard = _Shout()
    entry = guard if budget_ms is None else step(guard, budget_ms=budget_ms, on_timeout="closed")
    ask = guarded(model, pipeline=Pipeline(input=[entry]))
    with capture_verdicts() as verdicts:
        assert asyncio.run(ask("hi")) == "echo HI"
    assert [d.outcome for v in verdicts for d in v.decisions] == ["ok"] and guard.warmed


def test_a_named_spacy_model_that_is_missing_says_how_to_get_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from guardwire.guards.pii import PIIRedactor, engine

    real = engine.importlib.util.find_spec
    monkeypatch.setattr(engine.importlib.util, "find_spec",
                        lambda name, *a: None if name.startswith("en_core") else real(name, *a))
    with pytest.raises(ConfigError, match=r"the 'ner' extra \(pip install -e '\.\[ner\]'\)"):
        PIIRedactor(ner="en_core_web_sm")
    with pytest.raises(ConfigError, match="spacy download xx_missing"):
        PIIRedactor(ner="xx_missing")


@pytest.mark.parametrize("typo, meant", [("of", "off"), ("OFF", "off"), ("Auto", "auto"),
                                         ("aut", "auto")])
def test_a_typo_of_ner_off_or_auto_says_what_was_meant(typo: str, meant: str) -> None:
    from guardwire.guards.pii import PIIRedactor

    with pytest.raises(ConfigError, match=f"did you mean '{meant}'") as err:
        PIIRedactor(ner=typo)  # it said "spaCy model 'of' is not installed; … download of"
    assert err.value.path == "ner"


def test_the_demo_says_names_are_not_redacted_without_the_ner_extra(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from guardwire import _demo

    monkeypatch.setattr(_demo, "_ner_installed", lambda: False)
    monkeypatch.setattr(_demo, "scenes", lambda: [])
    assert _demo.run_demo() == 0
    out = capsys.readouterr().out
    assert "pip install -e '.[ner]'" in out and "not redacted" in out
