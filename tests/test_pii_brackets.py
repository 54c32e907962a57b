"""Placeholders inside a second pair of brackets: which brackets stay around the value."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guardwire import Context
from guardwire.guards.pii import PIIRedactor, PlaceholderStream, restore_placeholders
from guardwire.guards.pii.placeholders import syntax_for

VAULT = {"<PERSON_1>": "Ada Lovelace", "<EMAIL_ADDRESS_1>": "ada@example.com"}


@pytest.mark.parametrize(("form", "expected"), [
    # a wiki link (MediaWiki, Obsidian): the link markup stays around the value
    ("[[PERSON_1]]", "[[Ada Lovelace]]"),
    ("[[person_1]]", "[[Ada Lovelace]]"),
    ("[[ PERSON 1 ]]", "[[Ada Lovelace]]"),
    ("[[<PERSON_1>]]", "[[Ada Lovelace]]"),
    # Handlebars / Mustache triple-stash: the whole thing is the template variable
    ("{{{PERSON_1}}}", "Ada Lovelace"),
    ("{{{ person_1 }}}", "Ada Lovelace"),
    ("{{PERSON_1}}", "Ada Lovelace"),
    # what the redactor sends for "<ada@example.com>": the outer pair is the user's text
    ("<<EMAIL_ADDRESS_1>>", "<ada@example.com>"),
    ("<<PERSON_1>>", "<Ada Lovelace>"),
    # a Markdown link whose text is the square form: not a wiki link
    ("[[PERSON_1]](https://x.org)", "[Ada Lovelace](https://x.org)"),
    ("![[PERSON_1]](https://x.org/a.png)", "![Ada Lovelace](https://x.org/a.png)"),
    # unbalanced: the inner placeholder only
    ("[[PERSON_1]", "[Ada Lovelace"),
    ("{{{PERSON_1}}", "{Ada Lovelace"),
])
def test_doubled_brackets(form: str, expected: str) -> None:
    assert restore_placeholders(f"Dear {form}.", VAULT) == f"Dear {expected}."


@pytest.mark.parametrize(("form", "expected"), [
    # a Markdown-escaping model writing a wiki link: the escaped link markup stays (was
    # "\\[Ada Lovelace\\]", which renders as "[Ada Lovelace]")
    ("\\[\\[PERSON\\_1\\]\\]", "\\[\\[Ada Lovelace\\]\\]"),
    ("\\[\\[PERSON_1\\]\\]", "\\[\\[Ada Lovelace\\]\\]"),
    ("\\[\\[EMAIL\\_ADDRESS\\_1\\]\\]", "\\[\\[ada@example.com\\]\\]"),
    # full-width (CJK text)
    ("\uff3b\uff3bPERSON_1\uff3d\uff3d", "\uff3b\uff3bAda Lovelace\uff3d\uff3d"),
    # unbalanced: the inner placeholder only, as for "[[PERSON_1]"
    ("\\[\\[PERSON\\_1\\]", "\\[Ada Lovelace"),
])
def test_escaped_doubled_brackets(form: str, expected: str) -> None:
    assert restore_placeholders(f"Dear {form}.", VAULT) == f"Dear {expected}."


def test_escaped_doubled_brackets_in_json_strings() -> None:
    proc = PlaceholderStream(VAULT, syntax_for(frozenset({"PERSON"})), json_strings=True)
    out = proc.feed('{"note": "see \\\\[\\\\[PERS') + proc.feed('ON\\\\_1\\\\]\\\\]"}')
    assert out + proc.flush() == '{"note": "see \\\\[\\\\[Ada Lovelace\\\\]\\\\]"}'


def test_doubled_brackets_in_json_strings() -> None:
    syntax = syntax_for(frozenset({"PERSON"}))
    proc = PlaceholderStream(VAULT, syntax, json_strings=True)
    out = proc.feed('{"note": "see [[PERS') + proc.feed('ON_1]] and {{{person_1}}}"}')
    assert out + proc.flush() == '{"note": "see [[Ada Lovelace]] and Ada Lovelace"}'


def test_stream_holds_a_wiki_link_that_may_become_a_markdown_link() -> None:
    proc = PlaceholderStream(VAULT, syntax_for(frozenset({"PERSON"})))
    assert proc.feed("See [[PERSON_1]]") == "See "
    assert proc.feed("(https://x.org)") == "[Ada Lovelace](https://x.org)"
    assert proc.feed(" and [[PERSON_1]]") == " and "
    assert proc.flush() == "[[Ada Lovelace]]"


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["[[PERSON_1]]", "{{{PERSON_1}}}", "[[", "]]", "{{{", "}}}",
                                 "[", "]", "{", "}", "<", ">", "PERSON_1", "person_1", " ",
                                 "x", "<PERSON_1>", "(", "](x)", "\\[", "\\]", "\\_",
                                 "\\[\\[PERSON\\_1\\]\\]", "\uff3b", "\uff3d"]),
                max_size=20),
       st.lists(st.integers(min_value=0, max_value=300), max_size=10))
def test_stream_equals_whole_text(parts: list[str], cuts: list[int]) -> None:
    text = "".join(parts)
    proc = PlaceholderStream(VAULT, syntax_for(frozenset({"PERSON", "EMAIL_ADDRESS"})))
    out, at = [], 0
    for cut in sorted(set(cuts)):
        out.append(proc.feed(text[at:cut]))
        at = max(at, cut)
        assert proc.held <= proc.max_holdback
    out.append(proc.feed(text[at:]))
    out.append(proc.flush())
    assert "".join(out) == restore_placeholders(text, VAULT)


def test_holdback_bound_is_unchanged() -> None:
    assert syntax_for(frozenset({"PERSON", "EMAIL_ADDRESS"})).max_len <= 45


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["[[", "]]", "{{{", "}}}", "<<", ">>", "[", "]", "{", "}",
                                 "PERSON_1", "person_1", "Ada Lovelace", "ada@example.com",
                                 "[[PERSON_1]]", "{{{person 1}}}", " ", "x", "(", "\\[", "\\]",
                                 "\\_", "\uff3b", "\uff3d", "\\[\\[PERSON\\_1\\]\\]"]),
                max_size=12))
def test_restore_of_redact_is_identity(redactor: PIIRedactor, parts: list[str]) -> None:
    text = "".join(parts)
    ctx = Context()
    d = redactor(text, ctx)
    redacted = text if d.text is None else d.text
    assert restore_placeholders(redacted, ctx.vault) == text
