"""Ranges whose month (or day) is written once: each side alone used to be read as one day or
as a clock time, so the query covered the wrong window."""

from __future__ import annotations

from datetime import datetime

import pytest

from guardwire.guards.time_phrases import find_time_phrases, resolve_span, resolve_time_window

REF = datetime(2026, 9, 2, 10, 30)  # a Wednesday


def d(*args: int) -> datetime:
    return datetime(*args)  # type: ignore[arg-type]


@pytest.mark.parametrize(("phrase", "start", "end"), [
    # before: 5 Aug 01:00-6 Aug ("1" read as 1 am), 1 Aug only, 1 Aug to 2 Sep 05:00, ...
    ("from 1 to 5 August", d(2026, 8, 1), d(2026, 8, 6)),
    ("1–5 August", d(2026, 8, 1), d(2026, 8, 6)),
    ("between 1 and 5 August", d(2026, 8, 1), d(2026, 8, 6)),
    ("August 1st through 5th", d(2026, 8, 1), d(2026, 8, 6)),
    ("Aug 1 - 5", d(2026, 8, 1), d(2026, 8, 6)),
    ("from the 1st to the 5th of August", d(2026, 8, 1), d(2026, 8, 6)),
    ("1 to 5 Aug 2025", d(2025, 8, 1), d(2025, 8, 6)),
    ("Aug 12-15, 2025", d(2025, 8, 12), d(2025, 8, 16)),
    # hours of one day: "9" and "11" are clock times on 3 August, not 3 August to today 11:00
    ("on 3 August from 9 to 11", d(2026, 8, 3, 9), d(2026, 8, 3, 11)),
    ("yesterday from 9 to 5", d(2026, 9, 1, 9), d(2026, 9, 1, 17)),
    ("between 9 and 11 am", d(2026, 9, 2, 9), d(2026, 9, 2, 11)),  # was 11:00-12:00
    ("from 2 to 4 pm", d(2026, 9, 2, 14), d(2026, 9, 2, 16)),      # was 02:00-16:00
    # unchanged
    ("from 9 to 5", d(2026, 9, 2, 9), d(2026, 9, 2, 17)),
    ("from 9 to 5 pm", d(2026, 9, 2, 9), d(2026, 9, 2, 17)),
    ("28 July to 3 August", d(2026, 7, 28), d(2026, 8, 4)),
    ("between Monday and Wednesday", d(2026, 8, 31), d(2026, 9, 3)),
    ("between 2019 and 2021", d(2019, 1, 1), d(2022, 1, 1)),
])
def test_a_range_resolves_to_its_whole_window(phrase: str, start: datetime,
                                              end: datetime) -> None:
    assert resolve_span(phrase, REF) == (start, end)


@pytest.mark.parametrize(("text", "span"), [
    ("logins 1-5 August?", "1-5 August"),    # was "5 August": one day of five
    ("logins August 1-5?", "August 1-5"),    # was "August 1"
    ("logins 1-5 Aug 2025", "1-5 Aug 2025"),
])
def test_a_hyphenated_day_range_is_one_phrase(text: str, span: str) -> None:
    assert [s.text for s in find_time_phrases(text)] == [span]
    assert resolve_time_window(text, REF)[1] - resolve_time_window(text, REF)[0] >= \
        (d(2025, 8, 6) - d(2025, 8, 1))


@pytest.mark.parametrize("text", ["logins on 2026-08-05", "report-2018-09-23", "on 05-08-2026"])
def test_numeric_dates_are_not_day_ranges(text: str) -> None:
    w = resolve_time_window(text, REF)
    assert w[1] - w[0] == d(2026, 1, 2) - d(2026, 1, 1)


@pytest.mark.parametrize(("text", "start"), [
    # each resolved to nothing: the window fell back to the last three days
    ("revenue year to date", d(2026, 1, 1)),
    ("revenue YTD?", d(2026, 1, 1)),
    ("MTD signups", d(2026, 9, 1)),
    ("quarter-to-date sales", d(2026, 7, 1)),
    ("week to date errors", d(2026, 8, 31)),
])
def test_period_to_date_runs_from_the_period_start_to_now(text: str, start: datetime) -> None:
    assert resolve_time_window(text, REF) == (start, REF)


def test_a_lower_case_abbreviation_that_is_not_a_period_is_not_a_phrase() -> None:
    assert find_time_phrases("the wtd avg of the mtd column") == []


@pytest.mark.parametrize(("phrase", "start", "end"), [
    ("the week of August 3", d(2026, 8, 3), d(2026, 8, 10)),          # was 3 August only
    ("the week of 3 August 2025", d(2025, 7, 28), d(2025, 8, 4)),
    ("this past weekend", d(2026, 8, 29), d(2026, 8, 31)),            # was unresolved
    ("August last year", d(2025, 8, 1), d(2025, 9, 1)),               # was all of 2025
    ("1 August last year", d(2025, 8, 1), d(2025, 8, 2)),
    ("Jan-Mar", d(2026, 1, 1), d(2026, 4, 1)),                         # was January only
    ("Nov-Dec", d(2025, 11, 1), d(2026, 1, 1)),
    ("the 90s", d(1990, 1, 1), d(2000, 1, 1)),                         # was unresolved
    ("the 20s", d(2020, 1, 1), d(2030, 1, 1)),
    ("Jan-2025", d(2025, 1, 1), d(2025, 2, 1)),                        # unchanged
])
def test_more_phrases_resolve_to_their_window(phrase: str, start: datetime,
                                              end: datetime) -> None:
    assert resolve_span(phrase, REF) == (start, end)
