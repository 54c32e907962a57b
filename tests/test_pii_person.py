"""PERSON detection on top of spaCy NER (guards/pii/person/) and the fast NLP glue (nlp.py).

Most tests build a ``Doc`` with spaCy's blank English tokenizer and set the model's entities by
hand, so they check the rules, not a model's guesses. The end-to-end tests at the bottom use
the installed model (skipped without one). All names here are invented.
"""

from __future__ import annotations

import importlib.util
from typing import Any

import pytest
import spacy

from guardwire import Context
from guardwire.guards.pii import PIIRedactor
from guardwire.guards.pii import engine as engine_mod
from guardwire.guards.pii.person import (
    find_persons,
    fold,
    load_first_names,
    load_surnames,
    person_tokens,
)

HAS_MODEL = any(importlib.util.find_spec(m) for m in engine_mod.AUTO_MODELS)
NLP = spacy.blank("en")
FIRST = frozenset({"zorba", "ilse", "maren", "orla", "tamsin", "roman"})


def doc(text: str, *ents: tuple[str, str]) -> Any:
    """A tokenized ``text`` whose entities are the given (surface text, label) pairs."""
    d = NLP(text)
    spans = []
    for surface, label in ents:
        start = text.index(surface)
        span = d.char_span(start, start + len(surface), label=label)
        assert span is not None, surface
        spans.append(span)
    d.ents = spans
    return d


SUR = frozenset({"marwood", "quellbrandt", "brown"})


def names(text: str, *ents: tuple[str, str], first: frozenset[str] = FIRST,
          sur: frozenset[str] = SUR) -> list[str]:
    return [text[p.start:p.end] for p in find_persons(doc(text, *ents), first, text, sur)]


def test_model_person_is_kept_and_other_labels_are_not_persons_without_evidence() -> None:
    assert names("We met Zorba Quill yesterday.", ("Zorba Quill", "PERSON")) == ["Zorba Quill"]
    assert names("We like Quillon Vastra products.", ("Quillon Vastra", "ORG")) == []


def test_org_or_gpe_span_becomes_a_person_with_a_first_name_or_a_cue() -> None:
    text = "The report was written by Zorba Quill last week."
    assert names(text, ("Zorba Quill", "ORG")) == ["Zorba Quill"]
    assert names(text, ("Zorba Quill", "ORG"), first=frozenset()) == []  # "by" is weak
    text = "Please forward it to Mrs. Quillon Vastra today."
    assert names(text, ("Quillon Vastra", "ORG"), first=frozenset()) == ["Quillon Vastra"]
    text = "Quillon Vastra said the numbers were fine."
    assert names(text, ("Quillon Vastra", "GPE"), first=frozenset()) == ["Quillon Vastra"]


def test_a_place_after_a_place_preposition_stays_a_place() -> None:
    assert names("She moved here from Roman last year.", ("Roman", "GPE")) == []
    assert names("She moved here from Roman last year.") == []  # no entity, no relabel


def test_model_span_is_cut_to_its_name_words() -> None:
    text = "Ship to Cindy Varga Apt. 117 please"
    assert names(text, ("Cindy Varga Apt", "PERSON")) == ["Cindy Varga"]
    text = "This song by ex-Zombie Lindqvast is great"
    assert names(text, ("ex-Zombie Lindqvast", "PERSON")) == ["Zombie Lindqvast"]
    text = "Name: Anda Tomevic\nAddress: somewhere"
    assert names(text, ("Anda Tomevic\nAddress", "PERSON")) == ["Anda Tomevic"]


@pytest.mark.parametrize(("text", "ent"), [
    ("The bus station is on Villacher Strasse 89.", "Villacher Strasse"),
    ("Send it to 9816 214 Pavlou Drandakis", "Pavlou Drandakis"),
    ("It is on ul. Zamkowska 33, second floor", "Zamkowska"),
    ("The office is at Rissik St in the centre", "Rissik"),
])
def test_names_inside_street_addresses_are_dropped(text: str, ent: str) -> None:
    assert names(text, (ent, "PERSON")) == []


@pytest.mark.parametrize(("text", "ent"), [
    ("Email: someone@example.org", "Email"),
    ("Hi, can you help?", "Hi"),
    ("It is also known as Jubilee Day.", "Jubilee Day"),
    ("$DEC farming is coming", "DEC"),
    ("Awarded Salesperson of the Month", "Salesperson"),
])
def test_field_labels_dates_and_tickers_are_not_names(text: str, ent: str) -> None:
    assert names(text, (ent, "PERSON")) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("hello, my name is vitoria and I need help", ["vitoria"]),
    ("sometimes people call me višeslav", ["višeslav"]),
    ("I'd like to join accounts with mr. quentaro", ["quentaro"]),
    ("Excuse me, Sir bot, but no", []),  # an address form needs a capital
    ("Please ask Dr. Okafor-Lindqvist about it", ["Okafor-Lindqvist"]),
    ("I want to add my daughter Quillon as a beneficiary", ["Quillon"]),
    ("We talked about Quillon yesterday", []),  # no cue, no first name
])
def test_person_cues(text: str, expected: list[str]) -> None:
    assert names(text, first=frozenset()) == expected


def test_first_names_need_a_cue_or_a_surname_unless_mid_sentence() -> None:
    assert names("Then Ilse Varkonyi called.") == ["Ilse Varkonyi"]
    assert names("Yesterday Ilse arrived late.") == ["Ilse"]
    assert names("Ilse arrived late.") == []  # a lone capitalised word opening a sentence
    assert names("We meet on Sunday with Ilse", first=FIRST | {"sunday"}) == ["Ilse"]


def test_lists_of_single_names_are_completed() -> None:
    text = "We invited Orla, Tamsin, Quillon and Vastrid to dinner."
    assert names(text) == ["Orla", "Tamsin", "Quillon", "Vastrid"]
    assert names("We sell Apples, Pears, Plums and Figs.") == []


def test_a_name_grows_over_the_capitalised_words_after_it() -> None:
    text = "as the assistant to Magnus Quellbrandt, and then"
    assert names(text, ("Magnus", "PERSON"), ("Quellbrandt", "ORG")) == ["Magnus Quellbrandt"]


def test_a_name_found_once_starts_a_name_where_it_recurs() -> None:
    text = "Quillon spent a year as the assistant to Quillon Vastrand, then left."
    assert names(text, ("Quillon", "PERSON"), ("Quillon Vastrand", "ORG")) == [
        "Quillon", "Quillon Vastrand"]


def test_the_name_line_heading_an_address_block() -> None:
    text = "Ilse Marwood\nNorthwind Traders\n12 Elm Row\nLeeds"
    assert names(text, first=frozenset()) == ["Ilse Marwood"]
    text = "Quarterly Report\nThe results of the quarter were good and grew 12 percent overall."
    assert names(text, first=frozenset()) == []  # the next line is prose


def test_name_parts_and_fold() -> None:
    assert person_tokens(["Maren Oyelaran", "Dr. Li", "the"]) == {"Maren", "Oyelaran"}
    assert fold("Árnþórsson") == "arnþorsson"


def test_first_names_list_is_optional(monkeypatch: pytest.MonkeyPatch) -> None:
    assert load_first_names("off") == frozenset()
    installed = importlib.util.find_spec("names") is not None
    got = load_first_names()
    assert bool(got) == installed
    if installed:
        assert "mary" in got and "john" in got
        assert "love" not in got and "sunday" not in got  # rare census entries are words


def test_two_word_entity_ending_in_a_surname_is_a_name() -> None:
    text = "I want to add Quillon Marwood as a beneficiary"
    assert names(text, ("Quillon Marwood", "ORG")) == ["Quillon Marwood"]
    assert names(text, ("Quillon Marwood", "ORG"), sur=frozenset()) == []
    assert names("an orchestra serving Southern Marwood", ("Southern Marwood", "GPE")) == []
    assert names("a concert of Quillon Marwood Vastrid", ("Quillon Marwood Vastrid", "ORG")) == []
    assert names("We painted the wall Brown yesterday.") == []  # a surname alone: no name
    text = "Billing address: Quillon Marwood\n    12 Elm Row"  # the model took the blank too
    assert names(text, ("Quillon Marwood\n    ", "ORG")) == ["Quillon Marwood"]


def test_a_pair_with_a_name_and_a_known_name() -> None:
    text = "Quillon and Marwood were precision engineers."
    assert names(text, ("Marwood", "PERSON")) == ["Quillon", "Marwood"]
    assert names(text, ("Marwood", "PERSON"), sur=frozenset()) == ["Marwood"]
    text = "Words like Wisdom and Vastrid are often mistaken."  # no known name in the pair
    assert names(text, ("Vastrid", "PERSON")) == ["Vastrid"]
    text = "Octavia the Octopus and Marwood"
    assert names(text, ("Marwood", "PERSON"), first=frozenset()) == ["Marwood"]
    text = "Offices of Vastrid, Quillon and Marwood opened."  # a list of three: no pair
    assert names(text, ("Marwood", "PERSON"), first=frozenset()) == ["Marwood"]


def test_a_model_name_after_a_place_phrase_is_a_place() -> None:
    assert names("We flew to Vastrid on Sunday.", ("Vastrid", "PERSON")) == []
    assert names("I'm originally from Vastrid.", ("Vastrid", "PERSON")) == []
    assert names("We flew to Orla on Sunday.", ("Orla", "PERSON")) == ["Orla"]  # a first name
    assert names("We talked to Vastrid on Sunday.", ("Vastrid", "PERSON")) == ["Vastrid"]


def test_names_inside_a_firm_name_are_dropped() -> None:
    text = "The Quillon, Marwood and Vastrid Orchestra was founded in 1970."
    ents = (("Quillon", "PERSON"), ("Marwood", "PERSON"), ("Vastrid", "PERSON"))
    assert names(text, *ents) == []
    assert names("We met Quillon and Vastrid yesterday.", ents[0], ents[2]) == [
        "Quillon", "Vastrid"]
    text = "Thanks to Maren, Orla and Acme Corp for the help."  # known first names stay
    assert names(text, ("Maren", "PERSON"), ("Orla", "PERSON")) == ["Maren", "Orla"]


def test_lower_case_lists_and_full_names() -> None:
    assert names("they had 4: ilse, maren, quorbl and orla.") == [
        "ilse", "maren", "quorbl", "orla"]
    assert names("we sell apples, pears, plums and figs.") == []
    assert names("follow up with ilse marwood soon") == ["ilse marwood"]
    assert names("follow up with maren q marwood soon") == ["maren q marwood"]
    assert names("follow up with ilse marwood soon", sur=frozenset()) == []
    assert names("Then a roman marwood dish") == []  # not a lower-case text, no cue
    assert names("follow up with ilse marwood 12, elm row") == []  # an address


def test_strong_cues_after_a_lone_word() -> None:
    assert names("Quillon lives on Elm Row.", first=frozenset()) == ["Quillon"]
    assert names("Quillon shouted at them.", first=frozenset()) == ["Quillon"]
    text = "between him and Quillon's kid; and"
    assert names(text, ("Quillon", "GPE"), first=frozenset()) == ["Quillon"]
    assert names("Quillon's CEO left.", ("Quillon", "ORG"), first=frozenset()) == []
    assert names("Quillon began writing.", first=frozenset()) == []  # a weak cue alone


def test_surnames_list_is_optional() -> None:
    assert load_surnames("off") == frozenset()
    got = load_surnames()
    assert bool(got) == (importlib.util.find_spec("names") is not None)
    if got:
        assert "smith" in got and "hoffmann" in got
        assert len(got) < len(load_surnames(max_rank=100_000))  # rank cut-off


def test_first_names_option() -> None:
    from guardwire import ConfigError

    with pytest.raises(ConfigError) as err:
        PIIRedactor(ner="off", first_names="maybe")
    assert err.value.path == "first_names"
    assert PIIRedactor(ner="off", first_names="off").first_names == "off"


def test_bisection_finds_the_same_token_as_presidio() -> None:
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    from guardwire.guards.pii.nlp import SpanContextEnhancer

    text = "Call  +1 (212) 555-0134 or\nmail x@y.org, ok?  \n\n end"
    d = NLP(text)
    indices = [t.idx for t in d]
    for start in range(len(text)):
        try:
            want = LemmaContextAwareEnhancer._find_index_of_match_token("w", start, d, indices)
        except ValueError:
            with pytest.raises(ValueError):
                SpanContextEnhancer._find_index_of_match_token("w", start, d, indices)
            continue
        assert SpanContextEnhancer._find_index_of_match_token("w", start, d, indices) == want


def test_nlp_artifacts_lemmas_are_lower_case_tokens() -> None:
    engine = engine_mod.get_engine(None)
    text = "Call ME at HOME, Number 5"
    art = engine._blank_nlp_engine.process_text(text, "en")
    assert art.lemmas == [t.lower_ for t in art.tokens]
    assert "call" in art.keywords and "home" in art.keywords  # context words, not stop words


@pytest.mark.skipif(not HAS_MODEL, reason="no spaCy English model installed")
def test_with_the_model_email_label_is_not_a_name_and_names_are() -> None:
    guard = PIIRedactor()
    d = guard("Email me at ilse.marwood@example.com please", Context())
    assert d.text == "Email me at <EMAIL_ADDRESS_1> please"
    ctx = Context()
    d = guard("my name is vitoria quellbrandt, everyone calls me Vitoria.", ctx)
    assert d.text is not None and "vitoria" not in d.text.lower()
    assert guard.output_companion()(d.text, ctx).text == (
        "my name is vitoria quellbrandt, everyone calls me Vitoria.")
