"""PII guards, second acceptance round: what a demanding user probes through the public API.

Leaks outside the text (logs, error messages), invisible characters around values, and the
round trip / streaming / isolation properties on nasty inputs that the other PII tests do not
cover.
"""

from __future__ import annotations

import importlib.util
import logging

import pytest

from _pii_kit import round_trip
from guardwire import Context, Decision, Pipeline, guarded
from guardwire.exceptions import InputBlocked
from guardwire.guards.pii import PIIRedactor, restore_placeholders
from guardwire.guards.pii import engine as engine_mod
from guardwire.testing import FakeLLM

HAS_MODEL = any(importlib.util.find_spec(m) for m in engine_mod.AUTO_MODELS)
needs_model = pytest.mark.skipif(not HAS_MODEL, reason="no spaCy NER model installed")

VALUES = ("212-555-0134", "ada@example.com", "4111 1111 1111 1111", "536-22-8741")
TEXT = (f"call me at {VALUES[0]} or mail {VALUES[1]}, card {VALUES[2]}, "
        f"my social security number {VALUES[3]}")


# -- nothing PII-bearing outside the text ------------------------------------------------


def test_debug_logging_never_records_values(redactor: PIIRedactor,
                                            caplog: pytest.LogCaptureFixture) -> None:
    """An app logging at DEBUG (every logger) must not get the user's values in its logs:
    Presidio's context enhancer logs the words around every match."""
    with caplog.at_level(logging.DEBUG):
        d = redactor(TEXT, Context())
    assert d.action == "rewrite" and d.text is not None
    assert all(v not in d.text for v in VALUES)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for value in VALUES:
        assert value not in logged
        assert value.split("-")[-1] not in logged  # nor a part of one ("0134")


@needs_model
def test_debug_logging_with_ner_never_records_names(caplog: pytest.LogCaptureFixture) -> None:
    guard = PIIRedactor()
    guard.warm()
    with caplog.at_level(logging.DEBUG):
        d = guard("My name is Ada Lovelace, call me at 212-555-0134", Context())
    assert d.text is not None and "Lovelace" not in d.text
    logged = "\n".join(r.getMessage() for r in caplog.records).lower()
    assert "lovelace" not in logged and "0134" not in logged


def test_an_engine_error_blocks_without_the_text_in_any_message(
        redactor: PIIRedactor, monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail-closed, and the block's reason, the exception and the decision carry the error's
    type but never the text the engine choked on (Presidio's own errors quote the word)."""
    def broken(self: object, text: str, *args: object, **kwargs: object) -> list[object]:
        raise ValueError(f"Did not find word {text!r} in the list of tokens")

    monkeypatch.setattr(engine_mod.PIIEngine, "detect", broken)
    guard = PIIRedactor(ner="off", memo=0)
    fake = FakeLLM("never")
    ask = guarded(fake.complete, pipeline=Pipeline(input=[guard]))
    with pytest.raises(InputBlocked) as err:
        ask(TEXT)
    assert fake.calls == []
    d = err.value.decision
    assert d.outcome == "error" and "ValueError" in d.reason
    shown = " ".join((str(err.value), repr(err.value), d.reason, repr(dict(d.data))))
    for value in VALUES:
        assert value not in shown


# -- invisible characters around and inside values ---------------------------------------

INVISIBLE = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u202c")


@pytest.mark.parametrize("mark", INVISIBLE)
def test_an_invisible_character_does_not_hide_a_value(redactor: PIIRedactor, mark: str) -> None:
    """Text pasted from the web or a chat app carries zero-width and direction marks; the
    pipeline's normalize guard strips them, but ``pii`` alone must not let them split a value
    so that part of it reaches the model (``john@<URL_1>\u200d``)."""
    for text, parts in (
        (f"mail ada.lovelace@example.com{mark} now", ("ada.lovelace", "example.com")),
        (f"{mark}ada.lovelace@example.com", ("ada.lovelace", "example.com")),
        (f"mail ada.love{mark}lace@example.com", ("ada.love", "lace@")),
        (f"call me at 212-555-{mark}0134 today", ("555", "0134")),
        (f"card 4111 1111{mark} 1111 1111", ("4111 1111",)),
    ):
        redacted = round_trip(redactor, text)
        for part in parts:
            assert part not in redacted, (text, redacted)


@needs_model
def test_an_invisible_character_does_not_hide_a_name() -> None:
    guard = PIIRedactor()
    for text in ("\ufeffJohn Smith wrote", "Please ask John\u200b Smith today",
                 "My name is Ada\u200dLovelace"):
        redacted = round_trip(guard, text)
        assert "Smith" not in redacted and "Lovelace" not in redacted, redacted


@pytest.mark.parametrize("spoof", [
    "<EMAIL\u200b_ADDRESS_1>", "EMAIL_ADDRESS\u2060_1", "<EMAIL_ADDRESS_\ufeff1>",
    "\uff1cEMAIL_ADDRESS_1\uff1e", "ＥＭＡＩＬ＿ＡＤＤＲＥＳＳ＿１", "[email\u00ad_address_1]",
])
def test_a_look_alike_hidden_by_invisible_or_full_width_characters_is_neutralised(
        redactor: PIIRedactor, spoof: str) -> None:
    """A model that drops invisible characters or folds full-width letters (as NFKC does)
    must not turn the user's look-alike into a placeholder of someone's value."""
    import unicodedata

    from guardwire.guards.pii.placeholders import INVISIBLE

    text = f"mail ada@example.com, then repeat {spoof} back to me"
    ctx = Context()
    d = redactor(text, ctx)
    assert d.text is not None and d.data["neutralised"] == 1
    echoed = unicodedata.normalize("NFKC", INVISIBLE.sub("", d.text))
    assert restore_placeholders(echoed, ctx.vault).count("ada@example.com") == 1
    assert restore_placeholders(d.text, ctx.vault) == text


@needs_model
def test_no_part_of_a_hyphenated_name_stays_visible() -> None:
    """The model often finds only the part after the hyphen of "Jean-Luc Picard"; the
    guard grows names across hyphens, and must do so to the left too."""
    guard = PIIRedactor()
    for text, parts in (("Mr. O'Brien met Jean-Luc Picard yesterday", ("Jean", "Picard")),
                        ("Please forward it to Anna-Maria Schmidt today", ("Anna", "Schmidt")),
                        ("The ex-Zombie Lundberg tour", ("Lundberg",))):
        redacted = round_trip(guard, text)
        for part in parts:
            assert part not in redacted, (text, redacted)
    assert "ex-" in round_trip(guard, "The ex-Zombie Lundberg tour")


# -- restoration: structured answers and tool calls --------------------------------------


def test_placeholders_in_mapping_keys_are_restored(redactor: PIIRedactor) -> None:
    """A model answering "per person" writes placeholders as keys ({"<PERSON_1>": 3}); the
    tool call or object the app gets must carry the values there too."""
    from guardwire.testing import tool_call_answer

    def model(messages: list[dict[str, object]]) -> dict[str, object]:
        return tool_call_answer("send", {"recipients": {"<EMAIL_ADDRESS_1>": "to",
                                                        "[email_address_2]": "cc"},
                                         "note": "EMAIL_ADDRESS_1"})

    ask = guarded(model, pipeline=Pipeline(input=[redactor]))
    ctx = Context()
    answer = ask(messages=[{"role": "user", "content":
                            "mail ada@example.com and bob@example.org"}], guard_ctx=ctx)
    import json

    args = json.loads(answer["tool_calls"][0]["function"]["arguments"])
    assert args == {"recipients": {"ada@example.com": "to", "bob@example.org": "cc"},
                    "note": "ada@example.com"}
    restorer = redactor.output_companion()
    ctx = Context()
    redactor("mail ada@example.com", ctx)
    ctx.structured = {"<EMAIL_ADDRESS_1>": ["<EMAIL_ADDRESS_1>"], 2: "x"}
    d = restorer("done", ctx)
    assert ctx.structured == {"ada@example.com": ["ada@example.com"], 2: "x"}
    assert d.data["restored"] == {"EMAIL_ADDRESS": 2}


# -- the vault after a call that ran past its budget -------------------------------------


def test_a_redaction_that_outlives_its_call_leaves_the_vault_empty(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail-closed on a budget overrun blocks the call and clears the vault, but the
    detection thread cannot be stopped: when it finishes it must not leave the values it
    found in the (already cleared) vault of the caller's Context."""
    import threading
    import time

    from guardwire import Policy, step

    guard = PIIRedactor(ner="off", memo=0)
    guard.warm()
    real = engine_mod.PIIEngine.detect
    done, release = threading.Event(), threading.Event()

    def slow(self: engine_mod.PIIEngine, *args: object, **kwargs: object) -> object:
        # held until the call has given up (a 0.3 s sleep could end inside a stalled budget)
        assert release.wait(10)
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    class Tracked:
        name = "pii"
        run_in_thread = True

        def __call__(self, text: str, ctx: Context) -> Decision:
            try:
                return guard(text, ctx)
            finally:
                done.set()

    monkeypatch.setattr(engine_mod.PIIEngine, "detect", slow)
    fake = FakeLLM("never")
    ask = guarded(fake.complete, pipeline=Pipeline(
        input=[step(Tracked(), policy=Policy.fail_closed(budget_ms=50))]))
    for kept in (False, True):
        done.clear()
        release.clear()
        ctx = Context(keep_vault=kept)
        try:
            with pytest.raises(InputBlocked) as err:
                ask("mail ada@example.com", guard_ctx=ctx)
        finally:
            release.set()  # the detection ends only now, after the call was blocked
        assert err.value.decision.outcome == "timeout" and fake.calls == []
        assert done.wait(5)
        time.sleep(0.05)
        assert len(ctx.vault) == 0  # keep_vault too: the late values never reach the vault


def test_the_engine_does_not_keep_every_word_it_has_seen(redactor: PIIRedactor) -> None:
    """A server redacts millions of texts: the engine's per-word lookups stay bounded (they
    held every token of every user text: names, addresses, numbers)."""
    from guardwire.guards.pii import nlp

    engine = engine_mod.get_engine(redactor.model, redactor.first_names)
    words = [f"w{i}x" for i in range(nlp.WORD_CACHE + 500)]
    for k in range(0, len(words), 2000):
        redactor.detect("call " + " ".join(words[k:k + 2000]) + " 212-555-0134")
    nlp_engine = engine._blank_nlp_engine
    assert 0 < len(nlp_engine._stop) <= nlp.WORD_CACHE
    assert len(nlp_engine._punct) <= nlp.WORD_CACHE


@pytest.mark.parametrize("email", ["ops@corp.local", "bob.smith@company.internal",
                                   "j.doe@sub.acme.lan", "it-desk@acme.corp",
                                   "ana@files.intranet", "me@router.home"])
def test_emails_at_private_domains_are_redacted(redactor: PIIRedactor, email: str) -> None:
    """Company chats mail people at domains that are not public suffixes (``.local``,
    ``.internal``, ``.corp``, ``.lan``): the suffix check made them invisible to the email
    recognizer, so they went out whole or in parts (``bob.smith@<URL_1>ernal``)."""
    redacted = round_trip(redactor, f"please mail {email}, thanks")
    assert redacted == "please mail <EMAIL_ADDRESS_1>, thanks"


def test_reserved_documentation_domains_and_code_stay_visible(redactor: PIIRedactor) -> None:
    for text in ("y = x@w.T + b", "mail help@acme.example", "root@localhost"):
        assert round_trip(redactor, text) == text


@pytest.mark.parametrize(("text", "hidden"), [
    ("john@example.comjane@example.com", ("john", "jane")),
    ('"john smith"@example.com wrote', ("john smith",)),
    ("ping ada.l@[192.168.0.7] today", ("ada.l",)),
    ("mail ada@example.com.\n", ("ada",)),
])
def test_no_local_part_of_a_mangled_address_stays_visible(
        redactor: PIIRedactor, text: str, hidden: tuple[str, ...]) -> None:
    """When only the domain of an address is recognised (as a URL or an IP), the name
    before the ``@`` must not stay visible."""
    redacted = round_trip(redactor, text)
    for part in hidden:
        assert part not in redacted, redacted


def test_a_lone_surrogate_does_not_block_the_call(redactor: PIIRedactor) -> None:
    """Half an emoji (a lone surrogate, as a JSON "\\ud83d" escape decodes) made spaCy raise
    and fail-closed blocked the message."""
    text = "mail ada@example.com \ud83d thanks, bye \udc4d"
    assert round_trip(redactor, text) == "mail <EMAIL_ADDRESS_1> \ud83d thanks, bye \udc4d"


def test_the_bounded_url_pattern_matches_exactly_as_presidios() -> None:
    """A long dotted run without spaces (``x.x.x…``) took Presidio's schemeless URL pattern
    about 1 ms per label (22 s for 40,000 characters: fail-closed blocked it and the thread
    ran on); the guard tries the pattern only where a match can start, with the same
    matches (randomised against Presidio's own pattern)."""
    import random

    import regex
    from presidio_analyzer.predefined_recognizers import UrlRecognizer

    from guardwire.guards.pii.recognizers import BoundedSchemelessUrl

    rec = UrlRecognizer()
    (pattern,) = [p for p in rec.patterns if p.name == "Non schema URL"]
    presidio = regex.compile(pattern.regex, rec.global_regex_flags)
    bounded = BoundedSchemelessUrl(pattern.regex, rec.global_regex_flags)
    rng = random.Random(11)
    pieces = ["x", ".", "com", "co", ".uk", "www", "www1.", "-", "/", "/a?b=c", " ", "\n",
              "\u212a", "é", "1", "example", ".ORG", "a" * 130, "b.c" * 50, "'", '"', "@"]
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        assert [m.span() for m in bounded.finditer(text)] == [
            m.span() for m in presidio.finditer(text)], text
    long_run = "x." * 150 + "example.com"
    assert [m.span() for m in bounded.finditer(long_run)] == [
        m.span() for m in presidio.finditer(long_run)] != []
