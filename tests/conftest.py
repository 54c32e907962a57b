"""Shared test set-up. Modules with async tests set ``pytestmark = pytest.mark.anyio``;
they run on the asyncio backend."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from _fake_server import FakeLLMServer, Request

EVALDATA = Path(__file__).resolve().parents[2] / "shared" / "evaldata"


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
