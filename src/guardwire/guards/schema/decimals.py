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

import ast
import copy
import dataclasses
import json
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, TypeAdapter

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


def lossy_paths(source: str, obj: Any) -> dict[Path, Decimal]:
    """Paths where the validated object holds a ``Decimal`` other than the number written
    there (the object walked along the answer's keys, see :func:`_child`)."""
    try:
        written = json.loads(source, parse_float=Decimal)
    except (ValueError, RecursionError):
        return {}
    found: dict[Path, Decimal] = {}
    stack: list[tuple[Path, Any, Any]] = [((), written, obj)]
    while stack:
        path, w, o = stack.pop()
        if isinstance(w, dict):
            stack.extend(((*path, k), v, c) for k, v in w.items()
                         if (c := _child(o, k)) is not _NONE)
        elif isinstance(w, list) and isinstance(o, set | frozenset):
            held = {str(x) for x in o if isinstance(x, Decimal)}
            found.update(((*path, i), v) for i, v in enumerate(w) if isinstance(v, Decimal)
                         and held and str(v) not in held and _float_loses(v))
        elif isinstance(w, list) and isinstance(o, list | tuple) and len(w) == len(o):
            stack.extend(((*path, i), v, x) for i, (v, x) in enumerate(zip(w, o, strict=True)))
        elif isinstance(w, Decimal) and isinstance(o, Decimal) and str(w) != str(o) \
                and _float_loses(w):
            found[path] = w
    return found


_NONE: Any = object()


def _child(obj: Any, key: str) -> Any:
    """What ``obj`` holds for the answer's key ``key`` (by alias or by name), or ``_NONE``."""
    if isinstance(obj, dict):
        return obj.get(key, _NONE)
    if isinstance(obj, BaseModel):
        fields = type(obj).model_fields
        name = key if key in fields else next(
            (n for n, f in fields.items() if f.alias == key or f.validation_alias == key), None)
        if name is not None:
            return getattr(obj, name, _NONE)
        return (obj.model_extra or {}).get(key, _NONE)
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return getattr(obj, key, _NONE)
    return _NONE


def literal_json(tree: ast.AST, text: str) -> str | None:
    """A Python literal's syntax tree (of ``text``) as JSON text, numbers as written (``1.10``
    stays ``1.10``), or None when a node is not plain JSON-shaped data."""
    parts: list[str] = []
    stack: list[ast.AST | str] = [tree.body if isinstance(tree, ast.Expression) else tree]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            parts.append(node)
        elif isinstance(node, ast.Dict):
            items: list[ast.AST | str] = []
            for k, v in zip(node.keys, node.values, strict=True):
                if not (isinstance(k, ast.Constant) and isinstance(k.value, str)):
                    return None
                items += [", " if items else "", json.dumps(k.value, ensure_ascii=False) + ": ",
                          v]
            stack.extend(reversed(["{", *items, "}"]))
        elif isinstance(node, ast.List | ast.Tuple):
            elts: list[ast.AST | str] = []
            for e in node.elts:
                elts += [", " if elts else "", e]
            stack.extend(reversed(["[", *elts, "]"]))
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
            parts.append("-" if isinstance(node.op, ast.USub) else "")
            stack.append(node.operand)
        elif isinstance(node, ast.Constant):
            const = node.value
            if const is None or isinstance(const, bool | str):
                parts.append(json.dumps(const, ensure_ascii=False))
            elif isinstance(const, int | float):
                src = (ast.get_source_segment(text, node) or "").replace("_", "")
                parts.append(src if _JSON_NUMBER.fullmatch(src) else repr(const))
            else:
                return None
        else:
            return None
    return "".join(parts)


_JSON_NUMBER = re.compile(r"(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?")


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
    lossy = lossy_paths(source, obj)
    if not lossy:
        return obj, []
    patched = str(lossy[()]) if () in lossy else copy.deepcopy(base)  # the root is a Decimal
    for path, number in lossy.items():
        if path:
            _set(patched, path, str(number))
    again = validate(json.dumps(patched, ensure_ascii=False))
    bad = [format_path(p) for p, n in lossy.items() if not _holds_decimal(again, p, n)]
    return (None, bad) if bad else (again, [])


def _holds_decimal(obj: Any, path: Path, number: Decimal) -> bool:
    """The re-validated object holds a ``Decimal`` at ``path`` (in a set: one equal to it)."""
    for part in path:
        if isinstance(obj, set | frozenset):
            return any(isinstance(x, Decimal) and x == number for x in obj)
        if isinstance(part, str):
            obj = _child(obj, part)
        elif isinstance(obj, list | tuple) and 0 <= part < len(obj):
            obj = obj[part]
        else:
            return False
    return isinstance(obj, Decimal)


def _set(value: Any, path: Path, new: Any) -> None:
    for part in path[:-1]:
        value = value[part]
    value[path[-1]] = new
