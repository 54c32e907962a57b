"""Explicit UTC offsets in time phrases: ``2024-05-01T10:00:00Z``, ``…+02:00``, ``10:00 UTC``.

The resolver computes windows on the reference time's wall clock; a phrase that names its own
offset means that instant instead, so its window is moved into the reference's zone (it was
read as reference-zone wall time: ``10:00Z`` with a Tokyo reference was 9 hours off).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import regex

# zone abbreviations with one fixed offset (hours), upper case only ("est" is no zone); the
# ambiguous ones are left out (CST: US Central or China; IST: India, Israel or Ireland; BST)
ZONES = {"EST": -5, "EDT": -4, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
         "AKST": -9, "AKDT": -8, "HST": -10, "WET": 0, "WEST": 1, "CET": 1, "CEST": 2,
         "EET": 2, "EEST": 3, "MSK": 3, "HKT": 8, "SGT": 8, "JST": 9, "KST": 9, "AEST": 10,
         "AEDT": 11, "NZST": 12, "NZDT": 13}
ZONE_WORDS = r"(?:(?i:UTC|GMT)|(?-i:" + "|".join(sorted(ZONES, key=len, reverse=True)) + "))"
# "Z", "+02:00", "-0500" right after an ISO time ("T10:00:00Z"; a bare "10:00-11:30" is a
# range, not an offset), or " UTC", " GMT+2", " CET", " PST" after any clock time ("10pm UTC")
_OFFSET = regex.compile(r"(?:(?<=T\d\d:\d\d(?::\d\d(?:\.\d+)?)?)(?:(Z)|([+-])(\d\d):?(\d\d))"
                        r"|(?<=\d|(?i:[ap]\.?m\.?))\s*(" + ZONE_WORDS + r")(?:([+-])(\d{1,2}))?)"
                        r"(?![\w:])")


def stated_offset(phrase: str) -> timezone | None:
    """The UTC offset a phrase states after a clock time, or None."""
    m = _OFFSET.search(phrase)
    if m is None:
        return None
    if m[2]:
        minutes = int(m[3]) * 60 + int(m[4])
        return timezone(timedelta(minutes=minutes if m[2] == "+" else -minutes))
    hours = ZONES.get(m[5] or "", 0)
    if m[6]:
        hours += int(m[7]) if m[6] == "+" else -int(m[7])
    return timezone(timedelta(hours=hours)) if hours else UTC


def in_reference_zone(window: tuple[datetime, datetime], offset: timezone,
                      reference: datetime) -> tuple[datetime, datetime]:
    """``window`` (wall-clock times read in ``offset``) as instants in the reference's zone.
    A naive reference has no zone to convert to: the window is left as it is."""
    if reference.tzinfo is None:
        return window
    zone = reference.tzinfo
    start, end = (w.replace(tzinfo=offset).astimezone(zone) for w in window)
    return start, end
