"""Recognizers added to Presidio's English set (offline, pattern-based).

- :func:`card_recognizer`: card numbers by issuer (IIN) range, 12–19 digits, Luhn-checked.
  Presidio's own pattern misses Mastercard's 2-series, JCB 15-digit, 12-digit Maestro and
  19-digit Visa numbers.
- :class:`WindowedPhoneRecognizer`: Presidio's phone recognizer, same results, run on
  windows around number candidates instead of the whole text once per region.
- :class:`SpanContextEnhancer`: context words after a value count from its last token.
- :class:`PhoneShapeRecognizer`: phone-number shapes that ``phonenumbers`` rejects because
  the number is not assigned in one of the checked regions (``+1-984-182-0190``,
  ``416 60 039``). Scored below the default threshold unless a context word ("phone",
  "call", "fax", "mobile", "office" …) is near, so bare digit groups in prose stay visible.
"""

from __future__ import annotations

from typing import Any, ClassVar

import phonenumbers
import regex
from phonenumbers import phonenumbermatcher
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.predefined_recognizers import CreditCardRecognizer, PhoneRecognizer

from .engine import STREET_AFTER as _STREET

_CANDIDATE: Any = phonenumbermatcher._PATTERN  # the matcher's own, region-independent
_DIGITS = regex.compile(r"\d")
_MIN_DIGITS = 4  # shortest valid national number in the default regions (DE); see tests

_IIN = regex.compile(
    r"4|5[1-5]|2(?:2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)|3[47]|3(?:0[0-5]|[68]\d)"
    r"|6011|65|64[4-9]|35|2131|1800|50|5[6-9]|6\d"
)
_CARD = (
    r"\b(?:\d{12,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{3})?|\d{4}([ -])\d{6}\2\d{4,5})\b"
)


class _CardByIssuer(CreditCardRecognizer):  # type: ignore[misc]
    def validate_result(self, pattern_text: str) -> bool:
        digits = EntityRecognizer.sanitize_value(pattern_text, [("-", ""), (" ", "")])
        if not 12 <= len(digits) <= 19 or not _IIN.match(digits):
            return False
        return bool(super().validate_result(pattern_text))


def card_recognizer() -> Any:
    """Presidio's credit-card recognizer with an issuer-range pattern (Luhn still decides)."""
    return _CardByIssuer(patterns=[Pattern("Card number by issuer range", _CARD, 0.3)],
                         name="CardByIssuerRecognizer")


_PHONE_SHAPE = (
    r"(?<![\w+])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?|\d{1,4}[ .-])?\d{2,4}"
    r"(?:[ .-]?\d{2,4}){1,3}(?:[ ]?(?:x|ext\.?)[ ]?\d{1,5})?(?!\w)" + _STREET
)
_NOT_PHONE = regex.compile(r"\d{4}-\d{2}-\d{2}.*|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d+")


class PhoneShapeRecognizer(PatternRecognizer):  # type: ignore[misc]
    """Phone-number shapes (7–15 digits in groups), confirmed by nearby context words."""

    CONTEXT: ClassVar[list[str]] = [
        "phone", "telephone", "tel", "call", "mobile", "cell", "fax", "office", "desk",
        "number", "contact", "reach", "text", "sms", "message", "voicemail", "dial", "whatsapp",
        "home", "work"]

    def __init__(self, score: float = 0.3) -> None:
        super().__init__(supported_entity="PHONE_NUMBER", name="PhoneShapeRecognizer",
                         patterns=[Pattern("Phone number shape", _PHONE_SHAPE, score)],
                         context=self.CONTEXT, supported_language="en")

    def invalidate_result(self, pattern_text: str) -> bool:
        digits = sum(c.isdigit() for c in pattern_text)
        return not 7 <= digits <= 15 or _NOT_PHONE.fullmatch(pattern_text) is not None


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
        """Presidio's region loop on one window, stopping early once a region matched the
        window's only candidate whole (other regions could only add contained duplicates)."""
        out: list[Any] = []
        make: Any = self._get_recognizer_result
        leniency: Any = self.leniency
        for region in self.supported_regions:
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


class SpanContextEnhancer(LemmaContextAwareEnhancer):  # type: ignore[misc]
    """Presidio's context enhancer, counting the words *after* a match from its last token.

    Presidio counts them from the first token, so a multi-token value such as
    ``416 60 039 office`` uses up its suffix window on its own digits.
    """

    def _extract_surrounding_words(self, nlp_artifacts: Any, word: str, start: int) -> list[str]:
        words: list[str] = list(super()._extract_surrounding_words(nlp_artifacts, word, start))
        tokens = nlp_artifacts.tokens
        if not tokens or not self.context_suffix_count:
            return words
        end = start + len(word)
        last = max((i for i, idx in enumerate(nlp_artifacts.tokens_indices) if idx < end),
                   default=0)
        forward = self._add_n_words_forward(last, self.context_suffix_count,
                                            nlp_artifacts.lemmas, nlp_artifacts.keywords)
        return list(set(words) | set(forward))
