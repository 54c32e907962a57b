"""Grounding: a number with the wrong unit or currency passed when the documents hold the
number: "45 km" against "45 miles", "€4.5 million" against "$4.5 million", "2 percentage
points" against "2%"."""

from __future__ import annotations

from typing import Any

import pytest

from guardwire import Context
from guardwire.guards._units import units_in
from guardwire.guards.grounding import GroundingGuard


def unsupported(claim: str, doc: str) -> list[str]:
    d = GroundingGuard()(claim, Context(docs=[doc]))
    return [n for r in d.data.get("unsupported", []) for n in r["missing_numbers"]]


@pytest.mark.parametrize(("claim", "doc", "listed"), [
    ("The bridge is 45 km long and opened in 1998.", "The bridge is 45 miles long; opened 1998.",
     "45 km"),
    ("The company raised €4.5 million last year.", "The company raised $4.5 million last year.",
     "€4.5 million"),
    ("The company raised 4.5 million euros last year.", "The company raised $4.5m last year.",
     "4.5 million euros"),
    ("Unemployment fell by 2 percentage points in 1998.", "Unemployment fell 2% in 1998.",
     "2 percentage points"),
    ("The upload limit is 45 MB per file since 2023.", "The upload limit is 45 GB per file since "
     "2023.", "45 MB"),
    ("The record high was 45°C in the city in 2020.", "The record high was 45°F in 2020.",
     "45°C"),
    ("The trial lasted 18 months and ended in 2020.", "The trial lasted 18 weeks, ending in 2020.",
     "18 months"),
])
def test_a_number_the_documents_state_only_with_another_unit_is_unsupported(
        claim: str, doc: str, listed: str) -> None:
    assert listed in unsupported(claim, doc)


@pytest.mark.parametrize(("claim", "doc"), [
    ("The bridge is 45 kilometres long and opened in 1998.", "It is 45 km long; opened 1998."),
    ("The bridge is 45 km long and opened in 1998.", "It is 45 long (km); opened 1998."),
    ("The company raised $4.5 million last year.", "The company raised 4.5 million USD last year."),
    ("The company raised US$4.5 million last year.", "The company raised $4.5 million last year."),
    ("Unemployment fell by 2% in 1998, the report said.", "Unemployment fell 2 percent in 1998."),
    ("The bridge is 45 km (28 miles) long and opened in 1998.",
     "The bridge is 45 km (28 mi) long; opened 1998."),
    ("The tower is 45m tall and opened in 1998.", "The tower is 45 ft tall; opened 1998."),
])
def test_the_same_unit_another_spelling_or_a_bare_number_pass(claim: str, doc: str) -> None:
    assert unsupported(claim, doc) == []


def test_units_in() -> None:
    assert units_in("It raised €4.5 million, 45 km away, at 45°C, 5%.") == [
        ("4500000", "€", "€4.5 million"), ("45", "km", "45 km"), ("45", "°C", "45°C"),
        ("5", "%", "5%")]


@pytest.mark.parametrize(("claim", "doc", "supported"), [
    # "Q3" against "Q2": the single digit was never checked, so a wrong quarter passed
    ("Revenue was $4.5 million in Q3 2020.", "Revenue was $4.5 million in Q2 2020.", False),
    ("Revenue was $4.5 million in the third quarter of 2020.",
     "Revenue was $4.5 million in Q2 2020.", False),
    ("Revenue was $4.5 million in Q3 2020.", "Revenue was $4.5 million in the 3rd quarter of "
     "2020.", True),
    ("Revenue was $4.5 million in Q3 2020.", "Revenue was $4.5 million in the third quarter "
     "of 2020.", True),
    ("Revenue was $4.5 million in Q3 2020.", "Revenue was $4.5 million in 2020.", True),
    ("Revenue was $4.5 million in Q3 2020.", "Q2: $3 million. Q3: $4.5 million (2020).", True),
])
def test_a_quarter_the_documents_do_not_name(claim: str, doc: str, supported: bool) -> None:
    assert (unsupported(claim, doc) == []) is supported


def test_a_hyphenated_quarter_is_a_quarter() -> None:
    doc = "Third-quarter revenue grew to $12 million; Q2 was weaker in 2020."
    assert unsupported("In Q3 2020, revenue grew to $12 million.", doc) == []
    assert unsupported("In Q4 2020, revenue grew to $12 million.", doc) == ["Q4"]


def test_grounding_and_citations_of_one_request_read_each_text_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # citations read each document's units again (per cited document) and the answer's units
    # sentence by sentence, after grounding had read them in the same request
    from guardwire.guards import _pairs, _units
    from guardwire.guards.citations import CitationGuard

    read: list[str] = []
    scanned: list[str] = []
    real, real_scan = _units.units_at, _units.number_spots

    def counted(text: str, spots: Any = None) -> list[Any]:
        read.append(text)
        return real(text, spots)

    def counted_scan(text: str) -> list[Any]:
        scanned.append(text)
        return real_scan(text)

    monkeypatch.setattr(_units, "units_at", counted)
    monkeypatch.setattr(_pairs, "units_at", counted)
    # the numbers of each text are read once for the unit and the pair checks (seventh
    # session: they were read twice, once by each)
    monkeypatch.setattr(_units, "number_spots", counted_scan)
    monkeypatch.setattr(_pairs, "number_spots", counted_scan)
    docs = ["The new bridge is 45 miles long, built in Q2 2020.",
            "Revenue grew 5% to $4.5 million last year."]
    answer = "The new bridge is 45 km long. Revenue grew 5% to $4.5 million last year."
    ctx = Context(docs=docs)
    flagged = GroundingGuard()(answer, ctx)
    cited = CitationGuard()(answer, ctx)
    assert [n for r in flagged.data["unsupported"] for n in r["missing_numbers"]] == ["45 km"]
    assert cited.data["numbers_not_cited"][0]["missing_numbers"] == ["45 km"]
    assert sorted(read) == sorted([*docs, answer])
    assert sorted(scanned) == sorted([*docs, answer])
