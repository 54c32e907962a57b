"""OpenAI audio output is refused: the output guards read text, and an answer spoken as audio
(``modalities=["text", "audio"]``: ``message.content`` is None, the words are in
``message.audio``) reached the user with no output guard (the guards saw an empty answer, so
placeholders were not restored and a blocking guard had nothing to block)."""

from __future__ import annotations

from typing import Any

import pytest

from _e2e_kit import Provider
from guardwire import Pipeline, guarded
from guardwire.testing import StaticGuard

MSGS = [{"role": "user", "content": "Say hello"}]


def _audio_answer(body: dict[str, Any]) -> dict[str, Any]:
    return {"id": "c1", "object": "chat.completion", "created": 1, "model": "gpt-x",
            "choices": [{"index": 0, "finish_reason": "stop", "message": {
                "role": "assistant", "content": None,
                "audio": {"id": "a1", "data": "UklGRg==", "expires_at": 1,
                          "transcript": "Hello, your code is 4321"}}}]}


@pytest.mark.parametrize("kw", [{"modalities": ["text", "audio"]},
                                {"audio": {"voice": "alloy", "format": "wav"}}])
def test_an_audio_request_is_refused_before_the_model_is_called(kw: dict[str, Any]) -> None:
    provider = Provider(_audio_answer)
    chat = guarded(provider.openai().chat.completions.create,
                   pipeline=Pipeline(output=[StaticGuard("block")]))
    with pytest.raises(TypeError, match="audio"):
        chat(model="gpt-x", messages=MSGS, **kw)
    assert provider.bodies == []


def test_an_audio_answer_asked_for_another_way_is_refused() -> None:
    provider = Provider(_audio_answer)
    chat = guarded(provider.openai().chat.completions.create,
                   pipeline=Pipeline(output=[StaticGuard("allow")]))
    with pytest.raises(TypeError, match="audio"):
        chat(model="gpt-x", messages=MSGS, extra_body={"modalities": ["text", "audio"]})
    assert len(provider.bodies) == 1
