"""A plain function's prompt or messages are found by parameter name, also positionally.

Before, the first positional argument was taken as the prompt: ``ask("gpt-4o", messages)``
for ``def ask(model, messages)`` guarded the model name and sent the messages unguarded, and
``ask("You are helpful", user_text)`` for ``def ask(system, prompt)`` guarded the system text.
"""

from __future__ import annotations

from typing import Any

import anyio
import pytest

from guardwire import Context, Decision, InputBlocked, Pipeline, guarded

seen: list[str] = []


def no_secret(text: str, ctx: Context) -> Decision:
    seen.append(text)
    if "swordfish" in text:
        return Decision.block("secret")
    return Decision.rewrite(text.upper(), "upper-cased")


P = Pipeline(input=[no_secret])
USER = [{"role": "user", "content": "swordfish"}]


@pytest.fixture(autouse=True)
def _clear() -> None:
    seen.clear()


def test_messages_after_another_positional_argument_are_guarded() -> None:
    def ask(model: str, messages: list[dict[str, Any]]) -> str:
        return f"{model}: {messages[-1]['content']}"

    wrapped = guarded(ask, pipeline=P)
    with pytest.raises(InputBlocked):
        wrapped("gpt-4o", USER)
    assert seen == ["swordfish"]
    assert wrapped("gpt-4o", [{"role": "user", "content": "hi"}]) == "gpt-4o: HI"
    assert wrapped("gpt-4o", messages=[{"role": "user", "content": "hi"}]) == "gpt-4o: HI"


def test_a_prompt_after_another_positional_argument_is_guarded() -> None:
    def ask(system: str, prompt: str, temperature: float = 0.0) -> str:
        return f"{system} | {prompt}"

    wrapped = guarded(ask, pipeline=P)
    with pytest.raises(InputBlocked):
        wrapped("You are helpful", "swordfish")
    assert wrapped("You are helpful", "hi") == "You are helpful | HI"
    assert wrapped("You are helpful", prompt="hi") == "You are helpful | HI"


def test_a_method_and_an_async_function_alike() -> None:
    class Bot:
        @guarded(pipeline=P)
        async def ask(self, model: str, messages: list[dict[str, Any]]) -> str:
            return messages[-1]["content"]

    async def run() -> str:
        return await Bot().ask("m", [{"role": "user", "content": "hi"}])

    assert anyio.run(run) == "HI"


def test_without_such_names_the_first_argument_is_still_the_prompt() -> None:
    def ask(question: str, style: str = "short") -> str:
        return f"{question} ({style})"

    assert guarded(ask, pipeline=P)("hi", "long") == "HI (long)"


def test_a_string_where_the_messages_parameter_is_is_a_prompt() -> None:
    def ask(messages: str | list[dict[str, Any]]) -> str:
        return messages if isinstance(messages, str) else messages[-1]["content"]

    wrapped = guarded(ask, pipeline=P)
    assert wrapped("hi") == "HI"
    assert wrapped([{"role": "user", "content": "hi"}]) == "HI"
