"""``response_model=`` on a pipeline whose schema guard has a model of its own is refused
unless they are the same (20b490f); the same type written another way was refused too:
``SchemaGuard(TypeAdapter(Ticket))`` with ``response_model=Ticket``, ``typing.List[Ticket]``
with ``list[Ticket]`` ("response_model=Ticket would be ignored: ... validates Ticket"), where
before every call validated and returned the Ticket."""

from __future__ import annotations

import typing
from typing import Any

import pytest
from pydantic import BaseModel, TypeAdapter

from guardwire import Pipeline, guarded
from guardwire.guards.schema import SchemaGuard


class Ticket(BaseModel):
    title: str


class Refund(BaseModel):
    amount: int


def answer(prompt: str) -> str:
    return '[{"title": "printer jam"}]' if "list" in prompt else '{"title": "printer jam"}'


@pytest.mark.parametrize(("own", "model", "prompt"), [
    (TypeAdapter(Ticket), Ticket, "one"),
    (typing.List[Ticket], list[Ticket], "list"),  # noqa: UP006 - the old spelling is the case
    (typing.Optional[Ticket], Ticket | None, "one"),  # noqa: UP045
])
def test_the_same_type_written_another_way_is_accepted(own: Any, model: Any, prompt: str
                                                       ) -> None:
    ask = guarded(answer, pipeline=Pipeline(output=[SchemaGuard(own)]), response_model=model)
    got = ask(prompt)
    assert (got[0] if isinstance(got, list) else got) == Ticket(title="printer jam")


def test_another_type_is_still_refused() -> None:
    with pytest.raises(TypeError, match="would be ignored"):
        guarded(answer, pipeline=Pipeline(output=[SchemaGuard(TypeAdapter(Ticket))]),
                response_model=Refund)
    with pytest.raises(TypeError, match="would be ignored"):
        guarded(answer, pipeline=Pipeline(output=[SchemaGuard(list[Ticket])]),
                response_model=list[Refund])
