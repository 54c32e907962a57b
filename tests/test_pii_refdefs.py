"""A Markdown reference definition whose label is a placeholder keeps its brackets.

``[PERSON_1]: https://…`` (the model defines the link that ``[PERSON_1][]`` uses) was
restored as ``Ada Lovelace: https://…``: the definition was gone, the user saw its line as
text and the reference ``[Ada Lovelace][]`` was no link. A line that only starts like one
(a dialogue label ``[PERSON_1]: Hi``) is not a definition: its brackets go, as before.
Whole and streamed (any chunking) restorations agree, and a stream never holds back more
than its bound."""

from __future__ import annotations

import random

import pytest

from guardwire import Context
from guardwire.guards.pii import PIIRestorer, PlaceholderStream, restore_placeholders
from guardwire.guards.pii.placeholders import syntax_for

VAULT = {"<PERSON_1>": "Ada Lovelace", "<EMAIL_ADDRESS_1>": "ada@x.org",
         "<PERSON_123456>": "Grace Hopper", "<US_DRIVER_LICENSE_1>": "D1234567"}
TYPES = frozenset({"PERSON", "EMAIL_ADDRESS", "US_DRIVER_LICENSE"})


def ctx() -> Context:
    c = Context()
    for k, v in VAULT.items():
        c.vault.put(k, v)
    return c


def streamed(text: str, cuts: list[int]) -> str:
    proc = PlaceholderStream(VAULT, syntax_for(TYPES))
    out, at, most = [], 0, 0
    for cut in [*sorted(cuts), len(text)]:
        out.append(proc.feed(text[at:cut]))
        most = max(most, proc.held)
        at = max(at, cut)
    out.append(proc.flush())
    assert most <= proc.max_holdback
    return "".join(out)


@pytest.mark.parametrize(("answer", "shown"), [
    ("See [PERSON_1][].\n\n[PERSON_1]: https://a.example/ada",
     "See [Ada Lovelace][].\n\n[Ada Lovelace]: https://a.example/ada"),
    ("[PERSON_1]: mailto:ada@x.org", "[Ada Lovelace]: mailto:ada@x.org"),
    ("x\n   [person_1]:  <https://a.example/ada> \"Ada\"",
     "x\n   [Ada Lovelace]:  <https://a.example/ada> \"Ada\""),
    ("[EMAIL_ADDRESS_1]:\n  https://a.example/", "[ada@x.org]:\n  https://a.example/"),
    ("> [PERSON_1]: /people/ada", "> [Ada Lovelace]: /people/ada"),
    ("- [PERSON_1]: #ada", "- [Ada Lovelace]: #ada"),
    ("[PERSON_123456]: HTTPS://a.example", "[Grace Hopper]: HTTPS://a.example"),
    ("[US_DRIVER_LICENSE_1]: ./dl", "[D1234567]: ./dl"),
    # not a definition: a dialogue label, mid-line, indented code, no destination
    ("[PERSON_1]: Hi, how are you?", "Ada Lovelace: Hi, how are you?"),
    ("[PERSON_1]: I will send https://a.example", "Ada Lovelace: I will send https://a.example"),
    ("Ask [PERSON_1]: https://a.example", "Ask Ada Lovelace: https://a.example"),
    ("    [PERSON_1]: https://a.example", "    Ada Lovelace: https://a.example"),
    ("[PERSON_1]:", "Ada Lovelace:"),
    ("[PERSON_1]: ", "Ada Lovelace: "),
    ("<PERSON_1>: https://a.example", "Ada Lovelace: https://a.example"),
])
def test_definition_label_keeps_its_brackets(answer: str, shown: str) -> None:
    restorer = PIIRestorer()
    assert restorer(answer, ctx()).text == shown
    assert restore_placeholders(answer, VAULT) == shown
    for cut in range(len(answer) + 1):
        for cut2 in range(cut, len(answer) + 1):
            proc = restorer.start_stream(ctx())
            got = (proc.feed(answer[:cut]) + proc.feed(answer[cut:cut2])
                   + proc.feed(answer[cut2:]) + proc.flush())
            assert got == shown, (cut, cut2)


PARTS = ["[PERSON_1]", "[PERSON_123456]", "[US_DRIVER_LICENSE_1]", "[EMAIL_ADDRESS_1]", ":",
         ": ", "  ", "\n", "> ", "- ", "1. ", "https://", "mailto:", "HTTP", "/", "#", "<",
         ">", "x", "Hi", "[", "]", "[]", "<PERSON_1>", "\t", ".", "www.a"]


def test_stream_and_whole_text_agree_on_random_texts() -> None:
    rng = random.Random(20261207)
    for _ in range(3000):
        text = "".join(rng.choice(PARTS) for _ in range(rng.randint(1, 14)))
        cuts = [rng.randint(0, len(text)) for _ in range(rng.randint(0, 8))]
        whole = restore_placeholders(text, VAULT)
        assert streamed(text, cuts) == whole, (text, cuts)
