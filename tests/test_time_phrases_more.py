"""Time phrases the previous session left wrong: "last decade" (unresolved), "last Friday
night" (the night was lost) and sports scores read as day ranges ("won 3-1 in August")."""

from __future__ import annotations

from datetime import datetime

import pytest

from guardwire.guards.time_phrases import find_time_phrases, resolve_span

REF = datetime(2026, 12, 6, 12, 0)  # a Sunday


def phrases(text: str) -> list[str]:
    return [s.text for s in find_time_phrases(text)]


def test_last_decade_is_the_ten_years_to_now_like_the_past_decade() -> None:
    assert phrases("Sales peaked last decade.") == ["last decade"]
    assert resolve_span("last decade", REF) == (datetime(2016, 12, 6, 12), REF)
    assert resolve_span("last decade", REF) == resolve_span("the past decade", REF)
    assert resolve_span("the next decade", REF) == (REF, datetime(2036, 12, 6, 12))


def test_this_decade_is_the_calendar_decade() -> None:
    assert resolve_span("this decade", REF) == (datetime(2020, 1, 1), datetime(2030, 1, 1))


@pytest.mark.parametrize(("text", "phrase", "window"), [
    ("We met last Friday night.", "last Friday night",
     (datetime(2026, 12, 4, 20), datetime(2026, 12, 5, 6))),
    ("Call me Saturday night.", "Saturday night",
     (datetime(2026, 12, 5, 20), datetime(2026, 12, 6, 6))),
    ("See you tomorrow night.", "tomorrow night",
     (datetime(2026, 12, 7, 20), datetime(2026, 12, 8, 6))),
])
def test_a_day_keeps_its_night(text: str, phrase: str,
                               window: tuple[datetime, datetime]) -> None:
    assert phrases(text) == [phrase]
    assert resolve_span(phrase, REF) == window


@pytest.mark.parametrize("text", [
    "They won 3-1 in August.", "It ended 3-1 in August after a long match.",
    "United beat City 2-1 in August.", "A 3-1 win in August.",
])
def test_a_score_next_to_a_month_is_not_a_day_range(text: str) -> None:
    assert phrases(text) == ["August"]


@pytest.mark.parametrize("text", ["The score was 2-0 on Sunday.", "A 3-1 win on Sunday."])
def test_a_score_next_to_a_weekday_is_not_a_time(text: str) -> None:
    assert phrases(text) == ["Sunday"]


@pytest.mark.parametrize(("text", "window"), [
    ("The festival runs 1-5 August.", (datetime(2026, 8, 1), datetime(2026, 8, 6))),
    ("Booked 28-30 Aug.", (datetime(2026, 8, 28), datetime(2026, 8, 31))),
    ("Open 1 - 5 August.", (datetime(2026, 8, 1), datetime(2026, 8, 6))),
])
def test_day_ranges_stay_day_ranges(text: str, window: tuple[datetime, datetime]) -> None:
    (span,) = find_time_phrases(text)
    assert resolve_span(span.text, REF) == window


def test_an_hour_range_next_to_a_weekday_stays() -> None:
    assert phrases("Open Monday 12-4 only") == ["Monday 12-4"]
