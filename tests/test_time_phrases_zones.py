"""Time phrases a demanding user writes: a zone after a clock time, European dotted dates,
"the first Monday of March" (sixth session)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from guardwire import Context
from guardwire.guards.time_phrases import (
    TimePhraseGuard,
    find_time_phrases,
    resolve_span,
    resolve_time_window,
)

TOKYO = datetime(2026, 9, 2, 12, tzinfo=ZoneInfo("Asia/Tokyo"))


@pytest.mark.parametrize(("text", "phrase", "utc_hour"), [
    ("errors at 10pm UTC", "at 10pm UTC", 22),
    ("errors at 10:00 GMT+2", "at 10:00 GMT+2", 8),
    ("errors at 10:00 CET", "at 10:00 CET", 9),
    ("errors at 3pm PST", "at 3pm PST", 23),
    ("errors at 9am EDT.", "at 9am EDT", 13),
])
def test_a_zone_after_a_clock_time_is_part_of_the_phrase(text: str, phrase: str,
                                                          utc_hour: int) -> None:
    # it was not: the phrase ended before the zone, so the window was read on the
    # reference's clock (9 hours off with a Tokyo reference)
    assert [s.text for s in find_time_phrases(text)] == [phrase]
    start, _ = resolve_time_window(text, TOKYO)
    assert start.astimezone(ZoneInfo("UTC")).hour == utc_hour


@pytest.mark.parametrize(("text", "utc_hour"), [
    ("errors at 10PM UTC", 22),
    ("errors at 10 P.M. UTC", 22),
    ("errors at 3PM PST", 23),
    ("errors at 10 AM GMT", 10),
])
def test_a_zone_after_an_upper_case_am_pm_is_read(text: str, utc_hour: int) -> None:
    # the phrase took the zone in, but the offset reader looked for a lower-case am/pm
    # before it: "10PM UTC" was read on the reference's clock (13:00 UTC with Tokyo)
    start, _ = resolve_time_window(text, TOKYO)
    assert start.astimezone(ZoneInfo("UTC")).hour == utc_hour


def test_lower_case_words_are_no_zones() -> None:
    assert [s.text for s in find_time_phrases("meet at 3pm est. later")] == ["at 3pm"]
    assert find_time_phrases("the UTC offset") == []


def test_a_restored_phrase_keeps_its_zone() -> None:
    ctx = Context(original_input="errors since yesterday 10pm UTC", reference_time=TOKYO)
    d = TimePhraseGuard()("errors since yesterday", ctx)
    assert d.text == "errors since yesterday 10pm UTC"  # it was "... 10pm": 9 hours off
    assert d.data["restored"] == ["since yesterday 10pm UTC"]


@pytest.mark.parametrize(("text", "day"), [
    ("12.03.2024", (2024, 3, 12)),  # was 3 December 2024 at 12:03
    ("23.04.2022", (2022, 4, 23)),  # was 23 April at 23:04, a one-hour window
    ("1.5.2024", (2024, 5, 1)),     # was 5 January
    ("12.03.24", (2024, 3, 12)),
])
def test_dotted_dates_are_day_first(text: str, day: tuple[int, int, int]) -> None:
    assert resolve_span(text, datetime(2026, 9, 2)) == (datetime(*day),
                                                       datetime(*day) + timedelta(days=1))


def test_slashed_dates_and_dotted_clock_times_are_unchanged() -> None:
    ref = datetime(2026, 9, 2)
    assert resolve_span("05/06/2024", ref) == (datetime(2024, 5, 6), datetime(2024, 5, 7))
    assert resolve_span("at 10.30", ref) == (datetime(2026, 9, 2, 10, 30),
                                             datetime(2026, 9, 2, 11, 30))
    assert resolve_span("12.03.2024 14:00", ref) == (datetime(2024, 3, 12, 14),
                                                     datetime(2024, 3, 12, 15))


@pytest.mark.parametrize(("text", "day"), [
    ("the first Monday of March", 2),      # was 1 March, a Sunday
    ("the first Sunday of March", 1),
    ("the last Sunday of March", 29),      # was all of March
    ("the last Tuesday of March", 31),
    ("the 2nd Tuesday of March", 10),
    ("the fourth Friday of March 2026", 27),
])
def test_the_nth_weekday_of_a_month(text: str, day: int) -> None:
    start, end = resolve_span(text, datetime(2026, 9, 2)) or (None, None)
    assert start == datetime(2026, 3, day) and end == datetime(2026, 3, day) + timedelta(days=1)
