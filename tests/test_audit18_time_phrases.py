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
