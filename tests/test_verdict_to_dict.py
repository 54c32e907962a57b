"""``Verdict.to_dict()`` / ``Decision.to_dict()``: a verdict for logs. Before, there was no
such method and ``dataclasses.asdict(verdict)`` raised ``TypeError: cannot pickle
'mappingproxy' object`` (the decisions' read-only data), so logging a verdict meant writing
one's own converter."""

from __future__ import annotations

import dataclasses
import enum
import json
from datetime import UTC, datetime
from fractions import Fraction
from types import MappingProxyType
from typing import Any

import numpy as np
import pytest
from pydantic import BaseModel

from guardwire import Context, Decision, Pipeline, Verdict, guarded
from guardwire.guards.injection import InjectionGuard
from guardwire.guards.pii import PIIRedactor
from guardwire.guards.schema import SchemaGuard

EMAIL = "ada.lovelace@example.org"
PHONE = "+44 20 7946 0958"


class Contact(BaseModel):
    who: str
    email: str


def _call(redactor: PIIRedactor) -> Context:
    prompts: list[str] = []

    def model(prompt: str) -> str:  # sees placeholders; its first answer is not JSON, so
        prompts.append(prompt)       # the schema ladder re-asks
        return ('{"who": "Ada", "email": "<EMAIL_ADDRESS_1>"}' if len(prompts) > 1
                else "Sure! who=Ada email=<EMAIL_ADDRESS_1>")

    p = Pipeline(input=[InjectionGuard(scan_budget_ms=None), redactor],
                 output=[SchemaGuard(Contact)])
    ctx = Context()
    got = guarded(model, pipeline=p)(f"Add Ada, {EMAIL}, phone {PHONE}", guard_ctx=ctx)
    assert EMAIL not in "".join(prompts)
    assert got == f'{{"who":"Ada","email":"{EMAIL}"}}'
    return ctx


def test_a_real_call_s_verdicts_go_to_json_without_the_personal_values(
        redactor: PIIRedactor) -> None:
    ctx = _call(redactor)
    guards = {d.guard for v in ctx.verdicts for d in v.decisions}
    assert {"injection", "pii", "schema", "pii_restore"} <= guards
    with pytest.raises(TypeError):  # what a user tried first; the docs point to to_dict
        dataclasses.asdict(ctx.verdicts[0])
    dumped = json.dumps([v.to_dict() for v in ctx.verdicts])
    back = json.loads(dumped)
    assert [v["stage"] for v in back] == [v.stage for v in ctx.verdicts]
    assert EMAIL not in dumped and "7946" not in dumped  # no text of the call by default
    assert "attempts" not in dumped and "Sure!" not in dumped
    pii = next(d for v in back for d in v["decisions"] if d["guard"] == "pii")
    assert pii["action"] == "rewrite" and pii["fired"] is True
    assert pii["data"]["entities"] == dict(ctx.verdicts[0].by_guard("pii").data["entities"])
    assert "text" not in pii and "text" not in back[0] and "original" not in back[0]


def test_texts_true_adds_what_the_verdict_holds_and_never_the_vault(
        redactor: PIIRedactor) -> None:
    ctx = _call(redactor)
    full = [v.to_dict(texts=True) for v in ctx.verdicts]
    dumped = json.dumps(full)
    first = ctx.verdicts[0]
    assert full[0]["original"] == first.original and full[0]["text"] == first.text
    assert EMAIL in full[0]["original"] and EMAIL not in full[0]["text"]
    outs = [v for v in full if v["stage"] == "output"]
    schema = [d for v in outs for d in v["decisions"] if d["guard"] == "schema"]
    assert schema[0]["action"] == "reask" and schema[0]["text"]
    assert [d["text"] for v in outs for d in v["decisions"]] == [
        d.text for v in ctx.verdicts if v.stage == "output" for d in v.decisions]
    assert '"<EMAIL_ADDRESS_1>": "' not in dumped  # the placeholder -> value mapping


class _Level(enum.Enum):
    HIGH = "high"


def test_odd_data_values_become_json_types_and_a_vault_only_its_size() -> None:
    ctx = Context()
    ctx.vault.put("<EMAIL_ADDRESS_1>", EMAIL)
    when = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    d = Decision("block", None, "x", 0.5, "g", "ok", 1.5, MappingProxyType({
        "rule_ids": ("a", "b"), "ids": frozenset({"z", "y"}), "level": _Level.HIGH,
        "at": when, "nested": MappingProxyType({"k": (1, 2)}), 3: "int key",
        "vault": ctx.vault, "err": ValueError("boom"), "n": np.int64(3), "x": Fraction(1, 4)}))
    out = Verdict("input", "t", (d,), "t").to_dict()
    data: dict[str, Any] = out["decisions"][0]["data"]
    assert json.loads(json.dumps(out)) == out
    assert data == {"rule_ids": ["a", "b"], "ids": ["y", "z"], "level": "high",
                    "at": when.isoformat(), "nested": {"k": [1, 2]}, "3": "int key",
                    "vault": "<vault: 1 entries>", "err": "boom", "n": 3, "x": 0.25}
    assert type(data["n"]) is int  # json.dumps refuses numpy's int64
    assert out["blocked"] is True and out["summary"] == "input g:block"
