"""FootnoteGuard: footnotes come from cited documents' metadata, never from the model."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from guardwire import ConfigError, Context
from guardwire.guards.footnotes import FootnoteGuard

DOCS = [
    {"id": "e1", "title": "Gate camera", "text": "x",
     "metadata": {"timestamp": "2026-04-07 14:31", "risk_level": "L3"}},
    {"id": "e2", "title": "Yard camera", "text": "y",
     "metadata": {"timestamp": datetime(2026, 4, 7, 14, 42), "risk_level": "L4"}},
    {"id": "e3", "title": "Roof camera", "text": "z",
     "metadata": {"timestamp": "2026-04-08 09:00", "risk_level": "L3"}},
]
FIELDS = {"timestamp": "Timestamps", "risk_level": "Risk levels"}


def run(text: str, docs: Any = DOCS, **kw: Any) -> Any:
    return FootnoteGuard(**kw)(text, Context(docs=docs))


def test_footnote_from_cited_docs_replaces_model_tail() -> None:
    text = ("Two intrusions were seen [1][2]. Both near the gate. "
            "Timestamps: 2026-04-07 14:31, 14:40. Risk levels: L3, L5.")
    d = run(text, fields=FIELDS)
    assert d.action == "rewrite"
    assert d.text == ("Two intrusions were seen [1][2]. Both near the gate.\n\n"
                      "Timestamps: 2026-04-07 14:31, 2026-04-07 14:42. Risk levels: L3, L4.")
    assert d.data["cited"] == [1, 2] and d.data["removed_tail"] is True


def test_only_cited_docs_and_distinct_values() -> None:
    d = run("Seen twice [1][3].", fields=FIELDS)
    assert d.text == ("Seen twice [1][3].\n\nTimestamps: 2026-04-07 14:31, 2026-04-08 09:00. "
                      "Risk levels: L3.")


def test_running_twice_changes_nothing_more() -> None:
    first = run("Seen [2].", fields=FIELDS)
    assert first.action == "rewrite"
    assert run(first.text, fields=FIELDS).action == "allow"


def test_default_doc_lines_and_model_source_list_removed() -> None:
    text = "Answer here [3].\n\n---\n\nSources:\n- [1] Something made up\n- [3] Roof camera"
    d = run(text)
    assert d.text == "Answer here [3].\n\n[3] Roof camera"
    assert d.data["cited"] == [3]


def test_doc_template_skips_docs_missing_a_key() -> None:
    docs = [*DOCS, "a plain string document"]
    d = run("A [1] and B [4].", docs=docs, doc_template="[{n}] {title} ({id})")
    assert d.text == "A [1] and B [4].\n\n[1] Gate camera (e1)"


def test_model_reference_list_removed_even_without_citations() -> None:
    d = run("Plain answer.\n\n[1] https://made.up/source")
    assert d.text == "Plain answer."
    assert d.data["footnote_added"] is False


def test_uncited_answer_left_alone_unless_all() -> None:
    assert run("Nothing cited.", fields=FIELDS).action == "allow"
    d = run("Nothing cited.", fields=FIELDS, when_uncited="all")
    assert d.text is not None and "Risk levels: L3, L4." in d.text


def test_unknown_markers_are_ignored() -> None:
    assert run("Cited [9].", fields=FIELDS).action == "allow"


def test_answer_body_lines_are_not_mistaken_for_a_tail() -> None:
    text = "Steps:\n1. Check the gate.\n2. Call security.\n\nNote: cameras reset at noon."
    assert run(text).action == "allow"


@pytest.mark.parametrize(("kwargs", "path"), [
    ({"fields": "timestamp"}, "fields"), ({"template": "{label} {oops}"}, "template"),
    ({"doc_template": "{0}"}, "doc_template"), ({"when_uncited": "some"}, "when_uncited"),
    ({"doc_template": "{n"}, "doc_template"),
])
def test_bad_options(kwargs: dict[str, Any], path: str) -> None:
    with pytest.raises(ConfigError) as err:
        FootnoteGuard(**kwargs)
    assert err.value.path == path


def test_json_answers_get_no_footnote() -> None:
    assert run('{"answer": "Seen [1]."}', fields=FIELDS).action == "allow"
