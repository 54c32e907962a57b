"""``redact_tools``: PII in the call's tool results is redacted in the messages the model gets,
with the same vault as the user's messages, and restored in the answer."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from guardwire import Context, Pipeline, guarded
from guardwire.exceptions import ConfigError
from guardwire.guards.pii import PIIRedactor
from guardwire.testing import FakeLLM

CRM = "Customer record: email ada@example.com, phone 212-555-0187, tier gold."


@pytest.fixture(scope="module")
def redactor() -> PIIRedactor:
    guard = PIIRedactor(ner="off", redact_tools=True)
    guard.warm()
    return guard


def openai_messages() -> list[dict[str, Any]]:
    return [
        {"role": "user", "content": "What email do you have for me? I'm ada@example.com"},
        {"role": "assistant", "tool_calls": [{"id": "call_1", "type": "function",
                                              "function": {"name": "crm", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "call_1", "content": CRM},
    ]


def test_tool_result_is_redacted_for_the_model_and_restored_in_the_answer(
        redactor: PIIRedactor) -> None:
    llm = FakeLLM(["We have <EMAIL_ADDRESS_1> and <PHONE_NUMBER_1> on file."])
    msgs = openai_messages()
    before = copy.deepcopy(msgs)
    ctx = Context()
    answer = guarded(llm.chat, pipeline=Pipeline(input=[redactor]))(messages=msgs,
                                                                    guard_ctx=ctx)
    assert answer == "We have ada@example.com and 212-555-0187 on file."
    sent = llm.calls[0]["messages"]
    assert sent[2]["content"] == ("Customer record: email <EMAIL_ADDRESS_1>, phone "
                                  "<PHONE_NUMBER_1>, tier gold.")
    assert "ada@example.com" not in str(sent)  # same value, same placeholder, both places
    assert msgs == before  # the caller's list is not mutated
    pii = next(d for v in ctx.verdicts for d in v.decisions if d.guard == "pii")
    assert pii.data["tools_entities"] == {"EMAIL_ADDRESS": 1, "PHONE_NUMBER": 1}


def test_off_by_default_tool_results_pass_unchanged() -> None:
    llm = FakeLLM(["ok"])
    guarded(llm.chat, pipeline=Pipeline(input=[PIIRedactor(ner="off")]))(
        messages=openai_messages())
    assert llm.calls[0]["messages"][2]["content"] == CRM
    assert "ada@example.com" not in llm.calls[0]["messages"][0]["content"]


def test_anthropic_tool_result_blocks_keep_their_other_parts(redactor: PIIRedactor) -> None:
    image = {"type": "image", "source": {"type": "base64", "media_type": "image/png",
                                         "data": "iVBORw0KGgo="}}
    msgs = [
        {"role": "user", "content": "Look this up"},
        {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_1", "name": "crm",
                                           "input": {}}]},
        {"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": "toolu_1",
             "content": [{"type": "text", "text": CRM}, image]},
            {"type": "text", "text": "Thanks"}]},
    ]
    llm = FakeLLM(["ok"])
    guarded(llm.chat, pipeline=Pipeline(input=[redactor]))(messages=msgs)
    block = llm.calls[0]["messages"][2]["content"][0]
    assert block["tool_use_id"] == "toolu_1"
    assert block["content"][0]["text"].startswith("Customer record: email <EMAIL_ADDRESS_1>")
    assert block["content"][1] == image
    assert llm.calls[0]["messages"][2]["content"][1] == {"type": "text", "text": "Thanks"}


def test_placeholder_look_alikes_in_tool_results_are_neutralised(
        redactor: PIIRedactor) -> None:
    llm = FakeLLM(lambda prompt: "echo")
    msgs = [{"role": "user", "content": "hi"},
            {"role": "tool", "tool_call_id": "t", "content": "template: Dear <PERSON_1>,"}]
    ctx = Context()
    guarded(llm.chat, pipeline=Pipeline(input=[redactor]))(messages=msgs, guard_ctx=ctx)
    sent = llm.calls[0]["messages"][1]["content"]
    assert "<PERSON_1>" not in sent  # a look-alike cannot be filled with someone's value


def test_tool_outputs_given_in_the_context_are_redacted_there(redactor: PIIRedactor) -> None:
    ctx = Context(tool_outputs=[{"id": "x", "text": CRM}])
    guarded(FakeLLM(["ok"]).complete, pipeline=Pipeline(input=[redactor]))("hi", guard_ctx=ctx)
    assert "<EMAIL_ADDRESS_1>" in ctx.tool_outputs[0]["text"]


@pytest.mark.parametrize("option", ["redact_tools", "redact_docs"])
def test_flags_must_be_booleans(option: str) -> None:
    with pytest.raises(ConfigError) as err:
        PIIRedactor(ner="off", **{option: "false"})  # a string would read as True
    assert err.value.path == option
