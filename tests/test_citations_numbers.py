"""CitationGuard ``check_numbers``: a machine-added citation never points to a document that
does not hold the sentence's numbers (the grounding guard's rule), and a model's own citation
of such a document is listed in ``misattributed``."""

from __future__ import annotations

from typing import Any

import pytest

from _config_kit import relaxed_default_routes
from guardwire import Context
from guardwire._demo import _docs
from guardwire.guards._text import record_fact
from guardwire.guards.citations import CitationGuard, find_citation_markers
from guardwire.guards.grounding import GroundingGuard
from guardwire.testing import FakeLLM

DOORS = ["The loading dock camera recorded the side door opening after hours 12 times on "
         "Monday and Wednesday.",
         "The lobby camera recorded the same badge holder entering the server room on "
         "Thursday night."]


def cite(text: str, docs: Any = DOORS, ctx: Context | None = None, **kw: Any) -> Any:
    return CitationGuard(method="bm25", **kw)(text, ctx or Context(docs=docs))


def test_default_rag_route_does_not_cite_a_document_for_a_number_it_lacks() -> None:
    """The reported case: "... 14 times on Monday and Wednesday [1]." while grounding said
    missing_numbers=['14']."""
    ctx = Context(docs=_docs())
    answer = "The side door opened after hours 14 times on Monday and Wednesday."
    out = relaxed_default_routes()["rag"].wrap(FakeLLM([answer]).complete)("q", guard_ctx=ctx)
    assert not find_citation_markers(str(out)), out
    decisions = {d.guard: d for v in ctx.verdicts for d in v.decisions}
    assert decisions["grounding"].data["unsupported"][0]["missing_numbers"] == ["14"]
    [gap] = decisions["citations"].data["numbers_not_cited"]
    assert gap["missing_numbers"] == ["14"] and gap["not_cited"] == [1] and gap["docs"] == []


def test_wrong_number_gets_no_marker_right_number_keeps_it_option_turns_it_off() -> None:
    text = "The side door opened after hours 14 times. The server room was entered on Thursday."
    d = cite(text)
    assert d.text == ("The side door opened after hours 14 times. "
                      "The server room was entered on Thursday [2].")
    assert [g["missing_numbers"] for g in d.data["numbers_not_cited"]] == [["14"]]
    assert cite(text.replace("14", "12")).text.startswith("The side door opened after hours "
                                                           "12 times [1].")
    assert "numbers_not_cited" not in cite(text.replace("14", "12")).data
    off = cite(text, check_numbers=False)  # the old behaviour
    assert off.text.startswith("The side door opened after hours 14 times [1].")
    assert "numbers_not_cited" not in off.data


def test_another_document_holding_the_number_is_cited_instead() -> None:
    docs = ["Revenue of the company grew strongly in 2023 across all regions of Europe.",
            "In 2023 the company reported revenue growth of 14% in Europe."]
    d = cite("Revenue of the company grew 14% in Europe in 2023.", docs)
    assert d.text == "Revenue of the company grew 14% in Europe in 2023 [2]."
    assert d.data["numbers_not_cited"][0]["not_cited"] == [1]


@pytest.mark.parametrize(("claim", "doc", "cited"), [
    ("Visitors numbered 11.872 last year.", "Visitors numbered 11,872 last year.", True),
    ("Sales reached 12.5 million units.", "Sales reached 12,500,000 units.", True),
    ("Sales reached $12.5 billion.", "Sales reached $12.5 million.", False),
    ("The rate rose to 3,5 % last year.", "The rate rose to 35 % last year.", False),
    ("The house has 5 bedrooms and a garden.", "The house has 3 bedrooms and a garden.", False),
    ("The audit was signed on 2024-05-01 by the board.",
     "The audit was signed on 1 May 2024 at 14:05 by the board.", True),
])
def test_same_rule_as_grounding_locales_scales_counts_dates(claim: str, doc: str,
                                                            cited: bool) -> None:
    d = cite(claim, [doc])
    assert bool(d.text and find_citation_markers(d.text)) is cited, d
    [record] = GroundingGuard().score_sentences(claim, [doc])
    assert (not record["missing_numbers"]) is cited  # the two guards agree


def test_fallback_doc_needs_the_numbers_too() -> None:
    docs = ["Totally unrelated text about gardening and roses.", "Weather notes for July."]
    d = cite("Quarterly churn was 17 percent overall.", docs, fallback_doc=1)
    assert d.action == "allow" and d.data["picks"][0]["docs"] == []
    assert cite("Quarterly churn was high overall.", docs, fallback_doc=1).text.endswith("[1].")


def test_pipeline_values_and_pii_placeholders_are_not_the_models_numbers() -> None:
    ctx = Context(docs=DOORS)
    record_fact(ctx.state, "value", "14")  # a slot the pipeline filled from metadata
    assert cite("The side door opened after hours 14 times.", ctx=ctx).text.endswith("[1].")
    ctx = Context(docs=DOORS)
    ctx.vault.put("<ORGANIZATION_47>", "Acme")  # the PII guard's, no number 47 of the model
    text = "The side door of <ORGANIZATION_47> opened after hours 12 times."
    assert cite(text, ctx=ctx).text.endswith("times [1].")
    assert not cite("The side door of <ORGANIZATION_47> opened 12 times [1].", ctx=ctx).fired


def test_model_citing_a_document_without_its_number_is_misattributed() -> None:
    d = cite("The side door opened after hours 14 times [1].")
    assert d.action == "allow" and d.fired
    [m] = d.data["misattributed"]
    assert m["cited"] == [1] and m["missing_numbers"] == ["14"] and m["best_doc"] is None
    blocked = cite("The side door opened after hours 14 times [1].", on_misattributed="block")
    assert blocked.action == "block"
    assert not cite("The side door opened after hours 12 times [1].").fired
    assert not cite("The side door opened after hours 14 times [1].", check_numbers=False).fired


def test_misattributed_numbers_name_the_document_that_holds_them() -> None:
    docs = ["Revenue of the company grew strongly in 2023 across all regions of Europe.",
            "In 2023 the company reported revenue growth of 14% in Europe."]
    [m] = cite("Revenue of the company grew 14% in Europe in 2023 [1].", docs
               ).data["misattributed"]
    assert m["best_doc"] == 2 and m["missing_numbers"] == ["14"]
    # numbers spread over two cited documents are supported by them together
    assert not cite("Revenue grew 14% in Europe in 2023 [1][2].", docs).fired


def test_marker_numbers_are_not_claims() -> None:
    docs = [f"Document {i} about something else entirely." for i in range(1, 12)] + DOORS
    text = "The side door opened after hours 12 times on Monday [12]."
    assert not cite(text, docs).fired


def test_two_documents_holding_the_numbers_together_are_both_cited() -> None:
    docs = ["Mawsynram in India has an average annual rainfall of 11,872 mm.",
            "Cherrapunji holds the record for the most rain in a calendar month, July 1861."]
    text = ("Mawsynram has an average annual rainfall of 11,872 mm and Cherrapunji had the "
            "most rain in July 1861.")
    d = cite(text, docs)
    assert d.text == text[:-1] + " [1][2]."
    assert "numbers_not_cited" not in d.data
    assert cite(text, docs, max_per_sentence=1).action == "allow"  # one marker cannot
    assert not cite(text[:-1] + " [1][2].", docs).fired
