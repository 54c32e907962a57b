"""A card number behind another digit group is found: the card pattern matched the first
16 digits of ``1234 4111 1111 1111 1111`` (no valid card) and went on after them."""

from __future__ import annotations

from _pii_kit import round_trip
from guardwire.guards.pii import PIIRedactor


def test_a_card_number_after_another_digit_group_is_found() -> None:
    guard = PIIRedactor(ner="off")
    assert round_trip(guard, "ref 1234 4111 1111 1111 1111") == "ref 1234 <CREDIT_CARD_1>"
    assert round_trip(guard, "ids 9999 5500 0000 0000 0004 ok") == "ids 9999 <CREDIT_CARD_1> ok"
