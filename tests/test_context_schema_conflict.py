"""``guard_ctx=Context(schema=A)`` on a function wrapped with ``response_model=B`` is a
TypeError naming both, before the model is called. Before, the Context's model won silently:
the call validated the answer as A and returned an A where the code expected a B."""

from __future__ import annotations

import typing

import pytest
from pydantic import BaseModel, TypeAdapter

from guardwire import Context, Pipeline, guarded
from guardwire.guards.schema import SchemaGuard
from guardwire.testing import FakeLLM


class Ticket(BaseModel):
    title: str


class Refund(BaseModel):
    title: str  # an answer that fits both: nothing but the check tells them apart


def test_another_model_in_the_context_is_refused_before_the_model_call() -> None:
    llm = FakeLLM('{"title": "printer jam"}')
    ask = guarded(llm.complete, pipeline=Pipeline(), response_model=Ticket)
    ctx = Context(schema=Refund)
    with pytest.raises(TypeError) as info:
        ask("q", guard_ctx=ctx)
    assert "Context(schema=Refund)" in str(info.value)
    assert "response_model=Ticket" in str(info.value)
    assert llm.prompts == []  # nothing was sent
    ctx.schema = None  # the Context is not left in use
    assert ask("q", guard_ctx=ctx) == Ticket(title="printer jam")


@pytest.mark.anyio
async def test_the_async_wrapper_refuses_it_too() -> None:
    llm = FakeLLM('{"title": "printer jam"}')
    ask = guarded(llm.acomplete, pipeline=Pipeline(), response_model=Ticket)
    with pytest.raises(TypeError, match=r"Context\(schema=Refund\) conflicts with "
                                        "response_model=Ticket"):
        await ask("q", guard_ctx=Context(schema=Refund))
    assert llm.prompts == []


@pytest.mark.parametrize("given", [Ticket, TypeAdapter(Ticket)])
def test_the_same_model_in_both_places_is_fine(given: object) -> None:
    ask = guarded(FakeLLM('{"title": "printer jam"}').complete, pipeline=Pipeline(),
                  response_model=Ticket)
    assert ask("q", guard_ctx=Context(schema=given)) == Ticket(title="printer jam")


def test_a_list_written_the_old_way_is_the_same_model() -> None:
    ask = guarded(FakeLLM('[{"title": "a"}]').complete, pipeline=Pipeline(),
                  response_model=list[Ticket])
    got = ask("q", guard_ctx=Context(schema=typing.List[Ticket]))  # noqa: UP006 - the case
    assert got == [Ticket(title="a")]


def test_a_context_reused_across_two_response_models_is_no_conflict() -> None:
    """The first call filled ``schema`` from its ``response_model``: reset for the next."""
    llm = FakeLLM('{"title": "printer jam"}')
    ctx = Context()
    assert guarded(llm.complete, pipeline=Pipeline(), response_model=Ticket)(
        "q", guard_ctx=ctx) == Ticket(title="printer jam")
    assert guarded(llm.complete, pipeline=Pipeline(), response_model=Refund)(
        "q", guard_ctx=ctx) == Refund(title="printer jam")


def test_a_context_schema_the_pipeline_s_own_schema_model_would_ignore_is_refused() -> None:
    """Before: ``Pipeline(output=[SchemaGuard(Ticket)])`` with ``Context(schema=Refund)``
    validated against Ticket and never read the Context's model."""
    llm = FakeLLM('{"title": "printer jam"}')
    ask = guarded(llm.complete, pipeline=Pipeline(output=[SchemaGuard(Ticket)],
                                                  return_structured=True))
    with pytest.raises(TypeError, match=r"Context\(schema=Refund\) would be ignored: the "
                                        r"pipeline's schema guard 'schema' validates Ticket"):
        ask("q", guard_ctx=Context(schema=Refund))
    assert llm.prompts == []
    assert ask("q", guard_ctx=Context(schema=TypeAdapter(Ticket))) == Ticket(title="printer jam")
