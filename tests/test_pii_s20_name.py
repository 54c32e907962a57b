"""A user message's ``name`` field (OpenAI chat messages) is redacted like its text
(twentieth session): before, ``{"role": "user", "name": "Ada_Lovelace", …}`` reached the
model as sent while the same name in the text was replaced.

The redactor reads names among the history's texts (kind ``"name"``), which
``guardwire._history`` hands over for user messages.
"""

from __future__ import annotations

import copy
import json
from collections import Counter
from typing import Any

import pytest

from guardwire import Context, Pipeline, guarded
from guardwire._history import read_history
from guardwire.guards.pii import PIIRedactor
from guardwire.guards.pii.engine import Detection
from guardwire.guards.pii.names import redact_name
from guardwire.testing import FakeLLM

EMAIL = "ada@example.com"



@pytest.fixture(scope="module")
def ner_redactor() -> PIIRedactor:
    guard = PIIRedactor()
    guard.warm()
    return guard


def history_names(*names: str) -> list[dict[str, Any]]:
    return [{"message": i, "kind": "name", "text": n} for i, n in enumerate(names)]


def test_a_name_holding_an_email_is_redacted_without_brackets(redactor: PIIRedactor) -> None:
    ctx = Context()
    ctx.history = history_names(EMAIL, "team_lead")
    d = redactor(f"I am {EMAIL}", ctx)
    assert d.text == "I am <EMAIL_ADDRESS_1>"
    assert [e["text"] for e in ctx.history] == ["EMAIL_ADDRESS_1", "team_lead"]
    assert d.data["history_entities"] == {"EMAIL_ADDRESS": 1}


def test_a_person_name_joined_by_underscores(ner_redactor: PIIRedactor) -> None:
    if ner_redactor.model is None:
        pytest.skip("no spaCy model: PERSON is not detected")
    ctx = Context()
    ctx.history = history_names("Ada_Lovelace")
    d = ner_redactor("Hello, this is Ada Lovelace speaking.", ctx)
    assert d.text is not None and "<PERSON_1>" in d.text
    assert ctx.history[0]["text"] == "PERSON_1"  # the same placeholder as in the text
    restored: Any = ner_redactor.output_companion()("Hi PERSON_1!", ctx)
    assert restored.text == "Hi Ada Lovelace!"


def test_names_are_redacted_with_redact_history_off() -> None:
    guard = PIIRedactor(ner="off", redact_history=False)
    ctx = Context()
    ctx.history = [*history_names(EMAIL),
                   {"message": 1, "kind": "content", "text": f"noted {EMAIL}"}]
    guard("hi", ctx)
    assert [e["text"] for e in ctx.history] == ["EMAIL_ADDRESS_1", f"noted {EMAIL}"]


VALUES = {"Ada Lovelace": "<PERSON_1>", "Ada_Lovelace": "<PERSON_2>",
          "a_l@y.org": "<EMAIL_ADDRESS_1>", "l@y.org": "<EMAIL_ADDRESS_2>", "Bo Ek": "<PERSON_3>"}


def fake_redact(text: str) -> tuple[str, Counter[str]]:
    out = text
    for value, placeholder in VALUES.items():
        out = out.replace(value, placeholder)
    return out, Counter({"X": 1}) if out != text else Counter()


def fake_detect(text: str) -> list[Detection]:
    return [Detection(i, i + len(v), "X", 1.0) for v in VALUES if (i := text.find(v)) >= 0]


@pytest.mark.parametrize(("name", "want"), [
    ("Ada_Lovelace_fan", "PERSON_1_fan"),  # found across an underscore: read as a blank
    ("x_Ada_Lovelace", "x_PERSON_1"),
    ("a_l@y.org", "EMAIL_ADDRESS_1"),  # with "@": as written (not "a_" + l@y.org)
    ("Bo_Ek", "PERSON_3"),
    ("bot_7", "bot_7"),  # nothing found: as it came
    ("a_b", "a_b"),
    ("Bo", "Bo")])
def test_redact_name_rules(name: str, want: str) -> None:
    assert redact_name(name, fake_redact, fake_detect)[0] == want


def test_the_name_sent_to_the_model_is_redacted(redactor: PIIRedactor) -> None:
    llm = FakeLLM(["Hello EMAIL_ADDRESS_1, noted <EMAIL_ADDRESS_1>."])
    msgs = [{"role": "user", "name": EMAIL, "content": f"My e-mail is {EMAIL}."}]
    before = copy.deepcopy(msgs)
    ctx = Context()
    answer = guarded(llm.chat, pipeline=Pipeline(input=[redactor]))(messages=msgs,
                                                                    guard_ctx=ctx)
    sent = llm.calls[0]["messages"]
    assert EMAIL not in json.dumps(sent)
    assert sent[0]["name"] == "EMAIL_ADDRESS_1"
    assert sent[0]["content"] == "My e-mail is <EMAIL_ADDRESS_1>."
    assert answer == f"Hello {EMAIL}, noted {EMAIL}."
    assert msgs == before  # the caller's messages are not changed


def test_a_name_without_pii_is_sent_as_it_came(redactor: PIIRedactor) -> None:
    llm = FakeLLM(["ok"])
    msgs = [{"role": "user", "name": "team_lead", "content": f"mail {EMAIL}"},
            {"role": "assistant", "name": "helper", "content": "ok"},
            {"role": "user", "name": EMAIL, "content": "again"}]
    guarded(llm.chat, pipeline=Pipeline(input=[redactor]))(messages=msgs)
    sent = llm.calls[0]["messages"]
    assert [m.get("name") for m in sent] == ["team_lead", "helper", "EMAIL_ADDRESS_1"]


def test_the_history_hands_over_a_user_name_only() -> None:
    msgs = [{"role": "system", "name": "ops", "content": "s"},
            {"role": "user", "name": "Ada_Lovelace", "content": "hi"},
            {"role": "assistant", "name": "bot", "content": "hello"},
            {"role": "user", "content": "no name"}]
    names = [e for e in read_history(msgs) if e["kind"] == "name"]
    assert names == [{"message": 1, "kind": "name", "text": "Ada_Lovelace"}]
