"""Values inside links: percent-encoded (``ada%40example.com``, ``%2B1%20212…``) and in a
query string (``?email=ada@example.com``) are redacted whole, with and without the URL type
(the docs suggest dropping it when the model must read links), and come back exactly."""

from __future__ import annotations

import pytest

from _pii_kit import round_trip
from guardwire.guards.pii import PIIRedactor

NO_URL = ["EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "US_SSN"]


@pytest.fixture(scope="module", params=["default", "no_url"])
def redactor(request: pytest.FixtureRequest) -> PIIRedactor:
    guard = PIIRedactor(ner="off", entities=None if request.param == "default" else NO_URL)
    guard.warm()
    return guard


@pytest.mark.parametrize(("text", "hidden"), [
    ("open https://crm.example/c?email=ada%40example.com&tel=%2B1%20212%20555%200134 now",
     ("ada", "%40example", "212", "0134")),
    ("see crm.example/c?email=ada%40example.com ok", ("ada", "example.com")),
    ("pay 4111%201111%201111%201111 today", ("4111", "1111")),
    ("mail zo%C3%AB%40b%C3%BCcher.de", ("zo", "cher")),
])
def test_percent_encoded_values_are_redacted(redactor: PIIRedactor, text: str,
                                             hidden: tuple[str, ...]) -> None:
    out = round_trip(redactor, text)
    for part in hidden:
        assert part not in out, (part, out)


def test_an_address_in_a_query_string_is_redacted_and_the_link_stays(
        redactor: PIIRedactor) -> None:
    out = round_trip(redactor, "open https://crm.example/c?email=ada@example.com&x=1 please")
    assert "ada" not in out and out.startswith("open https://crm.example/c?email=<EMAIL_")
    assert round_trip(redactor, "see /users/bob@example.com") == "see /users/<EMAIL_ADDRESS_1>"


def test_text_that_only_looks_encoded_is_left_alone(redactor: PIIRedactor) -> None:
    text = "a 100%ee rise, %ZZ, %C3 alone and %FF%FE, call 212-555-0134"
    assert round_trip(redactor, text) == ("a 100%ee rise, %ZZ, %C3 alone and %FF%FE, "
                                      "call <PHONE_NUMBER_1>")


def test_a_bounce_address_keeps_its_whole_local_part(redactor: PIIRedactor) -> None:
    assert round_trip(redactor, "bounce-ada=example.com@lists.example.org") == "<EMAIL_ADDRESS_1>"
