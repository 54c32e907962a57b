"""Calendar arithmetic behind :func:`~.resolve.resolve_time_window`: counts ("a few",
"thirty-five"), units, shifting a reference time by calendar months or elapsed hours, and the
day / month / year / calendar-period windows."""

from __future__ import annotations

import calendar
from datetime import UTC, datetime, timedelta

import regex

from .vocab import SMALL_NUMBERS, UNIT_DAYS

Window = tuple[datetime, datetime]
DAY = timedelta(days=1)
_MONTHS_PER = {"month": 1, "quarter": 3, "year": 12, "yr": 12, "decade": 120, "centur": 1200}


def count_of(word: str) -> float | None:
    """ "3", "2.5", "a", "a few", "couple of", "thirty-five" → a number (``None`` if not one)."""
    w = " ".join(word.lower().replace("-", " ").split())
    if regex.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w)
    if w in SMALL_NUMBERS:
        return SMALL_NUMBERS[w]
    parts = w.split()
    if len(parts) == 2 and parts[0] in SMALL_NUMBERS and parts[1] in SMALL_NUMBERS and \
            SMALL_NUMBERS[parts[0]] >= 20 and SMALL_NUMBERS[parts[1]] < 10:
        return SMALL_NUMBERS[parts[0]] + SMALL_NUMBERS[parts[1]]
    return SMALL_NUMBERS.get(parts[-1]) if parts else None


def unit_length(name: str) -> timedelta:
    key = name.lower()
    for unit, days in UNIT_DAYS.items():
        if key.startswith(unit):
            return timedelta(days=days)
    return DAY


def shift(ref: datetime, unit: str, n: float) -> datetime:
    """``ref`` moved by ``n`` units: whole months, quarters and years on the calendar
    ("a month ago" on 31 March is 28 February, "a year ago" on 2 Sept 2024 is 2 Sept 2023),
    other units and fractions by their length."""
    key = unit.lower()
    months = next((k for u, k in _MONTHS_PER.items() if key.startswith(u)), None)
    if months is None or n != int(n):
        delta = unit_length(unit) * n
        return elapsed(ref, delta) if abs(delta) < DAY else ref + delta
    total = ref.year * 12 + ref.month - 1 + int(n) * months
    year, month = divmod(total, 12)
    if not 1 <= year <= 9999:
        return ref + unit_length(unit) * n
    day = min(ref.day, calendar.monthrange(year, month + 1)[1])
    return ref.replace(year=year, month=month + 1, day=day)


def elapsed(ref: datetime, delta: timedelta) -> datetime:
    """``ref + delta`` in elapsed time: hours and minutes across a DST change are real ones
    ("the last hour" at 03:30 on the spring-forward day starts at 01:30, not at a 02:30 that
    does not exist). Days and longer stay wall-clock (calendar) arithmetic."""
    if ref.tzinfo is None:
        return ref + delta
    return (ref.astimezone(UTC) + delta).astimezone(ref.tzinfo)


def day_window(d: datetime) -> Window:
    start = d.replace(hour=0, minute=0, second=0, microsecond=0)
    return start, start + DAY


def month_window(ref: datetime, year: int, month: int) -> Window:
    start = ref.replace(year=year, month=month, day=1, hour=0, minute=0, second=0, microsecond=0)
    nxt = start.replace(year=year + month // 12, month=month % 12 + 1)
    return start, nxt


def year_window(ref: datetime, year: int, years: int = 1) -> Window:
    start = ref.replace(year=year, month=1, day=1, hour=0, minute=0, second=0, microsecond=0)
    return start, start.replace(year=year + years)


def calendar_period(ref: datetime, which: str, unit: str) -> Window:
    step = {"last": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(which, 0)
    if unit == "decade":  # "this decade" is the 2020s; "the last decade" the ten years to now
        if step == 0:
            return year_window(ref, ref.year // 10 * 10, 10)
        other = shift(ref, unit, step)
        return min(ref, other), max(ref, other)
    if unit in ("week", "weekend"):
        monday = day_window(ref)[0] - timedelta(days=ref.weekday()) + timedelta(weeks=step)
        return (monday + timedelta(days=5), monday + timedelta(days=7)) if unit == "weekend" \
            else (monday, monday + timedelta(days=7))
    if unit == "month":
        m = ref.month - 1 + step
        return month_window(ref, ref.year + m // 12, m % 12 + 1)
    if unit == "quarter":
        q = (ref.month - 1) // 3 + step
        y, q = ref.year + q // 4, q % 4
        end = month_window(ref, y + (q == 3), (q * 3 + 3) % 12 + 1)[0]
        return month_window(ref, y, q * 3 + 1)[0], end
    return year_window(ref, ref.year + step)


def latest_date(ref: datetime, month: int, day: int, year: int | None) -> Window | None:
    try:
        if year is not None:
            return day_window(ref.replace(year=year, month=month, day=day))
        d = ref.replace(month=month, day=day)
        if d.date() > ref.date():
            d = d.replace(year=ref.year - 1)
        return day_window(d)
    except ValueError:
        return None
