"""The cyclic garbage collector held off while a large answer is read (``paused``).

Reading a valid 1.4 MB answer builds about 100,000 container objects three times over (the
validated object, the duplicate-key read, the dump the allow/rewrite test compares with).
Each burst of allocations triggers collections that walk every young object again, though
none of them can be in a cycle yet: on such an answer the collector took about half of the
guard's time. While the guard reads an answer of at least ``LARGE`` characters the collector
is off; it is switched on again afterwards only if it was on before (a program that turned it
off keeps it off). Nothing is skipped: objects that are garbage are collected at the next
collection after the guard returns. Small answers do not touch the collector's state.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
LARGE = 100_000  # characters; a 2 KB answer never pauses the collector


def paused(size: int, fn: Callable[[], T]) -> T:
    """``fn()``, with cyclic garbage collection held off when the answer read has ``size``
    characters or more (a plain call otherwise: no context manager on the 2 KB path)."""
    if size < LARGE or not gc.isenabled():
        return fn()
    gc.disable()
    try:
        return fn()
    finally:
        gc.enable()
