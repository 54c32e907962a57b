"""The model's own PERSON score as evidence for the PERSON rules (person/tokens.py
``model_person``, greedy_ner.py ``PERSON_START``).

The rule tests build a ``Doc`` with spaCy's blank tokenizer and set the entities and the
per-token scores by hand, so they check the rules, not a model's guesses. All names here are
invented.
"""

from __future__ import annotations

from typing import Any

import spacy

from guardwire.guards.pii.greedy_ner import PERSON_START
from guardwire.guards.pii.person import find_persons
from guardwire.guards.pii.person import tokens as tokens_mod

NLP = spacy.blank("en")


def names(text: str, scores: dict[str, float] | None, *ents: tuple[str, str]) -> list[str]:
    """Names found in ``text`` when the model gives the words in ``scores`` that probability
    of starting a PERSON (``None``: no scores, as after spaCy's own decoder)."""
    d: Any = NLP(text)
    d.ents = [d.char_span(text.index(s), text.index(s) + len(s), label=label)
              for s, label in ents]
    if scores is not None:
        d.user_data[PERSON_START] = [scores.get(t.text, 0.0) for t in d]
    return [text[p.start:p.end] for p in find_persons(d, frozenset(), text, frozenset())]


def test_a_word_the_model_nearly_took_for_a_name_counts_like_a_known_first_name() -> None:
    text = "Why is Vardeka so quiet today?"
    high = tokens_mod.MODEL_PERSON + 0.05
    assert names(text, {"Vardeka": high}) == ["Vardeka"]
    assert names(text, {"Vardeka": tokens_mod.MODEL_PERSON - 0.05}) == []
    assert names(text, None) == []  # no scores: the rules as without them
    # like a known first name, it still needs a cue at the start of a sentence
    assert names("Vardeka opened the door.", {"Vardeka": high}) == []


def test_a_town_after_a_street_and_a_comma_is_not_a_name() -> None:
    text = "Send it to 12 Rue Kaddour, Vardeka please."
    assert names(text, {"Vardeka": 0.9}) == []
    assert names("The winner, Vardeka, was happy.", {"Vardeka": 0.9}) == ["Vardeka"]


def test_a_two_word_entity_with_a_person_score_becomes_a_name() -> None:
    text = "I want to add Vardeka Quillon as a beneficiary."
    ent = ("Vardeka Quillon", "ORG")
    assert names(text, {"Vardeka": 0.9}, ent) == ["Vardeka Quillon"]
    assert names(text, {"Vardeka": 0.05}, ent) == []
    # one word: the score alone does not relabel it ("I work for Zonabix")
    assert names("I work for Zonabix now.", {"Zonabix": 0.9}, ("Zonabix", "ORG")) == []
    # a place after a place preposition stays a place
    assert names("We flew to Porta Vardeka today.", {"Porta": 0.9},
                 ("Porta Vardeka", "GPE")) == []


def test_scores_of_another_length_are_ignored() -> None:
    text = "Why is Vardeka so quiet today?"
    d: Any = NLP(text)
    d.user_data[PERSON_START] = [0.9] * (len(d) + 1)
    assert find_persons(d, frozenset(), text, frozenset()) == []
