"""The ContextVar behind ``guardwire.testing.capture_verdicts`` (safe across threads and tasks)."""

from __future__ import annotations

from contextvars import ContextVar

from ._decision import Verdict

CAPTURE: ContextVar[list[Verdict] | None] = ContextVar("guardwire_capture", default=None)


def publish(verdict: Verdict) -> None:
    sink = CAPTURE.get()
    if sink is not None:
        sink.append(verdict)
