"""A bracket placeholder right before a wiki-link placeholder ("[EMAIL_ADDRESS_1][[PERSON_1]]")
was read as a reference-style link's text by the whole-text restorer (brackets kept:
"[ada@example.com][[Ada Lovelace]]") and as two placeholders by the stream restorer
("ada@example.com[[Ada Lovelace]]"): a streamed answer differed from the same answer whole
(seventh-session review; found by test_pii_restore's stream property). Two placeholders, as
for "[PERSON_1][EMAIL_ADDRESS_1]"."""

from __future__ import annotations

import pytest

from guardwire.guards.pii import PlaceholderStream, restore_placeholders
from guardwire.guards.pii.placeholders import syntax_for

VAULT = {"<PERSON_1>": "Ada Lovelace", "<EMAIL_ADDRESS_1>": "ada@example.com"}


def streamed(text: str, size: int) -> str:
    proc = PlaceholderStream(VAULT, syntax_for(frozenset({"PERSON", "EMAIL_ADDRESS"})))
    return "".join(proc.feed(text[i:i + size]) for i in range(0, len(text), size)) + (
        proc.flush())


@pytest.mark.parametrize(("text", "restored"), [
    ("[EMAIL_ADDRESS_1][[PERSON_1]]", "ada@example.com[[Ada Lovelace]]"),
    ("[PERSON_1][[ EMAIL_ADDRESS_1]]", "Ada Lovelace[[ada@example.com]]"),
    # reference-style links keep their brackets, as before
    ("[PERSON_1][1]", "[Ada Lovelace][1]"),
    ("see [PERSON_1][] now", "see [Ada Lovelace][] now"),
    ("[PERSON_1][[x]]", "[Ada Lovelace][[x]]"),
    # a cut right after a bracket placeholder's "][" read it as the text's end (a link)
    ("PERSON[PERSON_1][[PERSON_1][EMAIL_ADDRESS_1]PERSON",
     "PERSONAda Lovelace[Ada Lovelaceada@example.comPERSON"),
    ("<PERSON_1>[EMAIL_ADDRESS_1][[EMAIL_ADDRESS_1][EMAIL_ADDRESS_1]1",
     "Ada Lovelaceada@example.com[ada@example.comada@example.com1"),
    ("[PERSON_1][EMAIL_ADDRESS_1] and [PERSON_1][2]",
     "Ada Lovelaceada@example.com and [Ada Lovelace][2]"),
])
def test_stream_and_whole_text_agree(text: str, restored: str) -> None:
    assert restore_placeholders(text, VAULT) == restored
    for size in range(1, len(text) + 1):
        assert streamed(text, size) == restored, size
