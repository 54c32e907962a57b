"""Two redactions of one Context at the same time (an app redacting several texts of one
request from its own threads): each works on a private copy of the vault, so both number
their value <EMAIL_ADDRESS_1>. Before, both merged and the vault kept one value for both
texts (the other text's placeholder restored to the wrong address); the second is now redone
on the merged vault."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from guardwire import Context
from guardwire.guards.pii import PIIRedactor


def test_concurrent_redactions_never_give_one_placeholder_two_values(
        monkeypatch: pytest.MonkeyPatch) -> None:
    redactor = PIIRedactor(ner="off")
    redactor.warm()
    first_round = threading.Barrier(2, timeout=10)
    rounds: list[str] = []
    original = PIIRedactor._call

    def slow_call(self: PIIRedactor, text: str, ctx: Context) -> Any:
        d = original(self, text, ctx)
        rounds.append(text)
        if len(rounds) <= 2:
            first_round.wait()  # both have numbered their value before either merges
        return d

    monkeypatch.setattr(PIIRedactor, "_call", slow_call)
    ctx = Context()
    results: dict[str, str] = {}

    def run(text: str) -> None:
        results[text] = redactor(text, ctx).text

    texts = ["mail ada@example.com", "mail bob@example.org"]
    threads = [threading.Thread(target=run, args=(t,)) for t in texts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(rounds) == 3  # one of the two was redone after the other merged
    vault = dict(ctx.vault.items())
    assert sorted(vault) == ["<EMAIL_ADDRESS_1>", "<EMAIL_ADDRESS_2>"]
    for text in texts:  # each text's placeholder restores to its own address
        placeholder = results[text].split()[1]
        assert vault[placeholder] == text.split()[1]


def test_sequential_redactions_of_one_context_share_the_numbering() -> None:
    redactor = PIIRedactor(ner="off")
    ctx = Context()
    assert redactor("mail ada@example.com", ctx).text == "mail <EMAIL_ADDRESS_1>"
    assert redactor("mail bob@example.org and ada@example.com", ctx).text == (
        "mail <EMAIL_ADDRESS_2> and <EMAIL_ADDRESS_1>")
    assert dict(ctx.vault.items()) == {"<EMAIL_ADDRESS_1>": "ada@example.com",
                                       "<EMAIL_ADDRESS_2>": "bob@example.org"}
