"""Audit 18: a grounding verifier that fails or times out under its "open" policy clears the
sentence's flag, and the answer passes; the decision now says it passed unverified
(``degraded=True``, ``unverified``), so the verdict is degraded rather than a clean allow."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence

from guardwire import Context, Decision, Pipeline, guarded
from guardwire.guards.grounding import GroundingGuard
from guardwire.testing import FakeLLM, capture_verdicts

DOCS = ["Paris is the capital of France. It has 2,100,000 inhabitants."]
INVENTED = "Berlin is the capital of Germany and has many people."


def _run(guard: GroundingGuard, text: str) -> Decision:
    d = guard(text, Context(docs=DOCS))
    if not isinstance(d, Decision):
        d = asyncio.run(d)  # type: ignore[arg-type]
    assert isinstance(d, Decision)
    return d


def _raising(sentence: str, docs: Sequence[str]) -> bool:
    raise RuntimeError("judge down")


def test_a_failing_verifier_passes_the_sentence_degraded() -> None:
    d = _run(GroundingGuard(verifier=_raising), INVENTED)
    assert d.action == "allow" and d.outcome == "ok"
    assert d.degraded
    assert d.data["unverified"] == [{"start": 0, "end": len(INVENTED), "verifier": "error"}]
    assert "passed unverified" in d.reason and "1 error" in d.reason
    assert "all checked sentences are supported" not in d.reason


def test_a_verifier_timeout_passes_the_sentence_degraded() -> None:
    release = threading.Event()

    def slow(sentence: str, docs: Sequence[str]) -> bool:
        release.wait(5)
        return True

    try:
        d = _run(GroundingGuard(verifier=slow, verifier_budget_ms=30), INVENTED)
    finally:
        release.set()
    assert d.degraded and d.data["unverified"][0]["verifier"] == "timeout"
    assert "1 timeout" in d.reason


def test_the_verdict_of_the_call_is_degraded() -> None:
    ask = guarded(FakeLLM(INVENTED).complete,
                  pipeline=Pipeline(output=[GroundingGuard(verifier=_raising)]))
    with capture_verdicts() as verdicts:
        assert ask("q", guard_ctx=Context(docs=DOCS)) == INVENTED
    assert verdicts[-1].degraded
    assert verdicts[-1].to_dict()["degraded"] is True


def test_closed_policy_keeps_the_flag_and_is_not_degraded() -> None:
    d = _run(GroundingGuard(verifier=_raising, verifier_on_error="closed"), INVENTED)
    assert d.fired and not d.degraded and "unverified" not in d.data
    assert d.data["unsupported"][0]["text"] == INVENTED


def test_a_verifier_that_answers_is_not_degraded() -> None:
    yes = _run(GroundingGuard(verifier=lambda s, docs: True), INVENTED)
    no = _run(GroundingGuard(verifier=lambda s, docs: "no"), INVENTED)
    assert not yes.degraded and yes.reason == "all checked sentences are supported"
    assert not yes.fired
    assert no.fired and not no.degraded


def test_one_failed_one_unsupported_keeps_the_flag_and_says_degraded() -> None:
    text = INVENTED + " Rome is the capital of Italy and has many old buildings."

    def judge(sentence: str, docs: Sequence[str]) -> bool:
        if sentence.startswith("Rome"):
            raise ValueError("bad judge answer")
        return False

    d = _run(GroundingGuard(verifier=judge), text)
    assert d.fired and d.degraded
    assert [u["text"] for u in d.data["unsupported"]] == [INVENTED]
    assert [u["verifier"] for u in d.data["unverified"]] == ["error"]


def test_options_of_the_wrong_type_are_config_errors() -> None:
    import pytest

    from guardwire import ConfigError

    bad: list[tuple[dict[str, object], str]] = [
        ({"threshold": "0.5"}, "threshold"),  # was TypeError: '<=' not supported
        ({"check_numbers": "no"}, "check_numbers"),  # "no" switched the check on
        ({"check_names": 1}, "check_names"),
        ({"reask_prompt": "Fix {x}: {sentences}"}, "reask_prompt"),  # failed on every re-ask
        ({"reask_prompt": "{0} {sentences}"}, "reask_prompt"),
    ]
    for kwargs, path in bad:
        with pytest.raises(ConfigError) as err:
            GroundingGuard(**kwargs)  # type: ignore[arg-type]
        assert err.value.path == path
    ok = GroundingGuard(reask_prompt="Fix {{these}}: {sentences}", on_unsupported="reask")
    d = _run(ok, INVENTED)
    assert d.action == "reask" and d.text is not None and d.text.startswith("Fix {these}: - ")
