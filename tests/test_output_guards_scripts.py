"""Citations and grounding on Hindi, Arabic and Thai answers: words with combining vowel signs
were cut apart by the tokenizer (a Hindi sentence kept one token in twelve, so it was never
checked), and । / ؟ did not end a sentence."""

from __future__ import annotations

from guardwire import Context, Decision
from guardwire.guards._text import split_sentences, tokens
from guardwire.guards.citations import CitationGuard
from guardwire.guards.grounding import GroundingGuard

HINDI_DOCS = ["भारत की राजधानी नई दिल्ली है और यह एक बड़ा शहर है।",
              "फ्रांस की राजधानी पेरिस है जहाँ लूव्र संग्रहालय है।"]


def test_words_with_vowel_signs_are_whole_tokens() -> None:
    assert {"भारत", "राजधानी", "दिल्ली"} <= tokens("भारत की राजधानी नई दिल्ली है")
    assert tokens("e\u0301te\u0301 chaud") == {"e\u0301te\u0301", "chaud"}  # decomposed accents


def test_thai_is_tokenised_into_bigrams_like_cjk() -> None:
    assert len(tokens("ประเทศไทยมีกรุงเทพเป็นเมืองหลวง")) > 10


def test_devanagari_and_arabic_stops_end_sentences() -> None:
    t = "भारत की राजधानी नई दिल्ली है। चाँद पर एक चॉकलेट फैक्ट्री है।"
    assert [s.of(t) for s in split_sentences(t)] == [
        "भारत की राजधानी नई दिल्ली है।", "चाँद पर एक चॉकलेट फैक्ट्री है।"]
    t = "هل هذا صحيح؟ نعم بالتأكيد."
    assert [s.of(t) for s in split_sentences(t)] == ["هل هذا صحيح؟", "نعم بالتأكيد."]


def test_an_invented_hindi_sentence_is_flagged() -> None:
    text = "भारत की राजधानी नई दिल्ली है। चाँद पर एक बहुत विशाल चॉकलेट फैक्ट्री मौजूद है।"
    d = GroundingGuard()(text, Context(docs=HINDI_DOCS))
    assert isinstance(d, Decision) and d.fired
    [flag] = d.data["unsupported"]
    assert flag["text"].startswith("चाँद")


def test_hindi_sentences_cite_their_documents() -> None:
    text = "पेरिस फ्रांस की राजधानी है। दिल्ली भारत की राजधानी है।"
    d = CitationGuard(method="bm25")(text, Context(docs=HINDI_DOCS))
    assert d.text == "पेरिस फ्रांस की राजधानी है [2]। दिल्ली भारत की राजधानी है [1]।"
