"""Shared test set-up. Modules with async tests set ``pytestmark = pytest.mark.anyio``;
they run on the asyncio backend."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from _fake_server import FakeLLMServer, Request
from guardwire.guards.pii import PIIRedactor

EVALDATA = Path(__file__).resolve().parents[2] / "shared" / "evaldata"


@pytest.fixture(scope="module")
def redactor() -> PIIRedactor:
    """A warmed pattern-only PII redactor, one per test module (a module may override it)."""
    guard = PIIRedactor(ner="off")
    guard.warm()
    return guard


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def echo(req: Request) -> str:
    return "You said: " + req.last_user


@pytest.fixture
def server() -> Iterator[FakeLLMServer]:
    """The echoing fake provider of test_providers.py and test_providers_anthropic.py."""
    with FakeLLMServer(echo, chunk_size=4) as s:
        yield s
