"""A SchemaGuard reason quoted the user's validator message, which may name the value it
refused ("code 'ZX-99341' is revoked"), and ``Verdict.to_dict()`` (texts left out by
default) wrote it into every log line: in the reason of each re-ask, and in the reason and
``data["errors"]`` issue lines of the failed Decision. Now the guard lists its issue lines in
``data["without_texts"]`` with their value-free form (error type and path), which
``to_dict()`` writes instead unless ``texts=True``; the re-ask prompt to the model, the
Decision's own reason and the exception keep the message."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import BaseModel, field_validator

from guardwire import Context, Decision, Pipeline, guarded
from guardwire.exceptions import RepairFailed
from guardwire.guards.schema import SchemaGuard
from guardwire.testing import FakeLLM

CODE = "ZX-99341"
ANSWER = f'{{"item": "mug", "code": "{CODE}"}}'


class Order(BaseModel):
    item: str
    code: str

    @field_validator("code")
    @classmethod
    def not_revoked(cls, v: str) -> str:
        raise ValueError(f"code {v!r} is revoked")


def refused(**options: Any) -> tuple[Context, Any]:
    ask = guarded(FakeLLM(ANSWER), pipeline=Pipeline(output=[SchemaGuard(Order, max_reasks=1,
                                                                         **options)]))
    ctx = Context()
    if options.get("on_exhausted") == "pass":
        return ctx, ask("order a mug", guard_ctx=ctx)
    with pytest.raises(RepairFailed) as caught:
        ask("order a mug", guard_ctx=ctx)
    return ctx, caught.value


def schema_decisions(ctx: Context) -> list[Decision]:
    return [d for v in ctx.verdicts for d in v.decisions if d.guard == "schema"]


def test_a_default_log_line_names_the_error_not_the_refused_value() -> None:
    ctx, error = refused()
    reask, failed = schema_decisions(ctx)
    issue = f"Constraint violation: code: Value error, code '{CODE}' is revoked"
    # what the guard itself says, and what the model is asked, keep the message
    assert reask.reason == f"answer is not a valid Order: {issue}"
    assert reask.text is not None and f"- {issue}" in reask.text
    assert CODE in failed.reason and CODE in str(error)
    line = json.dumps([v.to_dict() for v in ctx.verdicts])
    assert CODE not in line and "revoked" not in line and "without_texts" not in line
    logged = [d.to_dict() for d in (reask, failed)]
    assert logged[0]["reason"] == "answer is not a valid Order: value_error at code"
    assert logged[1]["reason"] == ("schema repair failed after 1 re-ask(s), max_reasks=1 "
                                   "reached: value_error at code")
    assert logged[1]["data"]["errors"] == [["value_error at code"], ["value_error at code"]]
    assert logged[0]["data"]["errors"] == [{"loc": "code", "type": "value_error"}]
    assert reask.reason_without_texts == logged[0]["reason"]


def test_texts_true_writes_the_messages() -> None:
    ctx, _ = refused()
    full = json.dumps([v.to_dict(texts=True) for v in ctx.verdicts])
    assert f"code '{CODE}' is revoked" in full and "without_texts" not in full
    failed = schema_decisions(ctx)[1].to_dict(texts=True)
    assert CODE in failed["reason"] and CODE in failed["data"]["errors"][0][0]


def test_on_exhausted_pass_logs_the_same_facts() -> None:
    ctx, answer = refused(on_exhausted="pass")
    assert answer == ANSWER
    passed = schema_decisions(ctx)[-1]
    assert passed.action == "allow" and passed.degraded and CODE in passed.reason
    logged = passed.to_dict()
    assert CODE not in json.dumps(logged) and logged["reason"].endswith("value_error at code")


def test_any_guard_can_name_the_texts_its_reason_quotes() -> None:
    d = Decision.block("refused 'Ada Lovelace' twice", count=2, seen=["'Ada Lovelace'"],
                       without_texts={"'Ada Lovelace'": "a name"})
    assert d.to_dict()["reason"] == "refused a name twice"
    assert d.to_dict()["data"] == {"count": 2, "seen": ["a name"]}
    assert d.to_dict(texts=True)["reason"] == d.reason
    assert d.to_dict(texts=True)["data"] == {"count": 2, "seen": ["'Ada Lovelace'"]}


def test_the_pipelines_own_reask_cap_keeps_the_value_out_of_the_log() -> None:
    """The pipeline's bound (here 1) comes before the guard's (3): the block it builds quotes
    the schema reason, and used to drop its value-free form, so the log named the code."""
    ask = guarded(FakeLLM(ANSWER), pipeline=Pipeline(output=[SchemaGuard(Order, max_reasks=3)],
                                                     max_reasks=1))
    ctx = Context()
    with pytest.raises(RepairFailed):
        ask("order a mug", guard_ctx=ctx)
    blocks = [d for v in ctx.verdicts for d in v.decisions if d.action == "block"]
    assert blocks and CODE in blocks[-1].reason  # the Decision itself keeps the message
    line = json.dumps([v.to_dict() for v in ctx.verdicts])
    assert CODE not in line and "revoked" not in line and "value_error at code" in line


def test_spans_carry_the_value_free_reason_unless_record_text() -> None:
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    def spans(record_text: bool) -> str:
        exporter = InMemorySpanExporter()
        tp = TracerProvider()
        tp.add_span_processor(SimpleSpanProcessor(exporter))
        ask = guarded(FakeLLM(ANSWER), pipeline=Pipeline(
            output=[SchemaGuard(Order, max_reasks=1)], tracer_provider=tp,
            record_text=record_text))
        with pytest.raises(RepairFailed):
            ask("order a mug")
        return json.dumps([{**dict(s.attributes or {}), "status": s.status.description}
                           for s in exporter.get_finished_spans()], default=str)

    quiet = spans(record_text=False)
    assert "value_error at code" in quiet and CODE not in quiet and "revoked" not in quiet
    assert f"code '{CODE}' is revoked" in spans(record_text=True)
