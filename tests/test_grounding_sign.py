"""GroundingGuard and the sign of a number: "-4.5%" is not supported by a document's "up 4.5%",
but is by "down 4.5%" (documents often state the direction in words)."""

from __future__ import annotations

import pytest

from guardwire import Context, Decision
from guardwire.guards._signs import directions
from guardwire.guards.grounding import GroundingGuard


def missing(answer: str, doc: str) -> list[str]:
    d = GroundingGuard(min_tokens=1)(answer, Context(docs=[doc]))
    assert isinstance(d, Decision)
    return [n for r in d.data.get("unsupported", []) for n in r["missing_numbers"]]


@pytest.mark.parametrize(("answer", "doc", "wrong"), [
    ("Sales changed by -4.5% in Q3.", "Sales were up 4.5% in Q3.", "-4.5"),
    ("Sales changed by -4.5% in Q3.", "Sales rose 4.5% in Q3.", "-4.5"),
    ("Sales fell 4.5% in Q3.", "Sales changed by +4.5% in Q3.", "-4.5"),
    ("Sales saw a 4.5% decline in Q3.", "Sales increased by 4.5% in Q3.", "-4.5"),
    ("Sales grew 12% in Q3.", "Sales declined 12% in Q3.", "+12"),
    ("Net income was up $3.2 million.", "Net income was down $3.2 million.", "+3.2"),
])
def test_a_contradicted_direction_is_flagged(answer: str, doc: str, wrong: str) -> None:
    assert missing(answer, doc) == [wrong]


@pytest.mark.parametrize(("answer", "doc"), [
    ("Sales changed by -4.5% in Q3.", "Sales were down 4.5% in Q3."),
    ("Sales changed by -4.5% in Q3.", "Sales fell 4.5% in Q3."),
    ("Sales changed by -4.5% in Q3.", "Sales saw a 4.5% decline in Q3."),
    ("Sales fell by 4.5% in Q3.", "Sales changed by −4.5% in Q3."),  # U+2212 minus
    ("Sales changed by +4.5% in Q3.", "Sales grew 4.5% in Q3."),
    ("Sales rose 4.5% in Q3.", "Sales rose 4.5% in Q3."),
])
def test_an_agreeing_direction_is_supported(answer: str, doc: str) -> None:
    assert missing(answer, doc) == []


@pytest.mark.parametrize(("answer", "doc"), [
    ("Sales changed by -4.5% in Q3.", "Sales were 4.5% of revenue in Q3."),  # doc: none
    ("Sales were 4.5% of revenue in Q3.", "Sales were up 4.5% in Q3."),  # answer: none
    # one document says up, another down: not unambiguous, no flag
    ("Sales changed by -4.5% in Q3.", "Sales rose 4.5% in Q2 and fell 4.5% in Q3."),
    ("Sales rose to 4.5% in Q3.", "Sales fell to 4.5% in Q3."),  # a level, not a change
])
def test_no_flag_unless_both_sides_state_a_direction(answer: str, doc: str) -> None:
    assert missing(answer, doc) == []


@pytest.mark.parametrize("text", [
    "They won 3-1 in August.", "On 2024-05-01 at 10:00.", "COVID-19 cases", "10 -15% off",
    "They lost 3-1.", "Prices rose 10-15%.",
    "Q3 -4.5% was reported", "up -4.5%",
])
def test_hyphens_that_are_no_sign(text: str) -> None:
    assert directions(text) == {}
