"""Escaped placeholders: Markdown (``PERSON\\_1``, ``\\<PERSON\\_1\\>``), HTML
(``&lt;PERSON_1&gt;``, ``&#60;``, ``&#x3c;``), JSON (``\\u003cPERSON_1\\u003e``) and URL
(``%3CPERSON_1%3E``) forms are restored in plain, structured and streamed output, with the
value escaped the way the placeholder was; invented ones are never filled; user look-alikes
come back exactly; the streaming holdback stays within the longest form."""

from __future__ import annotations

import html
import itertools
import json
import urllib.parse
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guardwire import Context
from guardwire.guards.pii import (
    PIIRedactor,
    PIIRestorer,
    PlaceholderStream,
    restore_placeholders,
    restore_stream,
)
from guardwire.guards.pii.placeholders import syntax_for

VAULT = {"<PERSON_1>": "Ada Lovelace", "<EMAIL_ADDRESS_1>": "ada_l@example.com",
         "<PERSON_2>": 'Tom <"T&J"> O\'Hara', "<LITERAL_1>": "<PERSON_1>"}


def ctx_with(table: dict[str, str] = VAULT) -> Context:
    ctx = Context()
    for k, v in table.items():
        ctx.vault.put(k, v)
    return ctx


@pytest.mark.parametrize("form", [
    "PERSON\\_1", "<PERSON\\_1>", "\\<PERSON\\_1\\>", "\\<PERSON_1\\>", "[PERSON\\_1]",
    "\\[PERSON\\_1\\]", "\\[ person 1 \\]", "\\<PERSON\\_1>", "\\[PERSON\\_1]"])
def test_markdown_escaped_placeholders_are_restored(form: str) -> None:
    assert restore_placeholders(f"Dear {form},", VAULT) == "Dear Ada Lovelace,"


@pytest.mark.parametrize("form", [
    "&lt;PERSON_1&gt;", "&LT;person_1&GT;", "&#60;PERSON_1&#62;", "&#060;PERSON_1&#062;",
    "&#x3c;PERSON_1&#x3e;", "&#X3C;PERSON 1&#X3E;", "&#x003C;PERSON_1&#x003E;",
    "&#91;PERSON_1&#93;", "&lt; PERSON_1 &gt;", "&lt;PERSON\\_1&gt;"])
def test_html_escaped_placeholders_are_restored(form: str) -> None:
    assert restore_placeholders(f"<p>Dear {form},</p>", VAULT) == "<p>Dear Ada Lovelace,</p>"


def test_multi_word_types_with_escaped_underscores() -> None:
    for form in ("EMAIL\\_ADDRESS\\_1", "\\<EMAIL\\_ADDRESS\\_1\\>", "&lt;EMAIL_ADDRESS_1&gt;"):
        assert restore_placeholders(form, VAULT).replace("\\", "") == "ada_l@example.com"


@pytest.mark.parametrize("form", [
    "\\u003cPERSON_1\\u003e", "\\u003CPERSON_1\\u003E", "%3CPERSON_1%3E", "%3cperson_1%3e",
    "%5BPERSON_1%5D"])
def test_json_and_url_escaped_placeholders_are_restored(form: str) -> None:
    want = "Ada%20Lovelace" if form.startswith("%") else "Ada Lovelace"
    assert restore_placeholders(form, VAULT) == want


@pytest.mark.parametrize("form", [
    "{PERSON_1}", "{person_1}", "{ PERSON 1 }", "{{PERSON_1}}", "{{ person_1 }}"])
def test_template_style_placeholders_are_restored_braces_and_all(form: str) -> None:
    # a model filling a template writes {PERSON_1}; the slots guard leaves {person_1} for us
    assert restore_placeholders(f"Dear {form},", VAULT) == "Dear Ada Lovelace,"
    assert restore_placeholders("{PERSON_9}", VAULT) == "{PERSON_9}"  # never filled


def test_the_value_is_escaped_the_way_the_placeholder_was() -> None:
    name = VAULT["<PERSON_2>"]
    assert restore_placeholders("<b>&lt;PERSON_2&gt;</b>", VAULT) == f"<b>{html.escape(name)}</b>"
    assert restore_placeholders("**PERSON\\_2**", VAULT) == "**Tom \\<\"T\\&J\"\\> O'Hara**"
    assert restore_placeholders("mail EMAIL\\_ADDRESS\\_1", VAULT) == "mail ada\\_l@example.com"
    doc = '{"who": "\\u003cPERSON_2\\u003e"}'
    restored = restore_placeholders(doc, VAULT)
    assert json.loads(restored) == {"who": name}
    assert "<" not in restored and "&" not in restored  # still HTML-safe JSON
    url = "https://x.example/?q=%3CPERSON_2%3E&m=%3CEMAIL_ADDRESS_1%3E"
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(restore_placeholders(url, VAULT)).query)
    assert query == {"q": [name], "m": ["ada_l@example.com"]}
    # the plain forms are unchanged: the value as it is
    assert restore_placeholders("<PERSON_2> PERSON_2", VAULT) == f"{name} {name}"


@pytest.mark.parametrize(("form", "want"), [
    ("&amp;lt;PERSON_2&amp;gt;", html.escape(html.escape(VAULT["<PERSON_2>"]))),
    ("&AMP;LT;person 2&amp;GT;", html.escape(html.escape(VAULT["<PERSON_2>"]))),
    ("\uff1cPERSON_2\uff1e", VAULT["<PERSON_2>"]), ("\uff3b person_2 \uff3d", VAULT["<PERSON_2>"])])
def test_double_escaped_html_and_full_width_brackets(form: str, want: str) -> None:
    """Before, only the bare ``PERSON_2`` inside was read: the brackets stayed around the
    value (``\uff1cTom …\uff1e``) and the value went raw into twice-escaped HTML (a ``<``
    of it became a tag)."""
    assert restore_placeholders(f"Dear {form},", VAULT) == f"Dear {want},"
    assert restore_placeholders(form.replace("2", "9"), VAULT) == form.replace("2", "9")


@pytest.mark.parametrize(("text", "want"), [
    ("&amp;lt;PERSON_1&gt;", "&amp;lt;Ada Lovelace&gt;"),  # families do not mix
    ("\uff1cPERSON_1>", "\uff1cAda Lovelace>"),
    ("&lt;PERSON_1>", "&lt;Ada Lovelace>"),  # mismatched escapes: only the bare form is read
    ("\\<PERSON_1]", "\\<Ada Lovelace]"),
    ("%3CPERSON_1&gt;", "%3CPERSON_1&gt;"),  # "C" touches it
    ("&lt;PERSON_1&gt", "&lt;Ada Lovelace&gt"),
    ("\\u003cPERSON_1>", "\\u003cPERSON_1>"),  # "c" touches it: not a bare placeholder
    ("APERSON\\_1", "APERSON\\_1"), ("PERSON\\_1x", "PERSON\\_1x"),
    ("PERSON\\\\_1", "PERSON\\\\_1")])
def test_mismatched_or_broken_escapes_keep_their_characters(text: str, want: str) -> None:
    assert restore_placeholders(text, VAULT) == want


def test_a_backslash_before_a_canonical_placeholder_stays() -> None:
    # a Windows path with a name in it: "C:\\Users\\" + "<PERSON_1>" must come back as typed
    assert restore_placeholders("C:\\Users\\<PERSON_1>", VAULT) == "C:\\Users\\Ada Lovelace"
    assert restore_placeholders("\\[PERSON_1]", VAULT) == "\\Ada Lovelace"
    assert restore_placeholders("\\<PERSON 1>", VAULT) == "\\Ada Lovelace"


def test_invented_escaped_placeholders_are_never_filled() -> None:
    ctx = ctx_with()
    d = PIIRestorer()("Hi &lt;PERSON_7&gt; and PERSON\\_8 and %3CEMAIL_ADDRESS_3%3E", ctx)
    assert d.text is None and d.fired
    assert d.data["unknown_placeholders"] == ["&lt;PERSON_7&gt;", "PERSON\\_8",
                                              "%3CEMAIL_ADDRESS_3%3E"]
    removed = PIIRestorer(unknown="remove")("Hi \\<PERSON\\_7\\>!", ctx)
    assert removed.text == "Hi !"


def test_literal_user_text_is_restored_exactly_in_every_form() -> None:
    # <LITERAL_1> holds the user's own "<PERSON_1>": never Ada's name, in any escaped form
    assert restore_placeholders("&lt;LITERAL_1&gt;", VAULT) == "&lt;PERSON_1&gt;"
    assert restore_placeholders("\\<LITERAL\\_1\\>", VAULT) == "\\<PERSON\\_1\\>"
    assert restore_placeholders("LITERAL_1", VAULT) == "<PERSON_1>"


@pytest.mark.parametrize("spoof", [
    "&lt;PERSON_1&gt;", "PERSON\\_1", "\\<EMAIL\\_ADDRESS\\_1\\>", "&#x3c;PERSON_1&#x3e;",
    "\\u003cPERSON_1\\u003e", "%3CPERSON_1%3E", "PERSON\\\\_1", "&amp;lt;PERSON_1&amp;gt;",
    "\uff1cPERSON_1\uff1e", "\uff3bEMAIL_ADDRESS_1\uff3d"])
def test_escaped_look_alikes_in_user_text_are_neutralised(redactor: PIIRedactor,
                                                          spoof: str) -> None:
    ctx = Context()
    text = f"mail ada@example.com and show {spoof} please"
    d = redactor(text, ctx)
    assert d.text is not None and spoof not in d.text
    assert d.data["neutralised"] == 1
    # the model copies the redacted text: the user's characters come back, never a value
    assert restore_placeholders(d.text, ctx.vault) == text
    # in a tool call's JSON arguments too
    args = PIIRestorer().start_args_stream(ctx)
    body = json.dumps({"t": d.text})
    assert json.loads(args.feed(body) + args.flush()) == {"t": text}


def test_structured_output_restores_escaped_forms() -> None:
    ctx = ctx_with()
    ctx.structured = {"html": "<i>&lt;PERSON_2&gt;</i>", "md": ["PERSON\\_1"]}
    PIIRestorer()("", ctx)
    assert ctx.structured == {"html": f"<i>{html.escape(VAULT['<PERSON_2>'])}</i>",
                              "md": ["Ada Lovelace"]}


@pytest.mark.parametrize("size", [1, 2, 3, 7])
def test_stream_restores_escaped_forms_split_across_chunks(size: int) -> None:
    text = ("A &lt;PERSON_1&gt; B PERSON\\_1 C \\<PERSON\\_2\\> D %3CPERSON_1%3E "
            "E &#x3c;PERSON_9&#x3e; F &amp;lt;PERSON_1&amp;gt; G \uff1cPERSON_1\uff1e")
    chunks = [text[i:i + size] for i in range(0, len(text), size)]
    out = list(restore_stream(chunks, ctx_with()))
    assert "".join(out) == restore_placeholders(text, VAULT)
    assert "Ada Lovelace" in "".join(out)
    assert not any("PERSON_1" in o or "PERSON\\_" in o for o in out)


def test_holdback_bound_is_the_longest_form() -> None:
    types = frozenset({"PERSON", "US_DRIVER_LICENSE"})
    syntax = syntax_for(types)
    longest = "&#x003c; US\\_DRIVER\\_LICENSE\\_123456 &#x003e;"
    assert syntax.pattern.fullmatch(longest)
    assert syntax.max_len == len(longest)
    proc = PlaceholderStream({"<US_DRIVER_LICENSE_123456>": "D1"}, syntax)
    out = [proc.feed(c) for c in ("x" + longest)]
    assert proc.held == 0 and "".join(out) + proc.flush() == "xD1"
    assert proc.max_holdback == len(longest)


def test_args_stream_inserts_json_escaped_values_for_escaped_forms() -> None:
    proc = PIIRestorer().start_args_stream(ctx_with())
    body = '{"a": "\\u003cPERSON_2\\u003e", "b": "&lt;PERSON_2&gt;", "c": "PERSON\\\\_1"}'
    out = "".join(proc.feed(body[i:i + 4]) for i in range(0, len(body), 4)) + proc.flush()
    name = VAULT["<PERSON_2>"]
    assert json.loads(out) == {"a": name, "b": html.escape(name), "c": "Ada Lovelace"}


def test_args_stream_reads_a_bare_placeholder_after_a_json_escape() -> None:
    """``"Hi\\nPERSON_1"`` in raw JSON: the ``n`` of ``\\n`` is not a letter before the
    placeholder (parsed, the text is "Hi", a newline, "PERSON_1")."""
    proc = PIIRestorer().start_args_stream(ctx_with())
    body = '{"t": "Hi\\nPERSON_1\\tPERSON_1 \\\\nPERSON_1"}'
    out = proc.feed(body) + proc.flush()
    assert json.loads(out) == {"t": "Hi\nAda Lovelace\tAda Lovelace \\nPERSON_1"}
    parsed = restore_placeholders(json.loads(body)["t"], VAULT)
    assert parsed == "Hi\nAda Lovelace\tAda Lovelace \\nPERSON_1"


PARTS = ["<PERSON_1>", "&lt;PERSON_1&gt;", "&#x3c;PERSON_2&#x3e;", "PERSON\\_1", "\\<PERSON\\_2\\>",
         "%3CPERSON_1%3E", "\\u003cPERSON_1\\u003e", "&lt;PERSON_9&gt;", "&", "&lt", ";", "\\",
         "%", "3C", "<", ">", "_", "1", " ", "PERSON", "x", "\\_", "&#", "60;", "u003c", "#",
         "\\<PERSON\\_1>", "\\[", "]", "\\n", "{PERSON_1}", "{", "}", "{{person_2}}",
         "&amp;lt;PERSON_1&amp;gt;", "&amp;", "lt;", "\uff1c", "\uff1e", "\uff3bPERSON_2\uff3d"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PARTS), max_size=25),
       st.lists(st.integers(min_value=0, max_value=400), max_size=12),
       st.booleans())
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
    if not json_base:
        assert "".join(out) == restore_placeholders(text, VAULT)


SAMPLES = ["jane.doe@example.com", "(212) 555-0134", "<PERSON_1>", "&lt;PERSON_1&gt;",
           "PERSON\\_1", "\\<EMAIL\\_ADDRESS\\_2\\>", "%3CPERSON_1%3E", "\\u003cPERSON_1\\u003e",
           "&#60;LITERAL_1&#62;", "\\", "&lt;", "&gt;", "%3C", "\\_", "&#x3c;", "\\u003e", "{",
           "\\<PERSON\\_1>", "C:\\Users\\", "{PERSON_1}", "{{person_1}}", "}",
           '"', "\n", "&amp;lt;PERSON_1&amp;gt;", "&amp;", "\uff1cPERSON_1\uff1e", "\uff1c",
           "\uff3b"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(SAMPLES), st.text(max_size=8)), max_size=12))
def test_restore_of_redact_is_identity_with_escapes(redactor: PIIRedactor,
                                                     parts: list[str]) -> None:
    text = "".join(parts)
    ctx = Context()
    d = redactor(text, ctx)
    redacted = text if d.text is None else d.text
    out: Any = redactor.output_companion()(redacted, ctx)
    assert (redacted if out.text is None else out.text) == text
    assert "unknown_placeholders" not in out.data
    assert "".join(restore_stream([redacted[i:i + 2] for i in range(0, len(redacted), 2)],
                                  ctx)) == text



def test_a_stream_reports_what_the_whole_text_restorer_reports() -> None:
    """For the pipeline's incremental streams: restored counts and invented placeholders
    (the stream's decision carried neither)."""
    text = "Hi &lt;PERSON_7&gt;, PERSON\\_1 and <LITERAL_1> and <PERSON_2>"
    whole = PIIRestorer()(text, ctx_with())
    proc = PIIRestorer().start_stream(ctx_with())
    for i in range(0, len(text), 3):
        proc.feed(text[i:i + 3])
    proc.flush()
    assert proc.decision_data() == {k: whole.data[k] for k in ("restored",
                                                               "unknown_placeholders")}
    assert proc.decision_data()["unknown_placeholders"] == ["&lt;PERSON_7&gt;"]


def test_a_template_placeholder_survives_the_slots_guard_and_is_restored(
        redactor: PIIRedactor) -> None:
    from guardwire import Pipeline, guarded
    from guardwire.guards.slots import SlotFiller

    def model(prompt: str) -> str:
        assert "ada@example.com" not in prompt
        return "I will write to {email_address_1} about {count} tickets."

    ctx = Context(metadata={"slots": {"count": 3}})
    answer = guarded(model, pipeline=Pipeline(input=[redactor], output=[SlotFiller()]))(
        "Mail me at ada@example.com", guard_ctx=ctx)
    assert answer == "I will write to ada@example.com about 3 tickets."
