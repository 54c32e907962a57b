"""Streaming restoration: placeholders split across chunks are never shown raw or half-filled.

:class:`PlaceholderStream` holds back only a tail that could still become a placeholder (at
most :attr:`PlaceholderSyntax.max_len` characters); everything before it is restored and
passed on at once. The concatenated output always equals restoring the whole text in one go.
A bracketed placeholder followed by ``[`` is held with what follows (within that bound), and
what is held is read as context: whether it is a reference-style link's text
(``[PERSON_1][1]``, brackets kept) or one of two placeholders (``[PERSON_1][EMAIL_ADDRESS_1]``)
is only known a few characters later.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator, Mapping
from typing import Any

from ..._context import Context, Vault
from .engine import SUPPORTED_ENTITIES
from .placeholders import (
    LITERAL,
    MAX_REPORTED,
    PlaceholderSyntax,
    Unknown,
    restore_text,
    syntax_for,
    vault_types,
)
from .urlspots import WINDOW, UrlKind, carry

_STARTS = frozenset("<[{\\&%\uff1c\uff3bABCDEFGHIJKLMNOPQRSTUVWXYZ")
"""Characters a placeholder form can start with (bracketed forms take any case after the
bracket; the bare form is upper case)."""
_CONTEXT = 32
"""Characters of what was passed on kept as context: the bare form must not follow a letter
(in JSON text: one that is not part of an escape such as ``\\n``)."""


class PlaceholderStream:
    """A :class:`~guardwire.StreamProcessor` restoring placeholders chunk by chunk."""

    def __init__(self, table: Mapping[str, str], syntax: PlaceholderSyntax,
                 unknown: Unknown = "keep", *, json_strings: bool = False,
                 keep_in: frozenset[UrlKind] = frozenset()) -> None:
        """``json_strings``: the chunks are raw JSON text (tool-call arguments): values are
        inserted JSON-escaped and escapes such as ``\\n`` are read as such. ``keep_in``: URL
        kinds in which placeholders are kept as written (see :mod:`.urlspots`)."""
        self._table = dict(table)
        self._syntax = syntax.json_variant() if json_strings else syntax
        self._unknown: Unknown = unknown
        self._keep_in = keep_in
        self._buf = ""
        self._left = ""  # the end of what was passed on: context for the bare form
        # what was passed on before _left (its last WINDOW to 2 WINDOW characters, after the
        # head that reopens a URL or tag still open where it was cut): context for URLs
        self._passed = ""
        self.restored: Counter[str] = Counter()
        self.unknown: list[str] = []
        self.kept: Counter[str] = Counter()

    @property
    def max_holdback(self) -> int:
        """The most characters ever held back (the longest placeholder form)."""
        return self._syntax.max_len

    @property
    def held(self) -> int:
        """How many characters are held back right now."""
        return len(self._buf)

    def decision_data(self) -> dict[str, Any]:
        """What the whole-text restorer puts in its ``Decision.data``, for what was fed so far:
        ``restored`` (counts per type) and ``unknown_placeholders`` (the first
        :data:`.MAX_REPORTED`), so that a streamed answer can be reported like a whole one."""
        data: dict[str, Any] = {"restored": {k: v for k, v in sorted(self.restored.items())
                                             if k != LITERAL}}
        if self.unknown:
            data["unknown_placeholders"] = self.unknown[:MAX_REPORTED]
        if self.kept:
            data["kept_in_urls"] = dict(sorted(self.kept.items()))
        return data

    def feed(self, chunk: str) -> str:
        if not chunk:
            return ""
        buf = self._left + self._buf + chunk
        offset = len(self._left)
        cut = self._hold_start(buf, offset)
        out = self._restore(buf, offset, cut)
        if cut > offset:
            if self._keep_in:
                self._passed += buf[:max(0, cut - _CONTEXT)]
                if len(self._passed) > 2 * WINDOW:
                    at, head = carry(self._passed, len(self._passed) - WINDOW,
                                     links="link" in self._keep_in)
                    self._passed = head + self._passed[at:]
            self._left = buf[max(0, cut - _CONTEXT):cut]
        self._buf = buf[cut:]
        return out

    def flush(self) -> str:
        buf = self._left + self._buf
        out = self._restore(buf, len(self._left), len(buf))
        self._buf = ""
        return out

    def _restore(self, buf: str, start: int, end: int) -> str:
        if end <= start:
            return ""
        res = restore_text(buf, self._table, self._syntax, self._unknown, pos=start, endpos=end,
                           keep_in=self._keep_in, before=self._passed, seen=len(buf))
        self.restored.update(res.restored)
        self.unknown.extend(res.unknown)
        self.kept.update(res.kept)
        return res.text

    def _hold_start(self, buf: str, offset: int) -> int:
        """Where the tail that could still become a placeholder begins (``len(buf)``: none)."""
        n = len(buf)
        pattern = self._syntax.pattern
        lo = max(offset, n - self._syntax.max_len)
        complete: list[tuple[int, int]] = []
        for m in pattern.finditer(buf, max(offset, lo - self._syntax.max_len), n):
            start: int = m.start()
            end: int = m.end()
            if buf[end - 1:end + 1] == "][" and n - start <= self._syntax.max_len:
                return start  # "[PERSON_1][": a link's text, or "[EMAIL_ADDRESS_1]" next?
            complete.append((start, end))
        for i in range(lo, n):
            if buf[i] not in _STARTS:
                continue
            if any(s < i < e for s, e in complete):
                continue  # inside a complete placeholder: not where one starts
            m = pattern.fullmatch(buf, i, n, partial=True)
            if m is None or (not m.partial and m.group("bare") is None
                             and m.group("wiki") is None and buf[i] != "["):
                continue  # no placeholder, or a complete bracketed one (it cannot grow; a
                # wiki link [[PERSON_1]] or [PERSON_1] ending the text is held: "(" would
                # make it a link, whose text keeps its brackets)
            return i
        return n


def _table_and_syntax(source: Context | Vault | Mapping[str, str]) -> tuple[
        dict[str, str], PlaceholderSyntax]:
    if isinstance(source, Context):
        source = source.vault
    table = dict(source.items())
    return table, syntax_for(SUPPORTED_ENTITIES | vault_types(table))


def restore_stream(chunks: Iterable[str], source: Context | Vault | Mapping[str, str], *,
                   unknown: Unknown = "keep") -> Iterator[str]:
    """Restore placeholders in a sync stream of text chunks (empty chunks are skipped)."""
    table, syntax = _table_and_syntax(source)
    proc = PlaceholderStream(table, syntax, unknown)
    for chunk in chunks:
        out = proc.feed(chunk)
        if out:
            yield out
    tail = proc.flush()
    if tail:
        yield tail


async def arestore_stream(chunks: AsyncIterable[str],
                          source: Context | Vault | Mapping[str, str], *,
                          unknown: Unknown = "keep") -> AsyncIterator[str]:
    """Restore placeholders in an async stream of text chunks (empty chunks are skipped)."""
    table, syntax = _table_and_syntax(source)
    proc = PlaceholderStream(table, syntax, unknown)
    async for chunk in chunks:
        out = proc.feed(chunk)
        if out:
            yield out
    tail = proc.flush()
    if tail:
        yield tail
