"""Numbers in answers and documents, compared across formats (the grounding guard's
number check): locale separators, full-width digits, and dates restated in another format.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from ._text import doc_text

# digits with "," / "." between them, and thin or no-break spaces before a group of three
_NUMBER = re.compile(r"\d(?:[\d,.]|[\u00a0\u202f\u2009](?=\d{3}(?!\d)))*")
_GROUP_SPACES = str.maketrans(dict.fromkeys("\u00a0\u202f\u2009", ""))


# a number with a scale word: "12.5 million", "$4.5bn", "450k", "3 Mrd."
_SCALED = re.compile(r"(?<![\d.,])(\d(?:[\d,.]*\d)?)(?:\s?(thousand|million|billion|trillion"
                     r"|bn|mn|mio|mrd|mill)\b\.?|(k)\b)", re.IGNORECASE)
_SCALE = {"thousand": 3, "k": 3, "million": 6, "mn": 6, "mio": 6, "mill": 6, "billion": 9,
          "bn": 9, "mrd": 9, "trillion": 12}
# a single digit that states an amount: "5%", "5 percent", "$5", "€ 5"
_UNIT_DIGIT = re.compile(r"(?:(?<=[$€£¥₹])|(?<=[$€£¥₹] ))(\d)(?![\d.,]?\d)"
                         r"|(?<![\d.,])(\d)(?=\s?(?:%|percent\b|per\s?cent\b))",
                         re.IGNORECASE)
# a small count and the word it counts: "5 bedrooms", "five new offices"
_COUNT = re.compile(r"(?<![\w.,])(\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
                    r"|twelve)\s+([A-Za-z][a-z]{2,})\b", re.IGNORECASE)
_MONTH_DAY = re.compile(r"\b(January|February|March|April|May|June|July|August|September"
                        r"|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct"
                        r"|Nov|Dec)\.?\s+(\d)(?!\d)", re.IGNORECASE)
_WORDS = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b",
                    re.IGNORECASE)
_WORD_DIGITS = {w: str(i) for i, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     "eleven", "twelve"])}
_WORD_AMOUNT = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine)\s+(?:percent\b"
                          r"|per\s?cent\b)", re.IGNORECASE)
_NOT_COUNTED = frozenset(
    ["and", "the", "for", "are", "was", "were", "has", "have", "had", "with", "from", "that",
     "this", "than", "into", "onto", "per", "out", "of", "times", "more", "less", "about",
     "over", "under", "percent", "thousand", "million", "billion", "trillion"])


def numbers_in(text: str) -> set[str]:
    """Numbers of two or more characters in one canonical form (:func:`canonical_number`):
    "11,872", "11.872", "11 872" are "11872"; "3,5" and "3.5" are "3.5". A number with a
    scale word is its value ("12.5 million" and "12,500,000" are "12500000"; "12.5 billion"
    is not), and a single digit stating an amount ("5%", "$5") counts too."""
    if _SCALED.search(text) is not None:
        text = _SCALED.sub(lambda m: f" {_scaled(m)} ", text)
    amounts = {_ascii_digits(m.group(1) or m.group(2)) for m in _UNIT_DIGIT.finditer(text)}
    found = (m if m.isascii() and m.isdigit() else canonical_number(m)
             for m in set(_NUMBER.findall(text)))  # most are plain digits, many repeat
    return {n for n in found if len(n) >= 2} | amounts


def all_numbers(text: str, *, digits: bool = False) -> set[str]:
    """What may support a claimed number: :func:`numbers_in`, numbers with a scale word as
    written too ("12.5" of "12.5 million"), amounts in words ("five percent"), and with
    ``digits`` every single digit and small number word ("5" of "5 offices", "five"). A
    document's "5 new offices" does not support a claimed "5%"."""
    found = numbers_in(text)
    found.update(canonical_number(m.group(1)) for m in _SCALED.finditer(text))
    found.update(_WORD_DIGITS[m.group(1).lower()] for m in _WORD_AMOUNT.finditer(text))
    if digits:
        found.update(canonical_number(m) for m in set(_NUMBER.findall(text)))
        found.update(_WORD_DIGITS[w.lower()] for w in _WORDS.findall(text))
    return found


def counts_in(text: str) -> list[tuple[str, str]]:
    """Small counts and the word they count: ("5", "bedrooms") of "5 bedrooms" or "five
    bedrooms"; not function words ("2 of", "3 times")."""
    return [(_WORD_DIGITS.get(n.lower()) or _ascii_digits(n), w.lower())
            for n, w in _COUNT.findall(text) if w.lower() not in _NOT_COUNTED]


def count_index(texts: Sequence[str]) -> dict[str, set[str]]:
    """Word → the small counts the texts put before it ("bedrooms" → {"3"}); a month's day
    counts either way round ("May 5" supports a claimed "5 May")."""
    index: dict[str, set[str]] = {}
    for text in texts:
        for n, w in counts_in(text):
            index.setdefault(w, set()).add(n)
        for w, n in _MONTH_DAY.findall(text):
            index.setdefault(w.lower(), set()).add(_ascii_digits(n))
    return index


def _scaled(m: re.Match[str]) -> str:
    value = Decimal(canonical_number(m.group(1))).scaleb(_SCALE[(m.group(2) or m.group(3))
                                                                 .lower()])
    return format(value.normalize(), "f")


def canonical_number(number: str) -> str:
    """One form for a number written in any common locale: thousands separators dropped,
    the decimal separator a "." (trailing zeros are kept: version 3.10 is not 3.1).

    A separator is a thousands separator when it repeats ("1,234,567", "1.234.567") or
    comes before the other one ("1,234.5", "1.234,5"); a lone one followed by exactly three
    digits is one too ("11,872", "11.872"); otherwise it is the decimal separator ("3,5" is
    3.5: it used to be read as 35, so a wrong "3,5 %" passed against a document's "35 %")."""
    n = _ascii_digits(number.translate(_GROUP_SPACES).rstrip(".,"))
    seps = [c for c in n if c in ",."]
    if not seps:
        return n
    last = seps[-1]
    if seps.count(last) > 1:
        whole, frac = n.replace(",", "").replace(".", ""), ""
    else:
        whole, _, frac = n.rpartition(last)
        whole = whole.replace(",", "").replace(".", "")
        if len(frac) == 3 and len(seps) == 1 and whole[:1] != "0":
            whole, frac = whole + frac, ""
    return f"{whole}.{frac}" if frac else whole


def _ascii_digits(number: str) -> str:
    """``"３３０"`` and ``"٣٣٠"`` are ``"330"``."""
    if number.isascii():
        return number
    return "".join(str(d) if (d := unicodedata.decimal(c, None)) is not None else c
                   for c in number)


def doc_numbers(docs: Sequence[Any], cache: dict[str, Any] | None) -> set[str]:
    hit = cache.get("_doc_numbers") if cache is not None else None
    if hit is not None and hit[0] is docs and hit[1] == len(docs):
        return hit[2]  # type: ignore[no-any-return]
    found: set[str] = set().union(*(all_numbers(doc_text(d)) for d in docs))
    if cache is not None:
        cache["_doc_numbers"] = (docs, len(docs), found)
    return found


def doc_counts(docs: Sequence[Any], cache: dict[str, Any] | None) -> dict[str, set[str]]:
    """:func:`count_index` of the documents (cached per request like :func:`doc_numbers`)."""
    hit = cache.get("_doc_counts") if cache is not None else None
    if hit is not None and hit[0] is docs and hit[1] == len(docs):
        return hit[2]  # type: ignore[no-any-return]
    index = count_index([doc_text(d) for d in docs])
    if cache is not None:
        cache["_doc_counts"] = (docs, len(docs), index)
    return index


_YEAR4 = re.compile(r"(?<!\d)(?:1[6-9]|2[01])\d\d(?!\d)")
_DATE_REF = datetime(2000, 1, 1)  # dates with a year resolve alike from any reference
_MAX_SPOTS = 24  # occurrences of a year searched per request (a log dump may hold thousands)


def _dated_windows(text: str) -> list[tuple[str, Any]]:
    """(phrase, window) of the time phrases of ``text`` that state a year."""
    from .time_phrases import find_time_phrases, resolve_span  # loaded only when needed

    return [(s.text, w) for s in find_time_phrases(text) if _YEAR4.search(s.text)
            and (w := resolve_span(s.text, _DATE_REF)) is not None]


def outside_known_dates(claim: str, missing: list[str], docs: Sequence[Any],
                        cache: dict[str, Any] | None, known: set[str]) -> list[str]:
    """``missing`` without the numbers of dates in ``claim`` whose window holds a date of a
    document, in whatever format ("2024-05-01" and "1 May 2024 at 14:05"); a document's
    "May 2024" does not support a claimed "2024-05-02" (the claim is more precise).

    Only the documents' text around the claimed year is searched for dates (scanning whole
    documents for time phrases cost milliseconds per call)."""
    if not any(y in known for y in _YEAR4.findall(claim)):
        return missing  # a document's date restated here would hold the year (``known``)
    keep = set(missing)
    mine = [(p, w) for p, w in _dated_windows(claim) if numbers_in(p) & keep]
    if not mine:
        return missing
    texts: list[str] | None = None
    seen: dict[int, list[Any]] = {}  # claimed year -> date windows around it in the docs
    if cache is not None:
        hit = cache.get("_doc_dates")
        if hit is not None and hit[0] is docs and hit[1] == len(docs):
            seen = hit[2]
        else:
            cache["_doc_dates"] = (docs, len(docs), seen)
    for phrase, (start, end) in mine:
        year = start.year
        if year not in seen:
            if texts is None:
                texts = [doc_text(d) for d in docs]
            spots = [(t, i) for t in texts for i in _find_all(t, str(year), _MAX_SPOTS)]
            spots = spots[:_MAX_SPOTS]
            seen[year] = [w for t, i in spots
                          for _, w in _dated_windows(t[max(0, i - 40) : i + 44])]
        if any(start <= k[0] and k[1] <= end for k in seen[year]):
            keep -= numbers_in(phrase)
    return sorted(keep)


def _find_all(text: str, part: str, limit: int) -> list[int]:
    found: list[int] = []
    i = text.find(part)
    while i >= 0 and len(found) < limit:
        found.append(i)
        i = text.find(part, i + 1)
    return found
