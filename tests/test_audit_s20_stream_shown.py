"""Audit (session twenty): an incremental stream that ends early counts, in its interrupted
verdict, the text its per-chunk guards released from their hold-back at the end of the
answer (or of an Anthropic text block). That text was not counted: a stream whose whole
answer had been held back (it ended in what could become a placeholder) and was shown at its
end, then closed by the consumer, was recorded with ``shown_chars=0`` and not degraded,
although the user saw text no whole-answer guard had checked."""

from __future__ import annotations

from typing import Any

from guardwire import Context, Pipeline, guarded
from guardwire.guards.pii import PIIRedactor
from guardwire.testing import FakeLLM


def _first_chunk_then_close(answer: str) -> tuple[list[Any], Context]:
    p = Pipeline(input=[PIIRedactor(ner="off")], stream_mode="incremental")
    ctx = Context()
    stream = guarded(FakeLLM(answer, chunk_size=100).stream, pipeline=p)("mail a@b.com",
                                                                         guard_ctx=ctx)
    got = []
    for chunk in stream:
        got.append(chunk)
        break
    stream.close()
    return got, ctx


def test_held_back_text_released_at_the_end_counts_as_shown() -> None:
    got, ctx = _first_chunk_then_close("<EMAIL_ADDRESS")
    assert got == ["<EMAIL_ADDRESS"]
    v = ctx.verdicts[-1]
    note = v.decisions[-1]
    assert note.guard == "pipeline" and note.data["interrupted"] is True
    assert note.data["shown_chars"] == len("<EMAIL_ADDRESS")
    assert v.degraded


def test_nothing_shown_is_not_degraded() -> None:
    p = Pipeline(input=[PIIRedactor(ner="off")], stream_mode="incremental")
    ctx = Context()
    stream = guarded(FakeLLM("<EMAIL_ADDRESS", chunk_size=100).stream, pipeline=p)(
        "mail a@b.com", guard_ctx=ctx)
    stream.close()  # never iterated: nothing shown
    assert all(not v.degraded for v in ctx.verdicts)
