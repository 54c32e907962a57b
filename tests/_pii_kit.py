"""Shared by the PII tests: redact a text and check the round trip on the way."""

from __future__ import annotations

from guardwire import Context
from guardwire.guards.pii import PIIRedactor, restore_placeholders


def round_trip(guard: PIIRedactor, text: str) -> str:
    """What the model sees of ``text`` (asserting that restoring it gives ``text`` back)."""
    ctx = Context()
    d = guard(text, ctx)
    redacted = text if d.text is None else d.text
    assert restore_placeholders(redacted, ctx.vault) == text
    return redacted
