"""Slot filler: the model writes ``<sum>`` / ``{sum}``; the pipeline writes the number.

Contract: every slot outside code is replaced by the value of its resolver (from
``ctx.metadata["slots"]``, then the ``resolvers`` option, then the built-ins ``sum`` and
``count``); a slot nobody can resolve never reaches the user: it is stripped
(``on_unknown="strip"``) or the answer is blocked (``on_unknown="block"``). The PII vault's
placeholder form (upper case ending in ``_N``, e.g. ``<PERSON_1>``) is never a slot, and bare
HTML tags such as ``<b>`` or ``<br>`` are kept, and so is LaTeX (``\\frac{a}{b}``,
``x_{i}``). Streams are filled chunk by chunk (:meth:`SlotFiller.start_stream`) with a
bounded hold-back, by the scanner the whole text goes through once: any chunking gives the
whole-text output, joins included (``<x<sum>y>`` makes ``<x6y>``, which is stripped too). In a
JSON document that starts a line (or an object starting mid-line: ``Result: {"n": <sum>}``),
a value in a JSON string is escaped and one in a value position is a JSON literal (an
unknown one ``null``): see :mod:`._slot_json`.

Default policy: ``Policy(budget_ms=None, on_error="closed", on_timeout="closed")``: a fill
that took longer than a budget (a resolver querying a database) was thrown away and, failing
open, showed the raw ``<slot>``; a guard error now blocks for the same reason. A resolver that
raises or returns ``None`` (or a NaN / infinite number) counts as unknown (recorded in
``resolver_errors``, and the Decision is ``degraded``), so a failing resolver cannot leak a raw
slot. Filled values are written as
given (slot-shaped text inside one is not a slot), and an answer made only of unknown slots is
blocked rather than emptied. Not cacheable (reads the Context).

Lift rate: answers rewritten (a slot filled or stripped) or blocked.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal, get_args

from .._context import Context
from .._decision import Decision
from .._dotted import import_dotted
from .._policy import Policy
from ..exceptions import ConfigError
from ._options import need_bools
from ._slot_stream import SlotStream
from ._slot_values import Number, agree_number, as_number
from ._text import doc_meta, word_set

__all__ = ["SlotFiller", "SlotStream", "agree_number"]

Resolver = Callable[[Context], Any]
OnUnknown = Literal["strip", "block"]

HTML_TAGS = word_set(
    "a abbr b bdi bdo big blockquote br caption center cite code dd del details dfn div dl dt "
    "em figcaption figure font footer h1 h2 h3 h4 h5 h6 header hr i img ins kbd li main mark "
    "nav ol p pre q s samp section small span strike strong sub summary sup table tbody td "
    "tfoot th thead tr tt u ul var wbr"
)
_MAX_NAME = 64


def _builtin_count(ctx: Context) -> int:
    return len(ctx.docs)


class SlotFiller:
    """Fill ``<name>`` / ``{name}`` slots from authoritative data (see the module docstring)."""

    name = "slots"
    # No budget: the time goes to the app's resolvers (a metrics query), and a budget only
    # threw a finished fill away. Fail-closed: a failing guard would show raw slots.
    default_policy = Policy(budget_ms=None, on_error="closed", on_timeout="closed")
    cacheable = False
    soft_budget = True  # bounded CPU work: the budget is checked inline, no thread hop

    def __init__(
        self,
        *,
        resolvers: Mapping[str, Resolver | str] | None = None,
        delimiters: Sequence[Sequence[str]] = (("<", ">"), ("{", "}")),
        on_unknown: OnUnknown = "strip",
        sum_field: str = "occurrence_count",
        number_format: str = "",
        fix_plurals: bool = False,
        keep: Sequence[str] = (),
    ) -> None:
        if on_unknown not in get_args(OnUnknown):
            raise ConfigError(f"must be 'strip' or 'block', got {on_unknown!r}",
                              path="on_unknown")
        need_bools(fix_plurals=fix_plurals)
        pairs: list[tuple[str, str]] = []
        for i, pair in enumerate(delimiters):
            if isinstance(pair, str) or len(pair) != 2 or not all(
                    isinstance(p, str) and p and not p.isspace() for p in pair):
                raise ConfigError("each delimiter must be an [open, close] pair of non-empty "
                                  f"strings, got {pair!r}", path=f"delimiters[{i}]")
            pairs.append((pair[0], pair[1]))
        if not pairs:
            raise ConfigError("at least one [open, close] pair is needed", path="delimiters")
        try:
            format(12345.5, number_format)
        except (ValueError, TypeError) as exc:
            raise ConfigError(f"not a format spec: {exc}", path="number_format") from None
        if not sum_field or not isinstance(sum_field, str):
            raise ConfigError("must be a non-empty string", path="sum_field")
        self.resolvers: dict[str, Resolver] = {
            "sum": self._builtin_sum,
            "count": _builtin_count,
        }
        if resolvers is not None and not isinstance(resolvers, Mapping):  # AttributeError
            raise ConfigError("must be a mapping of slot name -> resolver, got a "
                              f"{type(resolvers).__name__}", path="resolvers")
        if isinstance(keep, str) or not all(isinstance(k, str) for k in keep):
            raise ConfigError(f"must be a list of names, got {keep!r}" + (
                f" (write a list: [{keep!r}])" if isinstance(keep, str) else ""), path="keep")
        given: dict[str, str] = {}
        for key, fn in (resolvers or {}).items():
            if key.lower() in given:  # names are case-insensitive: one would be lost
                raise ConfigError(f"{key!r} and {given[key.lower()]!r} name the same slot",
                                  path=f"resolvers.{key}")
            given[key.lower()] = key
            self.resolvers[key.lower()] = _load_resolver(key, fn)
        self.delimiters = tuple(pairs)
        self.on_unknown: OnUnknown = on_unknown
        self.sum_field = sum_field
        self.number_format = number_format
        self.fix_plurals = bool(fix_plurals)
        self.keep = frozenset(k.lower() for k in keep)
        self.html_keep = HTML_TAGS
        self.slot_re = _slot_pattern(self.delimiters)
        self.token_re = re.compile(r"(?P<nl>\n)|(?P<ticks>`+|~{3,})|" + self.slot_re.pattern)
        self.partial_re = _partial_pattern(self.delimiters)
        # JSON answers get escaped values and literals (see _slot_json) unless a delimiter
        # holds a quote or backslash (a join could then change what is a JSON string)
        self.json_ok = not any('"' in d or "\\" in d for pair in self.delimiters for d in pair)
        self.max_hold = max(len(o) + len(c) for o, c in self.delimiters) + _MAX_NAME
        # what a fill or strip may join into a new slot: runs of name and delimiter characters
        # holding an opening one (see SlotStream)
        delims = {ch for pair in self.delimiters for d in pair for ch in d} - set("`~ \t\n\\")
        self.run_chars = "".join(sorted(delims | set(string.ascii_letters + string.digits + "_")))
        self.openers = frozenset(o[0] for o, _ in self.delimiters)
        # what may follow a fill and continue a slot begun before it: a name or closing char
        self.join_chars = frozenset(string.ascii_letters + string.digits + "_"
                                    + "".join(c for _, c in self.delimiters))

    def __repr__(self) -> str:
        return (f"SlotFiller(resolvers={sorted(self.resolvers)}, "
                f"on_unknown={self.on_unknown!r})")

    def _builtin_sum(self, ctx: Context) -> Number:
        """Sum of ``sum_field`` over ``ctx.docs``. A document without it (or with ``None``
        or ``""``) counts 1; numeric strings ("5") and numpy / ``Decimal`` values are added;
        any other value is an error (the slot is unknown) rather than a guessed 1."""
        total: Number = 0
        for i, doc in enumerate(ctx.docs):
            value = doc_meta(doc).get(self.sum_field)
            if value is None or (isinstance(value, str) and not value.strip()):
                number: Number | None = 1
            else:
                number = as_number(value) if not isinstance(value, str) else _parse(value)
            if number is None:
                raise ValueError(f"document {i + 1}: {self.sum_field}={value!r:.60} is not a "
                                 "number")
            if isinstance(total, float) or isinstance(number, float):
                total = float(total) + float(number)
            else:
                total = total + number  # int and Decimal add exactly
        return total

    def start_stream(self, ctx: Context) -> SlotStream:
        """A processor that fills slots in a streamed answer (``feed``/``flush``)."""
        return SlotStream(self, ctx)

    def fill(self, text: str, ctx: Context) -> tuple[str, SlotStream]:
        """Fill ``text`` in one pass of the scanner a stream uses (a fill or strip that joins
        two fragments into a new slot-shaped string is resolved or stripped in turn)."""
        stream = SlotStream(self, ctx)
        if self.slot_re.search(text) is None:
            return text, stream
        return stream.fill_all(text), stream

    def __call__(self, text: str, ctx: Context) -> Decision:
        out, stream = self.fill(text, ctx)
        structured = out != text and (ctx.structured_set or ctx.structured is not None)
        if structured:  # the call returns the schema guard's object, not this text
            self._fill_structured(ctx, stream)
        data = stream.decision_data()
        if structured:
            data["structured"] = True
        kept = {k: v for k, v in data.items() if k != "degraded"}  # a block lets nothing by
        if stream.unknown and self.on_unknown == "block":
            return Decision.block(f"unresolved slot(s): {', '.join(stream.unknown)}", **kept)
        if stream.unknown and not out.strip() and text.strip():  # never return nothing
            return Decision.block(f"unresolved slot(s) {', '.join(stream.unknown)} were the "
                                  "whole answer", **kept)
        if out == text:
            return Decision.allow("no slots")
        n_filled = sum(stream.filled_count.values())
        failed = "; resolver failed: " + ", ".join(stream.errors) if stream.errors else ""
        return Decision.rewrite(
            out, f"filled {n_filled} slot(s), stripped {len(stream.unknown)}{failed}", **data)

    def _fill_structured(self, ctx: Context, stream: SlotStream) -> None:
        """Fill the slots in the string fields of ``ctx.structured`` (the validated object a
        ``response_model=`` call returns), as in prose, with the values the text got (one
        resolution per name: the leaves share ``stream``'s memo). Before, only the answer text
        was filled and the call returned the object with its raw ``<count>`` and unknown
        slots."""
        from .schema.restore import restore_value

        def fill(leaf: str) -> str:
            if self.slot_re.search(leaf) is None:
                return leaf
            part = SlotStream(self, ctx)
            part.memo, part.raw, part.errors = stream.memo, stream.raw, stream.errors
            out = part.fill_all(leaf)
            stream.unknown.extend(n for n in part.unknown if n not in stream.unknown)
            return out

        ctx.structured = restore_value(ctx.structured, fill)


def _parse(text: str) -> Number | None:
    """A count written as a string ("5", "2.5"); None when it is not a plain number."""
    for kind in (int, float):
        try:
            return kind(text.strip())
        except ValueError:
            continue
    return None


def _load_resolver(key: str, fn: Resolver | str) -> Resolver:
    if callable(fn):
        return fn
    if isinstance(fn, str) and ":" in fn:
        obj = import_dotted(fn, path=f"resolvers.{key}", what="module:function")
        if callable(obj):
            return obj  # type: ignore[no-any-return]
    raise ConfigError(f"must be a callable or a 'module:function' path, got {fn!r}",
                      path=f"resolvers.{key}")


def _slot_pattern(pairs: Sequence[tuple[str, str]]) -> re.Pattern[str]:
    alts: list[str] = []
    # Longer opening delimiters first, so "{{x}}" is tried before "{x}".
    for i, (o, c) in enumerate(sorted(pairs, key=lambda p: -len(p[0]))):
        oe, ce = re.escape(o), re.escape(c)
        alts.append(rf"{oe}(?![A-Z][A-Z0-9_]*_\d+{ce})(?P<n{i}>[A-Za-z][A-Za-z0-9_]{{0,63}}){ce}")
    return re.compile("|".join(alts))


def _partial_pattern(pairs: Sequence[tuple[str, str]]) -> re.Pattern[str]:
    """Matches a buffer tail that may still grow into a slot."""
    alts: list[str] = []
    for o, c in pairs:
        alts.extend(re.escape(o[:k]) for k in range(1, len(o)))
        closes = "|".join(re.escape(c[:k]) for k in range(1, len(c)))
        name = r"(?:[A-Za-z][A-Za-z0-9_]{0,63})?"
        alts.append(re.escape(o) + name + (f"(?:{closes})?" if closes else ""))
    alts.append("~{1,2}")
    return re.compile(r"(?:" + "|".join(alts) + r")\Z")
