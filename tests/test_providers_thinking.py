"""Anthropic extended thinking: thinking blocks are never rewritten, in answers or in history.

The API checks each thinking block sent back against its ``signature``, so a block a guard
changed (a placeholder restored, a value redacted) would make the next request fail. What the
guards do see and change is the answer's text, restored as usual."""

from __future__ import annotations

from typing import Any

from _e2e_kit import Provider
from guardwire import Pipeline, guarded
from guardwire.guards.pii import PIIRedactor

THOUGHT = "The user is <EMAIL_ADDRESS_1>; answer them"


def _reply(body: dict[str, Any]) -> dict[str, Any]:
    return {"id": "msg_1", "type": "message", "role": "assistant", "model": "claude-x",
            "stop_reason": "end_turn", "stop_sequence": None,
            "usage": {"input_tokens": 1, "output_tokens": 1},
            "content": [{"type": "thinking", "thinking": THOUGHT, "signature": "sig-1"},
                        {"type": "redacted_thinking", "data": "opaque"},
                        {"type": "text", "text": "I will write to <EMAIL_ADDRESS_1>."}]}


def test_thinking_blocks_pass_unchanged_while_the_text_is_restored() -> None:
    provider = Provider(_reply)
    chat = guarded(provider.anthropic().messages.create,
                   pipeline=Pipeline(input=[PIIRedactor(ner="off")]))
    earlier = [{"type": "thinking", "thinking": "earlier <EMAIL_ADDRESS_1>", "signature": "s0"},
               {"type": "text", "text": "Hello ana@example.com"}]
    answer = chat(model="claude-x", max_tokens=2000,
                  thinking={"type": "enabled", "budget_tokens": 1024},
                  messages=[{"role": "user", "content": "I am ana@example.com"},
                            {"role": "assistant", "content": earlier},
                            {"role": "user", "content": "mail me"}])
    thinking, redacted, text = answer.content
    assert (thinking.thinking, thinking.signature) == (THOUGHT, "sig-1")
    assert redacted.data == "opaque"
    assert text.text == "I will write to ana@example.com."
    sent = provider.bodies[0]["messages"]
    assert sent[1]["content"][0] == earlier[0]  # the signed block as it was
    assert sent[1]["content"][1]["text"] == "Hello <EMAIL_ADDRESS_1>"  # history redacted
    assert "ana@example.com" not in provider.raw[0]
