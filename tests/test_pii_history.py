"""``redact_history`` (on by default): the assistant's earlier turns, which the app stores
restored, are redacted before the next call, so a value the user gave once does not reach
the model through the history."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from guardwire import Context, Pipeline, guarded
from guardwire.exceptions import ConfigError
from guardwire.guards.pii import PIIRedactor
from guardwire.testing import FakeLLM

EMAIL, PHONE = "ada@example.com", "212-555-0187"


def conversation() -> list[dict[str, Any]]:
    return [
        {"role": "user", "content": f"My e-mail is {EMAIL}."},
        {"role": "assistant", "content": f"Thanks, I noted {EMAIL}.",
         "tool_calls": [{"id": "call_1", "type": "function", "function": {
             "name": "save", "arguments": json.dumps({"email": EMAIL, "note": 'say "hi"'})}}]},
        {"role": "tool", "tool_call_id": "call_1", "content": "saved"},
        {"role": "user", "content": f"And my phone is {PHONE}."},
    ]


def test_assistant_turns_are_redacted_with_the_same_placeholders(
        redactor: PIIRedactor) -> None:
    llm = FakeLLM(["Got <PHONE_NUMBER_1> and <EMAIL_ADDRESS_1>."])
    msgs = conversation()
    before = copy.deepcopy(msgs)
    ctx = Context()
    answer = guarded(llm.chat, pipeline=Pipeline(input=[redactor]))(messages=msgs,
                                                                    guard_ctx=ctx)
    assert answer == f"Got {PHONE} and {EMAIL}."
    sent = llm.calls[0]["messages"]
    assert EMAIL not in json.dumps(sent) and PHONE not in json.dumps(sent)
    assert sent[1]["content"] == "Thanks, I noted <EMAIL_ADDRESS_1>."
    args = json.loads(sent[1]["tool_calls"][0]["function"]["arguments"])  # still JSON
    assert args == {"email": "<EMAIL_ADDRESS_1>", "note": 'say "hi"'}
    assert msgs == before
    pii = next(d for v in ctx.verdicts for d in v.decisions if d.guard == "pii")
    assert pii.data["history_entities"] == {"EMAIL_ADDRESS": 2}


def test_redact_history_false_sends_the_history_as_it_is() -> None:
    llm = FakeLLM(["ok"])
    guarded(llm.chat, pipeline=Pipeline(input=[PIIRedactor(ner="off", redact_history=False)]))(
        messages=conversation())
    sent = llm.calls[0]["messages"]
    assert sent[1]["content"] == f"Thanks, I noted {EMAIL}."
    assert EMAIL not in sent[0]["content"]  # user messages are still redacted


def test_sdk_message_objects_in_the_history(redactor: PIIRedactor) -> None:
    chat = pytest.importorskip("openai.types.chat")
    previous = chat.ChatCompletionMessage.model_validate({
        "role": "assistant", "content": None, "tool_calls": [{
            "id": "call_1", "type": "function",
            "function": {"name": "save", "arguments": json.dumps({"email": EMAIL})}}]})
    msgs = [{"role": "user", "content": f"Save {EMAIL}"}, previous,
            {"role": "tool", "tool_call_id": "call_1", "content": "saved"},
            {"role": "user", "content": "Thanks"}]
    llm = FakeLLM(["ok"])
    guarded(llm.chat, pipeline=Pipeline(input=[redactor]))(messages=msgs)
    sent = llm.calls[0]["messages"]
    assert isinstance(sent[1], dict)  # rewritten as a dict; the caller's object is untouched
    assert json.loads(sent[1]["tool_calls"][0]["function"]["arguments"]) == {
        "email": "<EMAIL_ADDRESS_1>"}
    assert EMAIL in previous.tool_calls[0].function.arguments


def test_anthropic_assistant_blocks(redactor: PIIRedactor) -> None:
    msgs = [
        {"role": "user", "content": f"Save {EMAIL}"},
        {"role": "assistant", "content": [
            {"type": "text", "text": f"Saving {EMAIL}."},
            {"type": "tool_use", "id": "toolu_1", "name": "save", "input": {"email": EMAIL}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1",
                                      "content": "saved"}]},
    ]
    llm = FakeLLM(["ok"])
    guarded(llm.chat, pipeline=Pipeline(input=[redactor]))(messages=msgs)
    blocks = llm.calls[0]["messages"][1]["content"]
    assert blocks[0]["text"] == "Saving <EMAIL_ADDRESS_1>."
    assert blocks[1]["input"] == {"email": "<EMAIL_ADDRESS_1>"}  # still an object


def test_a_text_seen_before_is_not_analysed_again(monkeypatch: pytest.MonkeyPatch) -> None:
    guard = PIIRedactor(ner="off", memo=2)
    calls: list[str] = []
    real = guard._detect

    def spy(text: str) -> Any:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(guard, "_detect", spy)
    a, b, c = f"mail {EMAIL}", f"call {PHONE}", "nothing here"
    first = guard.detect(a)
    assert guard.detect(a) == first and calls == [a]  # the same detections, one analysis
    guard.detect(b)
    guard.detect(c)  # a is the least recently used of three: dropped
    guard.detect(a)
    assert calls == [a, b, c, a]
    off = PIIRedactor(ner="off", memo=0)
    monkeypatch.setattr(off, "_detect", spy)
    off.detect(b)
    off.detect(b)
    assert calls[-2:] == [b, b]


@pytest.mark.parametrize("bad", [-1, True, "10", 1.5])
def test_memo_must_be_a_count(bad: Any) -> None:
    with pytest.raises(ConfigError) as err:
        PIIRedactor(ner="off", memo=bad)
    assert err.value.path == "memo"


def test_openai_refusals_in_the_history_are_redacted(redactor: PIIRedactor) -> None:
    """A refusal the app stored restored ("I can't send mail to ada@…") went back to the
    model with the real address: the message's ``refusal`` field and ``refusal`` parts were
    not read as history."""
    llm = FakeLLM(["ok"])
    msgs: list[dict[str, Any]] = [
        {"role": "user", "content": f"Mail {EMAIL} the report."},
        {"role": "assistant", "content": None,
         "refusal": f"I can't send mail to {EMAIL}."},
        {"role": "assistant", "content": [
            {"type": "text", "text": "Partly done."},
            {"type": "refusal", "refusal": f"I won't call {PHONE}."}]},
        {"role": "user", "content": "Why not?"},
    ]
    before = copy.deepcopy(msgs)
    ctx = Context()
    guarded(llm.chat, pipeline=Pipeline(input=[redactor]))(messages=msgs, guard_ctx=ctx)
    sent = llm.calls[0]["messages"]
    assert EMAIL not in json.dumps(sent) and PHONE not in json.dumps(sent)
    assert sent[1]["refusal"] == "I can't send mail to <EMAIL_ADDRESS_1>."
    assert sent[2]["content"][1] == {"type": "refusal",
                                     "refusal": "I won't call <PHONE_NUMBER_1>."}
    assert sent[2]["content"][0] == {"type": "text", "text": "Partly done."}
    assert msgs == before


def test_sdk_message_with_a_refusal_in_the_history(redactor: PIIRedactor) -> None:
    from openai.types.chat import ChatCompletionMessage

    llm = FakeLLM(["ok"])
    earlier = ChatCompletionMessage(role="assistant", content=None,
                                    refusal=f"I can't send mail to {EMAIL}.")
    msgs: list[Any] = [{"role": "user", "content": f"Mail {EMAIL}."}, earlier,
                       {"role": "user", "content": "Why not?"}]
    guarded(llm.chat, pipeline=Pipeline(input=[redactor]))(messages=msgs)
    sent = llm.calls[0]["messages"]
    assert EMAIL not in json.dumps(sent, default=str)
    assert sent[1]["refusal"] == "I can't send mail to <EMAIL_ADDRESS_1>."
