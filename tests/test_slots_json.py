"""SlotFiller in JSON answers: a slot in a JSON string gets an escaped value, a slot in a
value position a JSON literal; streamed like the whole text."""

from __future__ import annotations

import json
from decimal import Decimal
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardwire import Context
from guardwire.guards.slots import SlotFiller


def ctx(**slots: Any) -> Context:
    return Context(docs=["a", "b"], metadata={"slots": slots})


def fill(filler: SlotFiller, text: str, **slots: Any) -> str:
    return filler.fill(text, ctx(**slots))[0]


def streamed(filler: SlotFiller, text: str, cuts: list[int], **slots: Any) -> str:
    proc = filler.start_stream(ctx(**slots))
    bounds = [0, *sorted({c % (len(text) + 1) for c in cuts}), len(text)]
    return "".join(proc.feed(text[a:b]) for a, b in pairwise(bounds)) + proc.flush()


@pytest.mark.parametrize("name", ['O"Brien', "back\\slash", "two\nlines", "tab\there",
                                  'a "quoted" \\ mix\r\n', "\u0001control"])
def test_a_value_in_a_json_string_is_escaped(name: str) -> None:
    out = fill(SlotFiller(), '{"name": "<name>", "greeting": "Hello {name}!"}', name=name)
    assert json.loads(out) == {"name": name, "greeting": f"Hello {name}!"}


def test_number_format_does_not_break_a_json_number() -> None:
    f = SlotFiller(number_format=",")
    out = fill(f, '{"total": <total>, "note": "total <total>", "n": [<total>, <count>]}',
               total=1234.5)
    assert json.loads(out) == {"total": 1234.5, "note": "total 1,234.5", "n": [1234.5, 2]}
    # a format that gives a JSON number is kept; prose after the document keeps the format
    out = fill(SlotFiller(number_format=".2f"), '{"t": <total>} so <total>', total=Decimal(3))
    assert out == '{"t": 3.00} so 3.00'
    assert fill(f, '{"t": <total>}\nTotal: <total>.', total=12345) == '{"t": 12345}\nTotal: 12,345.'


def test_value_positions_get_json_literals() -> None:
    out = fill(SlotFiller(), '{"who": <who>, "ok": <ok>, "n": <n>, "gone": <gone>}',
               who='Bob "B"', ok=True, n=-0.000012)
    assert json.loads(out) == {"who": 'Bob "B"', "ok": True, "n": -0.000012, "gone": None}


def test_an_unknown_json_value_is_null_and_still_reported() -> None:
    f = SlotFiller()
    d = f('{"a": <gone>, "b": "x <gone> y"}', ctx())
    assert json.loads(d.text) == {"a": None, "b": "x y"}  # type: ignore[arg-type]
    assert d.data["stripped"] == ["gone"]
    assert SlotFiller(on_unknown="block")('{"a": <gone>}', ctx()).action == "block"


def test_a_json_document_after_a_prose_line() -> None:
    text = 'Here is "<name>":\n  {"name": "<name>", "n": <total>}\nTotal "<total>" for <name>.'
    for cuts in ([], [13, 14, 15, 16, 17], [19], list(range(len(text)))):
        out = streamed(SlotFiller(number_format=","), text, cuts, name='O"B', total=1234)
        lines = out.split("\n")
        assert lines[0] == 'Here is "O"B":'
        assert json.loads(lines[1]) == {"name": 'O"B', "n": 1234}
        assert lines[2] == 'Total "1,234" for O"B.'


@pytest.mark.parametrize(("text", "expected"), [
    ('He said "<name>" twice.', 'He said "O"Brien" twice.'),  # prose: written as given
    ("[1] The total was <total>.", "[1] The total was 1,234."),  # a citation, not JSON
    ("[<total> results](x)", "[1,234 results](x)"),
    ("[2024 report: <total> events]", "[2024 report: 1,234 events]"),  # letters: not JSON
    # words spelled with the letters of true/false/null only are no JSON either: these were
    # read as JSON ('[test run: "O\\"Brien"]', '[tests: 1234 passed]')
    ("[test run: <name>]", '[test run: O"Brien]'),
    ("[tests: <total> passed]", "[tests: 1,234 passed]"),
    ("[nulls: <total>]", "[nulls: 1,234]"),
    ("[1, 2] then <total>", "[1, 2] then 1,234"),  # after the document
    ('Said "<name>"\n[link](u) "<name>"', 'Said "O"Brien"\n[link](u) "O"Brien"'),
    ("{name} wrote", 'O"Brien wrote'),  # a slot first: prose
    ('```json\n{"name": "<name>"}\n```', '```json\n{"name": "<name>"}\n```'),  # code: as is
])
def test_prose_and_code_are_unchanged(text: str, expected: str) -> None:
    assert fill(SlotFiller(number_format=","), text, name='O"Brien', total=1234) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("[true, <total>]", "[true, 1234]"), ("[false, null, <total>]", "[false, null, 1234]"),
    ("[tests: <total>]", "[tests: 1,234]"), ("[truest <total>]", "[truest 1,234]"),
    ("[nul <total>]", "[nul 1,234]")])
def test_literal_words_split_across_chunks_read_as_the_whole_text(text: str,
                                                                   expected: str) -> None:
    f = SlotFiller(number_format=",")
    assert fill(f, text, total=1234) == expected
    for cut in range(1, len(text)):
        assert streamed(f, text, [cut], total=1234) == expected


_values = st.one_of(st.text(max_size=6), st.integers(-10**6, 10**6), st.booleans(),
                    st.floats(allow_nan=False, allow_infinity=False, width=32))


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(["w", "x", "y", "z"]), _values, max_size=4),
       st.lists(st.sampled_from(["w", "x", "y", "z", "v"]), min_size=1, max_size=5),
       st.lists(st.integers(min_value=0, max_value=300), max_size=12),
       st.sampled_from(["", ","]))
def test_property_a_json_answer_stays_json_in_any_chunking(
        values: dict[str, Any], names: list[str], cuts: list[int], spec: str) -> None:
    """Slots as values and inside strings: the output parses, whatever the chunking."""
    f = SlotFiller(number_format=spec)
    text = "{" + ", ".join(f'"{n}{i}": <{n}>, "s{i}": "<{n}> \\"{{{n}}}\\""'
                           for i, n in enumerate(names)) + "}"
    out = fill(f, text, **values)
    assert streamed(f, text, cuts, **values) == out
    parsed = json.loads(out)
    for i, n in enumerate(names):
        value = values.get(n)
        if isinstance(value, float):
            assert parsed[f"{n}{i}"] == pytest.approx(value, rel=1e-6)
        else:
            assert parsed[f"{n}{i}"] == value
        if isinstance(value, str):
            assert parsed[f"s{i}"] == f'{value} "{value}"'


_json_pieces = st.sampled_from(['{"', '"', '": ', ", ", "[", "]", "{", "}", "\\", '\\"',
                                "<name>", "<sum>", "<x>", "{name}", "<na", "me>", " ", "a",
                                "1", "\n", "`", "$"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_json_pieces, max_size=16).map("".join),
       st.lists(st.integers(min_value=0, max_value=200), max_size=12),
       st.booleans())
def test_property_json_like_text_any_chunking_gives_the_whole_text(
        text: str, cuts: list[int], plurals: bool) -> None:
    f = SlotFiller(number_format=",", fix_plurals=plurals)
    values = {"name": 'O"B\\', "sum": 12345}
    assert streamed(f, " " + text, cuts, **values) == fill(f, " " + text, **values)


@pytest.mark.parametrize("lead", ["Result: ", "The JSON is ", "Done. Output = "])
def test_a_json_object_starting_mid_line_is_filled_as_json(lead: str) -> None:
    # it was filled as prose: 'Result: {"name": "O"Brien", "n": 1,234}' did not load
    text = lead + '{"name": "<name>", "n": <total>, "gone": <gone>} and <total> more.'
    f = SlotFiller(number_format=",")
    out = fill(f, text, name='O"Brien', total=1234)
    assert out.startswith(lead)
    doc, end = json.JSONDecoder().raw_decode(out[len(lead):])
    assert doc == {"name": 'O"Brien', "n": 1234, "gone": None}
    assert out[len(lead) + end:] == " and 1,234 more."  # prose again after the object
    for cut in range(len(text) + 1):
        assert streamed(f, text, [cut], name='O"Brien', total=1234) == out


@pytest.mark.parametrize(("text", "expected"), [
    ('Use {<name>} or "<name>".', 'Use {O"Brien} or "O"Brien".'),  # no key: prose
    ("See [<name>] and [1] for <total>.", 'See [O"Brien] and [1] for 1,234.'),  # "[" mid-line
    ('An empty {} then "<name>"', 'An empty {} then "O"Brien"'),
])
def test_braces_mid_line_that_open_no_json_object_stay_prose(text: str, expected: str) -> None:
    assert fill(SlotFiller(number_format=","), text, name='O"Brien', total=1234) == expected
