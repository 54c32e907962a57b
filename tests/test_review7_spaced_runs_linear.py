"""spaced_runs re-read a long run of digit groups from each of its positions when the run
started inside a number ("5,1 111 111 …": a 32 KB document of such groups took ~4 s in
all_numbers, once per request for every document; seventh-session review). A rejected start
now skips to where the run may read otherwise; the runs found are the same."""

from __future__ import annotations

import re
from typing import Any

import pytest

from guardwire.guards import _numbers
from guardwire.guards._numbers import spaced_runs


class _Counting:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.calls = pattern, 0

    def search(self, *args: Any) -> re.Match[str] | None:
        self.calls += 1
        return self.pattern.search(*args)


@pytest.mark.parametrize("lead", ["5,1", "5.12", "1234", "x 1", "In 2023"])
def test_a_long_run_is_read_a_bounded_number_of_times(monkeypatch: pytest.MonkeyPatch,
                                                      lead: str) -> None:
    counting = _Counting(_numbers._PLAIN_RUN)
    monkeypatch.setattr(_numbers, "_PLAIN_RUN", counting)
    spaced_runs(lead + " 111" * 2_000)
    assert counting.calls <= 6  # was one per character of the run's groups (~6,000)


@pytest.mark.parametrize(("text", "runs"), [
    ("In 2023 150 300 people came.", {"150300": ["150", "300"]}),
    ("1234 567 890 here", {"567890": ["567", "890"]}),
    ("5,1 111 111", {}),
    ("Scores 120 340 560.", {"120340560": ["120", "340", "560"]}),
    ("1 234 567 and 120 340", {"120340": ["120", "340"]}),
])
def test_the_runs_found_are_unchanged(text: str, runs: dict[str, list[str]]) -> None:
    assert spaced_runs(text) == runs
