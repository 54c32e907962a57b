"""Recognizers added to Presidio's English set (offline, pattern-based).

- :func:`card_recognizer`: card numbers by issuer (IIN) range, 12–19 digits, Luhn-checked.
  Presidio's own pattern misses Mastercard's 2-series, JCB 15-digit, 12-digit Maestro and
  19-digit Visa numbers.
- :class:`WindowedPhoneRecognizer`: Presidio's phone recognizer, same results, run on
  windows around number candidates instead of the whole text once per region.
- :class:`PhoneShapeRecognizer`: phone-number shapes that ``phonenumbers`` rejects because
  the number is not assigned in one of the checked regions (``+1-984-182-0190``,
  ``416 60 039``). Redacted on their own unless they look like an amount (thousands
  grouping) or a house number (a word follows); those need a context word ("phone", "call",
  "fax", "mobile", "office" …) near. Dates, time and year ranges, postcodes and numbers after
  ``Apt.``/``Suite``/``Box`` are never phones.
"""

from __future__ import annotations

from typing import Any, ClassVar

import phonenumbers
import regex
from phonenumbers import phonenumbermatcher
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer
from presidio_analyzer.predefined_recognizers import CreditCardRecognizer, PhoneRecognizer

from .engine import STREET_AFTER as _STREET
from .phone_bounds import min_digits, potential_digits

_CANDIDATE: Any = phonenumbermatcher._PATTERN  # the matcher's own, region-independent
_DIGITS = regex.compile(r"\d")
_MIN_DIGITS = 4  # shortest valid national number in the default regions (DE); see tests

_IIN = regex.compile(
    r"4|5[1-5]|2(?:2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)|3[47]|3(?:0[0-5]|[68]\d)"
    r"|6011|65|64[4-9]|35|2131|1800|50|5[6-9]|6\d"
)
_CARD = (
    r"\b(?:\d{12,19}|\d{4}([ .-])\d{4}\1\d{4}\1\d{4}(?:\1\d{3})?|\d{4}([ .-])\d{6}\2\d{4,5})\b"
)


_CARD_SEPARATORS = [("-", ""), (" ", ""), (".", "")]  # "4111.1111.1111.1111" too


class _CardByIssuer(CreditCardRecognizer):  # type: ignore[misc]
    def validate_result(self, pattern_text: str) -> bool:
        digits = EntityRecognizer.sanitize_value(pattern_text, _CARD_SEPARATORS)
        if not 12 <= len(digits) <= 19 or not _IIN.match(digits):
            return False
        return bool(super().validate_result(pattern_text))


class _Overlapped:
    """A compiled pattern whose ``finditer`` also tries the starts inside a match that failed
    validation: in ``1234 4111 1111 1111 1111`` the card pattern matched ``1234 4111 1111
    1111`` (no valid card) and went on after it, so the card behind the first group reached
    the model."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.compiled: Any = regex.compile(pattern, flags)

    def finditer(self, text: str, timeout: float | None = None) -> Any:
        return self.compiled.finditer(text, overlapped=True, timeout=timeout)


def card_recognizer() -> Any:
    """Presidio's credit-card recognizer with an issuer-range pattern (Luhn still decides),
    tried at every group start (:class:`_Overlapped`)."""
    rec: Any = _CardByIssuer(patterns=[Pattern("Card number by issuer range", _CARD, 0.3)],
                             name="CardByIssuerRecognizer",
                             replacement_pairs=_CARD_SEPARATORS)
    flags: int = rec.global_regex_flags or 0
    patterns: list[Any] = rec.patterns
    for pattern in patterns:
        pattern.compiled_regex = _Overlapped(pattern.regex, flags)
        pattern.compiled_with_flags = flags
    return rec


_PHONE_SHAPE = (
    r"(?<![\w+])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?|\d{1,4}[ .-])?\d{2,4}"
    r"(?:[ .-]?\d{2,4}){1,3}(?:[ ]?(?:x|ext\.?)[ ]?\d{1,5})?(?!\w)" + _STREET
)
_NOT_PHONE = regex.compile(r"\d{4}-\d{2}-\d{2}.*|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")
_DIGITS_ONLY = regex.compile(r"\d+")
# Shapes that are something else, whatever the context: a time or year range ("0730-0930",
# "1990-2005"), a postcode ("90010-170", "3610-114"), a US SSN ("536-22-8741"); dates: see
# date_or_time().
_OTHER_NUMBER = regex.compile(
    r"\d{3}-\d{2}-\d{4}|"
    r"(?:[01]\d|2[0-3])[0-5]\d\s?-\s?(?:[01]\d|2[0-3])[0-5]\d"
    r"|(?:19|20)\d\d\s?-\s?(?:19|20)\d\d|\d{4,5}-\d{3}"
)
# Thousands grouping ("1 234 567", "374.780.163"): an amount unless a context word says phone.
_THOUSANDS = regex.compile(r"\d{1,3}(?:([ .])\d{3})(?:\1\d{3})+")
# An address: a unit word before the number ("Apt. 117 5720", "Suite 541 6343", "Box 12"),
# or a word after it on the same line ("5521 119 Countess Close", "48334 36 rue de pologne").
_UNIT_BEFORE = regex.compile(
    r"(?i)(?:\b(?:apt|apartment|suite|ste|unit|box|no|nr|flat|floor|room|bldg|building)\.?"
    r"|#)\s*$")
_WORD_AFTER = regex.compile(r"[ \t]+(?!(?i:x|ext|or|and|to|if|for|from|until|till|between|"
                            r"after|before|at|on|in|or|is|was|are|please|thanks)\b)\p{L}")
_LABEL_AFTER = regex.compile(r"(?i)\s?[-(/]\s?(?:fax|office|mobile|cell|home|work|tel|phone|"
                             r"landline|direct|desk|main)\b")


_DATE_INSIDE = regex.compile(
    r"(?<!\d)(?:\d{4}[./ -](?:0?[1-9]|1[0-2])[./ -](?:0?[1-9]|[12]\d|3[01])"
    r"|(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-]\d{4}"
    r"|(?:0?[1-9]|1[0-2])[./-](?:0?[1-9]|[12]\d|3[01])[./-]\d{4})(?!\d)")
_TIME_AFTER = regex.compile(r":[0-5]\d")
_MONTH_BEFORE = regex.compile(
    r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$")


def date_or_time(text: str, start: int, end: int) -> bool:
    """Whether a "phone number" at ``text[start:end]`` is a date or time: a date inside it
    (``2016 10 16``, ``23.04.2022 14``), an hour cut off (``… 17`` before ``:20``), a month
    name before it (``feb 30 2019``), or a time or year range (``0730-0930``)."""
    value = text[start:end]
    return (_DATE_INSIDE.search(value) is not None or _TIME_AFTER.match(text, end) is not None
            or _MONTH_BEFORE.search(text, max(0, start - 12), start) is not None
            or _OTHER_NUMBER.fullmatch(value) is not None)


class PhoneShapeRecognizer(PatternRecognizer):  # type: ignore[misc]
    """Phone-number shapes (7–15 digits in groups) that ``phonenumbers`` does not accept.

    A shape scores ``score`` (0.4: redacted at the default threshold) when nothing says it is
    something else; ``weak_score`` (0.3: only with a context word nearby) when it is grouped
    like a thousands amount or followed by a word on the same line (a house number); and is
    dropped when it is a date, a time or year range, a postcode, follows a unit word
    (``Apt.``, ``Suite``, ``Box``) or is a plain run of digits. A label attached after it
    (``3660170548-Fax``, ``555 0134 (mobile)``) scores 0.65, as a context word would.
    """

    CONTEXT: ClassVar[list[str]] = [
        "phone", "telephone", "tel", "call", "mobile", "cell", "fax", "office", "desk",
        "number", "contact", "reach", "text", "sms", "message", "voicemail", "dial", "whatsapp",
        "home", "work", "answering", "hotline", "helpline", "landline"]

    def __init__(self, score: float = 0.4, weak_score: float = 0.3) -> None:
        super().__init__(supported_entity="PHONE_NUMBER", name="PhoneShapeRecognizer",
                         patterns=[Pattern("Phone number shape", _PHONE_SHAPE, score)],
                         context=self.CONTEXT, supported_language="en")
        self.weak_score = weak_score

    def invalidate_result(self, pattern_text: str) -> bool:
        digits = sum(c.isdigit() for c in pattern_text)
        return (not 7 <= digits <= 15 or _NOT_PHONE.fullmatch(pattern_text) is not None
                or _OTHER_NUMBER.fullmatch(pattern_text) is not None
                or _DATE_INSIDE.search(pattern_text) is not None)

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None,
                regex_flags: Any = None) -> list[Any]:
        results: list[Any] = list(super().analyze(text, entities, nlp_artifacts, regex_flags))
        out = []
        for r in results:
            if _UNIT_BEFORE.search(text, max(0, r.start - 12), r.start):
                continue
            if _LABEL_AFTER.match(text, r.end):
                r.score = max(r.score, 0.65)
            elif _DIGITS_ONLY.fullmatch(text, r.start, r.end):
                continue  # an unlabelled run of digits: an id, an amount, a code
            elif (_THOUSANDS.fullmatch(text, r.start, r.end)
                  or _WORD_AFTER.match(text, r.end)):
                r.score = min(r.score, self.weak_score)
            out.append(r)
        return out


class WindowedPhoneRecognizer(PhoneRecognizer):  # type: ignore[misc]
    """Presidio's phone recognizer, run only around the places a number can start.

    ``PhoneNumberMatcher`` scans the whole text once per region (8 by default). Its candidate
    pattern does not depend on the region, so we scan once, cut a window around each
    candidate (padded, never splitting another candidate) and run the regional matchers on
    those windows only. The tests check the results are the same as Presidio's.
    """

    PAD = 12

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[Any]:
        cands = [(m.start(), m.end()) for m in _CANDIDATE.finditer(text)]
        if self.leniency and self.leniency >= 1:  # a valid number has at least 4 digits
            cands = [(s, e) for s, e in cands if len(_DIGITS.findall(text, s, e)) >= _MIN_DIGITS]
        if not cands:
            return []
        windows: list[list[int]] = []
        for s, e in cands:
            lo, hi = max(0, s - self.PAD), min(len(text), e + self.PAD)
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], hi)
            else:
                windows.append([lo, hi])
        for w in windows:  # never cut a candidate in two
            for s, e in cands:
                if s < w[0] < e:
                    w[0] = s
                if s < w[1] < e:
                    w[1] = e
        results: list[Any] = []
        for lo, hi in windows:
            inside = [(s - lo, e - lo) for s, e in cands if lo <= s and e <= hi]
            for r in self._match_window(text[lo:hi], inside, nlp_artifacts):
                r.start += lo
                r.end += lo
                results.append(r)
        return list(EntityRecognizer.remove_duplicates(results))

    def _match_window(self, window: str, cands: list[tuple[int, int]],
                      nlp_artifacts: Any) -> list[Any]:
        """Presidio's region loop on one window, skipping regions whose valid numbers are
        longer than the window's digits (:mod:`.phone_bounds`) and stopping early once a region
        matched the window's only candidate whole (other regions could only add contained
        duplicates)."""
        out: list[Any] = []
        make: Any = self._get_recognizer_result
        leniency: Any = self.leniency
        # a region whose shortest valid number has more digits than the window cannot match
        digits = potential_digits(window) if leniency and leniency >= 1 else -1
        plus = "+" in window or "＋" in window
        for region in self.supported_regions:
            if 0 <= digits < min_digits(region, plus):
                continue
            whole = False
            for match in phonenumbers.PhoneNumberMatcher(window, region, leniency=leniency):
                try:
                    number = phonenumbers.parse(window[match.start:match.end])
                    found_in = phonenumbers.region_code_for_number(number)
                except phonenumbers.NumberParseException:
                    found_in = region
                out.append(make(match, window, found_in, nlp_artifacts))
                whole = whole or (len(cands) == 1 and match.start <= cands[0][0]
                                  and match.end >= cands[0][1])
            if whole:
                break
        return out


_LOCAL_PART = regex.compile(r"""(?:"[^"\n]{1,64}"|[\w.!#$%&'*+/=?^`{|}~-]{1,64})@(\[?)$""")


def local_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The address ``local@domain`` around a domain (a URL or an IP, possibly in brackets)
    found at ``text[start:end]`` right after an ``@``: the e-mail recognizer rejects quoted
    local parts, IP domains and addresses glued to the next word, and the name before the
    ``@`` would stay visible."""
    m = _LOCAL_PART.search(text, max(0, start - 70), start)
    if m is None:
        return []
    close = 1 if m.group(1) and text[end:end + 1] == "]" else 0
    return [(m.start(), end + close)]



class BoundedSchemelessUrl:
    """Presidio's schemeless URL pattern (``[a-z0-9.\\-]{1,253}[.](?:com|…)…``) with the same
    matches, tried only where one can start: within 262 characters before a dot that
    starts a listed top-level name, in the same run of domain characters. ``finditer`` on
    the pattern backtracks up to 253 characters at every start, about 1 ms per label of a
    long dotted run without spaces (``x.x.x…``: 22 s for 40,000 characters)."""

    _REACH = 8 + 253 + 1  # an optional "www999." prefix, the name, the dot

    def __init__(self, pattern: str, flags: int) -> None:
        self.full: Any = regex.compile(pattern, flags)
        head = "[a-z0-9.\\-]{1,253}[.]"
        tlds = pattern[pattern.index(head) + len(head):pattern.index("(?:/[^")]
        self.tld_dot: Any = regex.compile(f"[.](?={tlds})", flags)
        self.run: Any = regex.compile(r"[a-z0-9.\-]+", flags)

    def finditer(self, text: str, timeout: float | None = None) -> Any:
        from bisect import bisect_right

        dots = [m.start() for m in self.tld_dot.finditer(text)]
        pos = 0
        for run in self.run.finditer(text) if dots else ():
            s, end = max(run.start(), pos), run.end()
            while s < end:
                j = bisect_right(dots, s)
                if j == len(dots) or dots[j] >= end:
                    break
                s = max(s, dots[j] - self._REACH)
                m = self.full.match(text, s)
                if m is None:
                    s += 1
                    continue
                yield m
                pos = s = m.end()
