"""Placeholders in the answer's tool-call arguments are restored before the app runs the tool.

The model only ever saw ``<EMAIL_ADDRESS_1>``; a tool call it writes with that placeholder
must reach the app with the real address (OpenAI/LiteLLM ``tool_calls[].function.arguments``
JSON strings, Anthropic ``tool_use.input`` objects, plain dict answers)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from guardwire import Context, Pipeline, guarded
from guardwire._adapters import ChatAdapter
from guardwire.guards.pii import PIIRedactor

USER = [{"role": "user", "content": 'Mail ada@example.com and sign as Jo "JJ" Smith, '
                                    "phone 212-555-0187."}]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    guard = PIIRedactor(ner="off")
    guard.warm()
    return Pipeline(input=[guard])


def placeholders_seen(messages: list[dict[str, Any]]) -> dict[str, str]:
    """The placeholders the model saw, by the value's kind (as a model would copy them)."""
    text = messages[-1]["content"]
    assert "ada@example.com" not in text and "212-555-0187" not in text
    return {"email": "<EMAIL_ADDRESS_1>", "phone": "<PHONE_NUMBER_1>"}


def openai_dict_model(messages: list[dict[str, Any]]) -> dict[str, Any]:
    seen = placeholders_seen(messages)
    args = {"to": seen["email"], "body": f"Call me on {seen['phone']}", "cc": [seen["email"]]}
    return {"role": "assistant", "content": None, "tool_calls": [
        {"id": "call_1", "type": "function",
         "function": {"name": "send_mail", "arguments": json.dumps(args)}},
        {"id": "call_2", "type": "function",
         "function": {"name": "note", "arguments": "not json: " + seen["email"]}}]}


def test_dict_answer_tool_call_arguments_are_restored(pipeline: Pipeline) -> None:
    ctx = Context()
    result = guarded(openai_dict_model, pipeline=pipeline)(messages=USER, guard_ctx=ctx)
    first, second = result["tool_calls"]
    args = json.loads(first["function"]["arguments"])  # still valid JSON
    assert args == {"to": "ada@example.com", "body": "Call me on 212-555-0187",
                    "cc": ["ada@example.com"]}
    assert second["function"]["arguments"] == "not json: ada@example.com"
    restore = ctx.verdicts[-1].decisions[-1]
    assert restore.guard == "pii_restore" and restore.data["tool_calls"] is True
    assert ctx.tool_calls[0]["arguments"]["to"] == "ada@example.com"


def test_the_models_own_answer_object_is_not_mutated(pipeline: Pipeline) -> None:
    made: list[dict[str, Any]] = []

    def model(messages: list[dict[str, Any]]) -> dict[str, Any]:
        made.append(openai_dict_model(messages))
        return made[-1]

    guarded(model, pipeline=pipeline)(messages=USER)
    assert "<EMAIL_ADDRESS_1>" in made[0]["tool_calls"][0]["function"]["arguments"]


def test_unknown_placeholders_in_arguments_are_reported_not_filled(pipeline: Pipeline) -> None:
    def model(messages: list[dict[str, Any]]) -> dict[str, Any]:
        return {"role": "assistant", "content": "", "tool_calls": [
            {"id": "c", "type": "function", "function": {
                "name": "send_mail", "arguments": '{"to": "<EMAIL_ADDRESS_7>"}'}}]}

    ctx = Context()
    result = guarded(model, pipeline=pipeline)(messages=USER, guard_ctx=ctx)
    assert json.loads(result["tool_calls"][0]["function"]["arguments"]) == {
        "to": "<EMAIL_ADDRESS_7>"}
    data = ctx.verdicts[-1].decisions[-1].data
    assert data["unknown_placeholders"] and data["tool_calls"] is True


def test_without_placeholders_the_answer_is_returned_as_is(pipeline: Pipeline) -> None:
    answer = {"role": "assistant", "content": None, "tool_calls": [
        {"id": "c", "type": "function", "function": {"name": "f", "arguments": '{"a": 1}'}}]}
    result = guarded(lambda messages: answer, pipeline=pipeline)(messages=USER)
    assert result is answer  # nothing to restore: not even copied
    assert ChatAdapter().tool_calls("just text") == []


def test_openai_sdk_objects() -> None:
    openai_types = pytest.importorskip("openai.types.chat")
    from guardwire.integrations.openai import OpenAIAdapter

    def model(messages: list[dict[str, Any]]) -> Any:
        placeholders_seen(messages)
        return openai_types.ChatCompletion.model_validate({
            "id": "x", "created": 0, "model": "m", "object": "chat.completion",
            "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {
                "role": "assistant", "content": None, "tool_calls": [{
                    "id": "call_1", "type": "function", "function": {
                        "name": "send_mail",
                        "arguments": '{"to": "<EMAIL_ADDRESS_1>", "sig": "<PERSON_1>"}'}}]}}]})

    guard = PIIRedactor(ner="off")
    safe = guarded(model, pipeline=Pipeline(input=[guard]), adapter=OpenAIAdapter())
    result = safe(messages=USER)
    assert isinstance(result, openai_types.ChatCompletion)
    args = json.loads(result.choices[0].message.tool_calls[0].function.arguments)
    assert args["to"] == "ada@example.com"
    assert args["sig"] == "<PERSON_1>"  # pattern-only redactor: no PERSON in this vault


def test_anthropic_sdk_objects() -> None:
    anthropic_types = pytest.importorskip("anthropic.types")
    from guardwire.integrations.anthropic import AnthropicAdapter

    def model(messages: list[dict[str, Any]], **_kw: Any) -> Any:
        placeholders_seen(messages)
        return anthropic_types.Message.model_validate({
            "id": "msg", "type": "message", "role": "assistant", "model": "m",
            "stop_reason": "tool_use", "stop_sequence": None,
            "usage": {"input_tokens": 1, "output_tokens": 1},
            "content": [{"type": "text", "text": "Sending it to <EMAIL_ADDRESS_1>."},
                        {"type": "tool_use", "id": "toolu_1", "name": "send_mail",
                         "input": {"to": "<EMAIL_ADDRESS_1>", "phones": ["<PHONE_NUMBER_1>"]}}]})

    safe = guarded(model, pipeline=Pipeline(input=[PIIRedactor(ner="off")]),
                   adapter=AnthropicAdapter())
    result = safe(messages=USER)
    assert isinstance(result, anthropic_types.Message)
    assert result.content[0].text == "Sending it to ada@example.com."
    assert result.content[1].input == {"to": "ada@example.com", "phones": ["212-555-0187"]}


def test_arguments_that_are_not_valid_json_get_json_escaped_values() -> None:
    """A cut-off answer (``finish_reason="length"``) leaves arguments that do not parse; they
    are still JSON text: a value with quotes must not end its string early (the streamed
    path already inserted it escaped, so the two disagreed)."""
    from guardwire.guards.pii import PIIRestorer

    ctx = Context()
    ctx.vault.put("<PERSON_1>", 'Jo "JJ" Smith')
    ctx.vault.put("<EMAIL_ADDRESS_1>", "ada@example.com")
    cut = '{"to": "<EMAIL_ADDRESS_1>", "sign": "<PERSON_1>", "body": "Dear\\nPERSON_1, '
    ctx.tool_calls = [{"id": "c", "name": "send", "arguments": cut},
                      {"id": "d", "name": "note", "arguments": "not json: <PERSON_1>"}]
    PIIRestorer()("", ctx)
    restored = ctx.tool_calls[0]["arguments"]
    assert json.loads(restored + '"}') == {"to": "ada@example.com", "sign": 'Jo "JJ" Smith',
                                           "body": 'Dear\nJo "JJ" Smith, '}
    assert ctx.tool_calls[1]["arguments"] == 'not json: Jo "JJ" Smith'
    streamed = PIIRestorer().start_args_stream(ctx)
    assert streamed.feed(cut) + streamed.flush() == restored
