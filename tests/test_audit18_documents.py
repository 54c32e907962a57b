"""Audit 18: a retrieved document the output guards cannot read (``None``, a mapping with none
of the text keys: ``{"document": ...}``, ``{"chunk": ...}``) was read as "" or "None": the
citation guard then cited it by fallback, ``[1]`` pointing at nothing, with no sign of the
mistake. Now reading it is a ``TypeError`` naming the shapes a document may have, so the guard
fails, its policy decides, and the verdict says so (degraded, for the fail-open guards)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from guardwire import Context, Pipeline, guarded
from guardwire.guards._text import doc_text
from guardwire.guards.citations import CitationGuard
from guardwire.guards.grounding import GroundingGuard
from guardwire.testing import FakeLLM, capture_verdicts

ANSWER = "Berlin is the capital of Germany."


@pytest.mark.parametrize("doc", [None, {"document": ANSWER}, {"chunk": ANSWER, "id": 3}, {}])
def test_an_unreadable_document_is_a_type_error(doc: Any) -> None:
    with pytest.raises(TypeError, match="a document has no text"):
        doc_text(doc)


def test_the_message_names_the_keys_found() -> None:
    with pytest.raises(TypeError, match=r"keys 'document'.*text, content, page_content"):
        doc_text({"document": "x"})


@pytest.mark.parametrize("doc, text", [
    ("plain", "plain"), ({"text": "t"}, "t"), ({"content": []}, ""), ({"text": None}, ""),
    ({"title": "T"}, "T\n"), ({"snippet": "s", "id": 1}, "s"),
    (SimpleNamespace(page_content="pc"), "pc"), (SimpleNamespace(content="c"), "c")])
def test_readable_documents_read_as_before(doc: Any, text: str) -> None:
    assert doc_text(doc) == text


def test_citations_no_longer_cite_an_unreadable_document() -> None:
    guards = [CitationGuard(), GroundingGuard()]
    ask = guarded(FakeLLM(ANSWER).complete, pipeline=Pipeline(output=guards))
    with capture_verdicts() as verdicts:
        out = ask("q", guard_ctx=Context(docs=[{"document": ANSWER}]))
    assert out == ANSWER  # it was "Berlin is the capital of Germany [1]." by fallback
    decisions = {d.guard: d for d in verdicts[-1].decisions}
    for name in ("citations", "grounding"):
        assert decisions[name].outcome == "error"
        assert "a document has no text" in decisions[name].reason
    assert verdicts[-1].degraded
