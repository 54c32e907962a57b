"""Shared by the PII tests: redact a text and check the round trip on the way."""

from __future__ import annotations

from typing import Any

from guardwire import Context, Pipeline, guarded
from guardwire.guards.pii import PIIRedactor, restore_placeholders
from guardwire.testing import FakeLLM


def round_trip(guard: PIIRedactor, text: str) -> str:
    """What the model sees of ``text`` (asserting that restoring it gives ``text`` back)."""
    ctx = Context()
    d = guard(text, ctx)
    redacted = text if d.text is None else d.text
    assert restore_placeholders(redacted, ctx.vault) == text
    return redacted


def sent(redactor: PIIRedactor, *texts: str, answer: str = "ok") -> tuple[list[str], str]:
    """The user messages ``texts`` through ``guarded(FakeLLM.chat)`` with ``redactor``: what
    the model was sent (each message's content) and the answer the caller got."""
    llm = FakeLLM([answer])
    msgs: list[dict[str, Any]] = [{"role": "user", "content": t} for t in texts]
    out = guarded(llm.chat, pipeline=Pipeline(input=[redactor]))(messages=msgs,
                                                                 guard_ctx=Context())
    return [m["content"] for m in llm.calls[0]["messages"]], str(out)
