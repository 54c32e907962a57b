"""CitationGuard: the seed's Jaccard fallback, BM25, marker handling, code safety."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardwire import ConfigError, Context
from guardwire.guards._text import code_spans
from guardwire.guards.citations import CitationGuard, cited_doc_numbers, find_citation_markers

DOCS = [
    {"id": "a", "title": "Mawsynram", "text": "Mawsynram village Meghalaya receives rainfall."},
    "Cherrapunji holds the record for rain in a calendar month, July 1861.",
    "Paris is the capital city of France.",
]
ALCE = Path(__file__).resolve().parents[1] / "../shared/evaldata/citations/alce_demos.jsonl"


def run(text: str, docs: Any = DOCS, **kw: Any) -> Any:
    return CitationGuard(**kw)(text, Context(docs=docs))


def test_each_sentence_gets_its_best_document() -> None:
    d = run("Mawsynram in Meghalaya gets rainfall. Cherrapunji had record rain in July 1861.")
    assert d.action == "rewrite"
    assert d.text == ("Mawsynram in Meghalaya gets rainfall [1]. "
                      "Cherrapunji had record rain in July 1861 [2].")
    assert d.data["citations_injected"] is True
    assert [p["docs"] for p in d.data["picks"]] == [[1], [2]]
    assert d.data["fallback"] == 0


def test_second_citation_only_within_ratio_and_at_most_two() -> None:
    docs = ["alpha beta gamma delta", "alpha beta gamma epsilon", "alpha beta zeta theta",
            "unrelated words entirely"]
    g = CitationGuard()
    assert g.attribute(["alpha beta gamma delta."], docs) == [[1, 2]]
    assert CitationGuard(second_ratio=1.0).attribute(["alpha beta gamma delta."], docs) == [[1]]
    wide = CitationGuard(max_per_sentence=3, second_ratio=0.3)
    assert wide.attribute(["alpha beta gamma delta."], docs) == [[1, 2, 3]]


def test_pick_follows_the_seed_rule() -> None:
    g = CitationGuard()
    assert g.pick([0.2, 0.13, 0.11]) == ([1, 2], False)   # 0.13 >= 0.6*0.2; only two
    assert g.pick([0.2, 0.11, 0.0]) == ([1], False)        # 0.11 < 0.12
    assert g.pick([0.05, 0.09, 0.0]) == ([1], True)        # nothing reaches 0.10 -> [1]
    assert CitationGuard(fallback_doc=3).pick([0.0, 0.0, 0.0]) == ([3], True)


def test_floor_fallback_cites_doc_one() -> None:
    d = run("Totally unrelated musings about chess openings.")
    assert d.text == "Totally unrelated musings about chess openings [1]."
    assert d.data["picks"][0]["fallback"] is True


@pytest.mark.parametrize("text", [
    "Mawsynram gets rain [1].",
    "Mawsynram gets rain [2, 3]. Paris is French.",
    "As shown in [1-2], it rains.",
])
def test_answers_that_already_cite_are_never_touched(text: str) -> None:
    d = run(text)
    assert d.action == "allow" and not d.fired


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="ab .\n", max_size=40), st.integers(1, 3), st.text("ab .", max_size=20))
def test_property_cited_answers_are_never_rewritten(before: str, n: int, after: str) -> None:
    d = run(f"{before} [{n}]{after}")
    assert d.action == "allow"


def test_no_citations_inside_code_and_code_markers_do_not_count() -> None:
    text = "Paris is the capital of France.\n\n```python\nx = a[1]\nprint('Paris. France.')\n```"
    d = run(text)
    assert d.text == ("Paris is the capital of France [3].\n\n"
                      "```python\nx = a[1]\nprint('Paris. France.')\n```")


def test_lists_urls_abbreviations_and_decimals() -> None:
    text = ("Dr. Rao measured 3.5 cm of rain at https://example.org/wx.html in Meghalaya.\n"
            "- Paris, France\n- Cherrapunji July 1861")
    d = run(text, check_numbers=False)  # no document holds "3.5": see test_citations_numbers
    assert d.text == ("Dr. Rao measured 3.5 cm of rain at https://example.org/wx.html in "
                      "Meghalaya [1].\n- Paris, France [3]\n- Cherrapunji July 1861 [2]")


def test_no_docs_or_no_prose_is_a_no_op() -> None:
    assert run("Some answer.", docs=[]).action == "allow"
    assert run("```\ncode only\n```").action == "allow"


def test_bm25_method_scores_in_unit_range() -> None:
    d = run("Cherrapunji record rain July 1861.", method="bm25")
    assert d.data["picks"][0]["docs"][0] == 2
    assert 0.0 < d.data["picks"][0]["scores"][0] < 1.0


def test_unknown_markers_flag_strip_block_ignore() -> None:
    text = "It rains [1][7]. Paris [9]."
    flagged = run(text)
    assert flagged.action == "allow" and flagged.fired
    assert flagged.data["unknown_markers"] == [7, 9]
    stripped = run(text, on_unknown_marker="strip")
    assert stripped.text == "It rains [1]. Paris."
    assert run(text, on_unknown_marker="block").action == "block"
    assert not run(text, on_unknown_marker="ignore").fired


def test_marker_parsing() -> None:
    text = "See [1], [2; 4], [3-5] and [6](http://x) and a[7] and `[8]`."
    assert [m[2] for m in find_citation_markers(text)] == [[1], [2, 4], [3, 4, 5]]
    assert cited_doc_numbers("a [2] b [1][2]") == [2, 1]


@pytest.mark.parametrize(("kwargs", "path"), [
    ({"method": "tfidf"}, "method"), ({"floor": 2}, "floor"), ({"second_ratio": 0}, "second_ratio"),
    ({"max_per_sentence": 0}, "max_per_sentence"), ({"fallback_doc": -1}, "fallback_doc"),
    ({"on_unknown_marker": "warn"}, "on_unknown_marker"), ({"k1": 0}, "k1"),
])
def test_bad_options(kwargs: dict[str, Any], path: str) -> None:
    with pytest.raises(ConfigError) as err:
        CitationGuard(**kwargs)
    assert err.value.path == path


def test_alce_attribution_beats_chance() -> None:
    if not ALCE.exists():
        pytest.skip("shared evaldata not available")
    hits = total = 0
    g = CitationGuard(method="bm25")
    for line in ALCE.read_text().splitlines():
        row = json.loads(line)
        units = row["answer_sentences"]
        picks = g.attribute([u["text"] for u in units], row["docs"])
        for unit, pick in zip(units, picks, strict=True):
            total += 1
            hits += any(str(n) in unit["supporting_doc_ids"] for n in pick)
    assert total == 50
    assert hits / total > 0.5  # chance with up to two of five docs is well below this


def test_pipeline_citations_then_footnotes() -> None:
    import guardwire
    from guardwire.guards.footnotes import FootnoteGuard

    pipeline = guardwire.Pipeline(output=[CitationGuard(method="bm25"), FootnoteGuard()])
    verdict = pipeline.check_output(
        "Mawsynram in Meghalaya receives rainfall. Sources: made up.", Context(docs=DOCS))
    assert verdict.text == "Mawsynram in Meghalaya receives rainfall [1].\n\n[1] Mawsynram"
    decision = verdict.by_guard("citations")
    assert decision is not None and decision.data["citations_injected"] is True


def test_tables_and_json_are_not_cited() -> None:
    table = "Paris is the capital of France.\n\n| city | country |\n|---|---|\n| Paris | France |"
    d = run(table)
    assert d.text == ("Paris is the capital of France [3].\n\n"
                      "| city | country |\n|---|---|\n| Paris | France |")
    assert run('{"answer": "Paris is the capital of France."}').action == "allow"
    assert CitationGuard()("Paris.", Context(docs=DOCS, structured={"x": 1})).action == "allow"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="Paris France rain. !?\n-`#|", max_size=80))
def test_property_only_markers_are_added(text: str) -> None:
    d = run(text)
    if d.action == "rewrite":
        assert d.text is not None
        assert re.sub(r" (?:\[\d\])+", "", d.text) == text
        for start, _end, _ in find_citation_markers(d.text):
            assert not any(s <= start < e for s, e in code_spans(d.text))
