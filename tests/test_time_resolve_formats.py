"""resolve_span on numeric date formats that find_time_phrases finds: year-month, compact
dates, half-years and year ranges must name their own window, not a whole year or none."""

from __future__ import annotations

from datetime import datetime

import pytest

from guardwire.guards.time_phrases import resolve_span, resolve_time_window

REF = datetime(2026, 9, 2, 10, 0)


def d(*parts: int) -> datetime:
    return datetime(*parts)  # type: ignore[arg-type]


@pytest.mark.parametrize(("phrase", "start", "end"), [
    ("2016-11", d(2016, 11, 1), d(2016, 12, 1)),       # was the whole of 2016
    ("2016/11", d(2016, 11, 1), d(2016, 12, 1)),
    ("11/2016", d(2016, 11, 1), d(2016, 12, 1)),       # was None (a 3-day fallback)
    ("2016-12", d(2016, 12, 1), d(2017, 1, 1)),
    ("20240501", d(2024, 5, 1), d(2024, 5, 2)),        # was None
    ("H2 2019", d(2019, 7, 1), d(2020, 1, 1)),         # was the whole of 2019
    ("2019 H1", d(2019, 1, 1), d(2019, 7, 1)),
    ("2014-2018", d(2014, 1, 1), d(2019, 1, 1)),       # was 2014 only
    ("2016-11 to 2017-02", d(2016, 11, 1), d(2017, 3, 1)),
    ("since 2016-11", d(2016, 11, 1), REF),
])
def test_numeric_formats_resolve_to_their_own_window(phrase: str, start: datetime,
                                                     end: datetime) -> None:
    assert resolve_span(phrase, REF) == (start, end)


def test_window_of_a_query_with_a_year_month() -> None:
    assert resolve_time_window("errors in 2016-11", REF) == (d(2016, 11, 1), d(2016, 12, 1))


@pytest.mark.parametrize("phrase", ["2016-13", "13/2016", "20241301"])
def test_impossible_months_do_not_resolve_to_a_wrong_window(phrase: str) -> None:
    w = resolve_span(phrase, REF)
    assert w is None or (w[1] - w[0]).days >= 365  # at most the year it names, never a month


@pytest.mark.parametrize(("phrase", "hour_utc"), [
    ("2024-05-01T10:00:00Z", 10),
    ("2024-05-01T10:00Z", 10),
    ("2024-05-01T10:00:00+02:00", 8),
    ("2024-05-01T10:00:00-0500", 15),
    ("2024-05-01 10:00 UTC", 10),
    ("2024-05-01 at 10pm UTC", 22),
    ("2024-05-01 10:00 GMT+2", 8),
    ("since 2024-05-01T10:00:00Z", 10),
])
def test_an_explicit_utc_offset_is_honoured(phrase: str, hour_utc: int) -> None:
    # it was ignored: with a Tokyo reference "10:00Z" became 10:00 Tokyo, 9 hours off
    from datetime import UTC
    from zoneinfo import ZoneInfo

    tokyo = ZoneInfo("Asia/Tokyo")
    w = resolve_span(phrase, datetime(2026, 9, 2, 10, tzinfo=tokyo))
    assert w is not None
    assert w[0] == datetime(2024, 5, 1, hour_utc, tzinfo=UTC)
    assert w[0].tzinfo is tokyo  # results keep the reference's tzinfo


@pytest.mark.parametrize("phrase", ["2024-05-01T10:00", "2024-05-01 10:00-11:30",
                                    "10:00-11:30 on 2024-05-01"])
def test_without_an_offset_the_reference_zone_is_used(phrase: str) -> None:
    from zoneinfo import ZoneInfo

    tokyo = ZoneInfo("Asia/Tokyo")
    w = resolve_span(phrase, datetime(2026, 9, 2, 10, tzinfo=tokyo))
    assert w is not None and w[0] == datetime(2024, 5, 1, 10, tzinfo=tokyo)


@pytest.mark.parametrize(("phrase", "day"), [
    ("Christmas Eve", d(2025, 12, 24)),         # was 25 December
    ("New Year's Eve", d(2025, 12, 31)),        # was 1 January 2026
    ("Black Friday", d(2025, 11, 28)),          # was the last Friday (28 August 2026)
    ("Cyber Monday", d(2025, 12, 1)),           # was the last Monday
    ("Thanksgiving", d(2025, 11, 27)),          # was None (a 3-day fallback window)
    ("Labor Day", d(2025, 9, 1)),                # 7 Sept 2026 is still ahead
    ("Memorial Day", d(2026, 5, 25)),
    ("Easter", d(2026, 4, 5)),
    ("Good Friday 2024", d(2024, 3, 29)),
    ("next Christmas", d(2026, 12, 25)),
    ("Christmas 2024", d(2024, 12, 25)),
    ("MLK day", d(2026, 1, 19)),
    ("Mother's Day", d(2026, 5, 10)),
])
def test_holidays_resolve_to_their_day(phrase: str, day: datetime) -> None:
    assert resolve_span(phrase, REF) == (day, day + (d(2000, 1, 2) - d(2000, 1, 1)))


@pytest.mark.parametrize(("phrase", "start"), [
    ("1 May 2024 at 14:05", d(2024, 5, 1, 14, 5)),   # was all of May 2024
    ("May 1, 2024 at 2:05pm", d(2024, 5, 1, 14, 5)),
    ("on 3 June at 10:30", d(2026, 6, 3, 10, 30)),
    ("June at 5 pm", d(2026, 6, 1)),                  # no day: the month (5 is the hour)
])
def test_a_date_with_a_clock_time_keeps_its_day(phrase: str, start: datetime) -> None:
    w = resolve_span(phrase, REF)
    assert w is not None and w[0] == start
