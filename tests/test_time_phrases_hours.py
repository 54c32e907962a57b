"""A pair "a-b" next to a weekday: hours of that day ("Monday 12-4", "9-5 on Monday") or a
score ("5-3 on Monday"), never a month-day date ("5-3" was read as 3 May, "12-4" as 4 December).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from guardwire import Context
from guardwire.guards.time_phrases import TimePhraseGuard, find_time_phrases, resolve_span

REF = datetime(2026, 12, 6, 12, 0)  # a Sunday; the Monday before is 30 November
MONDAY = datetime(2026, 11, 30)


def phrases(text: str) -> list[str]:
    return [s.text for s in find_time_phrases(text)]


@pytest.mark.parametrize("text", [
    "5-3 on Monday.", "It ended 5-3 on Monday.", "It finished 6-2 on Monday.",
    "They were 2-0 up on Monday.", "Monday 5-3 was a surprise.", "On Monday 4-1, then home.",
])
def test_a_pair_that_is_no_hour_range_next_to_a_weekday_is_no_time(text: str) -> None:
    assert phrases(text) == ["Monday"]
    assert resolve_span("Monday", REF) == (MONDAY, datetime(2026, 12, 1))


@pytest.mark.parametrize(("text", "phrase", "hours"), [
    ("Open Monday 12-4.", "Monday 12-4", (12, 16)),
    ("Open Monday 12-4", "Monday 12-4", (12, 16)),
    ("Open Monday 12-4; call ahead.", "Monday 12-4", (12, 16)),
    ("Monday 9-5.", "Monday 9-5", (9, 17)),
    ("on Monday 9-11 only", "Monday 9-11", (9, 11)),
    ("Monday 12-4pm", "Monday 12-4pm", (12, 16)),
    ("Monday 2-4pm", "Monday 2-4pm", (14, 16)),
    ("Open 9-5 on Monday.", "9-5 on Monday", (9, 17)),
    ("Open 10-2 on Monday.", "10-2 on Monday", (10, 14)),
])
def test_hours_next_to_a_weekday_are_hours_of_that_day(text: str, phrase: str,
                                                       hours: tuple[int, int]) -> None:
    assert phrases(text) == [phrase]
    assert resolve_span(phrase, REF) == (MONDAY.replace(hour=hours[0]),
                                         MONDAY.replace(hour=hours[1]))


def test_the_guard_restores_the_hours_of_a_day() -> None:
    ctx = Context(original_input="who was in the office Monday 12-4.", reference_time=REF)
    d = TimePhraseGuard()("Who was in the office on Monday?", ctx)
    assert "12-4" in d.text


@pytest.mark.parametrize(("original", "restored"), [
    ("tickets closed last week, excluding Friday", "excluding Friday"),
    ("tickets closed last week except Friday", "except Friday"),
    ("tickets closed last week except for Friday", "except for Friday"),
    ("tickets closed last week other than on Friday", "other than on Friday"),
    ("tickets closed last week but not on Friday", "but not on Friday"),
])
def test_an_excluded_day_is_restored_with_its_exclusion(original: str, restored: str) -> None:
    # the bare "Friday" was appended: the rewrite asked for the day the user left out
    d = TimePhraseGuard()("tickets closed last week", Context(original_input=original,
                                                              reference_time=REF))
    assert d.data["restored"] == [restored]
    assert d.text == f"tickets closed last week, {restored}"


@pytest.mark.parametrize(("phrase", "same_as"), [
    ("yesterday before noon", "before noon yesterday"),
    ("yesterday after 15:00", "after 3pm yesterday"),
    ("Friday before 12pm", "before noon on Friday"),
    ("Monday after 5pm", "after 5pm on Monday"),
    ("today since 9am", "since 9am today"),
    ("tomorrow by 10am", "by 10am tomorrow"),
    ("3 August around 14:00", "around 14:00 on 3 August"),
])
def test_a_modifier_after_the_day_applies_to_the_time(phrase: str, same_as: str) -> None:
    # "yesterday before noon" was 12:00-13:00 yesterday (the modifier was dropped: the
    # opposite half of the day)
    assert phrases(f"errors {phrase}") == [phrase]
    assert resolve_span(phrase, REF) == resolve_span(same_as, REF)
    assert resolve_span(phrase, REF) is not None


def test_a_rewrite_restating_the_window_with_the_modifier_after_the_day_is_kept() -> None:
    ctx = Context(original_input="errors after 3pm yesterday", reference_time=REF)
    d = TimePhraseGuard()("errors yesterday after 15:00", ctx)
    assert d.action == "allow", d.text  # "…, after 3pm yesterday" was appended


@pytest.mark.parametrize(("text", "found"), [
    ("meetings on Mon and Wed", ["Mon", "Wed"]),  # "Wed" was not found
    ("meetings Mon, Wed and Fri", ["Mon", "Wed", "Fri"]),  # none was found
    ("open Tue to Thu", ["Tue to Thu"]),
    ("The Sun and the Moon", []),
    ("They sat and waited", []),
])
def test_a_list_of_abbreviated_weekdays(text: str, found: list[str]) -> None:
    assert phrases(text) == found


def test_a_rewrite_spelling_out_an_abbreviated_weekday_keeps_it() -> None:
    # "Mon" was appended again to "meetings on Monday" (the rewrite shares no word with it)
    ctx = Context(original_input="meetings on Mon and Wed", reference_time=REF)
    d = TimePhraseGuard()("meetings on Monday", ctx)
    assert d.data["restored"] == ["Wed"]


def test_a_recurring_day_is_restored_with_every() -> None:
    # "every Monday at 9" came back as "Monday at 9": last Monday, not each one
    ctx = Context(original_input="alerts every Monday at 9", reference_time=REF)
    d = TimePhraseGuard()("alerts", ctx)
    assert d.data["restored"] == ["every Monday at 9"]


@pytest.mark.parametrize(("original", "restored"), [
    ("what changed since the 2024 release", "since 2024"),
    ("bugs fixed before the 2025 launch", "before 2025"),
    ("signups after the March 2026 campaign", "after March 2026"),
])
def test_a_year_after_since_the_keeps_its_direction(original: str, restored: str) -> None:
    # "2024" alone was appended: the rewrite then asked about 2024 only, not since then
    d = TimePhraseGuard()("what changed", Context(original_input=original, reference_time=REF))
    assert d.data["restored"] == [restored]


def test_a_sentence_initial_every_is_appended_in_lower_case() -> None:
    ctx = Context(original_input="Every Monday at 9, which alerts fired?", reference_time=REF)
    d = TimePhraseGuard()("Which alerts fired?", ctx)
    assert d.text == "Which alerts fired, every Monday at 9?"
