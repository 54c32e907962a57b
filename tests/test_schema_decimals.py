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


class Either(BaseModel):
    amount: Decimal | float


class FloatFirst(BaseModel):
    amount: float | Decimal


class Mixed(BaseModel):
    model_config = ConfigDict(strict=True)
    amount: Decimal
    rate: float
    label: float | str = 0.0


def test_a_decimal_or_float_union_keeps_the_digits() -> None:
    """Before: pydantic's JSON parser took the number as the float, so ``Decimal | float``
    gave ``1.2345678901234567e+19`` for ``12345678901234567890.123456789`` (digits lost)."""
    for model in (Either, FloatFirst):
        action, obj = _run(model, f'{{"amount": {LONG}}}')
        assert action == "rewrite" and str(obj.amount) == LONG, model  # type: ignore[attr-defined]
    _, obj = _run(FloatFirst, '{"amount": 123456789012345678901234567}')
    assert obj.amount == Decimal("123456789012345678901234567")  # type: ignore[attr-defined]
    # a float carries the value (trailing zeros only): pydantic's choice is left alone
    assert _run(Either, '{"amount": 1.10}') == ("allow", Either(amount=1.1))


def test_float_fields_next_to_a_decimal_stay_floats() -> None:
    text = f'{{"amount": 1.5, "rate": {LONG}, "label": {LONG}}}'
    action, obj = _run(Mixed, text)  # strict: a float field refuses the digits as a string
    assert action == "rewrite"
    assert isinstance(obj.rate, float) and isinstance(obj.label, float)  # type: ignore[attr-defined]
    assert obj.rate == float(LONG) and str(obj.amount) == "1.5"  # type: ignore[attr-defined]


class Item(BaseModel):
    title: str
    amount: Decimal


@pytest.mark.parametrize("text", [
    f'{{title: Blue mug #2, amount: {LONG}}}',  # an unquoted value json-repair reads
    f'{{title: Version 1.10 #2, amount: {LONG}}}',  # a number inside an unquoted value
])
def test_numbers_json_repair_reads_keep_their_digits(text: str) -> None:
    """Before: an answer read by json-repair went through its float (``amount`` became
    ``Decimal('12345678901234567000')``)."""
    action, obj = _run(Item, text)
    assert action == "rewrite" and str(obj.amount) == LONG, text  # type: ignore[attr-defined]


def test_json_repair_readings_keep_trailing_zeros_in_lists() -> None:
    class Lines(BaseModel):
        note: str
        prices: list[Decimal]

    _, obj = _run(Lines, "{note: paid w/ card #1, prices: [1.10, 2.500, 3]}")
    assert [str(p) for p in obj.prices] == ["1.10", "2.500", "3"]  # type: ignore[attr-defined]


def test_a_whole_number_written_with_a_fraction_keeps_it() -> None:
    """Before: ``7.0`` became ``Decimal('7')`` (its text is the float's repr, so the check
    took the difference for a validator's doing), in a field and in a set alike."""
    _, obj = _run(Price, '{"amount": 7.0}')
    assert str(obj.amount) == "7.0"  # type: ignore[attr-defined]
    ctx = Context()
    SchemaGuard(set[Decimal])("[7.0, 2.50]", ctx)
    assert {str(x) for x in ctx.structured} == {"7.0", "2.50"}  # type: ignore[union-attr]


@pytest.mark.parametrize("text", [
    f'```json\n{{"amount": "x"}}\n```\nCorrected: {{"amount": {LONG}}}',  # a prose object
    f'```json\n{{"amount": "x"}}\n```\n```json\n{{"amount": {LONG}}}\n```',  # a later fence
])
def test_the_one_value_that_fits_keeps_its_digits(text: str) -> None:
    """Before: of several values, a later one taken as the only one that fits the schema had
    no text to read the digits from (``Decimal('12345678901234567000')``)."""
    action, obj = _run(Price, text)
    assert action == "rewrite" and str(obj.amount) == LONG  # type: ignore[attr-defined]
