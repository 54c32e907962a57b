"""The citation guard's cheap answers to "may this document be cited for this sentence?"
(``NumberCheck.holds`` and ``none_holds``) agree with the full number check (``gap``): they
only skip the unit, pair and date checks when a number is missing whatever those say."""

from __future__ import annotations

import itertools
import random
from typing import Any

import pytest

from guardwire.guards import _number_dates
from guardwire.guards._citation_check import NumberCheck
from guardwire.guards._text import split_sentences

_SUBJECTS = ["revenue", "costs", "headcount", "exports", "the budget", "rainfall"]
_WHEN = ["", " in Q3 2020", " on 12 May 2019", " on 2019-05-12", " in May 2019", " since 2018",
         " on 3 March 2021 at 14:05", " in 20190512", " compared with 2019",
         " from 12 May 2019 to 2025", " between 2019 and 2031"]


def _sentence(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(1, 2)):
        number = rng.choice([str(rng.randint(2, 30)), f"{rng.randint(1, 9)}.{rng.randint(0, 9)}",
                             str(rng.randint(1, 9)), "12", "5", "2019", "03"])
        unit = rng.choice(["%", " km", " miles", "", " bedrooms", " million"])
        parts.append(f"{rng.choice(_SUBJECTS)} {rng.choice(['grew', 'fell', 'was'])} "
                     f"{rng.choice(['', '$'])}{number}{unit}")
    return (" and ".join(parts) + rng.choice(_WHEN) + ".").capitalize()


def _case(seed: int) -> tuple[str, list[str]]:
    rng = random.Random(seed)
    docs = [" ".join(_sentence(rng) for _ in range(rng.randint(1, 6))) for _ in range(4)]
    pool = [s for d in docs for s in d.split(". ")]
    answer = " ".join(rng.choice(pool).rstrip(".") + "." if rng.random() < 0.5
                      else _sentence(rng) for _ in range(6))
    return answer, docs


def test_holds_and_none_holds_agree_with_the_full_gap() -> None:
    subsets = [c for k in (1, 2, 3) for c in itertools.combinations(range(1, 5), k)]
    shortcut = 0
    for seed in range(60):
        answer, docs = _case(seed)
        for span in (s for s in split_sentences(answer) if s.kind == "sentence"):
            fast, full = NumberCheck(answer, docs, {}), NumberCheck(answer, docs, {})
            gaps = {c: full.gap(span, c) for c in subsets}
            for c in subsets:
                assert fast.holds(span, c) == (not gaps[c]), (answer, span, c, gaps[c])
            for pool in subsets:
                if fast.none_holds(span, pool):
                    shortcut += 1
                    assert all(gaps[c] for c in subsets if set(c) <= set(pool)), (answer, pool)
    assert shortcut > 40  # the cases do exercise the shortcut


def test_a_set_lacking_only_a_year_may_still_have_a_citable_part() -> None:
    # together the documents lack only 2031; the first alone lacks 15 too, but its June
    # 2019 lies inside the sentence's dated phrase, which accounts for 15 and 2031 both
    answer = "Sales were flat from 15 May 2019 to 2031."
    docs = ["Sales were flat in June 2019.", "Costs grew 15 times."]
    span = next(s for s in split_sentences(answer) if s.kind == "sentence")
    check = NumberCheck(answer, docs, {})
    assert not check.gap(span, [1])  # the first document may be cited
    assert check.holds(span, [1])
    assert not check.none_holds(span, [1, 2])


def _parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts whose time phrases the date rule parses from now on."""
    texts: list[str] = []
    real = _number_dates._dated_windows

    def counting(text: str, resolved: Any = None) -> Any:
        texts.append(text)
        return real(text, resolved)

    monkeypatch.setattr(_number_dates, "_dated_windows", counting)
    return texts


def test_none_holds_parses_no_dates_when_no_number_may_be_part_of_one(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # 45.5 is missing from every document, and no set of them can drop it by the date rule
    # (it runs only for a number of one or two digits, or eight): the sentence's time
    # phrases were parsed anyway, for every such sentence of an answer (a fifth of a 20 KB
    # number-heavy answer's cost in citations)
    answer = "Revenue grew 45.5% in 2019."
    docs = ["Revenue grew 12.5% in 2019.", "Costs fell in 2019."]
    span = next(s for s in split_sentences(answer) if s.kind == "sentence")
    parsed = _parsed(monkeypatch)
    assert NumberCheck(answer, docs, {}).none_holds(span, [1, 2])
    assert parsed == []
    # with a number that may be part of a date, the sentence is still read
    answer = "Revenue grew 45% in 2019."
    span = next(s for s in split_sentences(answer) if s.kind == "sentence")
    assert NumberCheck(answer, docs, {}).none_holds(span, [1, 2])
    assert parsed == [answer]


def test_holds_reads_no_document_dates_when_a_unit_already_differs(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # "05" is missing until the date rule finds the document's 18 May 2015 inside the
    # sentence's 2015-05-18 (the documents' text around 2015 is parsed for that); the
    # document states 45 in miles, so it may not be cited whatever the dates say
    answer = "The road grew 45 km on 2015-05-18."
    docs = ["The road grew 45 miles on 18 May 2015."]
    span = next(s for s in split_sentences(answer) if s.kind == "sentence")
    parsed = _parsed(monkeypatch)
    check = NumberCheck(answer, docs, {})
    assert not check.holds(span, [1])
    assert parsed == [answer]  # the sentence's phrases, not the document's
    assert check.gap(span, [1]) == ["45 km"]  # reported in full when asked
    assert len(parsed) > 1  # and then the dates are read
