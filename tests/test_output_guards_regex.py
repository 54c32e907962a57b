"""Adversarial answers against the output guards' patterns: the time must grow linearly with
the input. Ratios of two sizes measured in one run (no wall-clock limits): linear growth is
about 4x for a 4x input; the quadratic and exponential cases these tests caught were 16x and
far beyond (a 2,000-item labelled marker list never finished)."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from guardwire import Context
from guardwire.guards._references import reference_tail
from guardwire.guards.citations import find_citation_markers
from guardwire.guards.footnotes import FootnoteGuard


def _best(fn: Callable[[], object], repeats: int = 5) -> float:
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def growth(make: Callable[[int], str], run: Callable[[str], object], n: int) -> float:
    small, large = make(n), make(4 * n)
    return _best(lambda: run(large)) / max(_best(lambda: run(small)), 1e-7)


@pytest.mark.parametrize(("make", "n"), [
    (lambda k: "(source 1" + ", source 1" * k + " x", 4),    # was exponential
    (lambda k: "[doc" + " " * k + "x", 500),                 # was quadratic
    (lambda k: "[" + "1, " * k + "x", 500),
    (lambda k: "【1，" * k, 500),
])
def test_citation_markers_scan_in_linear_time(make: Callable[[int], str], n: int) -> None:
    assert growth(make, find_citation_markers, n) < 10


def test_a_label_line_with_a_long_run_of_spaces_is_linear() -> None:
    def make(k: int) -> str:
        return "Body.\n\nSources:" + " " * k + "x\n[1] a\n[2] b"

    assert growth(make, reference_tail, 1000) < 10
    guard = FootnoteGuard()
    assert growth(make, lambda t: guard(t, Context(docs=["a"])), 1000) < 10
