"""``FakeLLM`` can script a provider error: an answer that is an exception is raised on that
call (before, a test of "the model failed" needed a hand-written stand-in; a scripted
exception object was returned as the answer, or refused by the text entry points as a
"message")."""

from __future__ import annotations

import anyio
import pytest

from guardwire import Context, Pipeline, guarded
from guardwire.guards.pii import PIIRedactor
from guardwire.testing import FakeLLM, capture_verdicts


def test_a_scripted_exception_is_raised_on_its_call() -> None:
    llm = FakeLLM([TimeoutError("provider timed out"), "hello"])
    with pytest.raises(TimeoutError, match="provider timed out"):
        llm.complete("first")
    assert llm.complete("second") == "hello"
    assert llm.prompts == ["first", "second"]  # the failed call is recorded too


def test_every_entry_point_raises_it() -> None:
    llm = FakeLLM(ConnectionError("down"))
    with pytest.raises(ConnectionError):
        llm.stream("hi")
    with pytest.raises(ConnectionError):
        llm.chat([{"role": "user", "content": "hi"}])
    with pytest.raises(ConnectionError):
        anyio.run(llm.acomplete, "hi")
    with pytest.raises(ConnectionError):
        anyio.run(llm.astream, "hi")
    assert len(llm.calls) == 4


def test_through_a_guarded_call_the_error_reaches_the_app_and_the_vault_is_cleared() -> None:
    llm = FakeLLM([RuntimeError("rate limited")])
    ask = guarded(llm.complete, pipeline=Pipeline(input=[PIIRedactor(ner="off")]))
    ctx = Context()
    with capture_verdicts() as verdicts, pytest.raises(RuntimeError, match="rate limited"):
        ask("mail ana.lima@example.com", guard_ctx=ctx)
    assert llm.prompts == ["mail <EMAIL_ADDRESS_1>"]
    assert [v.stage for v in verdicts] == ["input"]
    assert list(ctx.vault.items()) == []
