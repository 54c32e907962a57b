"""Grounding: a figure attributed to the wrong thing. Both numbers of "revenue grew 8%, costs
5%" are in a document saying "revenue grew 5% and costs rose 8%": each was checked alone, so
the swapped answer passed."""

from __future__ import annotations

import pytest

from guardwire import Context
from guardwire.guards._pairs import mispaired, pair_index, pairs_in
from guardwire.guards.grounding import GroundingGuard

DOC = ("Quarterly report. Revenue grew 5% in the third quarter and operating costs rose 8%, "
       "driven by hiring. The company opened 14 stores and closed 3.")


def flagged(answer: str, docs: list[str], **options: object) -> list[dict[str, object]]:
    d = GroundingGuard(**options)(answer, Context(docs=docs))  # type: ignore[arg-type]
    assert not hasattr(d, "__await__")
    return d.data.get("unsupported", [])  # type: ignore[union-attr,no-any-return]


@pytest.mark.parametrize("answer", [
    "Revenue grew 8% in the third quarter, while operating costs rose 5%.",
    "In the third quarter operating costs rose 5% and revenue grew 8%.",
    "A 5% rise in operating costs and an 8% increase in revenue marked the third quarter.",
])
def test_a_figure_the_documents_give_to_something_else_is_unsupported(answer: str) -> None:
    found = flagged(answer, [DOC])
    assert len(found) == 1
    assert found[0]["mispaired"], found
    assert {m["number"] for m in found[0]["mispaired"]} <= {"5", "8"}  # type: ignore[attr-defined]


@pytest.mark.parametrize("answer", [
    "Revenue grew 5% in the third quarter, while operating costs rose 8%.",
    "Operating costs rose 8% and revenue grew 5% in the third quarter.",
    "A 5% increase in revenue and an 8% rise in operating costs marked the third quarter.",
    "In the third quarter, revenue was up 5%.",
    "Revenue and operating costs grew 5% and 8% respectively in the third quarter.",
    "The company opened 14 stores in the third quarter and revenue grew 5%.",
    "Growth was 5% for revenue in the third quarter.",  # the words after the number count
    # a limit: the documents give 8% to costs, which this sentence does not name; a
    # sentence naming a thing the documents pair with another figure is often a paraphrase
    # ("The city has 45,000 residents" where "the city" had 10,000 in 1900)
    "Revenue grew 8% in the third quarter.",
])
def test_figures_stated_with_their_own_words_pass(answer: str) -> None:
    assert flagged(answer, [DOC]) == []


def test_a_date_is_one_clause() -> None:
    docs = ["It was announced on April 7, 1964, shipped in 1965, and withdrawn in 1977."]
    assert flagged("Withdrawn in 1977, it was announced on April 7, 1964.", docs) == []
    assert pairs_in("announced on April 7, 1964")[0][2] == frozenset({"announced", "april"})


def test_a_year_is_not_contradicted_by_an_amount_of_the_same_words() -> None:
    docs = ["In 2023, revenue reached $5 million. The firm was founded in 1990."]
    assert flagged("Revenue in 2023 was $5 million.", docs) == []
    assert flagged("Revenue in 1990 was $5 million.", docs) == []  # the year is another check's


def test_check_pairs_off_restores_the_old_behaviour() -> None:
    answer = "Revenue grew 8% in the third quarter, while operating costs rose 5%."
    assert flagged(answer, [DOC], check_pairs=False) == []
    assert flagged(answer, [DOC], check_numbers=False) == []


def test_a_value_the_pipeline_filled_is_not_mispaired() -> None:
    from guardwire.guards._text import record_fact

    ctx = Context(docs=[DOC])
    record_fact(ctx.state, "value", "8%")
    d = GroundingGuard()("Revenue grew 8% in the third quarter.", ctx)
    assert not d.data.get("unsupported")  # type: ignore[union-attr]


def test_pairs_and_the_index() -> None:
    assert pairs_in("Revenue grew 5% and costs rose 8%.") == [
        ("5", "%", frozenset({"revenue"})), ("8", "%", frozenset({"costs"}))]
    assert pairs_in("Sales rose from $10 million to $12.5 million.") == [
        ("10000000", "$", frozenset({"sales"})), ("12500000", "$", frozenset({"sales"}))]
    index = pair_index([DOC])
    assert mispaired("Costs rose 5% and revenue 8%.", index) == [
        {"number": "5", "words": ["costs"], "documents": ["8"]},
        {"number": "8", "words": ["revenue"], "documents": ["5"]}]
    assert mispaired("Costs rose 5%.", index) == []  # the documents' 5% is revenue's: not named
    assert mispaired("Costs rose 5%.", index, strict=False) == [
        {"number": "5", "words": ["costs"], "documents": ["8"]}]
    assert mispaired("Costs rose 8%.", index, strict=False) == []
    assert mispaired("Profit rose 8%.", index, strict=False) == []  # no figure of "profit"


def test_long_texts_are_not_paired_and_the_decision_says_so() -> None:
    from guardwire.guards._pairs import MAX_PAIRED_CHARS

    answer = "Revenue grew 8% in the third quarter, while operating costs rose 5%."
    long_doc = DOC + " Filler text about the market." * (MAX_PAIRED_CHARS // 30)
    d = GroundingGuard()(answer, Context(docs=[long_doc]))
    assert d.data.get("pairs_skipped") is True  # type: ignore[union-attr]
    assert not d.data.get("unsupported")  # type: ignore[union-attr]
    d = GroundingGuard()(answer, Context(docs=[DOC]))
    assert "pairs_skipped" not in d.data  # type: ignore[union-attr]
    assert d.data["unsupported"][0]["mispaired"]  # type: ignore[union-attr,index]
