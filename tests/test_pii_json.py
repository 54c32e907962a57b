"""PII guards and JSON texts (second acceptance round, continued): tool results, stored
tool-call arguments and ``tool_use`` inputs written with ``\\u`` escapes or holding URLs in
quotes are redacted completely and stay JSON."""

from __future__ import annotations

import importlib.util

import pytest

from _pii_kit import round_trip
from guardwire import Pipeline, guarded
from guardwire.guards.pii import PIIRedactor
from guardwire.guards.pii import engine as engine_mod
from guardwire.testing import FakeLLM

HAS_MODEL = any(importlib.util.find_spec(m) for m in engine_mod.AUTO_MODELS)
needs_model = pytest.mark.skipif(not HAS_MODEL, reason="no spaCy NER model installed")


# -- JSON with \u escapes (json.dumps' default) in tool results and the history ----------


def _sent(llm: FakeLLM) -> str:
    import json

    return json.dumps(llm.calls[0]["messages"], ensure_ascii=False)


def test_ascii_escaped_json_tool_results_are_redacted() -> None:
    """Apps serialise tool results with ``json.dumps(record)``, which escapes every
    non-ASCII letter: ``zo\\u00eb@b\\u00fccher.de`` must not reach the model in parts."""
    import json

    from guardwire.testing import tool_call_answer, tool_result

    record = json.dumps({"email": "zoë@bücher.de", "iban": "DE89 3704 0044 0532 0130 00",
                         "note": "Grüße — call 212-555-0134"})
    assert "\\u00eb" in record
    llm = FakeLLM(["Mail <EMAIL_ADDRESS_1> at once."])
    guard = PIIRedactor(ner="off", redact_tools=True)
    msgs = [{"role": "user", "content": "look up the customer"},
            tool_call_answer("crm", {"id": 7}), tool_result("call_1", record)]
    answer = guarded(llm.chat, pipeline=Pipeline(input=[guard]))(messages=msgs)
    sent = _sent(llm)
    for part in ("zo", "00eb", "cher.de", "0134", "DE89"):
        assert part not in sent, (part, sent)
    assert answer == "Mail zoë@bücher.de at once."


@needs_model
def test_ascii_escaped_json_in_history_tool_arguments_is_redacted() -> None:
    import json

    args = json.dumps({"to": "Zoë Ångström", "email": "zoë@bücher.de"})
    msgs = [{"role": "user", "content": "Send a note to Zoë Ångström, zoë@bücher.de"},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": "c1", "type": "function", "function": {"name": "send",
                                                              "arguments": args}}]},
            {"role": "tool", "tool_call_id": "c1", "content": "sent"},
            {"role": "user", "content": "thanks"}]
    llm = FakeLLM(["ok"])
    guarded(llm.chat, pipeline=Pipeline(input=[PIIRedactor()]))(messages=msgs)
    sent = _sent(llm)
    for part in ("Zo", "00eb", "ngstr", "cher.de"):
        assert part not in sent, (part, sent)
    sent_args = llm.calls[0]["messages"][1]["tool_calls"][0]["function"]["arguments"]
    assert json.loads(sent_args) == {"to": "<PERSON_1>", "email": "<EMAIL_ADDRESS_1>"}


# -- JSON stays JSON ----------------------------------------------------------------------


def test_a_url_in_a_tool_use_input_neither_breaks_the_json_nor_blocks_the_call(
        redactor: PIIRedactor) -> None:
    """Presidio's URL match takes the quotes around a URL: in a stored ``tool_use`` input
    (``{"url": "https://…"}``) the redaction was no JSON any more, the guard raised, and
    fail-closed blocked every later call of the conversation."""
    msgs = [
        {"role": "user", "content": "Fetch https://acme.com/orders?id=7 for ada@example.com"},
        {"role": "assistant", "content": [
            {"type": "tool_use", "id": "toolu_1", "name": "fetch",
             "input": {"url": "https://acme.com/orders?id=7", "q": 'say "hi" at https://x.io/"',
                       "email": "ada@example.com"}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1",
                                      "content": "done"}]},
    ]
    llm = FakeLLM(["ok"])
    guarded(llm.chat, pipeline=Pipeline(input=[redactor]))(messages=msgs)
    sent = llm.calls[0]["messages"]
    assert sent[0]["content"] == "Fetch <URL_1> for <EMAIL_ADDRESS_1>"
    block = sent[1]["content"][0]["input"]
    assert block["url"] == "<URL_1>" and block["email"] == "<EMAIL_ADDRESS_1>"
    assert "x.io" not in block["q"] and block["q"].startswith('say "hi" at ')


def test_redacted_json_arguments_and_tool_results_stay_json(redactor: PIIRedactor) -> None:
    import json

    from guardwire.testing import tool_call_answer, tool_result

    args = {"url": 'https://acme.com/u?id=5"x', "links": ["acme.com", "https://a.io/?q=\"1\""],
            "to": "ada@example.com"}
    msgs = [{"role": "user", "content": "go"}, tool_call_answer("open", args),
            tool_result("call_1", json.dumps(args))]
    llm = FakeLLM(["ok"])
    guard = PIIRedactor(ner="off", redact_tools=True)
    guarded(llm.chat, pipeline=Pipeline(input=[guard]))(messages=msgs)
    sent = llm.calls[0]["messages"]
    for text in (sent[1]["tool_calls"][0]["function"]["arguments"], sent[2]["content"]):
        value = json.loads(text)
        assert value["to"] == "<EMAIL_ADDRESS_1>" and value["url"].startswith("<URL_")
        assert "acme.com" not in text and "a.io" not in text
    assert round_trip(redactor, 'see "https://acme.com/x" ok').endswith('"<URL_1>" ok')


def test_json_whose_redaction_breaks_is_redacted_string_by_string() -> None:
    """The safety net: whatever a detection takes, a JSON text stays JSON."""
    import json
    import re
    from collections import Counter

    from guardwire.guards.pii.jsontext import redact_json

    def greedy(text: str) -> tuple[str, Counter[str]]:  # takes the quotes around "Ada"
        found = re.findall(r'"?Ada"?', text)
        return re.sub(r'"?Ada"?', "<PERSON_1>", text), Counter({"PERSON": len(found)})

    text = json.dumps({"Ada": ["Ada", "x"], "n": 1})
    out, counts = redact_json(text, greedy)
    assert json.loads(out) == {"<PERSON_1>": ["<PERSON_1>", "x"], "n": 1}
    assert counts == Counter({"PERSON": 2})
    assert redact_json("not json", greedy) == ("not json", Counter())
