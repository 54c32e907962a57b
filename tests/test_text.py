"""Shared text helpers: tokenizer, sentence splitter, code spans, document access."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from guardwire.guards._text import (
    code_spans,
    doc_meta,
    doc_text,
    doc_token_sets,
    mask_code,
    split_sentences,
    tokens,
)


def sentences(text: str) -> list[str]:
    return [s.of(text) for s in split_sentences(text) if s.kind == "sentence"]


def test_tokens_follow_the_seed_rule() -> None:
    assert tokens("The cat's 12 big DOGS ran_fast, and 2026!") == {
        "cat", "big", "dogs", "ran", "fast", "2026"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr. Smith arrived. He left.", ["Dr. Smith arrived.", "He left."]),
        ("Pi is 3.14 today. Next.", ["Pi is 3.14 today.", "Next."]),
        ("Use e.g. apples or i.e. pears. Done.", ["Use e.g. apples or i.e. pears.", "Done."]),
        ("See https://example.com/a.b?x=1. Then stop.",
         ["See https://example.com/a.b?x=1.", "Then stop."]),
        ("Version 1.2.3 shipped. The U.S. Army agreed.",
         ["Version 1.2.3 shipped.", "The U.S. Army agreed."]),
        ("J. K. Rowling wrote it! Really? Yes.", ["J. K. Rowling wrote it!", "Really?", "Yes."]),
        ("Apples, pears, etc. are fruit. Acme Inc. Was sold.",
         ["Apples, pears, etc. are fruit.", "Acme Inc.", "Was sold."]),
        ("See No. 5 now. I said no. Then it ended.",
         ["See No. 5 now.", "I said no.", "Then it ended."]),
        ('He said "stop." Then he left.', ['He said "stop."', "Then he left."]),
    ],
)
def test_sentence_splitting(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_lists_and_headings_are_units() -> None:
    text = "# Results\nIntro line:\n- first item\n- second item. Still second\n1. numbered\n2) two"
    spans = split_sentences(text)
    assert [(s.kind, s.of(text)) for s in spans] == [
        ("heading", "Results"), ("sentence", "Intro line:"), ("sentence", "first item"),
        ("sentence", "second item."), ("sentence", "Still second"), ("sentence", "numbered"),
        ("sentence", "two")]


def test_code_blocks_are_single_code_spans() -> None:
    text = "Run this.\n\n```python\nx = 1. \nprint('A. B')\n```\nAfter. Done"
    spans = split_sentences(text)
    kinds = [(s.kind, s.of(text)) for s in spans]
    assert kinds == [("sentence", "Run this."),
                     ("code", "```python\nx = 1. \nprint('A. B')\n```"),
                     ("sentence", "After."), ("sentence", "Done")]


def test_unclosed_fence_runs_to_end() -> None:
    text = "Intro.\n```\ncode. More code."
    assert [s.kind for s in split_sentences(text)] == ["sentence", "code"]


def test_inline_code_does_not_split_and_is_masked() -> None:
    text = "Call `a. B()` now. Next."
    assert sentences(text) == ["Call `a. B()` now.", "Next."]
    assert code_spans(text) == [(5, 13)]
    masked = mask_code(text)
    assert len(masked) == len(text) and "a. B" not in masked


def test_doc_access_for_strings_mappings_and_objects() -> None:
    d = {"id": "7", "title": "T", "text": "body", "metadata": {"risk": "L3"}, "score": 2}
    assert doc_text("plain") == "plain"
    assert doc_text(d) == "T\nbody"
    assert doc_meta(d) == {"id": "7", "title": "T", "risk": "L3", "score": 2}
    obj = SimpleNamespace(page_content="pc", metadata={"source": "s"})
    assert doc_text(obj) == "pc"
    assert doc_meta(obj) == {"source": "s"}
    assert doc_meta("plain") == {}


def test_doc_token_sets_memoised_per_request() -> None:
    docs = ["alpha beta", "gamma delta"]
    cache: dict[str, object] = {}
    first = doc_token_sets(docs, cache)
    assert first == [{"alpha", "beta"}, {"gamma", "delta"}]
    assert doc_token_sets(docs, cache) == first
    other = ["epsilon zeta"]
    assert doc_token_sets(other, cache) == [{"epsilon", "zeta"}]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab .!?\n-*#`1", max_size=60))
@example("``` ")  # an unclosed fence used to keep its trailing whitespace
def test_property_spans_are_ordered_disjoint_and_trimmed(text: str) -> None:
    spans = split_sentences(text)
    last = 0
    for s in spans:
        assert last <= s.start < s.end <= len(text)
        chunk = s.of(text)
        assert chunk == chunk.strip()
        last = s.end


def test_table_rows_and_json_detection() -> None:
    from guardwire.guards._text import looks_like_json

    text = "Intro.\n| a | b |\n|---|---|\nAfter."
    assert [(s.kind, s.of(text)) for s in split_sentences(text)] == [
        ("sentence", "Intro."), ("table", "| a | b |"), ("table", "|---|---|"),
        ("sentence", "After.")]
    assert looks_like_json('{"a": [1, 2]}') and looks_like_json(" [1] ")
    assert not looks_like_json("[1] is a citation.") and not looks_like_json("{broken")


def test_doc_text_reads_content_block_lists() -> None:
    # {"content": [{"type": "text", "text": ...}]} (a chat-API document) read as "": every
    # sentence was cited [1] by fallback and grounding flagged the whole answer
    doc = {"title": "T", "content": [{"type": "text", "text": "Paris is the capital."},
                                     {"type": "image", "source": "x"}, "Second part."]}
    assert doc_text(doc) == "T\nParis is the capital.\nSecond part."
    assert doc_text({"text": ["a b", "c d"]}) == "a b\nc d"
    assert doc_text({"text": None, "content": "body"}) == "body"
    assert doc_text({"content": []}) == ""
