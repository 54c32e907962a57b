"""guard_instructor takes its Context as guarded() does: guard_ctx=, else the guard_context()
block's, else a new one; a Context in use by a running call is refused; a guarded call made
during the call (by a guard, by the completion function) gets a Context of its own."""

from __future__ import annotations

import gc
import re
from collections.abc import AsyncIterator, Callable
from typing import Any

import anyio
import pytest
from pydantic import BaseModel

import guardwire
from guardwire import Context, Decision, guard_context
from guardwire.integrations.instructor import guard_instructor
from test_instructor import User, completion

instructor = pytest.importorskip("instructor")
chat_types = pytest.importorskip("openai.types.chat")

ANSWER = '{"name": "<PERSON_1>", "age": 36}'


def chunks(content: str) -> list[Any]:
    return [chat_types.ChatCompletionChunk.model_validate({
        "id": "c", "object": "chat.completion.chunk", "created": 0, "model": "fake",
        "choices": [{"index": 0, "finish_reason": None, "delta": {"content": content[i:i + 9]}}]})
        for i in range(0, len(content), 9)]


def redact_people(text: str, ctx: Context) -> Decision:
    """A stand-in PII redactor numbering the people of the call: Ada, then Bob."""
    for name in ("Ada Lovelace", "Bob Stone"):
        if name in text:
            known = {v: k for k, v in ctx.vault.items()}
            placeholder = known.get(name) or f"<PERSON_{len(ctx.vault) + 1}>"
            ctx.vault.put(placeholder, name)
            text = text.replace(name, placeholder)
    return Decision.rewrite(text, "redacted")


PIPELINE = guardwire.Pipeline(input=[redact_people])


def guards(ctx: Context) -> list[str]:
    return [d.guard for v in ctx.verdicts for d in v.decisions]


def ask(name: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": f"Extract: {name} is 36."}]


def sync_client(answer: Callable[[dict[str, Any]], Any]) -> Any:
    return guard_instructor(instructor.from_litellm(lambda **kw: answer(kw),
                                                    mode=instructor.Mode.JSON), PIPELINE)


def test_a_guard_context_block_gives_the_call_its_context() -> None:
    """Before, only guard_ctx= was read: in the block the call used a Context of its own,
    ctx.verdicts stayed empty and keep_vault was not honoured."""
    client = sync_client(lambda kw: completion(ANSWER))
    with guard_context(Context(keep_vault=True)) as ctx:
        user = client.create(model="fake", response_model=User, messages=ask("Ada Lovelace"))
    assert user.name == "Ada Lovelace"
    assert guards(ctx) == ["redact_people"]
    assert ctx.vault.get("<PERSON_1>") == "Ada Lovelace"
    own = Context()
    with guard_context(ctx):  # a call's own guard_ctx= wins
        client.create(model="fake", response_model=User, messages=ask("Ada Lovelace"),
                      guard_ctx=own)
    assert len(own.verdicts) == 1 and len(ctx.verdicts) == 1


def test_async_calls_and_streams_in_a_block_use_its_context() -> None:
    async def acompletion(**kw: Any) -> Any:
        if kw.get("stream"):
            return _aiter(chunks('{"tasks": [' + ANSWER + "]}"))
        return completion(ANSWER)

    client = guard_instructor(instructor.from_litellm(acompletion, mode=instructor.Mode.JSON),
                              PIPELINE)

    async def main() -> list[int]:
        counts = []
        with guard_context(Context()) as ctx:
            await client.create(model="fake", response_model=User, messages=ask("Ada Lovelace"))
            counts.append(len(ctx.verdicts))
            names = [u.name async for u in client.create_iterable(
                model="fake", response_model=User, messages=ask("Ada Lovelace"))]
            counts.append(len(ctx.verdicts))
        assert names == ["Ada Lovelace"]
        return counts

    assert anyio.run(main) == [1, 1]


async def _aiter(items: list[Any]) -> AsyncIterator[Any]:
    for item in items:
        yield item


def test_two_concurrent_calls_sharing_a_context_are_refused() -> None:
    """Before, both ran on one Context: the call that ended first cleared the shared vault
    while the other waited for its answer, which then reached the caller as
    User(name='<PERSON_1>') instead of 'Bob Stone'."""
    first_done = anyio.Event()
    requests: list[str] = []

    async def acompletion(**kw: Any) -> Any:  # echoes the placeholder it was sent
        placeholder = re.search(r"<PERSON_\d+>", str(kw["messages"]))
        assert placeholder is not None
        requests.append(placeholder[0])
        if len(requests) == 1:  # Bob's: answered after Ada's call ended
            await first_done.wait()
        return completion(f'{{"name": "{placeholder[0]}", "age": 36}}')

    client = guard_instructor(instructor.from_litellm(acompletion, mode=instructor.Mode.JSON),
                              PIPELINE)
    results: dict[str, Any] = {}

    async def call(name: str, ctx: Context) -> None:
        try:
            results[name] = (await client.create(model="fake", response_model=User,
                                                 messages=ask(name), guard_ctx=ctx)).name
        except RuntimeError as exc:
            results[name] = exc
        finally:
            if name == "Ada Lovelace":
                first_done.set()

    async def main() -> None:
        shared = Context()
        async with anyio.create_task_group() as tg:
            tg.start_soon(call, "Bob Stone", shared)
            await anyio.sleep(0.01)
            tg.start_soon(call, "Ada Lovelace", shared)

    anyio.run(main)
    assert results["Bob Stone"] == "Bob Stone"
    assert isinstance(results["Ada Lovelace"], RuntimeError)
    assert "in use by a guarded call" in str(results["Ada Lovelace"])


def test_a_guarded_call_made_during_the_call_gets_its_own_context() -> None:
    """A guard, or the completion function, calling a guarded function in the block: before,
    that call took the block's Context (its verdicts replaced the instructor call's)."""
    inner = guardwire.guarded(lambda prompt: "ok",
                              pipeline=guardwire.Pipeline(input=[lambda t, c: Decision.allow()]))

    def checking(text: str, ctx: Context) -> Decision:
        inner("is this fine?")
        return Decision.allow()

    def answer(kw: dict[str, Any]) -> Any:
        inner("log the request")
        return completion(ANSWER)

    client = guard_instructor(instructor.from_litellm(lambda **kw: answer(kw),
                                                      mode=instructor.Mode.JSON),
                              guardwire.Pipeline(input=[checking, redact_people]))
    with guard_context(Context()) as ctx:
        user = client.create(model="fake", response_model=User, messages=ask("Ada Lovelace"))
    assert user.name == "Ada Lovelace"
    assert guards(ctx) == ["checking", "redact_people"]


def test_a_stream_keeps_its_context_until_consumed_or_closed() -> None:
    body = ['{"tasks": [' + ANSWER + "]}"]  # create_iterable's, then create_partial's

    def answer(kw: dict[str, Any]) -> Any:
        return iter(chunks(body[0])) if kw.get("stream") else completion(ANSWER)

    client = sync_client(answer)
    ctx = Context()
    kwargs: dict[str, Any] = {"model": "fake", "response_model": User,
                              "messages": ask("Ada Lovelace"), "guard_ctx": ctx}
    stream = client.create_iterable(**kwargs)
    with pytest.raises(RuntimeError, match="this guard_ctx is in use"):
        client.create(**kwargs)
    assert [u.name for u in stream] == ["Ada Lovelace"]
    assert client.create(**kwargs).name == "Ada Lovelace"  # consumed: free again
    body[0] = ANSWER
    with client.create_partial(**kwargs) as partial:
        next(iter(partial))
    assert client.create(**kwargs).name == "Ada Lovelace"  # closed: free again
    client.create_iterable(**kwargs)  # dropped unread
    gc.collect()
    assert client.create(**kwargs).name == "Ada Lovelace"


def test_a_late_closed_async_stream_does_not_clear_the_next_calls_vault() -> None:
    """An async stream left by `break` is closed on a later turn of the event loop. Before, its
    clean-up cleared the vault of the next call using the Context in the middle of that call:
    the next answer kept '<PERSON_1>'."""

    async def acompletion(**kw: Any) -> Any:
        if kw.get("stream"):
            return _aiter(chunks('{"tasks": [' + ANSWER + ", " + ANSWER + "]}"))
        for _ in range(5):
            await anyio.sleep(0)  # the abandoned stream is finalized meanwhile
        return completion(ANSWER)

    client = guard_instructor(instructor.from_litellm(acompletion, mode=instructor.Mode.JSON),
                              PIPELINE)

    async def main() -> str:
        ctx = Context()
        kwargs: dict[str, Any] = {"model": "fake", "response_model": User,
                                  "messages": ask("Ada Lovelace"), "guard_ctx": ctx}
        async for _ in client.create_iterable(**kwargs):
            break
        user: User = await client.create(**kwargs)
        return user.name

    assert anyio.run(main) == "Ada Lovelace"


def test_a_reused_context_reads_each_calls_response_model() -> None:
    """Before, ctx.schema kept the first call's response_model: a Context reused for a call
    with another model showed its guards (and the caller) the first call's User."""

    class Pet(BaseModel):
        name: str

    seen: list[Any] = []

    def schema_reader(text: str, ctx: Context) -> Decision:
        seen.append(ctx.schema)
        return Decision.allow()

    fake = instructor.from_litellm(lambda **kw: completion(ANSWER), mode=instructor.Mode.JSON)
    client = guard_instructor(fake, guardwire.Pipeline(input=[schema_reader]))
    ctx = Context()
    client.create(model="fake", response_model=User, messages=ask("Ada"), guard_ctx=ctx)
    client.create(model="fake", response_model=Pet, messages=ask("Ada"), guard_ctx=ctx)
    assert seen == [User, Pet] and ctx.schema is Pet
