"""One structural character typed as another (``{}[],:"``) must give the value back or a re-ask.

Found in the fifteenth session by a fuzz of such substitutions (benchmark part 1c): the ladder
gave a *different* value for 76 of 10,000 documents, in three ways, each refused now:

- a ``,`` typed as ``]`` or ``}`` ends the value early; the rest (``[1] 2, 3]``) was dropped as
  an explanation after it. Text after the value that closes more brackets than it opens (and
  than the text before the value opened: ``{```{…}```}``) is now the value going on;
- a ``,`` typed as ``:`` after a literal: json-repair read ``{"a": false: "b": 1}`` as
  ``{"a": "false:", …}``. A string it made from bare words that ends in the colon is refused;
- a ``:`` typed as ``[``: ``{"a"[ 1}`` was read as a lost colon *and* a lost ``]``
  (``{"a": [1]}``). A lost closer is now put back only when no colon or comma was missing too.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardwire import Context
from guardwire.guards.schema import SchemaGuard, parse_answer


@pytest.mark.parametrize("text", [
    '[null, [["12", -6.968]]] null, []]',      # `,` typed as `]`
    "[\n false,\n 432]\n -270,\n \"x1\"\n]",
    "[[]] true]",
    '{"a": 1}} "b": 2}',
    '{"id0": 6.906, "a b1": true: "tags2": "12"}',  # `,` typed as `:`
    '{"a": null: "b": 1}',
    '{"id0"[ 4743}',                           # `:` typed as `[`
    '{\n "id0"[ false\n}',
    '{"a": 1, "b"[ {"c": 2}}',
])
def test_a_structural_character_typed_as_another_is_asked_again(text: str) -> None:
    assert not parse_answer(text).ok
    assert SchemaGuard()(text, Context()).action == "reask"


@pytest.mark.parametrize(("text", "want"), [
    ('{"a": 1}\n\nSources: [1], [2].', {"a": 1}),       # balanced brackets: an explanation
    ('{```json\n{"a":"b"}\n```}', {"a": "b"}),            # a wrapper around a fence
    ('[{"b": 2]', [{"b": 2}]),                            # a lost `}` alone is still read
    ('{"a": [1, 2}', {"a": [1, 2]}),
    ('{"t": 2024-10-18T18:35:22.229Z}', {"t": "2024-10-18T18:35:22.229Z"}),  # colons in a word
])
def test_what_was_read_before_is_still_read(text: str, want: Any) -> None:
    p = parse_answer(text)
    assert p.ok, p.problem
    assert p.value == want


_scalars = st.one_of(st.none(), st.booleans(), st.integers(-999, 999),
                     st.sampled_from(["alpha", "beta gamma", "", "0789", "12"]))
_json = st.recursive(_scalars, lambda kids: st.lists(kids, max_size=4)
                     | st.dictionaries(st.sampled_from(["a", "id", "a b", "k2"]), kids,
                                       max_size=4), max_leaves=10)


@settings(max_examples=400, deadline=None)
@given(_json.filter(lambda v: isinstance(v, list | dict)), st.integers(0, 10**6),
       st.sampled_from('{}[],:"'), st.sampled_from([None, 1]))
def test_one_substituted_structural_character_never_gives_another_value(
        value: Any, pick: int, new: str, indent: int | None) -> None:
    doc = json.dumps(value, indent=indent)
    spots = [i for i, c in enumerate(doc) if c in '{}[],:"' and c != new]
    if not spots:
        return
    i = spots[pick % len(spots)]
    broken = doc[:i] + new + doc[i + 1:]
    ctx = Context()
    if SchemaGuard()(broken, ctx).action != "reask":
        assert json.dumps(ctx.structured) == json.dumps(value), broken
