"""Numbers a demanding user writes (sixth session): thousands grouped by plain spaces or
apostrophes, decades, and scaled amounts in words."""

from __future__ import annotations

import pytest

from guardwire import Context
from guardwire.guards._numbers import numbers_in
from guardwire.guards.citations import CitationGuard
from guardwire.guards.grounding import GroundingGuard


def _missing(answer: str, docs: list[str]) -> list[str]:
    d = GroundingGuard()(answer, Context(docs=docs))
    return [n for r in d.data.get("unsupported", []) for n in r["missing_numbers"]]  # type: ignore[union-attr]


@pytest.mark.parametrize(("answer", "doc"), [
    # each group of three was a number of its own: "234" and "567" were missing
    ("Le chiffre d'affaires était de 1 234 567 euros en 2023.",
     "Chiffre d'affaires 2023 : 1234567 euros."),
    ("Revenue was 1'234'567 CHF in 2023.", "Revenue was 1,234,567 CHF in 2023."),
    ("Revenue was 1’234’567 CHF in 2023.", "Revenue was 1.234.567 CHF in 2023."),
    ("Le total était de 1 234,5 euros en 2023.", "Le total 2023 : 1234,5 euros."),
])
def test_thousands_grouped_by_spaces_or_apostrophes(answer: str, doc: str) -> None:
    assert _missing(answer, [doc]) == []


def test_a_wrong_grouped_number_is_still_caught() -> None:
    assert _missing("Le chiffre d'affaires était de 1 234 567 euros en 2023.",
                    ["Chiffre d'affaires 2023 : 1 243 567 euros."]) == ["1234567"]
    # two numbers in a row stay two when the second is no group of three
    assert numbers_in("In 2023 150 people came; 5 1234 units.") == {"2023", "150", "1234"}


def test_a_decade_is_supported_by_a_year_in_it() -> None:
    # "1990" of "the 1990s" was a missing number
    assert _missing("It happened in the 1990s, around 1995.", ["It happened in 1995."]) == []
    assert _missing("Sales peaked in the '90s, in 1995.", ["Sales peaked in 1995."]) == []
    assert _missing("It happened in the 1980s, around 1995.",
                    ["It happened in 1995."]) == ["1980s"]


def test_a_documents_decade_still_supports_its_year() -> None:
    assert _missing("Nintendo turned to toys in the 1970.", ["Nintendo turned to toys in the "
                                                             "1970s."]) == []


@pytest.mark.parametrize(("answer", "doc", "missing"), [
    # amounts in words were not read: any "two million" passed
    ("Two million users signed up in 2023.", "3,000,000 users signed up in 2023.", ["2000000"]),
    ("Two million users signed up in 2023.", "2,000,000 users signed up in 2023.", []),
    ("2 million users signed up in 2023.", "Two million users signed up in 2023.", []),
    ("Revenue was twelve million dollars in 2023.", "Revenue was $10 million in 2023.",
     ["12000000"]),
    ("Revenue was twenty-five billion dollars in 2023.", "Revenue was $25 billion in 2023.", []),
    ("There are a million reasons to visit in 2023.", "Visit in 2023.", []),  # a figure of speech
])
def test_scaled_amounts_in_words(answer: str, doc: str, missing: list[str]) -> None:
    assert _missing(answer, [doc]) == missing


def test_citations_reads_them_the_same_way() -> None:
    docs = ["Chiffre d'affaires 2023 : 1 243 567 euros.", "Umsatz 2023: 1234567 Euro."]
    d = CitationGuard()("Le chiffre d'affaires était de 1 234 567 euros en 2023.",
                        Context(docs=docs))
    assert d.text is not None and d.text.endswith("[2].")


@pytest.mark.parametrize(("answer", "doc"), [
    # numbers listed with plain spaces: the run was one number (120340560), flagged against
    # a document listing them with commas
    ("Scores were 120 340 560 in the three rounds of 2023.",
     "Scores were 120, 340 and 560 in the three rounds of 2023."),
    # a plain-text table row (as extracted from a PDF) was one number too, so its figures
    # supported nothing: "340" was missing
    ("Revenue was 340 in Q2 2023.", "Revenue 2023 (Q1 Q2 Q3): 120 340 560"),
])
def test_a_plain_space_run_is_also_read_as_separate_numbers(answer: str, doc: str) -> None:
    assert _missing(answer, [doc]) == []


def test_a_comma_and_a_space_end_a_number() -> None:
    # "120, 340 and 560" was read as 120340 and 560 (the space after the comma continued the
    # number), so a document's list supported none of 120 and 340
    assert numbers_in("Scores were 120, 340 and 560.") == {"120", "340", "560"}
    assert _missing("The second round scored 340 in 2023.",
                    ["Scores were 120, 340 and 560 in 2023."]) == []
    assert numbers_in("Revenue was 1,234,567 euros; 1 234 567 too.") == {"1234567"}


def test_a_wrong_number_in_a_plain_space_run_is_still_caught() -> None:
    assert _missing("Scores were 120 340 570 in the three rounds of 2023.",
                    ["Scores were 120, 340 and 560 in the three rounds of 2023."]) == ["120340570"]
    assert _missing("Revenue was 350 in Q2 2023.",
                    ["Revenue 2023 (Q1 Q2 Q3): 120 340 560"]) == ["350"]
    # a run with a decimal comma or non-breaking spaces is one number only (a locale's)
    assert _missing("Le total était de 234,5 euros en 2023.",
                    ["Le total 2023 : 1 234,5 euros."]) == ["234.5"]
    assert _missing("Le total était de 234 euros en 2023.",
                    ["Le total 2023 : 1\u202f234 euros."]) == ["234"]


def test_citations_reads_a_plain_space_run_both_ways_too() -> None:
    docs = ["Attendance figures are not yet public.",
            "Scores were 120, 340 and 560 in the three rounds of 2023."]
    d = CitationGuard()("Scores were 120 340 560 in the three rounds of 2023.",
                        Context(docs=docs))
    assert d.text is not None and d.text.endswith("[2].")
    assert "numbers_not_cited" not in d.data


@pytest.mark.parametrize("text", ["In 2023 150 300 people came.", "5 1234 units", "12 345 6789",
                                  "Scores 120 340 560.", "1,234 567", "1 234,5", "x 10 200 300"])
def test_runs_read_both_ways_are_the_runs_the_reader_joins(text: str) -> None:
    # "5 1234" gave a run "5123" and "2023 150 300" none ("150 300" was skipped)
    from guardwire.guards._numbers import spaced_runs
    runs = spaced_runs(text)
    assert set(runs) <= numbers_in(text)
    assert all("".join(parts) == joined for joined, parts in runs.items())
    assert ("150300" in runs) == ("150 300" in text)
