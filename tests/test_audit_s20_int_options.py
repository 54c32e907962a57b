"""Audit (session twenty): integer options of the built-in output guards refuse ``True`` in
code, as a route file does (``isinstance(True, int)`` holds): ``CitationGuard(
max_per_sentence=True)`` was one marker per sentence and ``GroundingGuard(min_tokens=True)``
a one-token floor, each read as 1."""

from __future__ import annotations

import pytest

from guardwire import ConfigError
from guardwire.guards.citations import CitationGuard
from guardwire.guards.grounding import GroundingGuard


def test_citations_max_per_sentence_refuses_a_bool() -> None:
    with pytest.raises(ConfigError) as err:
        CitationGuard(max_per_sentence=True)
    assert err.value.path == "max_per_sentence"
    assert CitationGuard(max_per_sentence=1).max_per_sentence == 1


def test_grounding_min_tokens_refuses_a_bool() -> None:
    with pytest.raises(ConfigError) as err:
        GroundingGuard(min_tokens=True)
    assert err.value.path == "min_tokens"
    assert GroundingGuard(min_tokens=1).min_tokens == 1


@pytest.mark.parametrize("size", [0, -1, True, 2.5, "3"])
def test_fake_server_chunk_size_is_checked_like_fake_llm(size: object) -> None:
    from guardwire.testing import FakeLLMServer

    with pytest.raises(ValueError, match="chunk_size must be an int >= 1"):
        FakeLLMServer(chunk_size=size)  # type: ignore[arg-type]
    assert FakeLLMServer(chunk_size=1).chunk_size == 1
