"""A street named after a person ends with its type (``Bypass``, ``Turnpike``, ``Flat``,
``Extensions``, ``Parkway`` …): the name before it is part of an address. On the synthetic
tuning rows such streets were four of the PERSON false spans. Capitalised only: in lower case
the words are words (``flat out``). End-to-end with the installed model (skipped without
one); names and addresses invented."""

from __future__ import annotations

import importlib.util

import pytest

from guardwire.guards.pii import PIIRedactor
from guardwire.guards.pii import engine as engine_mod

MODEL = next((m for m in engine_mod.AUTO_MODELS if importlib.util.find_spec(m)), None)
pytestmark = pytest.mark.skipif(MODEL is None, reason="no spaCy English model installed")


@pytest.fixture(scope="module")
def redactor() -> PIIRedactor:
    guard = PIIRedactor(ner="auto")
    guard.warm()
    return guard


def persons(redactor: PIIRedactor, text: str) -> list[str]:
    return [text[s.start:s.end] for s in redactor.spans(text) if s.entity_type == "PERSON"]


@pytest.mark.parametrize(("text", "kept"), [
    # a street named after a person ends with its type: before, "<PERSON_1> Flat" and
    # "<PERSON_1> Turnpike" reached the model (half an address taken for a name)
    ("The shop is at the corner of Birchwood 12 and Andrew Flat, next to the bank.", []),
    ("Please mail it to 12 Oak Dr Tamsin Extensions, Apt. 4.", []),
    ("We live right off Gregory Turnpike since last May.", []),
    ("Drive down Lionel Parkway until the lights.", []),
    # lower case: words
    ("Mary flat out refused to pay the fine.", ["Mary"]),
    ("Ask Philip about the bypass tomorrow.", ["Philip"]),
])
def test_a_street_type_after_a_name_makes_it_an_address(
        redactor: PIIRedactor, text: str, kept: list[str]) -> None:
    assert persons(redactor, text) == kept
