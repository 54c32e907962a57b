"""Citations: a sentence with the right numbers in the wrong context was cited. "Revenue grew
8%, while operating costs rose 5%" was cited to the document saying revenue grew 5% and costs
rose 8% (it holds both numbers and most of the words)."""

from __future__ import annotations

from guardwire import Context
from guardwire.guards.citations import CitationGuard

OURS = "Quarterly report. Revenue grew 5% in the third quarter and operating costs rose 8%."
RIVAL = "Rival's quarterly report. Revenue grew 8% in the third quarter and costs rose 5%."
SWAPPED = "Revenue grew 8% in the third quarter, while operating costs rose 5%."
RIGHT = "Revenue grew 5% in the third quarter, while operating costs rose 8%."


def picked(answer: str, docs: list[str]) -> list[int]:
    d = CitationGuard()(answer, Context(docs=docs))
    return [n for p in d.data.get("picks", []) for n in p["docs"]]


def test_a_document_giving_the_figures_to_other_things_is_not_cited() -> None:
    assert picked(SWAPPED, [OURS]) == []
    assert picked(SWAPPED, [OURS, RIVAL]) == [2]
    assert picked(RIGHT, [OURS, RIVAL]) == [1]


def test_the_models_own_citation_of_it_is_misattributed() -> None:
    d = CitationGuard()(SWAPPED + " [1]", Context(docs=[OURS, RIVAL]))
    assert d.fired
    found = d.data["misattributed"]
    assert found[0]["cited"] == [1] and found[0]["best_doc"] == 2
    assert sorted(found[0]["missing_numbers"]) == ["5", "8"]
    assert not CitationGuard()(RIGHT + " [1]", Context(docs=[OURS, RIVAL])).fired


def test_check_numbers_off_cites_by_words_alone() -> None:
    d = CitationGuard(check_numbers=False)(SWAPPED, Context(docs=[OURS]))
    assert [n for p in d.data["picks"] for n in p["docs"]] == [1]


def test_a_document_stating_the_number_with_another_unit_or_quarter_is_not_cited() -> None:
    # grounding flagged these (45 km / 45 miles, Q3 / Q2) while citations cited the document
    miles = "The new bridge over the bay is 45 miles long and opened in 1998."
    km = "The new bridge over the bay is 45 km long and opened in 1998."
    assert picked("The new bridge over the bay is 45 km long and opened in 1998.",
                  [miles, km]) == [2]
    assert picked("The new bridge over the bay is 45 km long and opened in 1998.", [miles]) == []
    q2 = "Revenue of the group was $4.5 million in Q2 2020, the report says."
    q3 = "Revenue of the group was $4.5 million in Q3 2020, the report says."
    assert picked("Revenue of the group was $4.5 million in Q3 2020.", [q2, q3]) == [2]
