"""FootnoteGuard against the source lists models actually write (headings, bold labels
without a colon, CJK brackets and labels), and doc templates with format specs."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from guardwire import Context
from guardwire.guards.footnotes import FootnoteGuard

DOCS = [
    {"id": "a", "title": "Paris guide", "text": "Paris.", "score": 0.91234,
     "authors": ["Ann", "Bob"], "ts": datetime(2026, 4, 7, 14, 31, tzinfo=UTC)},
    {"id": "b", "title": "Berlin guide", "text": "Berlin.", "score": 0.5, "authors": []},
]


def run(text: str, **kw: Any) -> str:
    d = FootnoteGuard(**kw)(text, Context(docs=DOCS))
    return text if d.text is None else d.text


@pytest.mark.parametrize("tail", [
    "**Sources**\n1. Made-up guide\n2. Other",
    "### Sources\n- [1] Made-up guide",
    "Sources\n- Made-up guide",
    "**Sources**\n\n- Made-up guide\n- Other",
    "## References\n\n1. Made-up guide",
    "【1】 Made-up guide, 2020\n【2】 Other",
    "参考资料：\n【1】 编造的指南",
    "Quellen: Erfundener Reiseführer.",
])
def test_model_source_lists_are_replaced(tail: str) -> None:
    out = run(f"Paris is nice [1].\n\n{tail}")
    assert out == "Paris is nice [1].\n\n[1] Paris guide"


def test_a_numbered_answer_without_a_label_is_kept() -> None:
    text = "Steps to follow [1]:\n\n1. Book a train\n2. Visit the Louvre"
    assert run(text).startswith(text)


def test_a_label_word_in_prose_is_kept() -> None:
    text = "Paris is nice [1].\n\nSources of the Seine are in Burgundy."
    assert run(text).startswith(text)


def test_doc_template_with_a_format_spec() -> None:
    # every call raised ValueError (values were all str): a fail-open guard error, so the
    # model's own fabricated source list stayed in the answer
    out = run("Paris is nice [1][2].\n\nSources: made up.",
              doc_template="[{n}] {title} ({score:.2f})")
    assert out == "Paris is nice [1][2].\n\n[1] Paris guide (0.91)\n[2] Berlin guide (0.50)"


def test_doc_template_line_that_cannot_be_formatted_is_skipped() -> None:
    docs = [{"title": "A", "text": "x", "score": "high"}, {"title": "B", "text": "y",
                                                           "score": 0.5}]
    d = FootnoteGuard(doc_template="[{n}] {title} ({score:.1f})")("Hi [1][2].",
                                                                    Context(docs=docs))
    assert d.text == "Hi [1][2].\n\n[2] B (0.5)"


def test_list_values_are_joined_in_doc_lines() -> None:
    out = run("Paris is nice [1].", doc_template="[{n}] {title} by {authors}")
    assert out.endswith("[1] Paris guide by Ann, Bob")


@pytest.mark.parametrize(("kwargs", "path"), [
    ({"labels": ["Sources", ""]}, "labels"),          # "" matched any line opening with ":"
    ({"labels": ["  "]}, "labels"),
    ({"doc_template": ""}, "doc_template"),           # appended a blank footnote
    ({"doc_template": "   "}, "doc_template"),
    ({"fields": {"ts": ""}}, "fields.ts"),            # an empty label: ": 2026-04-07."
])
def test_empty_labels_and_templates_are_config_errors(kwargs: dict[str, Any],
                                                      path: str) -> None:
    from guardwire import ConfigError

    with pytest.raises(ConfigError) as err:
        FootnoteGuard(**kwargs)
    assert err.value.path == path


@pytest.mark.parametrize("template", ["{title}", "- {title}", "{n}. {title}", "<{id}>"])
def test_running_twice_with_any_doc_template_changes_nothing(template: str) -> None:
    # a footnote without a label or [N] was not recognised as the guard's own: a second run
    # (a re-check of a stored answer) appended it again
    guard = FootnoteGuard(doc_template=template)
    once = guard("Paris is nice [1]. Berlin too [2].", Context(docs=DOCS)).text
    assert once is not None
    d = guard(once, Context(docs=DOCS))
    assert d.action == "allow" and d.text is None


def test_an_answer_ending_like_its_footnote_still_gets_it() -> None:
    d = FootnoteGuard(doc_template="{title}")("Read the Paris guide [1].\n\nParis guide",
                                              Context(docs=DOCS))
    assert d.action == "allow"  # already there
    d = FootnoteGuard(doc_template="{title}")("Read the Paris guide [1]", Context(docs=DOCS))
    assert d.text == "Read the Paris guide [1]\n\nParis guide"


def test_aware_timestamps_keep_their_zone() -> None:
    # two events, 14:31 UTC and 14:31 +02:00 (two hours apart), were written alike and merged:
    # "Timestamps: 2026-04-07 14:31." listed one event at a time neither had
    from datetime import timedelta, timezone

    docs = [{"text": "a", "ts": datetime(2026, 4, 7, 14, 31, tzinfo=UTC)},
            {"text": "b", "ts": datetime(2026, 4, 7, 14, 31, tzinfo=timezone(timedelta(hours=2)))},
            {"text": "c", "ts": datetime(2026, 4, 7, 9, 5)}]
    d = FootnoteGuard(fields={"ts": "Timestamps"})("Seen [1][2][3].", Context(docs=docs))
    assert d.text == ("Seen [1][2][3].\n\nTimestamps: 2026-04-07 14:31 UTC, "
                      "2026-04-07 14:31 +02:00, 2026-04-07 09:05.")


def test_float_values_are_written_as_people_write_them() -> None:
    # a computed score of 0.1 + 0.2 was written "0.30000000000000004", a tiny one "1.2e-05"
    import numpy as np

    docs = [{"text": "a", "score": 0.1 + 0.2}, {"text": "b", "score": 1.2e-05},
            {"text": "c", "score": np.float64(0.7)}, {"text": "d", "score": 3}]
    d = FootnoteGuard(fields={"score": "Scores"})("Seen [1][2][3][4].", Context(docs=docs))
    assert d.text == "Seen [1][2][3][4].\n\nScores: 0.3, 0.000012, 0.7, 3."
