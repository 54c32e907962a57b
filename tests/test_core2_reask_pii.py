"""A re-ask never sends the model a value the PII redactor took out of the input.

Before: a guard whose repair request quoted ``ctx.original_input`` (the user's text before
redaction) sent 'ana.lima@example.com' to the model in the re-ask, although the first call
only ever carried ``<EMAIL_ADDRESS_1>``."""

from __future__ import annotations

from typing import Any

import pytest

from guardwire import Context, Decision, Pipeline, guarded
from guardwire.guards.pii import PIIRedactor
from guardwire.testing import FakeLLM

pytestmark = pytest.mark.anyio

EMAIL = "ana.lima@example.com"


def _judge(text: str, ctx: Context) -> Decision:
    if "sorry" in text:
        return Decision.allow()
    return Decision.reask(f"Answer this again: {ctx.original_input!r}", "off topic")


@pytest.mark.parametrize("use_async", [False, True])
@pytest.mark.parametrize("chat", [False, True])
async def test_a_repair_request_quoting_the_input_reaches_the_model_redacted(
        redactor: PIIRedactor, use_async: bool, chat: bool) -> None:
    llm = FakeLLM(["blah", "sorry"])
    p = Pipeline(input=[redactor], output=[_judge])
    ctx = Context()
    fn: Any = (llm.achat if use_async else llm.chat) if chat else (
        llm.acomplete if use_async else llm.complete)
    ask = guarded(fn, pipeline=p)
    args: dict[str, Any] = ({"messages": [{"role": "user", "content": f"mail {EMAIL} please"}]}
                            if chat else {"prompt": f"mail {EMAIL} please"})
    out = await ask(**args, guard_ctx=ctx) if use_async else ask(**args, guard_ctx=ctx)
    assert (out["content"] if isinstance(out, dict) else out) == "sorry"
    assert len(llm.calls) == 2 and ctx.reasks == 1
    sent = repr(llm.calls)
    assert EMAIL not in sent
    assert "Answer this again: 'mail <EMAIL_ADDRESS_1> please'" in sent


def test_the_longest_value_goes_first() -> None:
    """One vault value inside another: the longer one keeps its own placeholder."""
    ctx = Context()
    ctx.vault.put("<PERSON_1>", "Ana")
    ctx.vault.put("<PERSON_2>", "Ana Lima")
    llm = FakeLLM(["x", "sorry"])

    def judge(text: str, c: Context) -> Decision:
        return Decision.allow() if text == "sorry" else Decision.reask("Ana Lima, then Ana.")

    guarded(llm.complete, pipeline=Pipeline(output=[judge]))("q", guard_ctx=ctx)
    assert llm.prompts[1].endswith("<PERSON_2>, then <PERSON_1>.")
