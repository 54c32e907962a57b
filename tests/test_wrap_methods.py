"""``@guarded`` on methods: the instance (or class) is never read as the prompt.

Before, ``class Bot: @guarded(pipeline=p) def ask(self, prompt)`` failed on every call with
"cannot find the prompt: pass it as the first argument or prompt=" (the adapter looked at
``self``); only ``bot.ask(prompt=...)`` worked.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import anyio
import pytest

from guardwire import Context, Decision, InputBlocked, Pipeline, guarded
from guardwire.testing import capture_verdicts


def shout(text: str, ctx: Context) -> Decision:
    return Decision.rewrite(text.upper(), "upper-cased")


def no_secrets(text: str, ctx: Context) -> Decision:
    return Decision.block("secret") if "SECRET" in text else Decision.allow()


P = Pipeline(input=[shout, no_secrets])


class Bot:
    name = "bot"

    @guarded(pipeline=P)
    def ask(self, prompt: str, *, temperature: float = 0.0) -> str:
        return f"{self.name} got {prompt} at {temperature}"

    @guarded(pipeline=P)
    async def aask(self, prompt: str) -> str:
        return f"{self.name} got {prompt}"

    @guarded(pipeline=P)
    def chat(self, messages: list[dict[str, Any]]) -> str:
        return f"{self.name} got {messages[-1]['content']}"

    @guarded(pipeline=P)
    def stream(self, prompt: str) -> Iterator[str]:
        yield f"{self.name} got "
        yield prompt

    @guarded(pipeline=P)
    async def astream(self, prompt: str) -> AsyncIterator[str]:
        yield f"{self.name} got "
        yield prompt

    @classmethod
    @guarded(pipeline=P)
    def klass(cls, prompt: str) -> str:
        return f"{cls.__name__} got {prompt}"

    @staticmethod
    @guarded(pipeline=P)
    def static(prompt: str) -> str:
        return f"static got {prompt}"


async def _collect(stream: AsyncIterator[str]) -> str:
    return "".join([chunk async for chunk in stream])


def test_every_kind_of_method_sees_its_prompt_guarded() -> None:
    bot = Bot()
    assert bot.ask("hi") == "bot got HI at 0.0"
    assert bot.ask("hi", temperature=0.5) == "bot got HI at 0.5"
    assert bot.ask(prompt="hi") == "bot got HI at 0.0"
    assert anyio.run(bot.aask, "hi") == "bot got HI"
    assert bot.chat([{"role": "user", "content": "hi"}]) == "bot got HI"
    assert "".join(bot.stream("hi")) == "bot got HI"
    assert anyio.run(_collect, bot.astream("hi")) == "bot got HI"
    assert Bot.klass("hi") == bot.klass("hi") == "Bot got HI"
    assert Bot.static("hi") == "static got HI"
    assert Bot.ask(bot, "hi") == "bot got HI at 0.0"  # called through the class


def test_a_method_block_and_context_work_as_for_functions() -> None:
    bot = Bot()
    with pytest.raises(InputBlocked):
        bot.ask("my secret")
    ctx = Context()
    with capture_verdicts() as verdicts:
        bot.ask("hi", guard_ctx=ctx)
    assert (verdicts[0].stage, verdicts[0].original) == ("input", "hi")
    assert ctx.original_input == "hi"


def test_a_plain_function_taking_an_object_first_is_not_treated_as_a_method() -> None:
    class Doc:
        def __str__(self) -> str:
            return "doc"

    def summarise(self: Any, prompt: str) -> str:  # module-level style: nothing to bind
        return f"{self} {prompt}"

    wrapped = guarded(summarise, pipeline=P)
    assert wrapped(Doc(), "hi") == "doc HI"  # the object is passed on; `prompt` is guarded


# -- callable objects ------------------------------------------------------------------------
# Before, an object with `async def __call__` got a sync wrapper that handed the un-awaited
# coroutine to the adapter ("PromptAdapter cannot read text from coroutine").

class AsyncModel:
    async def __call__(self, prompt: str) -> str:
        return f"async got {prompt}"


class StreamingModel:
    def __call__(self, prompt: str) -> Iterator[str]:
        yield "stream got "
        yield prompt


class AsyncStreamingModel:
    async def __call__(self, prompt: str) -> AsyncIterator[str]:
        yield "astream got "
        yield prompt


class SyncModel:
    def __call__(self, prompt: str) -> str:
        return f"sync got {prompt}"


def test_a_callable_object_keeps_the_kind_of_its_call() -> None:
    import inspect

    a = guarded(AsyncModel(), pipeline=P)
    assert inspect.iscoroutinefunction(a)
    assert anyio.run(a, "hi") == "async got HI"
    s = guarded(StreamingModel(), pipeline=P)
    assert inspect.isgeneratorfunction(s) and "".join(s("hi")) == "stream got HI"
    g = guarded(AsyncStreamingModel(), pipeline=P)
    assert inspect.isasyncgenfunction(g)
    assert anyio.run(_collect, g("hi")) == "astream got HI"
    assert guarded(SyncModel(), pipeline=P)("hi") == "sync got HI"


def test_a_blocked_call_of_an_async_callable_object_answers_in_kind() -> None:
    respond = P.override(on_block="respond", block_response="no")
    assert anyio.run(guarded(AsyncModel(), pipeline=respond), "a secret") == "no"
    assert anyio.run(_collect, guarded(AsyncStreamingModel(), pipeline=respond)("a secret")
                     ) == "no"


def test_mocks_can_be_wrapped_as_users_do_in_their_tests() -> None:
    """unittest.mock objects answer every attribute (``__code__``, ``__call__``, ...): an
    AsyncMock stays async and neither is mistaken for an SDK entry point."""
    import inspect
    from unittest.mock import AsyncMock, MagicMock

    amock = AsyncMock(return_value="hi")
    wrapped = guarded(amock, pipeline=P)
    assert inspect.iscoroutinefunction(wrapped)
    assert anyio.run(wrapped, "x") == "hi"
    amock.assert_awaited_once_with("X")
    mock = MagicMock(return_value="hi")
    assert guarded(mock, pipeline=P)(messages=[{"role": "user", "content": "x"}]) == "hi"
    mock.assert_called_once_with(messages=[{"role": "user", "content": "X"}])
