"""Names after a sign-off reached the model whole, known first names too: ``Thanks,\\nMary``,
``Best,\\nAoife``, ``Cheers, Olumide``. Rule tests use spaCy's blank tokenizer and a small
word list; the end-to-end ones the installed model (skipped without one). Names invented."""

from __future__ import annotations

import importlib.util

import pytest

from guardwire import Context
from guardwire.guards.pii import PIIRedactor
from guardwire.guards.pii import engine as engine_mod
from test_pii_name_orders import ENGLISH, names

HAS_MODEL = any(importlib.util.find_spec(m) for m in engine_mod.AUTO_MODELS)
needs_model = pytest.mark.skipif(not HAS_MODEL, reason="no spaCy English model installed")


@pytest.mark.parametrize("text", [
    "Can you check the draft?\n\nBest,\nOlumidey", "Thanks,\nOrla", "Cheers, Olumidey",
    "Kind regards,\nOlumidey Marwood\n", "Many thanks!\nOrla", "-- \nOlumidey",
    "see below\nAll the best,\nOrla Quellbrandt",
])
def test_the_name_after_a_sign_off_is_found(text: str) -> None:
    found = names(text)
    assert found and text.rstrip().endswith(found[-1])


@pytest.mark.parametrize("text", [
    "Thanks,\nSupport", "Best,\nThe Team", "Thanks, Producer", "Thanks, this works.",
    "Best way to do it?\nMarwood knows", "We did our best,\nMarwood agreed",
])
def test_no_name_where_the_line_holds_more_or_english_words(text: str) -> None:
    assert names(text, english=ENGLISH | {"support", "team", "agree", "know"}) == []


@needs_model
@pytest.mark.parametrize("text", ["Can you review the draft?\n\nBest,\nAoife", "Thanks,\nMary",
                                  "Cheers, Tünde", "Regards\nOlumide"])
def test_with_the_model_the_signature_is_redacted(text: str) -> None:
    d = PIIRedactor()(text, Context())
    assert d.text is not None and text.split()[-1] not in d.text


@pytest.mark.parametrize("text", [
    "Can you call me back?\n\nSent from my iPhone\nOlumidey",
    "ok see you then\n\nSent from my Samsung Galaxy smartphone.\nOrla",
    "Thanks\nSent from my iPad\n\nOlumidey Marwood",
    "Get Outlook for iOS\nOrla",
    "Sent via Superhuman\nOlumidey",
])
def test_the_name_after_a_mail_apps_footer_is_found(text: str) -> None:
    # before, a name after "Sent from my iPhone" was not read
    found = names(text)
    assert found and text.rstrip().endswith(found[-1])


@pytest.mark.parametrize("text", [
    "Sent from my iPhone\nSupport", "I sent from my phone\nOrla",
    "Sent from my iPhone\nPlease reply",
])
def test_no_name_after_a_footer_without_the_evidence(text: str) -> None:
    assert names(text, english=ENGLISH | {"support", "please", "reply", "phone"}) == []


@needs_model
@pytest.mark.parametrize("text", ["Can you call me back?\n\nSent from my iPhone\nAoife",
                                  "Thanks\nSent from my iPhone\nMary",
                                  "ok\n\nSent from my Samsung Galaxy smartphone.\nTünde"])
def test_with_the_model_the_name_after_a_footer_is_redacted(text: str) -> None:
    d = PIIRedactor()(text, Context())
    assert d.text is not None and text.split()[-1] not in d.text
