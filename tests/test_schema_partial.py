"""Rung 4 on the broken containers only (``partial.repair_containers``) against the full repair."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardwire.guards.schema import parse_answer
from guardwire.guards.schema.dialects import normalize, tokenize
from guardwire.guards.schema.partial import repair_containers


def _spliced(text: str, max_steps: int = 2) -> Any:
    """The partial path on what the passes give when json-repair is needed: there, unquoted
    values are left to it (``bare_values=False``, see ``extract._dialects``)."""
    norm = normalize(text, bare_values=False)
    assert not norm.problem
    return repair_containers(norm.text, norm.tokens or tokenize(norm.text), max_steps)


def _norm(text: str) -> str:
    return normalize(text, bare_values=False).text


@pytest.mark.parametrize(("text", "expected"), [
    ('{"id": 1, "items": [{"sku": A-1, "qty": 2}, {"sku": "B-2", "qty": 1}]}',
     {"id": 1, "items": [{"sku": "A-1", "qty": 2}, {"sku": "B-2", "qty": 1}]}),
    ('{"id": 1, "o": {"a": 1 "b": 2}, "p": [3]}', {"id": 1, "o": {"a": 1, "b": 2}, "p": [3]}),
    ('{"id": 1, "o": {"a":: 1, "b": 2}}', {"id": 1, "o": {"a": 1, "b": 2}}),
    ('{"a": {"x": 1}, "b": {"y": 2 "z": 3}, "c": {"w": v 4}}',
     {"a": {"x": 1}, "b": {"y": 2, "z": 3}, "c": {"w": "v 4"}}),
])
def test_repairing_only_the_broken_containers_gives_the_full_repairs_value(
        text: str, expected: Any) -> None:
    s = _spliced(text)
    assert s.done and s.value == expected  # the partial path alone read it …
    full = parse_answer(text, partial=False)
    assert full.status == "repaired" and full.value == expected  # … as the full repair does
    p = parse_answer(text)
    assert p.status == "repaired" and p.value == expected


@pytest.mark.parametrize("text", [
    '{"meta": 1, "o": {greeting: hello world\nnext: "line"}}',  # json-repair merges lines
    '{"meta": 1, "o": {"a": 1, "b": }}',                        # a missing value
    '{"id": 1, "lines": [{"title": Blue mug, large, "qty": 2}]}',
])
def test_what_the_full_repair_refuses_the_partial_one_refuses(text: str) -> None:
    assert _spliced(text).text != _norm(text)  # the partial path did run on it
    assert parse_answer(text, partial=False).status == "not_json"
    assert parse_answer(text).status == "not_json"


def test_a_doubled_comma_is_read_right_or_refused_by_both_paths() -> None:
    # json-repair before 0.64.9 read "2,," as the string "2," (the ladder refused that value);
    # from 0.64.9 it reads the number: either way no path returns the wrong value, and the
    # partial path decides as the full repair does (a fresh clone installed 0.64.9)
    text = '[{"a": 1}, {"b": 2,, "c": 3}]'
    full, part = parse_answer(text, partial=False), parse_answer(text)
    assert full.status == part.status and full.status in ("repaired", "not_json")
    if full.status == "repaired":
        assert full.value == part.value == [{"a": 1}, {"b": 2, "c": 3}]


@pytest.mark.parametrize("text", [
    '{"a": 1 "b": 2}',                                 # the broken container is the root
    '{"meta": 1, "o": {"b": 2]}',                       # brackets do not nest
    "{'meta': 1, \"o\": {\"a\": 1 \"b\": 2}, x: it's}",  # a quote read by context
])
def test_partial_path_gives_up_and_leaves_the_text_alone(text: str) -> None:
    s = _spliced(text)
    assert not s.done and s.text == _norm(text) and s.log == ()


def test_after_max_steps_the_rest_goes_to_one_full_repair_on_the_spliced_text() -> None:
    rows = [{"sku": f"S/{i}", "qty": i} for i in range(6)]
    text = json.dumps({"rows": rows}).replace('"S/', "S/").replace('", "qty"', ', "qty"')
    assert '{"sku": S/0, "qty": 0}' in text  # every sku value is bare (and has a /)
    s = _spliced(text, max_steps=2)
    assert not s.done and s.text != _norm(text)
    assert json.loads(s.text[s.text.index("[") : s.text.index("}") + 1] + "]") == rows[:1]
    p, full = parse_answer(text), parse_answer(text, partial=False)
    assert p.status == full.status == "repaired"
    assert p.value == full.value == {"rows": rows}


# -- property: a slip inside a nested container reads the same both ways ------------------------
plain = st.text(alphabet="abc xyz019_-", max_size=8)
leaves = st.none() | st.booleans() | st.integers(-10**4, 10**4) | plain
inner = st.recursive(leaves, lambda c: st.lists(c, max_size=3)
                     | st.dictionaries(plain, c, max_size=3), max_leaves=8)
docs = st.dictionaries(plain, st.dictionaries(plain, inner, min_size=1, max_size=3)
                       | st.lists(inner, min_size=1, max_size=3), min_size=1, max_size=4)


@settings(max_examples=300, deadline=None)
@given(value=docs, indent=st.sampled_from([None, 1]), data=st.data())
def test_property_partial_and_full_repair_agree_on_a_nested_slip(
        value: Any, indent: int | None, data: st.DataObject) -> None:
    doc = json.dumps(value, indent=indent)
    first = doc.index("{", 1) if "{" in doc[1:] else 1
    spots = [i for i, c in enumerate(doc) if c in '{}[],:"' and i > first]
    i = data.draw(st.sampled_from(spots or [len(doc) - 1]))
    broken = doc[:i] + doc[i + 1:] if data.draw(st.booleans()) else doc[:i] + doc[i] + doc[i:]
    p, full = parse_answer(broken), parse_answer(broken, partial=False)
    assert not p.ok or p.value == value, (broken, p.value)  # never a different value
    assert p.ok or not full.ok, broken  # the partial path refuses nothing the full one reads
    if p.ok and full.ok:
        assert p.value == full.value


def test_containers_with_a_bare_value_are_counted_so_the_partial_path_can_be_skipped(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import guardwire.guards.schema.extract as extract

    rows = [f'{{"sku": S|{i}, "title": Item {i} blue, "qty": {i}, "ok": true}}' for i in range(3)]
    many = '{"n": 1, "lines": [' + ", ".join(rows) + ', {"sku": "S|9", "qty": null}]}'
    counted = normalize(many, bare_values=False).bare_containers
    assert counted == 3  # literals, numbers, quoted values not counted
    assert normalize('{"n": 1, "o": {"a": b}}', bare_values=False).bare_containers == 1
    assert normalize('{"n": 1, "o": {"a": "b"}, "p": [1, true]}').bare_containers == 0
    calls: list[str] = []
    monkeypatch.setattr(extract, "repair_containers",
                        lambda text, toks: calls.append(text) or repair_containers(text, toks))
    expected = {"n": 1, "lines": [{"sku": f"S|{i}", "title": f"Item {i} blue", "qty": i,
                                   "ok": True} for i in range(3)] + [{"sku": "S|9", "qty": None}]}
    got = parse_answer(many)
    assert got.status == "repaired" and got.value == expected
    assert calls == []  # 3 broken containers > 2 steps: straight to the full repair
    got = parse_answer('{"n": 1, "o": {"a": b|c}, "p": [{"q": r}]}')
    assert got.value == {"n": 1, "o": {"a": "b|c"}, "p": [{"q": "r"}]} and len(calls) == 1
