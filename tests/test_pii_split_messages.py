"""A value split across two user messages of one call (``call me at 212-555`` then ``-0134``).
The input stage reads each text with the start of the next one (``ctx.input_texts``), so both
parts are redacted, each under its own placeholder, and restored exactly where the model put
them. All values here are invented."""

from __future__ import annotations

import re
from typing import Any

import pytest

from _pii_kit import sent
from guardwire import Context, Decision, Pipeline, guarded
from guardwire.guards.pii import PIIRedactor, restore_placeholders
from guardwire.testing import FakeLLM


@pytest.fixture(scope="module")
def redactor() -> PIIRedactor:
    guard = PIIRedactor(ner="off")
    guard.warm()
    return guard


def test_the_rest_of_a_phone_number_in_the_next_message_is_redacted(
        redactor: PIIRedactor) -> None:
    seen, out = sent(redactor, "call me at 212-555", "-0134",
                     answer="I will call <PHONE_NUMBER_2>.")
    assert seen[1] == "<PHONE_NUMBER_2>"  # <PHONE_NUMBER_1> is the start (below)
    assert "0134" not in "".join(seen)
    assert out == "I will call -0134."  # restored as the model wrote it


def test_the_domain_of_an_email_in_the_next_message_is_redacted(
        redactor: PIIRedactor) -> None:
    seen, _ = sent(redactor, "email: ada.lovelace", "@example.com thanks")
    assert seen[1] == "<EMAIL_ADDRESS_2> thanks"


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


# -- both halves (the input stage reads the next text of the request) ---------------------
def _digits(texts: list[str]) -> str:
    """The digits the model read, outside placeholders."""
    return "".join(c for t in texts for c in re.sub(r"<[A-Z_]+_\d+>", "", t) if c.isdigit())


def test_neither_half_of_a_split_phone_number_reaches_the_model(
        redactor: PIIRedactor) -> None:
    seen, out = sent(redactor, "call me at 212-555", "-0134",
                     answer="I will call <PHONE_NUMBER_1><PHONE_NUMBER_2>.")
    assert _digits(seen) == ""  # before: the model got "call me at 212-555" as written
    assert seen == ["call me at <PHONE_NUMBER_1>", "<PHONE_NUMBER_2>"]
    assert out == "I will call 212-555-0134."  # each half restored exactly where it was put


def test_neither_half_of_a_split_email_reaches_the_model(redactor: PIIRedactor) -> None:
    seen, out = sent(redactor, "email: ada.lovelace", "@example.com thanks",
                     answer="Mail <EMAIL_ADDRESS_1><EMAIL_ADDRESS_2> now.")
    assert "lovelace" not in "".join(seen) and "example" not in "".join(seen)
    assert out == "Mail ada.lovelace@example.com now."


@pytest.mark.anyio
async def test_an_async_call_protects_both_halves(redactor: PIIRedactor) -> None:
    llm = FakeLLM(["ok"])
    msgs = [{"role": "user", "content": "call me at 212-555"},
            {"role": "assistant", "content": "sure"},
            {"role": "user", "content": "-0134"}]
    await guarded(llm.achat, pipeline=Pipeline(input=[redactor]))(messages=msgs)
    assert _digits([str(m["content"]) for m in llm.calls[0]["messages"]]) == ""


def test_a_split_value_in_content_parts_is_protected(redactor: PIIRedactor) -> None:
    llm = FakeLLM(["ok"])
    msgs = [{"role": "user", "content": [{"type": "text", "text": "ring 212-555"},
                                         {"type": "text", "text": "-0134 please"}]}]
    guarded(llm.chat, pipeline=Pipeline(input=[redactor]))(messages=msgs)
    parts = llm.calls[0]["messages"][0]["content"]
    assert _digits([p["text"] for p in parts]) == ""


def test_the_input_stage_sees_every_input_text_and_its_position() -> None:
    seen: list[tuple[tuple[str, ...], int | None, int]] = []

    def probe(text: str, ctx: Context) -> Decision:
        seen.append((ctx.input_texts, ctx.input_index, len(ctx.messages)))
        return Decision.allow()

    msgs = [{"role": "user", "content": "a"}, {"role": "assistant", "content": "b"},
            {"role": "user", "content": "c"}]
    guarded(FakeLLM("ok").chat, pipeline=Pipeline(input=[probe]))(messages=msgs)
    assert seen == [(("a", "c"), 0, 3), (("a", "c"), 1, 3)]
    ctx = Context()  # outside a guarded call: no texts, no position
    Pipeline(input=[probe]).check_input("x", ctx)
    assert seen[-1] == ((), None, 0)


def test_guard_instructor_protects_both_halves(redactor: PIIRedactor) -> None:
    instructor = pytest.importorskip("instructor")
    chat_types = pytest.importorskip("openai.types.chat")
    from pydantic import BaseModel

    from guardwire.integrations.instructor import guard_instructor

    class Contact(BaseModel):
        phone: str

    sent_msgs: list[Any] = []

    def completion(**kwargs: Any) -> Any:
        sent_msgs.extend(kwargs["messages"])
        return chat_types.ChatCompletion.model_validate({
            "id": "c", "object": "chat.completion", "created": 0, "model": "fake",
            "choices": [{"index": 0, "finish_reason": "stop", "message": {
                "role": "assistant",
                "content": '{"phone": "<PHONE_NUMBER_1><PHONE_NUMBER_2>"}'}}]})

    client = guard_instructor(instructor.from_litellm(completion, mode=instructor.Mode.JSON),
                              Pipeline(input=[redactor]))
    got = client.chat.completions.create(
        model="fake", response_model=Contact,
        messages=[{"role": "user", "content": "call me at 212-555"},
                  {"role": "user", "content": "-0134"}])
    assert _digits([str(m.get("content")) for m in sent_msgs]) == ""
    assert got.phone == "212-555-0134"


def test_an_allowed_value_split_across_two_messages_is_sent_as_written() -> None:
    allowing = PIIRedactor(ner="off", allow=["+1 212-555-0134", "ada.lovelace@example.com"])
    seen, _ = sent(allowing, "call me at 212-555", "-0134")
    assert seen == ["call me at 212-555", "-0134"]  # before: both parts were placeholders
    seen, _ = sent(allowing, "email: ada.lovelace", "@example.com thanks")
    assert seen[0] == "email: ada.lovelace" and "EMAIL" not in seen[1]
    # (the domain alone is still a URL in its own text, as it is in any message)
    seen, _ = sent(allowing, "call me at 212-555", "-0199")  # another number: redacted
    assert _digits(seen) == ""


def test_a_start_that_alone_reads_as_another_type_is_continued(redactor: PIIRedactor) -> None:
    # "4012888888" alone reads as a phone number; with the next message it is a card (a
    # public test number): before, the card's last six digits reached the model
    seen, out = sent(redactor, "My card 4012888888", "881881 is expiring",
                     answer="Card <CREDIT_CARD_1><CREDIT_CARD_2> noted.")
    assert _digits(seen) == ""
    assert seen == ["My card <CREDIT_CARD_1>", "<CREDIT_CARD_2> is expiring"]
    assert out == "Card 4012888888881881 noted."
    # the same type held whole is still not continued
    seen, _ = sent(redactor, "My number is 212-555-0134", "5 minutes late, sorry")
    assert seen == ["My number is <PHONE_NUMBER_1>", "5 minutes late, sorry"]


def test_a_streamed_answer_restores_both_parts(redactor: PIIRedactor) -> None:
    llm = FakeLLM("I will call <PHONE_NUMBER_1><PHONE_NUMBER_2> today.", chunk_size=3)
    stream = guarded(llm.chat_stream, pipeline=Pipeline(input=[redactor]))(
        messages=[{"role": "user", "content": "call me at 212-555"},
                  {"role": "user", "content": "-0134"}])
    assert "".join(stream) == "I will call 212-555-0134 today."
    assert _digits([str(m["content"]) for m in llm.calls[0]["messages"]]) == ""


def test_an_address_cut_after_its_domain_dot_is_continued(redactor: PIIRedactor) -> None:
    # "ada@superrito." alone is no address (a dot-less domain): the next message's "com"
    # is its end, not a new sentence; before, "com" reached the model
    seen, out = sent(redactor, "mail ada.lovelace@superrito.", "com please",
                     answer="Mailing <EMAIL_ADDRESS_1><EMAIL_ADDRESS_2>.")
    assert seen == ["mail <EMAIL_ADDRESS_1>", "<EMAIL_ADDRESS_2> please"]
    assert out == "Mailing ada.lovelace@superrito.com."
    # a whole address and a new sentence: sent as written, as before
    seen, _ = sent(redactor, "mail ada@example.org.", "How are you?")
    assert seen == ["mail <EMAIL_ADDRESS_1>.", "How are you?"]
    for after in ("Thanks!", "thanks!"):  # ".th" is a top-level domain
        seen, _ = sent(redactor, "mail ada@superrito.", after)
        assert seen == ["mail ada@superrito.", after]


def test_a_phone_extension_in_the_next_message_is_continued(redactor: PIIRedactor) -> None:
    # "463-612-6138" is a whole number; "x036" glued to it is its extension: before, the
    # extension reached the model (the same type held whole stopped the read)
    seen, _ = sent(redactor, "Fax: 463-612-6138", "x036")
    assert _digits(seen) == ""
    seen, _ = sent(redactor, "Fax: 463-612-6138", "ext.036 after 5pm")
    assert "036" not in "".join(seen)
    # digits glued to a whole number still start a new message
    seen, _ = sent(redactor, "My number is 212-555-0134", "5 minutes late, sorry")
    assert seen == ["My number is <PHONE_NUMBER_1>", "5 minutes late, sorry"]


@pytest.mark.parametrize(("first", "second"), [
    # a whole value, then a message starting with a number: the digits glued to it read as
    # a longer value of another type (an SSN and "64" as a phone number; a Swiss number and
    # "17" ending an SSN inside it; an IP address or a card and a number as a phone number);
    # before, the number reached the model as <PHONE_NUMBER_1> or <US_SSN_1>
    ("SSN 054-28-6917", "64 I want you to act as a poet."),
    ("call +41 (0)96 471 07 95", "17 Imagine a city."),
    ("server 41.173.96.26", "7 things to check?"),
    ("card 4900948022576220", "49 How do I cook rice?"),
])
def test_a_weaker_value_of_another_type_does_not_continue_a_whole_one(
        redactor: PIIRedactor, first: str, second: str) -> None:
    seen, _ = sent(redactor, first, second)
    assert seen[1] == second
    assert "<" in seen[0]
