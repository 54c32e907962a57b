"""``guardwire.testing.assert_stream_consistent``: a guard author can check offline that the
guard's per-chunk processor gives what the guard gives for the whole text — the contract the
pipeline relies on (docs/streaming.md), which no helper checked before."""

from __future__ import annotations

import pytest

from guardwire import Context, Decision
from guardwire.guards.pii import PIIRedactor
from guardwire.testing import assert_stream_consistent


class Mask:
    """Output guard: ``secret`` → ``[x]``; ``hold`` says whether its processor keeps back a
    tail that could still become the word."""

    name = "mask"

    def __init__(self, hold: bool = True) -> None:
        self.hold = hold

    def __call__(self, text: str, ctx: Context) -> Decision:
        if "secret" not in text:
            return Decision.allow()
        return Decision.rewrite(text.replace("secret", "[x]"), "masked")

    def start_stream(self, ctx: Context) -> _MaskStream:
        return _MaskStream(self.hold)


class _MaskStream:
    def __init__(self, hold: bool) -> None:
        self.hold, self.held = hold, ""

    def feed(self, chunk: str) -> str:
        text = (self.held + chunk).replace("secret", "[x]")
        keep = next((n for n in range(5, 0, -1) if text.endswith("secret"[:n])), 0)
        if not self.hold:
            keep = 0
        self.held = text[len(text) - keep:] if keep else ""
        return text[:len(text) - keep]

    def flush(self) -> str:
        out, self.held = self.held, ""
        return out


def test_a_processor_that_holds_back_passes() -> None:
    assert_stream_consistent(Mask(), "the secret is out, secret!")
    assert_stream_consistent(Mask(), "nothing to hide")


def test_a_processor_without_hold_back_is_caught() -> None:
    with pytest.raises(AssertionError) as err:
        assert_stream_consistent(Mask(hold=False), "the secret is out")
    assert "chunks of 1 characters" in str(err.value)
    assert "'the [x] is out'" in str(err.value)  # what the whole-text guard gives


def test_the_pii_restorer_with_a_vault_from_make_ctx() -> None:
    def ctx() -> Context:
        c = Context()
        c.vault.put("<EMAIL_ADDRESS_1>", "ana@example.com")
        return c

    restore = PIIRedactor(ner="off").output_companion()
    assert_stream_consistent(restore, "Mail <EMAIL_ADDRESS_1> or <PERSON_3>.", make_ctx=ctx)


def test_an_async_guard_and_bad_processors() -> None:
    class AsyncMask(Mask):
        async def __call__(self, text: str, ctx: Context) -> Decision:  # type: ignore[override]
            return Mask.__call__(self, text, ctx)

    assert_stream_consistent(AsyncMask(), "a secret")

    class NoProcessor(Mask):
        def start_stream(self, ctx: Context) -> None:  # type: ignore[override]
            return None

    with pytest.raises(AssertionError, match="returned None"):
        assert_stream_consistent(NoProcessor(), "a secret")
    with pytest.raises(AssertionError, match="no start_stream"):
        assert_stream_consistent(lambda text, ctx: Decision.allow(), "a secret")
    with pytest.raises(ValueError, match="at least 1"):
        assert_stream_consistent(Mask(), "a secret", chunk_sizes=[0])


def test_a_text_the_guard_blocks_is_named_not_compared() -> None:
    """A blocked text has no rewrite to compare the stream with: it used to be compared with
    the raw text, so SlotFiller(on_unknown='block') 'failed' with two texts that differ only
    by the slot it strips, a misleading report about a correct processor."""
    from guardwire.guards.slots import SlotFiller

    with pytest.raises(AssertionError, match="blocks this text") as err:
        assert_stream_consistent(SlotFiller(on_unknown="block"), "total <mystery> units")
    assert "unresolved slot" in str(err.value)
