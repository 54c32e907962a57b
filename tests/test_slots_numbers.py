"""SlotFiller with the number types real applications hand it: numeric strings and numpy
values in document metadata, large floats, Decimal, NaN of every kind."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import numpy as np
import pytest

from guardwire import Context
from guardwire.guards.slots import SlotFiller


def fill(text: str, value: Any, **options: Any) -> tuple[str | None, dict[str, Any]]:
    d = SlotFiller(**options)(text, Context(metadata={"slots": {"x": value}}))
    return d.text, dict(d.data)


@pytest.mark.parametrize("count", ["5", " 5 ", np.int64(5), np.float64(5.0), Decimal("5")])
def test_sum_adds_numeric_strings_and_numpy_counts(count: Any) -> None:
    # metadata read from JSON/CSV or a DataFrame: "5" and numpy.int64(5) counted as 1
    docs = [{"text": "a", "occurrence_count": count}, {"text": "b", "occurrence_count": 3}]
    d = SlotFiller()("Total <sum> events.", Context(docs=docs))
    assert d.text == "Total 8 events."


@pytest.mark.parametrize("count", ["many", [1, 2], {"n": 5}])
def test_sum_with_a_count_that_is_not_a_number_is_unknown_not_a_guess(count: Any) -> None:
    docs = [{"text": "a", "occurrence_count": count}, {"text": "b", "occurrence_count": 3}]
    d = SlotFiller()("Total <sum> events.", Context(docs=docs))
    assert d.text == "Total events."
    assert "occurrence_count" in d.data["resolver_errors"]["sum"]


def test_sum_with_a_missing_count_still_counts_one() -> None:
    docs = [{"text": "a", "occurrence_count": None}, {"text": "b", "occurrence_count": 3}, "c"]
    assert SlotFiller()("Total <sum>.", Context(docs=docs)).text == "Total 5."


@pytest.mark.parametrize(("value", "shown"), [
    (12345678.5, "12345678.5"),    # was 1.23457e+07: a silently rounded amount
    (1234567.25, "1234567.25"),
    (0.1 + 0.2, "0.3"),
    (0.000012, "0.000012"),        # was 1.2e-05
    (2.5e16, "25000000000000000"),
    (-7.75, "-7.75"),
    (3.0, "3"),
])
def test_floats_are_written_in_full(value: float, shown: str) -> None:
    assert fill("Revenue <x> EUR.", value)[0] == f"Revenue {shown} EUR."


@pytest.mark.parametrize("value", [np.float32("nan"), Decimal("NaN"), Decimal("Infinity"),
                                   np.float16("inf")])
def test_nan_of_any_type_is_unknown(value: Any) -> None:
    text, data = fill("Total <x> events.", value)
    assert text == "Total events."
    assert "x" in data["resolver_errors"]


@pytest.mark.parametrize("value", [np.int64(12345), Decimal("12345"), np.float32(12345.0)])
def test_number_format_and_plurals_apply_to_numpy_and_decimal(value: Any) -> None:
    text, _ = fill("We saw <x> event.", value, number_format=",", fix_plurals=True)
    assert text == "We saw 12,345 events."


def test_decimal_keeps_its_digits() -> None:
    assert fill("Paid <x> EUR.", Decimal("1234.50"))[0] == "Paid 1234.50 EUR."
    assert fill("Paid <x> EUR.", Decimal("1234.50"), number_format=",.2f")[0] == \
        "Paid 1,234.50 EUR."


def test_per_request_values_differing_only_in_case_are_an_error_not_a_pick() -> None:
    # {"Total": 5, "total": 7}: "<Total>" was filled with 5 and "<TOTAL>" with 7, a figure
    # chosen by how the model cased the slot
    for text in ("Total: <Total>.", "Total: <TOTAL>.", "Total: <total>."):
        d = SlotFiller()(text, Context(metadata={"slots": {"Total": 5, "total": 7}}))
        assert d.text == "Total:.", text
        assert "same slot" in d.data["resolver_errors"]["total"]
    d = SlotFiller()("Total: <TOTAL>.", Context(metadata={"slots": {"Total": 5, "total": 5}}))
    assert d.text == "Total: 5."
