"""A hanging sync guard shared by the thread tests (test_acceptance_core2, test_max_threads)."""

from __future__ import annotations

import concurrent.futures._base
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
    """Until thread ``ident`` is blocked in a ``concurrent.futures`` result wait.

    A fixed sleep ("it is in its wait by then") fails on a loaded machine where the thread has
    not got there yet. Any ``threading`` wait is not enough either: starting the guard's thread
    waits in ``Thread.start`` before the future's wait. This looks at the thread's own stack.
    """
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        frame = sys._current_frames().get(ident)
        if frame is not None and frame.f_code.co_filename == threading.__file__:
            while frame is not None and frame.f_code.co_filename == threading.__file__:
                frame = frame.f_back  # out of threading's wait, to its caller
            if frame is not None and frame.f_code.co_name == "result" and \
                    frame.f_code.co_filename == concurrent.futures._base.__file__:
                return
        threading.Event().wait(0.001)
    raise AssertionError(f"thread {ident} never reached a future's wait in {timeout_s} s")
