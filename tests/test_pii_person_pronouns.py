"""Lone names with no cue (the misses left on held-out templates): a capitalised or, in a line
typed without capitals, lower-case word that is no English word (or a listed first name)
with a personal pronoun in its sentence (``Quellbrandt began writing, publishing her first
story``), and two capitalised non-English words alone between lower-case words (``change it
to Olumidey Marwoodsen``). Rule tests use spaCy's blank tokenizer, entities set by hand and a
small word list; the end-to-end ones use the installed model (skipped without one). All
names here are invented."""

from __future__ import annotations

import importlib.util

import pytest

from guardwire import Context
from guardwire.guards.pii import PIIRedactor
from guardwire.guards.pii import engine as engine_mod
from guardwire.guards.pii.person.lexicon import load_english_words
from test_pii_name_orders import ENGLISH, names

HAS_MODEL = any(importlib.util.find_spec(m) for m in engine_mod.AUTO_MODELS)
needs_model = pytest.mark.skipif(not HAS_MODEL, reason="no spaCy English model installed")
WORDS = ENGLISH | {"begin", "write", "publish", "story", "injure", "give", "address", "debate",
                  "song", "resignation", "letter", "riot", "state", "way", "rue", "painting",
                  "engineer", "account", "change", "correct", "keynote", "speaker", "poem", "began",
                  "given", "join", "band"}


@pytest.mark.parametrize(("text", "name"), [
    ("Quellbrandt began writing, publishing her first story in 2007.", "Quellbrandt"),
    ("He's injured from the waist down, but Virpok just has to go.", "Virpok"),
    ("Yesterday Zorba gave the keys to his brother.", "Zorba"),  # a listed first name
    ("quellbrandt began writing, publishing her first story.", "quellbrandt"),
    ("cormaky had given me his address.", "cormaky"),
])
def test_a_lone_name_with_a_personal_pronoun_is_found(text: str, name: str) -> None:
    assert names(text, english=WORDS) == [name]
    assert names(text, english=frozenset()) == ([name] if name == "Zorba" else [])


@pytest.mark.parametrize("text", [
    "Then Quellbrandt joined the band.",  # no personal pronoun: nothing says person
    "She wrote her Quellbrandt resignation letter.",  # after "her": a modifier
    "He lives at 12 Main Street, Quellbrandt.",  # an address
    "She moved to Quellbrandt last year.",  # a place
    "He said Quellbrandt Marwoodsen Inc was late.",  # part of a longer capitalised phrase
    "Yesterday she began writing.",  # English words
    "he had given it back, via rue de quellbrandt.",  # lower case after a particle
])
def test_no_lone_name_without_the_evidence(text: str) -> None:
    found = names(text, english=WORDS)
    assert "Quellbrandt" not in found and "quellbrandt" not in found


@pytest.mark.parametrize(("text", "name"), [
    ("Please change it to Olumidey Marwoodsen", "Olumidey Marwoodsen"),
    ("A great song (not by Olumidey Marwoodsen).", "Olumidey Marwoodsen"),
    ("I want to add Olumidey Marwoodsen as a beneficiary", "Olumidey Marwoodsen"),
])
def test_two_capitalised_non_english_words_are_a_name(text: str, name: str) -> None:
    assert names(text, english=WORDS) == [name]
    assert names(text, ("Olumidey Marwoodsen", "ORG"), english=WORDS) == [name]  # relabelled
    assert names(text, english=frozenset()) == []  # no word list: no evidence


@pytest.mark.parametrize("text", [
    'I wrote a poem named "Olumidey Marwoodsen" for it.',  # a title in quotes
    "We bought the Mega Olumidey Marwoodsen set.",  # part of a longer phrase
    "Please change it to Olumidey Report",  # an English word
])
def test_no_two_word_name_without_the_evidence(text: str) -> None:
    assert "Olumidey Marwoodsen" not in names(text, english=WORDS | {"mega", "set"})


@needs_model
@pytest.mark.parametrize(("text", "name"), [
    ("It hurts, but Virpok just has to get over it, he said.", "Virpok"),
    ("quellbrandt began writing as a teenager, publishing her first story.", "quellbrandt"),
])
def test_with_the_model_the_name_is_redacted(text: str, name: str) -> None:
    d = PIIRedactor()(text, Context())
    assert d.text is not None and name not in d.text


def test_irregular_forms_are_english_words() -> None:
    words = load_english_words(next((m for m in engine_mod.AUTO_MODELS
                                     if importlib.util.find_spec(m)), None))
    if not words:
        pytest.skip("no spaCy English model with lemmatizer tables installed")
    assert {"told", "seen", "children", "began"} <= words


@pytest.mark.parametrize(("text", "expected"), [
    ("Is it the best song? Usamovy and Marwood were precision engineers.",
     ["Usamovy", "Marwood"]),
    ("I think Usamovy and Quellbrandt came.", ["Usamovy", "Quellbrandt"]),
])
def test_a_pair_with_a_non_english_word_is_two_names(text: str, expected: list[str]) -> None:
    # before, neither side was found: no listed first name, no cue
    assert names(text, english=WORDS | {"best", "both", "come"}) == expected
    assert names(text, english=frozenset()) == []


@pytest.mark.parametrize("text", [
    "Capitalized words like Wisdom and Discipline.",  # English words
    "The office is at Usamovy and Quellbrandt u. 15.",  # a place
    "Woman's Usamovy and Quellbrandt are magazines.",  # after a possessive: a title
    "We used Usamovy and Quellbrandt Systems.",  # part of a longer capitalised phrase
])
def test_no_pair_without_the_evidence(text: str) -> None:
    found = names(text, english=WORDS | {"capitalize", "word", "wisdom", "discipline",
                                          "office", "magazine", "system", "use"})
    assert "Usamovy" not in found and "Wisdom" not in found


def test_a_possessive_the_model_took_into_the_entity_is_left_out() -> None:
    text = "Olumidey Marwoodsen's killers sentenced"
    # before, the entity "Olumidey Marwoodsen's" failed the name-word test
    assert names(text, ("Olumidey Marwoodsen's", "ORG"), english=WORDS | {"killer",
                                                                        "sentence"}) == [
        "Olumidey Marwoodsen"]


@pytest.mark.parametrize(("text", "name"), [
    ("olumidey marwoodsen lives at 255 main street", "olumidey marwoodsen"),
    ("orla is from the north", "orla"),  # a listed first name
    ("ok. quellbrandt said no", "quellbrandt"),
])
def test_lower_case_words_before_a_person_verb_in_a_lower_case_line(text: str,
                                                                     name: str) -> None:
    assert names(text, english=WORDS | {"north", "live", "main", "street"}) == [name]


@pytest.mark.parametrize("text", [
    "the bill said no",  # after a determiner; English words
    "report said it was fine",  # an English word
    "Olumidey is from Spain. The report said so",  # not a lower-case line
])
def test_no_lower_case_subject_without_the_evidence(text: str) -> None:
    found = names(text, english=WORDS | {"bill", "spain"})
    assert all(not f.islower() for f in found)


def test_a_text_starting_with_a_line_break_is_read_from_its_first_word() -> None:
    # the word before the first one was looked up as the text's last token ("de", a
    # particle), so the name was skipped
    assert names("\nquellbrandt liked her story, de", english=WORDS | {"like"}) == [
        "quellbrandt"]
