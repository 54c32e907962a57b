"""With ``keep_vault`` (one Context over several calls), the parts of a value split across two
messages of an earlier call are no values alone, as in the call that split them: before, a
later call did not know which vault values were parts, so 'area 212 is NYC' after 'call 212'
/ '-555-0134' reached the model as 'area <PHONE_NUMBER_1> is NYC' and the redactor reported a
phone number redacted. Whole values still recur across calls. All values invented."""

from __future__ import annotations

from typing import Any

import pytest

from guardwire import Context, Pipeline, guarded
from guardwire.guards.pii import PIIRedactor
from guardwire.testing import FakeLLM


@pytest.fixture(scope="module")
def redactor() -> PIIRedactor:
    guard = PIIRedactor(ner="off")
    guard.warm()
    return guard


def call(redactor: PIIRedactor, ctx: Context, *texts: str,
         answer: str = "ok") -> tuple[list[str], dict[str, int], str]:
    """What the model was sent, the input stage's redaction counts and the answer."""
    llm = FakeLLM([answer])
    msgs: list[dict[str, Any]] = [{"role": "user", "content": t} for t in texts]
    out = guarded(llm.chat, pipeline=Pipeline(input=[redactor]))(messages=msgs, guard_ctx=ctx)
    counts: dict[str, int] = {}
    for v in ctx.verdicts:
        if v.stage == "input":
            for d in v.decisions:
                for k, n in (d.data or {}).get("entities", {}).items():
                    counts[k] = counts.get(k, 0) + n
    return [str(m["content"]) for m in llm.calls[0]["messages"]], counts, str(out)


@pytest.mark.parametrize(("first", "later"), [
    (("call 212", "-555-0134"), "area 212 is NYC"),
    (("call me at 212-555", "-0134"), "room -0134 and 212-555 on the list"),
    (("ref 12", "34-5678"), "version 12"),
    (("email: ada.lovelace", "@example.com"), "ada.lovelace is my handle"),
])
def test_a_part_is_not_replaced_in_a_later_call(
        redactor: PIIRedactor, first: tuple[str, str], later: str) -> None:
    ctx = Context(keep_vault=True)
    seen, counts, _ = call(redactor, ctx, *first)
    assert "<" in seen[0] and seen[1].startswith("<")  # both parts redacted, as before
    seen, counts, _ = call(redactor, ctx, later)
    assert seen == [later]
    assert counts == {}


def test_whole_values_recur_and_parts_restore_in_a_later_call(redactor: PIIRedactor) -> None:
    ctx = Context(keep_vault=True)
    call(redactor, ctx, "call 212", "-555-0134", "mail ada@example.com")
    seen, counts, out = call(redactor, ctx, "yes ada@example.com, area 212",
                             answer="Calling <PHONE_NUMBER_1><PHONE_NUMBER_2>.")
    assert seen == ["yes <EMAIL_ADDRESS_1>, area 212"]
    assert counts == {"EMAIL_ADDRESS": 1}
    assert out == "Calling 212-555-0134."
    # the conversation sent again: the same placeholders, the part alone still as written
    seen, _, _ = call(redactor, ctx, "call 212", "-555-0134", "area 212")
    assert seen == ["call <PHONE_NUMBER_1>", "<PHONE_NUMBER_2>", "area 212"]
