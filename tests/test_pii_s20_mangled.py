"""Placeholders the model mangled beyond the tolerant forms (twentieth session).

A model copying ``<EMAIL_ADDRESS_1>`` may drop or move a separator: ``<EMAIL_ADDRESS1>``,
``<EMAILADDRESS_1>``, ``<EMAIL_ADDRESS_ 1>``, ``<EMAIL_ADDRESS #1>``. Such a form is read when
it is the only deviation (upper-case type, no blank inside the brackets, any bracket family
but the template braces, never bare): it is restored when its type letters and index name
exactly one vault entry, and listed in ``unknown_placeholders`` otherwise (before: shown as
written, ``fired=False``). The user typing one is neutralised like any other look-alike, and
the stream's holdback does not grow.
"""

from __future__ import annotations

import itertools
import json
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guardwire import Context
from guardwire.guards.pii import (
    SUPPORTED_ENTITIES,
    PIIRedactor,
    PIIRestorer,
    PlaceholderStream,
    restore_placeholders,
    restore_stream,
)
from guardwire.guards.pii.placeholders import syntax_for

EMAIL = "ada_l@example.com"
VAULT = {"<PERSON_1>": "Ada Lovelace", "<EMAIL_ADDRESS_1>": EMAIL,
         "<PERSON_12>": "Tom Hart", "<LITERAL_1>": "<PERSON_1>"}


def ctx_with(table: dict[str, str] = VAULT) -> Context:
    ctx = Context()
    for k, v in table.items():
        ctx.vault.put(k, v)
    return ctx


@pytest.mark.parametrize("form", [
    "<EMAIL_ADDRESS1>", "<EMAILADDRESS_1>", "<EMAIL_ADDRESS_ 1>", "<EMAIL_ADDRESS #1>",
    "<EMAIL_ADDRESS_#1>", "<EMAIL_ADDRESS#1>", "<EMAIL_ADDRESS__1>", "<EMAILADDRESS1>",
    "<EMAIL-ADDRESS1>", "<EMAIL ADDRESS1>", "[EMAIL_ADDRESS1]", "[EMAILADDRESS 1]",
    "&lt;EMAIL_ADDRESS1&gt;", "&#60;EMAILADDRESS_1&#62;", "\uff1cEMAIL_ADDRESS1\uff1e"])
def test_a_mangled_separator_is_restored(form: str) -> None:
    assert restore_placeholders(f"Write to {form}.", VAULT) == f"Write to {EMAIL}."


@pytest.mark.parametrize(("form", "want"), [
    ("\\<EMAIL\\_ADDRESS1\\>", "ada\\_l@example.com"),  # Markdown: the value escaped
    ("\\u003cEMAIL_ADDRESS1\\u003e", EMAIL),
    ("%3CEMAIL_ADDRESS1%3E", "ada_l%40example.com"),
    ("[[PERSON1]]", "[[Ada Lovelace]]"),  # a wiki link keeps its brackets
    ("[PERSON1](https://x.example/)", "[Ada Lovelace](https://x.example/)")])
def test_mangled_forms_in_escaped_families(form: str, want: str) -> None:
    assert restore_placeholders(form, VAULT) == want


def test_the_index_is_read_whole() -> None:
    assert restore_placeholders("<PERSON12> <PERSON1> <PERSON 12>", VAULT) == (
        "Tom Hart Ada Lovelace Tom Hart")


def test_the_verdict_of_a_restored_mangled_placeholder() -> None:
    d = PIIRestorer()("Mail <EMAIL_ADDRESS1>", ctx_with())
    assert d.action == "rewrite" and d.text == f"Mail {EMAIL}"
    assert d.data["restored"] == {"EMAIL_ADDRESS": 1}
    assert "unknown_placeholders" not in d.data


def test_a_mangled_placeholder_naming_no_vault_entry_is_flagged() -> None:
    ctx = ctx_with()
    d = PIIRestorer()("Mail <EMAIL_ADDRESS7> or <PHONE_NUMBER #1>", ctx)
    assert d.action == "allow" and d.fired
    assert d.data["unknown_placeholders"] == ["<EMAIL_ADDRESS7>", "<PHONE_NUMBER #1>"]
    removed = PIIRestorer(unknown="remove")("Mail <EMAIL_ADDRESS7>!", ctx)
    assert removed.text == "Mail !" and removed.fired


def test_an_ambiguous_mangled_placeholder_is_flagged_not_filled() -> None:
    """Custom types ``IPV`` and ``IPV4``: ``<IPV41>`` is ``<IPV_41>`` or ``<IPV4_1>``."""
    both = {"<IPV_41>": "first", "<IPV4_1>": "second"}
    restorer = PIIRestorer(entities=["IPV", "IPV4"])
    d = restorer("see <IPV41>", ctx_with(both))
    assert d.text is None and d.data["unknown_placeholders"] == ["<IPV41>"]
    # one of them in the vault: the form names exactly one entry
    assert restorer("see <IPV41>", ctx_with({"<IPV4_1>": "second"})).text == "see second"
    # a written separator says where the type ends
    assert restorer("see <IPV4 #1>", ctx_with(both)).text == "see second"


@pytest.mark.parametrize("text", [
    "<person1>", "<Person1>", "{PERSON1}", "{{person1}}", "PERSON1", "EMAIL_ADDRESS1",
    "< PERSON1 >", "<PERSON1 >", "<PERS_ON1>", "<PERSON_1_>", "<PERSON>1", "<PERSON # 1>",
    "x<PERSONS1>", "<H1>", "[URL]", "<PERSON_ _1>"])
def test_other_look_alikes_are_left_alone_and_not_flagged(text: str) -> None:
    d = PIIRestorer()(text, ctx_with())
    assert d.text is None and "unknown_placeholders" not in d.data, text


def test_structured_output_and_tool_call_arguments() -> None:
    ctx = ctx_with()
    ctx.structured = {"to": "<EMAIL_ADDRESS1>", "cc": ["[PERSON 12]", "<PERSON_ 1>"]}
    ctx.tool_calls = [{"id": "c1", "name": "send", "arguments": {"to": "<EMAILADDRESS_1>"}},
                      {"id": "c2", "name": "send", "arguments": '{"to": "<EMAIL_ADDRESS #1>"}'}]
    d = PIIRestorer()("", ctx)
    assert ctx.structured == {"to": EMAIL, "cc": ["Tom Hart", "Ada Lovelace"]}
    assert ctx.tool_calls[0]["arguments"] == {"to": EMAIL}
    assert json.loads(ctx.tool_calls[1]["arguments"]) == {"to": EMAIL}
    assert d.data["restored"] == {"EMAIL_ADDRESS": 3, "PERSON": 2}


def test_args_stream_restores_a_mangled_placeholder() -> None:
    proc = PIIRestorer().start_args_stream(ctx_with({**VAULT, "<PERSON_2>": 'T "Q" <b>'}))
    body = '{"a": "<PERSON2>", "b": "\\u003cEMAIL_ADDRESS1\\u003e", "c": "<EMAIL_ADDRESS9>"}'
    out = "".join(proc.feed(body[i:i + 3]) for i in range(0, len(body), 3)) + proc.flush()
    assert json.loads(out) == {"a": 'T "Q" <b>', "b": EMAIL, "c": "<EMAIL_ADDRESS9>"}
    assert proc.decision_data()["unknown_placeholders"] == ["<EMAIL_ADDRESS9>"]


@pytest.mark.parametrize("size", [1, 2, 3, 5])
def test_stream_restores_mangled_forms_split_across_chunks(size: int) -> None:
    text = ("A <EMAIL_ADDRESS1> B <EMAILADDRESS_1> C [PERSON #12] D &lt;PERSON1&gt; "
            "E <EMAIL_ADDRESS_ 1> F <PERSON9> G")
    chunks = [text[i:i + size] for i in range(0, len(text), size)]
    out = list(restore_stream(chunks, ctx_with()))
    assert "".join(out) == restore_placeholders(text, VAULT)
    assert "".join(out).count(EMAIL) == 3 and "<PERSON9>" in "".join(out)
    assert not any("EMAIL" in o for o in out)


def test_the_holdback_does_not_grow() -> None:
    """The longest mangled form (no blank inside the brackets, one extra separator
    character) is shorter than the longest tolerant form, which bounds the holdback."""
    syntax = syntax_for(SUPPORTED_ENTITIES)
    assert (syntax.max_len, syntax.json_variant().max_len) == (45, 48)  # as before
    for s in (syntax, syntax.json_variant()):
        bs = "\\\\" if s is not syntax else "\\"
        longest = f"&#x003c;US{bs}_DRIVER{bs}_LICENSE{bs}_#123456&#x003e;"
        assert s.pattern.fullmatch(longest) and len(longest) <= s.max_len
    proc = PlaceholderStream({"<US_DRIVER_LICENSE_123456>": "D1"}, syntax)
    text = "x&#x003c;US\\_DRIVER\\_LICENSE\\_#123456&#x003e;"
    out = [proc.feed(c) for c in text]
    assert proc.held == 0 and "".join(out) + proc.flush() == "xD1"


def test_two_bracketed_placeholders_in_a_row() -> None:
    """``[PERSON_1][EMAIL_ADDRESS1]`` is two placeholders, not a reference link's text."""
    assert restore_placeholders("[PERSON_1][EMAIL_ADDRESS1]", VAULT) == f"Ada Lovelace{EMAIL}"


@pytest.mark.parametrize("typed", [
    "<EMAIL_ADDRESS1>", "<EMAILADDRESS_1>", "[EMAIL_ADDRESS #1]", "&lt;EMAIL_ADDRESS1&gt;",
    "\uff1cEMAIL_ADDRESS1\uff1e", "<EMAIL_ADDRESS\u200b1>"])
def test_a_mangled_look_alike_the_user_typed_is_neutralised(redactor: PIIRedactor,
                                                            typed: str) -> None:
    text = f"write {EMAIL}, not {typed}"
    ctx = Context()
    d = redactor(text, ctx)
    assert d.text is not None and "EMAIL_ADDRESS1" not in d.text and "LITERAL" in d.text
    out: Any = redactor.output_companion()(d.text, ctx)
    assert out.text == text and "unknown_placeholders" not in out.data


FRAGMENTS = ["<", ">", "[", "]", " ", "_", "-", "#", "1", "2", "0", "EMAIL", "ADDRESS",
             "PERSON", "email", "x", "\n", "(", "<EMAIL_ADDRESS_1>", "<PERSON_2>", "PERSON_2",
             "EMAILADDRESS", "[[", "]]"]


def _spells(key: str) -> str:
    """A regex of a placeholder form whose letters and digits name ``key`` (separators and
    brackets aside): the oracle, independent of the restorer's own grammar."""
    kind, n = key[1:-1].rsplit("_", 1)
    letters = r"[ _#-]{0,2}".join(f"(?i:{p})" for p in kind.split("_"))
    return rf"(?:[<\[] ?)?{letters}[ _#-]{{0,2}}{n}(?: ?[>\]])?"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=20))
def test_nothing_but_a_placeholder_of_this_request_is_restored(parts: list[str]) -> None:
    """Random answer text: every value that appears stands for a substring of the answer
    that names its own vault key."""
    text = "".join(parts)
    table = {"<EMAIL_ADDRESS_1>": "\ue001", "<PERSON_2>": "\ue002"}
    out = restore_placeholders(text, table)
    pieces = re.split("([\ue001\ue002])", out)
    oracle = "".join(re.escape(p) if i % 2 == 0 else
                     f"(?:{_spells('<EMAIL_ADDRESS_1>' if p == chr(0xE001) else '<PERSON_2>')})"
                     for i, p in enumerate(pieces))
    assert re.fullmatch(oracle, text, re.DOTALL), (text, out)


SAMPLES = [EMAIL, "<EMAIL_ADDRESS1>", "<EMAILADDRESS_1>", "[PERSON #1]", "&lt;PERSON1&gt;",
           "<", ">", "EMAIL", "_ADDRESS", "1", " ", "#", "PERSON", "[", "]", "\uff1c",
           "\u200b", "\\", "\\_", "ADDRESS1>", "<EMAIL"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(SAMPLES), st.text(max_size=4)), max_size=14))
def test_restore_of_redact_is_identity_with_mangled_look_alikes(redactor: PIIRedactor,
                                                                parts: list[str]) -> None:
    text = "".join(parts)
    ctx = Context()
    d = redactor(text, ctx)
    redacted = text if d.text is None else d.text
    out: Any = redactor.output_companion()(redacted, ctx)
    assert (redacted if out.text is None else out.text) == text
    assert "unknown_placeholders" not in out.data
    assert "".join(restore_stream([redacted[i:i + 3] for i in range(0, len(redacted), 3)],
                                  ctx)) == text


PARTS = ["<EMAIL_ADDRESS1>", "[PERSON #12]", "<EMAILADDRESS_1>", "&lt;PERSON1&gt;", "<", ">",
         "[", "]", "EMAIL", "ADDRESS", "PERSON", "1", "2", "#", " ", "_", "(", "<PERSON9>",
         "\\u003c", "\\u003e", "&lt;", "&gt;"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PARTS), max_size=25),
       st.lists(st.integers(min_value=0, max_value=400), max_size=12), st.booleans())
def test_stream_equals_whole_text_restoration(parts: list[str], cuts: list[int],
                                              json_base: bool) -> None:
    text = "".join(parts)
    syntax = syntax_for(frozenset({"PERSON", "EMAIL_ADDRESS"}))
    proc = PlaceholderStream(VAULT, syntax, json_strings=json_base)
    whole = PlaceholderStream(VAULT, syntax, json_strings=json_base)
    points = sorted({c % (len(text) + 1) for c in cuts} | {0, len(text)})
    out = []
    for a, b in itertools.pairwise(points):
        out.append(proc.feed(text[a:b]))
        assert proc.held <= proc.max_holdback
    out.append(proc.flush())
    assert "".join(out) == whole.feed(text) + whole.flush()
    assert proc.unknown == whole.unknown
    if not json_base:
        assert "".join(out) == restore_placeholders(text, VAULT)
