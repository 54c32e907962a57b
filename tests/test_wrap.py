"""guarded(): kinds and signatures kept, call shapes, re-asks, canned answers, context.

Streaming is in test_wrap_stream.py."""

from __future__ import annotations

import asyncio
import inspect
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import anyio
import pytest

from _wrap_pipeline import P, upper
from guardwire import (
    BaseAdapter,
    Call,
    Context,
    Decision,
    InputBlocked,
    Pipeline,
    RepairFailed,
    guarded,
)
from guardwire.testing import FakeLLM, StaticGuard, capture_verdicts

pytestmark = pytest.mark.anyio


def test_sync_wrapper_keeps_signature_and_result_type() -> None:
    def call(prompt: str, temperature: float = 0.2) -> str:
        """Docs."""
        return f"got {prompt} at {temperature}"

    safe = guarded(call, pipeline=P)
    assert inspect.signature(safe) == inspect.signature(call)
    assert safe.__doc__ == "Docs." and safe.__name__ == "call"
    assert not inspect.iscoroutinefunction(safe)
    assert safe("hi", temperature=0.5) == "got HI at 0.5!"


async def test_async_wrapper_stays_async() -> None:
    async def call(prompt: str) -> str:
        await anyio.sleep(0)
        return f"got {prompt}"

    safe = guarded(call, pipeline=P)
    assert inspect.iscoroutinefunction(safe)
    assert inspect.signature(safe) == inspect.signature(call)
    assert await safe("hi") == "got HI!"


def test_decorator_form() -> None:
    @guarded(pipeline=P)
    def call(prompt: str) -> str:
        return prompt

    assert call("a") == "A!"




def test_chat_messages_guard_user_content_only() -> None:
    llm = FakeLLM("fine")
    safe = guarded(llm.chat, pipeline=Pipeline(input=[upper]))
    msgs = [{"role": "system", "content": "be nice"}, {"role": "user", "content": "hi"},
            {"role": "assistant", "content": "hello"},
            {"role": "user", "content": [{"type": "text", "text": "more"}]}]
    assert safe(messages=msgs) == "fine"
    sent = llm.calls[0]["messages"]
    assert sent[0]["content"] == "be nice" and sent[1]["content"] == "HI"
    assert sent[2]["content"] == "hello" and sent[3]["content"][0]["text"] == "MORE"
    assert msgs[1]["content"] == "hi"  # the caller's list is not mutated


def test_chat_system_prompt_guarded_when_configured() -> None:
    llm = FakeLLM("ok")
    safe = guarded(llm.chat, pipeline=Pipeline(input=[upper], guard_system=True))
    safe(messages=[{"role": "system", "content": "sys"}, {"role": "user", "content": "u"}])
    assert [m["content"] for m in llm.calls[0]["messages"]] == ["SYS", "U"]


def test_a_blocked_user_message_stops_the_call() -> None:
    llm = FakeLLM("never")

    def no_secrets(text: str, ctx: Context) -> Decision:
        return Decision.block("secret") if "secret" in text else Decision.allow()

    safe = guarded(llm.chat, pipeline=Pipeline(input=[no_secrets]))
    with pytest.raises(InputBlocked) as info:
        safe(messages=[{"role": "user", "content": "ok"}, {"role": "user", "content": "secret"}])
    assert info.value.verdict.blocked and llm.calls == []


@dataclass
class Req:
    body: str


@dataclass
class Resp:
    answer: str
    tokens: int


class ReqAdapter(BaseAdapter):
    def get_input(self, call: Call) -> list[str]:
        return [call.args[0].body]

    def set_input(self, call: Call, texts: list[str]) -> Call:
        return Call((Req(texts[0]), *call.args[1:]), call.kwargs)

    def get_output(self, result: Any) -> str:
        return str(result.answer)

    def set_output(self, result: Any, text: str) -> Any:
        return Resp(text, result.tokens)


def test_adapter_protocol_keeps_sdk_types() -> None:
    seen: list[Req] = []

    def sdk_call(req: Req) -> Resp:
        seen.append(req)
        return Resp(f"re: {req.body}", 7)

    out = guarded(sdk_call, pipeline=P, adapter=ReqAdapter())(Req("q"))
    assert out == Resp("re: Q!", 7) and seen == [Req("Q")]


def test_input_block_raises_by_default_and_model_is_not_called() -> None:
    llm = FakeLLM("never")
    p = Pipeline(input=[StaticGuard("block", reason="nope", name="gate")])
    with pytest.raises(InputBlocked, match="gate") as info:
        guarded(llm.complete, pipeline=p)("hi")
    assert info.value.verdict.blocking.reason == "nope"
    assert llm.calls == []


def test_canned_response_on_block() -> None:
    llm = FakeLLM("never")
    p = Pipeline(input=[StaticGuard("block")], on_block="respond",
                 block_response="I can't process this query.")
    assert guarded(llm.complete, pipeline=p)("hi") == "I can't process this query."
    assert llm.calls == []
    out = Pipeline(output=[StaticGuard("block")], on_block="respond", block_response="no")
    assert guarded(FakeLLM("bad").complete, pipeline=out)("hi") == "no"


class NeedsNumber:
    """Asks the model again until the answer is a number; gives up after 2 re-asks."""

    name = "needs_number"

    def __call__(self, text: str, ctx: Context) -> Decision:
        if text.strip().isdigit():
            return Decision.allow()
        if ctx.reasks >= 2:
            return Decision.block("still not a number", repair_failed=True,
                                  attempts=[text])
        return Decision.reask("Answer with a number only.", "not a number")


def test_reask_calls_the_model_again_with_the_repair_prompt() -> None:
    llm = FakeLLM(["about five", "5"])
    out = guarded(llm.complete, pipeline=Pipeline(output=[NeedsNumber()]))("how many?")
    assert out == "5"
    assert len(llm.calls) == 2
    assert "about five" in llm.prompts[1] and "Answer with a number only." in llm.prompts[1]


def test_reask_in_chat_appends_assistant_and_user_messages() -> None:
    llm = FakeLLM(["many", "7"])
    guarded(llm.chat, pipeline=Pipeline(output=[NeedsNumber()]))(
        messages=[{"role": "user", "content": "count?"}])
    second = llm.calls[1]["messages"]
    assert [m["role"] for m in second] == ["user", "assistant", "user"]
    assert second[1]["content"] == "many"


def test_reask_exhaustion_raises_repair_failed() -> None:
    llm = FakeLLM(["a", "b", "c", "d"])
    with pytest.raises(RepairFailed) as info:
        guarded(llm.complete, pipeline=Pipeline(output=[NeedsNumber()]))("q")
    assert len(llm.calls) == 3 and info.value.attempts == ("c",)


def test_pipeline_caps_reasks_even_if_a_guard_never_stops() -> None:
    answers = iter(["x1", "x2", "x3"])
    llm = FakeLLM(lambda p: next(answers))
    always = StaticGuard(Decision.reask("again", "never happy"), name="greedy")
    with pytest.raises(RepairFailed, match="re-ask limit reached \\(2\\): never happy") as info:
        guarded(llm.complete, pipeline=Pipeline(output=[always], max_reasks=2))("q")
    assert len(llm.calls) == 3
    assert info.value.attempts == ("x1", "x2", "x3")


async def test_sync_wrapper_with_async_guard_works_inside_a_running_loop() -> None:
    async def slow_ok(text: str, ctx: Context) -> Decision:
        await anyio.sleep(0)
        return Decision.rewrite(text + "?", "q")

    safe = guarded(FakeLLM(lambda p: p).complete, pipeline=Pipeline(input=[slow_ok]))
    assert safe("called from the loop thread") == "called from the loop thread?"
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(2) as pool:
        got = await loop.run_in_executor(pool, safe, "from the pool")
    assert got == "from the pool?"
    with capture_verdicts() as verdicts:  # the stage ran in a helper thread: context went along
        safe("captured")
    assert [v.stage for v in verdicts] == ["input", "output"]


def test_context_passed_in_reaches_guards_and_collects_verdicts() -> None:
    def needs_docs(text: str, ctx: Context) -> Decision:
        return Decision.rewrite(f"{text} [{len(ctx.docs)} docs]", "docs")

    ctx = Context(docs=["a", "b"])
    out = guarded(FakeLLM("ans").complete, pipeline=Pipeline(output=[needs_docs]))(
        "q", guard_ctx=ctx)
    assert out == "ans [2 docs]"
    assert [v.stage for v in ctx.verdicts] == ["input", "output"]
    assert ctx.original_input == "q"


def test_vault_is_dropped_when_the_call_ends_unless_kept() -> None:
    def stash(text: str, ctx: Context) -> Decision:
        ctx.vault.put("<P_1>", "value")
        return Decision.allow()

    p = Pipeline(input=[stash])
    ctx = Context()
    guarded(FakeLLM("x").complete, pipeline=p)("q", guard_ctx=ctx)
    assert len(ctx.vault) == 0
    kept = Context(keep_vault=True)
    guarded(FakeLLM("x").complete, pipeline=p)("q", guard_ctx=kept)
    assert kept.vault.get("<P_1>") == "value"


async def test_capture_verdicts_isolates_concurrent_tasks() -> None:
    safe = guarded(FakeLLM(lambda p: p, delay_s=0.01).acomplete, pipeline=P)
    results: dict[str, list[str]] = {}

    async def task(name: str) -> None:
        with capture_verdicts() as got:
            await safe(name)
            await anyio.sleep(0.01)
            await safe(name + "2")
        results[name] = [v.original for v in got]

    async with anyio.create_task_group() as tg:
        for name in ("a", "b", "c"):
            tg.start_soon(task, name)
    assert results == {n: [n, f"{n.upper()}", f"{n}2", f"{n.upper()}2"] for n in "abc"}


def test_capture_verdicts_isolates_threads() -> None:
    safe = guarded(FakeLLM(lambda p: p).complete, pipeline=P)

    def run(name: str) -> list[str]:
        with capture_verdicts() as got:
            safe(name)
        return [v.text for v in got]

    with ThreadPoolExecutor(4) as pool:
        out = list(pool.map(run, ["w", "x", "y", "z"]))
    assert out == [[n.upper(), n.upper() + "!"] for n in "wxyz"]


def test_bad_guard_ctx_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="guard_ctx"):
        guarded(FakeLLM("x").complete, pipeline=P)("q", guard_ctx={"docs": []})


def test_missing_prompt_is_a_clear_error() -> None:
    def odd(n: int) -> str:
        return str(n)

    with pytest.raises(TypeError, match="cannot find the prompt"):
        guarded(odd, pipeline=P)(3)


def test_a_chat_block_says_which_user_message_blocked() -> None:
    """Every user message of a chat is checked; the error named no message, so an old long
    message blocking every later turn looked like a problem with the newest one."""
    from guardwire import InputBlocked, Pipeline, guarded
    from guardwire.guards.abuse import AbuseGate
    from guardwire.testing import FakeLLM

    ask = guarded(FakeLLM(["ok"] * 3).chat, pipeline=Pipeline(input=[AbuseGate(max_chars=50)]))
    long_first = [{"role": "user", "content": "x " * 40}, {"role": "assistant", "content": "hm"},
                  {"role": "user", "content": "hello"}]
    with pytest.raises(InputBlocked) as err:
        ask(long_first)
    assert str(err.value).endswith("(message 1 of the 2 the input stage checked)")
    assert err.value.verdict.blocking is not None
    with pytest.raises(InputBlocked) as single:
        ask([{"role": "user", "content": "x " * 40}])
    assert "input stage checked" not in str(single.value)
