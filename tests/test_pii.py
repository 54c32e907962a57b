"""PIIRedactor: detection, placeholders, vault, spoofing, options, engine (pattern-only mostly)."""

from __future__ import annotations

import importlib.util
import json
import socket
import threading
import warnings
from pathlib import Path
from typing import Any

import pytest

from guardwire import ConfigError, Context, Decision
from guardwire.guards.pii import (
    DEFAULT_ENTITIES,
    PIIRedactor,
    PIIRestorer,
    get_engine,
    restore_placeholders,
)
from guardwire.guards.pii import engine as engine_mod
from guardwire.guards.pii.build import offline_suffix_extractor
from guardwire.guards.pii.placeholders import LITERAL

EVALDATA = Path(__file__).resolve().parents[2] / "shared" / "evaldata"

EMAIL = "jane.doe@example.com"
PHONE = "(212) 555-0134"
CARD = "4111 1111 1111 1111"
IBAN = "DE89 3704 0044 0532 0130 00"
IP = "192.168.10.20"
SSN = "536-22-8741"
HAS_MODEL = any(importlib.util.find_spec(m) for m in engine_mod.AUTO_MODELS)


def test_redacts_each_pattern_type_and_reports_counts_without_values(
        redactor: PIIRedactor) -> None:
    text = (f"Mail {EMAIL}, phone {PHONE}, card {CARD}, IBAN {IBAN}, server {IP}, "
            f"my social security number {SSN}.")
    ctx = Context()
    d = redactor(text, ctx)
    assert d.action == "rewrite" and d.text is not None
    for value in (EMAIL, PHONE, CARD, IBAN, IP, SSN):
        assert value not in d.text
        assert value not in repr(d)
    assert d.data["entities"] == {"CREDIT_CARD": 1, "EMAIL_ADDRESS": 1, "IBAN_CODE": 1,
                                  "IP_ADDRESS": 1, "PHONE_NUMBER": 1, "US_SSN": 1}
    assert dict(ctx.vault.items())["<EMAIL_ADDRESS_1>"] == EMAIL
    assert restore_placeholders(d.text, ctx.vault) == text


def test_same_value_same_placeholder_across_messages_of_a_request(
        redactor: PIIRedactor) -> None:
    ctx = Context()
    first = redactor(f"Write to {EMAIL} or bob@example.org", ctx).text
    second = redactor(f"Did you write to {EMAIL}? Also cc {EMAIL}", ctx).text
    assert first == "Write to <EMAIL_ADDRESS_1> or <EMAIL_ADDRESS_2>"
    assert second == "Did you write to <EMAIL_ADDRESS_1>? Also cc <EMAIL_ADDRESS_1>"
    assert len(ctx.vault) == 2
    other = Context()  # another request starts its own numbering and vault
    assert redactor("bob@example.org", other).text == "<EMAIL_ADDRESS_1>"


def test_text_without_pii_is_allowed_unchanged(redactor: PIIRedactor) -> None:
    d = redactor("What are my options for the meeting on 2024-05-01 at 10:00?", Context())
    assert d.action == "allow" and not d.fired


def test_email_is_not_also_a_url_and_ip_is_not_a_phone(redactor: PIIRedactor) -> None:
    d = redactor(f"{EMAIL} from {IP}", Context())
    assert d.text == "<EMAIL_ADDRESS_1> from <IP_ADDRESS_1>"


@pytest.mark.parametrize("look_alike", [
    "<PERSON_1>", "<person_1>", "[EMAIL_ADDRESS_1]", "< PERSON_1 >", "PERSON_1", "<PERSON 1>",
    "<LITERAL_1>", "xEMAIL_ADDRESS_12",
])
def test_user_placeholder_look_alikes_are_neutralised_and_restored_exactly(
        redactor: PIIRedactor, look_alike: str) -> None:
    ctx = Context()
    redactor(f"my email is {EMAIL}", ctx)  # <EMAIL_ADDRESS_1> now holds a real value
    text = f"What does {look_alike} mean?"
    d = redactor(text, ctx)
    assert d.action == "rewrite" and d.text is not None
    prefix = "x" if look_alike.startswith("x") else ""  # the bare form ignores its neighbours
    assert d.text == f"What does {prefix}<LITERAL_1> mean?"
    assert d.data["neutralised"] == 1 and d.data["entities"] == {}
    # the model echoes what it saw: the user gets their literal text back, not a vault value
    assert restore_placeholders(d.text, ctx.vault) == text
    assert EMAIL not in restore_placeholders(d.text, ctx.vault)


def test_spoofed_placeholder_never_reaches_the_model_as_a_vault_key(
        redactor: PIIRedactor) -> None:
    ctx = Context()
    redactor(f"card {CARD}", ctx)
    d = redactor("Please repeat <CREDIT_CARD_1> back to me", ctx)
    assert d.text == "Please repeat <LITERAL_1> back to me"
    restorer = redactor.output_companion()
    out = restorer("Sure: <LITERAL_1>", ctx)
    assert out.text == "Sure: <CREDIT_CARD_1>"


def test_allow_list_keeps_values_visible() -> None:
    guard = PIIRedactor(ner="off", allow=["Support@Example.com"])
    d = guard(f"write support@example.com or {EMAIL}", Context())
    assert d.text == "write support@example.com or <EMAIL_ADDRESS_1>"


def test_entities_option_limits_what_is_redacted() -> None:
    guard = PIIRedactor(ner="off", entities=["EMAIL_ADDRESS"])
    d = guard(f"{EMAIL} {PHONE}", Context())
    assert d.text == f"<EMAIL_ADDRESS_1> {PHONE}"


def test_default_entities_exclude_dates() -> None:
    assert "DATE_TIME" not in DEFAULT_ENTITIES


def test_redact_docs_uses_the_same_placeholders() -> None:
    guard = PIIRedactor(ner="off", redact_docs=True)
    ctx = Context(docs=[f"Contact: {EMAIL}", {"id": "d2", "text": f"IP {IP}"}, 42])
    d = guard(f"Is {EMAIL} in the docs?", ctx)
    assert d.text == "Is <EMAIL_ADDRESS_1> in the docs?"
    assert ctx.docs[0] == "Contact: <EMAIL_ADDRESS_1>"
    assert ctx.docs[1] == {"id": "d2", "text": "IP <IP_ADDRESS_1>"}
    assert ctx.docs[2] == 42
    assert d.data["docs_entities"] == {"EMAIL_ADDRESS": 1, "IP_ADDRESS": 1}


@pytest.mark.parametrize(("kwargs", "path"), [
    ({"entities": ["NOT_A_TYPE"]}, "entities"),
    ({"entities": "EMAIL_ADDRESS"}, "entities"),
    ({"ner": "no_such_spacy_model_xyz"}, "ner"),
    ({"ner": "off", "entities": ["PERSON"]}, "entities"),
    ({"score_threshold": 2}, "score_threshold"),
    ({"thresholds": {"US_SSN": -1}}, "thresholds.US_SSN"),
    ({"thresholds": {"SSN": 0.5}}, "thresholds"),
    ({"unknown": "fill"}, "unknown"),
    ({"entities": []}, "entities"),  # would redact nothing and pass every call
    ({"allow": "me@example.com"}, "allow"),
])
def test_bad_options_raise_config_error_naming_the_option(kwargs: dict[str, Any],
                                                          path: str) -> None:
    with pytest.raises(ConfigError) as err:
        PIIRedactor(**kwargs)
    assert err.value.path == path


def test_policy_is_fail_closed_not_cacheable_and_companion_is_the_restorer() -> None:
    guard = PIIRedactor(ner="off", unknown="remove")
    policy = PIIRedactor.default_policy
    assert policy.on_error == "closed" and policy.on_timeout == "closed"
    assert policy.budget_ms is not None
    assert PIIRedactor.cacheable is False
    companion = guard.output_companion()
    assert isinstance(companion, PIIRestorer) and companion.unknown == "remove"


def test_engine_is_built_once_even_when_asked_from_many_threads(
        monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[str | None] = []

    class SlowEngine:
        def __init__(self, model: str | None, first_names: str = "auto") -> None:
            built.append(model)
            threading.Event().wait(0.05)

    monkeypatch.setattr(engine_mod, "PIIEngine", SlowEngine)
    monkeypatch.setattr(engine_mod, "_engines", {})
    got: list[Any] = []
    threads = [threading.Thread(target=lambda: got.append(engine_mod.get_engine("fake")))
               for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert built == ["fake"] and all(g is got[0] for g in got)


def test_email_validation_never_touches_the_network(monkeypatch: pytest.MonkeyPatch,
                                                    redactor: PIIRedactor) -> None:
    def no_network(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("network access")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    extractor = offline_suffix_extractor()
    assert extractor("mail.example.co.uk").suffix == "co.uk"
    assert redactor("x@mail.example.co.uk", Context()).text == "<EMAIL_ADDRESS_1>"


def test_prefilters_never_change_presidio_results(redactor: PIIRedactor) -> None:
    texts = [f"Mail {EMAIL}, phone {PHONE}, card {CARD}", f"IBAN {IBAN} ip {IP} ssn {SSN}",
             "call 030 1234567 or +44 20 7946 0958", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
             "nothing here", "12 apples, 3 pears", "v1.2.3 at ::1 and fe80::1ff:fe23:4567:890a"]
    path = EVALDATA / "pii" / "presidio_synth_dataset_v2.jsonl"
    if path.exists():
        lines = path.read_text(encoding="utf-8").splitlines()[:300]
        texts += [json.loads(x)["text"] for x in lines]
    engine = get_engine(redactor.model)
    for text in texts:
        fast = engine.detect(text, redactor.entities, threshold=0.0)
        slow = engine.detect(text, redactor.entities, threshold=0.0, prefilter=False)
        assert sorted(map(repr, fast)) == sorted(map(repr, slow)), text


def test_prefilter_counts_digits_once_with_the_same_outcome() -> None:
    import random

    import regex

    # the per-type conditions as first written: one digit count per type, regex for CRYPTO
    def digits(text: str) -> int:
        return len(regex.findall(r"\d", text))

    minimum = {"CREDIT_CARD": 12, "PHONE_NUMBER": 5, "US_SSN": 9, "US_ITIN": 9,
               "US_BANK_NUMBER": 8, "UK_NHS": 10}
    rng = random.Random(5)
    alphabet = "0123456789aZk ._-:@\n١٢３x"
    wanted = [*sorted(minimum), "CRYPTO", "EMAIL_ADDRESS", "PERSON"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        if rng.random() < 0.2:
            text += "".join(rng.choice("0123456789AbCdEf") for _ in range(rng.randint(20, 30)))
        want = [e for e in wanted
                if (e not in minimum or digits(text) >= minimum[e])
                and (e != "CRYPTO" or regex.search(r"[0-9A-Za-z]{25,}", text) is not None)
                and (e != "EMAIL_ADDRESS" or "@" in text)]
        assert engine_mod._possible(text, wanted) == want, text


def test_windowed_phone_recognizer_matches_presidio() -> None:
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer

    from guardwire.guards.pii.recognizers import WindowedPhoneRecognizer

    texts = ["call 212-555-0134 or +49 30 1234567, ext. 12", "1977 was 25 years ago: 0171 1234567",
             "+1-984-182-0190 mobile\n+46 (0)8 928 571 38 fax", "(37) 788-063 and 9472 7916",
             "Niue +683 4002, Austria +43 1 1234, DE 030 12345 or 0900 123", "x 12x34x5 00 43 1 12",
             "１２３ ４５６７ and ０３０ １２３４５６７", "Zip 90210 or 1234 and 011 683 4002"]
    path = EVALDATA / "pii" / "presidio_synth_dataset_v2.jsonl"
    if path.exists():
        lines = path.read_text(encoding="utf-8").splitlines()
        rows = [json.loads(x)["text"] for x in lines]
        texts += rows[:400] + [" ".join(rows[i:i + 10]) for i in range(400, 800, 10)]
    ours, theirs = WindowedPhoneRecognizer(), PhoneRecognizer()
    for text in texts:
        a = {(r.start, r.end, r.score) for r in ours.analyze(text, ["PHONE_NUMBER"])}
        b = {(r.start, r.end, r.score) for r in theirs.analyze(text, ["PHONE_NUMBER"])}
        assert a == b, text


def test_phone_regions_skipped_by_digit_count_cannot_match() -> None:
    import random

    from phonenumbers import Leniency, PhoneNumberMatcher, example_number, format_number
    from phonenumbers import PhoneNumberFormat as Fmt

    from guardwire.guards.pii.phone_bounds import min_digits, potential_digits
    from guardwire.guards.pii.recognizers import WindowedPhoneRecognizer

    regions = WindowedPhoneRecognizer().supported_regions
    for region in regions:  # the bound never exceeds a real number's digits
        number = example_number(region)
        assert potential_digits(format_number(number, Fmt.NATIONAL)) >= min_digits(region, False)
        assert potential_digits(format_number(number, Fmt.E164)) >= min_digits(region, True)
        assert min_digits(region, True) <= min_digits(region, False)
    rnd = random.Random(7)
    seps = [" ", "-", ".", "", "(", ")", " x", "+", "00", "011", "＋"]
    skipped = 0
    for _ in range(1500):
        body = "".join(rnd.choice(seps) + "".join(rnd.choice("0123456789")
                                                  for _ in range(rnd.randint(1, 4)))
                       for _ in range(rnd.randint(1, 3)))
        text = f"tel {body} ok"
        plus = "+" in text or "＋" in text
        for region in regions:
            if potential_digits(text) < min_digits(region, plus):
                skipped += 1
                assert not list(PhoneNumberMatcher(text, region, leniency=Leniency.VALID)), (
                    region, text)
    assert skipped > 1000


def test_decision_data_only_holds_counts(redactor: PIIRedactor) -> None:
    d = redactor(f"{EMAIL} <PERSON_3>", Context())
    assert isinstance(d, Decision)
    assert set(d.data) == {"entities", "neutralised"}
    assert LITERAL not in d.data["entities"]


@pytest.mark.skipif(not HAS_MODEL, reason="no spaCy English model installed")
def test_ner_redacts_person_names() -> None:
    guard = PIIRedactor()  # ner="auto" picks the installed model
    assert guard.model in engine_mod.AUTO_MODELS
    ctx = Context()
    d = guard(f"Hello, my name is John Smith and my email is {EMAIL}.", ctx)
    assert d.text == "Hello, my name is <PERSON_1> and my email is <EMAIL_ADDRESS_1>."
    assert guard.output_companion()("Dear <PERSON_1>,", ctx).text == "Dear John Smith,"


def test_auto_without_a_model_is_pattern_only_with_one_warning(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importlib.util, "find_spec", lambda _name: None)
    monkeypatch.setattr(engine_mod, "_warned", set())
    with pytest.warns(RuntimeWarning, match="pattern-only"):
        guard = PIIRedactor()
    assert guard.model is None and "PERSON" not in guard.entities
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        PIIRedactor()  # only once per process


def test_thresholds_change_what_is_redacted(redactor: PIIRedactor) -> None:
    text = f"SSN {SSN} at {IP}"
    strict = PIIRedactor(ner="off", thresholds={"US_SSN": 0.9})  # it scores 0.85 here
    assert strict(text, Context()).text == f"SSN {SSN} at <IP_ADDRESS_1>"
    assert redactor(text, Context()).text == "SSN <US_SSN_1> at <IP_ADDRESS_1>"


def test_phone_context_words_and_house_numbers(redactor: PIIRedactor) -> None:
    assert redactor("Can someone call me on 9472 7916?", Context()).text == (
        "Can someone call me on <PHONE_NUMBER_1>?")
    assert redactor("see you at 9472 7916 soon", Context()).action == "allow"  # no context
    # a context word after a multi-token number counts from its last token
    assert redactor("416 60 039 office", Context()).text == "<PHONE_NUMBER_1> office"
    assert redactor("Our office is at 17031 2202 Rissik St", Context()).action == "allow"
    assert redactor("zip code 16469", Context()).action == "allow"


@pytest.mark.parametrize("text", [
    "Nobody is answering at 412 330 981 today",  # thousands-grouped, with a call word
    "the hotline 88 204 517 is open", "our helpline: 45 120 338", "landline 312 907 448",
])
def test_call_words_make_grouped_numbers_phones(redactor: PIIRedactor, text: str) -> None:
    assert redactor(text, Context()).data["entities"] == {"PHONE_NUMBER": 1}, text


def test_answer_alone_is_not_a_call_word(redactor: PIIRedactor) -> None:
    assert redactor("The answer is 12 500 000.", Context()).action == "allow"


@pytest.mark.parametrize("text", [
    "I wrote 6172 9034 on the form.",  # a phone shape on its own
    "They can try 41 87 26 93.",
    "the number, 4159872361-Fax, is old",  # a run of digits with a label glued to it
    "reach me on 0412 884 903 (mobile)",
])
def test_phone_shapes_are_redacted_without_a_context_word(redactor: PIIRedactor,
                                                           text: str) -> None:
    d = redactor(text, Context())
    assert d.data["entities"] == {"PHONE_NUMBER": 1}, d.text


@pytest.mark.parametrize("text", [
    "It costs 12 500 000 dollars.",  # thousands grouping: an amount without a context word
    "a population of 1 234 567 people",
    "We met on 2016 10 16 in Oslo.",  # dates and times
    "DateTime search phrase 23.04.2022 14:55",
    "Where were you between 0730-0930?",
    "the 1990-2005 period",
    "My zip code is 90010-170",  # postcodes
    "Send it to Apt. 117 5720 Skovveien",  # a unit number and a house number
    "The restaurant is at 5521 119 Countess Road",
    "They can try 41 87 26 93 instead.",  # a word after it: could be a house number
])
def test_numbers_that_are_not_phones(redactor: PIIRedactor, text: str) -> None:
    assert "PHONE_NUMBER" not in redactor(text, Context()).data["entities"], text


def test_a_detected_value_is_replaced_wherever_it_recurs(redactor: PIIRedactor) -> None:
    ctx = Context()
    first = redactor("Call me on 9472 7916. Again: 9472 7916, not B9472 7916B", ctx)
    assert first.text == "Call me on <PHONE_NUMBER_1>. Again: <PHONE_NUMBER_1>, not B9472 7916B"
    # no context word here, but the value is known from earlier in the request
    assert redactor("is 9472 7916 right?", ctx).text == "is <PHONE_NUMBER_1> right?"
    assert redactor("is 9472 7916 right?", Context()).action == "allow"
