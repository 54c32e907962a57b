"""GroundingGuard: token-coverage flags, number checks, policies, the optional verifier."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

import anyio
import pytest

from guardwire import ConfigError, Context, Decision
from guardwire.guards.grounding import GroundingGuard

FailMode = Literal["open", "closed"]

DOCS = [
    {"id": "1", "title": "Mawsynram",
     "text": "Mawsynram receives an average annual rainfall of 11,872 mm, the highest in India."},
    "Cherrapunji in Meghalaya holds the record for the most rain in a calendar month.",
]
GOOD = "Mawsynram receives the highest annual rainfall in India, 11,872 mm."
INVENTED = "The village also hosts the largest chocolate factory in Europe."
WRONG_NUMBER = "Mawsynram receives an annual rainfall of 13,000 mm."


def run(text: str, docs: Any = DOCS, **kw: Any) -> Decision:
    d = GroundingGuard(**kw)(text, Context(docs=docs))
    assert isinstance(d, Decision)
    return d


def test_supported_answer_passes() -> None:
    d = run(GOOD + " Cherrapunji in Meghalaya holds the monthly record.")
    assert d.action == "allow" and not d.fired
    assert d.score == 1.0 and d.data["checked"] == 2


def test_invented_sentence_is_flagged() -> None:
    d = run(f"{GOOD} {INVENTED}")
    assert d.action == "allow" and d.fired
    [flag] = d.data["unsupported"]
    assert flag["text"] == INVENTED and flag["score"] < 0.5
    assert d.score == 0.5


def test_number_absent_from_docs_is_flagged() -> None:
    d = run(WRONG_NUMBER)
    assert d.data["unsupported"][0]["missing_numbers"] == ["13000"]
    assert not run(WRONG_NUMBER, check_numbers=False).fired


def test_short_sentences_headings_and_code_are_not_checked() -> None:
    d = run("# Answer\nYes indeed.\n\n```\ninvented code factory chocolate\n```")
    assert d.action == "allow" and d.data["checked"] == 0


def test_best_doc_scope_is_stricter_than_union() -> None:
    text = "Mawsynram rainfall record Cherrapunji calendar month Meghalaya."
    assert not run(text).fired
    assert run(text, scope="best_doc", threshold=0.8).fired


def test_block_and_reask_policies() -> None:
    blocked = run(INVENTED, on_unsupported="block")
    assert blocked.action == "block" and blocked.data["unsupported"]
    reask = run(INVENTED, on_unsupported="reask")
    assert reask.action == "reask" and reask.text is not None and INVENTED in reask.text


def test_no_docs_is_not_a_silent_pass() -> None:
    # with no documents the guard allowed every answer unchecked, even with
    # on_unsupported="block": a route blocking unsupported claims passed an invented one
    # whenever retrieval returned nothing
    blocked = run(INVENTED, docs=[], on_unsupported="block")
    assert blocked.action == "block" and blocked.data["no_docs"] is True
    assert [u["text"] for u in blocked.data["unsupported"]] == [INVENTED]
    flagged = run(INVENTED, docs=[])  # the default follows on_unsupported: flag
    assert flagged.action == "allow" and flagged.fired and flagged.data["no_docs"] is True
    assert flagged.data["unsupported"] and "skipped" not in flagged.data
    reask = run(INVENTED, docs=[], on_no_docs="reask")
    assert reask.action == "reask" and reask.text is not None and INVENTED in reask.text


def test_no_docs_options() -> None:
    allowed = run(INVENTED, docs=[], on_unsupported="block", on_no_docs="allow")
    assert allowed.action == "allow" and not allowed.fired
    assert allowed.data == {"skipped": True, "no_docs": True}  # says why: not a pass
    flagged = run(INVENTED, docs=[], on_unsupported="block", on_no_docs="flag")
    assert flagged.action == "allow" and flagged.fired
    assert run(INVENTED, docs=[], on_no_docs="block").action == "block"
    with pytest.raises(ConfigError) as err:
        GroundingGuard(on_no_docs="skip")  # type: ignore[arg-type]
    assert err.value.path == "on_no_docs"


@pytest.mark.parametrize("text", ["Hello!", "", "Sure, here it is:"])
def test_no_docs_and_no_claim_is_allowed(text: str) -> None:
    d = run(text, docs=[], on_unsupported="block")
    assert d.action == "allow" and not d.fired
    assert d.data["no_docs"] is True and d.data["checked"] == 0


def test_no_docs_a_filled_slot_value_is_still_the_pipelines() -> None:
    ctx = Context()
    from guardwire.guards._text import record_fact

    record_fact(ctx.state, "value", "407")
    d = GroundingGuard(on_unsupported="block")("407", ctx)
    assert isinstance(d, Decision) and d.action == "allow"


def verify(guard: GroundingGuard, text: str) -> Decision:
    result = guard(text, Context(docs=DOCS))

    async def main() -> Decision:
        assert not isinstance(result, Decision)
        return await result

    return anyio.run(main)


def test_verifier_called_only_for_flagged_sentences() -> None:
    seen: list[str] = []

    def judge(sentence: str, docs: Sequence[str]) -> bool:
        seen.append(sentence)
        return "chocolate" not in sentence

    guard = GroundingGuard(verifier=judge, on_unsupported="block")
    d = verify(guard, f"{GOOD} {INVENTED} {WRONG_NUMBER}")
    assert seen and set(seen) == {INVENTED, WRONG_NUMBER}
    assert d.action == "block"
    assert [u["text"] for u in d.data["unsupported"]] == [INVENTED]
    assert d.data["verifier"] == {"supported": 1, "unsupported": 1, "error": 0, "timeout": 0}
    assert isinstance(guard(GOOD, Context(docs=DOCS)), Decision)  # nothing flagged: sync


def test_async_verifier_with_scores() -> None:
    async def judge(sentence: str, docs: Sequence[str]) -> float:
        return 0.9

    d = verify(GroundingGuard(verifier=judge), INVENTED)
    assert not d.fired


@pytest.mark.parametrize(("mode", "fired"), [("open", False), ("closed", True)])
def test_verifier_timeout_follows_its_policy(mode: FailMode, fired: bool) -> None:
    async def slow(sentence: str, docs: Sequence[str]) -> bool:
        await anyio.sleep(30)
        return True

    guard = GroundingGuard(verifier=slow, verifier_budget_ms=20, verifier_on_timeout=mode)
    d = verify(guard, INVENTED)
    assert d.data["verifier"]["timeout"] == 1
    assert d.fired is fired


def test_a_hung_sync_verifier_leaves_at_most_8_threads_and_never_uses_anyio_pool() -> None:
    """It ran in anyio's default pool: each call held one of the app's 40 tokens while it ran,
    and every timed-out call left one more thread behind, without bound."""
    import threading

    release = threading.Event()
    started: list[str] = []

    def hung(sentence: str, docs: Sequence[str]) -> bool:
        started.append(sentence)
        release.wait(30)
        return True

    guard = GroundingGuard(verifier=hung, verifier_budget_ms=10, verifier_on_timeout="closed",
                           verifier_on_error="closed")
    limiter = anyio.to_thread.current_default_thread_limiter
    try:
        # until a call finds every thread held; a call whose job had not started when its
        # 10 ms ran out (a loaded machine) is dropped and holds no thread, so the number of
        # calls that takes is not fixed (it was taken as 12 and failed under load)
        ds = []
        for _ in range(8 * 20):
            ds.append(verify(guard, INVENTED))
            if ds[-1].data["verifier"].get("timeout") != 1:
                break
        assert len(started) == 8  # bounded; then no thread is started at all
        assert len(ds) > 8
        assert all(d.data["verifier"]["timeout"] == 1 and d.fired for d in ds[:-1])
        last = ds[-1]
        assert last.data["verifier"]["error"] == 1 and last.fired  # by verifier_on_error
        assert "ThreadsExhausted" in last.data["verifier_errors"][0]

        async def borrowed() -> float:
            return limiter().borrowed_tokens

        assert anyio.run(borrowed) == 0
    finally:
        release.set()


@pytest.mark.parametrize(("mode", "fired"), [("open", False), ("closed", True)])
def test_verifier_error_follows_its_policy(mode: FailMode, fired: bool) -> None:
    def broken(sentence: str, docs: Sequence[str]) -> bool:
        raise RuntimeError("judge down")

    d = verify(GroundingGuard(verifier=broken, verifier_on_error=mode), INVENTED)
    assert d.data["verifier"]["error"] == 1
    assert d.data["verifier_errors"] == ["RuntimeError: judge down"]
    assert d.fired is fired


def test_verifier_widens_the_guard_budget() -> None:
    guard = GroundingGuard(verifier=lambda s, d: True, verifier_budget_ms=1000)
    assert guard.default_policy.budget_ms == 1050
    assert GroundingGuard().default_policy.budget_ms == 50


@pytest.mark.parametrize(("kwargs", "path"), [
    ({"threshold": 1.5}, "threshold"), ({"scope": "all"}, "scope"),
    ({"min_tokens": 0}, "min_tokens"), ({"on_unsupported": "warn"}, "on_unsupported"),
    ({"reask_prompt": "no placeholder"}, "reask_prompt"), ({"verifier": 3}, "verifier"),
    ({"verifier_budget_ms": -1}, "verifier_budget_ms"),
    ({"verifier": "no_such_mod_xyz:f"}, "verifier"),
])
def test_bad_options(kwargs: dict[str, Any], path: str) -> None:
    with pytest.raises(ConfigError) as err:
        GroundingGuard(**kwargs)
    assert err.value.path == path


def test_pipeline_awaits_the_verifier_in_its_sync_driver() -> None:
    import guardwire

    async def judge(sentence: str, docs: Sequence[str]) -> bool:
        return False

    pipeline = guardwire.Pipeline(
        output=[GroundingGuard(verifier=judge, on_unsupported="block")])
    verdict = pipeline.check_output(f"{GOOD} {INVENTED}", Context(docs=DOCS))
    assert verdict.blocked
    decision = verdict.by_guard("grounding")
    assert decision is not None and decision.data["verifier"]["unsupported"] == 1


def test_check_names_flags_a_swapped_name() -> None:
    swapped = "Cherrapunji in Meghalaya holds the record, said Bloomberg."
    assert not run(swapped).fired  # one new name barely moves the coverage
    d = run(swapped, check_names=True)
    assert d.data["unsupported"][0]["missing_names"] == ["bloomberg"]
    assert not run("Mawsynram receives rainfall in India.", check_names=True).fired


def test_the_pipelines_own_facts_are_not_flagged() -> None:
    """A filled slot's number and the footnote the pipeline built from document metadata were
    flagged as unsupported (the demo's and the RAG example's own facts); a number the model
    made up in the same answer still is."""
    from guardwire import Pipeline
    from guardwire.guards.footnotes import FootnoteGuard
    from guardwire.guards.slots import SlotFiller

    docs = [{"id": "a", "text": "The side door opened after hours on Monday.",
             "metadata": {"occurrence_count": 311, "timestamp": "2026-08-24 21:14"}},
            {"id": "b", "text": "The side door opened after hours on Wednesday.",
             "metadata": {"occurrence_count": 96, "timestamp": "2026-08-26 22:40"}}]
    p = Pipeline(output=[SlotFiller(), FootnoteGuard(fields={"timestamp": "Timestamps"}),
                         GroundingGuard()])
    answer = "The side door opened after hours <sum> times [1][2]."
    v = p.check_output(answer, Context(docs=docs))
    grounding = v.decisions[-1]
    assert "407 times" in v.text and "Timestamps: 2026-08-24 21:14" in v.text
    assert not grounding.fired, grounding.data.get("unsupported")
    invented = p.check_output(answer + " The side door opened after hours 5120 times in June.",
                              Context(docs=docs)).decisions[-1]
    flagged = [u["text"] for u in invented.data["unsupported"]]
    assert invented.fired and len(flagged) == 1 and "5120" in flagged[0]
