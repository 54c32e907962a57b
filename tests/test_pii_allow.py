"""The allow list keeps a value visible however it is written: a phone number with or without
its country code or national prefix, in any grouping (an app allowlists its hotline once), an
IBAN or card with or without blanks, a name with other blanks, and the parts of an allowed
name (``Ada`` after allowing ``Ada Lovelace``). Other values stay redacted. All values are
invented."""

from __future__ import annotations

import importlib.util

import pytest

from _pii_kit import round_trip
from guardwire.guards.pii import PIIRedactor
from guardwire.guards.pii import engine as engine_mod

HAS_MODEL = any(importlib.util.find_spec(m) for m in engine_mod.AUTO_MODELS)
needs_model = pytest.mark.skipif(not HAS_MODEL, reason="no spaCy English model installed")


@pytest.mark.parametrize("allowed", ["+1 212-555-0100", "212-555-0100", "(212) 555 0100",
                                     "2125550100"])
def test_an_allowed_phone_number_is_kept_in_every_format(allowed: str) -> None:
    guard = PIIRedactor(ner="off", allow=[allowed])
    text = ("Call +1 212-555-0100, 212-555-0100, (212) 555-0100 or 212.555.0100, "
            "not 212-555-0199")
    assert round_trip(guard, text) == (
        "Call +1 212-555-0100, 212-555-0100, (212) 555-0100 or 212.555.0100, "
        "not <PHONE_NUMBER_1>")


def test_an_allowed_phone_number_with_a_national_prefix() -> None:
    guard = PIIRedactor(ner="off", allow=["+44 20 7946 0000"])
    assert round_trip(guard, "Ring 020 7946 0000 or +44 20 7946 0999") == (
        "Ring 020 7946 0000 or <PHONE_NUMBER_1>")


def test_a_longer_or_shorter_number_is_not_the_allowed_one() -> None:
    guard = PIIRedactor(ner="off", allow=["212-555-0100"])
    out = round_trip(guard, "Call 2212-555-0100 or 646-212-555-0100")
    assert "555-0100" not in out.replace("<PHONE_NUMBER_", "")


def test_an_allowed_iban_or_card_is_kept_with_or_without_blanks() -> None:
    guard = PIIRedactor(ner="off", allow=["de89370400440532013000", "4111 1111 1111 1111"])
    text = "IBAN DE89 3704 0044 0532 0130 00, card 4111-1111-1111-1111, card 5500000000000004"
    assert round_trip(guard, text) == (
        "IBAN DE89 3704 0044 0532 0130 00, card 4111-1111-1111-1111, card <CREDIT_CARD_1>")


def test_an_allowed_url_is_kept_with_a_trailing_slash() -> None:
    guard = PIIRedactor(ner="off", allow=["https://acme.example.com"])
    assert round_trip(guard, "See https://acme.example.com/ or https://evil.example.com/") == (
        "See https://acme.example.com/ or <URL_1>")


@needs_model
def test_the_parts_and_spacing_of_an_allowed_name_are_allowed() -> None:
    guard = PIIRedactor(allow=["Ada Lovelace"])
    text = "Ada Lovelace wrote to Ada about Lovelace; Ada  Lovelace met Zoe Ashworth."
    out = round_trip(guard, text)
    assert out.startswith("Ada Lovelace wrote to Ada about Lovelace; Ada  Lovelace met")
    assert "Zoe" not in out and "Ashworth" not in out


def test_an_allowed_ip_address_is_compared_with_its_dots() -> None:
    guard = PIIRedactor(ner="off", allow=["10.0.0.1"])
    assert round_trip(guard, "hosts 10.0.0.1 and 100.0.0.1") == "hosts 10.0.0.1 and <IP_ADDRESS_1>"

