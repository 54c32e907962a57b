"""A plain function whose prompt parameter is not called ``prompt``: ``def ask(system, user)``,
``def ask(model, question)`` guard the user's text, not the first argument (which reached the
model unguarded before: the system prompt or the model name was redacted instead)."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from guardwire import Context, Pipeline, guarded
from guardwire.guards.pii import PIIRedactor

PIPE = Pipeline(input=[PIIRedactor(ner="off")])


def _seen(fn: Any, *args: Any, **kwargs: Any) -> tuple[list[Any], Any]:
    got: list[Any] = []

    def spy(*a: Any, **kw: Any) -> str:
        got.append((a, kw))
        return "ok"

    spy.__signature__ = inspect.signature(fn)  # type: ignore[attr-defined]
    ctx = Context()
    guarded(spy, pipeline=PIPE)(*args, guard_ctx=ctx, **kwargs)
    return got, ctx


def test_system_then_user_guards_the_user_argument() -> None:
    def ask(system: str, user: str) -> str:
        return user

    got, _ = _seen(ask, "You are terse.", "mail jane@example.com")
    args, _ = got[0]
    assert args == ("You are terse.", "mail <EMAIL_ADDRESS_1>")


@pytest.mark.parametrize("name", ["question", "query", "user_input", "message", "text"])
def test_model_then_named_text_guards_the_text(name: str) -> None:
    ns: dict[str, Any] = {}
    exec(f"def ask(model, {name}):\n    return {name}\n", ns)
    got, _ = _seen(ns["ask"], "gpt-4o", "mail jane@example.com")
    assert got[0][0] == ("gpt-4o", "mail <EMAIL_ADDRESS_1>")
    got, _ = _seen(ns["ask"], "gpt-4o", **{name: "mail jane@example.com"})
    assert got[0] == (("gpt-4o",), {name: "mail <EMAIL_ADDRESS_1>"})


def test_a_named_parameter_the_call_does_not_supply_falls_back_to_the_first() -> None:
    def ask(q: str, user: str = "bob") -> str:
        return q

    got, _ = _seen(ask, "mail jane@example.com")
    assert got[0][0] == ("mail <EMAIL_ADDRESS_1>",)


def test_prompt_still_wins_over_other_names() -> None:
    def ask(question: str, prompt: str) -> str:
        return prompt

    got, _ = _seen(ask, "mail a@b.example.com", "mail jane@example.com")
    assert got[0][0] == ("mail a@b.example.com", "mail <EMAIL_ADDRESS_1>")


def test_first_argument_default_is_unchanged() -> None:
    def translate(sentence: str, lang: str) -> str:
        return sentence

    got, _ = _seen(translate, "mail jane@example.com", "fr")
    assert got[0][0] == ("mail <EMAIL_ADDRESS_1>", "fr")
