"""The collector is held off while the schema guard reads a large answer.

Before, a valid 1.4 MB answer cost about 3.4 times pydantic's own ``validate_json``: the
guard's three reads of it (validation, the duplicate-key read, the dump it compares with) each
set off collections that walked every young object again. Now the collector is off while an
answer of ``gcpause.LARGE`` characters or more is read, and its state is put back after (the
speed itself is measured in ``benchmarks/eval_schema.py``, part 3, ``large_valid_answer``).
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator

import pytest
from pydantic import BaseModel, field_validator

from guardwire import Context
from guardwire.guards.schema import SchemaGuard, gcpause


class Row(BaseModel):
    name: str

    @field_validator("name")
    @classmethod
    def _seen(cls, v: str) -> str:
        SEEN.append(gc.isenabled())
        return v


SEEN: list[bool] = []  # the collector's state whenever a row was validated (reset per test)


@pytest.fixture(autouse=True)
def _fresh() -> Iterator[None]:
    was = gc.isenabled()
    SEEN.clear()
    yield
    SEEN.clear()
    if was:
        gc.enable()


def _answer(rows: int) -> str:
    return json.dumps([{"name": f"row {i}"} for i in range(rows)], indent=1)


def test_a_large_answer_is_read_with_the_collector_off_and_it_is_on_again_after() -> None:
    text = _answer(10_000)
    assert len(text) >= gcpause.LARGE
    ctx = Context()
    assert SchemaGuard(list[Row])(text, ctx).data["rung"] == "parsed"
    assert len(ctx.structured) == 10_000
    assert SEEN and not any(SEEN)
    assert gc.isenabled()


def test_a_large_answer_that_raises_still_turns_the_collector_back_on() -> None:
    class Boom(BaseModel):
        name: str

        @field_validator("name")
        @classmethod
        def _boom(cls, v: str) -> str:
            raise RuntimeError("a validator that is not a ValueError")

    with pytest.raises(RuntimeError):
        SchemaGuard(list[Boom])(_answer(10_000), Context())
    assert gc.isenabled()


def test_a_small_answer_leaves_the_collector_alone() -> None:
    SchemaGuard(list[Row])(_answer(3), Context())
    assert SEEN and all(SEEN)


def test_a_collector_the_program_turned_off_stays_off() -> None:
    gc.disable()
    SchemaGuard(list[Row])(_answer(10_000), Context())
    assert not gc.isenabled()
