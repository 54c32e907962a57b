"""CitationGuard on answers that already cite: does each cited document support its sentence?"""

from __future__ import annotations

import pytest

from guardwire import ConfigError, Context
from guardwire.guards.citations import CitationGuard

DOCS = [{"title": "Paris",
         "text": "Paris is the capital and largest city of France, on the Seine."},
        {"title": "Berlin",
         "text": "Berlin is the capital and largest city of Germany, on the Spree."}]


@pytest.mark.parametrize("method", ["jaccard", "bm25"])
def test_a_marker_to_a_document_that_does_not_support_the_sentence_is_flagged(
        method: str) -> None:
    # the answer cited [1] (Paris) for a sentence about Berlin and passed as "already cites"
    d = CitationGuard(method=method)(  # type: ignore[arg-type]
        "Paris lies on the Seine [1]. Berlin lies on the Spree [1].", Context(docs=DOCS))
    assert d.action == "allow" and d.fired
    [bad] = d.data["misattributed"]
    assert (bad["start"], bad["cited"], bad["best_doc"]) == (29, [1], 2)
    assert bad["cited_score"] < bad["best_score"]


@pytest.mark.parametrize("answer", [
    "Paris lies on the Seine [1]. Berlin lies on the Spree [2].",
    "Paris lies on the Seine [1][2].",         # one supporting document is enough
    "Rome is old [2]. Madrid is warm [1].",    # no document supports it: nothing to compare
    "Both are capitals [1, 2].",
])
def test_supported_or_undecidable_markers_are_not_flagged(answer: str) -> None:
    for method in ("jaccard", "bm25"):
        d = CitationGuard(method=method)(answer, Context(docs=DOCS))  # type: ignore[arg-type]
        assert not d.fired and d.text is None, (method, d.data)


def test_block_ignore_and_unknown_markers_together() -> None:
    text = "Paris lies on the Seine [7]. Berlin lies on the Spree [1]."
    d = CitationGuard()(text, Context(docs=DOCS))
    assert d.fired and d.data["unknown_markers"] == [7] and d.data["misattributed"]
    assert CitationGuard(on_misattributed="block")(text, Context(docs=DOCS)).action == "block"
    d = CitationGuard(on_misattributed="ignore")(text, Context(docs=DOCS))
    assert "misattributed" not in d.data and d.data["unknown_markers"] == [7]
    with pytest.raises(ConfigError) as err:
        CitationGuard(on_misattributed="strip")  # type: ignore[arg-type]
    assert err.value.path == "on_misattributed"
    with pytest.raises(ConfigError):
        CitationGuard(misattributed_ratio=0)


def test_a_marker_after_the_full_stop_belongs_to_its_sentence() -> None:
    d = CitationGuard()("Paris lies on the Seine. [2] Berlin lies on the Spree. [2]",
                        Context(docs=DOCS))
    assert [r["start"] for r in d.data["misattributed"]] == [0]


def test_fallback_doc_zero_cites_nothing_rather_than_a_wrong_document() -> None:
    # the fallback always cited [1]: a sentence no document supports was attributed to Paris
    text = "Paris lies on the Seine. Rome is very old."
    d = CitationGuard()(text, Context(docs=DOCS))
    assert d.text == "Paris lies on the Seine [1]. Rome is very old [1]."
    d = CitationGuard(fallback_doc=0)(text, Context(docs=DOCS))
    assert d.text == "Paris lies on the Seine [1]. Rome is very old."
    assert [p["fallback"] for p in d.data["picks"]] == [False, True]
    d = CitationGuard(fallback_doc=0)("Rome is very old.", Context(docs=DOCS))
    assert d.action == "allow" and d.data["fallback"] == 0 and d.data["uncited"] == 1
    with pytest.raises(ConfigError):
        CitationGuard(fallback_doc=-1)
