"""A small, bounded, thread-safe memo keyed by a hash of a text.

Guards whose answer depends only on a text (and their own configuration) use it for texts a
conversation sends again on every call: earlier user turns, the assistant's history, tool
results. It keeps a 16-byte BLAKE2 digest of each text, never the text.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from typing import Generic, TypeVar

__all__ = ["TextMemo"]

T = TypeVar("T")


class TextMemo(Generic[T]):
    """At most ``size`` values, least recently used dropped first (``size=0``: off)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict[bytes, T] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def key(text: str) -> bytes:
        return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()

    def get(self, text: str) -> T | None:
        if not self.size:
            return None
        key = self.key(text)
        with self._lock:
            hit = self._data.get(key)
            if hit is not None:
                self._data.move_to_end(key)
            return hit

    def put(self, text: str, value: T) -> None:
        if not self.size:
            return
        with self._lock:
            self._data[self.key(text)] = value
            while len(self._data) > self.size:
                self._data.popitem(last=False)

    def __len__(self) -> int:
        return len(self._data)
