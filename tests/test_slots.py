"""SlotFiller: fills slots from resolvers, never lets a stray slot through, streams."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardwire import ConfigError, Context
from guardwire.guards.slots import HTML_TAGS, SlotFiller, agree_number

DOCS = [
    {"id": "a", "text": "camera 1", "metadata": {"occurrence_count": 3}},
    {"id": "b", "text": "camera 2", "occurrence_count": 2},
    "camera 3 (no count: counts as one)",
]


def ctx(**kw: Any) -> Context:
    return Context(docs=kw.pop("docs", DOCS), **kw)


def stream_all(filler: SlotFiller, text: str, context: Context, size: int) -> str:
    proc = filler.start_stream(context)
    parts = [proc.feed(text[i : i + size]) for i in range(0, len(text), size)]
    return "".join(parts) + proc.flush()


def test_builtin_sum_and_count() -> None:
    d = SlotFiller()("There were <sum> captures on {count} cameras.", ctx())
    assert d.action == "rewrite"
    assert d.text == "There were 6 captures on 3 cameras."
    assert d.data["filled"] == {"sum": "6", "count": "3"}


def test_sum_without_field_is_number_of_docs() -> None:
    d = SlotFiller()("Seen <sum> times.", ctx(docs=["x", "y"]))
    assert d.text == "Seen 2 times."


def test_sum_field_option() -> None:
    docs = [{"text": "", "metadata": {"hits": 10}}, {"text": "", "metadata": {"hits": 5}}]
    d = SlotFiller(sum_field="hits")("<sum> hits", ctx(docs=docs))
    assert d.text == "15 hits"


def test_custom_resolver_and_metadata_slots_take_precedence() -> None:
    filler = SlotFiller(resolvers={"total": lambda c: c.metadata["n"] * 2})
    d = filler("Total: <total>.", ctx(metadata={"n": 21}))
    assert d.text == "Total: 42."
    d = filler("Total: <total>.", ctx(metadata={"n": 21, "slots": {"total": 7}}))
    assert d.text == "Total: 7."


def test_resolver_from_import_path() -> None:
    filler = SlotFiller(resolvers={"pi": "math:floor"})  # floor(ctx) raises TypeError
    d = filler("Value <pi> here.", ctx())
    assert d.text == "Value here."
    assert "pi" in d.data["resolver_errors"]


def test_unknown_slot_is_stripped_with_spacing_fixed() -> None:
    d = SlotFiller()("You have <unknown> new alerts, see {nothing}.", ctx())
    assert d.text == "You have new alerts, see."
    assert d.data["stripped"] == ["unknown", "nothing"]


def test_unknown_slot_blocks_when_configured() -> None:
    d = SlotFiller(on_unknown="block")("You have <unknown> alerts.", ctx())
    assert d.action == "block"
    assert d.data["stripped"] == ["unknown"]


def test_failing_resolver_never_leaks_raw_slot() -> None:
    def boom(c: Context) -> int:
        raise RuntimeError("db down")

    d = SlotFiller(resolvers={"sum": boom})("Saw <sum> events.", ctx())
    assert "<sum>" not in (d.text or "")
    assert d.data["resolver_errors"]["sum"].startswith("RuntimeError")


def test_pii_placeholders_and_html_are_left_alone() -> None:
    text = "Dear <PERSON_1>, mail <EMAIL_ADDRESS_12> about <b>it</b>.<br>"
    d = SlotFiller()(text, ctx())
    assert d.action == "allow"


def test_slots_in_code_are_left_alone() -> None:
    text = "Use `f'{count}'` like:\n```python\nprint(f'{sum}')\n```\nWe saw <sum>."
    d = SlotFiller()(text, ctx())
    assert d.text == "Use `f'{count}'` like:\n```python\nprint(f'{sum}')\n```\nWe saw 6."


def test_custom_delimiters() -> None:
    filler = SlotFiller(delimiters=[["{{", "}}"]])
    d = filler("Count {{count}}, not <count> or {count}.", ctx())
    assert d.text == "Count 3, not <count> or {count}."


@pytest.mark.parametrize(
    ("n", "word", "expected"),
    [(1, "captures", "capture"), (3, "capture", "captures"), (1, "entries", "entry"),
     (2, "entry", "entries"), (1, "boxes", "box"), (2, "person", "people"),
     (1, "people", "person"), (1, "news", "news"), (1, "status", "status"), (0, "alert", "alerts")],
)
def test_agree_number(n: int, word: str, expected: str) -> None:
    assert agree_number(n, word) == expected


def test_fix_plurals_option() -> None:
    filler = SlotFiller(fix_plurals=True)
    one = ctx(docs=["only"])
    assert filler("We found <count> captures.", one).text == "We found 1 capture."
    assert filler("We found <count> capture.", ctx()).text == "We found 3 captures."
    assert SlotFiller()("We found <count> captures.", one).text == "We found 1 captures."
    assert stream_all(filler, "We found <count> captures.", one, 1) == "We found 1 capture."


@pytest.mark.parametrize(
    ("text", "one", "three"),
    [
        # a compound or an adjective is not the noun: "3 afters-hours", "3 reds car" before
        ("<count> after-hours entries.", "1 after-hours entries.", "3 after-hours entries."),
        ("<count> red car.", "1 red car.", "3 red car."),
        ("<count> new ticket was opened", "1 new ticket was opened", "3 new ticket was opened"),
        ("<count> was the count", "1 was the count", "3 was the count"),  # not "1 wa"
        ("<count> person's bag", "1 person's bag", "3 person's bag"),
        # a singular is made plural when punctuation, the end or a following word says so
        ("<count> capture in total", "1 capture in total", "3 captures in total"),
        ("<count> time last week", "1 time last week", "3 times last week"),
        ("<count> entry", "1 entry", "3 entries"),
        ("<count> entries were seen", "1 entry were seen", "3 entries were seen"),
    ],
)
def test_fix_plurals_changes_only_the_noun(text: str, one: str, three: str) -> None:
    filler = SlotFiller(fix_plurals=True)
    for docs, want in ((["only"], one), (DOCS, three)):
        assert (filler(text, ctx(docs=docs)).text or text) == want
        for size in (1, 2, 3, 5):
            assert stream_all(filler, text, ctx(docs=docs), size) == want


@pytest.mark.parametrize(
    ("kwargs", "path"),
    [({"on_unknown": "warn"}, "on_unknown"), ({"delimiters": [["<"]]}, "delimiters[0]"),
     ({"delimiters": []}, "delimiters"), ({"resolvers": {"x": 3}}, "resolvers.x"),
     ({"resolvers": {"x": "nomodule_xyz:f"}}, "resolvers.x"),
     ({"number_format": "%%"}, "number_format")],
)
def test_bad_options_raise_config_error(kwargs: dict[str, Any], path: str) -> None:
    with pytest.raises(ConfigError) as err:
        SlotFiller(**kwargs)
    assert err.value.path == path


def test_stream_holdback_is_bounded() -> None:
    proc = SlotFiller().start_stream(ctx())
    out = proc.feed("abc <")
    assert out == "abc"
    out2 = proc.feed("x" * 200)
    assert len(out2) > 150  # no longer a possible slot: released
    assert (out + out2 + proc.flush()).endswith("x" * 200)


# --- properties ---------------------------------------------------------------------------

SLOT = re.compile(r"<[A-Za-z][A-Za-z0-9_]*>|\{[A-Za-z][A-Za-z0-9_]*\}")
names = st.sampled_from(["sum", "count", "total", "foo", "Sum", "x1", "PERSON_1", "b", "br"])
pieces = st.one_of(
    st.text(alphabet="ab <>{}_ .,\n1", max_size=6),
    names.map(lambda n: f"<{n}>"),
    names.map(lambda n: f"{{{n}}}"),
)
texts = st.lists(pieces, max_size=12).map("".join)


def _stray(text: str) -> list[str]:
    """Slot-shaped text left in an output; not HTML tags, PII placeholders, or a LaTeX
    sub/superscript ("a_{foo}") of a name nobody resolves."""
    return [m.group() for m in SLOT.finditer(text)
            if not (m.group().startswith("<") and m.group()[1:-1].lower() in HTML_TAGS)
            and not re.fullmatch(r"[<{][A-Z][A-Z0-9_]*_\d+[>}]", m.group())
            and not (re.search(r"[A-Za-z0-9)}][_^]\Z", text[: m.start()])
                     and m.group()[1:-1].lower() not in ("sum", "count"))]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_property_no_stray_slots(text: str) -> None:
    d = SlotFiller()(text, ctx())
    if d.action == "block":  # only unknown slots: nothing would be left to show
        assert d.data["stripped"] and text.strip()
        return
    out = text if d.action == "allow" else d.text
    assert out is not None and (out.strip() or not text.strip())
    assert _stray(out) == []


@settings(max_examples=200, deadline=None)
@given(texts, st.integers(min_value=1, max_value=7))
def test_property_stream_equals_single_pass(text: str, size: int) -> None:
    filler = SlotFiller()
    whole = filler.start_stream(ctx())
    expected = whole.feed(text) + whole.flush()
    assert stream_all(filler, text, ctx(), size) == expected


words = st.sampled_from(["capture", "captures", "entry", "red", "after-hours", "was", "in",
                         "total", "time", "times", "person's", "people"])
plural_texts = st.lists(st.one_of(words, pieces, st.sampled_from([" ", ".", "\n"])),
                        max_size=14).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(plural_texts, st.integers(min_value=1, max_value=7), st.sampled_from([["one"], None]))
def test_property_fix_plurals_stream_equals_single_pass(text: str, size: int,
                                                        docs: list[str] | None) -> None:
    filler = SlotFiller(fix_plurals=True)
    context = ctx() if docs is None else ctx(docs=docs)
    whole = filler.start_stream(context)
    expected = whole.feed(text) + whole.flush()
    context = ctx() if docs is None else ctx(docs=docs)
    assert stream_all(filler, text, context, size) == expected


# --- through the pipeline -------------------------------------------------------------------

def test_pipeline_fills_slots_in_a_streamed_answer() -> None:
    import guardwire

    pipeline = guardwire.Pipeline(output=[SlotFiller()])

    def model(prompt: str, guard_ctx: Context | None = None) -> Any:
        yield from ["We saw <s", "um> events", " on {co", "unt} cameras <bogus>."]

    wrapped = guardwire.guarded(model, pipeline=pipeline)
    chunks = list(wrapped("how many?", guard_ctx=ctx()))
    assert "".join(chunks) == "We saw 6 events on 3 cameras."
