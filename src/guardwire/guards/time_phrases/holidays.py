"""The day a holiday phrase names: fixed dates, the US floating holidays, Easter.

Conventions follow the resolver's: a holiday without a year is its latest occurrence up to
the reference day ("Thanksgiving" on 2 Sept 2026 is 27 Nov 2025), "next"/"coming"/"upcoming"
is the first one after it, a stated year picks that year's. Lunar holidays (Eid, Diwali,
Hanukkah, Lunar New Year) are not resolved.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, datetime, timedelta

import regex

Window = tuple[datetime, datetime]


def _nth(weekday: int, n: int, month: int) -> Callable[[int], date]:
    """The n-th ``weekday`` of ``month`` (n = -1: the last)."""
    def day(year: int) -> date:
        days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1)
                if calendar.weekday(year, month, d) == weekday]
        return date(year, month, days[n if n < 0 else n - 1])
    return day


def _fixed(month: int, dom: int) -> Callable[[int], date]:
    return lambda year: date(year, month, dom)


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _after(rule: Callable[[int], date], days: int) -> Callable[[int], date]:
    return lambda year: rule(year) + timedelta(days=days)


_THANKSGIVING = _nth(3, 4, 11)
# most specific first: "christmas eve" before "christmas", "black friday" before any weekday
_RULES: list[tuple[str, Callable[[int], date]]] = [
    (r"christmas\s+eve", _fixed(12, 24)), (r"christmas|xmas", _fixed(12, 25)),
    (r"boxing\s+day", _fixed(12, 26)), (r"new\s+year'?s?\s+eve", _fixed(12, 31)),
    (r"(?<!lunar\s)(?<!chinese\s)new\s+year", _fixed(1, 1)), (r"halloween", _fixed(10, 31)),
    (r"valentine", _fixed(2, 14)), (r"independence\s+day", _fixed(7, 4)),
    (r"juneteenth", _fixed(6, 19)), (r"veterans'?\s+day", _fixed(11, 11)),
    (r"st\.?\s+patrick", _fixed(3, 17)), (r"earth\s+day", _fixed(4, 22)),
    (r"may\s+day|workers'?\s+day", _fixed(5, 1)),
    (r"black\s+friday", _after(_THANKSGIVING, 1)), (r"cyber\s+monday", _after(_THANKSGIVING, 4)),
    (r"thanksgiving", _THANKSGIVING), (r"labou?r\s+day", _nth(0, 1, 9)),
    (r"memorial\s+day", _nth(0, -1, 5)), (r"mlk|martin\s+luther\s+king", _nth(0, 3, 1)),
    (r"presidents'?\s+day", _nth(0, 3, 2)), (r"columbus\s+day", _nth(0, 2, 10)),
    (r"mother'?s\s+day", _nth(6, 2, 5)), (r"father'?s\s+day", _nth(6, 3, 6)),
    (r"good\s+friday", _after(_easter, -2)), (r"easter\s+monday", _after(_easter, 1)),
    (r"easter", _easter),
]
_PATTERNS = [(regex.compile(rf"\b(?:{p})", regex.IGNORECASE), rule) for p, rule in _RULES]
_NEXT = regex.compile(r"\b(?:next|coming|upcoming|following)\b", regex.IGNORECASE)
_LUNAR = regex.compile(r"\b(?:eid|diwali|hanukkah|lunar|chinese\s+new)", regex.IGNORECASE)


def holiday_window(phrase: str, ref: datetime, year: int | None) -> Window | None:
    """The day of the holiday ``phrase`` names (``year`` when the phrase states one)."""
    if _LUNAR.search(phrase):
        return None
    rule = next((r for p, r in _PATTERNS if p.search(phrase)), None)
    if rule is None:
        return None
    if year is not None:
        day = rule(year)
    elif _NEXT.search(phrase):
        day = rule(ref.year)
        if day <= ref.date():
            day = rule(ref.year + 1)
    else:
        day = rule(ref.year)
        if day > ref.date():
            day = rule(ref.year - 1)
    start = ref.replace(year=day.year, month=day.month, day=day.day, hour=0, minute=0,
                        second=0, microsecond=0)
    return start, start + timedelta(days=1)
