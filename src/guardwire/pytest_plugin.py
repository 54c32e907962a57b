"""pytest fixtures for testing guarded code offline (registered via the ``pytest11`` entry point).

- ``fake_llm``: a factory, ``fake_llm(["answer", ...])`` → :class:`~guardwire.testing.FakeLLM`;
- ``captured_verdicts``: the list of Verdicts produced during the test (any thread);
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
    """A factory of scripted models: ``fake_llm(["first", "second"])`` → ``FakeLLM``
    (guardwire.testing; raises FakeLLMExhausted when out of answers)."""
    def make(responses: Any = "ok", **kw: Any) -> FakeLLM:
        return FakeLLM(responses, **kw)

    return make


@pytest.fixture
def captured_verdicts() -> Iterator[list[Verdict]]:
    """The list of guardwire Verdicts produced during the test, in any thread or task (calls
    an app makes in worker threads or a test client's server thread included)."""
    with capture_verdicts(all_threads=True) as sink:
        yield sink


@pytest.fixture
def guard_ctx() -> Context:
    """A fresh guardwire ``Context`` (pass it as ``guard_ctx=`` or to a guard)."""
    return Context()
