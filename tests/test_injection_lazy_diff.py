"""Lazy vs warmed decisions on a sample of the shared data (every 300th row and the first row
of every subset), each text as the user's input and as a tool result: a process that never
calls ``warm()`` (each rule compiled when a text first needs it) decides exactly as one that
warmed first. The steady guard (no scan budget): no wall clock in any decision. The full
corpus and the 100 KB probes: ``benchmarks/bench_injection_import.py --diff``."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
from bench_injection_import import DATA, run_worker  # noqa: E402


def test_lazy_first_calls_decide_as_warmed_ones_on_a_sample() -> None:
    if not DATA.is_dir():
        pytest.skip("shared evaldata not available")
    lazy = run_worker("lazy", 300, False, True)
    warm = run_worker("warm", 300, False, True)
    assert len(lazy) == len(warm) >= 120
    assert {r["key"].rsplit(":", 1)[0] for r in lazy} >= {"notinject", "agentdojo_injected"}
    assert sum(r["action"] == "block" for r in lazy) >= 20
    assert [r for r in lazy if r not in warm] == []
    assert lazy == warm
