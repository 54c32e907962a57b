"""Type checks of guard options given in code (route files check types before a guard is
built, see :mod:`guardwire._specs`): a value of the wrong type is a ``ConfigError`` at its
option, never read as something else (``bool("no")`` is true) or left to fail on every call."""

from __future__ import annotations

import math
from typing import Any

from ..exceptions import ConfigError


def need_bools(**options: Any) -> None:
    """Each option must be ``True`` or ``False``."""
    for key, value in options.items():
        if not isinstance(value, bool):
            raise ConfigError(f"must be true or false, got {value!r}", path=key)


def need_numbers(**options: Any) -> None:
    """Each option must be a finite int or float (not a bool); ``None`` is left to the caller."""
    for key, value in options.items():
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(
                value):
            raise ConfigError(f"must be a finite number, got {value!r}", path=key)


def need_strs(**options: Any) -> None:
    """Each option must be a str (``None`` is left to the caller)."""
    for key, value in options.items():
        if value is not None and not isinstance(value, str):
            raise ConfigError(f"must be a string, got {type(value).__name__} {value!r}",
                              path=key)
