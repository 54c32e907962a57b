"""``python -m guardwire`` runs the CLI (before: "No module named guardwire.__main__")."""

from __future__ import annotations

import subprocess
import sys


def test_python_m_guardwire_runs_the_cli() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "guardwire", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "usage: guardwire" in done.stdout
    assert "demo" in done.stdout


def test_python_m_guardwire_passes_the_exit_status() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "guardwire", "routes", "--config", "/nonexistent/routes.toml"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert "/nonexistent/routes.toml" in done.stderr
