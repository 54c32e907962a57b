"""Values and words of the slot filler: numbers as Python numbers and as people write them,
and the noun after a filled number made to agree with it (``fix_plurals``)."""

from __future__ import annotations

import inspect
import math
import numbers
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ._text import word_set

if TYPE_CHECKING:
    from .._context import Context
    from .slots import SlotFiller

# the whole lower-case word after a filled number ("after" of "after-hours" is not one)
_NEXT_WORD = re.compile(r"([ \t]+)([a-z]+)(?![A-Za-z0-9'\u2019-])")
_FOLLOW = re.compile(r"[ \t]*([A-Za-z]+)?")
_CLOSING = frozenset(".,;:!?)]}\n")
_MAX_WS_HOLD = 64

_IRREGULAR = {
    "person": "people", "child": "children", "man": "men", "woman": "women",
    "mouse": "mice", "foot": "feet", "tooth": "teeth", "goose": "geese",
}
_INVARIANT = word_set(
    "news series species means data sheep fish deer aircraft information equipment "
    "software feedback staff percent"
)


# never changed: "1 was" is not a plural of "wa"
_FUNCTION_WORDS = word_set(
    "was has does this thus plus yes its his hers ours yours theirs less unless across always "
    "perhaps besides towards afterwards sometimes whereas was is as us"
)
# a singular word may be made plural only when one of these (or punctuation, or the end) comes
# next: "3 capture in total" -> "3 captures", but "3 red car" is left alone ("3 reds car")
_NOUN_END = word_set(
    "in on at of for from to with by over during since between per this last that these those "
    "were was are is have has had will would can could and or but than each total so ago today "
    "yesterday overall altogether recorded found detected reported logged seen"
)


Number = int | float | Decimal


def as_number(value: Any) -> Number | None:
    """``value`` as a Python number when it is one (numpy scalars and ``Decimal`` included:
    ``numpy.int64`` is not an ``int``), else None. A bool is not a number."""
    if isinstance(value, bool | str) or type(value).__name__ == "bool_":
        return None
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, Decimal):
        return value
    if isinstance(value, numbers.Real):
        return float(value)
    return None


def is_finite(number: Number) -> bool:
    return number.is_finite() if isinstance(number, Decimal) else (
        isinstance(number, int) or math.isfinite(number))


def plain_float(value: float) -> str:
    """A float as people write it: 15 significant digits (``0.1 + 0.2`` is ``0.3``), never
    in exponent form (``12345678.5``, not ``1.23457e+07``; ``0.000012``, not ``1.2e-05``)."""
    text = f"{value:.15g}"
    return format(Decimal(text), "f") if "e" in text else text


def agreeing_word(buf: str, pos: int, n: float, final: bool) -> tuple[re.Match[str] | None, bool]:
    """The word after a number filled at ``pos`` that :func:`agree_number` may change, and
    whether more text is needed to decide (a stream's next chunk)."""
    if len(buf) - pos >= 48:
        final = True  # bounded hold-back: decide on what is there
    word = _NEXT_WORD.match(buf, pos)
    if word is None:
        return None, not final and not buf[pos:].strip(" \t")
    if word.end() == len(buf) and not final:
        return None, True
    lower = word.group(2)
    if lower in _FUNCTION_WORDS or agree_number(n, lower) == lower:
        return None, False
    if abs(n) == 1:  # "1 captures" -> "1 capture"
        return word, False
    follow = _FOLLOW.match(buf, word.end())
    assert follow is not None  # the pattern matches the empty string
    if not final and follow.end() == len(buf):
        return None, True
    nxt = follow.group(1)
    return (word if nxt is None or nxt.lower() in _NOUN_END else None), False


def agree_number(n: float, word: str) -> str:
    """``word`` in the number that agrees with ``n`` ("1 captures" → "capture",
    "3 capture" → "captures"). Only regular English nouns and a few irregulars; words it
    does not know are returned unchanged."""
    lower = word.lower()
    if lower in _INVARIANT or not lower.isalpha() or len(lower) < 3:
        return word
    plural_of = _IRREGULAR
    singular_of = {v: k for k, v in _IRREGULAR.items()}
    if abs(n) == 1:
        if lower in singular_of:
            return singular_of[lower]
        if lower.endswith("ies") and len(lower) > 4:
            return word[:-3] + "y"
        if lower.endswith(("ches", "shes", "sses", "xes", "zzes")):
            return word[:-2]
        if lower.endswith("s") and not lower.endswith(("ss", "us", "is", "os")):
            return word[:-1]
        return word
    if lower in plural_of:
        return plural_of[lower]
    if lower in singular_of or (lower.endswith("s") and not lower.endswith(("ss", "us"))):
        return word
    if lower.endswith("y") and lower[-2] not in "aeiou":
        return word[:-1] + "ies"
    if lower.endswith(("ch", "sh", "ss", "x", "z")):
        return word + "es"
    return word + "s"


def format_value(value: Any, spec: str) -> tuple[str, float | None]:
    """A slot value as written (numbers with the ``number_format`` ``spec``), and its
    numeric value (None when it is not a number)."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return str(value), None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, float) and not spec:
        return plain_float(value), value
    if isinstance(value, Decimal) and not spec:
        return format(value, "f"), float(value)  # its own digits: "1234.50"
    try:
        return format(value, spec), float(value)
    except ValueError:  # a float-only spec (".2") on an int
        return format(float(value), spec), float(value)


def given_key_of(given: Any, name: str, key: str) -> Any:
    """The key of ``ctx.metadata["slots"]`` naming this slot (names are case-insensitive).
    Two keys naming it with different values ({"Total": 5, "total": 7}) are an error: which
    one a slot got depended on how the model cased it."""
    if not isinstance(given, Mapping):  # a MappingProxy or a custom mapping counts too
        return None
    found = [k for k in given if isinstance(k, str) and k.lower() == key]
    if len(found) > 1 and any(given[k] != given[found[0]] for k in found[1:]):
        raise ValueError(f"{found[0]!r} and {found[1]!r} name the same slot with different "
                         "values")
    if name in given:
        return name
    if key in given:
        return key
    return found[0] if found else None


def lookup_value(filler: SlotFiller, ctx: Context, name: str, key: str) -> Any:
    """The value of slot ``name`` (``key``: lower case), a number as a Python number; None
    when nobody knows it. Raises when the value cannot be a slot's (a resolver's error)."""
    value: Any = None
    given = ctx.metadata.get("slots")
    given_key = given_key_of(given, name, key)
    if given_key is not None:
        value = given[given_key]  # type: ignore[index]
    elif key in filler.resolvers:
        value = filler.resolvers[key](ctx)
        if inspect.isawaitable(value):
            if inspect.iscoroutine(value):
                value.close()
            raise TypeError("resolver returned an awaitable; resolvers must be sync")
        if value is None:  # a failure, not "nobody knows": recorded in resolver_errors
            raise ValueError("resolver returned None")
    elif given is not None and not isinstance(given, Mapping):  # was ignored without a word
        raise TypeError(f"ctx.metadata['slots'] must be a mapping of slot name -> value, got "
                        f"a {type(given).__name__}")
    if isinstance(value, Mapping | list | tuple | set | frozenset | bytes | bytearray):
        raise TypeError(f"a {type(value).__name__} is not a slot value")  # not its repr
    number = as_number(value)
    if number is not None and not is_finite(number):  # a failed computation
        raise ValueError(f"not a finite number: {value}")
    return value if number is None else number
