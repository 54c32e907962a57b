"""Verdict.to_dict() leaves the texts of the call out by default (review of the ninth session):
AbuseGate's repetition block writes the repeated part of the user's text in ``data["unit"]``
and in its reason ("input is mostly repetition: ' call me on 07700 900123' repeated 120
times"), so a default log line held the user's phone number."""

from __future__ import annotations

import json

import pytest

from guardwire import Context, Pipeline, guarded
from guardwire.exceptions import InputBlocked
from guardwire.guards.abuse import AbuseGate
from guardwire.testing import FakeLLM

NUMBER = "07700 900123"


def blocked_verdict() -> Context:
    ask = guarded(FakeLLM("ok"), pipeline=Pipeline(input=[AbuseGate()]))
    ctx = Context()
    with pytest.raises(InputBlocked):
        ask("Hi. " + f"call me on {NUMBER} " * 120, guard_ctx=ctx)
    return ctx


def test_the_repeated_text_is_not_in_a_default_log_line() -> None:
    ctx = blocked_verdict()
    d = ctx.verdicts[0].decisions[0]
    assert NUMBER in d.reason and NUMBER in d.data["unit"]  # the guard's own message keeps it
    line = json.dumps([v.to_dict() for v in ctx.verdicts])
    assert NUMBER not in line
    logged = ctx.verdicts[0].to_dict()["decisions"][0]
    assert "unit" not in logged["data"]
    assert logged["reason"].startswith("input is mostly repetition: ")
    assert logged["data"]["count"] == 120


def test_texts_true_still_writes_it() -> None:
    ctx = blocked_verdict()
    logged = ctx.verdicts[0].to_dict(texts=True)["decisions"][0]
    assert NUMBER in logged["data"]["unit"] and NUMBER in logged["reason"]


def test_another_guards_unit_key_is_kept() -> None:
    from guardwire import Decision

    d = Decision.block("weight 5 kg is over the limit", unit="kg", value=5)
    logged = d.to_dict()
    assert logged["data"]["unit"] == "kg" and logged["reason"] == "weight 5 kg is over the limit"
