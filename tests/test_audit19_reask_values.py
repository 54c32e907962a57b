"""Audit 19: a re-ask's repair request had a PII value put back to its placeholder only when
it appeared exactly as stored. The schema guard validates the *restored* object, so a
validator that quotes the value changed (``value.upper()``, ``{value!r}`` of a value with a
quote, ``json.dumps`` of a name with ``ë``) sent the user's value to the model in the
re-ask."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import BaseModel, field_validator

from guardwire import Pipeline, guarded
from guardwire._reask import hide_vault_values
from guardwire.guards.pii import PIIRedactor
from guardwire.guards.schema import SchemaGuard

EMAIL = "ana.lima@example.com"


def _ticket(quote: str) -> type[BaseModel]:
    class Ticket(BaseModel):
        summary: str
        email: str

        @field_validator("summary")
        @classmethod
        def mentions_lock(cls, s: str) -> str:
            if "locked" not in s.lower():
                quoted = {"upper": s.upper(), "repr": repr(s), "json": json.dumps(s)}[quote]
                raise ValueError(f"summary must say 'locked', got {quoted}")
            return s

    return Ticket


@pytest.mark.parametrize("quote", ["upper", "repr", "json"])
@pytest.mark.parametrize("value", [EMAIL, "ana'lima@example.com", "zoë.lima@example.com"])
def test_a_restored_value_quoted_changed_is_hidden_in_the_reask(quote: str, value: str) -> None:
    answers = [json.dumps({"summary": "About <EMAIL_ADDRESS_1>", "email": "<EMAIL_ADDRESS_1>"}),
               json.dumps({"summary": "Locked: <EMAIL_ADDRESS_1>", "email": "<EMAIL_ADDRESS_1>"})]
    sent: list[str] = []

    def ask(prompt: str) -> str:
        sent.append(prompt)
        return answers[len(sent) - 1]

    f = guarded(ask, pipeline=Pipeline(input=[PIIRedactor(ner="off")], output=[SchemaGuard()]),
                response_model=_ticket(quote))
    got: Any = f(f"Locked out. Mail {value}")
    assert got.email == value  # restored for the app
    assert len(sent) == 2
    reask = sent[1]
    assert "<EMAIL_ADDRESS_1>" in reask.split(", got ")[-1]  # the quote is there, hidden
    for form in (value, value.upper(), repr(value)[1:-1], json.dumps(value)[1:-1]):
        assert form not in reask and form.lower() not in reask.lower()


def test_another_case_is_hidden_only_as_a_whole_word() -> None:
    vault = [("<PERSON_1>", "Al"), ("<EMAIL_ADDRESS_1>", "al@x.io")]
    out = hide_vault_values("AL wrote to AL@X.IO; Al again; a total of valid values", vault)
    assert out == "<PERSON_1> wrote to <EMAIL_ADDRESS_1>; <PERSON_1> again; a total of valid values"
    # exactly as stored it is hidden anywhere, as before
    assert hide_vault_values("KarlAl", vault) == "Karl<PERSON_1>"
