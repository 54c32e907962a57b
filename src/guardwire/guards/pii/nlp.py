"""Presidio's spaCy NLP engine and context enhancer, without walking the tokens in Python.

Presidio builds its ``NlpArtifacts`` by iterating the spaCy ``Doc`` several times (lemmas,
token offsets, entities twice, a stop-word and punctuation lookup per token) and its context
enhancer scans the tokens linearly for every result. On a 2,000-character text that is a few
milliseconds of Python next to the NER model. Here:

- lemmas are the lower-cased token texts (the guard loads no lemmatizer; Presidio's context
  words are plain lower-case words), read from one ``Doc.to_array`` call;
- stop-word and punctuation lookups are cached per word; spaCy's stop words "call", "home",
  "number" … are not stop words here because they are context words;
- the enhancer finds the token of a match by bisection;
- a pipeline that is only spaCy's greedy NER runs through :class:`.greedy_ner.GreedyNer`
  (the same entities, without spaCy's per-step GIL round trips).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine
from spacy.attrs import IDX, LENGTH

from .greedy_ner import GreedyNer

WORD_CACHE = 16384
"""Most words whose stop-word and punctuation lookups are remembered (then forgotten)."""


class ContextSpacyNlpEngine(SpacyNlpEngine):  # type: ignore[misc]
    """A ``SpacyNlpEngine`` around an already loaded pipeline (never downloads a model)."""

    def __init__(self, nlp: Any, model_name: str, ner_config: Any,
                 context_words: set[str]) -> None:
        super().__init__(models=[{"lang_code": "en", "model_name": model_name}],
                         ner_model_configuration=ner_config)
        self.nlp = {"en": nlp}  # type: ignore[assignment]
        # spaCy's greedy NER decoded without its per-step GIL round trips (same entities)
        self.run: Any = GreedyNer.for_pipeline(nlp) or nlp
        self.context_words = context_words
        self._stop: dict[str, bool] = {}
        self._punct: dict[str, bool] = {}

    def is_stopword(self, word: str, language: str) -> bool:
        known = self._stop.get(word)
        if known is None:
            if len(self._stop) >= WORD_CACHE:  # bounded: user words must not pile up
                self._stop.clear()
            known = self._stop[word] = (word.lower() not in self.context_words
                                        and bool(super().is_stopword(word, language)))
        return known

    def is_punct(self, word: str, language: str) -> bool:
        known = self._punct.get(word)
        if known is None:
            if len(self._punct) >= WORD_CACHE:
                self._punct.clear()
            known = self._punct[word] = bool(super().is_punct(word, language))
        return known

    def process_text(self, text: str, language: str) -> Any:
        doc = self.run(text)
        rows = doc.to_array([IDX, LENGTH]).tolist()
        lemmas = [text[i:i + n].lower() for i, n in rows]
        entities = list(doc.ents)
        score = float(self.ner_model_configuration.default_score or 0.85)
        scores: list[float] = [score] * len(entities)
        entities, scores = self._get_updated_entities(entities, scores)
        artifacts = NlpArtifacts(entities=entities, tokens=doc,
                                 tokens_indices=[r[0] for r in rows], lemmas=lemmas,
                                 nlp_engine=self, language=language, scores=scores)
        # the enhancer tests every context word with `in`: a list made it quadratic
        artifacts.keywords = frozenset(artifacts.keywords)  # type: ignore[assignment]
        return artifacts


class SpanContextEnhancer(LemmaContextAwareEnhancer):  # type: ignore[misc]
    """Presidio's context enhancer, counting the words *after* a match from its last token.

    Presidio counts them from the first token, so a multi-token value such as
    ``416 60 039 office`` uses up its suffix window on its own digits.
    """

    @staticmethod
    def _find_index_of_match_token(word: str, start: int, tokens: Any,
                                   tokens_indices: list[int]) -> int:
        # Presidio's rule (the first token that starts at ``start`` or covers it), by
        # bisection: token ends only grow along the text
        lo, hi = 0, len(tokens_indices)
        while lo < hi:
            mid = (lo + hi) // 2
            if tokens_indices[mid] == start or start < tokens_indices[mid] + len(tokens[mid]):
                hi = mid
            else:
                lo = mid + 1
        if lo == len(tokens_indices):
            raise ValueError("a match starts after the last token")  # never quote the value
        return lo

    def _extract_surrounding_words(self, nlp_artifacts: Any, word: str, start: int) -> list[str]:
        # Presidio's own version, without its DEBUG log of the words (the user's values)
        tokens = nlp_artifacts.tokens
        if not tokens:
            return [""]
        lemmas, keywords = nlp_artifacts.lemmas, nlp_artifacts.keywords
        index = self._find_index_of_match_token(word, start, tokens,
                                                nlp_artifacts.tokens_indices)
        words = {*self._add_n_words_backward(index, self.context_prefix_count, lemmas, keywords),
                 *self._add_n_words_forward(index, self.context_suffix_count, lemmas, keywords)}
        if self.context_suffix_count:
            last = max(0, bisect_left(nlp_artifacts.tokens_indices, start + len(word)) - 1)
            words.update(self._add_n_words_forward(last, self.context_suffix_count, lemmas,
                                                   keywords))
        return list(words)
