"""Review of the fifteenth session's schema changes (``benchmarks/eval_injection_s15_review.py``).

The ``[1] 2, 3]`` reading (text after the value that closes more brackets than it opens is the
value going on) also re-asked answers whose explanation holds a stray closer, read right at
``17b23c6``: ``{"ok": true}\\nHope this helps :]``. The text after the value is the value going
on only when it starts as an array's or object's next value that is no string (a number, a
literal, a bare word then a separator); quoted strings after the value were junk before.

And (at both revisions) a `,` typed as `;` after a literal was read into a string
(``{"a": true; "b": 1}`` → ``{"a": "true;", …}``), as the session had fixed for `:`.
"""

from __future__ import annotations

from typing import Any

import pytest

from guardwire import Context
from guardwire.guards.schema import SchemaGuard, parse_answer


@pytest.mark.parametrize(("text", "want"), [
    ('{"ok": true}\nHope this helps :]', {"ok": True}),
    ('{"ok": true}\n(see note 2]', {"ok": True}),
    ("[1, 2, 3]\nThat is the list] of ids.", [1, 2, 3]),
    ('{"n": 3} - the count is 3 (items a], b], c]).', {"n": 3}),
    ("[1, 2]\n\nNote: in v2 the list was [1, 2, 3]]", [1, 2]),
    ('```json\n{"a": 1}\n```\nDone]', {"a": 1}),
])
def test_an_explanation_holding_a_stray_closer_is_prose(text: str, want: Any) -> None:
    p = parse_answer(text)
    assert p.ok, p.problem
    assert p.value == want
    ctx = Context()
    assert SchemaGuard()(text, ctx).action != "reask"
    assert ctx.structured == want


@pytest.mark.parametrize("text", [
    "[1] 2, 3]",
    "[1, 2] 3]",
    "[[]] true]",
    "[alpha] beta, gamma]",     # a bare word then a separator: the value going on
    '[null, [["12", -6.968]]] null, []]',
    '{"a": [1] 2]}',
])
def test_the_value_going_on_after_a_closer_is_still_asked_again(text: str) -> None:
    assert not parse_answer(text).ok
    assert SchemaGuard()(text, Context()).action == "reask"


@pytest.mark.parametrize("text", [
    '{"a": true; "b": 1}',      # a `,` typed as `;` after a literal: not the string "true;"
    '{"a": null; "b": 2}',
    '{"a": false;\n "b": "x"}',
])
def test_a_literal_and_the_semicolon_after_it_are_no_string(text: str) -> None:
    assert not parse_answer(text).ok
    assert SchemaGuard()(text, Context()).action == "reask"
