"""GroundingGuard's number check with locale formatting: decimal commas, dot and space
thousands separators, trailing zeros."""

from __future__ import annotations

import pytest

from guardwire import Context, Decision
from guardwire.guards.grounding import GroundingGuard


def missing(answer: str, doc: str) -> list[str]:
    d = GroundingGuard(min_tokens=1)(answer, Context(docs=[doc]))
    assert isinstance(d, Decision)
    return [n for r in d.data.get("unsupported", []) for n in r["missing_numbers"]]


@pytest.mark.parametrize(("answer", "doc"), [
    # a decimal comma is not a thousands separator: 3,5 is not 35
    ("Die Quote stieg auf 3,5 Prozent.", "Die Quote stieg auf 35 Prozent."),
    ("Le taux est passé à 12,25 %.", "Le taux est passé à 1225 %."),
    # an English thousands separator is not a decimal point: 1,500 is not 1.5
    ("The fund holds 1,500 tonnes.", "The fund holds 1.5 tonnes."),
    ("The loan is 2.75 percent.", "The loan is 275 percent."),
    ("Upgrade to Python 3.10 now.", "Upgrade to Python 3.1 now."),  # versions: no zero dropped
])
def test_a_different_value_is_flagged(answer: str, doc: str) -> None:
    assert missing(answer, doc)


@pytest.mark.parametrize(("answer", "doc"), [
    ("Mawsynram gets 11.872 mm a year.", "Mawsynram gets 11,872 mm a year."),      # de / en
    ("Mawsynram gets 11\u202f872 mm a year.", "Mawsynram gets 11872 mm a year."),  # fr
    ("Mawsynram gets 11\u00a0872 mm a year.", "Mawsynram gets 11,872 mm a year."),
    ("Umsatz: 1.234.567,89 Euro im Jahr.", "Revenue: 1,234,567.89 euro a year."),
    ("Die Quote lag bei 3,5 Prozent.", "The rate was 3.5 percent."),
])
def test_the_same_value_in_another_format_is_supported(answer: str, doc: str) -> None:
    assert missing(answer, doc) == []
