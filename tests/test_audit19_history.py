"""Audit 19: an assistant turn sent back in the history with OpenAI's legacy ``function_call``
(the ``functions=`` API) kept the real value in its arguments: the PII redactor read
``tool_calls[].function.arguments`` only, while the answer's own ``function_call`` is restored
(so the app stores the real value and sends it back on the next turn)."""

from __future__ import annotations

import json
from typing import Any

from openai.types.chat import ChatCompletionMessage

from guardwire import Context, Pipeline, guarded
from guardwire.guards.pii import PIIRedactor

EMAIL = "ana.lima@example.com"


def _run(history_turn: Any) -> tuple[str, list[Any]]:
    sent: list[str] = []

    def chat(messages: list[Any]) -> dict[str, Any]:
        sent.append(json.dumps([m if isinstance(m, dict) else m.model_dump() for m in messages]))
        return {"role": "assistant", "content": "done"}

    msgs = [{"role": "user", "content": f"mail {EMAIL}"}, history_turn,
            {"role": "function", "name": "send", "content": "sent"},
            {"role": "user", "content": "thanks"}]
    guarded(chat, pipeline=Pipeline(input=[PIIRedactor(ner="off")]))(msgs, guard_ctx=Context())
    return sent[0], msgs


def test_legacy_function_call_arguments_are_redacted() -> None:
    turn = {"role": "assistant", "content": None,
            "function_call": {"name": "send", "arguments": json.dumps({"to": EMAIL})}}
    sent, msgs = _run(turn)
    assert EMAIL not in sent
    assert json.dumps({"to": "<EMAIL_ADDRESS_1>"}) in json.loads(sent)[1]["function_call"][
        "arguments"]
    assert json.loads(msgs[1]["function_call"]["arguments"]) == {"to": EMAIL}  # not mutated


def test_legacy_function_call_in_an_sdk_message_is_redacted() -> None:
    turn = ChatCompletionMessage(role="assistant", content=None, function_call={
        "name": "send", "arguments": json.dumps({"to": EMAIL})})
    sent, msgs = _run(turn)
    assert EMAIL not in sent
    assert msgs[1] is turn and EMAIL in turn.function_call.arguments  # type: ignore[union-attr]
