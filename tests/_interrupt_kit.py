"""Shared by the Ctrl-C tests: a real SIGINT sent to the main thread once an event is set."""

from __future__ import annotations

import signal
import threading


def interrupt_when(ready: threading.Event) -> None:
    """Send SIGINT to the main thread 0.1 s after ``ready`` is set (from a daemon thread)."""
    main = threading.main_thread().ident
    assert main is not None

    def go() -> None:
        assert ready.wait(30)
        threading.Event().wait(0.1)
        signal.pthread_kill(main, signal.SIGINT)

    threading.Thread(target=go, daemon=True).start()
