"""A ``user`` parameter that is an end user's id (as in the OpenAI API's ``user=``) is not
the prompt: ``def ask(q, user)`` called ``ask("mail jane@…", user="alice-42")`` guarded
``"alice-42"`` and sent the question, e-mail address included, to the model unguarded
(5a8ef35 read any supplied ``user`` argument as the user's text). ``user`` is the text only
after a system prompt or a model (``def ask(system, user)``, ``def ask(model, user)``)."""

from __future__ import annotations

import inspect
from typing import Any

from guardwire import Context, Pipeline, guarded
from guardwire.guards.pii import PIIRedactor

PIPE = Pipeline(input=[PIIRedactor(ner="off")])


def _sent(fn: Any, *args: Any, **kwargs: Any) -> tuple[tuple[Any, ...], dict[str, Any]]:
    got: list[tuple[tuple[Any, ...], dict[str, Any]]] = []

    def spy(*a: Any, **kw: Any) -> str:
        got.append((a, kw))
        return "ok"

    spy.__signature__ = inspect.signature(fn)  # type: ignore[attr-defined]
    guarded(spy, pipeline=PIPE)(*args, guard_ctx=Context(), **kwargs)
    return got[0]


def ask(q: str, user: str = "anonymous") -> str:
    return q


def test_a_user_id_next_to_the_question_is_not_guarded_instead_of_it() -> None:
    assert _sent(ask, "mail jane@example.com", user="alice-42") == (
        ("mail <EMAIL_ADDRESS_1>",), {"user": "alice-42"})
    assert _sent(ask, "mail jane@example.com", "alice-42") == (
        ("mail <EMAIL_ADDRESS_1>", "alice-42"), {})


def test_user_after_a_system_prompt_or_a_model_is_the_text() -> None:
    def with_system(system: str, user: str) -> str:
        return user

    def with_model(model: str, user: str) -> str:
        return user

    assert _sent(with_system, "Be terse.", "mail jane@example.com")[0] == (
        "Be terse.", "mail <EMAIL_ADDRESS_1>")
    assert _sent(with_model, "gpt-4o", user="mail jane@example.com") == (
        ("gpt-4o",), {"user": "mail <EMAIL_ADDRESS_1>"})
