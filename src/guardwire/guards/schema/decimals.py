"""``Decimal`` fields keep every digit the model wrote.

pydantic's JSON parser reads a number as a float before a ``Decimal`` field sees it (pydantic
issue #9180): ``12345678901234567890.123456789`` became ``Decimal('12345678901234567000')``,
``1.10`` became ``Decimal('1.1')``, and a ``max_digits``/``decimal_places`` constraint was
checked on the rounded value (``1.00000000000000000001`` passed ``max_digits=10`` as ``1``).

:func:`exact_decimals` runs after validation, only for a type whose schema holds a decimal:
it reads the answer's JSON text again with ``parse_float=Decimal`` and, at every path where the
object holds a ``Decimal`` that differs from the number as written, puts the written number in
as a JSON string (which pydantic reads digit for digit, strict mode included) and validates
again — constraints and validators then see the exact value. When that does not give the
``Decimal`` back (a ``Decimal | str`` union now picks the string), the answer is re-asked. A
difference a float can carry (``1.234`` → ``1.23`` by a rounding validator) is left alone.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from pydantic import TypeAdapter

from .prompt import format_path

Path = tuple[int | str, ...]


def has_decimal(adapter: TypeAdapter[Any]) -> bool:
    """The type's core schema validates a ``Decimal`` somewhere (checked once per adapter)."""
    stack: list[Any] = [adapter.core_schema]
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, dict):
            if node.get("type") == "decimal":
                return True
            stack.extend(node.values())
        elif isinstance(node, list | tuple):
            stack.extend(node)
    return False


def lossy_paths(source: str, obj_dump: Any) -> dict[Path, Decimal]:
    """Paths where the dumped object holds a ``Decimal`` other than the number written there."""
    try:
        written = json.loads(source, parse_float=Decimal)
    except (ValueError, RecursionError):
        return {}
    found: dict[Path, Decimal] = {}
    stack: list[tuple[Path, Any, Any]] = [((), written, obj_dump)]
    while stack:
        path, w, o = stack.pop()
        if isinstance(w, dict) and isinstance(o, dict):
            stack.extend(((*path, k), v, o[k]) for k, v in w.items() if k in o)
        elif isinstance(w, list) and isinstance(o, list | tuple) and len(w) == len(o):
            stack.extend(((*path, i), v, x) for i, (v, x) in enumerate(zip(w, o, strict=True)))
        elif isinstance(w, Decimal) and isinstance(o, Decimal) and str(w) != str(o) \
                and _float_loses(w):
            found[path] = w
    return found


def _float_loses(number: Decimal) -> bool:
    """A float cannot carry the number as written (digits, trailing zeros, range) — else a
    difference is the field's own doing (a validator that rounds), not the parser's."""
    return str(Decimal(repr(float(number)))) != str(number)


def exact_decimals(adapter: TypeAdapter[Any], obj: Any, source: str, base: Any,
                   validate: Callable[[str], Any]) -> tuple[Any, list[str]]:
    """``(object, [])`` with the written digits in its ``Decimal`` fields, or
    ``(None, paths)`` of the numbers that could not be kept exactly (to re-ask about).

    ``base`` is the JSON value that was validated (numbers as floats); ``validate`` validates a
    JSON text the way the guard does. A ``ValidationError`` from it propagates (a constraint
    the exact value breaks).
    """
    try:
        dumped = adapter.dump_python(obj, by_alias=True, warnings=False)
    except Exception:  # an exotic type pydantic cannot dump: keep what was validated
        return obj, []
    lossy = lossy_paths(source, dumped)
    if not lossy:
        return obj, []
    patched = str(lossy[()]) if () in lossy else copy.deepcopy(base)  # the root is a Decimal
    for path, number in lossy.items():
        if path:
            _set(patched, path, str(number))
    again = validate(json.dumps(patched, ensure_ascii=False))
    try:
        check = adapter.dump_python(again, by_alias=True, warnings=False)
    except Exception:
        return None, [format_path(p) for p in lossy]
    bad = [format_path(p) for p in lossy if not isinstance(_get(check, p), Decimal)]
    return (None, bad) if bad else (again, [])


def _get(value: Any, path: Path) -> Any:
    for part in path:
        try:
            value = value[part]
        except (KeyError, IndexError, TypeError):
            return None
    return value


def _set(value: Any, path: Path, new: Any) -> None:
    for part in path[:-1]:
        value = value[part]
    value[path[-1]] = new
