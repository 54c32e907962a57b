"""Citation markers in the formats models actually write: CJK brackets (【1】, ［1］),
labelled markers ([Doc 2], (Source 3), [citation:1]). An answer citing that way already
cites: the guard must not add a second marker, and the footnote must list those documents."""

from __future__ import annotations

import pytest

from guardwire import Context
from guardwire.guards.citations import CitationGuard, cited_doc_numbers, find_citation_markers
from guardwire.guards.footnotes import FootnoteGuard

DOCS = [
    {"id": "a", "title": "Paris guide", "text": "Paris is the capital of France."},
    {"id": "b", "title": "Berlin guide", "text": "Berlin is the capital of Germany."},
    {"id": "c", "title": "Rome guide", "text": "Rome is the capital of Italy."},
]


@pytest.mark.parametrize(("text", "numbers"), [
    ("巴黎是法国的首都【1】。", [1]),
    ("巴黎是法国的首都【1】【2】。", [1, 2]),
    ("巴黎是法国的首都【1，3】。", [1, 3]),
    ("パリはフランスの首都です［2］。", [2]),
    ("Paris is the capital [Doc 2].", [2]),
    ("Paris is the capital [doc1].", [1]),
    ("Paris is the capital (Doc 3).", [3]),
    ("Paris is the capital (Source 1, Source 2).", [1, 2]),
    ("Paris is the capital [Documents 1 and 3].", [1, 3]),
    ("Paris is the capital [citation:2].", [2]),
    ("Paris is the capital (ref. 2).", [2]),
])
def test_marker_formats_are_recognised(text: str, numbers: list[int]) -> None:
    assert cited_doc_numbers(text) == numbers


@pytest.mark.parametrize("text", [
    "See the doc (2 pages) for details.",
    "Use source 2 as the input of the pipeline.",
    "The document [draft] is open.",
    "Scores were (1) good and (2) bad.",
])
def test_prose_that_is_not_a_marker(text: str) -> None:
    assert find_citation_markers(text) == []


@pytest.mark.parametrize("text", [
    "巴黎是法国的首都【1】。",
    "Paris is the capital of France [Doc 1].",
    "Paris is the capital of France (Source 1).",
])
def test_answer_citing_in_another_format_is_not_cited_again(text: str) -> None:
    d = CitationGuard()(text, Context(docs=DOCS))
    assert d.action == "allow" and d.text is None


def test_footnote_lists_the_documents_cited_in_another_format() -> None:
    d = FootnoteGuard()("Paris is the capital [Doc 1]. Rome too (Doc 3).", Context(docs=DOCS))
    assert d.data["cited"] == [1, 3]
    assert d.text is not None and d.text.endswith("[1] Paris guide\n[3] Rome guide")


def test_strip_keeps_the_markers_format() -> None:
    g = CitationGuard(on_unknown_marker="strip")
    d = g("巴黎是法国的首都【1，7】。罗马【9】。", Context(docs=DOCS))
    assert d.text == "巴黎是法国的首都【1】。罗马。"
    d = g("Paris is the capital [Doc 1, 7].", Context(docs=DOCS))
    assert d.text == "Paris is the capital [Doc 1]."


def test_marker_before_french_spaced_punctuation() -> None:
    docs = ["Berlin est la capitale de l'Allemagne."]
    d = CitationGuard()("Berlin est la capitale de l'Allemagne !", Context(docs=docs))
    assert d.text == "Berlin est la capitale de l'Allemagne [1] !"
    d = CitationGuard()("Berlin est-elle la capitale\u202f?", Context(docs=docs))
    assert d.text == "Berlin est-elle la capitale [1]\u202f?"


SOURCES_DOCS = [{"title": "Paris guide", "text": "Paris is the capital of France."},
                {"title": "Berlin guide", "text": "Berlin is the capital of Germany."}]
BODY = "Paris is the capital of France. Berlin is the capital of Germany."


@pytest.mark.parametrize("tail", [
    "\n\nSources:\n[1] Paris guide\n[2] Berlin guide",
    "\n\n[1] Paris guide\n[2] Berlin guide",
    "\n\n[^1]: Paris guide",
    "\n\n**References**\n- [1] Paris guide",
    "\nSources:\n[1] Paris guide",
])
def test_a_source_list_at_the_end_is_not_an_in_text_citation(tail: str) -> None:
    # the answer counted as "already cites", footnotes then removed the model's list: the
    # user got neither markers nor a footnote
    d = CitationGuard(method="bm25")(BODY + tail, Context(docs=SOURCES_DOCS))
    assert d.text == "Paris is the capital of France [1]. Berlin is the capital of Germany [2]." \
        + tail


def test_with_footnotes_the_answer_ends_up_cited_with_the_built_list() -> None:
    from guardwire import Pipeline

    p = Pipeline(output=[CitationGuard(method="bm25"), FootnoteGuard()])
    v = p.check_output(BODY + "\n\nSources:\n[1] Made up\n[2] Also made up",
                       Context(docs=SOURCES_DOCS))
    assert v.text == ("Paris is the capital of France [1]. Berlin is the capital of Germany "
                      "[2].\n\n[1] Paris guide\n[2] Berlin guide")


def test_in_text_markers_still_mean_the_answer_cites() -> None:
    text = "Paris is the capital [1].\n\nSources:\n[1] Paris guide"
    assert CitationGuard()(text, Context(docs=SOURCES_DOCS)).text is None
