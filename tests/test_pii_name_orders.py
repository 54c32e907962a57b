"""Name shapes the fifth session left half or wholly in the text: an unlisted first name at a
sentence start before a found surname (``Aoife <PERSON_1> will join``), ``Last, First``
(``Author: <PERSON_1>, Zoe``) and lower-case names of unlisted first names after a cue
(``follow up with aoife okafor``). The evidence is that a word is no English word (the
WordNet lemma index the spaCy model ships). Rule tests use spaCy's blank tokenizer, entities
set by hand and a small word list; the end-to-end ones use the installed model (skipped
without one). All names here are invented."""

from __future__ import annotations

import importlib.util
from typing import Any

import pytest

from guardwire import Context
from guardwire.guards.pii import PIIRedactor
from guardwire.guards.pii import engine as engine_mod
from guardwire.guards.pii.person import find_persons
from guardwire.guards.pii.person.lexicon import english_word, load_english_words
from test_pii_person import FIRST, SUR, doc

HAS_MODEL = any(importlib.util.find_spec(m) for m in engine_mod.AUTO_MODELS)
needs_model = pytest.mark.skipif(not HAS_MODEL, reason="no spaCy English model installed")
ENGLISH = frozenset({"yesterday", "producer", "meanwhile", "hello", "paris", "report", "join",
                     "call", "follow", "couple", "month", "review", "mate", "lol"})


def names(text: str, *ents: tuple[str, str], english: frozenset[str] = ENGLISH) -> list[str]:
    d: Any = doc(text, *ents)
    return [text[p.start:p.end] for p in find_persons(d, FIRST, text, SUR, english)]


def test_an_unlisted_first_name_at_a_sentence_start_joins_the_surname_after_it() -> None:
    text = "Aoifeen Marwood will join the call."
    assert names(text, ("Marwood", "PERSON")) == ["Aoifeen Marwood"]
    assert names(text, ("Marwood", "PERSON"), english=frozenset()) == ["Marwood"]  # no list
    # an English word there says nothing
    assert names("Yesterday Marwood called.", ("Marwood", "PERSON")) == ["Marwood"]
    assert names("Producer Marwood called.", ("Marwood", "PERSON")) == ["Marwood"]
    assert names("Producers Marwood called.", ("Marwood", "PERSON")) == ["Marwood"]


def test_last_comma_first_is_one_name() -> None:
    assert names("Author: Marwood, Olumidey", ("Marwood", "PERSON")) == ["Marwood, Olumidey"]
    assert names("Patient: Marwood, Olumidey (DOB 1980)", ("Marwood", "PERSON")) == [
        "Marwood, Olumidey"]
    # (two capitalised words that are no English words of the list are a name too)
    assert names("Attendees: Quellbrandt, Olumidey; Jane Doe",
                 ("Olumidey", "PERSON")) == ["Quellbrandt, Olumidey", "Jane Doe"]
    # a known first name after the comma needs no line end
    assert names("Marwood, Orla called about it.", ("Marwood", "PERSON")) == ["Marwood, Orla"]


def test_lists_and_english_words_are_not_last_first() -> None:
    # items of a list stay items
    assert names("Our founders: Marwood, Orla and Quellbrandt.", ("Marwood", "PERSON"),
                 ("Orla", "PERSON"), ("Quellbrandt", "PERSON")) == [
        "Marwood", "Orla", "Quellbrandt"]
    assert names("They had 3: Ilse, Orla, Maren.", ("Ilse", "PERSON"), ("Orla", "PERSON"),
                 ("Maren", "PERSON")) == ["Ilse", "Orla", "Maren"]
    # an English word before a found first name, or after a found surname
    assert names("Hello, Olumidey", ("Olumidey", "PERSON")) == ["Olumidey"]
    assert names("Paris, Olumidey", ("Olumidey", "PERSON")) == ["Olumidey"]
    assert names("Ask Marwood, Meanwhile it waits.", ("Marwood", "PERSON")) == ["Marwood"]


def test_lower_case_unlisted_names_after_a_cue() -> None:
    assert names("follow up with aoifeen okaforo in a couple of months") == [
        "aoifeen okaforo"]
    assert names("I spoke with aoifeen okaforo about it") == ["aoifeen okaforo"]
    # no cue, or English words: nothing
    assert names("aoifeen okaforo in a couple of months") == []
    assert names("follow up with the report lol") == []
    assert names("follow up with aoifeen okaforo", english=frozenset()) == []  # no list
    # a firm word after it
    assert names("i work with stillwaterx compunetix inc") == []


def test_english_words_come_from_the_models_lemma_tables() -> None:
    assert english_word("producers", frozenset({"producer"}))
    assert english_word("finally", frozenset({"final"}))
    assert not english_word("aoife", frozenset({"producer"}))
    assert load_english_words(None) == frozenset()
    assert load_english_words("no_such_spacy_model_xyz") == frozenset()


@needs_model
@pytest.mark.parametrize(("text", "left"), [
    ("Aoife Nakamura will join the call.", "Aoife"),
    ("Olumide Nakamura's flight is delayed.", "Olumide"),
    ("Author: Ashworth, Olumide", "Olumide"),
    ("follow up with siobhan okafor next week", "siobhan"),
    ("i talked to kwame lindqvist yesterday", "kwame"),
])
def test_with_the_model_no_half_name_reaches_it(text: str, left: str) -> None:
    guard = PIIRedactor()
    ctx = Context()
    d = guard(text, ctx)
    assert d.text is not None and left not in d.text
    words = load_english_words(guard.model)
    assert "yesterday" in words and "aoife" not in words


def test_a_lone_non_word_before_a_person_verb_is_a_name() -> None:
    assert names("Olumidey began writing as a teenager.") == ["Olumidey"]
    assert names("Olumidey is very reliable.") == ["Olumidey"]
    # an English word, or "is a" (a firm or product as often as a person)
    assert names("Producer began writing as a teenager.") == []
    assert names("Quellbrandix is a 501(c)3 charity.") == []
    assert names("Fwd: the minutes") == []  # a label
    assert names("Olumidey began writing.", english=frozenset()) == []  # no list


def test_a_name_addressing_the_reader_at_a_line_start() -> None:
    assert names("Olumidey, can you send the file?") == ["Olumidey"]
    assert names("ok\nOrla, please call me back.") == ["Orla"]  # a known first name
    # English words, greetings, brands with an inner capital, no request after the comma
    assert names("Producer, can you send the file?") == []
    assert names("Hey, can you send the file?") == []
    assert names("ChatGPT, can you explain this?") == []
    assert names("Olumidey, the file is attached.") == []
    assert names("Olumidey, can you send it?", english=frozenset()) == []  # no list
