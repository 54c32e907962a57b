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


def test_a_fallback_doc_the_request_does_not_have_adds_no_marker() -> None:
    # fallback_doc=5 with two documents cited [2], a document the route never named
    d = CitationGuard(fallback_doc=5)("Xyzzy plugh frobnicate.", Context(docs=DOCS))
    assert d.action == "allow" and d.data["uncited"] == 1
    assert CitationGuard(fallback_doc=5).pick([0.0, 0.0]) == ([], True)
    five = [*DOCS, "a", "b", "Nothing relevant here at all."]
    assert CitationGuard(fallback_doc=5)("Xyzzy plugh.", Context(docs=five)).text == \
        "Xyzzy plugh [5]."
