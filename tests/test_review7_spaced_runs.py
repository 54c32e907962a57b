"""A number grouped by plain spaces ("1 234 567 euros") read apart as a list of numbers let
a claim that dropped or changed its leading group pass grounding and citations (seventh
session review). The list reading stays for runs that look like a list or a table row."""

from __future__ import annotations

import pytest

from guardwire import Context
from guardwire.guards.citations import CitationGuard
from guardwire.guards.grounding import GroundingGuard


def _missing(answer: str, docs: list[str]) -> list[str]:
    d = GroundingGuard()(answer, Context(docs=docs))
    return [n for r in d.data.get("unsupported", []) for n in r["missing_numbers"]]  # type: ignore[union-attr]


@pytest.mark.parametrize(("answer", "doc", "missing"), [
    # the millions dropped: "234" and "567" of the document's run supported "234 567"
    ("Le chiffre d'affaires 2023 était de 234 567 euros.",
     "Le chiffre d'affaires 2023 était de 1 234 567 euros.", "234567"),
    ("Le chiffre d'affaires 2023 était de 567 euros.",
     "Le chiffre d'affaires 2023 était de 1 234 567 euros.", "567"),
    ("Le total 2023 était de 234 euros.", "Le total 2023 : 1 234 euros.", "234"),
    # a wrong leading digit: its one-digit group was not checked at all
    ("The budget was 7 200 300 euros in 2023.", "The budget was 1 200 300 euros in 2023.",
     "7200300"),
    # an amount with a unit or currency, or round thousands, is one number
    ("Le budget 2023 est de 340 euros.", "Le budget 2023 est de 120 340 560 euros.", "340"),
    ("The 2023 budget was $340.", "The 2023 budget was $120 340 560.", "340"),
    ("The town had 450 inhabitants in 2023.", "The town had 450 000 inhabitants in 2023.",
     "450"),
])
def test_a_number_grouped_by_spaces_is_not_read_apart(answer: str, doc: str,
                                                      missing: str) -> None:
    assert _missing(answer, [doc]) == [missing]
    d = CitationGuard()(answer, Context(docs=["Nothing related.", doc]))
    assert "numbers_not_cited" in d.data


@pytest.mark.parametrize(("answer", "doc"), [
    ("Scores were 120 340 560 in the three rounds of 2023.",
     "Scores were 120, 340 and 560 in the three rounds of 2023."),
    ("Revenue was 340 in Q2 2023.", "Revenue 2023 (Q1 Q2 Q3): 120 340 560"),
])
def test_a_list_or_a_table_row_is_still_read_both_ways(answer: str, doc: str) -> None:
    assert _missing(answer, [doc]) == []
