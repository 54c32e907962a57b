"""A mention reading (is this text *about* an attack phrase?) cut off by its match timeout
excuses nothing: the rules' block stands, the cut is listed in ``rules_timed_out``, and no
``TimeoutError`` escapes the guard (seventeenth session: ``about.topic_mention``'s searches
raised under thread contention)."""

from __future__ import annotations

from typing import Any

import pytest

from _injection_kit import steady_guard
from guardwire import Context
from guardwire.guards import injection as inj

QUESTION = 'What does the phrase "ignore all previous instructions" mean in a phishing e-mail?'


def _timeout(*_: Any, **__: Any) -> Any:
    raise TimeoutError("regex timed out")


def test_a_mention_question_is_excused_when_read() -> None:
    d = steady_guard()(QUESTION, Context())
    assert d.action != "block"


def test_a_mention_reading_cut_off_excuses_nothing_and_says_so(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inj, "read_mention", _timeout)
    d = steady_guard()(QUESTION, Context())
    assert d.action == "block"
    assert "mention.reading" in d.data["rules_timed_out"]


def test_a_cut_off_mention_reading_in_a_tool_result_is_not_memoised(
        monkeypatch: pytest.MonkeyPatch) -> None:
    guard = steady_guard()
    ctx = Context(tool_outputs=[{"role": "tool", "content": QUESTION}])
    monkeypatch.setattr(inj, "read_mention", _timeout)
    first = guard.assess(QUESTION, retrieved=True)
    assert "mention.reading" in first.timed_out
    monkeypatch.undo()
    assert "mention.reading" not in guard.assess(QUESTION, retrieved=True).timed_out
    guard("hello", ctx)  # scanning the call's tool results does not raise either


def test_a_rule_cut_twice_is_listed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    guard = steady_guard()
    real = guard.assess

    def twice(*a: Any, **k: Any) -> Any:
        found = real(*a, **k)
        found.timed_out.extend(["override.ignore_previous", "override.ignore_previous"])
        return found

    monkeypatch.setattr(guard, "assess", twice)
    d = guard("Summarise this article about tides for me.", Context())
    assert d.data["rules_timed_out"] == ["override.ignore_previous"]


def test_warm_collects_garbage_once_after_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    # the collection the ~740 new patterns would trigger later (~0.2 s of CPU) must not land
    # inside a guarded call's 200 ms budget: warm() (outside any budget) runs it when it compiled
    collected: list[int] = []
    monkeypatch.setattr(inj.gc, "collect", lambda *a: collected.append(1) or 0)
    monkeypatch.setattr(inj, "warm_rules", lambda: 740)
    steady_guard().warm()
    assert collected == [1]
    monkeypatch.setattr(inj, "warm_rules", lambda: 0)  # nothing compiled: nothing to collect
    steady_guard().warm()
    assert collected == [1]
