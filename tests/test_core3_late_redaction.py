"""A PII redaction that overruns its budget runs on in its worker thread (a thread cannot be
stopped). Its late writes must never reach the Context: not the vault of the call that gave
up on it, nor the vault of the next call reusing the Context."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

from guardwire import Context, Pipeline, Policy, guarded, step
from guardwire.exceptions import InputBlocked
from guardwire.guards.pii import PIIRedactor
from guardwire.guards.pii import engine as engine_mod

# the hung detection times out whatever the budget; the calls that do not hang must finish
# inside it, which 50 ms did not promise on a loaded machine (a thread start, a redaction)
BUDGET_MS = 1000


class Hang:
    """Detection hangs on texts naming ``word`` until released; ``done`` when it returned."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, word: str) -> None:
        self.release, self.done = threading.Event(), threading.Event()
        real = engine_mod.PIIEngine.detect

        def detect(engine: engine_mod.PIIEngine, text: str, *args: Any, **kw: Any) -> Any:
            if word not in text:
                return real(engine, text, *args, **kw)
            try:
                assert self.release.wait(10)
                return real(engine, text, *args, **kw)
            finally:
                self.done.set()

        monkeypatch.setattr(engine_mod.PIIEngine, "detect", detect)

    def finish(self) -> None:
        """Let the hung detection end, and wait until its guard call has returned."""
        self.release.set()
        assert self.done.wait(10)
        threading.Event().wait(0.2)  # the guard writes its results after detection


def _pipeline(policy: Policy) -> Pipeline:
    guard = PIIRedactor(ner="off", memo=0)
    guard.warm()
    return Pipeline(input=[step(guard, policy=policy)])


def test_a_late_redaction_does_not_write_into_the_next_calls_vault(
        monkeypatch: pytest.MonkeyPatch) -> None:
    hang = Hang(monkeypatch, "ada")
    ctx = Context()
    seen: list[dict[str, str]] = []

    def model(prompt: str) -> str:
        if "ada" not in prompt:  # the second call: the first call's redaction ends now
            hang.finish()
            seen.append(dict(ctx.vault.items()))
        return "ok"

    ask = guarded(model, pipeline=_pipeline(Policy.fail_closed(budget_ms=BUDGET_MS)))
    with pytest.raises(InputBlocked) as err:
        ask("mail ada@example.com", guard_ctx=ctx)
    assert err.value.decision.outcome == "timeout"
    assert ask("mail bob@example.org", guard_ctx=ctx) == "ok"
    # before: {'<EMAIL_ADDRESS_1>': 'bob@example.org', '<EMAIL_ADDRESS_2>': 'ada@example.com'}
    assert seen == [{"<EMAIL_ADDRESS_1>": "bob@example.org"}]
    assert len(ctx.vault) == 0


def test_a_late_redaction_async_with_a_kept_vault(monkeypatch: pytest.MonkeyPatch) -> None:
    """keep_vault: the vault serves every call of the Context; the late values stay out."""
    hang = Hang(monkeypatch, "ada")
    ctx = Context(keep_vault=True)
    seen: list[dict[str, str]] = []

    async def model(prompt: str) -> str:
        if "ada" not in prompt:
            await asyncio.to_thread(hang.finish)
            seen.append(dict(ctx.vault.items()))
        return "ok"

    ask = guarded(model, pipeline=_pipeline(Policy.fail_closed(budget_ms=BUDGET_MS)))

    async def main() -> None:
        with pytest.raises(InputBlocked):
            await ask("mail ada@example.com", guard_ctx=ctx)
        assert await ask("mail bob@example.org", guard_ctx=ctx) == "ok"

    asyncio.run(main())
    assert seen == [{"<EMAIL_ADDRESS_1>": "bob@example.org"}]
    assert dict(ctx.vault.items()) == {"<EMAIL_ADDRESS_1>": "bob@example.org"}


def test_fail_open_a_late_redaction_does_not_fill_the_running_calls_vault(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """fail-open: the call went on without the redaction (the text was sent as typed, the
    policy chosen); the redaction finishing later must not change the call's vault under it."""
    hang = Hang(monkeypatch, "ada")
    ctx = Context()
    seen: list[dict[str, str]] = []

    def model(prompt: str) -> str:
        hang.finish()
        seen.append(dict(ctx.vault.items()))
        return "ok"

    ask = guarded(model, pipeline=_pipeline(Policy.fail_open(budget_ms=BUDGET_MS)))
    assert ask("mail ada@example.com", guard_ctx=ctx) == "ok"
    assert seen == [{}]


def test_a_redaction_within_its_budget_still_fills_the_vault() -> None:
    guard = PIIRedactor(ner="off", memo=0)
    ctx = Context()
    d = guard("mail ada@example.com and ada@example.com, bob@example.org", ctx)
    assert d.text == "mail <EMAIL_ADDRESS_1> and <EMAIL_ADDRESS_1>, <EMAIL_ADDRESS_2>"
    assert guard("again ada@example.com", ctx).text == "again <EMAIL_ADDRESS_1>"
    assert dict(ctx.vault.items()) == {"<EMAIL_ADDRESS_1>": "ada@example.com",
                                       "<EMAIL_ADDRESS_2>": "bob@example.org"}
