"""Patterns compiled on first use: importing the injection guard compiles (almost) nothing.

The rules are ~700 ``regex`` patterns; compiling them all cost ~7 s of the ~10 s that
``from guardwire.guards.injection import InjectionGuard`` took (sixteenth session). A
:class:`LazyPattern` holds a pattern's source and compiles it the first time it is used; a
text that needs few rules compiles few. ``InjectionGuard.warm()`` compiles every one
(:func:`warm_all`), so a server that warms at start-up sees no first-request cost.

Thread safety: the compiled pattern is published with one attribute store once it is whole
(an idempotent publish, no lock): two threads using a pattern for the first time at once may
both compile it, and each uses a complete pattern; no thread ever sees a half-built one.

Time spent compiling is not the scan's: :func:`compile_seconds` (per thread) lets the scans'
wall-clock budgets leave it out, so a first call decides as a warmed one does.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from time import perf_counter as _perf_counter  # bound: a test's fake clock is not this one
from typing import Any

import regex

__all__ = ["LazyPattern", "compile_seconds", "compiled_count", "lazy", "warm_all"]

_ALL: list[LazyPattern] = []  # every pattern made with ``register=True`` (the default)
_LOCAL = threading.local()


def compile_seconds() -> float:
    """Seconds this thread has spent compiling lazy patterns so far (a running total)."""
    seconds: float = getattr(_LOCAL, "seconds", 0.0)
    return seconds


def _compile(source: str, flags: int) -> regex.Pattern[str]:
    start = _perf_counter()
    try:
        return regex.compile(source, flags)
    finally:
        _LOCAL.seconds = compile_seconds() + (_perf_counter() - start)


class LazyPattern:
    """A ``regex`` pattern compiled on first use, with the compiled pattern's search methods
    (``match``, ``search``, ``fullmatch``, ``finditer``, ``findall``, ``sub``, ``split``) and
    its ``pattern`` and ``flags``; :meth:`get` gives the compiled pattern itself."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0, *, register: bool = True) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: regex.Pattern[str] | None = None
        if register:
            _ALL.append(self)

    def get(self) -> regex.Pattern[str]:
        """The compiled pattern (compiled now if it is not yet: a bad pattern raises here)."""
        compiled = self._compiled
        if compiled is None:
            compiled = _compile(self.pattern, self.flags)
            self._compiled = compiled  # published whole (one store)
        return compiled

    @property
    def ready(self) -> bool:
        """Whether the pattern has been compiled."""
        return self._compiled is not None

    def match(self, string: str, pos: int = 0, endpos: int | None = None,
              **kw: Any) -> regex.Match[str] | None:
        return self.get().match(string, pos, endpos, **kw)

    def search(self, string: str, pos: int = 0, endpos: int | None = None,
               **kw: Any) -> regex.Match[str] | None:
        return self.get().search(string, pos, endpos, **kw)

    def fullmatch(self, string: str, pos: int = 0, endpos: int | None = None,
                  **kw: Any) -> regex.Match[str] | None:
        return self.get().fullmatch(string, pos, endpos, **kw)

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None,
                 **kw: Any) -> Iterator[regex.Match[str]]:
        found: Iterator[regex.Match[str]] = self.get().finditer(string, pos, endpos, **kw)
        return found

    def findall(self, string: str, pos: int = 0, endpos: int | None = None,
                **kw: Any) -> list[Any]:
        found: list[Any] = self.get().findall(string, pos, endpos, **kw)
        return found

    def sub(self, repl: str | Callable[[regex.Match[str]], str], string: str,
            count: int = 0, **kw: Any) -> str:
        out: str = self.get().sub(repl, string, count, **kw)
        return out

    def split(self, string: str, maxsplit: int = 0, **kw: Any) -> list[str | Any]:
        parts: list[str | Any] = self.get().split(string, maxsplit, **kw)
        return parts

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, LazyPattern) and other.pattern == self.pattern
                and other.flags == self.flags)

    def __hash__(self) -> int:
        return hash((self.pattern, self.flags))

    def __repr__(self) -> str:
        return f"lazy({self.pattern[:60]!r}{'...' if len(self.pattern) > 60 else ''})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """``regex.compile(pattern, flags)``, compiled on first use (for module constants)."""
    return LazyPattern(pattern, flags)


def warm_all() -> int:
    """Compile every registered lazy pattern not compiled yet; the number compiled."""
    n = 0
    for p in list(_ALL):
        if not p.ready:
            p.get()
            n += 1
    return n


def compiled_count() -> tuple[int, int]:
    """``(compiled, registered)``: how many registered lazy patterns are compiled."""
    patterns = list(_ALL)
    return sum(p.ready for p in patterns), len(patterns)
