#!/usr/bin/env python3
"""Self-installing entry point: ``python3 tools/dev.py demo`` and ``python3 tools/dev.py test``.

Creates ``.venv`` beside the project on first use, installs guardwire with the needed
extras (uv when it can be installed, else pip), and re-installs only when pyproject.toml
changes. Needs nothing but Python 3.11+ and access to a package index.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = Path(os.environ.get("GUARDWIRE_VENV", ROOT / ".venv"))
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
EXTRAS = {"demo": "ner", "test": "dev,bench", "bench": "dev,bench", "lint": "dev"}


def _run(cmd: list[str], **kw: object) -> int:
    print("+", " ".join(cmd), flush=True)
    return subprocess.call(cmd, **kw)  # type: ignore[arg-type]


def ensure_env(extras: str) -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script runs under any python3
        sys.exit(f"guardwire needs Python 3.11+, this is {sys.version.split()[0]}")
    if not PY.exists():
        print(f"creating virtual environment in {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    stamp = VENV / f".guardwire-installed-{extras.replace(',', '-')}"
    if stamp.exists() and stamp.read_text() == digest:
        return
    env = dict(os.environ, UV_PYTHON_DOWNLOADS="never")
    target = f"{ROOT}[{extras}]"
    uv = BIN / "uv"
    if not uv.exists():
        _run([str(PY), "-m", "pip", "install", "-q", "uv"], env=env)
    rc = 1
    if uv.exists():
        rc = _run([str(uv), "pip", "install", "--python", str(PY), "-q", "-e", target], env=env)
    if rc != 0:
        rc = _run([str(PY), "-m", "pip", "install", "-q", "-e", target], env=env)
    if rc != 0:
        sys.exit(f"installing guardwire[{extras}] failed (exit {rc})")
    stamp.write_text(digest)


def default_test_args(cpus: int | None = None) -> list[str]:
    """``-q``, on two pytest-xdist workers when the machine has two cores or more (the suite
    is CPU-bound; a whole test file stays on one worker, so a module's set-up runs once)."""
    cpus = (os.cpu_count() or 1) if cpus is None else cpus
    return ["-q", "-n", "2", "--dist", "loadfile"] if cpus >= 2 else ["-q"]


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in EXTRAS:
        print(__doc__)
        print("commands: demo [args] | test [pytest args] | bench | lint")
        return 2
    cmd, rest = argv[0], argv[1:]
    ensure_env(EXTRAS[cmd])
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if cmd == "demo":
        return _run([str(BIN / "guardwire"), "demo", *rest])
    if cmd == "test":
        return _run([str(PY), "-m", "pytest", *(rest or default_test_args())], cwd=ROOT)
    if cmd == "lint":
        rc = _run([str(BIN / "ruff"), "check", "src", "tests", "benchmarks", "tools", "examples"],
                  cwd=ROOT)
        return rc or _run([str(BIN / "mypy")], cwd=ROOT)
    rc = 0
    for script in sorted((ROOT / "benchmarks").glob("bench_*.py")) + sorted(
        (ROOT / "benchmarks").glob("eval_*.py")
    ):
        rc |= _run([str(PY), str(script), *rest], cwd=ROOT)
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
