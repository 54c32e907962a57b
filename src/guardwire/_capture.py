"""The ContextVar behind ``guardwire.testing.capture_verdicts`` (safe across threads and tasks)."""

from __future__ import annotations

from contextvars import ContextVar

from ._decision import Verdict

CAPTURE: ContextVar[tuple[list[Verdict], ...]] = ContextVar("guardwire_capture", default=())
"""The open ``capture_verdicts()`` sinks, outermost first: nested blocks each get every
verdict produced inside them."""


def publish(verdict: Verdict) -> None:
    for sink in CAPTURE.get():
        sink.append(verdict)
