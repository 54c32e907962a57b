"""``reask_budget_tokens``: a cap on the tokens the re-asks of one call spend, across guards,
where the provider reports usage (OpenAI/LiteLLM ``usage.total_tokens``, Anthropic input +
output tokens, streams with ``stream_options={"include_usage": True}`` / Anthropic's
``message_start`` and ``message_delta``). The first re-ask is always made (nothing spent
yet); a further one is refused once the re-asks so far reported that many tokens, or when one
of them reported no usage (the cap cannot be checked: said so, never silently ignored).
Before, only ``max_reasks`` and ``reask_budget_ms`` bounded re-asks."""

from __future__ import annotations

from typing import Any

import pytest

from _e2e_kit import Provider, ant_events, oai_chunks, pieces
from guardwire import Context, Decision, Pipeline, RepairFailed, guarded
from guardwire.testing import StaticGuard

pytestmark = pytest.mark.anyio

NEVER_HAPPY = StaticGuard(Decision.reask("try again", "never happy"), name="greedy")


def _completion(total: int | None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": "c", "object": "chat.completion", "created": 1, "model": "gpt-x",
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": "an answer"}}]}
    if total is not None:
        body["usage"] = {"prompt_tokens": total - 5, "completion_tokens": 5,
                         "total_tokens": total}
    return body


def _chat(provider: Provider, cap: int, **kw: Any) -> Any:
    return guarded(provider.openai().chat.completions.create,
                   pipeline=Pipeline(output=[NEVER_HAPPY], max_reasks=10,
                                     reask_budget_tokens=cap, **kw))


def test_re_asks_stop_once_their_tokens_reach_the_cap() -> None:
    provider = Provider(lambda body: _completion(100))
    ctx = Context()
    with pytest.raises(RepairFailed, match=r"re-ask token budget spent \(200 tokens of "
                                           r"reask_budget_tokens=150\)"):
        _chat(provider, 150)(model="gpt-x", messages=[{"role": "user", "content": "q"}],
                             guard_ctx=ctx)
    # the first answer (not a re-ask) is not counted: re-asks 1 and 2 spent 200 >= 150
    assert len(provider.bodies) == 3 and ctx.reasks == 2


def test_a_re_ask_without_usage_makes_the_cap_uncheckable() -> None:
    provider = Provider(lambda body: _completion(None))
    with pytest.raises(RepairFailed, match="re-ask token budget cannot be checked: a re-asked "
                                           "answer reported no token usage"):
        _chat(provider, 10_000)(model="gpt-x", messages=[{"role": "user", "content": "q"}])
    assert len(provider.bodies) == 2  # the first re-ask was made, not a second


def test_without_a_cap_nothing_changes() -> None:
    provider = Provider(lambda body: _completion(None))
    p = Pipeline(output=[NEVER_HAPPY], max_reasks=3)
    with pytest.raises(RepairFailed, match=r"re-ask limit reached \(3\)"):
        guarded(provider.openai().chat.completions.create, pipeline=p)(
            model="gpt-x", messages=[{"role": "user", "content": "q"}])
    assert len(provider.bodies) == 4


@pytest.mark.parametrize("include_usage", [True, False])
def test_openai_streams_count_the_usage_chunk(include_usage: bool) -> None:
    provider = Provider(lambda body: oai_chunks(pieces("an answer"),
                                                usage=include_usage))  # 18 tokens each
    extra = {"stream_options": {"include_usage": True}} if include_usage else {}
    with pytest.raises(RepairFailed) as err:
        list(_chat(provider, 30)(model="gpt-x", stream=True, **extra,
                                 messages=[{"role": "user", "content": "q"}]))
    if include_usage:
        assert "(36 tokens of reask_budget_tokens=30)" in str(err.value)
        assert len(provider.bodies) == 3
    else:
        assert "cannot be checked" in str(err.value) and len(provider.bodies) == 2


def test_anthropic_counts_input_and_output_tokens() -> None:
    provider = Provider(lambda body: {  # 11 input + 7 output, cached input counted too
        "id": "m", "type": "message", "role": "assistant", "model": "claude-x",
        "content": [{"type": "text", "text": "an answer"}], "stop_reason": "end_turn",
        "stop_sequence": None, "usage": {"input_tokens": 11, "output_tokens": 7,
                                         "cache_read_input_tokens": 2}})
    p = Pipeline(output=[NEVER_HAPPY], max_reasks=10, reask_budget_tokens=40)
    with pytest.raises(RepairFailed, match=r"\(40 tokens of reask_budget_tokens=40\)"):
        guarded(provider.anthropic().messages.create, pipeline=p)(
            model="claude-x", max_tokens=10, messages=[{"role": "user", "content": "q"}])


def test_anthropic_streams_count_message_start_and_delta() -> None:
    provider = Provider(lambda body: ant_events([{"type": "text", "pieces": ["an answer"]}]))
    p = Pipeline(output=[NEVER_HAPPY], max_reasks=10, reask_budget_tokens=30)
    with pytest.raises(RepairFailed, match=r"\(36 tokens of reask_budget_tokens=30\)"):
        list(guarded(provider.anthropic().messages.create, pipeline=p)(
            model="claude-x", max_tokens=10, stream=True,
            messages=[{"role": "user", "content": "q"}]))  # 11 in + 7 out per answer


@pytest.mark.parametrize("bad", [0, -1, True, 2.5, "100", 1_000_000_001])
def test_the_cap_must_be_a_positive_int(bad: object) -> None:
    with pytest.raises((TypeError, ValueError), match="reask_budget_tokens"):
        Pipeline(reask_budget_tokens=bad)  # type: ignore[arg-type]


def test_describe_and_override_keep_it() -> None:
    p = Pipeline(reask_budget_tokens=500)
    assert p.describe()["reask_budget_tokens"] == 500
    assert p.override(mode="monitor").reask_budget_tokens == 500
