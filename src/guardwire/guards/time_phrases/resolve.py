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
from .patterns import find_time_phrases
from .vocab import MONTHS, ORDINALS, WEEKDAYS
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
_WEEK_OF = regex.compile(r"^(?:the\s+)?week\s+of\s+(.+)$", _I)
_ORD_OF = regex.compile(r"^(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|last)\s+"
                        r"(day|week|month)\s+of\s+(.+)$", _I)
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
_CLOCK = regex.compile(r"(?<![\d:.])(\d{1,2})(?:[:.](\d\d))?\s*(?:(a|p)\.?\s*m\b\.?"
                       r"|(?<=\d)(a|p)\b)?", _I)
_NOON = regex.compile(r"\b(noon|midday|midnight)\b", _I)
_PART = {"morning": (6, 12), "afternoon": (12, 18), "evening": (18, 22), "night": (20, 30),
         "tonight": (18, 30), "tonite": (18, 30)}
_PART_RE = regex.compile(r"\b(morning|afternoon|evening|night|tonight|tonite)\b", _I)


_TO_DATE = regex.compile(r"\b(year|month|quarter|week)[\s-]to[\s-]date\b|\b([ymqw])td\b", _I)
_TO_DATE_UNIT = {"y": "year", "m": "month", "q": "quarter", "w": "week"}


def _date_part(p: str, ref: datetime) -> Window | None:
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
            return _date_part(f"{p[:m.start()]} {said} {p[m.end():]}", ref)
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
        month, day = (a, b) if a <= 12 else (b, a)
        year = None if y is None else int(y) + (2000 if len(y) == 2 else 0)
        if 1 <= month <= 12:
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


_BARE_HOUR = regex.compile(r"\s*(\d{1,2})(?:[:.]([0-5]\d))?\s*")
_CLOCK_TOKEN = regex.compile(r"\d{1,2}[:.]\d\d(?::\d\d)?(?:\s*[ap]\.?\s*m\b\.?)?"
                             r"|\d{1,2}\s*[ap]\.?\s*m\b\.?|\d{1,2}\s*o'?clock", _I)


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
    if (m := _WEEK_OF.match(p)) and (d := _date_part(m.group(1), ref)) is not None and \
            d[1] - d[0] == _DAY:  # "the week of August 3": Monday to Sunday around it
        monday = d[0] - timedelta(days=d[0].weekday())
        return monday, monday + 7 * _DAY
    day = _date_part(p, ref)
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


def _resolve(p: str, reference_time: datetime) -> Window | None:
    mod = ""
    if m := _MOD.match(p):
        mod, p = m.group(1).lower(), p[m.end():]
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
