"""Two small reference guards: ``MaxLength`` and ``DenyRegex``. Read them as templates.

- ``MaxLength(max_chars)`` (registry ``max_length``): blocks a text longer than ``max_chars``
  characters, allows the rest. Default policy: fail-closed, no budget (it is O(1)).
- ``DenyRegex(patterns, flags="i", reason=None)`` (registry ``deny_regex``): blocks a text in
  which any pattern matches, allows the rest. Patterns use the ``regex`` module with a
  per-search timeout (``timeout_ms``); a search that times out raises ``TimeoutError``, and the
  pipeline applies the guard's policy to it: fail-closed by default, because a deny list that
  could not be checked must not let the text through. A pattern that matches every text (an
  empty alternative, ``foo|``) and a ``timeout_ms`` that is not a number in (0, 3,600,000]
  are ConfigErrors: either would block every call.

Both are cacheable (the decision depends on the text only). Lift rate: the share of texts blocked.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

import regex

from .._context import Context
from .._decision import Decision
from .._policy import Policy
from ..exceptions import ConfigError

__all__ = ["DenyRegex", "MaxLength"]

_MAX_TIMEOUT_MS = 3_600_000  # inf or 1e300 made every search fail (every text blocked)
_PROBES = ("", "a", "Zz 9\n", "\u00e9")  # a pattern matching all of them matches every text
_FLAGS = {"i": regex.IGNORECASE, "m": regex.MULTILINE, "s": regex.DOTALL, "x": regex.VERBOSE}


class MaxLength:
    """Block texts longer than ``max_chars`` characters."""

    name: ClassVar[str] = "max_length"
    default_policy: ClassVar[Policy] = Policy.fail_closed()
    cacheable: ClassVar[bool] = True
    soft_budget: ClassVar[bool] = True

    def __init__(self, max_chars: int) -> None:
        if isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars < 1:
            raise ConfigError(f"must be an integer >= 1, got {max_chars!r}", path="max_chars")
        self.max_chars = max_chars

    def __call__(self, text: str, ctx: Context) -> Decision:
        if len(text) <= self.max_chars:
            return Decision.allow()
        return Decision.block(f"text too long: {len(text):,} > {self.max_chars:,} characters",
                              chars=len(text), max_chars=self.max_chars)


class DenyRegex:
    """Block texts in which one of ``patterns`` matches (``flags``: letters from ``imsx``)."""

    name: ClassVar[str] = "deny_regex"
    default_policy: ClassVar[Policy] = Policy.fail_closed()
    cacheable: ClassVar[bool] = True
    soft_budget: ClassVar[bool] = True

    def __init__(self, patterns: str | Sequence[str], flags: str = "i",
                 reason: str | None = None, timeout_ms: float = 50) -> None:
        if isinstance(patterns, str):
            patterns = [patterns]
        if not patterns:
            raise ConfigError("needs at least one pattern", path="patterns")
        if not isinstance(flags, str) or set(flags) - set(_FLAGS):
            raise ConfigError(f"flags must be letters from 'imsx', got {flags!r}", path="flags")
        is_number = isinstance(timeout_ms, int | float) and not isinstance(timeout_ms, bool)
        if not is_number or not 0 < timeout_ms <= _MAX_TIMEOUT_MS:  # nan fails too
            raise ConfigError(f"must be a number > 0 and <= {_MAX_TIMEOUT_MS:,}, got "
                              f"{timeout_ms!r}", path="timeout_ms")
        if reason is not None and (not isinstance(reason, str) or not reason.strip()):
            raise ConfigError(f"must be a non-empty string, got {reason!r}", path="reason")
        flag_bits = 0
        for letter in flags:
            flag_bits |= _FLAGS[letter]
        self.patterns = [_compile(p, flag_bits, i) for i, p in enumerate(patterns)]
        self.reason = reason
        self.timeout_s = timeout_ms / 1000

    def __call__(self, text: str, ctx: Context) -> Decision:
        for i, pattern in enumerate(self.patterns):
            m = pattern.search(text, timeout=self.timeout_s)
            if m is not None:
                return Decision.block(self.reason or f"text matches deny pattern {i}",
                                      pattern_index=i, span=(m.start(), m.end()))
        return Decision.allow()


def _compile(pattern: Any, flag_bits: int, index: int) -> Any:
    if not isinstance(pattern, str) or not pattern:
        raise ConfigError(f"must be a non-empty string, got {pattern!r}", path=f"patterns[{index}]")
    try:
        compiled = regex.compile(pattern, flag_bits)
    except regex.error as err:
        raise ConfigError(f"invalid regular expression: {err}", path=f"patterns[{index}]") from None
    if all(compiled.search(probe, timeout=1.0) is not None for probe in _PROBES):
        raise ConfigError(f"{pattern!r} matches every text, even an empty one (an empty "
                          "alternative such as 'foo|', or a pattern that may match zero "
                          "characters such as 'x*'), so it would block every call",
                          path=f"patterns[{index}]")
    return compiled
