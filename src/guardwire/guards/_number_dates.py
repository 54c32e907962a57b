"""The grounding guard's date rule: a number of a claimed date is supported when the
date restates a document's date in another format ("2024-05-01" for "1 May 2024"), and a
claimed "5 May" by a document's "May 5".

Split from :mod:`._numbers` (which re-exports these names). It reads a phrase's numbers
with :func:`._numbers.numbers_in`, imported when first called: ``_numbers`` imports this
module, and ``missing_numbers`` there applies the rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from datetime import datetime
from typing import Any

from ._text import doc_text

_MONTH_WORDS = frozenset(["january", "february", "march", "april", "may", "june", "july",
                          "august", "september", "october", "november", "december", "jan",
                          "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                          "dec"])


def month_day_in(texts: Sequence[str], month: str, day: str) -> bool:
    """Whether the texts write ``day`` of ``month`` the other way round ("May 5" for a
    claimed "5 May")."""
    if month not in _MONTH_WORDS:
        return False
    said = re.compile(rf"\b{month}\.?\s+{day}(?!\d)", re.IGNORECASE)
    return any(said.search(text) for text in texts)


_YEAR4 = re.compile(r"(?<!\d)(?:1[6-9]|2[01])\d\d(?!\d)")
_DATE_REF = datetime(2000, 1, 1)  # dates with a year resolve alike from any reference
_MAX_SPOTS = 24  # occurrences of a year searched per request (a log dump may hold thousands)


def _dated_windows(text: str, resolved: dict[str, Any] | None = None
                   ) -> list[tuple[str, Any]]:
    """(phrase, window) of the time phrases of ``text`` that state a year; ``resolved``: a
    memo of phrase -> window (the same phrase recurs in many sentences and windows)."""
    from .time_phrases import find_time_phrases, resolve_span  # loaded only when needed

    out = []
    for s in find_time_phrases(text):
        if _YEAR4.search(s.text):
            if resolved is None:
                w = resolve_span(s.text, _DATE_REF)
            elif (w := resolved.get(s.text, _UNSEEN)) is _UNSEEN:
                w = resolved[s.text] = resolve_span(s.text, _DATE_REF)
            if w is not None:
                out.append((s.text, w))
    return out


_UNSEEN = object()
_RESOLVED = ("resolved",)  # the key of the phrase memo in a memo of texts (no text is a tuple)


def _maybe_date_part(number: str) -> bool:
    return len(number) <= 2 or (len(number) == 8 and number.isdigit())


def dated_memo(cache: dict[str, Any]) -> dict[Any, Any]:
    """The request's memo of :func:`_dated_windows` (text -> its dated phrases)."""
    memo: dict[Any, Any] = cache.setdefault("_dated_windows", {})
    return memo


def _memo_dated(text: str, memo: dict[Any, Any] | None) -> list[tuple[str, Any]]:
    """:func:`_dated_windows` of ``text``, through ``memo`` when there is one."""
    dated = memo.get(text) if memo is not None else None
    if dated is None:
        dated = _dated_windows(text, None if memo is None else memo.setdefault(_RESOLVED, {}))
        if memo is not None:
            memo[text] = dated
    return dated  # type: ignore[no-any-return]


def outside_known_dates(claim: str, missing: list[str], docs: Sequence[Any],
                        cache: dict[str, Any] | None, known: set[str],
                        windows: dict[Any, Any] | None = None) -> list[str]:
    """``missing`` without the numbers of dates in ``claim`` whose window holds a date of a
    document, in whatever format ("2024-05-01" and "1 May 2024 at 14:05"); a document's
    "May 2024" does not support a claimed "2024-05-02" (the claim is more precise).

    Only the documents' text around the claimed year is searched for dates (scanning whole
    documents for time phrases cost milliseconds per call). ``windows``: a memo of the
    texts' dated windows (one claim checked against many documents, and the documents'
    text around a year checked for many sets of them, are parsed once)."""
    # a document's date restated here would hold the year (``known``); a date's other parts
    # have one or two digits ("2024-05-01", "14:05"), or eight ("20240501"): a missing year
    # cannot be a document's date restated. Parsing the claim's time phrases costs far more
    # than the rest of the check
    if not date_rule_runs(claim_years(claim), missing, False, known):
        return missing
    from ._numbers import numbers_in  # a cycle: ``_numbers`` imports this module

    keep = set(missing)
    if windows is None and cache is not None:  # shared by the guards of a request
        windows = dated_memo(cache)
    dated = _memo_dated(claim, windows)
    mine = [(p, w) for p, w in dated if numbers_in(p) & keep]
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
            # the same stretches recur for every set of documents citations tries
            seen[year] = [w for t, i in spots
                          for _, w in _memo_dated(t[max(0, i - 40) : i + 44], windows)]
        if any(start <= k[0] and k[1] <= end for k in seen[year]):
            keep -= numbers_in(phrase)
    return sorted(keep)


def date_rule_runs(years: Sequence[str], missing: Iterable[str], counts: bool,
                   known: AbstractSet[str]) -> bool:
    """Whether :func:`outside_known_dates` may drop a number of a claim stating ``years``
    (its :data:`_YEAR4` matches) that documents holding ``known`` lack (``missing``, and with
    ``counts`` maybe some of its counts): a year of the claim is known, and a missing number
    could be part of a date."""
    return (counts or any(_maybe_date_part(n) for n in missing)) and any(
        y in known for y in years)


def claim_years(claim: str) -> list[str]:
    return _YEAR4.findall(claim)


def dated_numbers(claim: str, windows: dict[Any, Any] | None) -> set[str]:
    """The numbers of ``claim``'s dated phrases: the only ones :func:`outside_known_dates`
    drops (a missing number outside them is missing whatever the documents' dates are)."""
    from ._numbers import numbers_in  # a cycle: ``_numbers`` imports this module

    return set().union(*(numbers_in(p) for p, _ in _memo_dated(claim, windows)))


def _find_all(text: str, part: str, limit: int) -> list[int]:
    found: list[int] = []
    i = text.find(part)
    while i >= 0 and len(found) < limit:
        found.append(i)
        i = text.find(part, i + 1)
    return found
