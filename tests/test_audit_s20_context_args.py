"""Audit (session twenty): ``Context(...)`` checks what the caller gives, as it already did
for ``docs``, ``tool_outputs``, ``metadata`` and ``reference_time``.
``Context(keep_vault="no")`` is truthy: the call's personal values stayed in the vault after
it; ``Context(vault=None)`` (or a dict) failed at the end of the call with
``AttributeError: 'NoneType' object has no attribute 'clear'``, hiding the guard's own
failure; ``history="..."`` was read letter by letter."""

from __future__ import annotations

from typing import Any

import pytest

from guardwire import Context, Pipeline, guarded
from guardwire.guards.pii import PIIRedactor
from guardwire.testing import FakeLLM


@pytest.mark.parametrize("value", ["no", "false", 0, 1, None])
def test_keep_vault_takes_a_bool(value: Any) -> None:
    with pytest.raises(TypeError, match="keep_vault"):
        Context(keep_vault=value)


@pytest.mark.parametrize("value", [None, {}, [], "vault"])
def test_vault_must_be_a_vault(value: Any) -> None:
    with pytest.raises(TypeError, match="vault"):
        Context(vault=value)


def test_history_takes_a_list() -> None:
    with pytest.raises(TypeError, match="history"):
        Context(history="You said hi")  # type: ignore[arg-type]
    assert Context(history=({"message": 1, "kind": "content", "text": "x"},)).history


def test_vault_is_cleared_after_the_call_by_default() -> None:
    ask = guarded(FakeLLM("Hi <EMAIL_ADDRESS_1>").complete,
                  pipeline=Pipeline(input=[PIIRedactor(ner="off")]))
    ctx = Context()
    assert ask("mail a@b.com", guard_ctx=ctx) == "Hi a@b.com"
    assert len(ctx.vault) == 0
    kept = Context(keep_vault=True)
    ask("mail a@b.com", guard_ctx=kept)
    assert len(kept.vault) == 1
