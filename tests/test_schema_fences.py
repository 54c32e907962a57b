"""JSON in the prose around a code fence: which value is taken.

Before, the first fence always won and the prose was not looked at: an example object in the
prose and the real one in a fence (or a fenced answer and a correction after it) gave the
fence's value silently, and a Python usage fence after the JSON gave ``['a']`` read out of
``print(x["a"])``. Now different values are asked again — unless a schema is set and exactly
one of them fits it.
"""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from guardwire import Context
from guardwire.guards.schema import SchemaGuard, parse_answer

F = "```"


class A(BaseModel):
    a: int


@pytest.mark.parametrize("text", [
    f'Example: {{"a": 1}}\n{F}json\n{{"a": 2}}\n{F}',
    f'{F}json\n{{"a": 1}}\n{F}\nActually, the correct one is {{"a": 2}}',
    f'{{"a": 1}}\n\nUsage:\n{F}python\nprint(x["a"])\n{F}',
    f'Before: {{"a": 1}}\n{F}\n{{"a": 2}}',  # a fence left open (no closing fence)
])
def test_different_values_in_prose_and_a_fence_are_reasked(text: str) -> None:
    p = parse_answer(text)
    assert p.status == "not_json" and p.value is None
    assert "several JSON values" in p.problem
    assert SchemaGuard()(text, Context()).action == "reask"


@pytest.mark.parametrize("text", [
    f'The answer is {{"a": 1}}.\n{F}json\n{{"a": 1}}\n{F}',  # the same value twice
    f'Schema: {{a: number}}\n{F}json\n{{"a": 1}}\n{F}',  # a sketch, not JSON
    f'Use [1] as index.\n{F}json\n{{"a": 1}}\n{F}',  # citations and arrays in prose
    f'{F}json\n{{"a": 1}}\n{F}\nThis sets `a`; {{"a": 1}} is what you get.',
])
def test_prose_that_holds_no_other_value_keeps_the_fence(text: str) -> None:
    p = parse_answer(text)
    assert p.ok and p.value == {"a": 1}


@pytest.mark.parametrize(("text", "want"), [
    (f'Input was {{"q": "x"}}.\n{F}json\n{{"a": 2}}\n{F}', 2),  # echoed input, then answer
    (f'Draft:\n{F}json\n{{"a": "x"}}\n{F}\nFixed:\n{F}json\n{{"a": 3}}\n{F}', 3),
])
def test_with_a_schema_the_last_value_is_taken_when_only_it_fits(text: str, want: int) -> None:
    ctx = Context()
    d = SchemaGuard(A)(text, ctx)
    assert d.action == "rewrite" and ctx.structured == A(a=want)
    assert any("the only one that fits" in r for r in d.data["repairs"])


@pytest.mark.parametrize("text", [
    f'Example: {{"a": 1}}\n{F}json\n{{"a": 2}}\n{F}',  # both fit
    # a draft that fits and a correction that does not: the draft is not taken
    f'Draft:\n{F}json\n{{"a": 3}}\n{F}\nCorrected:\n{F}json\n{{"b": 4}}\n{F}',
    # the answer, then usage code that reads as another value: which one is a guess
    f'{{"a": 1}}\n\nUsage:\n{F}python\nprint(x["a"])\n{F}',
])
def test_with_a_schema_other_cases_are_reasked(text: str) -> None:
    d = SchemaGuard(A)(text, Context())
    assert d.action == "reask"


def test_prose_quoting_a_part_of_the_fenced_value_is_no_other_value() -> None:
    text = (f'{F}json\n{{"name": "Ada", "address": {{"city": "London"}}}}\n{F}\n'
            'The address is {"city": "London"}.')
    assert parse_answer(text).value == {"name": "Ada", "address": {"city": "London"}}


@pytest.mark.parametrize("text", [
    f'Run:\n{F}bash\ncurl -d @data.json\n{F}\nData:\n{F}json\n{{"a": 1}}\n{F}',
    f'{F}\nsome notes\n{F}\n{F}json\n{{"a": 1}}\n{F}',
    f'{F}python\nx = {{"a": 2}}\nprint(x)\n{F}\n{F}json\n{{"a": 1}}\n{F}',
    f'{F}python\nprint(1)\n{F}\n{F}json\n{{"a": 1}}\n{F}',  # `print(1)` read as JSONP: 1
])
def test_a_fence_tagged_json_is_taken_over_an_earlier_code_fence(text: str) -> None:
    """Before, the first fence was read: a bash or notes fence gave 'no JSON value found'
    and a re-ask, a Python fence `print(1)` the value 1 (JSONP) or several values."""
    p = parse_answer(text)
    assert p.ok and p.value == {"a": 1}


def test_an_earlier_untagged_fence_with_another_value_is_still_a_second_value() -> None:
    assert parse_answer(f'{F}\n{{"a": 2}}\n{F}\n{F}json\n{{"a": 1}}\n{F}').status == "not_json"


def test_prose_objects_read_each_part_of_the_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Before, a decode was tried from every `{"a":` of the prose, each reading to the end of
    the text: 120 KB of `{"a": ` after a fence took 9 s."""
    import json

    from guardwire.guards.schema import locate

    calls: list[int] = []

    class Counting(json.JSONDecoder):
        def raw_decode(self, s: str, idx: int = 0) -> tuple[object, int]:
            calls.append(len(s) - idx)
            return super().raw_decode(s, idx)

    monkeypatch.setattr(locate, "decoder", Counting)
    fence = f'{F}json\n{{"a": 1}}\n{F}\n'
    assert locate.prose_objects(fence + '{"a": ' * 2000) == []
    assert calls == []  # never closed: nothing to read
    assert len(locate.prose_objects(fence + '{"b": 2} ' * 500)) == locate._MAX_PROSE_OBJECTS
    assert sum(calls) <= 10 * locate._MAX_PROSE_OBJECTS  # each object's own text only
