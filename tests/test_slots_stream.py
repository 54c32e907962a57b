"""SlotFiller streams: any chunking gives the whole-text output, joins and LaTeX included."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardwire import Context
from guardwire.guards.slots import SlotFiller

DOCS = ["a", "b", "c"]  # <sum> and <count> are 3


def whole(filler: SlotFiller, text: str, **kw: Any) -> str:
    return filler.fill(text, Context(docs=DOCS, **kw))[0]


def streamed(filler: SlotFiller, text: str, cuts: list[int], **kw: Any) -> str:
    proc = filler.start_stream(Context(docs=DOCS, **kw))
    bounds = [0, *sorted({c % (len(text) + 1) for c in cuts}), len(text)]
    parts = [proc.feed(text[a:b]) for a, b in pairwise(bounds)]
    return "".join(parts) + proc.flush()


# --- joins: a fill or strip makes a new slot of the text around it ---------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("a <x<sum>y> b", "a b"),            # the joined <x3y> is unknown: stripped
    ("a <in{x}1> b", "a b"),             # <in1>
    ("a <co{x}unt> b", "a 3 b"),         # the strip makes <count>, which is filled
    ("a <e<d{x}>> b", "a b"),            # nested: <d> then <e>
    ("a <x {x}> b", "a <x > b"),         # a space: no slot
])
def test_a_join_gives_the_same_output_streamed_as_whole(text: str, expected: str) -> None:
    # streamed, the first example showed "a <x3y> b" (the whole text gave "a b"): the stream
    # could not re-scan text it had shown, so a raw slot reached the user
    filler = SlotFiller()
    assert whole(filler, text) == expected
    for size in range(1, len(text) + 1):
        assert streamed(filler, text, list(range(0, len(text), size))) == expected, size


def test_a_join_with_the_same_delimiter_on_both_sides() -> None:
    filler = SlotFiller(delimiters=[["%", "%"]])
    text = "x %a%b%c% y %sum% z"
    expected = whole(filler, text)
    assert "%" not in expected
    for size in range(1, len(text) + 1):
        assert streamed(filler, text, list(range(0, len(text), size))) == expected


# --- LaTeX is not slots ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    r"The ratio is $\frac{a}{b}$.",
    r"Take $x_{i}$ for each $i$ and $e^{n}$.",
    r"\sqrt[3]{x} and \frac{x_{i}}{n} and \binom{n}{k}",
    r"$\text{total} = \mathbb{R}^{n}$",
    r"$f(x)^{k}$ and $\sum_{j}$",
])
def test_latex_is_left_alone(text: str) -> None:
    # "\frac{a}{b}" was read as the slots {a} and {b} and stripped: "$\frac$"
    filler = SlotFiller(resolvers={"total": lambda c: 42})
    assert whole(filler, text) == text
    assert streamed(filler, text, list(range(0, len(text), 2))) == text


@pytest.mark.parametrize(("text", "expected"), [
    (r"$\frac{<sum>}{2}$", r"$\frac{3}{2}$"),           # an angle slot in math is filled
    ("{count} of {sum}", "3 of 3"),                      # plain slots
    ("x_{count}", "x_3"),                                # a known name after "_" is a slot
    ("C:\\Users\\{name} has {count}", "C:\\Users\\ has 3"),  # a path: "\{" is no command
    ("{first}{count}", "3"),                             # a slot after a slot
    ("a {foo} b", "a b"),                                # unknown: stripped as before
])
def test_slots_around_latex_are_still_filled(text: str, expected: str) -> None:
    filler = SlotFiller()
    assert whole(filler, text) == expected
    assert streamed(filler, text, list(range(0, len(text), 3))) == expected


# --- property: every chunking gives the whole-text output ------------------------------------

_names = st.sampled_from(["sum", "count", "x", "in", "co", "unt", "b", "PERSON_1", "i"])
_pieces = st.one_of(
    st.text(alphabet="ab <>{}_^\\ .,\n1`$%€", max_size=5),
    _names.map(lambda n: f"<{n}>"),
    _names.map(lambda n: f"{{{n}}}"),
    _names.map(lambda n: f"<{n}"),
    _names.map(lambda n: f"{n}>"),
    st.sampled_from([r"\frac{a}{b}", "x_{i}", "$", "captures", " capture", "```\n", "`"]),
)
_texts = st.lists(_pieces, max_size=14).map("".join)
_cuts = st.lists(st.integers(min_value=0, max_value=200), max_size=12)
_fillers = [SlotFiller(), SlotFiller(fix_plurals=True), SlotFiller(keep=["x"]),
            SlotFiller(delimiters=[["%", "%"], ["<", ">"]]),
            SlotFiller(delimiters=[["{{", "}}"], ["<", ">"]])]


@settings(max_examples=600, deadline=None)
@given(_texts, _cuts, st.sampled_from(range(len(_fillers))))
def test_property_any_chunking_gives_the_whole_text_output(text: str, cuts: list[int],
                                                            which: int) -> None:
    filler = _fillers[which]
    assert streamed(filler, text, cuts) == whole(filler, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["<a", "<b", "<q", "{x}", "<sum>", ">", "}", "1", " "]),
                max_size=16).map("".join), _cuts)
def test_property_nested_joins(text: str, cuts: list[int]) -> None:
    filler = SlotFiller()
    assert streamed(filler, text, cuts) == whole(filler, text)


# --- a stripped slot takes its glued currency sign or percent sign with it -------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Costs were $<total>.", "Costs were."),            # was "Costs were $."
    ("Costs were €<total> in May.", "Costs were in May."),
    ("It sold for £{total}, more than planned.", "It sold for, more than planned."),
    ("Margins grew <pct>% last year.", "Margins grew last year."),  # was "grew % last year"
    ("Margins grew <pct>%.", "Margins grew."),
    ("¥<total> and ₹<total>% here", "and here"),
    ("Costs were $<sum>.", "Costs were $3."),           # a filled slot keeps its sign
    ("Costs were $ <total>.", "Costs were $."),         # not glued: the sign stays
])
def test_a_stripped_slot_takes_its_glued_sign(text: str, expected: str) -> None:
    filler = SlotFiller()
    assert whole(filler, text) == expected
    for cut in range(len(text) + 1):  # each chunking, the sign and the slot split apart too
        assert streamed(filler, text, [cut]) == expected
        assert streamed(filler, text, [cut, cut + 1, cut + 2]) == expected


@pytest.mark.parametrize(("text", "cuts", "expected"), [
    # found by the property test in a fresh CI run: taking the '$' joined '<sum' and 'sum>'
    # into a slot the stream had already shown ('<sumsum>' streamed, '' whole) ...
    ("<sum$<x>sum>", [5], "<sum$sum>"),
    # ... and a second stripped slot popped a '$' already shown (IndexError in flush)
    ("$$<x><x>", [2], "$$"),
    ("a <sum<x>%sum> b", [7], "a <sum%sum> b"),  # a '%' before a name is not taken either
    ("US$<total> x", [3], "US$ x"),  # a sign glued to a word stays (the stream showed "US")
])
def test_a_sign_is_taken_only_when_it_stands_apart(text: str, cuts: list[int],
                                                   expected: str) -> None:
    filler = SlotFiller()
    assert whole(filler, text) == expected
    assert streamed(filler, text, cuts) == expected
    for cut in range(len(text) + 1):
        assert streamed(filler, text, [cut, cut + 1]) == expected


_sign_pieces = st.sampled_from(["$", "€", "%", " ", "<x>", "<sum>", "<total>", "sum>", "<sum",
                                "a", ".", "\n", "$$", "%%", "US", "(", ")"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_sign_pieces, max_size=12).map("".join), _cuts,
       st.sampled_from(range(len(_fillers))))
def test_property_signs_next_to_slots(text: str, cuts: list[int], which: int) -> None:
    # signs, slots and name runs packed together: the general property test drew them too
    # rarely to find the two failures above before a CI run did
    filler = _fillers[which]
    assert streamed(filler, text, cuts) == whole(filler, text)


def test_a_percent_delimiter_is_no_glued_sign() -> None:
    filler = SlotFiller(delimiters=[["%", "%"], ["<", ">"]])
    assert whole(filler, "up <x>%y% here") == "up here" == streamed(filler, "up <x>%y% here", [5])
    assert streamed(filler, "a <x>%sum% b", [3, 6]) == whole(filler, "a <x>%sum% b") == "a 3 b"
