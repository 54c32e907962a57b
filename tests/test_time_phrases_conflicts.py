"""TimePhraseGuard when the rewrite moved the user's window instead of dropping it."""

from __future__ import annotations

from datetime import datetime

import pytest

from guardwire import Context
from guardwire.guards.time_phrases import TimePhraseGuard, resolve_time_window

REF = datetime(2026, 9, 2, 10)  # a Wednesday


def run(original: str, rewrite: str) -> tuple[str, dict[str, object]]:
    d = TimePhraseGuard()(rewrite, Context(original_input=original, reference_time=REF))
    return (rewrite if d.text is None else d.text), dict(d.data)


@pytest.mark.parametrize(("original", "rewrite", "expected"), [
    # before: "sales in Q2, Q3", a query over both quarters (the window of the two phrases)
    ("sales in Q3?", "sales in Q2", "sales in Q3"),
    ("how many logins last week?", "logins this week", "logins last week"),
    ("sales in 2025", "Sales in 2024.", "Sales in 2025."),
    ("what happened on 25 August", "what happened on August 26?", "what happened on 25 August?"),
    ("logins at 3pm yesterday", "logins at 3am yesterday", "logins at 3pm yesterday"),
    ("logins in the past 2 weeks", "logins in the past 3 weeks", "logins in the past 2 weeks"),
    ("errors yesterday", "errors on 2026-09-02", "errors yesterday"),
    ("meetings next monday", "meetings on monday", "meetings next monday"),
])
def test_a_moved_window_is_replaced_by_the_users_phrase(original: str, rewrite: str,
                                                        expected: str) -> None:
    out, data = run(original, rewrite)
    assert out == expected
    assert data["replaced"] and data["restored"]
    # the query now covers the user's window, not the union with the rewrite's
    assert resolve_time_window(out, REF) == resolve_time_window(original, REF)


@pytest.mark.parametrize(("original", "rewrite"), [
    ("logins last week, around 25 August", "logins on 26 August"),  # within the user's week
    ("logins last month", "logins in August"),                     # the same window
    ("errors yesterday", "errors yesterday"),
])
def test_a_phrase_within_the_users_window_is_kept(original: str, rewrite: str) -> None:
    out, data = run(original, rewrite)
    assert "replaced" not in data and out.startswith(rewrite)


def test_several_conflicts_are_appended_and_reported() -> None:
    # two moved windows: which phrase replaces which is a guess, so both are appended
    out, data = run("sales in 2025 and errors last week", "sales in 2024 and errors this week")
    assert out == "sales in 2024 and errors this week, 2025, last week"
    assert data["conflicting"] == ["2024", "this week"]
