"""Shared test set-up. Modules with async tests set ``pytestmark = pytest.mark.anyio``;
they run on the asyncio backend."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from _fake_server import FakeLLMServer, Request
from guardwire.guards.pii import PIIRedactor

EVALDATA = Path(__file__).resolve().parents[2] / "shared" / "evaldata"

# A suite started as a background job of a non-interactive shell (`bash .ci/run &`, some CI
# runners) inherits SIGINT ignored: Python then never raises KeyboardInterrupt, and every
# Ctrl-C test failed (12 of them, slowly). Restore Python's own handler, as in a terminal run;
# a child interpreter a test starts then gets the default disposition too.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(scope="module")
def redactor() -> PIIRedactor:
    """A warmed pattern-only PII redactor, one per test module (a module may override it)."""
    guard = PIIRedactor(ner="off")
    guard.warm()
    return guard


@pytest.fixture
def relaxed_demo(monkeypatch: pytest.MonkeyPatch) -> None:
    """``guardwire demo`` on the embedded routes with relaxed budgets (and the injection rule
    scan not cut off at 30 ms): a loaded CI machine must not turn the decisions its tests read
    into timeouts, or drop the rule ids from a reason. Its last scene keeps its own 50 ms
    budget: that scene is about the timeout (a guard that hangs for 2 s)."""
    from _config_kit import relaxed_default_routes
    from guardwire import _demo

    routes = relaxed_default_routes()
    monkeypatch.setattr(_demo, "load_default_routes", lambda: routes)


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
