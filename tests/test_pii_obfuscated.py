"""Values written so that a pattern misses them but a reader (and the model) does not:
full-width forms (CJK keyboards type ``ＪＯＨＮ＠ＥＸＡＭＰＬＥ．ＣＯＭ``) and spelled-out e-mail
addresses (``john at example dot com``). Each is redacted whole and comes back exactly."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _pii_kit import round_trip
from guardwire.guards.pii import PIIRedactor
from guardwire.guards.pii.views import detection_view

FULL = str.maketrans({chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)} | {" ": "\u3000"})


@pytest.fixture(scope="module")
def guard() -> PIIRedactor:
    return PIIRedactor(ner="off")


def test_view_reads_full_width_forms_as_ascii() -> None:
    text = "mail ＪＯＨＮ＠ＥＸＡＭＰＬＥ．ＣＯＭ\u3000now"
    view = detection_view(text)
    assert view is not None
    seen, starts, ends = view
    assert seen == "mail JOHN@EXAMPLE.COM now"
    assert [text[s:e] for s, e in zip(starts, ends, strict=True)] == list(text)


@pytest.mark.parametrize("value, kind", [
    ("ada.lovelace@example.com", "EMAIL_ADDRESS"),
    ("4111 1111 1111 1111", "CREDIT_CARD"),
    ("192.168.10.27", "IP_ADDRESS"),
    ("DE89 3704 0044 0532 0130 00", "IBAN_CODE"),
    ("https://ada.example.com/profile", "URL"),
])
def test_full_width_values_are_redacted_whole(guard: PIIRedactor, value: str,
                                              kind: str) -> None:
    wide = value.translate(FULL)
    out = round_trip(guard, f"メール：{wide}　です")
    assert out == f"メール：<{kind}_1>　です"


@pytest.mark.parametrize("text, expected", [
    ("see example.community now", "see <URL_1> now"),
    ("see https://example.community/x now", "see <URL_1> now"),
    ("see https://example.com?name=Ada+Lovelace now", "see <URL_1> now"),
    ("see https://example.com#ada-lovelace now", "see <URL_1> now"),
    ("see example.com:8080/admin?user=ada now", "see <URL_1> now"),
    ("see https://en.wikipedia.org/wiki/Ada_(name) ok", "see <URL_1> ok"),
    ("(see https://example.com/x).", "(see <URL_1>)."),
    ("is it example.com:8080?", "is it <URL_1>?"),
    # a word glued to a top-level name is no URL (john.sm|ith, ada.love|lace): nothing of it
    # was half-replaced
    ("mail john.smith today", "mail john.smith today"),
    ("call ada.lovelace or else", "call ada.lovelace or else"),
    ("I went home.Then it rained", "I went home.Then it rained"),
    ("I went home.Next day", "I went <URL_1> day"),  # .next is a top-level name: whole
    ("see example.com now", "see <URL_1> now"),
    ("see shop.example.co.uk, then", "see <URL_1>, then"),
])
def test_url_detections_cover_the_whole_url(guard: PIIRedactor, text: str,
                                            expected: str) -> None:
    assert round_trip(guard, text) == expected


@pytest.mark.parametrize("address", [
    "john at example dot com",
    "john AT example DOT com",
    "john [at] example [dot] com",
    "john(at)example(dot)com",
    "john {at} example {dot} com",
    "john <at> example <dot> com",
    "john [at] example.com",
    "john (at) example.com",
    "john.smith at example dot co dot uk",
    "john dot smith at example dot com",
    "john @ example.com",
    "john@example[.]com",
    "john[@]example[.]com",
    "j.smith at example.com",
    "john_smith at corp dot local",
])
def test_spelled_out_addresses_are_redacted_whole(guard: PIIRedactor, address: str) -> None:
    assert round_trip(guard, f"Write to {address} please") == \
        "Write to <EMAIL_ADDRESS_1> please"


@pytest.mark.parametrize("text", [
    "Look at example.com for details",  # a site, not an address (the URL is redacted)
    "We met at noon dot the end",
    "Meet me at the office dot com",
    "Go to john at the bar",
    "She arrived at home dot then left",
    "I'm at example dot foo",  # no public suffix
])
def test_prose_with_at_and_dot_is_no_address(guard: PIIRedactor, text: str) -> None:
    assert "EMAIL_ADDRESS" not in round_trip(guard, text)


def test_a_mention_or_template_expression_is_no_address(guard: PIIRedactor) -> None:
    # (the URL recognizer takes "product.name": .name is a top-level name)
    out = round_trip(guard, "Hello as @User.Identity.Name and raw @product.name")
    assert "EMAIL_ADDRESS" not in out and "as @" in out and "raw @" in out


@pytest.fixture(scope="module")
def ner_guard() -> PIIRedactor:
    return PIIRedactor()


def test_json_escapes_in_a_user_message_hide_no_value(guard: PIIRedactor) -> None:
    # a pasted JSON document: "zo\u00eb@example.com" sent "zo\<EMAIL_ADDRESS_1>"
    text = '{"email": "zo\\u00eb@example.com", "card": "4111\\u00201111 1111 1111"}'
    assert round_trip(guard, text) == '{"email": "<EMAIL_ADDRESS_1>", "card": "<CREDIT_CARD_1>"}'


def test_json_escaped_names_are_found(ner_guard: PIIRedactor) -> None:
    text = '{"name": "Zo\\u00eb Ashworth", "note": "My name is Bj\\u00f6rn Andr\\u00e9sen"}'
    out = round_trip(ner_guard, text)
    assert "Zo\\u00eb" not in out and "Bj\\u00f6rn" not in out, out


def test_view_decodes_json_escapes_only_where_they_are_escapes() -> None:
    text = 'a \\u00e9 \\\\u00e9 \\ud83d\\ude00 \\ud83d x \\u12'
    view = detection_view(text)
    assert view is not None
    seen, starts, ends = view
    # an escaped backslash before "u00e9" is no escape, a lone surrogate stays as written
    assert seen == 'a \u00e9 \\\\u00e9 \U0001F600 \\ud83d x \\u12'
    assert [text[s:e] for s, e in zip(starts, ends, strict=True)][2] == "\\u00e9"


@pytest.mark.parametrize("text, expected", [
    ("mail ada&#64;example.com now", "mail <EMAIL_ADDRESS_1> now"),
    ("mail ada&#x40;example&#46;com now", "mail <EMAIL_ADDRESS_1> now"),
    ("mail ada&commat;example&period;com now", "mail <EMAIL_ADDRESS_1> now"),
    ('<a href="mailto:ada&#64;example.com">x</a>', '<a href="mailto:<EMAIL_ADDRESS_1>">x</a>'),
    ("AT&amp;T and &lt;b&gt; stay", "AT&amp;T and &lt;b&gt; stay"),
    ("&#0; &#xD800; &nosuch; &#99999999; stay", "&#0; &#xD800; &nosuch; &#99999999; stay"),
])
def test_html_character_references_hide_no_value(guard: PIIRedactor, text: str,
                                                 expected: str) -> None:
    # pasted HTML, or an address obfuscated for a web page
    assert round_trip(guard, text) == expected


def test_html_escaped_name(ner_guard: PIIRedactor) -> None:
    out = round_trip(ner_guard, "<p>My name is Zo&euml; Ashworth</p>")
    assert "Zo&euml;" not in out and "Ashworth" not in out, out


@pytest.mark.parametrize("text, hidden", [
    ("<p>My name is Zoe Ashworth</p>", "Ashworth"),  # spaCy read "Ashworth</p" as a word
    ("<b>Zoe Ashworth</b> wrote", "Zoe"),
    ("<li>Ravi Patel</li><li>Zoe Ashworth</li>", "Patel"),
    ('see <a href="https://ex.com/">Ada Lovelace</a>', "Ada"),
    ('<span class="n">Zoe Ashworth</span>', "Zoe"),
])
def test_names_inside_html_tags_are_redacted_whole(ner_guard: PIIRedactor, text: str,
                                                   hidden: str) -> None:
    assert hidden not in round_trip(ner_guard, text)


def test_view_reads_tags_as_blanks_and_keeps_attributes() -> None:
    text = '<p>Hi <a href="https://x.example/?u=ada">Ada</a></p>'
    view = detection_view(text)
    assert view is not None
    assert view[0] == ' Hi  a href="https://x.example/?u=ada" Ada  '
    text = "Dear <Ada>, see <PERSON_1>"  # not HTML elements: as written
    assert (detection_view(text) or (text,))[0] == text


@pytest.mark.parametrize("text, hidden", [
    ("Ping [Zoe Ashworth](mailto:zoe@example.com)", "Ashworth"),  # "Ashworth](mailto:…"
    ("I'm ZOE ASHWORTH", "ASHWORTH"),
    ("Thanks, ZOE ASHWORTH", "ASHWORTH"),
])
def test_names_in_markdown_links_and_in_capitals_are_redacted_whole(
        ner_guard: PIIRedactor, text: str, hidden: str) -> None:
    assert hidden not in round_trip(ner_guard, text)


def test_capitals_after_a_name_in_capitals_only() -> None:
    from test_pii_person import names

    # an acronym after a name in ordinary case is not part of it
    assert names("Ask Orla NASA today", ("Orla", "PERSON")) == ["Orla"]
    assert names("Ask ORLA QUELLBRANDT today", ("ORLA", "PERSON")) == ["ORLA QUELLBRANDT"]


@pytest.mark.parametrize("card", ["4111.1111.1111.1111", "5500.0000.0000.0004",
                                  "3782.822463.10005"])
def test_card_numbers_grouped_with_dots_are_redacted(guard: PIIRedactor, card: str) -> None:
    assert round_trip(guard, f"card {card} ok") == "card <CREDIT_CARD_1> ok"


def test_dotted_numbers_that_fail_luhn_are_no_card(guard: PIIRedactor) -> None:
    assert "CREDIT_CARD" not in round_trip(guard, "build 4111.1111.1111.1112 ok")


PIECES = ["john", " at ", " dot ", "example", ".com", "[at]", "(dot)", "@", " @ ", "[.]",
          "ＪＯＨＮ", "＠", "．", "\u3000", " ", "https://", "x.example.com", "?name=", "#f",
          ":8080", "/p", "(", ")", "<PERSON_1>", "PERSON_1", "\\[\\[PERSON\\_1\\]\\]", "［［",
          "］］", "\\u00e9", "\\\\", "\\ud83d", "&#64;", "&amp;", "&nosuch;", "<p>", "</p>",
          '<a href="', '">', "](", "[", "]", "4111.1111.1111.1111", "%40", "\u200b", ",",
          "\n", "ada"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=14))
def test_restore_of_redact_is_identity_with_encoded_shapes(guard: PIIRedactor,
                                                           parts: list[str]) -> None:
    round_trip(guard, "".join(parts))
