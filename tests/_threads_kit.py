"""A hanging sync guard shared by the thread tests (test_acceptance_core2, test_max_threads)."""

from __future__ import annotations

import threading

from guardwire import Context, Decision


class Stuck:
    """A sync guard that blocks until released (a hung HTTP client, a deadlock)."""

    name = "stuck"

    def __init__(self, max_threads: int | None = None) -> None:
        self.release = threading.Event()
        self.started = 0
        self._lock = threading.Lock()
        if max_threads is not None:
            self.max_threads = max_threads

    def __call__(self, text: str, ctx: Context) -> Decision:
        with self._lock:
            self.started += 1
        self.release.wait(30)
        return Decision.allow("late")
