"""A Markdown link whose text is a placeholder in square brackets keeps its brackets:
``[PERSON_1](mailto:<EMAIL_ADDRESS_1>)`` is a link, not a bracketed placeholder followed by
``(``; it was restored as ``Ada Lovelace(mailto:ada@x.org)`` and the user saw no link. Whole
and streamed (any chunking) restorations agree."""

from __future__ import annotations

import pytest

from guardwire import Context
from guardwire.guards.pii import PIIRestorer

VAULT = {"<PERSON_1>": "Ada Lovelace", "<EMAIL_ADDRESS_1>": "ada@x.org",
         "<URL_1>": "https://a.example/x"}


def ctx() -> Context:
    c = Context()
    for k, v in VAULT.items():
        c.vault.put(k, v)
    return c


@pytest.mark.parametrize(("answer", "shown"), [
    ("Contact [PERSON_1](mailto:<EMAIL_ADDRESS_1>).", "Contact [Ada Lovelace](mailto:ada@x.org)."),
    ("[EMAIL_ADDRESS_1](mailto:EMAIL_ADDRESS_1)", "[ada@x.org](mailto:ada@x.org)"),
    ("See [URL_1](URL_1)", "See [https://a.example/x](https://a.example/x)"),
    ("[person_1](<URL_1>)", "[Ada Lovelace](https://a.example/x)"),
    # not a link: the brackets are the placeholder's
    ("Dear [PERSON_1], hi", "Dear Ada Lovelace, hi"),
    ("See [PERSON_1] (the author)", "See Ada Lovelace (the author)"),
    ("[PERSON_1]", "Ada Lovelace"),
    ("[[PERSON_1]](URL_1)", "[Ada Lovelace](https://a.example/x)"),
    # reference-style links: [text][label] and [text][] (restored as "Ada Lovelace[1]"
    # before, and the reference was lost)
    ("See [PERSON_1][1].\n\n[1]: https://a.example/x",
     "See [Ada Lovelace][1].\n\n[1]: https://a.example/x"),
    ("Ask [PERSON_1][] today", "Ask [Ada Lovelace][] today"),
    ("Mail [EMAIL_ADDRESS_1][mail]", "Mail [ada@x.org][mail]"),
    # two placeholders side by side are not a link
    ("[PERSON_1][EMAIL_ADDRESS_1]", "Ada Lovelaceada@x.org"),
    ("[PERSON_1] [1]", "Ada Lovelace [1]"),
])
def test_link_text_keeps_its_brackets(answer: str, shown: str) -> None:
    restorer = PIIRestorer()
    assert restorer(answer, ctx()).text == shown
    for cut in range(len(answer) + 1):
        for cut2 in range(cut, len(answer) + 1):
            proc = restorer.start_stream(ctx())
            streamed = (proc.feed(answer[:cut]) + proc.feed(answer[cut:cut2])
                        + proc.feed(answer[cut2:]) + proc.flush())
            assert streamed == shown, (cut, cut2)
