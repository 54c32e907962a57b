"""A value split across two user messages of one call (``call me at 212-555`` then ``-0134``).
Each message is redacted when it is read, before the next is seen, so the first part reaches
the model; the rest, read together with the end of the previous message, is redacted (it was
sent as it is, a whole value's identifying end). All values here are invented."""

from __future__ import annotations

from typing import Any

import pytest

from guardwire import Context, Pipeline, guarded
from guardwire.guards.pii import PIIRedactor, restore_placeholders
from guardwire.testing import FakeLLM


@pytest.fixture(scope="module")
def redactor() -> PIIRedactor:
    guard = PIIRedactor(ner="off")
    guard.warm()
    return guard


def sent(redactor: PIIRedactor, *texts: str, answer: str = "ok") -> tuple[list[str], str]:
    llm = FakeLLM([answer])
    msgs: list[dict[str, Any]] = [{"role": "user", "content": t} for t in texts]
    out = guarded(llm.chat, pipeline=Pipeline(input=[redactor]))(messages=msgs,
                                                                 guard_ctx=Context())
    return [m["content"] for m in llm.calls[0]["messages"]], str(out)


def test_the_rest_of_a_phone_number_in_the_next_message_is_redacted(
        redactor: PIIRedactor) -> None:
    seen, out = sent(redactor, "call me at 212-555", "-0134",
                     answer="I will call <PHONE_NUMBER_1>.")
    assert seen[1] == "<PHONE_NUMBER_1>"
    assert "0134" not in "".join(seen)
    assert out == "I will call -0134."  # restored as the model wrote it


def test_the_domain_of_an_email_in_the_next_message_is_redacted(
        redactor: PIIRedactor) -> None:
    seen, _ = sent(redactor, "email: ada.lovelace", "@example.com thanks")
    assert seen[1] == "<EMAIL_ADDRESS_1> thanks"


def test_a_complete_value_is_not_continued_into_the_next_message(
        redactor: PIIRedactor) -> None:
    seen, _ = sent(redactor, "My number is 212-555-0134", "5 minutes late, sorry")
    assert seen == ["My number is <PHONE_NUMBER_1>", "5 minutes late, sorry"]
    seen, _ = sent(redactor, "Hello", "how are you?")
    assert seen == ["Hello", "how are you?"]
    # a sentence end and the next sentence: ".How" would read as a domain (a real TLD)
    seen, _ = sent(redactor, "I read the docs.", "How do I install it?")
    assert seen == ["I read the docs.", "How do I install it?"]
    seen, _ = sent(redactor, "call me at 212-555", " -0134")  # a blank: two texts
    assert seen == ["call me at 212-555", " -0134"]


def test_each_text_round_trips(redactor: PIIRedactor) -> None:
    ctx = Context()
    first = redactor("reach me on 212-555", ctx)
    second = redactor("-0134 or by mail", ctx)
    assert first.text is None
    assert second.text == "<PHONE_NUMBER_1> or by mail"
    assert restore_placeholders(second.text, ctx.vault) == "-0134 or by mail"
