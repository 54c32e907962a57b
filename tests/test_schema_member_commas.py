"""A missing comma between object members written one per line, YAML-like (``{a: "x"⏎b: 1}``).

Before, a JavaScript-style object whose members stood on their own lines without commas was
re-asked once a key was unquoted: the passes quoted only a key after ``{`` or ``,``, so
json-repair got ``{"a": "x"\\nb: 1}``, read ``b`` as part of a string, and its reading was
refused ("an unquoted value runs over several lines"). Now the passes put the comma in where a
complete value (a quoted string, number, literal or closed container) ends a line and the next
line starts with a key and a colon — nothing else can be meant there. An unquoted value at the
end of a line is still left alone: its words may go on over the next line.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardwire import Context
from guardwire.guards.schema import SchemaGuard, parse_answer

_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
NOTE = "missing comma inserted between object members"


@pytest.mark.parametrize(("text", "want"), [
    ('{greeting: "hello world"\nnext: "line"}', {"greeting": "hello world", "next": "line"}),
    ('{\n  name: "Ada"\n  age: 36\n  tags: ["a", "b"]\n  address: {city: "Paris"}\n}',
     {"name": "Ada", "age": 36, "tags": ["a", "b"], "address": {"city": "Paris"}}),
    ('{\n  "name": "Ada"\n  age: 36\n}', {"name": "Ada", "age": 36}),  # keys mixed
    ("{a: 1 // the first\nb: 2}", {"a": 1, "b": 2}),  # a comment before the line break
])
def test_members_one_per_line_without_commas_are_read(text: str, want: Any) -> None:
    p = parse_answer(text)
    assert p.ok, p.problem
    assert p.value == want and NOTE in p.repairs


def test_the_guard_gives_the_object() -> None:
    ctx = Context()
    d = SchemaGuard()('{\n  name: "Ada"\n  age: 36\n}', ctx)
    assert d.action == "rewrite" and ctx.structured == {"name": "Ada", "age": 36}


@pytest.mark.parametrize("text", [
    '{a: hello world\nb: 1}',  # an unquoted value ends the line: its words may go on
    '{a: "x"\nb}',  # no colon after the word on the next line: not a key
    '{a: "x"\nb c: 1}',  # two words before the colon
])
def test_no_comma_is_put_in_where_the_line_end_is_not_a_member_end(text: str) -> None:
    p = parse_answer(text)
    assert not p.ok or NOTE not in p.repairs


words = st.from_regex(_IDENT, fullmatch=True).filter(
    lambda w: w not in ("true", "false", "null", "True", "False", "None", "undefined"))
complete = st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.text(max_size=8) \
    | st.lists(st.integers(), max_size=3)


@settings(max_examples=200, deadline=None)
@given(value=st.dictionaries(words, complete, min_size=2, max_size=6), data=st.data())
def test_property_members_on_their_own_lines_read_back_exactly(value: dict[str, Any],
                                                                data: st.DataObject) -> None:
    lines = []
    for k, v in value.items():
        key = k if data.draw(st.booleans()) else json.dumps(k)
        lines.append(f"{key}: {json.dumps(v, ensure_ascii=False)}")
    indent = data.draw(st.sampled_from(["", "  ", "\t"]))
    text = "{\n" + "".join(f"{indent}{line}\n" for line in lines) + "}"
    p = parse_answer(text)
    assert p.ok, (text, p.problem)
    assert p.value == value
