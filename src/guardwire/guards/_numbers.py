"""Numbers in answers and documents, compared across formats (the grounding guard's
number check): locale separators, full-width digits, and dates restated in another format
(that rule is in :mod:`._number_dates`; its names are re-exported here).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from decimal import Decimal
from typing import Any

from ._number_dates import claim_years as claim_years
from ._number_dates import date_rule_runs as date_rule_runs
from ._number_dates import dated_memo as dated_memo
from ._number_dates import dated_numbers as dated_numbers
from ._number_dates import month_day_in, outside_known_dates
from ._text import doc_text

# digits with "," / "." between them, and thin or no-break spaces before a group of three;
# with a scale word after it when there is one ("12.5 million", "450k": one pass for both)
# or a plain space or an apostrophe after a group of at most three digits ("1 234 567" in
# French, "1'234'567" in Swiss usage; each group was a number of its own, so "1 234 567
# euros" was flagged against "1234567 euros"; "In 2023 150 people" stays two numbers)
_NUMBER = re.compile(r"\d(?:[\d,.]|[\u00a0\u202f\u2009](?=\d{3}(?!\d))"
                     r"|(?<=\d)(?<!\d{4})(?<![,.]\d{3})[ '\u2019](?=\d{3}(?!\d)))*"
                     r"(?:\s?(?:[tT]housand|[mM]illion|[bB]illion|[tT]rillion|bn|mn|[mM]io|[mM]rd"
                     r"|[mM]ill|BN|MN|MIO|MRD)\b\.?|[kK]\b)?")
_SCALE_WORD = re.compile(r"\s?([A-Za-z]+)\.?\Z")
_GROUP_SPACES = str.maketrans(dict.fromkeys("\u00a0\u202f\u2009 '\u2019", ""))
# a decade ("the 1990s", "the '90s"): no number 1990 or 90; supported by any year in it
_DECADE = re.compile(r"(?<![\d.,])(?:(1[6-9]|20)(\d)0|'(\d)0)'?s\b")
# a scaled amount in words: "two million", "twenty-five billion" ("a million" is often a
# figure of speech and is not read)
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_UNITS_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve")
_SCALE_NAME = re.compile(r"(thousand|million|billion|trillion)\b", re.IGNORECASE)
# the words before a scale word, read backwards from it (a word alternation tried at every
# position of the text cost more than the rest of the scan)
_WORD_SCALED = re.compile(r"(?<![A-Za-z])(?:(" + "|".join(_TENS) + r")(?:[- ]("
                          + "|".join(_UNITS_WORDS[:9]) + r"))?|(" + "|".join(_UNITS_WORDS)
                          + r"))\s+\Z", re.IGNORECASE)


# Each pattern starts with a digit, a currency sign or a letter class, never with a
# look-behind or a word alternation: those are tried at every position (ten times slower on
# documents); what comes before a match is checked in Python.
_SCALE = {"thousand": 3, "k": 3, "million": 6, "mn": 6, "mio": 6, "mill": 6, "billion": 9,
          "bn": 9, "mrd": 9, "trillion": 12}
# a single digit that states an amount: "5%", "5 percent", "$5", "€ 5"
_CURRENCY_DIGIT = re.compile(r"[$€£¥₹] ?(\d)(?![\d.,]?\d)(?!\s?(?:thousand|million|billion"
                             r"|trillion|bn|mn|mio|mrd|mill)\b|k\b)", re.IGNORECASE)
_PERCENT_DIGIT = re.compile(r"(\d) ?(?:%|percent\b|per ?cent\b)", re.IGNORECASE)
# small numbers as words, and a small count with the word it counts ("5 bedrooms")
_WORD = (r"[oOtTfFsSeEnN](?:(?<=[oO])ne|(?<=[tT])(?:wo|hree|en|welve)|(?<=[fF])(?:our|ive)"
         r"|(?<=[sS])(?:ix|even)|(?<=[eE])(?:ight|leven)|(?<=[nN])ine)(?![A-Za-z])")
_WORDS = re.compile(_WORD)
_COUNT = re.compile(r"(\d)\s+([A-Za-z][a-z]{2,})\b")
_COUNTED = re.compile(r"\s+([A-Za-z][a-z]{2,})\b")  # the word after a number word
_WORD_DIGITS = {w: str(i) for i, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     "eleven", "twelve"])}
_SMALL_WORDS = [(w, d) for w, d in _WORD_DIGITS.items() if w != "zero"]
_WORD_AMOUNT = re.compile(r"(" + _WORD + r")\s+(?:percent\b|per\s?cent\b)", re.IGNORECASE)
_NOT_COUNTED = frozenset(
    ["and", "the", "for", "are", "was", "were", "has", "have", "had", "with", "from", "that",
     "this", "than", "into", "onto", "per", "out", "of", "times", "more", "less", "about",
     "over", "under", "percent", "thousand", "million", "billion", "trillion"])
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def says_percent(text: str) -> bool:
    """A cheap test before the percent patterns ("recent" and "century" are not enough)."""
    return "ercent" in text or "er cent" in text or "ERCENT" in text or "ER CENT" in text


def _starts_number(text: str, start: int, chars: str = "0123456789.,") -> bool:
    """Whether a match at ``start`` begins where no number (or word) goes on before it."""
    return start == 0 or not (text[start - 1] in chars or text[start - 1].isdigit())


def _scan(text: str) -> tuple[set[str], set[str]]:
    """The canonical numbers of ``text`` (a scaled one as its value) and the scaled ones as
    written ("12.5" of "12.5 million")."""
    found: set[str] = set()
    written: set[str] = set()
    for m in set(_NUMBER.findall(text)):  # most are plain digits, many repeat
        if m.isascii() and m.isdigit():
            found.add(m)
            continue
        if (m[-1].isalpha() or (m[-1] == "." and m[-2:-1].isalpha())) and (
                w := _SCALE_WORD.search(m)) is not None:
            number = canonical_number(m[: w.start()])
            value = Decimal(number).scaleb(_SCALE[w.group(1).lower()])
            found.add(format(value.normalize(), "f"))
            written.add(number)
        else:
            found.add(canonical_number(m))
    return found, written


def numbers_in(text: str) -> set[str]:
    """Numbers of two or more characters in one canonical form (:func:`canonical_number`):
    "11,872", "11.872", "11 872" are "11872"; "3,5" and "3.5" are "3.5". A number with a
    scale word is its value ("12.5 million" and "12,500,000" are "12500000"; "12.5 billion"
    is not), and a single digit stating an amount ("5%", "$5") counts too."""
    return _numbers(text, True)[0]


def _numbers(text: str, claim: bool = False) -> tuple[set[str], set[str]]:
    decades: list[tuple[str, str, str]] = []
    if "0s" in text or "0's" in text:
        decades = _DECADE.findall(text)
        if decades and claim:  # a claimed "the 1990s" states no year 1990 (a document's
            # "1990s" still supports a claimed 1990, as it did: it may be the same year)
            text = _DECADE.sub(lambda m: " " * len(m.group()), text)
    found, written = _scan(text)
    found = {n for n in found if len(n) >= 2}
    found.update(f"{c}{d}0s" if c else f"'{d2}0s" for c, d, d2 in decades)
    if "illion" in text or "housand" in text or "ILLION" in text or "HOUSAND" in text:
        for s in _SCALE_NAME.finditer(text):  # "two million" is 2000000
            at = s.start()
            if at and text[at - 1].isspace() and (text[at - 2 : at - 1].isalpha()) and (
                    m := _WORD_SCALED.search(text, max(0, at - 20), at)) is not None:
                tens, unit, small = (g.lower() if g else "" for g in m.groups())
                worth = _TENS.get(tens, 0) + int(_WORD_DIGITS[unit or small or "zero"])
                found.add(str(worth * 10 ** _SCALE[s.group(1).lower()]))
    if "$" in text or "€" in text or "£" in text or "¥" in text or "₹" in text:
        found.update(_ascii_digits(d) for d in _CURRENCY_DIGIT.findall(text))
    if "%" in text or says_percent(text):
        found.update(_ascii_digits(m.group(1)) for m in _PERCENT_DIGIT.finditer(text)
                     if _starts_number(text, m.start()))
    for m in _SHORT_SCALE.finditer(text) if _may_short_scale(text) else ():
        # "$4.5m" is 4.5 million, not 4.5 ("4.5" alone only supports, like "12.5 million"'s)
        at, letter = m.start(), m.group(2)
        prev = text[at - 1 : at]
        if prev in _CURRENCIES or (prev == " " and text[at - 2 : at - 1] in _CURRENCIES):
            pass
        elif letter in "mb" or prev.isalnum() or (prev and prev in ".,_") or \
                _LOWER_WORD.match(text, m.end()) is None or \
                _PLACE_BEFORE.search(text, max(0, at - 12), at) is not None:
            continue  # "Gate 45B opens", "seat 12B is": a place, not 45 billion
        number = canonical_number(m.group(1))
        found.discard(number)
        written.add(number)
        value = Decimal(number).scaleb(6 if letter in "mM" else 9)
        found.add(format(value.normalize(), "f"))
    return found, written


# a letter for million or billion: after a currency sign ("$4.5m", "€3M", "$5b"), or an
# upper-case one before a lower-case word ("7B parameters", "4.5M users"); "45m tall" is metres
_SHORT_SCALE = re.compile(r"(\d[\d,.]*)([mMbB])\b(?![.,]\d)")
_LOWER_WORD = re.compile(r" [a-z]")
_PLACE_BEFORE = re.compile(r"(?:seat|gate|room|row|unit|flight|apartment|apt|platform|terminal"
                           r"|suite|block|bus|route|level|floor|section|building|pier|bay|dock"
                           r"|box|lot|no|number|#)\.? ?\Z", re.IGNORECASE)
_CURRENCIES = frozenset("$€£¥₹")


def _may_short_scale(text: str) -> bool:
    return "M" in text or "B" in text or (("m" in text or "b" in text) and (
        "$" in text or "€" in text or "£" in text or "¥" in text or "₹" in text))


# a run of groups; where _NUMBER starts one is checked in Python (a pattern opening with a
# look-behind is tried at every position: 40 us a sentence)
_PLAIN_RUN = re.compile(r"\d{1,3}(?: \d{3}(?!\d))+(?![\d,.'\u2019\u00a0\u202f\u2009]\d)")
_JOINED = re.compile(r"(?<=\d)(?<!\d{4})(?<![,.]\d{3}) ")  # a space _NUMBER reads as grouping
_GROUPING = ",.'\u2019\u00a0\u202f\u2009"


def spaced_runs(text: str) -> dict[str, list[str]]:
    """Runs of numbers grouped by plain spaces only ("10 200 300"), each as one number (its
    reading: "10200300") -> its groups read as numbers of their own ("10", "200", "300"):
    a French "1 234 567" and a list or a plain-text table row "120 340 560" look alike, so
    either reading may be meant. A run with a decimal separator, a thin or no-break space or
    an apostrophe is one number only (a locale's grouping), and so is a run that reads as an
    amount: a group of other than three digits first ("1 234 567", "7 200 300"), a "000"
    group ("450 000"), or a currency or unit ("120 340 560 euros", "$120 340 560"). Read
    apart, those let "234 567 euros" or "567 euros" pass against "1 234 567 euros"."""
    from ._units import unit_of_run  # a cycle: ``_units`` imports this module

    out: dict[str, list[str]] = {}
    pos = 0
    while (m := _PLAIN_RUN.search(text, pos)) is not None:
        at = m.start()
        prev = text[at - 1] if at else ""
        # inside a number, or after a space that _NUMBER reads as grouping ("In 2023 150 300"
        # is 2023, then a run "150 300": a group of four digits is no thousands group)
        if prev and (prev.isdecimal() or prev in _GROUPING or (
                prev == " " and _JOINED.match(text, at - 1) is not None)):
            # the only later start in this run that may read otherwise is its second group
            # (after a digit); past it every space is grouping. One step at a time re-read
            # the run's rest from each position: quadratic in a long run of groups
            pos = m.end() if prev == " " else text.index(" ", at) + 1
            continue
        parts = m.group().split(" ")
        if len(parts[0]) == 3 and "000" not in parts and not unit_of_run(text, at, m.end()):
            out[m.group().replace(" ", "")] = parts
        pos = m.end()
    return out


def held_apart(missing: set[str], claim: str, known: AbstractSet[str]) -> set[str]:
    """``missing`` (numbers of ``claim`` not in ``known``) without the runs "120 340 560"
    whose groups ``known`` holds each (:func:`spaced_runs`)."""
    # a run's number has four digits or more: most claims are not read again
    if missing and " " in claim and any(len(n) > 3 and n.isdigit() for n in missing):
        for joined, parts in spaced_runs(claim).items():
            if joined in missing and all(p in known for p in parts if len(p) >= 2):
                missing.discard(joined)
    return missing


def all_numbers(text: str, *, digits: bool = False) -> set[str]:
    """What may support a claimed number: :func:`numbers_in`, numbers with a scale word as
    written too ("12.5" of "12.5 million"), amounts in words ("five percent"), and with
    ``digits`` every single digit and small number word ("5" of "5 offices", "five"). A
    document's "5 new offices" does not support a claimed "5%"."""
    found, written = _numbers(text)
    found |= written
    # "120 340 560" supports 120340560 and each of 120, 340 and 560 (:func:`spaced_runs`)
    found.update(p for parts in spaced_runs(text).values() for p in parts if len(p) >= 2)
    # a year supports the decade it is in ("1995" supports "the 1990s" and "the '90s")
    found.update(x for n in list(found) if len(n) == 4 and n.isdigit() and "1600" <= n < "2100"
                 for x in (f"{n[:3]}0s", f"'{n[2]}0s"))
    if says_percent(text):
        found.update(_WORD_DIGITS[m.group(1).lower()] for m in _WORD_AMOUNT.finditer(text))
    if digits:
        found |= _scan(text)[0]
        found.update(_WORD_DIGITS[w.lower()] for w in _WORDS.findall(text))
    return found


def counts_in(text: str) -> list[tuple[str, str]]:
    """Small counts and the word they count: ("5", "bedrooms") of "5 bedrooms" or "five
    bedrooms"; not function words ("2 of", "3 times")."""
    found = [(_ascii_digits(m.group(1)), w) for m in _COUNT.finditer(text)
             if (w := m.group(2).lower()) not in _NOT_COUNTED
             and _starts_number(text, m.start(), "0123456789.,_" + _LETTERS)]
    low = text.lower()
    for word, digit in _SMALL_WORDS:  # str.find: a regex of twelve words tried everywhere
        i = low.find(word)              # cost more than the rest of the check
        while i >= 0:
            if (i == 0 or not low[i - 1].isalpha()) and (
                    m := _COUNTED.match(text, i + len(word))) is not None and (
                    w := m.group(1).lower()) not in _NOT_COUNTED:
                found.append((digit, w))
            i = low.find(word, i + 1)
    return found


def count_index(texts: Sequence[str]) -> dict[str, set[str]]:
    """Word → the small counts the texts put before it ("bedrooms" → {"3"})."""
    index: dict[str, set[str]] = {}
    for text in texts:
        for n, w in counts_in(text):
            index.setdefault(w, set()).add(n)
    return index


def canonical_number(number: str) -> str:
    """One form for a number written in any common locale: thousands separators dropped,
    the decimal separator a "." (trailing zeros are kept: version 3.10 is not 3.1).

    A separator is a thousands separator when it repeats ("1,234,567", "1.234.567") or
    comes before the other one ("1,234.5", "1.234,5"); a lone one followed by exactly three
    digits is one too ("11,872", "11.872"); otherwise it is the decimal separator ("3,5" is
    3.5: it used to be read as 35, so a wrong "3,5 %" passed against a document's "35 %")."""
    if number.isascii() and " " not in number and "'" not in number:
        n = number.rstrip(".,")  # the common case, without the translation
    else:
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
    # from each document's own numbers: citations (``check_numbers``) reads those, and the
    # documents of one request are scanned once for both guards
    found: set[str] = set().union(*(known for known, _ in numbers_by_doc(docs, cache)))
    if cache is not None:
        cache["_doc_numbers"] = (docs, len(docs), found)
    return found


def doc_counts(docs: Sequence[Any], cache: dict[str, Any] | None) -> dict[str, set[str]]:
    """:func:`count_index` of the documents (cached per request like :func:`doc_numbers`)."""
    hit = cache.get("_doc_counts") if cache is not None else None
    if hit is not None and hit[0] is docs and hit[1] == len(docs):
        return hit[2]  # type: ignore[no-any-return]
    index: dict[str, set[str]] = {}
    for _, own in numbers_by_doc(docs, cache):
        for word, counts in own.items():
            index.setdefault(word, set()).update(counts)
    if cache is not None:
        cache["_doc_counts"] = (docs, len(docs), index)
    return index




def missing_numbers(claim: str, docs: Sequence[Any], known: set[str],
                    index: dict[str, set[str]], cache: dict[str, Any] | None,
                    own: AbstractSet[str] = frozenset(), *,
                    found: tuple[set[str], list[tuple[str, str]]] | None = None,
                    windows: dict[Any, Any] | None = None) -> list[str]:
    """The numbers of ``claim`` that ``docs`` do not support (the grounding guard's rule,
    shared with ``citations`` so both agree): ``known`` is what may support a number
    (:func:`all_numbers` of the documents, plus ``own``, the values the pipeline wrote),
    ``index`` the documents' :func:`count_index` ("5 bedrooms" where they count 3 is
    missing "5"); a date restating a document's date in another format is supported.
    ``found``: the claim's :func:`numbers_in` and :func:`counts_in`, when already known;
    ``windows``: see :func:`outside_known_dates`."""
    nums, counts = found if found is not None else (numbers_in(claim), counts_in(claim))
    if not nums and not counts:
        return []
    missing = held_apart(nums - known, claim, known)
    if counts:
        texts: list[str] | None = None
        for n, w in counts:
            if n in index.get(w, {n}) or n in own or n in missing:
                continue
            if texts is None:
                texts = [doc_text(d) for d in docs]
            if not month_day_in(texts, w, n):
                missing.add(n)
    if missing:  # "2024-05-01" restating the documents' "1 May 2024"
        return outside_known_dates(claim, sorted(missing), docs, cache, known, windows)
    return []


def numbers_by_doc(docs: Sequence[Any], cache: dict[str, Any] | None
                   ) -> list[tuple[set[str], dict[str, set[str]]]]:
    """Each document's own ``(known, index)`` for :func:`missing_numbers` (cached per
    request): whether one document supports a claim's numbers."""
    hit = cache.get("_doc_numbers_each") if cache is not None else None
    if hit is not None and hit[0] is docs and hit[1] == len(docs):
        return hit[2]  # type: ignore[no-any-return]
    each = [(all_numbers(t), count_index([t])) for t in (doc_text(d) for d in docs)]
    if cache is not None:
        cache["_doc_numbers_each"] = (docs, len(docs), each)
    return each
