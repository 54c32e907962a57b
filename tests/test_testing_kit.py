"""The user-facing test kit: FakeLLM, static/hanging/raising guards, and the pytest fixtures."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from guardwire import Context, Decision, Pipeline, Policy, guarded
from guardwire.testing import (
    FakeLLM,
    FakeLLMExhausted,
    HangingGuard,
    RaisingGuard,
    StaticGuard,
    capture_verdicts,
)

pytestmark = pytest.mark.anyio


def test_fake_llm_scripted_answers_in_order_then_exhausted() -> None:
    llm = FakeLLM(["one", "two"])
    assert llm("a") == "one" and llm.complete("b", temperature=0) == "two"
    with pytest.raises(FakeLLMExhausted):
        llm("c")
    assert llm.prompts == ["a", "b", "c"]
    assert llm.calls[1]["kwargs"] == {"temperature": 0}


def test_fake_llm_function_and_chat() -> None:
    llm = FakeLLM(lambda p: p[::-1])
    assert llm.chat(messages=[{"role": "user", "content": "abc"}]) == "cba"
    assert list(llm.stream("abcdefghij")) == ["jihgfedc", "ba"]


async def test_fake_llm_async_entry_points() -> None:
    llm = FakeLLM("hello world", chunk_size=5)
    assert await llm.acomplete("x") == "hello world"
    assert await llm.achat(messages=[{"role": "user", "content": "y"}]) == "hello world"
    assert [c async for c in await llm.astream("z")] == ["hello", " worl", "d"]
    assert llm.prompts == ["x", "y", "z"]


def test_static_guard_records_and_answers() -> None:
    g = StaticGuard("rewrite", text="new", name="fixed")
    v = Pipeline(input=[g]).check_input("old")
    assert v.text == "new" and g.seen == ["old"] and v.decisions[0].guard == "fixed"
    assert StaticGuard(Decision.block("b"))("x", Context()).action == "block"


def test_raising_and_hanging_guards_drive_policies() -> None:
    assert Pipeline(input=[RaisingGuard()]).check_input("x").decisions[0].outcome == "error"
    hanging = Pipeline(input=[HangingGuard(5)], policy=Policy(budget_ms=10))
    assert hanging.check_input("x").decisions[0].outcome == "timeout"
    assert hanging.check_input("x").blocked
    lenient = hanging.override(policy=Policy.fail_open(budget_ms=10))
    assert not lenient.check_input("x").blocked and lenient.check_input("x").degraded


def test_pytest_fixtures(fake_llm, captured_verdicts, guard_ctx) -> None:
    llm = fake_llm(["fine"])
    assert guarded(llm.complete, pipeline=Pipeline(input=[StaticGuard()]))(
        "q", guard_ctx=guard_ctx) == "fine"
    assert [v.stage for v in captured_verdicts] == ["input", "output"]
    assert guard_ctx.verdicts == captured_verdicts


def test_fake_llm_chat_can_answer_with_a_tool_call() -> None:
    import json

    from guardwire.guards.pii import PIIRedactor
    from guardwire.testing import tool_call_answer, tool_result

    answer = tool_call_answer("send_mail", {"to": "<EMAIL_ADDRESS_1>"}, call_id="c7")
    assert answer["tool_calls"][0]["id"] == "c7"
    assert tool_result("c7", "sent", name="send_mail") == {
        "role": "tool", "tool_call_id": "c7", "content": "sent", "name": "send_mail"}
    llm = FakeLLM([answer])
    ask = guarded(llm.chat, pipeline=Pipeline(input=[PIIRedactor(ner="off")]))
    result = ask(messages=[{"role": "user", "content": "mail ada@example.com"}])
    assert json.loads(result["tool_calls"][0]["function"]["arguments"]) == {
        "to": "ada@example.com"}
    with pytest.raises(TypeError, match="chat"):
        FakeLLM(answer).complete("hi")


def _calls_in_worker_threads(n: int) -> None:
    safe = guarded(FakeLLM("ok").complete,
                   pipeline=Pipeline(input=[StaticGuard(Decision.allow())]))
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(safe, [f"q{i}" for i in range(n)]))


def test_capture_all_threads_sees_calls_made_in_worker_threads() -> None:
    with capture_verdicts() as mine, capture_verdicts(all_threads=True) as every:
        _calls_in_worker_threads(6)
    assert mine == []  # thread-local: the app's worker threads are not seen (documented)
    assert len(every) == 12 and {v.stage for v in every} == {"input", "output"}
    _calls_in_worker_threads(2)
    assert len(every) == 12  # closed: nothing more


def test_capture_all_threads_does_not_count_a_verdict_twice() -> None:
    with capture_verdicts(all_threads=True) as every, capture_verdicts() as mine:
        Pipeline(input=[StaticGuard(Decision.allow())]).check_input("x")
    assert len(every) == 1 and len(mine) == 1


def test_the_captured_verdicts_fixture_sees_worker_threads(captured_verdicts: list[Any]) -> None:
    _calls_in_worker_threads(3)
    assert len(captured_verdicts) == 6
