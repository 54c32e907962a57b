"""The day, month or year a phrase names (the date half of :mod:`.resolve`): relative days
and periods ("yesterday", "last week", "3 days ago", "YTD"), calendar dates in any format
("25 August", "2024-05-01", "11/2016", "Q3"), holidays, weekdays, decades and years. Clock
times, ranges and modifiers are :mod:`.resolve`'s.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import regex

from .calendar_math import DAY as _DAY
from .calendar_math import Window
from .calendar_math import calendar_period as _calendar
from .calendar_math import count_of as _count
from .calendar_math import day_window as _day
from .calendar_math import elapsed as _elapsed
from .calendar_math import latest_date as _latest_date
from .calendar_math import month_window as _month
from .calendar_math import shift as _shift
from .calendar_math import unit_length as _unit
from .calendar_math import year_window as _year
from .holidays import holiday_window
from .vocab import MONTHS, ORDINALS, WEEKDAYS

_I = regex.IGNORECASE
_AGO = regex.compile(r"(\S+(?:\s+\S+)?)\s+(sec|min|h|hr|hour|day|night|week|weekend|fortnight"
                     r"|month|quarter|year|yr|decade|centur)\w*\s+(ago|later|from now|hence)", _I)
_IN_N = regex.compile(r"\b(?:in|within)\s+(?:the\s+)?(?:next\s+)?(\S+(?:\s+\S+)?)\s+"
                      r"(sec|min|h|hr|hour|day|night|week|month|quarter|year|decade)", _I)
_ROLLING = regex.compile(r"\b(last|past|previous|prior|next|coming|following|upcoming)\s+"
                         r"(\S+(?:\s+\S+)?)\s+(?:business\s+)?(hour|day|night|week|weekend|month"
                         r"|quarter|year|decade|min)", _I)
_LAST_SHORT = regex.compile(r"\b(last|past|previous|next|coming)\s+(hour|minute|min)\b", _I)
_PAST_UNIT = regex.compile(r"\bpast\s+(day|night|week|fortnight|month|quarter|year|decade)\b", _I)
_WEEKEND = regex.compile(r"\b(?:the|this\s+past|past)\s+weekend\b", _I)
_CALENDAR = regex.compile(r"\b(last|previous|this|current|next|coming|following)\s+"
                          r"(week|weekend|month|quarter|year|decade)\b", _I)
_REL_DAY = regex.compile(r"\b(the day after tomorrow|the day before yesterday|today|tonight"
                         r"|tonite|tomorrow|tmrw|tmr|yesterday|now|eod|right now)\b", _I)
_ISO = regex.compile(r"\b((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
# year-month "2016-11", "2016/11"; month-year "11/2016"; compact "20240501"; half "H2 2019"
_YEAR_MONTH = regex.compile(r"\b((?:19|20)\d\d)[-/.](\d{1,2})(?![\d\-/.]|\.\d)")
_MONTH_YEAR = regex.compile(r"(?<![\d/.\-])(\d{1,2})[/.\-]((?:19|20)\d\d)\b")
_COMPACT = regex.compile(r"\b((?:19|20)\d\d)(\d\d)(\d\d)\b")
_HALF = regex.compile(r"\bH([12])\s*((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s*H([12])\b", _I)
_NUM_DMY = regex.compile(r"\b(\d{1,2})[/.\-](\d{1,2})(?:[/.\-](\d{4}|\d\d))?\b")
_MONTH_NAME = regex.compile(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?",
                            _I)
_DAY_NUM = regex.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")
_DAY_ORD = regex.compile(r"\b(" + "|".join(ORDINALS) + r")\b", _I)
_YEAR = regex.compile(r"(?<![\d:/.])(?<!\d-)((?:1[6-9]|2[01])\d\d)(?![\d:])")
_DECADE = regex.compile(r"\b((?:1[89]|20)\d)0\s?'?s\b")
_DECADE2 = regex.compile(r"(?:\bthe\s+|')([1-9])0\s?'?s\b", _I)  # "the 90s", "'80s"
_QUARTER = regex.compile(r"\bq([1-4])\b", _I)
_WEEKDAY = regex.compile(r"\b(last|previous|next|this|coming)?\s*(" + "|".join(
    sorted(WEEKDAYS, key=len, reverse=True)) + r")\b", _I)
_TO_DATE = regex.compile(r"\b(year|month|quarter|week)[\s-]to[\s-]date\b|\b([ymqw])td\b", _I)
_TO_DATE_UNIT = {"y": "year", "m": "month", "q": "quarter", "w": "week"}


def date_part(p: str, ref: datetime) -> Window | None:
    if m := _TO_DATE.search(p):  # "year to date", "YTD": from the period's start to now
        unit = (m.group(1) or _TO_DATE_UNIT[m.group(2).lower()]).lower()
        return _calendar(ref, "this", unit)[0], ref
    if m := _AGO.search(p):
        n = _count(m.group(1))
        if n is not None:
            delta = _unit(m.group(2)) * n
            point = _shift(ref, m.group(2), -n if m.group(3).lower() == "ago" else n)
            return _day(point) if delta >= _DAY else (point, _elapsed(point, _unit(m.group(2))))
    if m := _LAST_SHORT.search(p):  # "the last hour": a rolling hour, not a calendar one
        delta = _unit(m.group(2))
        back = m.group(1).lower() in ("last", "past", "previous")
        return (_elapsed(ref, -delta), ref) if back else (ref, _elapsed(ref, delta))
    if m := _PAST_UNIT.search(p):  # "the past month": rolling, like "the past 1 month"
        return _shift(ref, m.group(1), -1), ref
    if (m := _ROLLING.search(p)) and (n := _count(m.group(2))) is not None:
        back = m.group(1).lower() in ("last", "past", "previous", "prior")
        return (_shift(ref, m.group(3), -n), ref) if back else (ref, _shift(ref, m.group(3), n))
    if (m := _IN_N.search(p)) and (n := _count(m.group(1))) is not None:
        point = _shift(ref, m.group(2), n)
        return _day(point) if _unit(m.group(2)) >= _DAY else (ref, point)
    if m := _CALENDAR.search(p):
        if m.group(2).lower() == "year" and _MONTH_NAME.search(p):  # "August last year"
            said = _calendar(ref, m.group(1).lower(), "year")[0].year
            return date_part(f"{p[:m.start()]} {said} {p[m.end():]}", ref)
        return _calendar(ref, m.group(1).lower(), m.group(2).lower())
    if _WEEKEND.search(p):  # the latest weekend that has started
        saturday = _day(ref)[0] - timedelta(days=(ref.weekday() - 5) % 7)
        return saturday, saturday + 2 * _DAY
    if m := _ISO.search(p):
        try:
            return _day(ref.replace(year=int(m[1]), month=int(m[2]), day=int(m[3])))
        except ValueError:
            return None
    if (w := _numeric_month(p, ref)) is not None:
        return w
    if m := _MONTH_NAME.search(p):
        month = MONTHS[m.group(1).lower()]
        rest = p[:m.start()] + " " + p[m.end():]
        ym = _YEAR.search(rest)
        year = int(ym.group(1)) if ym else None
        rest_no_year = rest[:ym.start()] + rest[ym.end():] if ym else rest
        # the day, not a clock time's hour ("1 May 2024 at 14:05" was all of May)
        rest_no_year = _CLOCK_TOKEN.sub(" ", rest_no_year)
        dm = _DAY_NUM.search(rest_no_year)
        do = _DAY_ORD.search(rest_no_year)
        day = int(dm.group(1)) if dm else (ORDINALS[do.group(1).lower()] if do else None)
        if day is not None:
            return _latest_date(ref, month, day, year)
        if year is None:
            year = ref.year if month <= ref.month else ref.year - 1
        return _month(ref, year, month)
    if m := _NUM_DMY.search(p):
        a, b, y = int(m[1]), int(m[2]), m[3]
        # dots are day first ("12.03.2024" is 12 March, as in German); slashes and hyphens
        # month first when they can be
        dotted = p[m.end(1)] == "."
        month, day = (b, a) if dotted or a > 12 else (a, b)
        year = None if y is None else int(y) + (2000 if len(y) == 2 else 0)
        if 1 <= month <= 12:  # "at 10.30" is a clock time, no 10 October nor 30 October
            return _latest_date(ref, month, day, year)
    if m := _QUARTER.search(p):
        ym = _YEAR.search(p)
        q = int(m.group(1)) - 1
        y = int(ym.group(1)) if ym else ref.year
        return _month(ref, y, q * 3 + 1)[0], _month(ref, y + (q == 3), (q * 3 + 3) % 12 + 1)[0]
    # before weekdays: "Black Friday" is not last Friday, "Christmas Eve" not Christmas
    ym = _YEAR.search(p)
    if (w := holiday_window(p, ref, int(ym.group(1)) if ym else None)) is not None:
        return w
    if m := _REL_DAY.search(p):
        word = m.group(1).lower()
        if word in ("now", "right now"):
            return ref, ref
        offset = {"tomorrow": 1, "tmrw": 1, "tmr": 1, "yesterday": -1,
                  "the day after tomorrow": 2, "the day before yesterday": -2}.get(word, 0)
        return _day(ref + timedelta(days=offset))
    if m := _WEEKDAY.search(p):
        which = (m.group(1) or "").lower()
        wd = WEEKDAYS[m.group(2).lower()]
        days_back = (ref.weekday() - wd) % 7
        if which in ("next", "coming"):
            return _day(ref + timedelta(days=(wd - ref.weekday()) % 7 or 7))
        if which == "this":
            return _day(ref + timedelta(days=wd - ref.weekday()))
        if which in ("last", "previous"):
            days_back = days_back or 7
        return _day(ref - timedelta(days=days_back))
    if m := _DECADE.search(p):
        return _year(ref, int(m.group(1)) * 10, 10)
    if m := _DECADE2.search(p):  # the latest such decade that has begun: "the 20s" is 2020s
        start = 2000 + int(m.group(1)) * 10
        return _year(ref, start if start <= ref.year else start - 100, 10)
    if m := _YEAR.search(p):
        return _year(ref, int(m.group(1)))
    return None


def _numeric_month(p: str, ref: datetime) -> Window | None:
    """"2016-11" / "11/2016" (a month; they resolved to the whole year or to nothing),
    "20240501" (a day), "H2 2019" (a half-year). Impossible months resolve to nothing here."""
    if (m := _YEAR_MONTH.search(p)) or (m := _MONTH_YEAR.search(p)):
        year, month = (int(m[1]), int(m[2])) if len(m[1]) == 4 else (int(m[2]), int(m[1]))
        return _month(ref, year, month) if 1 <= month <= 12 else None
    if m := _COMPACT.search(p):
        try:
            return _day(ref.replace(year=int(m[1]), month=int(m[2]), day=int(m[3])))
        except ValueError:
            return None
    if m := _HALF.search(p):
        half, year = (int(m[1]), int(m[2])) if m[1] else (int(m[4]), int(m[3]))
        start = _month(ref, year, 1 if half == 1 else 7)[0]
        return start, start.replace(year=year + (half == 2), month=7 if half == 1 else 1)
    return None


_CLOCK_TOKEN = regex.compile(r"\d{1,2}[:.]\d\d(?::\d\d)?(?:\s*[ap]\.?\s*m\b\.?)?"
                             r"|\d{1,2}\s*[ap]\.?\s*m\b\.?|\d{1,2}\s*o'?clock", _I)
