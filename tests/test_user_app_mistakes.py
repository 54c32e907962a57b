"""Mistakes a new user made while writing a small app from the docs (eighth session).

Each test fails without its fix; the docstring says what the user saw before."""

from __future__ import annotations

from typing import ClassVar

import pytest
from pydantic import BaseModel

from guardwire import ConfigError, Context, Decision, Pipeline, Policy, guarded, parallel, step
from guardwire.config import Registry, build_routes
from guardwire.guards.citations import CitationGuard
from guardwire.guards.grounding import GroundingGuard
from guardwire.guards.normalize import Normalize
from guardwire.guards.schema import SchemaGuard
from guardwire.testing import FakeLLM, RaisingGuard


class Moderation:
    name: ClassVar[str] = "moderation"
    default_policy: ClassVar[Policy] = Policy.fail_open(budget_ms=100)

    def __init__(self, word: str = "idiot") -> None:
        self.word = word

    async def __call__(self, text: str, ctx: Context) -> Decision:
        return Decision.block("toxic") if self.word in text else Decision.allow()


@pytest.mark.parametrize("make", [
    lambda: Pipeline(input=[Moderation]),
    lambda: Pipeline(input=[step(Moderation, budget_ms=50)]),
    lambda: Pipeline(input=[parallel([Moderation])]),
    lambda: Pipeline(input=[Normalize]),
])
def test_a_guard_class_instead_of_a_guard_is_refused(make: object) -> None:
    """Before: ``Pipeline(input=[Moderation])`` was accepted; each call then raised TypeError
    inside the guard (``Moderation.__init__() takes ... 3 were given``) and the guard's
    fail-open policy let every text through as a degraded allow: no moderation at all."""
    with pytest.raises(TypeError, match=r"got the class (Moderation|Normalize): create one"):
        make()  # type: ignore[operator]


def test_a_factory_that_returns_the_class_is_a_config_error_at_its_entry() -> None:
    reg = Registry()
    reg.register("moderation", lambda: Moderation)
    with pytest.raises(ConfigError, match=r"routes\.chat\.input\[0\]: .*got the class Moderation"):
        build_routes({"routes": {"chat": {"input": ["moderation"]}}}, registry=reg)


def test_a_guard_object_still_works() -> None:
    ask = guarded(FakeLLM("fine").complete, pipeline=Pipeline(input=[Moderation()]))
    assert ask("hello") == "fine"


class Ticket(BaseModel):
    category: str


@pytest.mark.parametrize(("model", "why"), [
    ("Ticket", "takes the type itself"),
    (Ticket(category="refund"), "not a type pydantic can validate"),
    (lambda text: text, "is a function"),
])
def test_a_response_model_no_call_could_use_is_refused_when_wrapped(model: object,
                                                                    why: str) -> None:
    """Before: ``guarded(fn, response_model=Ticket(...))`` (or ``"Ticket"``) was accepted;
    every call then called the model, paid for its answer, and raised ``OutputBlocked:
    output blocked by schema (error): guard raised ConfigError: model: not a type ...``."""
    llm = FakeLLM('{"category": "refund"}')
    with pytest.raises(TypeError, match=f"response_model=.*{why}"):
        guarded(llm.complete, pipeline=Pipeline(), response_model=model)
    assert llm.calls == []


def test_a_response_model_whose_forward_reference_is_defined_later_still_works() -> None:
    ns: dict[str, object] = {}
    exec("from pydantic import BaseModel\n"
         "class Order(BaseModel):\n    item: 'Item'\n", ns)
    ask = guarded(FakeLLM('{"item": {"sku": "A1"}}').complete, pipeline=Pipeline(),
                  response_model=ns["Order"])
    exec("class Item(BaseModel):\n    sku: str\n", ns)
    ns["Order"].model_rebuild(_types_namespace=ns)  # type: ignore[attr-defined]
    assert ask("order?").item.sku == "A1"


@pytest.mark.parametrize(("kw", "why"), [
    ({"docs": "Refunds take 5 days."}, r"docs=\.\.\.\) takes a list, got str .*for one, write "
                                       r"docs=\['Refunds take 5 days.'\]"),
    ({"docs": {"text": "Refunds take 5 days."}}, r"docs=\.\.\.\) takes a list, got dict"),
    ({"tool_outputs": "the page said ..."}, r"tool_outputs=\.\.\.\) takes a list, got str"),
    ({"metadata": [("plan", "pro")]}, r"metadata=\.\.\.\) takes a mapping"),
    ({"reference_time": "2026-01-01"}, r"reference_time=\.\.\.\) takes a datetime, got str"),
])
def test_a_context_field_of_the_wrong_shape_is_refused(kw: dict[str, object], why: str) -> None:
    """Before: ``Context(reference_time="2026-01-01")`` was accepted; the time-phrase guard
    then failed on every call (``TypeError: str.replace() takes no keyword arguments``) and,
    being fail-open, let the answer through as a degraded allow. ``docs="one text"`` was
    accepted too and the citation guard cited it as a fallback."""
    with pytest.raises(TypeError, match=why):
        Context(**kw)  # type: ignore[arg-type]


def test_context_fields_in_good_shapes_are_kept() -> None:
    docs = ["Refunds take 5 days."]
    ctx = Context(docs=docs, metadata={"plan": "pro"}, tool_outputs=[{"id": "1", "text": "x"}])
    assert ctx.docs is docs and ctx.metadata == {"plan": "pro"}
    assert Context(docs=(d for d in docs)).docs == ("Refunds take 5 days.",)  # read twice
    none = Context(docs=None, metadata=None)  # type: ignore[arg-type]
    assert (none.docs, none.metadata) == ((), {})
    assert "docs=0" in repr(none)  # it was a TypeError: len() of None


@pytest.mark.parametrize("make", [
    lambda: Pipeline(input=[CitationGuard()]),
    lambda: Pipeline(input=[step(SchemaGuard(), name="json")]),
    lambda: Pipeline(input=[Normalize(), parallel([GroundingGuard()])]),
])
def test_an_output_guard_under_input_in_code_is_refused_as_in_a_route_file(make: object
                                                                           ) -> None:
    """Before: ``Pipeline(input=[CitationGuard()])`` was accepted and answered "no documents
    to cite" on every call (``SchemaGuard`` blocked every call: "a re-ask is only possible in
    the output stage"), while the same route file is a ConfigError."""
    with pytest.raises(ValueError, match=r"checks the model's answer: under input"):
        make()  # type: ignore[operator]


def test_output_guards_under_output_still_build() -> None:
    p = Pipeline(input=[Normalize()], output=[SchemaGuard(), CitationGuard()])
    assert [s.name for s in p.steps("output")] == ["schema", "citations"]


def text_only(text: str) -> Decision:
    return Decision.block("links") if "://" in text else Decision.allow()


class NeedsMore:
    def __call__(self, text: str, ctx: Context, words: list[str]) -> Decision:
        return Decision.allow()


@pytest.mark.parametrize(("guard", "why"), [
    (text_only, r"text_only\(text: .*\) -> .*cannot be: too many positional arguments"),
    (NeedsMore(), r"cannot be: missing a required argument: 'words'"),
])
def test_a_guard_that_cannot_take_text_and_ctx_is_refused(guard: object, why: str) -> None:
    """Before: ``Pipeline(input=[text_only])`` (a guard written without its ``ctx``
    parameter) was accepted; every call failed inside it (``takes 1 positional argument but
    2 were given``) and, fail-open, would have let every text through."""
    with pytest.raises(TypeError, match=r"a guard is called as guard\(text, ctx\)"):
        Pipeline(input=[guard])  # type: ignore[list-item]
    with pytest.raises(TypeError, match=why):
        Pipeline(output=[step(guard, on_error="open")])  # type: ignore[arg-type]


def test_guards_with_optional_or_variadic_parameters_still_build() -> None:
    def extra_default(text: str, ctx: Context, strict: bool = False) -> Decision:
        return Decision.allow()

    def variadic(*args: object) -> Decision:
        return Decision.allow()

    p = Pipeline(input=[extra_default, variadic, print])  # type: ignore[list-item]
    assert [s.name for s in p.steps("input")][:2] == ["extra_default", "variadic"]


def test_raising_guard_refuses_what_it_could_not_raise() -> None:
    """Before: ``RaisingGuard("provider down")`` was accepted, and each call failed with
    ``TypeError: exceptions must derive from BaseException``, so a test asserting on its
    message saw another error than the one it scripted."""
    with pytest.raises(TypeError, match=r"write RaisingGuard\(ValueError\('provider down'\)\)"):
        RaisingGuard("provider down")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="exc must be an exception to raise, got int"):
        RaisingGuard(3)  # type: ignore[arg-type]
    v = Pipeline(input=[RaisingGuard(ValueError("provider down"))]).check_input("hi")
    assert v.decisions[0].reason == "guard raised ValueError: provider down"
    v = Pipeline(input=[RaisingGuard(TimeoutError)]).check_input("hi")  # a class: raised
    assert v.decisions[0].reason.startswith("guard raised TimeoutError")


def test_guarded_names_a_pipeline_given_positionally_and_a_non_callable() -> None:
    """Before: ``@guarded(Pipeline(...))`` said ``guarded() needs pipeline= or config= (a
    route file)`` to a user who had passed one; ``guarded("gpt-4o", pipeline=p)`` was
    accepted and each call ran the input stage, then failed with ``'str' object is not
    callable``."""
    with pytest.raises(TypeError, match=r"takes the pipeline as a keyword: .*pipeline=p"):
        guarded(Pipeline())  # type: ignore[call-overload]
    with pytest.raises(TypeError, match=r"wraps the function that calls the model, got str "
                                        r"'gpt-4o'"):
        guarded("gpt-4o", pipeline=Pipeline())  # type: ignore[call-overload]
    assert guarded(pipeline=Pipeline())(FakeLLM("hi").complete)("hello") == "hi"


class Refund(BaseModel):
    category: str
    amount: float = 0.0


def test_a_response_model_the_route_s_own_schema_model_would_override_is_refused() -> None:
    """Before: ``guarded(fn, pipeline=Pipeline(output=[SchemaGuard(Ticket)]),
    response_model=Refund)`` was accepted and every call returned a ``Ticket``: the schema
    guard with a model of its own never reads ``response_model``."""
    llm = FakeLLM('{"category": "refund"}')
    p = Pipeline(output=[SchemaGuard(Ticket)])
    with pytest.raises(TypeError, match=r"response_model=Refund would be ignored: the "
                                        r"pipeline's schema guard 'schema' validates Ticket"):
        guarded(llm.complete, pipeline=p, response_model=Refund)
    assert guarded(llm.complete, pipeline=p, response_model=Ticket)("hi") == Ticket(
        category="refund")                                        # the same model: fine
    got = guarded(llm.complete, pipeline=Pipeline(output=[SchemaGuard()]),
                  response_model=Refund)("hi")                     # no model of its own
    assert got == Refund(category="refund")


def test_a_context_reused_with_another_function_takes_that_function_s_route_and_model(
        ) -> None:
    """Before: one Context per conversation (as concepts.md suggests) passed first to a
    function with ``response_model=Ticket`` and then to one with ``response_model=Refund``
    returned a ``Ticket`` from the second: the first call wrote its model into
    ``ctx.schema``, which then stayed. Its route name and config version stayed too, so the
    second call's verdicts, spans and metrics carried the first pipeline's route."""
    llm = FakeLLM('{"category": "refund"}')
    tickets = guarded(llm.complete, pipeline=Pipeline(name="triage", version="v1"),
                      response_model=Ticket)
    refunds = guarded(llm.complete, pipeline=Pipeline(name="refunds", version="v2"),
                      response_model=Refund)
    ctx = Context(keep_vault=True)
    assert isinstance(tickets("hi", guard_ctx=ctx), Ticket)
    assert isinstance(refunds("hi", guard_ctx=ctx), Refund)
    assert (ctx.route, ctx.config_version) == ("refunds", "v2")
    assert {v.route for v in ctx.verdicts} == {"refunds"}
    assert isinstance(tickets("hi", guard_ctx=ctx), Ticket)


def test_what_the_caller_put_in_the_context_still_stays() -> None:
    """(Ninth session: this used to pin that the caller's ``schema=Ticket`` silently won over
    the function's ``response_model=Refund``; that conflict is now a TypeError, see
    tests/test_context_schema_conflict.py. The caller's schema still stays across calls.)"""
    llm = FakeLLM('{"category": "refund"}')
    refunds = guarded(llm.complete, pipeline=Pipeline(name="refunds", output=[SchemaGuard()],
                                                      return_structured=True))
    ctx = Context(route="mine", schema=Ticket, config_version="pinned")
    for _ in range(2):
        assert isinstance(refunds("hi", guard_ctx=ctx), Ticket)   # the caller's schema stays
        assert (ctx.route, ctx.config_version, ctx.schema) == ("mine", "pinned", Ticket)
    with pytest.raises(TypeError, match=r"Context\(schema=Ticket\) conflicts"):
        guarded(llm.complete, pipeline=Pipeline(), response_model=Refund)("hi", guard_ctx=ctx)
