"""Shared test set-up. Modules with async tests set ``pytestmark = pytest.mark.anyio``;
they run on the asyncio backend."""

from __future__ import annotations

from pathlib import Path

import pytest

EVALDATA = Path(__file__).resolve().parents[2] / "shared" / "evaldata"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
