"""One closer typed as the other kind: ``{"a": 2]``, ``[2,}`` (fifteenth session).

Before, these were re-asked as "brackets do not match" or "a key or value is missing"
(json-repair logs a lost ``]``), although one reading alone makes them JSON: swap that closer.
They are read now only when that is the one one-character edit (insertion, deletion or
substitution) giving JSON: no opener of the closer's own kind is open (else a lost closer is
another reading), every other bracket nests, and swapping the *opener* instead gives no JSON
(``[}``: ``[]`` or ``{}``? asked again). A single dropped or doubled bracket changes the
bracket count and is never read by this rule.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardwire import Context
from guardwire.guards.schema import SchemaGuard, parse_answer
from guardwire.guards.schema.readers import SWAP_NOTE


@pytest.mark.parametrize(("text", "want"), [
    ('{"a":2]', {"a": 2}),
    ('{"a":2,]', {"a": 2}),                              # and a trailing comma
    ("[2,}", [2]),
    ('{"a": {"b": 1]}', {"a": {"b": 1}}),                # an inner object's closer
    ('{"a": [1, 2], "b": 3]', {"a": [1, 2], "b": 3}),
    ('[[1, 2}, [3]]', [[1, 2], [3]]),
    ('{"a": "x]"]', {"a": "x]"}),                        # brackets in strings do not count
    ("{name: 'Ada', age: 36]", {"name": "Ada", "age": 36}),  # with the dialect passes
    ('{"a": "x", "b": y]', {"a": "x", "b": "y"}),        # and an unquoted value
    ('Here it is:\n```json\n{"a": 2]\n```', {"a": 2}),
])
def test_a_closer_typed_as_the_other_kind_is_read(text: str, want: Any) -> None:
    p = parse_answer(text)
    assert p.status == "repaired", p.problem
    assert p.value == want
    assert SWAP_NOTE in p.repairs
    ctx = Context()
    d = SchemaGuard()(text, ctx)
    assert d.action != "reask" and d.data["rung"] == "repaired"
    assert ctx.structured == want


@pytest.mark.parametrize("text", [
    "[}",                    # [] or {}
    "{]",
    "[1, [}]",               # [1, []] or [1, {}]
    '["a" 2}',               # ["a", 2] or {"a": 2}
    '[{"b": 2]',             # a lost `}` (read by its own rule), not a swap
    '{"a": 1]]',             # one closer too many as well
    '{"a": 2] and {"b": 3}',
    '{"a": [1}, "b": 2]',    # two swapped closers
    '{"a":2}]',              # an extra closer, not a swapped one
])
def test_other_mismatched_closers_are_still_asked_again(text: str) -> None:
    p = parse_answer(text)
    assert not p.ok or SWAP_NOTE not in p.repairs, (p.value, p.repairs)
    if text in ("[}", "{]", "[1, [}]", '["a" 2}', '{"a": [1}, "b": 2]'):
        assert SchemaGuard()(text, Context()).action == "reask"


_scalars = st.one_of(st.none(), st.booleans(), st.integers(-999, 999),
                     st.text("abc xyz", max_size=5))
_json = st.recursive(_scalars, lambda kids: st.lists(kids, max_size=3)
                     | st.dictionaries(st.text("kqz", min_size=1, max_size=3), kids, max_size=3),
                     max_leaves=8)


@settings(max_examples=300, deadline=None)
@given(_json.filter(lambda v: isinstance(v, list | dict)), st.integers(0, 10**6),
       st.sampled_from([None, 1]))
def test_a_swapped_closer_gives_the_value_back_or_a_reask(value: Any, pick: int,
                                                         indent: int | None) -> None:
    doc = json.dumps(value, indent=indent)
    closers = [i for i, c in enumerate(doc) if c in "}]" and _outside_strings(doc, i)]
    i = closers[pick % len(closers)]
    broken = doc[:i] + ("]" if doc[i] == "}" else "}") + doc[i + 1:]
    p = parse_answer(broken)
    if p.ok:
        assert p.value == value
        assert type(p.value) is type(value)


def _outside_strings(doc: str, at: int) -> bool:
    quotes, i = 0, 0
    while i < at:
        if doc[i] == "\\":
            i += 2
            continue
        quotes += doc[i] == '"'
        i += 1
    return quotes % 2 == 0


@pytest.mark.parametrize("text", [
    "[null, false, true} 4904]",     # a `,` typed as `}`: the rest of the array after it
    '[{"a": 1}} -4.323, false, []]',
    "Here: {\"a\": 2] and more",
])
def test_a_swapped_closer_is_read_only_when_it_ends_the_whole_answer(text: str) -> None:
    """Found by a fuzz of one-character substitutions: the text after such a value was
    dropped as prose, and `[1, 2} 3]` became `[1, 2]`."""
    assert SchemaGuard()(text, Context()).action == "reask"


def test_an_opener_swap_reading_with_a_key_twice_is_a_reading_not_a_duplicate_key() -> None:
    """``["a" 1, "a" 2}``: swapping the ``[`` gives an object with "a" twice — another
    reading, so the text is re-asked as mismatched, not as a key the model wrote twice."""
    p = parse_answer('["a" 1, "a" 2}')
    assert not p.ok
    assert "more than once" not in p.problem
