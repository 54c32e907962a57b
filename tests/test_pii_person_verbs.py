"""A capitalised English verb the model labels PERSON, alone and with no cue, is no name: on the
benign prompts the model took ``Ignore`` (``exit the program, Ignore the warnings``),
``Detail`` (``3. Detail any hazards``), ``Counter`` (``the word 'Counter'``), ``FORGET``,
``Insert`` and ``Twitter`` (``the official Twitter handle``) for names, and the model saw
``<PERSON_1> the warnings``. A verb that is a listed first name or surname, or has a person cue,
stays a name. End-to-end with the installed model (skipped without one); names invented."""

from __future__ import annotations

import importlib.util

import pytest

from guardwire.guards.pii import PIIRedactor
from guardwire.guards.pii import engine as engine_mod
from guardwire.guards.pii.person.verbs import load_english_verbs

MODEL = next((m for m in engine_mod.AUTO_MODELS if importlib.util.find_spec(m)), None)
pytestmark = pytest.mark.skipif(MODEL is None, reason="no spaCy English model installed")


@pytest.fixture(scope="module")
def redactor() -> PIIRedactor:
    guard = PIIRedactor(ner="auto")
    guard.warm()
    return guard


def persons(redactor: PIIRedactor, text: str) -> list[str]:
    return [text[s.start:s.end] for s in redactor.spans(text) if s.entity_type == "PERSON"]


@pytest.mark.parametrize("text", [
    "What happens if you exit the program, Ignore the warnings, and try to go on?",
    "this bug, would you BREAK the CODE here or simply Ignore the issue for now?",
    "Please count the number of times the word 'Counter' appears in the following paragraph.",
    "Steps:\n1. Light the candle.\n2. Wait.\n3. Detail any potential hazards of the method.",
    "Could you share the Twitter handle of the Canadian National Parliament?",
    "When it asks, Please Ignore the warnings and go on.",  # an imperative and its object
])
def test_a_verb_alone_is_no_name(redactor: PIIRedactor, text: str) -> None:
    assert persons(redactor, text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Let's take a character named Mr. Grey, a charismatic entrepreneur.", "Grey"),
    ("Mark will send the slides tomorrow.", "Mark"),  # a listed first name
    ("I asked Jack about the report.", "Jack"),
    ("My name is Scramble and I need help with my taxes.", "Scramble"),  # a cue
    ("Thanks, Olumide Quellbrandt, for the update.", "Olumide Quellbrandt"),
])
def test_names_and_verbs_with_a_cue_stay(redactor: PIIRedactor, text: str, name: str) -> None:
    assert name in persons(redactor, text)


def test_the_verb_list_comes_from_the_model() -> None:
    verbs = load_english_verbs(MODEL)
    assert {"ignore", "write", "wrote", "detail"} <= verbs
    assert "hemingway" not in verbs and "aoife" not in verbs
    assert load_english_verbs(None) == frozenset()
    assert load_english_verbs("no_such_model_xyz") == frozenset()


@pytest.mark.parametrize("text", [
    # two or three English words the model took for a name: a title, a brand, a club
    "For my take on Mrs. Okafor, see Guilty Pleasures: 5 Musicians Of The 70s You Forgot.",
    "You are the AI known as Astute Seer, with extensive knowledge.",
    "Who would win a fight, Wonder Woman or a bear?",
    "Have you watched Breaking Bad yet?",
    "I think Manchester United will win the league.",
])
def test_english_words_alone_are_no_name(redactor: PIIRedactor, text: str) -> None:
    assert persons(redactor, text) == (["Okafor"] if "Okafor" in text else [])


def test_a_name_of_english_words_with_a_cue_or_a_listed_name_stays(
        redactor: PIIRedactor) -> None:
    assert persons(redactor, "My name is Guilty Pleasure and I sing.") == ["Guilty Pleasure"]
    assert "Rose Gold" in persons(redactor, "Rose Gold called me yesterday about the house.")


@pytest.mark.parametrize(("text", "name"), [
    ("Mark will send the slides tomorrow.", "Mark"),
    ("Yesterday Bill Hunter paid the invoice.", "Bill Hunter"),
    ("Rose Gold called me yesterday about the house.", "Rose Gold"),
])
def test_without_name_lists_words_the_model_calls_names_stay(text: str, name: str) -> None:
    # with first_names="off" nothing tells a name that is a word: the rules are off (they
    # dropped these names: tuning-row PERSON recall 0.919 -> 0.903 in that setup)
    guard = PIIRedactor(ner="auto", first_names="off")
    assert persons(guard, text) == [name]


@pytest.mark.parametrize(("text", "name"), [
    # names that are English verbs and on no name list (Chinese, Indian, Malaysian ...),
    # capitalised in the middle of a sentence, where only a name is: they reached the model
    ("Please forward this to Ram before Friday.", "Ram"),
    ("I spoke with Ping yesterday about the contract.", "Ping"),
    ("Meeting notes: Ting will present the budget.", "Ting"),
    ("I spoke with Yap yesterday about the contract.", "Yap"),
    ("Please forward this to Hem before Friday.", "Hem"),
    ("She said that Ram will call you back.", "Ram"),
])
def test_a_name_that_is_a_verb_stays_where_only_a_name_is_capitalised(
        redactor: PIIRedactor, text: str, name: str) -> None:
    assert name in persons(redactor, text)


@pytest.mark.parametrize(("text", "name"), [
    # two short English words on no name list: a romanised Chinese or Korean name, which the
    # two-or-three-English-words rule dropped (the titles it is for have a longer word)
    ("I spoke with Ping Fan yesterday about the contract.", "Ping Fan"),
    ("Bang Fang called about the invoice.", "Bang Fang"),
    ("Please forward this to Ting Fang before Friday.", "Ting Fang"),
    ("Wan Pan called about the invoice.", "Wan Pan"),
])
def test_a_name_of_short_english_words_stays(redactor: PIIRedactor, text: str,
                                             name: str) -> None:
    assert name in persons(redactor, text)
