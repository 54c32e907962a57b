"""``tools/dev.py test`` (the README's test command, also ``.ci/run``): its default arguments."""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def _dev() -> ModuleType:
    spec = importlib.util.spec_from_file_location("guardwire_dev_script", ROOT / "tools" / "dev.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_two_workers_on_two_cores_or_more_one_process_on_one() -> None:
    dev = _dev()
    assert dev.default_test_args(1) == ["-q"]
    for cpus in (2, 3, 16):
        args = dev.default_test_args(cpus)
        assert args[args.index("-n") + 1] == "2"
        assert args[args.index("--dist") + 1] == "loadfile"  # a module's fixtures run once


def test_the_workers_plugin_is_installed_by_the_extras_the_test_command_installs() -> None:
    dev = _dev()
    extras = dev.EXTRAS["test"].split(",")
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
        "optional-dependencies"]
    declared = [d for e in extras for d in deps[e]]
    assert any(d.startswith("pytest-xdist") for d in declared)
    assert importlib.util.find_spec("xdist") is not None
