"""An incremental stream's Decision reports what its processor did, like the whole-text guard.

Before, every per-chunk guard's Decision was ``{"streamed": True}``: an invented
``<PERSON_7>`` in a streamed answer was not flagged (buffered mode flagged it), and the slots
guard's ``filled``/``stripped`` were missing.
"""

from __future__ import annotations

from typing import Any

from guardwire import Context, Decision, Pipeline, guarded
from guardwire.guards.pii import PIIRedactor
from guardwire.guards.slots import SlotFiller
from guardwire.testing import FakeLLM


def last_output_decisions(ctx: Context) -> dict[str, Decision]:
    out = [v for v in ctx.verdicts if v.stage == "output"][-1]
    return {d.guard: d for d in out.decisions}


def run(pipeline: Pipeline, answer: str, prompt: str, ctx: Context) -> str:
    fake = FakeLLM(answer, chunk_size=3)
    return "".join(guarded(fake.stream, pipeline=pipeline)(prompt, guard_ctx=ctx))


def test_a_streamed_invented_placeholder_is_flagged_like_a_whole_answer() -> None:
    redactor = PIIRedactor(ner="off")
    redactor.warm()
    ctx = Context()
    out = run(Pipeline(input=[redactor], stream_mode="incremental"),
              "Mail <EMAIL_ADDRESS_1> and <PERSON_7>.", "I am ada@example.com", ctx)
    assert out == "Mail ada@example.com and <PERSON_7>."
    d = last_output_decisions(ctx)["pii_restore"]
    assert d.data["streamed"] is True
    assert d.data["restored"] == {"EMAIL_ADDRESS": 1}
    assert d.data["unknown_placeholders"] == ["<PERSON_7>"]


def test_a_stream_that_only_met_an_unknown_placeholder_fires() -> None:
    redactor = PIIRedactor(ner="off")
    ctx = Context()
    run(Pipeline(input=[redactor], stream_mode="incremental"), "Hello <PERSON_7>.", "hi", ctx)
    d = last_output_decisions(ctx)["pii_restore"]
    assert d.action == "allow" and d.fired and "PERSON_7" in d.reason


def test_streamed_slots_report_what_they_filled_and_stripped() -> None:
    ctx = Context(metadata={"slots": {"total": 12}})
    out = run(Pipeline(output=[SlotFiller()], stream_mode="incremental"),
              "Total <total> events, <nope> left.", "how many?", ctx)
    assert out == "Total 12 events, left."
    d = last_output_decisions(ctx)["slots"]
    assert d.data["filled"] == {"total": "12"} and d.data["stripped"] == ["nope"]


class Broken:
    name = "broken_data"

    def __call__(self, text: str, ctx: Context) -> Decision:
        return Decision.allow()

    def start_stream(self, ctx: Context) -> Any:
        class Proc:
            def feed(self, chunk: str) -> str:
                return chunk

            def flush(self) -> str:
                return ""

            def decision_data(self) -> dict[str, Any]:
                raise RuntimeError("boom")
        return Proc()


def test_a_failing_decision_data_is_reported_not_raised() -> None:
    ctx = Context()
    out = run(Pipeline(output=[Broken()], stream_mode="incremental"), "fine answer", "q", ctx)
    assert out == "fine answer"
    d = last_output_decisions(ctx)["broken_data"]
    assert d.data["decision_data_error"] == "RuntimeError: boom" and d.fired
