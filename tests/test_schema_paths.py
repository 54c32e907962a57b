"""Repair prompts name a field by a path the model can follow back to its answer.

Before, a key holding ``.`` or brackets was written as it is: for ``dict[str, int]`` the bad
value under ``"a.b"`` was named ``a.b`` (read as ``{"a": {"b": …}}``) and one under ``"[0]"``
was named ``[0]`` (read as the first item of a list).
"""

from __future__ import annotations

from pydantic import BaseModel, field_validator

from guardwire import Context
from guardwire.guards.schema import SchemaGuard
from guardwire.guards.schema.prompt import format_path


def test_plain_paths_are_unchanged() -> None:
    assert format_path(("items", 3, "price")) == "items[3].price"
    assert format_path(()) == "(root)"
    assert format_path(("Straße", "名前", "c d")) == "Straße.名前.c d"


def test_keys_that_look_like_paths_are_quoted() -> None:
    assert format_path(("a.b",)) == '["a.b"]'
    assert format_path(("x", "[0]", 2)) == 'x["[0]"][2]'
    assert format_path(("x", "", 'say "hi"')) == 'x[""]["say \\"hi\\""]'


class Row(BaseModel):
    prices: dict[str, int]


def test_the_repair_prompt_quotes_such_keys() -> None:
    ctx = Context()
    d = SchemaGuard(Row)('{"prices": {"a.b": "x", "[0]": "y", "ok": 1}}', ctx)
    assert d.action == "reask"
    assert 'prices["a.b"]: Input should be a valid integer' in d.text
    assert 'prices["[0]"]: Input should be a valid integer' in d.text
    assert {e["loc"] for e in d.data["errors"]} == {'prices["a.b"]', 'prices["[0]"]'}


class Sku(BaseModel):
    sku: str

    @field_validator("sku")
    @classmethod
    def _known(cls, v: str) -> str:
        raise ValueError("unknown SKU; use one of:\n- SKU-1\n- SKU-2")


def test_a_validator_message_over_several_lines_stays_one_issue() -> None:
    """Before: the message's line breaks went into the prompt as they were, so '- SKU-1' and
    '- SKU-2' read as two more issues of their own."""
    d = SchemaGuard(Sku)('{"sku": "x"}', Context())
    lines = d.text.splitlines()
    assert lines[1] == "- Constraint violation: sku: Value error, unknown SKU; use one of: " \
                       "- SKU-1 - SKU-2"
    assert len(lines) == 3
