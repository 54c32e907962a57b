"""A number too large for a float, read as infinity (``1e999``, a 400-digit integer).

JSON has no infinity, but the parsers read an overflowing number as one: ``json.loads`` and
pydantic's parser turn ``1e999`` into ``inf``, and pydantic turns a huge integer into ``inf`` for
a ``float`` field. The validated object would then hold an infinity the model never wrote (and
its JSON would say ``null``). :func:`overflowed` finds that case after validation, at almost no
cost for ordinary answers: infinity can only be in the object if its JSON dump holds ``null``
(pydantic's default for it), ``Infinity`` or ``NaN``, which a 2 KB dump is searched for in about
a microsecond; only then is the object walked, and the answer's own numbers, so that an
infinity the *model class* put there (a default ``math.inf``) is not taken for one.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from typing import Any

from pydantic import TypeAdapter

_FLOAT_MAX = sys.float_info.max
_SEQUENCES = (list, tuple, set, frozenset)  # a tuple of types: isinstance is 3x faster


def overflowed(canonical: str, adapter: TypeAdapter[Any], obj: Any,
               answer_value: Callable[[], Any]) -> bool:
    """``obj`` holds an infinity where the answer has a number too large for a float.

    ``canonical`` is ``obj``'s JSON dump; ``answer_value`` gives the answer's parsed JSON
    (called only when ``obj`` does hold a non-finite float). Places are compared by path, with
    the object dumped by alias as the answer writes its keys.
    """
    if "null" not in canonical and "Infinity" not in canonical and "NaN" not in canonical:
        return False
    try:
        dumped = adapter.dump_python(obj, by_alias=True, warnings=False)
    except Exception:  # an exotic type pydantic cannot dump: judge by the answer alone
        return has_too_large_number(_safe(answer_value))
    if not _any_non_finite(dumped):  # ~10 µs on a 2 KB object; the paths cost 4 times that
        return False
    infinite = _paths(dumped, _non_finite)
    return not infinite.isdisjoint(_paths(_safe(answer_value), _too_large))


def has_too_large_number(value: Any) -> bool:
    """The parsed answer holds a number a float cannot hold (an infinity, a huge integer)."""
    return bool(_paths(value, _too_large, first=True))


def _safe(answer_value: Callable[[], Any]) -> Any:
    try:
        return answer_value()
    except ValueError:
        return None


def _any_non_finite(value: Any) -> bool:
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, dict):
            stack.extend(v.values())
        elif isinstance(v, _SEQUENCES):
            stack.extend(v)
        elif isinstance(v, float) and v - v != 0.0:  # inf - inf and nan - nan are nan
            return True
    return False


def _non_finite(v: Any) -> bool:
    return isinstance(v, float) and not math.isfinite(v)


def _too_large(v: Any) -> bool:
    """A number of the parsed answer that a float cannot hold (the parser made it ``inf``)."""
    if isinstance(v, float):
        return math.isinf(v)
    return isinstance(v, int) and not isinstance(v, bool) and abs(v) > _FLOAT_MAX


def _paths(value: Any, test: Callable[[Any], bool], *, first: bool = False) -> set[tuple[Any, ...]]:
    """The paths (keys and indexes) of the leaves of ``value`` that pass ``test``."""
    found: set[tuple[Any, ...]] = set()
    stack: list[tuple[tuple[Any, ...], Any]] = [((), value)]
    while stack:
        path, v = stack.pop()
        if isinstance(v, dict):
            stack.extend(((*path, k), x) for k, x in v.items())
        elif isinstance(v, list | tuple):
            stack.extend(((*path, i), x) for i, x in enumerate(v))
        elif isinstance(v, set | frozenset):
            stack.extend(((*path, None), x) for x in v)
        elif test(v):
            found.add(path)
            if first:
                break
    return found
