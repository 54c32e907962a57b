"""The sinks behind ``guardwire.testing.capture_verdicts``.

A block sees the verdicts of its own thread or task through a ContextVar (safe when tests run
concurrently), or, with ``all_threads=True``, every verdict the process produces while it is
open (calls made in a ``ThreadPoolExecutor``, a web framework's test client, a background
task), through a process-wide list of open sinks, empty when no such block is open.
"""

from __future__ import annotations

import threading
from contextvars import ContextVar

from ._decision import Verdict

CAPTURE: ContextVar[tuple[list[Verdict], ...]] = ContextVar("guardwire_capture", default=())
"""The open ``capture_verdicts()`` sinks of this thread/task, outermost first: nested blocks
each get every verdict produced inside them."""


class _Everywhere:
    """The open ``capture_verdicts(all_threads=True)`` sinks (a test hook, like a log
    handler; it holds no request state)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.sinks: tuple[list[Verdict], ...] = ()

    def add(self, sink: list[Verdict]) -> None:
        with self.lock:
            self.sinks = (*self.sinks, sink)

    def remove(self, sink: list[Verdict]) -> None:
        with self.lock:
            self.sinks = tuple(s for s in self.sinks if s is not sink)


EVERYWHERE = _Everywhere()


def publish(verdict: Verdict) -> None:
    local = CAPTURE.get()
    for sink in local:
        sink.append(verdict)
    for sink in EVERYWHERE.sinks:  # a tuple read once: no lock on the hot path
        if not any(sink is s for s in local):
            sink.append(verdict)  # list.append is atomic
