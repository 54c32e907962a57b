"""A hanging sync guard shared by the thread tests (test_acceptance_core2, test_max_threads)."""

from __future__ import annotations

import sys
import threading
import time

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


def wait_until_waiting(ident: int, timeout_s: float = 30.0) -> None:
    """Until thread ``ident`` is blocked in a ``threading`` wait (a future's result, an Event).

    A fixed sleep ("it is in its wait by then") fails on a loaded machine where the thread has
    not got there yet; this looks at the thread's own stack instead.
    """
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        frame = sys._current_frames().get(ident)
        while frame is not None:
            code = frame.f_code
            if code.co_name == "wait" and code.co_filename == threading.__file__:
                return
            frame = frame.f_back
        threading.Event().wait(0.001)
    raise AssertionError(f"thread {ident} never reached a wait in {timeout_s} s")
