"""Building the Presidio analyzer for :class:`.engine.PIIEngine`: a slim spaCy pipeline (only
``ner`` and the embedding layer it listens to), guardwire's recognizers in place of Presidio's
email, phone and spaCy ones, the bounded schemeless-URL pattern, the PERSON recognizer when a
model is loaded, and a context enhancer that counts words after a value from its last token.
Fully offline: ``tldextract`` reads its bundled public-suffix snapshot."""

from __future__ import annotations

import logging
from typing import Any

from ...exceptions import GuardSetupError

logger = logging.getLogger("guardwire.pii")

PRIVATE_TLDS = frozenset({"local", "localdomain", "internal", "intranet", "corp", "lan", "home",
                          "private"})
"""Top-level names of company networks (not public suffixes): e-mail addresses there are
people's too (``ops@corp.local``)."""


class _DropOtherLanguages(logging.Filter):
    """Drops Presidio's "Recognizer not added to registry because language is not supported"
    warnings: English-only is guardwire's choice, not a problem for the app's logs."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "language is not supported by registry" not in record.getMessage()


def offline_suffix_extractor() -> Any:
    """A ``tldextract.TLDExtract`` that only reads the snapshot bundled with tldextract."""
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


def _spacy_pipeline(model: str | None) -> Any:
    import spacy

    if model is None:
        nlp = spacy.blank("en")
    else:
        try:
            info = spacy.info(model)  # type: ignore[attr-defined]
            pipes = list(info.get("pipeline", [])) if isinstance(info, dict) else []
        except Exception:
            pipes = []
        # keep only NER (and the embedding layer it listens to, if it has none of its own)
        exclude = [p for p in pipes if p not in ("ner", *_EMBEDDERS)]
        try:
            nlp = spacy.load(model, exclude=exclude)
        except OSError as exc:
            raise GuardSetupError(f"could not load spaCy model {model!r}: {exc}") from exc
        if "ner" not in nlp.pipe_names:
            raise GuardSetupError(f"spaCy model {model!r} has no 'ner' component")
        upstream = _ner_upstream(nlp, model)
        for name in _EMBEDDERS:
            if name in nlp.pipe_names and name != upstream:
                nlp.remove_pipe(name)
    return nlp


_EMBEDDERS = ("tok2vec", "transformer")


def _ner_upstream(nlp: Any, model: str) -> str | None:
    """The shared embedding component the NER listens to (``None``: it has its own)."""
    t2v = nlp.config["components"]["ner"]["model"].get("tok2vec", {})
    if "Listener" not in str(t2v.get("@architectures", "")):
        return None
    upstream = str(t2v.get("upstream", "*"))
    for name in (upstream,) if upstream != "*" else _EMBEDDERS:
        if name in nlp.pipe_names:
            return name
    raise GuardSetupError(f"spaCy model {model!r}: its NER listens to {upstream!r}, "
                          "which the model does not have")


def build_analyzer(model: str | None, first_names: str = "auto") -> tuple[Any, Any, Any]:
    """The analyzer, the NER NLP engine (``None`` without a model) and the blank one."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NerModelConfiguration
    from presidio_analyzer.predefined_recognizers import (
        EmailRecognizer,
        PhoneRecognizer,
        SpacyRecognizer,
        UrlRecognizer,
    )

    from .nlp import ContextSpacyNlpEngine, SpanContextEnhancer
    from .person import load_first_names, load_surnames, person_recognizer
    from .person.lexicon import load_english_words
    from .person.verbs import load_english_verbs
    from .recognizers import (
        BoundedSchemelessUrl,
        PhoneShapeRecognizer,
        WindowedPhoneRecognizer,
        card_recognizer,
    )
    from .spelled import SpelledEmailRecognizer

    extractor = offline_suffix_extractor()

    class OfflineEmailRecognizer(EmailRecognizer):  # type: ignore[misc]
        """Presidio's email recognizer, validating the domain with the bundled suffix list."""

        def validate_result(self, pattern_text: str) -> bool:
            # the domain alone: "crm.example/c?email=ada@example.com" (a link's query, whose
            # start the engine trims) read as a URL had no public suffix
            domain = pattern_text.rsplit("@", 1)[-1]
            return (bool(extractor(domain).fqdn)
                    or domain.rsplit(".", 1)[-1].lower() in PRIVATE_TLDS)

    ner_config = NerModelConfiguration(
        labels_to_ignore=["CARDINAL", "EVENT", "LANGUAGE", "LAW", "MONEY", "ORDINAL",
                          "PERCENT", "PRODUCT", "QUANTITY", "WORK_OF_ART", "DATE", "TIME",
                          "DATE_TIME"],
    )

    context_words: set[str] = set()

    def nlp_engine(nlp: Any) -> Any:
        # already built: SpacyNlpEngine.load() would try to download a missing model
        return ContextSpacyNlpEngine(nlp, model or "blank", ner_config, context_words)

    blank = nlp_engine(_spacy_pipeline(None))
    ner = nlp_engine(_spacy_pipeline(model)) if model else None

    registry = RecognizerRegistry(supported_languages=["en"])
    quiet = _DropOtherLanguages()  # Presidio logs 11 warnings per build for es/it/pl
    presidio_log = logging.getLogger("presidio-analyzer")  # recognizers it rightly skips
    presidio_log.addFilter(quiet)
    try:
        registry.load_predefined_recognizers(languages=["en"], nlp_engine=blank)
    finally:
        presidio_log.removeFilter(quiet)
    registry.recognizers = [r for r in registry.recognizers if not isinstance(
        r, EmailRecognizer | SpacyRecognizer | PhoneRecognizer)]
    registry.add_recognizer(OfflineEmailRecognizer())
    registry.add_recognizer(SpelledEmailRecognizer())
    registry.add_recognizer(WindowedPhoneRecognizer())
    registry.add_recognizer(card_recognizer())
    registry.add_recognizer(PhoneShapeRecognizer())
    for url in registry.recognizers:  # the same URL matches, without backtracking at every start
        flags: int = getattr(url, "global_regex_flags", 0)
        patterns: list[Any] = getattr(url, "patterns", []) if isinstance(url, UrlRecognizer) else []
        for pattern in patterns:
            if pattern.name == "Non schema URL" and flags:
                pattern.compiled_regex = BoundedSchemelessUrl(pattern.regex, flags)
                pattern.compiled_with_flags = flags
    if ner is not None:
        registry.add_recognizer(person_recognizer(
            load_first_names(first_names),
            load_surnames(first_names),
            load_english_words(model),
            load_english_verbs(model)))
    for rec in registry.recognizers:
        context_words.update(w.strip().lower() for w in getattr(rec, "context", None) or ())
    # context words may also follow the value ("555 0134 (mobile)"): two words after it
    enhancer = SpanContextEnhancer(context_prefix_count=5, context_suffix_count=2)
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=ner or blank,
                              supported_languages=["en"], context_aware_enhancer=enhancer)
    names: list[Any] = [getattr(r, "name", "?") for r in registry.recognizers]
    logger.debug("built PII engine model=%s recognizers=%s", model, names)
    return analyzer, ner, blank
