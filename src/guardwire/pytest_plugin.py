"""pytest fixtures for testing guarded code offline (registered via the ``pytest11`` entry point).

- ``fake_llm``: a factory, ``fake_llm(["answer", ...])`` → :class:`~guardwire.testing.FakeLLM`;
- ``captured_verdicts``: the list of Verdicts produced during the test;
- ``guard_ctx``: a fresh :class:`~guardwire.Context`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from ._context import Context
from ._decision import Verdict
from .testing import FakeLLM, capture_verdicts


@pytest.fixture
def fake_llm() -> Callable[..., FakeLLM]:
    def make(responses: Any = "ok", **kw: Any) -> FakeLLM:
        return FakeLLM(responses, **kw)

    return make


@pytest.fixture
def captured_verdicts() -> Iterator[list[Verdict]]:
    with capture_verdicts() as sink:
        yield sink


@pytest.fixture
def guard_ctx() -> Context:
    return Context()
