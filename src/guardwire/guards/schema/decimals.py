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

from .core_nodes import core_nodes
from .dialects import tokenize
from .prompt import format_path

Path = tuple[int | str, ...]


def has_decimal(adapter: TypeAdapter[Any]) -> bool:
    """The type's core schema validates a ``Decimal`` somewhere (checked once per adapter)."""
    return any(node.get("type") == "decimal" for node in core_nodes(adapter))


def lossy_paths(source: str, obj: Any) -> tuple[dict[Path, Decimal], dict[Path, Decimal]]:
    """Paths where the validated object holds a ``Decimal`` other than the number written
    there (the object walked along the answer's keys, see :func:`_child`), and paths where it
    holds pydantic's float for a number whose *value* a float cannot carry (a ``Decimal |
    float`` union: the JSON number is taken as the float; tried as a ``Decimal`` too)."""
    try:
        written = json.loads(source, parse_float=Decimal)
    except (ValueError, RecursionError):
        return {}, {}
    found: dict[Path, Decimal] = {}
    floats: dict[Path, Decimal] = {}
    stack: list[tuple[Path, Any, Any]] = [((), written, obj)]
    while stack:
        path, w, o = stack.pop()
        if isinstance(w, dict):
            stack.extend(((*path, k), v, c) for k, v in w.items()
                         if (c := _child(o, k)) is not _NONE)
        elif isinstance(w, list) and isinstance(o, set | frozenset):
            decs = {x for x in o if isinstance(x, Decimal)}
            held = {str(x) for x in decs}
            found.update(((*path, i), v) for i, v in enumerate(w) if isinstance(v, Decimal)
                         and held and str(v) not in held and (v in decs or _float_loses(v)))
        elif isinstance(w, list) and isinstance(o, list | tuple) and len(w) == len(o):
            stack.extend(((*path, i), v, x) for i, (v, x) in enumerate(zip(w, o, strict=True)))
        elif isinstance(w, Decimal) and isinstance(o, Decimal) and str(w) != str(o) \
                and (o == w or _float_loses(w)):  # `7.0` read as `7`: digits all the same
            found[path] = w
        elif isinstance(w, Decimal | int) and not isinstance(w, bool) \
                and isinstance(o, float) and _float_changes(w, o):
            floats[path] = Decimal(w)
    return found, floats


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


def written_source(value: Any, segment: str) -> str:
    """``value`` — a reading of ``segment`` that made floats of its numbers (json-repair) — as
    JSON text with every float written as in ``segment``; ``""`` unless its floats match, one
    for one and in order, the numbers with a fraction or exponent that stand alone as values
    in ``segment`` (after a ``:``, ``[`` or ``,``, before a ``,``, ``]`` or ``}``)."""
    numbers = iter(_standalone_numbers(segment))
    parts: list[str] = []
    stack: list[tuple[bool, Any]] = [(False, value)]  # (written out as is, item)
    while stack:
        raw, v = stack.pop()
        if raw:
            parts.append(v)
        elif isinstance(v, dict):
            items: list[tuple[bool, Any]] = []
            for k, x in v.items():
                items += [(True, ", " if items else ""),
                          (True, json.dumps(k, ensure_ascii=False) + ": "), (False, x)]
            stack.extend(reversed([(True, "{"), *items, (True, "}")]))
        elif isinstance(v, list):
            elts: list[tuple[bool, Any]] = []
            for x in v:
                elts += [(True, ", " if elts else ""), (False, x)]
            stack.extend(reversed([(True, "["), *elts, (True, "]")]))
        elif isinstance(v, float):
            tok = next(numbers, None)
            if tok is None or float(tok) != v:
                return ""
            parts.append(tok)
        else:
            try:
                parts.append(json.dumps(v, ensure_ascii=False))
            except (TypeError, ValueError):
                return ""
    return "" if next(numbers, None) is not None else "".join(parts)


def _standalone_numbers(segment: str) -> list[str]:
    """The numbers with a fraction or exponent written as whole values, in order."""
    toks = [t for t in tokenize(segment) if t[0] not in ("ws", "com")]
    out: list[str] = []
    for i, (kind, tok) in enumerate(toks):
        if kind != "w" or not any(c in tok for c in ".eE"):
            continue
        number = tok.replace("_", "")
        if not _JSON_NUMBER.fullmatch(number.removeprefix("-")):
            continue
        before = toks[i - 1] if i else ("p", ",")
        after = toks[i + 1] if i + 1 < len(toks) else ("p", ",")
        if before[0] == "p" and before[1] in ":[," and after[0] == "p" and after[1] in ",]}":
            out.append(number)
    return out


def _float_loses(number: Decimal) -> bool:
    """A float cannot carry the number as written (digits, trailing zeros, range) — else a
    difference in value is the field's own doing (a validator that rounds), not the
    parser's."""
    return str(Decimal(repr(float(number)))) != str(number)


def _float_changes(number: Decimal | int, got: float) -> bool:
    """``got`` is the parser's float for ``number`` and its value is not the number's."""
    try:
        return got == float(number) and Decimal(repr(got)) != number
    except (ValueError, OverflowError):  # an infinity (`1e400`)
        return False


def exact_decimals(adapter: TypeAdapter[Any], obj: Any, source: str, base: Any,
                   validate: Callable[[str], Any]) -> tuple[Any, list[str]]:
    """``(object, [])`` with the written digits in its ``Decimal`` fields, or
    ``(None, paths)`` of the numbers that could not be kept exactly (to re-ask about).

    ``base`` is the JSON value that was validated (numbers as floats); ``validate`` validates a
    JSON text the way the guard does. A ``ValidationError`` from it propagates (a constraint
    the exact value breaks).
    """
    must, may = lossy_paths(source, obj)
    if not must and not may:
        return obj, []
    again: Any = None
    if may:  # a float field refuses the digits (or, strict, the string): pydantic's float
        try:
            again = validate(_patched(base, {**must, **may}))
        except ValueError:
            again = None
        if again is not None and not all(_holds_decimal(again, p, n) for p, n in may.items()):
            again = None
        if again is None and not must:
            return obj, []
    if again is None:
        again = validate(_patched(base, must))
    bad = [format_path(p) for p, n in must.items() if not _holds_decimal(again, p, n)]
    return (None, bad) if bad else (again, [])


def _patched(base: Any, numbers: dict[Path, Decimal]) -> str:
    """``base`` as JSON text with the numbers at these paths written as JSON strings."""
    if () in numbers:  # the root is a number
        return json.dumps(str(numbers[()]))
    patched = copy.deepcopy(base)
    for path, number in numbers.items():
        _set(patched, path, str(number))
    return json.dumps(patched, ensure_ascii=False)


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
