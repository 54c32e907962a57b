"""Audit 18: a slot resolver that fails (raises, or returns None as the docs say) has its slot
stripped and the answer passes: the decision now says so (``degraded=True`` and the resolver in
its reason), whole or streamed; a resolver returning None is listed in ``resolver_errors`` as
documented (it was stripped without a word)."""

from __future__ import annotations

from typing import Any

from guardwire import Context, Pipeline, guarded
from guardwire.guards.slots import SlotFiller
from guardwire.testing import FakeLLM, capture_verdicts

ANSWER = "We saw <total> events."


def _down(ctx: Context) -> Any:
    raise ConnectionError("metrics db down")


def test_a_resolver_that_returns_none_is_a_resolver_error() -> None:
    d = SlotFiller(resolvers={"total": lambda ctx: None})(ANSWER, Context())
    assert d.text == "We saw events."
    assert d.data["resolver_errors"] == {"total": "ValueError: resolver returned None"}
    assert d.degraded


def test_a_failing_resolver_makes_the_pass_degraded() -> None:
    d = SlotFiller(resolvers={"total": _down})(ANSWER, Context())
    assert d.action == "rewrite" and d.text == "We saw events."
    assert d.degraded and "resolver failed: total" in d.reason


def test_an_unknown_slot_without_a_resolver_is_not_degraded() -> None:
    d = SlotFiller()("We saw <totl> events.", Context())
    assert d.text == "We saw events." and not d.degraded
    assert "resolver_errors" not in d.data


def test_a_block_is_not_degraded() -> None:
    d = SlotFiller(resolvers={"total": _down}, on_unknown="block")(ANSWER, Context())
    assert d.action == "block" and not d.degraded and "degraded" not in d.data


def test_the_verdict_is_degraded_whole_and_streamed() -> None:
    filler = SlotFiller(resolvers={"total": _down})
    whole = guarded(FakeLLM(ANSWER).complete, pipeline=Pipeline(output=[filler]))
    streamed = guarded(FakeLLM(ANSWER, chunk_size=3).stream,
                       pipeline=Pipeline(output=[filler], stream_mode="incremental"))
    with capture_verdicts() as verdicts:
        assert whole("q") == "We saw events."
    assert verdicts[-1].degraded
    with capture_verdicts() as verdicts:
        assert "".join(streamed("q")) == "We saw events."
    out = [v for v in verdicts if v.stage == "output"]
    assert out and out[-1].degraded


def test_a_resolver_that_works_is_not_degraded() -> None:
    d = SlotFiller(resolvers={"total": lambda ctx: 12})(ANSWER, Context())
    assert d.text == "We saw 12 events." and not d.degraded


def test_metadata_slots_that_is_not_a_mapping_is_a_resolver_error() -> None:
    # a list of pairs was ignored: <total> was stripped without a word
    ctx = Context(metadata={"slots": [("total", 5)]}, docs=["a"])
    d = SlotFiller()("We saw <total> events in <count> document.", ctx)
    assert d.text == "We saw events in 1 document."  # the built-in count still works
    assert d.data["resolver_errors"] == {
        "total": "TypeError: ctx.metadata['slots'] must be a mapping of slot name -> value, "
                 "got a list"}
    assert d.degraded
