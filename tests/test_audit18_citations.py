"""Audit 18: ``on_unknown_marker="strip"`` took the space before a stripped marker with it even
when a kept marker followed: "Germany [7][2]." became "Germany[2]."."""

from __future__ import annotations

import pytest

from guardwire import Context
from guardwire.guards.citations import CitationGuard

DOCS = ["Paris is the capital of France.", "Berlin is the capital of Germany."]


@pytest.mark.parametrize("answer, expected", [
    ("Berlin is the capital of Germany [7][2].", "Berlin is the capital of Germany [2]."),
    ("Berlin is the capital of Germany [7][8][2].", "Berlin is the capital of Germany [2]."),
    ("Berlin is the capital of Germany [2][7].", "Berlin is the capital of Germany [2]."),
    ("Berlin is the capital of Germany [2] [7].", "Berlin is the capital of Germany [2]."),
    ("Berlin [7]. Paris is the capital of France [1].",
     "Berlin. Paris is the capital of France [1]."),
])
def test_strip_keeps_the_space_before_a_kept_marker(answer: str, expected: str) -> None:
    d = CitationGuard(on_unknown_marker="strip")(answer, Context(docs=DOCS))
    assert d.action == "rewrite" and d.text == expected
