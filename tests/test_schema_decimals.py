"""``Decimal`` fields keep the digits the model wrote (pydantic issue #9180).

Before, pydantic's JSON parser read the number as a float first: the user got
``Decimal('12345678901234567000')`` for ``12345678901234567890.123456789``, ``Decimal('1.1')``
for ``1.10``, and ``1.00000000000000000001`` passed ``max_digits=10`` as ``Decimal('1')``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, field_validator

from guardwire import Context
from guardwire.guards.schema import SchemaGuard
from guardwire.guards.schema.decimals import has_decimal

LONG = "12345678901234567890.123456789"


class Price(BaseModel):
    amount: Decimal
    rate: float = 0.0


class Capped(BaseModel):
    amount: Decimal = Field(max_digits=10)


class StrictPrice(BaseModel):
    model_config = ConfigDict(strict=True)
    amount: Decimal


class Rounded(BaseModel):
    amount: Decimal

    @field_validator("amount")
    @classmethod
    def _cents(cls, v: Decimal) -> Decimal:
        return v.quantize(Decimal("0.01"))


class Basket(BaseModel):
    prices: list[dict[str, Decimal]]


def _run(model: type[BaseModel], text: str) -> tuple[str, object]:
    ctx = Context()
    d = SchemaGuard(model)(text, ctx)
    return d.action, ctx.structured


@pytest.mark.parametrize("text", [
    f'{{"amount": {LONG}}}',  # fast path
    f'```json\n{{"amount": {LONG}}}\n```',  # extracted
    f'{{amount: {LONG}}}',  # dialect passes
    f'"{{\\"amount\\": {LONG}}}"',  # a JSON value encoded as a string
    f"{{'amount': {LONG},}}",  # a Python literal (ast.literal_eval made a float)
])
def test_a_long_number_keeps_every_digit(text: str) -> None:
    action, obj = _run(Price, text)
    assert action == "rewrite" and obj == Price(amount=Decimal(LONG))
    assert str(obj.amount) == LONG  # type: ignore[attr-defined]


def test_trailing_zeros_are_kept_and_floats_untouched() -> None:
    _, obj = _run(Price, '{"amount": 1.10, "rate": 0.30000000000000004}')
    assert str(obj.amount) == "1.10"  # type: ignore[attr-defined]
    assert obj.rate == 0.30000000000000004  # type: ignore[attr-defined]
    _, obj = _run(Price, '{"amount": 0.1}')  # a float carries it: nothing to do
    assert str(obj.amount) == "0.1"  # type: ignore[attr-defined]


def test_constraints_see_the_exact_number() -> None:
    action, obj = _run(Capped, '{"amount": 1.00000000000000000001}')
    assert action == "reask" and obj is None
    assert _run(Capped, '{"amount": 1.5}') == ("rewrite", Capped(amount=Decimal("1.5")))


def test_strict_models_and_nested_containers() -> None:
    _, obj = _run(StrictPrice, f'{{"amount": {LONG}}}')
    assert str(obj.amount) == LONG  # type: ignore[attr-defined]
    _, obj = _run(Basket, '{"prices": [{"a": 1.5}, {"b": 0.12345678901234567890}]}')
    assert str(obj.prices[1]["b"]) == "0.12345678901234567890"  # type: ignore[attr-defined]


def test_a_rounding_validator_still_rounds() -> None:
    _, obj = _run(Rounded, '{"amount": 1.234567890123456789}')
    assert obj == Rounded(amount=Decimal("1.23"))
    _, obj = _run(Rounded, '{"amount": 1.234}')
    assert obj == Rounded(amount=Decimal("1.23"))


def test_has_decimal_finds_nested_and_optional_decimals() -> None:
    assert has_decimal(TypeAdapter(Basket)) and has_decimal(TypeAdapter(Decimal | None))
    assert not has_decimal(TypeAdapter(dict[str, float]))


def test_a_decimal_answer_at_the_root() -> None:
    """Before this fix the first version raised IndexError (a path of length 0)."""
    ctx = Context()
    d = SchemaGuard(Decimal)(LONG, ctx)
    assert d.action == "rewrite" and str(ctx.structured) == LONG
    ctx = Context()
    SchemaGuard(list[Decimal])(f"[{LONG}, 1.10]", ctx)
    assert [str(x) for x in ctx.structured] == [LONG, "1.10"]  # type: ignore[union-attr]


class Aliased(BaseModel):
    model_config = ConfigDict(populate_by_name=True)
    amount: Decimal = Field(alias="Amount")


class Hidden(BaseModel):
    amount: Decimal = Field(exclude=True)


def test_sets_names_and_excluded_fields_keep_the_digits_too() -> None:
    """The first version compared with the object's dump: a set (no order), a field written
    by its name while dumped by alias, and an excluded field kept the float's digits."""
    ctx = Context()
    SchemaGuard(set[Decimal])(f"[{LONG}, 1.10]", ctx)
    assert {str(x) for x in ctx.structured} == {LONG, "1.10"}  # type: ignore[union-attr]
    for model, text in ((Aliased, f'{{"amount": {LONG}}}'), (Aliased, f'{{"Amount": {LONG}}}'),
                        (Hidden, f'{{"amount": {LONG}}}')):
        ctx = Context()
        SchemaGuard(model)(text, ctx)
        assert str(ctx.structured.amount) == LONG, (model, text)  # type: ignore[union-attr]


def test_python_literal_numbers_keep_trailing_zeros_and_underscores_are_read() -> None:
    _, obj = _run(Basket, "{'prices': [{'a': 1_000.10}, {'b': -2.50}], }")
    assert [str(v) for p in obj.prices for v in p.values()] == ["1000.10", "-2.50"]  # type: ignore[attr-defined]
