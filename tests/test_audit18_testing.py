"""Audit 18: ``guardwire.testing`` helpers given a wrong value made a test about something else:
``tool_call_answer`` with the arguments as JSON text (how the SDKs carry them) raised
"dictionary update sequence element #0 has length 1"; ``tool_result`` with a dict or None made
a tool message whose content no guard reads (an injection in it passed unscanned); and
``StaticGuard("block", score="high")`` blocked as a guard *error* at run time."""

from __future__ import annotations

from typing import Any

import pytest

from guardwire import Pipeline
from guardwire.testing import StaticGuard, tool_call_answer, tool_result


def test_tool_call_answer_takes_json_text_of_an_object() -> None:
    from_text = tool_call_answer("get", '{"a": 1}')
    assert from_text == tool_call_answer("get", {"a": 1})
    assert from_text["tool_calls"][0]["function"]["arguments"] == '{"a": 1}'


@pytest.mark.parametrize("arguments, message", [
    ("not json", "arguments is not JSON"), ("[1, 2]", "must be a JSON object, got list"),
    (5, "must be a dict or the JSON text of an object, got int")])
def test_tool_call_answer_refuses_other_arguments(arguments: Any, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        tool_call_answer("get", arguments)


@pytest.mark.parametrize("text", [{"page": "x"}, None, 5, ["a"]])
def test_tool_result_needs_text(text: Any) -> None:
    with pytest.raises(TypeError, match="text must be a str"):
        tool_result("call_1", text)


def test_tool_result_with_text() -> None:
    assert tool_result("call_1", "hi", name="fetch") == {
        "role": "tool", "tool_call_id": "call_1", "content": "hi", "name": "fetch"}


@pytest.mark.parametrize("kwargs", [{"score": "high"}, {"score": True}, {"reason": 5}])
def test_static_guard_refuses_a_bad_reason_or_score(kwargs: Any) -> None:
    with pytest.raises(ValueError, match="reason must be a str and score a number"):
        StaticGuard("block", **kwargs)


def test_static_guard_blocks_with_its_score() -> None:
    v = Pipeline(input=[StaticGuard("block", reason="nope", score=0.9)]).check_input("x")
    assert v.blocked and v.blocking is not None
    assert v.blocking.outcome == "ok" and v.blocking.score == 0.9


@pytest.mark.parametrize("messages", ["hi", {"role": "user", "content": "hi"}, ["hi"]])
def test_fake_llm_chat_refuses_messages_of_another_shape(messages: Any) -> None:
    from guardwire.testing import FakeLLM

    with pytest.raises(TypeError, match="messages must be a list of message dicts"):
        FakeLLM("x").chat(messages=messages)  # was AttributeError: 'str' ... 'get'


def test_fake_llm_chat_with_messages() -> None:
    from guardwire.testing import FakeLLM

    llm = FakeLLM("x")
    assert llm.chat(messages=[{"role": "user", "content": "hi"}]) == "x"
    assert llm.prompts == ["hi"]
