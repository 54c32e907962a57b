"""A value split across two user messages: each part alone is no value (joined.py), but the
parts went into the request's placeholder index like whole values, so every later whole-word
occurrence of a part was replaced too: after 'call 212' / '-555-0134', the user's 'area 212
is NYC' reached the model as 'area <PHONE_NUMBER_1> is NYC', and 'version 12' after 'ref 12'
/ '34-5678' as 'version <PHONE_NUMBER_1>' (seventh-session review). All values invented."""

from __future__ import annotations

import pytest

from _pii_kit import sent
from guardwire.guards.pii import PIIRedactor


@pytest.fixture(scope="module")
def redactor() -> PIIRedactor:
    guard = PIIRedactor(ner="off")
    guard.warm()
    return guard


@pytest.mark.parametrize(("texts", "expected"), [
    (("call 212", "-555-0134", "area 212 is NYC"),
     ["call <PHONE_NUMBER_1>", "<PHONE_NUMBER_2>", "area 212 is NYC"]),
    (("call 212", "-555-0134 and version 212"),
     ["call <PHONE_NUMBER_1>", "<PHONE_NUMBER_2> and version 212"]),
    (("ref 12", "34-5678", "version 12"),
     ["ref <PHONE_NUMBER_1>", "<PHONE_NUMBER_2>", "version 12"]),
    (("My card 4012", "8888 8888 1881 and pin 4012"),
     ["My card <CREDIT_CARD_1>", "<CREDIT_CARD_2> and pin 4012"]),
    # a continuation part too: "0134" alone later is a plain number
    (("call me at 212-555", "-0134", "room -0134"),
     ["call me at <PHONE_NUMBER_1>", "<PHONE_NUMBER_2>", "room -0134"]),
])
def test_a_part_of_a_split_value_is_not_replaced_elsewhere(
        redactor: PIIRedactor, texts: tuple[str, ...], expected: list[str]) -> None:
    assert sent(redactor, *texts)[0] == expected


def test_whole_values_still_recur_and_split_values_still_round_trip(
        redactor: PIIRedactor) -> None:
    seen, out = sent(redactor, "call me at 212-555", "-0134", "again: 212-555-0134 or 212-555",
                     answer="Calling <PHONE_NUMBER_1><PHONE_NUMBER_2>.")
    assert seen[:2] == ["call me at <PHONE_NUMBER_1>", "<PHONE_NUMBER_2>"]
    assert seen[2] == "again: <PHONE_NUMBER_3> or 212-555"
    assert out == "Calling 212-555-0134."
    # a value detected whole is still replaced wherever it recurs
    seen, _ = sent(redactor, "mail ada@example.com", "yes ada@example.com")
    assert seen == ["mail <EMAIL_ADDRESS_1>", "yes <EMAIL_ADDRESS_1>"]
