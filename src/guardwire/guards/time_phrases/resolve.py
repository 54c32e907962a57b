"""``resolve_time_window``: turn the time phrases of a text into one (start, end) window.

Every result is computed from the caller's ``reference_time`` (``ctx.now()`` of the
conversation), never from a process-wide date. Conventions, chosen for retrospective
queries ("how many logins on 25 August"):

- a date without a year is its latest occurrence not after the reference day; a bare weekday
  is the latest such day up to today; "next"/"this"/"last" shift as usual;
- "last/this/next week|month|quarter|year" are calendar periods (weeks start on Monday);
  "the past/next N units" and "the past month" are rolling windows ending/starting at the
  reference time;
- "around" widens by one unit of the phrase (an hour for clock times, a day for dates, a
  month for months or longer); "before/after X" extend up to a day (clock times), 30 days
  (dates) or a year (months and longer) beyond X; "since X" ends at the reference time;
- several phrases give their union; nothing resolvable gives ``[ref - 3 days, ref]``.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import regex

from .calendar_math import DAY as _DAY
from .calendar_math import Window
from .calendar_math import day_window as _day
from .calendar_math import month_window as _month
from .dates import date_part
from .patterns import find_time_phrases
from .vocab import MONTHS, WEEKDAYS
from .zones import in_reference_zone, stated_offset

DEFAULT_LOOKBACK = timedelta(days=3)
_HOUR = timedelta(hours=1)
_MAX_PHRASE = 200
_I = regex.IGNORECASE

_MOD = regex.compile(r"^(around|about|circa|approximately|approx\.?|before|after|since|until"
                     r"|till|by|from|between|starting|beginning|no later than|not after"
                     r"|not before)\s+",
                     _I)
_MONTHS = "|".join(sorted(MONTHS, key=len, reverse=True))
_ORD = r"\d{1,2}(?:st|nd|rd|th)?"
_RANGE_SPLIT = regex.compile(r"\s+(?:to|till|until|through|thru|and)\s+|\s*[–~]\s*|\s+-\s+"
                             r"|(?<=\b(?:19|20)\d\d)-(?=(?:19|20)\d\d\b)"  # 2014-2018
                             # days of one month: "1-5 August", "Aug 1-5"
                             rf"|(?<=\b{_ORD})-(?={_ORD}\s+(?:of\s+)?(?:{_MONTHS})\b)"
                             rf"|(?<=\b(?:{_MONTHS})\.?\s*{_ORD})-(?={_ORD}\b)"
                             rf"|(?<=\b(?:{_MONTHS})\.?)-(?=(?:{_MONTHS})\b)", _I)  # Jan-Mar
_WEEK_OF = regex.compile(r"^(?:the\s+)?week\s+of\s+(.+)$", _I)
_ORD_OF = regex.compile(r"^(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|last)\s+"
                        r"(day|week|month|" + "|".join(sorted(WEEKDAYS, key=len, reverse=True))
                        + r")\s+of\s+(.+)$", _I)
# "12.03" of the date "12.03.2024" is no clock time
_CLOCK = regex.compile(r"(?<![\d:.])(\d{1,2})(?:[:.](\d\d)(?!\.\d))?\s*(?:(a|p)\.?\s*m\b\.?"
                       r"|(?<=\d)(a|p)\b)?", _I)
_NOON = regex.compile(r"\b(noon|midday|midnight)\b", _I)
_PART = {"morning": (6, 12), "afternoon": (12, 18), "evening": (18, 22), "night": (20, 30),
         "tonight": (18, 30), "tonite": (18, 30)}
_PART_RE = regex.compile(r"\b(morning|afternoon|evening|night|tonight|tonite)\b", _I)

_BARE_HOUR = regex.compile(r"\s*(\d{1,2})(?:[:.]([0-5]\d))?\s*")


def _time_part(p: str, day: Window) -> Window | None:
    base = day[0]
    if m := _NOON.search(p):
        hour = 0 if m.group(1).lower() == "midnight" else 12
        return base + timedelta(hours=hour), base + timedelta(hours=hour + 1)
    for m in _CLOCK.finditer(p):
        if not (m.group(2) or m.group(3) or m.group(4) or "clock" in p.lower()):
            continue
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        half = (m.group(3) or m.group(4) or "").lower()
        if hour > 24 or minute > 59 or (half and not 1 <= hour <= 12):
            continue
        hour = hour % 12 + (12 if half == "p" else 0) if half else hour
        t = base + timedelta(hours=hour, minutes=minute)
        return t, t + timedelta(hours=1)
    if m := _PART_RE.search(p):
        lo, hi = _PART[m.group(1).lower()]
        if "last night" in p.lower():
            base -= _DAY
        return base + timedelta(hours=lo), base + timedelta(hours=hi)
    return None


def _ordinal_of(p: str, ref: datetime) -> Window | None:
    """ "the first week of March", "the last day of next month": a slice of the outer window."""
    m = _ORD_OF.match(p)
    outer = _single(m.group(3), ref) if m else None
    if m is None or outer is None:
        return None
    which, unit = m.group(1).lower(), m.group(2).lower()
    k = -1 if which == "last" else int(which[0]) - 1 if which[0].isdigit() else \
        ["first", "second", "third", "fourth"].index(which)
    if unit in WEEKDAYS:  # "the first Monday of March": that day, within the outer window
        last = outer[1] - _DAY
        day = outer[0] + ((WEEKDAYS[unit] - outer[0].weekday()) % 7 + 7 * k) * _DAY \
            if k >= 0 else last - ((last.weekday() - WEEKDAYS[unit]) % 7) * _DAY
        return _day(day) if outer[0] <= day < outer[1] else None
    size = {"day": _DAY, "week": 7 * _DAY}.get(unit)
    if size is None:  # months: the outer window is a year
        first = outer[0]
        k = 11 if which == "last" else int(which[0]) - 1 if which[0].isdigit() else \
            ["first", "second", "third", "fourth"].index(which)
        return _month(ref, first.year, k + 1)
    if which == "last":
        return max(outer[0], outer[1] - size), outer[1]
    k = int(which[0]) - 1 if which[0].isdigit() else ["first", "second", "third",
                                                      "fourth"].index(which)
    start = outer[0] + k * size
    return start, min(outer[1], start + size)


def _single(p: str, ref: datetime) -> Window | None:
    if (sliced := _ordinal_of(p, ref)) is not None:
        return sliced
    if (m := _WEEK_OF.match(p)) and (d := date_part(m.group(1), ref)) is not None and \
            d[1] - d[0] == _DAY:  # "the week of August 3": Monday to Sunday around it
        monday = d[0] - timedelta(days=d[0].weekday())
        return monday, monday + 7 * _DAY
    day = date_part(p, ref)
    if day is not None and day[1] - day[0] != _DAY:
        return day
    t = _time_part(p, day or _day(ref))
    if t is not None and (offset := stated_offset(p)) is not None:
        return in_reference_zone(t, offset, ref)  # "10:00Z": that instant, not 10:00 here
    return t or day


def _modified(mod: str, w: Window, ref: datetime) -> Window:
    length = w[1] - w[0]
    if length < _DAY:
        step, horizon = timedelta(hours=1), None
    elif length < timedelta(days=28):
        step, horizon = _DAY, timedelta(days=30)
    else:
        step, horizon = timedelta(days=30), timedelta(days=365)
    if mod in ("around", "about", "circa", "approximately", "approx", "approx."):
        return w[0] - step, w[1] + step
    if mod in ("before", "until", "till", "by", "no later than", "not after"):
        lo = _day(w[0])[0] if horizon is None else w[0] - horizon
        if mod == "before":
            return lo, w[0]
        return (ref, w[1]) if ref < w[1] else (lo, w[1])
    if mod in ("after", "not before"):
        hi = _day(w[0])[1] if horizon is None else w[1] + horizon
        return (w[0], hi) if horizon is None else (w[1], hi)
    if mod == "since":
        return w[0], max(ref, w[1])
    return w


def _bare_hour(side: str, day: Window) -> Window | None:
    """A bare "9" or "10:30" on one side of a range is a clock time on ``day``."""
    m = _BARE_HOUR.fullmatch(side)
    if m is None or int(m.group(1)) > 24:
        return None
    t = day[0] + timedelta(hours=int(m.group(1)), minutes=int(m.group(2) or 0))
    return t, t + _HOUR


_DAY_ONLY = regex.compile(r"(?:between\s+|from\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?"
                          r"(?:\s+of|,?\s+((?:19|20)\d\d))?", _I)
# one date with a month name: "Aug 1", "August 1st, 2025", "the 5th of August", "5 Aug 2025"
_ONE_DATE = regex.compile(rf"(?:between\s+|from\s+)?(?:the\s+)?(?:(?:{_MONTHS})\.?\s+\d{{1,2}}"
                          rf"(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?"
                          rf"(?:{_MONTHS})\.?)(?:,?\s+\d{{4}})?", _I)
_LAST_HOUR = regex.compile(r"(.+?)\s+(?:from\s+|between\s+|at\s+)?(\d{1,2}(?:[:.][0-5]\d)?)", _I)


def _day_range(left: str, right: str, ref: datetime) -> Window | None:
    """Days of one month written once: "1 to 5 August", "August 1st through 5th", "Aug 1 -
    5", "from the 1st to the 5th of August" (the bare day takes the month and year of the
    other side), and hours of one day: "3 August from 9 to 11". None for anything else."""
    if (m := _LAST_HOUR.fullmatch(left)) and _BARE_HOUR.fullmatch(right) and (
            day := _single(m.group(1), ref)) is not None and day[1] - day[0] == _DAY:
        a, b = _bare_hour(m.group(2), day), _bare_hour(right, day)
        if a is not None and b is not None:
            if b[1] <= a[0]:  # "from 9 to 5": the end is afternoon
                b = (b[0] + 12 * _HOUR, b[1] + 12 * _HOUR)
            return a[0], b[0] if b[0] > a[0] else a[1]
    if _DAY_ONLY.fullmatch(left) and _ONE_DATE.fullmatch(right):
        bare, dated, first = left, _single(right, ref), False
    elif (y := _DAY_ONLY.fullmatch(right)) and _ONE_DATE.fullmatch(left):
        # "Aug 12-15, 2025": the year after the range is the first day's too
        bare, first = right, True
        dated = _single(f"{left} {y.group(2)}" if y.group(2) else left, ref)
    else:
        return None
    if dated is None or dated[1] - dated[0] != _DAY:
        return None
    d = _DAY_ONLY.fullmatch(bare)
    assert d is not None
    try:
        other = _day(dated[0].replace(day=int(d.group(1))))
    except ValueError:  # "31 to 5 June"
        return None
    start, end = (dated, other) if first else (other, dated)
    return (start[0], end[1]) if start[0] <= end[0] else None


_HOURS = (r"(?P<a>\d{1,2}(?:[:.][0-5]\d)?)\s*[-–]\s*(?P<b>\d{1,2}(?:[:.][0-5]\d)?)"
          r"(?P<half>\s*[ap]\.?\s*m\b\.?)?")
_DAY_HOURS = (regex.compile(rf"(?P<day>.+?)\s+(?:from\s+)?{_HOURS}", _I),  # "Monday 12-4"
              regex.compile(rf"(?:from\s+)?{_HOURS}\s+(?:on\s+)?(?P<day>.+)", _I))  # 9-5 on Monday


def _day_hours(p: str, ref: datetime) -> Window | None:
    """Hours of one day written "a-b": "Monday 12-4" is 12:00-16:00 on Monday, "9-5 on
    Monday" 09:00-17:00 (the pair was read as a month and day: 4 December, 5 September)."""
    for pattern in _DAY_HOURS:
        m = pattern.fullmatch(p)
        if m is None or (day := _single(m.group("day"), ref)) is None or \
                day[1] - day[0] != _DAY:
            continue
        a = _bare_hour(m.group("a"), day)
        b = _bare_hour(m.group("b"), day) if not m.group("half") else \
            _time_part(m.group("b") + m.group("half"), day)
        if a is None or b is None:
            return None
        if m.group("half") and a[0].hour < 12 <= b[0].hour and a[0] + 12 * _HOUR < b[0]:
            a = (a[0] + 12 * _HOUR, a[1] + 12 * _HOUR)  # "2-4pm": 14:00, not 02:00
        if b[0] <= a[0]:  # "12-4", "9-5": the end is afternoon
            b = (b[0] + 12 * _HOUR, b[1] + 12 * _HOUR)
        return (a[0], b[0]) if b[0] > a[0] else None
    return None


def resolve_span(phrase: str, reference_time: datetime) -> Window | None:
    """The window one phrase names, or ``None`` when it cannot be resolved (or is longer
    than any time phrase: ``_MAX_PHRASE`` characters)."""
    p = " ".join(phrase.split())
    if len(p) > _MAX_PHRASE:
        return None
    try:
        return _resolve(p, reference_time)
    except (OverflowError, ValueError):  # "99999 years ago" leaves datetime's range
        return None


# "yesterday before noon": the modifier is the time's (it was dropped: 12:00-13:00)
_DAY_MOD = regex.compile(r"(?P<day>.+?)\s+(?P<mod>before|after|since|until|till|by|around"
                         r"|about|no later than|not after|not before)\s+(?P<time>.+)", _I)


def _resolve(p: str, reference_time: datetime) -> Window | None:
    mod = ""
    if (m := _DAY_MOD.fullmatch(p)) and (day := _single(m.group("day"), reference_time)) \
            is not None and day[1] - day[0] == _DAY and \
            (t := _single(m.group("time"), day[0])) is not None and t[1] - t[0] < _DAY:
        return _modified(m.group("mod").lower(), t, reference_time)
    if m := _MOD.match(p):
        mod, p = m.group(1).lower(), p[m.end():]
    if (hours := _day_hours(p, reference_time)) is not None:
        return _modified(mod, hours, reference_time)
    for sep in _RANGE_SPLIT.finditer(p):
        left, right = p[:sep.start()], p[sep.end():]
        if (days := _day_range(left, right, reference_time)) is not None:
            return days
        b = _single(right, reference_time) or _bare_hour(right, _day(reference_time))
        a = _single(left, b[0] if b else reference_time) if left else None
        if a is None and left:
            a = _bare_hour(left, _day(b[0] if b else reference_time))
            if a is not None and b is not None and a[0].hour < 12 <= b[0].hour and \
                    a[0] + 12 * _HOUR < b[0]:  # "from 2 to 4 pm": 14:00, not 02:00
                a = (a[0] + 12 * _HOUR, a[1] + 12 * _HOUR)
        if a is not None and b is not None:
            if b[1] <= a[0] and b[1] - b[0] <= _HOUR:  # "from 9 to 5": the end is afternoon
                b = (b[0] + 12 * _HOUR, b[1] + 12 * _HOUR)
            end = b[0] if b[1] - b[0] <= _HOUR else b[1]  # a clock time ends the range
            return a[0], end if end > a[0] else a[1]
    w = _single(p, reference_time)
    return None if w is None else _modified(mod, w, reference_time)


def resolve_time_window(text: str, reference_time: datetime) -> Window:
    """The (start, end) window the time phrases of ``text`` name, relative to
    ``reference_time``; never ``None``: ``[reference_time - 3 days, reference_time]`` when no
    phrase resolves. Several phrases give the smallest window covering all of them."""
    windows = [w for s in find_time_phrases(text)
               if (w := resolve_span(s.text, reference_time)) is not None]
    if not windows:
        return reference_time - DEFAULT_LOOKBACK, reference_time
    return min(w[0] for w in windows), max(w[1] for w in windows)
