"""The incremental scanner behind :class:`~guardwire.guards.slots.SlotFiller`.

One scanner serves whole texts and streams, so both fill slots identically. It tracks fenced
and inline code (slots there are left alone) and holds back at most a slot's length of text
(a tail that may still become a slot, a filled number whose next word is not complete yet, or
trailing spaces that a stripped slot may need to remove).
"""

from __future__ import annotations

import inspect
import math
import numbers
import re
from collections import Counter
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .._context import Context
from ._text import record_fact, word_set

if TYPE_CHECKING:
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


class SlotStream:
    """Fills slots chunk by chunk: ``feed(chunk) -> str`` and ``flush() -> str``.

    After the stream ends, ``filled`` (slot → value), ``filled_count``, ``unknown`` (stripped
    slot names, in order) and ``errors`` (resolver failures) describe what happened. In a stream
    ``on_unknown="block"`` cannot take back text already shown, so unknown slots are stripped
    and listed in ``unknown``.
    """

    def __init__(self, filler: SlotFiller, ctx: Context,
                 memo: dict[str, tuple[str, float | None] | None] | None = None,
                 protect: list[tuple[int, int]] | None = None) -> None:
        self.filler = filler
        self.ctx = ctx
        self.memo: dict[str, tuple[str, float | None] | None] = {} if memo is None else memo
        self.filled: dict[str, str] = {}
        self.filled_count: Counter[str] = Counter()
        self.unknown: list[str] = []
        self.errors: dict[str, str] = {}
        self._buf = ""
        self._pending_ws = ""
        self._last = "\n"
        self._blank_prefix = True
        self._in_fence: str | None = None
        self._in_inline = False
        # Whole-text passes (:meth:`fill_all`) only: the ranges of the input that are filled
        # values (never scanned again), and where values and those ranges land in the output.
        self._protect = protect or []
        self._track = protect is not None
        self.spans: list[tuple[int, int]] = []
        self._out_len = 0
        self._vault_names: frozenset[str] | None = None

    def fill_all(self, text: str) -> str:
        """Fill a whole text in one pass, recording in ``spans`` where the filled values
        are in the result (a later pass leaves slot-shaped text inside them alone)."""
        self._track = True
        self._buf = text
        return self._drain(final=True)

    def feed(self, chunk: str) -> str:
        self._buf += chunk
        return self._drain(final=False)

    def flush(self) -> str:
        return self._drain(final=True)

    def decision_data(self) -> dict[str, Any]:
        """What the guard's Decision reports: ``filled``, ``stripped``, ``resolver_errors``
        (the non-empty ones); a streamed answer is reported like a whole one."""
        data: dict[str, Any] = {}
        if self.filled:
            data["filled"] = dict(self.filled)
        if self.unknown:
            data["stripped"] = list(self.unknown)
        if self.errors:
            data["resolver_errors"] = dict(self.errors)
        return data

    def merge(self, other: SlotStream) -> None:
        self.filled.update(other.filled)
        self.filled_count.update(other.filled_count)
        self.unknown.extend(n for n in other.unknown if n not in self.unknown)
        self.errors.update(other.errors)

    # --- resolution ---------------------------------------------------------------------

    def resolve(self, name: str) -> tuple[str, float | None] | None:
        """(formatted value, numeric value or None), or None when nobody can resolve it."""
        key = name.lower()
        if key in self.memo:
            return self.memo[key]
        # anything failing here (the app's resolver or mapping, a value that cannot be
        # written) makes the slot unknown: an error of the guard would show the raw slot
        try:
            result = self._lookup(name, key)
        except Exception as exc:
            self.errors[key] = f"{type(exc).__name__}: {exc}"[:300]
            result = None
        self.memo[key] = result
        return result

    def _lookup(self, name: str, key: str) -> tuple[str, float | None] | None:
        value: Any = None
        given = self.ctx.metadata.get("slots")
        given_key = _given_key(given, name, key)
        if given_key is not None:
            value = given[given_key]  # type: ignore[index]
        elif key in self.filler.resolvers:
            value = self.filler.resolvers[key](self.ctx)
            if inspect.isawaitable(value):
                if inspect.iscoroutine(value):
                    value.close()
                raise TypeError("resolver returned an awaitable; resolvers must be sync")
        if isinstance(value, Mapping | list | tuple | set | frozenset | bytes | bytearray):
            raise TypeError(f"a {type(value).__name__} is not a slot value")  # not its repr
        number = as_number(value)
        if number is not None and not is_finite(number):  # a failed computation
            raise ValueError(f"not a finite number: {value}")
        return None if value is None else self._format(value if number is None else number)

    def _format(self, value: Any) -> tuple[str, float | None]:
        if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
            return str(value), None
        spec = self.filler.number_format
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

    # --- scanning -----------------------------------------------------------------------

    def _drain(self, final: bool) -> str:
        buf, f = self._buf, self.filler
        out: list[str] = [self._pending_ws]
        self._out_len = len(self._pending_ws)  # kept by _emit: offsets for ``spans``
        self._pending_ws = ""
        pos, stop = 0, None
        for m in f.token_re.finditer(buf):
            kind = m.lastgroup
            if self._protect and _inside(m.start(), m.end(), self._protect):
                continue  # part of a value filled by an earlier pass: copied as it is
            if kind == "ticks":
                if not final and m.end() == len(buf):
                    stop = m.start()
                    break
                self._copy(out, buf, pos, m.start())
                self._ticks(m.group())
                self._copy(out, buf, m.start(), m.end())
                pos = m.end()
                continue
            if kind == "nl":
                self._copy(out, buf, pos, m.end())
                self._in_inline = False
                pos = m.end()
                continue
            if self._in_fence or self._in_inline:
                continue
            if not final and m.end() == len(buf):
                stop = m.start()
                break
            name = m.group(kind or "")
            resolved = self.resolve(name)
            if resolved is None and (name.lower() in f.keep or (
                    m.group().startswith("<") and name.lower() in f.html_keep)
                    or (m.group()[0] in "<[{" and self._in_vault(name))):
                continue
            next_pos = m.end()
            if resolved is not None:
                value, number = resolved
                word = None
                if f.fix_plurals and number is not None:
                    word, wait = agreeing_word(buf, m.end(), number, final)
                    if wait:
                        stop = m.start()
                        break
                self._copy(out, buf, pos, m.start())
                self.filled[name.lower()] = value
                record_fact(self.ctx.state, "value", value)
                self.filled_count[name.lower()] += 1
                if word is not None and number is not None:
                    value += word.group(1) + agree_number(number, word.group(2))
                    next_pos = word.end()
                if self._track:
                    start = self._out_len
                    self.spans.append((start, start + len(value)))
                self._emit(out, value)
            else:
                self._copy(out, buf, pos, m.start())
                if name.lower() not in self.unknown:
                    self.unknown.append(name.lower())
                prev = next((p[-1] for p in reversed(out) if p), self._last)
                nxt = buf[m.end() : m.end() + 1]
                if prev.isspace() and nxt in (" ", "\t"):
                    next_pos += 1
                elif prev in (" ", "\t") and (nxt == "" or nxt in _CLOSING):
                    self._rstrip(out)  # the pieces, not a join of them: that was O(n²)
                    cut = self._out_len
                    self.spans = [(a, min(b, cut)) for a, b in self.spans if a < cut]
            pos = next_pos
        end = len(buf) if stop is None else stop
        if stop is None and not final:
            partial = f.partial_re.search(buf, pos)
            if partial is not None and len(buf) - partial.start() <= f.max_hold:
                end = max(pos, partial.start())
        self._copy(out, buf, pos, end)
        self._buf = buf[end:]
        text = "".join(out)
        if not final:
            ws = len(text) - len(text.rstrip(" \t"))
            if 0 < ws <= _MAX_WS_HOLD:
                self._pending_ws = text[-ws:]
                text = text[:-ws]
        if text:
            self._last = text[-1]
        return text

    def _in_vault(self, name: str) -> bool:
        """A PII placeholder the model re-cased ("<person_1>", "{person_1}"): left for
        ``pii_restore``."""
        if "_" not in name or not name[-1].isdigit() or len(self.ctx.vault) == 0:
            return False
        if self._vault_names is None:
            self._vault_names = frozenset(
                p.strip("<>[]{}() ").upper() for p, _ in self.ctx.vault.items())
        return name.upper() in self._vault_names

    def _rstrip(self, out: list[str]) -> None:
        """Remove the spaces and tabs that end the output so far."""
        while out and not out[-1].strip(" \t"):
            self._out_len -= len(out.pop())
        if out:
            kept = out[-1].rstrip(" \t")
            self._out_len -= len(out[-1]) - len(kept)
            out[-1] = kept

    def _copy(self, out: list[str], buf: str, start: int, end: int) -> None:
        """Emit ``buf[start:end]``, carrying the protected ranges in it over to ``spans``."""
        if self._protect and start < end:
            base = self._out_len
            self.spans.extend((base + max(a, start) - start, base + min(b, end) - start)
                              for a, b in self._protect if a < end and b > start)
        self._emit(out, buf[start:end])

    def _emit(self, out: list[str], piece: str) -> None:
        if not piece:
            return
        out.append(piece)
        self._out_len += len(piece)
        if "\n" in piece:
            self._blank_prefix = not piece.rsplit("\n", 1)[1].strip(" \t")
        elif self._blank_prefix and piece.strip(" \t"):
            self._blank_prefix = False

    def _ticks(self, run: str) -> None:
        if len(run) >= 3 and self._blank_prefix and not self._in_inline:
            if self._in_fence is None:
                self._in_fence = run
            elif run[0] == self._in_fence[0] and len(run) >= len(self._in_fence):
                self._in_fence = None
        elif run[0] == "`" and self._in_fence is None:
            self._in_inline = not self._in_inline


def _inside(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in ranges)


def _given_key(given: Any, name: str, key: str) -> Any:
    """The key of ``ctx.metadata["slots"]`` naming this slot (names are case-insensitive)."""
    if not isinstance(given, Mapping):  # a MappingProxy or a custom mapping counts too
        return None
    if name in given:
        return name
    if key in given:
        return key
    return next((k for k in given if isinstance(k, str) and k.lower() == key), None)
