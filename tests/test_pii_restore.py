"""PIIRestorer: tolerant forms, unknown placeholders, structured output, streaming, round trips."""

from __future__ import annotations

import itertools
from typing import Any

import anyio
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ConfigDict

from guardwire import ConfigError, Context, InMemoryVault
from guardwire.guards.pii import (
    PIIRedactor,
    PIIRestorer,
    PlaceholderStream,
    arestore_stream,
    restore_placeholders,
    restore_stream,
)
from guardwire.guards.pii.placeholders import syntax_for

VAULT = {"<PERSON_1>": "Ada Lovelace", "<EMAIL_ADDRESS_1>": "ada@example.com",
         "<PERSON_2>": "Alan Turing", "<LITERAL_1>": "<PERSON_1>"}


def ctx_with(table: dict[str, str] = VAULT) -> Context:
    ctx = Context()
    for k, v in table.items():
        ctx.vault.put(k, v)
    return ctx


@pytest.mark.parametrize("form", ["<PERSON_1>", "<person_1>", "[PERSON_1]", "< PERSON_1 >",
                                  "PERSON_1", "<PERSON 1>", "<Person-1>", "[ person 1 ]"])
def test_tolerant_forms_are_restored(form: str) -> None:
    assert restore_placeholders(f"Dear {form},", VAULT) == "Dear Ada Lovelace,"


def test_multi_word_types_accept_spaces_and_dashes() -> None:
    for form in ("<EMAIL ADDRESS 1>", "<email-address_1>", "[EMAIL_ADDRESS 1]"):
        assert restore_placeholders(form, VAULT) == "ada@example.com"


@pytest.mark.parametrize("text", ["XPERSON_1", "PERSON_1x", "person_1", "PERSON_01", "PERSON__1"])
def test_near_misses_are_left_alone(text: str) -> None:
    assert restore_placeholders(text, VAULT) == text


def test_restoration_is_single_pass() -> None:
    # <LITERAL_1> holds the user's literal "<PERSON_1>": it must not be filled again
    assert restore_placeholders("<LITERAL_1> vs <PERSON_1>", VAULT) == "<PERSON_1> vs Ada Lovelace"


def test_unknown_placeholders_are_never_filled_and_are_flagged() -> None:
    ctx = ctx_with()
    d = PIIRestorer()("Hi <PERSON_1> and <PERSON_7>", ctx)
    assert d.text == "Hi Ada Lovelace and <PERSON_7>"
    assert d.data["unknown_placeholders"] == ["<PERSON_7>"]
    assert d.data["restored"] == {"PERSON": 1}
    removed = PIIRestorer(unknown="remove")("Hi <PERSON_7>!", ctx)
    assert removed.text == "Hi !" and removed.fired


def test_only_unknown_placeholders_fire_without_rewriting() -> None:
    d = PIIRestorer()("Hi <PERSON_9>", ctx_with())
    assert d.action == "allow" and d.fired


def test_bad_restorer_options() -> None:
    with pytest.raises(ConfigError) as err:
        PIIRestorer(unknown="guess")
    assert err.value.path == "unknown"
    with pytest.raises(ConfigError):
        PIIRestorer(entities=["lower case"])


class Contact(BaseModel):
    name: str
    emails: list[str]
    meta: dict[str, Any]


class FrozenContact(BaseModel):
    model_config = ConfigDict(frozen=True)
    name: str


def test_structured_pydantic_model_is_restored_in_place() -> None:
    ctx = ctx_with()
    obj = Contact(name="<PERSON_1>", emails=["<EMAIL_ADDRESS_1>"], meta={"n": 1, "x": "PERSON_2"})
    ctx.structured = obj
    d = PIIRestorer()('{"name": "<PERSON_1>"}', ctx)
    assert ctx.structured is obj
    assert obj.name == "Ada Lovelace" and obj.emails == ["ada@example.com"]
    assert obj.meta == {"n": 1, "x": "Alan Turing"}
    assert d.data["structured"] is True


def test_structured_frozen_model_and_plain_containers_are_replaced() -> None:
    ctx = ctx_with()
    ctx.structured = FrozenContact(name="[PERSON_2]")
    PIIRestorer()("", ctx)
    assert ctx.structured == FrozenContact(name="Alan Turing")
    ctx.structured = [{"who": ("<PERSON_1>", 3)}]
    PIIRestorer()("", ctx)
    assert ctx.structured == [{"who": ("Ada Lovelace", 3)}]


def chunked(text: str, cuts: list[int]) -> list[str]:
    points = sorted({c % (len(text) + 1) for c in cuts} | {0, len(text)})
    return [text[a:b] for a, b in itertools.pairwise(points)]


STREAM_TEXT = "Dear <PERSON_1>, reply to [EMAIL ADDRESS 1] or PERSON_2; <PERSON_9> is unknown."


@pytest.mark.parametrize("size", [1, 2, 3, 5, 8, 13])
def test_stream_restores_placeholders_split_across_chunks(size: int) -> None:
    chunks = [STREAM_TEXT[i:i + size] for i in range(0, len(STREAM_TEXT), size)]
    out = list(restore_stream(chunks, ctx_with()))
    assert "".join(out) == restore_placeholders(STREAM_TEXT, VAULT)
    assert not any("<PERSON_1" in o or "PERSON_2" in o for o in out)


def test_stream_holds_back_only_possible_placeholders() -> None:
    proc = PIIRestorer().start_stream(ctx_with())
    assert proc.feed("Hello there, ") == "Hello there, "
    assert proc.feed("dear <PERS") == "dear "
    assert proc.held == len("<PERS")
    assert proc.feed("ON_1> bye") == "Ada Lovelace bye"
    assert proc.feed(" PERSON_2") == " "  # bare form: "PERSON_23" could still follow
    assert proc.flush() == "Alan Turing"


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["<PERSON_1>", "<person_1>", "[EMAIL_ADDRESS_1]", "PERSON_2",
                                 "<PERSON_9>", "<", "[", "_", "1", " ", "PERSON", "x", "é",
                                 "<PERSON 2>", "< PERSON_1 >", "EMAIL_ADDRESS_1", ">",
                                 "[[PERSON_1]]", "{{{person_1}}}", "]", "(", "{", "}"]),
                max_size=25),
       st.lists(st.integers(min_value=0, max_value=400), max_size=12))
def test_stream_equals_whole_text_restoration(parts: list[str], cuts: list[int]) -> None:
    text = "".join(parts)
    syntax = syntax_for(frozenset({"PERSON", "EMAIL_ADDRESS"}))
    proc = PlaceholderStream(VAULT, syntax)
    out = []
    for chunk in chunked(text, cuts):
        out.append(proc.feed(chunk))
        assert proc.held <= proc.max_holdback
    out.append(proc.flush())
    assert "".join(out) == restore_placeholders(text, VAULT)


@pytest.mark.anyio
async def test_async_stream() -> None:
    async def chunks() -> Any:
        for c in ("Hi <PER", "SON_1>", "!"):
            await anyio.sleep(0)
            yield c

    out = [c async for c in arestore_stream(chunks(), ctx_with())]
    assert "".join(out) == "Hi Ada Lovelace!"
    assert out[0] == "Hi "


SAMPLES = ["jane.doe@example.com", "(212) 555-0134", "4111 1111 1111 1111", "192.168.10.20",
           "DE89 3704 0044 0532 0130 00", "<PERSON_1>", "[EMAIL_ADDRESS_2]", "PERSON_3",
           "< LITERAL_1 >", "<phone number 1>", "CREDIT_CARD_1x", "<US_SSN_12>",
           "[[PERSON_1]]", "{{{person_1}}}", "[[", "]]"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(SAMPLES), st.text(max_size=12),
                          st.sampled_from(["", " ", "\n", ",", "x", "1", "<", ">", "_"])),
                max_size=14))
@example(parts=["[[PERSON_1]]", "(", "< LITERAL_1 >"])
def test_restore_of_redact_is_identity(redactor: PIIRedactor, parts: list[str]) -> None:
    text = "".join(parts)
    ctx = Context()
    d = redactor(text, ctx)
    redacted = text if d.text is None else d.text
    assert restore_placeholders(redacted, ctx.vault) == text
    companion = redactor.output_companion()
    out = companion(redacted, ctx)
    assert "unknown_placeholders" not in out.data
    whole = redacted if out.text is None else out.text
    # and streamed, in small chunks
    streamed = "".join(restore_stream([redacted[i:i + 3] for i in range(0, len(redacted), 3)],
                                      ctx))
    if "](" in redacted:
        # documented (docs/guards/pii.md): after a `](` that no link or image opening explains
        # ("]]" then "(212) ..." from the samples), the rest of the line counts as a fetched
        # URL and its placeholders stay placeholders; everything else is restored exactly.
        # When nothing stayed (only <LITERAL_n> after it, which is always restored) the output
        # is the text itself, and restoring it again would read the user's own "< LITERAL_1 >"
        # as a placeholder (found by hypothesis: ['[[PERSON_1]]', '(', '< LITERAL_1 >'])
        for out_text in (whole, streamed):
            assert out_text == text or restore_placeholders(out_text, ctx.vault) == text
        return
    assert whole == text
    assert streamed == text


def test_a_placeholder_after_an_unexplained_link_bracket_stays_a_placeholder(
        redactor: PIIRedactor) -> None:
    # the case hypothesis found (the "]]" sample before a phone sample): shown as a
    # placeholder, never restored into what a renderer might fetch, and restorable exactly
    text = "]](212) 555-0134jane.doe@example.com"
    ctx = Context()
    redacted = redactor(text, ctx).text
    assert redacted is not None and "](" in redacted
    out = redactor.output_companion()(redacted, ctx)
    shown = redacted if out.text is None else out.text
    assert "jane.doe@example.com" not in shown and "kept" in out.reason
    assert restore_placeholders(shown, ctx.vault) == text


def test_restore_accepts_a_vault_or_a_mapping() -> None:
    vault = InMemoryVault()
    vault.put("<PERSON_1>", "Ada")
    assert restore_placeholders("<PERSON_1>", vault) == "Ada"
    assert restore_placeholders("<PERSON_1>", {"<PERSON_1>": "Ada"}) == "Ada"
