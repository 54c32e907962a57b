"""Call-shape mistakes get a TypeError / ValueError saying what to pass instead."""
from __future__ import annotations

import pytest

from guardwire import Context, Decision, Pipeline, step


def _plain(text: str, ctx: Context) -> Decision:
    return Decision.allow("ok")


def test_cache_ttl_on_a_guard_that_never_declared_cacheable_says_how() -> None:
    with pytest.raises(ValueError) as err:
        Pipeline(input=[step(_plain, cache_ttl_s=60)])
    assert "cacheable = True" in str(err.value) and "per-request" not in str(err.value)
    Pipeline(input=[step(_plain, cache_ttl_s=60, cacheable=True)])


def test_cache_ttl_on_a_guard_that_reads_context_keeps_its_reason() -> None:
    from guardwire.guards.grounding import GroundingGuard

    with pytest.raises(ValueError, match="per-request context"):
        Pipeline(output=[step(GroundingGuard(), cache_ttl_s=60)])
