"""Placeholder grammar: how placeholders are written, and every way a model may mangle them.

A placeholder is ``<TYPE_N>``: an upper-case entity type and a per-request number. The
restorer accepts the forms models produce (``<PERSON_1>``, ``<person_1>``, ``[PERSON_1]``,
``< PERSON_1 >``, ``<PERSON 1>``, ``<EMAIL-ADDRESS_1>`` and the bare ``PERSON_1``); the
redactor neutralises anything in user text that the restorer could read as a placeholder
(it becomes a ``<LITERAL_N>`` placeholder holding the user's exact text).

Forms are bounded: at most one space inside the brackets and at most 6 digits, so a
placeholder is never longer than :meth:`PlaceholderSyntax.max_len` characters (the streaming
holdback).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

import regex

LITERAL = "LITERAL"
"""The type of the placeholders that hold user text which looked like a placeholder."""

MAX_DIGITS = 6
_TYPE_RE = regex.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*")
_CANONICAL_RE = regex.compile(r"<([A-Z][A-Z0-9_]*)_([0-9]+)>")
_WORD = "A-Za-z0-9_"
_SEPARATOR = regex.compile(r"[ \-]")
INVISIBLE: Any = regex.compile(r"[\p{Cf}\uFE00-\uFE0F\U000E0100-\U000E01EF]")
"""Characters that show nothing (zero-width, BOM, direction marks, soft hyphen, variation
selectors): they must not split a value or hide a look-alike."""


def folded(text: str) -> tuple[str, list[int]]:
    """``text`` as a model may copy it — invisible characters dropped, every other character
    in its NFKC form (full-width ``＜ＰＥＲＳＯＮ＿１＞``, mathematical letters) — and, for each
    character of the copy, the index of the character of ``text`` it comes from."""
    if text.isascii() or (unicodedata.is_normalized("NFKC", text)
                          and INVISIBLE.search(text) is None):
        return text, list(range(len(text)))
    out: list[str] = []
    index: list[int] = []
    for i, c in enumerate(text):
        if INVISIBLE.fullmatch(c):
            continue
        f = unicodedata.normalize("NFKC", c) if ord(c) >= 0xA0 else c
        out.append(f)
        index.extend([i] * len(f))
    return "".join(out), index


def format_placeholder(entity_type: str, number: int) -> str:
    """The canonical placeholder ``<TYPE_N>``."""
    return f"<{entity_type}_{number}>"


def placeholder_type(placeholder: str) -> str | None:
    """The entity type of a canonical placeholder (``None`` if it is not one)."""
    m = _CANONICAL_RE.fullmatch(placeholder)
    return m.group(1) if m else None


def check_type(entity_type: str) -> str:
    if not _TYPE_RE.fullmatch(entity_type):
        raise ValueError(f"entity type {entity_type!r} must look like PERSON or EMAIL_ADDRESS")
    return entity_type


class PlaceholderSyntax:
    """The tolerant placeholder patterns for one set of entity types (``LITERAL`` included)."""

    def __init__(self, types: frozenset[str]) -> None:
        self.types = frozenset(check_type(t) for t in types) | {LITERAL}
        ordered = sorted(self.types, key=lambda t: (-len(t), t))
        loose = "|".join(t.replace("_", "[ _-]") for t in ordered)
        strict = "|".join(ordered)
        num = rf"[0-9]{{1,{MAX_DIGITS}}}"
        angle = rf"<[ ]?(?i:(?P<ta>{loose}))[ _-](?P<na>{num})[ ]?>"
        square = rf"\[[ ]?(?i:(?P<ts>{loose}))[ _-](?P<ns>{num})[ ]?\]"
        bare = rf"(?P<tb>{strict})_(?P<nb>{num})"
        #: What the restorer reads as a placeholder.
        self.pattern: Any = regex.compile(
            rf"{angle}|{square}|(?<![{_WORD}]){bare}(?![{_WORD}])", regex.ASCII
        )
        #: What the redactor neutralises in user text: a superset of ``pattern`` in which the
        #: bare form ignores its neighbours, so that no replacement next to it can turn an
        #: innocent ``xPERSON_1`` into a restorable placeholder.
        self.spoof_pattern: Any = regex.compile(rf"{angle}|{square}|{bare}", regex.ASCII)
        self.max_len = 2 + 2 + max(len(t) for t in self.types) + 1 + MAX_DIGITS

    def canonical(self, match: Any) -> str:
        """The canonical ``<TYPE_N>`` a match of :attr:`pattern` stands for."""
        t = match.group("ta") or match.group("ts") or match.group("tb")
        n = match.group("na") or match.group("ns") or match.group("nb")
        return f"<{_SEPARATOR.sub('_', t.upper())}_{n}>"


@lru_cache(maxsize=64)
def syntax_for(types: frozenset[str]) -> PlaceholderSyntax:
    """A cached :class:`PlaceholderSyntax` (compiling the patterns costs ~1 ms)."""
    return PlaceholderSyntax(types)


def vault_types(placeholders: Iterable[str]) -> frozenset[str]:
    """The entity types used by canonical placeholders."""
    return frozenset(t for p in placeholders if (t := placeholder_type(p)))


Unknown = Literal["keep", "remove"]


@dataclass
class RestoreResult:
    """Restored text, how many placeholders of each type were filled, and unknown ones."""

    text: str
    restored: Counter[str] = field(default_factory=Counter)
    unknown: list[str] = field(default_factory=list)


def restore_text(text: str, table: Mapping[str, str], syntax: PlaceholderSyntax,
                 unknown: Unknown = "keep", *, pos: int = 0,
                 endpos: int | None = None) -> RestoreResult:
    """Replace every placeholder form in ``text[pos:endpos]`` by its value in ``table``.

    ``text[:pos]`` is only context (the bare form must not follow a letter or digit).

    Single pass: restored values are never scanned again. A placeholder not in ``table`` is
    never filled: it is recorded in ``unknown`` and kept as written or removed.
    """
    result = RestoreResult(text)
    out: list[str] = []
    end = len(text) if endpos is None else endpos
    for m in syntax.pattern.finditer(text, pos, end):
        key = syntax.canonical(m)
        value = table.get(key)
        if value is None:
            result.unknown.append(m.group())
            if unknown == "keep":
                continue
            value = ""
        else:
            result.restored[placeholder_type(key) or LITERAL] += 1
        out.append(text[pos:m.start()])
        out.append(value)
        pos = m.end()
    out.append(text[pos:end])
    result.text = "".join(out)
    return result
