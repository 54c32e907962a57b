"""Audit 18: an empty (or blank) rewrite got the user's time phrases appended, so the guard
turned a rewriter that returned nothing into the query "last week". It is now flagged like a
structured rewrite: allowed unchanged with ``fired=True`` and the ``missing`` phrases."""

from __future__ import annotations

from datetime import datetime

import pytest

from guardwire import Context
from guardwire.guards.time_phrases import TimePhraseGuard


def _ctx() -> Context:
    return Context(original_input="errors last week", reference_time=datetime(2026, 9, 2, 10))


@pytest.mark.parametrize("rewrite", ["", "   ", "\n", " \t\n "])
def test_an_empty_rewrite_is_flagged_not_filled(rewrite: str) -> None:
    d = TimePhraseGuard()(rewrite, _ctx())
    assert d.action == "allow" and d.fired
    assert d.data["missing"] == ["last week"]
    assert "empty" in d.reason


def test_a_rewrite_with_words_still_gets_the_phrase() -> None:
    d = TimePhraseGuard()("errors", _ctx())
    assert d.action == "rewrite" and d.text == "errors, last week"


def test_a_validated_answer_is_flagged_not_spliced() -> None:
    # response_model=str: the call returns the validated "errors"; the spliced text
    # '"errors", last week' was thrown away (and is no JSON), so nothing said a phrase was lost
    from guardwire import Pipeline, guarded
    from guardwire.testing import FakeLLM, capture_verdicts

    ask = guarded(FakeLLM('"errors"').complete, pipeline=Pipeline(output=[TimePhraseGuard()]),
                  response_model=str)
    with capture_verdicts() as verdicts:
        assert ask("errors last week", guard_ctx=_ctx()) == "errors"
    d = next(d for d in verdicts[-1].decisions if d.guard == "time_phrases")
    assert d.action == "allow" and d.fired and d.data["missing"] == ["last week"]
    assert verdicts[-1].text == '"errors"'


def test_a_json_string_without_a_schema_is_still_spliced() -> None:
    d = TimePhraseGuard()('"errors"', _ctx())
    assert d.action == "rewrite" and d.text == '"errors", last week'


def test_kinds_as_a_string_names_the_list_to_write() -> None:
    from guardwire import ConfigError

    with pytest.raises(ConfigError, match=r"got a string 'date' \(write a list: \['date'\]\)"):
        TimePhraseGuard(kinds="date")
    assert TimePhraseGuard(kinds=["date"]).kinds == frozenset({"date"})
