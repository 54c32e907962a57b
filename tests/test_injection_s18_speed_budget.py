"""Work the scan budget did not count (eighteenth session): a long view's word index, its
searches for the rules' required words, prefix hashes, ordering a repeated view's positions and
a rule's gate tried cost time but no match attempt, so a 75 KB base64-of-base64 text ran ~3x
past the 30 ms budget with nothing cut. Now that work is charged to the budget in attempts
(``AnchorIndex.take_cost``, ``Work.charge``): spent, the rules left and the decoded payloads are
listed in ``timed_out``. Every wall clock is stopped here: only the counted work cuts.
"""

from __future__ import annotations

import base64
import inspect
import math
import random
import time
from typing import Any

import pytest

from guardwire.guards.injection import normalised_view, rules_work
from guardwire.guards.injection.rules import RULES, scan
from guardwire.guards.injection.rules_anchors import AnchorIndex

PROSE = "".join(inspect.getdoc(m) or "" for m in (inspect, base64, random, math))


def b64b64(size: int = 42_000) -> str:
    prose = (PROSE * (size // len(PROSE) + 1))[:size]
    return base64.b64encode(base64.b64encode(prose.encode())).decode()


@pytest.fixture
def stopped(monkeypatch: pytest.MonkeyPatch) -> list[rules_work.Work]:
    """Every wall clock of the scan stopped; the scans' ``Work`` objects, as made."""
    monkeypatch.setattr(time, "perf_counter", lambda: 0.0)
    made: list[rules_work.Work] = []
    real = rules_work.Work.__init__

    def init(self: rules_work.Work, *args: Any, **kw: Any) -> None:
        real(self, *args, **kw)
        made.append(self)

    monkeypatch.setattr(rules_work.Work, "__init__", init)
    return made


def test_a_tiny_budget_stops_at_the_setup_and_says_so(stopped: list[rules_work.Work]) -> None:
    text = b64b64()
    found = scan(text, normalised_view(text), work=300)
    assert found.attempts <= 300
    assert stopped[0].setup > 300  # the index and its searches alone are more than the budget
    assert "encoded.payloads" in found.timed_out  # the decoded layers were not read
    assert len([r for r in found.timed_out if r in {x.id for x in RULES}]) > 100


def test_without_the_charge_the_same_scan_said_nothing(
        stopped: list[rules_work.Work], monkeypatch: pytest.MonkeyPatch) -> None:
    # what the scan did before: the same work, none of it counted, nothing cut
    monkeypatch.setattr(rules_work.Work, "charge", lambda self, cost: None)
    text = b64b64()
    assert scan(text, normalised_view(text), work=300).timed_out == []


def test_the_charge_is_the_same_every_time(stopped: list[rules_work.Work]) -> None:
    text = b64b64()
    view = normalised_view(text)
    first = scan(text, view, work=1500)
    again = scan(text, view, work=1500)
    assert stopped[0].setup == stopped[1].setup > 0
    assert first.timed_out == again.timed_out


def test_the_default_budget_reads_the_base64_of_base64_text_whole(
        stopped: list[rules_work.Work]) -> None:
    text = b64b64()
    found = scan(text, normalised_view(text))
    assert found.timed_out == []
    assert 0 < stopped[0].setup < rules_work.ATTEMPTS_PER_S * 0.03 / 2


@pytest.mark.parametrize("size", [500, 3_000])
def test_short_texts_are_not_charged(stopped: list[rules_work.Work], size: int) -> None:
    # a view under 4,000 characters is searched, not indexed: the setup is not counted
    text = (PROSE * 3)[:size]
    scan(text, normalised_view(text))
    assert stopped[0].setup == 0


def test_no_budget_is_still_no_budget(stopped: list[rules_work.Work]) -> None:
    text = b64b64()
    found = scan(text, normalised_view(text), budget_s=math.inf)
    assert found.timed_out == [] and stopped[0].left == math.inf


def test_an_index_says_what_it_cost() -> None:
    view = normalised_view(PROSE * 10)
    index = AnchorIndex(view, cap=False)
    assert index.take_cost() == 0
    index.positions("instruction")
    cost = index.take_cost()
    assert cost > len(view) / 1000 and index.take_cost() == 0
