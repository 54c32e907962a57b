"""Units and currencies of numbers (the grounding guard's unit check): "45 km" where the
documents say "45 miles", "€4.5 million" where they say "$4.5 million", "2 percentage points"
where they say "2%"; and quarters ("Q3" where the documents name Q2 only).

A number's unit is a currency sign or code before it ("$", "€ ", "USD "), or a unit word
after it (a scale word may stand between: "4.5 million dollars"), from a fixed vocabulary
of lengths, masses, temperatures, data sizes, durations, energy and power, currencies and
percentages; spellings of one unit are one unit ("km", "kilometres", "kilometers"). A claim's
number is flagged only when the documents state that number, each time with a unit, and
never with the claimed one: a bare "45" anywhere in the documents supports any "45 <unit>".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from ._numbers import _NUMBER, _SCALE, _SCALE_WORD, canonical_number
from ._text import doc_text

_UNITS = {
    "km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km",
    "kilometers": "km", "m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "cm": "cm", "centimetres": "cm", "centimeters": "cm", "mm": "mm", "millimetres": "mm",
    "millimeters": "mm", "mi": "mi", "mile": "mi", "miles": "mi", "ft": "ft", "foot": "ft",
    "feet": "ft", "yd": "yd", "yards": "yd", "kg": "kg", "kilogram": "kg", "kilograms": "kg",
    "kilos": "kg", "g": "g", "gram": "g", "grams": "g", "t": "t", "tonne": "t", "tonnes": "t",
    "ton": "ton", "tons": "ton", "lb": "lb", "lbs": "lb", "oz": "oz", "ounces": "oz",
    "°c": "°C", "ºc": "°C", "celsius": "°C", "°f": "°F", "ºf": "°F", "fahrenheit": "°F",
    "kb": "KB", "mb": "MB", "gb": "GB", "tb": "TB", "kilobytes": "KB", "megabytes": "MB",
    "gigabytes": "GB", "terabytes": "TB", "mbps": "Mbps", "gbps": "Gbps",
    "ms": "ms", "milliseconds": "ms", "seconds": "s", "secs": "s", "minutes": "min",
    "mins": "min", "hours": "h", "hrs": "h", "days": "d", "weeks": "wk", "months": "mo",
    "years": "yr", "kw": "kW", "mw": "MW", "gw": "GW", "kwh": "kWh", "mwh": "MWh",
    "gwh": "GWh", "twh": "TWh", "l": "l", "litres": "l", "liters": "l", "ml": "ml",
    "%": "%", "percent": "%", "pct": "%", "pp": "pp", "usd": "$", "dollars": "$",
    "eur": "€", "euros": "€", "gbp": "£", "jpy": "¥", "yen": "¥", "inr": "₹", "rupees": "₹",
    "chf": "CHF", "francs": "CHF", "cad": "CAD", "aud": "AUD", "cny": "CNY", "yuan": "CNY",
}
_SIGNS = {"$": "$", "€": "€", "£": "£", "¥": "¥", "₹": "₹"}
_AFTER = re.compile(r" ?(°[cCfF]|º[cCfF]|%|per ?cent\b|percentage points?\b|[A-Za-z]+\b)")
_BEFORE = re.compile(r"(?:\b(USD|EUR|GBP|JPY|INR|CHF|CAD|AUD|CNY)|(US\$|[$€£¥₹])) ?\Z")
_MIN_MATCH = 2  # a one-letter unit ("m", "g", "t", "l") counts only written apart: "45 m"


def _unit_after(text: str, end: int) -> tuple[str, int]:
    """The unit written right after a number ending at ``end``, and where it ends."""
    m = _AFTER.match(text, end)
    if m is None:
        return "", end
    word = m.group(1).lower()
    if word.startswith("percentage point"):
        return "pp", m.end()
    if word.startswith("per"):
        return ("%" if word.replace(" ", "") == "percent" else ""), m.end()
    unit = _UNITS.get(word, "")
    if unit and word.isalpha() and len(word) < _MIN_MATCH and not m.group().startswith(" "):
        return "", end  # "45m", "5g", "3t": metres, 5G, a model name ... too ambiguous glued
    return unit, m.end() if unit else end


def unit_of_run(text: str, start: int, end: int) -> bool:
    """A currency sign or code before ``text[start:end]`` or a unit word after it."""
    return _BEFORE.search(text, max(0, start - 5), start) is not None or bool(
        _unit_after(text, end)[0])


def units_in(text: str) -> list[tuple[str, str, str]]:
    """(canonical number, unit or "", the number as written with its unit) for each number
    of ``text``."""
    return [u for _, u in units_at(text)]


def number_spots(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, canonical number, scaled) of each number of ``text``: a scaled one
    ("12.5 million", "450k") as its value; a trailing "." or "," is not part of it. Read
    once per text for the unit check and the pair check (:mod:`._pairs`)."""
    found = []
    for m in _NUMBER.finditer(text):
        raw = m.group().rstrip(".,")
        start = m.start()
        if raw[-1:].isalpha() and (w := _SCALE_WORD.search(raw)) is not None:
            scale = _SCALE.get(w.group(1).lower())
            if scale is None:
                continue
            digits = canonical_number(raw[: w.start()])
            found.append((start, start + len(raw),
                          format(Decimal(digits).scaleb(scale).normalize(), "f"), True))
        else:
            found.append((start, start + len(raw), canonical_number(raw), False))
    return found


def doc_spots(docs: Sequence[Any], cache: dict[str, Any] | None, i: int
              ) -> list[tuple[int, int, str, bool]]:
    """:func:`number_spots` of document ``i`` (0-based), cached per request."""
    hit = cache.get("_doc_spots") if cache is not None else None
    if hit is not None and hit[0] is docs and hit[1] == len(docs):
        each: list[list[tuple[int, int, str, bool]] | None] = hit[2]
    else:
        each = [None] * len(docs)
        if cache is not None:
            cache["_doc_spots"] = (docs, len(docs), each)
    spots = each[i]
    if spots is None:
        spots = each[i] = number_spots(doc_text(docs[i]))
    return spots


def units_at(text: str, spots: list[tuple[int, int, str, bool]] | None = None
             ) -> list[tuple[int, tuple[str, str, str]]]:
    """:func:`units_in` with where each number starts (a whole answer is read once);
    ``spots``: :func:`number_spots` of ``text``, when already read."""
    found = []
    for at, end, number, _ in number_spots(text) if spots is None else spots:
        start = at
        before = _BEFORE.search(text, max(0, start - 5), start)
        unit = ""
        if before is not None:
            sign = before.group(2)
            unit = "$" if sign == "US$" else _SIGNS[sign] if sign else \
                _UNITS[before.group(1).lower()]
            start = before.start()
            after = text[end : end + 2]
            if after[:1] in ("m", "M", "b", "B") and not after[1:].isalnum():
                # "$4.5m" (as in :mod:`._numbers`)
                number = format(Decimal(number).scaleb(6 if text[end] in "mM" else 9)
                                .normalize(), "f")
                end += 1
        else:
            unit, end = _unit_after(text, end)
        found.append((at, (number, unit, text[start:end])))
    return found


def units_by_doc(docs: Sequence[Any], cache: dict[str, Any] | None,
                 picked: Sequence[int] | None = None
                 ) -> list[tuple[dict[str, set[str]], set[str]]]:
    """Each document's (canonical number -> the units it states it with, "" for none; the
    quarters it names), of the ``picked`` ones (0-based) or all: each read when first asked
    for and cached per request, for both guards."""
    hit = cache.get("_doc_units_each") if cache is not None else None
    if hit is not None and hit[0] is docs and hit[1] == len(docs):
        each: list[tuple[dict[str, set[str]], set[str]] | None] = hit[2]
    else:
        each = [None] * len(docs)
        if cache is not None:
            cache["_doc_units_each"] = (docs, len(docs), each)
    out = []
    for i in range(len(docs)) if picked is None else picked:
        found = each[i]
        if found is None:
            found = each[i] = _units_of(doc_text(docs[i]), doc_spots(docs, cache, i))
        out.append(found)
    return out


def _units_of(text: str, spots: list[tuple[int, int, str, bool]]
              ) -> tuple[dict[str, set[str]], set[str]]:
    index: dict[str, set[str]] = {}
    for _, (number, unit, _) in units_at(text, spots):
        index.setdefault(number, set()).add(unit)
    return index, quarters_in(text)


def doc_units(docs: Sequence[Any], cache: dict[str, Any] | None) -> dict[str, set[str]]:
    """Canonical number -> the units the documents state it with ("" for none)."""
    hit = cache.get("_doc_units") if cache is not None else None
    if hit is not None and hit[0] is docs and hit[1] == len(docs):
        return hit[2]  # type: ignore[no-any-return]
    index: dict[str, set[str]] = {}
    for own, _ in units_by_doc(docs, cache):
        for number, units in own.items():
            index.setdefault(number, set()).update(units)
    if cache is not None:
        cache["_doc_units"] = (docs, len(docs), index)
    return index


def unit_conflicts(claim: str, docs: Sequence[Any], cache: dict[str, Any] | None,
                   found: list[tuple[str, str, str]] | None = None) -> list[str]:
    """The claim's numbers (as written, with their unit: "45 km") that the documents state
    only with other units. ``found``: :func:`units_in` of the claim, when already known."""
    mine = [u for u in (units_in(claim) if found is None else found) if u[1]]
    if not mine:
        return []
    theirs = doc_units(docs, cache)
    return [written for number, unit, written in mine
            if (said := theirs.get(number)) and "" not in said and unit not in said]


_QUARTER = re.compile(r"\b(?:Q([1-4])\b|(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+"
                      r"quarter\b)", re.IGNORECASE)
# what every quarter holds: most texts name none, and the pattern above, tried at every
# position, cost ten times as much as this one
_QUARTER_HINT = re.compile(r"[qQ](?:[1-4]|[uU][aA][rR][tT][eE][rR])")
_QUARTER_WORDS = {"first": "1", "second": "2", "third": "3", "fourth": "4", "1st": "1",
                  "2nd": "2", "3rd": "3", "4th": "4"}


def quarters_in(text: str) -> set[str]:
    """The quarters ``text`` names: {"Q3"} for "Q3 2020" or "the third quarter"."""
    if ("Q" not in text and "q" not in text) or _QUARTER_HINT.search(text) is None:
        return set()
    return {"Q" + (m.group(1) or _QUARTER_WORDS[m.group(2).lower()])
            for m in _QUARTER.finditer(text)}


def quarter_conflicts(claim: str, docs: Sequence[Any], cache: dict[str, Any] | None
                      ) -> list[str]:
    """The quarters of ``claim`` no document names, when the documents name some quarter
    (a single digit was never checked: "Q3" passed against "Q2")."""
    mine = quarters_in(claim)
    if not mine:
        return []
    hit = cache.get("_doc_quarters") if cache is not None else None
    if hit is not None and hit[0] is docs and hit[1] == len(docs):
        theirs: set[str] = hit[2]
    else:
        theirs = set().union(*(q for _, q in units_by_doc(docs, cache)))
        if cache is not None:
            cache["_doc_quarters"] = (docs, len(docs), theirs)
    return sorted(mine - theirs) if theirs else []
