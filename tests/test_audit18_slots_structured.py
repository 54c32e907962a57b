"""Audit 18: with ``response_model=`` (or ``return_structured``) the call returns the schema
guard's validated object, but the ``slots`` guard filled only the answer text: the user got
``R(summary='We saw <count> events <bogus>.')``, a raw slot and an unknown one, which the
guard's contract says never reach the user. The object's string fields are now filled too."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from guardwire import Context, Pipeline, guarded
from guardwire.guards.slots import SlotFiller
from guardwire.testing import FakeLLM, capture_verdicts


class Report(BaseModel):
    summary: str
    notes: list[str] = []
    by_team: dict[str, str] = {}
    count: int = 0


def _ask(answer: str, filler: SlotFiller, model: Any = Report) -> Any:
    ask = guarded(FakeLLM(answer).complete, pipeline=Pipeline(output=[filler]),
                  response_model=model)
    return ask("q", guard_ctx=Context(docs=["a", "b"]))


def test_the_returned_object_has_its_slots_filled_and_unknown_ones_stripped() -> None:
    with capture_verdicts() as verdicts:
        r = _ask('{"summary": "We saw <count> events <bogus>.", "count": 2}', SlotFiller())
    assert r == Report(summary="We saw 2 events.", count=2)
    d = next(d for d in verdicts[-1].decisions if d.guard == "slots")
    assert d.data["structured"] is True and d.data["stripped"] == ["bogus"]


def test_nested_fields_are_filled_and_a_resolver_runs_once() -> None:
    calls: list[int] = []

    def total(ctx: Context) -> int:
        calls.append(1)
        return 1234

    answer = ('{"summary": "Total <total>", "notes": ["<total> in all", "plain"], '
              '"by_team": {"ops": "{total} tickets"}}')
    r = _ask(answer, SlotFiller(resolvers={"total": total}, number_format=","))
    assert r.summary == "Total 1,234" and r.notes == ["1,234 in all", "plain"]
    assert r.by_team == {"ops": "1,234 tickets"}
    assert len(calls) == 1


def test_a_plain_string_model() -> None:
    assert _ask('"<count> documents"', SlotFiller(), model=str) == "2 documents"


def test_a_quote_in_a_value_is_not_json_escaped_in_the_object() -> None:
    r = _ask('{"summary": "Owner: <owner>"}',
             SlotFiller(resolvers={"owner": lambda ctx: 'O"Brien'}))
    assert r.summary == 'Owner: O"Brien'


def test_an_object_without_slots_is_returned_as_it_is() -> None:
    r = _ask('{"summary": "nothing to fill"}', SlotFiller())
    assert r == Report(summary="nothing to fill")
