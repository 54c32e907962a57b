"""The incremental scanner behind :class:`~guardwire.guards.slots.SlotFiller`.

One scanner serves whole texts and streams, so both fill slots identically. It tracks fenced
and inline code (slots there are left alone) and holds back at most a slot's length of text
(a tail that may still become a slot, a filled number whose next word is not complete yet, or
trailing spaces that a stripped slot may need to remove).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Any

from .._context import Context
from ._slot_json import JsonContext, json_value
from ._slot_latex import CONTEXT, TEX_ARG, TEX_SCRIPT, latex_kind
from ._slot_values import Number, agree_number, agreeing_word, as_number, format_value, lookup_value
from ._text import record_fact

if TYPE_CHECKING:
    from .slots import SlotFiller

__all__ = ["Number", "SlotStream", "agree_number", "as_number"]

_CLOSING = frozenset(".,;:!?)]}\n")
# a sign glued to a slot belongs to its value: a stripped slot takes it along ("Costs were
# $<sum>." is "Costs were.", not "Costs were $."; "grew <pct>% last year" "grew last year")
_SIGNS_BEFORE = frozenset("$€£¥₹")
_SIGNS_AFTER = frozenset("%")
_MAX_WS_HOLD = 64


class SlotStream:
    """Fills slots chunk by chunk: ``feed(chunk) -> str`` and ``flush() -> str``.

    After the stream ends, ``filled`` (slot → value), ``filled_count``, ``unknown`` (stripped
    slot names, in order) and ``errors`` (resolver failures) describe what happened. In a stream
    ``on_unknown="block"`` cannot take back text already shown, so unknown slots are stripped
    and listed in ``unknown``.

    A fill or strip can join the text around it into a new slot (``<x<sum>y>`` → ``<x6y>``):
    the run of name and delimiter characters that ends the output (at most ``2 * max_hold``
    characters back from the first such fill) is scanned again, and a stream holds such a run
    back until the text after it is known, so any chunking gives the same output as one pass.
    """

    def __init__(self, filler: SlotFiller, ctx: Context) -> None:
        self.filler = filler
        self.ctx = ctx
        self.memo: dict[str, tuple[str, float | None] | None] = {}
        self.raw: dict[str, Any] = {}  # the values as given (JSON literals are written from them)
        self._json = JsonContext()  # a JSON answer around the slot: escaped values, literals
        self.filled: dict[str, str] = {}
        self.filled_count: Counter[str] = Counter()
        self.unknown: list[str] = []
        self.errors: dict[str, str] = {}
        self._buf = ""
        self._pending_ws = ""
        self._last = "\n"
        self._recent = ""  # the end of the output already shown (context for LaTeX)
        self._blank_prefix = True
        self._in_fence: str | None = None
        self._in_inline = False
        self._protect: list[tuple[int, int]] = []  # filled values inside ``_buf``: never slots
        self._held = 0  # length of the output that ``_buf`` starts with (held back)
        self._floor = 0  # output offset a re-scan never reaches before
        self._emitted = 0  # characters shown so far
        self.spans: list[tuple[int, int]] = []  # filled values in this drain's output
        self._out_len = 0
        self._last_open = -1  # offset of the last opening character in this drain's output
        self._vault_names: frozenset[str] | None = None

    def fill_all(self, text: str) -> str:
        """Fill a whole text in one pass."""
        self._buf = text
        return self._drain(final=True)

    def feed(self, chunk: str) -> str:
        self._buf += chunk
        return self._drain(final=False)

    def flush(self) -> str:
        return self._drain(final=True)

    def decision_data(self) -> dict[str, Any]:
        """What the guard's Decision reports: ``filled``, ``stripped``, ``resolver_errors``
        (the non-empty ones; with ``resolver_errors``, ``degraded=True``: a resolver failed
        and its slot was stripped); a streamed answer is reported like a whole one."""
        data: dict[str, Any] = {}
        if self.filled:
            data["filled"] = dict(self.filled)
        if self.unknown:
            data["stripped"] = list(self.unknown)
        if self.errors:  # a failure let through: the slot was stripped, not filled
            data["resolver_errors"] = dict(self.errors)
            data["degraded"] = True
        return data

    # --- resolution ---------------------------------------------------------------------

    def resolve(self, name: str) -> tuple[str, float | None] | None:
        """(formatted value, numeric value or None), or None when nobody can resolve it."""
        key = name.lower()
        if key in self.memo:
            return self.memo[key]
        # anything failing here (the app's resolver or mapping, a value that cannot be
        # written) makes the slot unknown: an error of the guard would show the raw slot
        try:
            raw = lookup_value(self.filler, self.ctx, name, key)
            result = None if raw is None else format_value(raw, self.filler.number_format)
        except Exception as exc:
            self.errors[key] = f"{type(exc).__name__}: {exc}"[:300]
            raw = result = None
        self.memo[key], self.raw[key] = result, raw
        return result

    # --- scanning -----------------------------------------------------------------------

    def _drain(self, final: bool) -> str:
        buf, f, protect, rescan = self._buf, self.filler, self._protect, self._held
        out: list[str] = [self._pending_ws]
        self._out_len = len(self._pending_ws)  # kept by _emit: offsets for ``spans``
        self._pending_ws, self.spans, self._last_open = "", [], -1
        pos = 0
        stop = None
        tokens = f.token_re.finditer(buf)
        while (m := next(tokens, None)) is not None:
            kind = m.lastgroup
            if protect and _inside(m.start(), m.end(), protect):
                continue  # part of a filled value: written as given
            if kind == "ticks":
                if not final and m.end() == len(buf):
                    stop = m.start()
                    break
                self._copy(out, buf, pos, m.start(), protect)
                self._ticks(m.group())
                self._copy(out, buf, m.start(), m.end(), protect)
                pos = m.end()
                continue
            if kind == "nl":
                self._copy(out, buf, pos, m.end(), protect)
                self._in_inline = False
                pos = m.end()
                continue
            if self._in_fence or self._in_inline:
                continue
            if not final and m.end() == len(buf):
                stop = m.start()
                break
            name = m.group(kind or "")
            latex = self._latex(out, buf[max(pos, m.start() - CONTEXT) : m.start()]) \
                if m.group()[0] == "{" else None
            if latex is TEX_ARG:
                continue
            resolved = self.resolve(name)
            if resolved is None and latex is TEX_SCRIPT:
                continue
            if resolved is None and (name.lower() in f.keep or (
                    m.group().startswith("<") and name.lower() in f.html_keep)
                    or (m.group()[0] in "<[{" and self._in_vault(name))):
                continue
            next_pos = self._replace(out, buf, pos, m, resolved, final, protect)
            if next_pos is None:  # fix_plurals: the next word is not complete yet
                stop = m.start()
                break
            pos = next_pos
            if m.start() >= rescan:  # not text scanned again: a re-scan stays near it
                self._floor = max(self._floor, self._emitted + self._out_len - 2 * f.max_hold)
            k = 0
            nxt = buf[pos : pos + 1]
            # a join needs an opening character near the end of the output and, after it, a
            # name or closing character (or, in a stream, text that has not come yet)
            if 0 <= self._last_open >= self._out_len - 2 * f.max_hold and (
                    nxt in f.join_chars if nxt else not final):
                tail = self._tail(out, 2 * f.max_hold)
                k = self._joinable(tail, self._floor - self._emitted - self._out_len + len(tail))
            if k:  # the end of the output may join what follows into a new slot
                popped, ranges = self._pop(out, k)
                protect = ranges + [(max(a, pos) - pos + k, b - pos + k)
                                    for a, b in protect if b > pos]
                rescan = k + max(0, rescan - pos)
                buf, pos = popped + buf[pos:], 0
                tokens = f.token_re.finditer(buf)
        end = len(buf) if stop is None else stop
        if stop is None and not final:
            partial = f.partial_re.search(buf, pos)
            if partial is not None and len(buf) - partial.start() <= f.max_hold:
                end = max(pos, partial.start())
        self._copy(out, buf, pos, end, protect)
        rest_protect = [(max(a, end) - end, b - end) for a, b in protect if b > end]
        held, held_ranges = "", list[tuple[int, int]]()
        if not final:  # a run a later fill could join: shown once what follows is known
            text = "".join(out)
            bare = text.rstrip(" \t")
            k = self._joinable(bare[-2 * f.max_hold:], 0)
            if k and len(text) - len(bare) <= _MAX_WS_HOLD:
                held, held_ranges = self._pop(out, k + len(text) - len(bare))
        self._buf = held + buf[end:]
        self._protect = held_ranges + [(a + len(held), b + len(held)) for a, b in rest_protect]
        self._held = len(held)
        text = "".join(out)
        if not final:
            ws = len(text) - len(text.rstrip(" \t"))
            if not ws and text[-1:] in _SIGNS_BEFORE and text[-1] not in f.run_chars and \
                    not any(b >= len(text) for _, b in self.spans):
                # a sign a slot after it may take along (see _replace), and the blanks a
                # strip after it may remove
                ws = len(text) - len(text[:-1].rstrip(" \t"))
            if 0 < ws <= _MAX_WS_HOLD:
                self._pending_ws = text[-ws:]
                text = text[:-ws]
        if text:
            self._last = text[-1]
            self._recent = (self._recent + text)[-CONTEXT:]
            self._emitted += len(text)
        self._json.drained(text)
        return text

    def _replace(self, out: list[str], buf: str, pos: int, m: re.Match[str],
                 resolved: tuple[str, float | None] | None, final: bool,
                 protect: list[tuple[int, int]]) -> int | None:
        """Write the slot ``m``'s value (or strip it); the position to go on from, or None
        when the word after a number must be read first (``fix_plurals``)."""
        f, name = self.filler, m.group(m.lastgroup or "")
        next_pos = m.end()
        where = self._json.at(lambda k: self._tail(out, k), self._out_len,
                              buf[pos : m.start()]) if f.json_ok else None
        if resolved is not None or where == "value":  # an unknown JSON value is null
            value, number = resolved or ("null", None)
            word = None
            if f.fix_plurals and number is not None and where != "value":
                word, wait = agreeing_word(buf, m.end(), number, final)
                if wait:
                    return None
            self._copy(out, buf, pos, m.start(), protect)
            if resolved is None:
                if name.lower() not in self.unknown:
                    self.unknown.append(name.lower())
            else:
                self.filled[name.lower()] = value
                record_fact(self.ctx.state, "value", value)
                self.filled_count[name.lower()] += 1
                if where is not None:  # escaped in a JSON string, a JSON literal for a value
                    raw = self.raw[name.lower()]
                    value = json_value(where, value, raw, lambda: format_value(raw, "")[0])
            if word is not None and number is not None:
                value += word.group(1) + agree_number(number, word.group(2))
                next_pos = word.end()
            self.spans.append((self._out_len, self._out_len + len(value)))
            self._emit(out, value)
            return next_pos
        nxt = buf[next_pos : next_pos + 1]
        if nxt in _SIGNS_AFTER and nxt not in f.run_chars and \
                not _inside(next_pos, next_pos + 1, protect):
            if not final and next_pos + 1 == len(buf):
                return None  # what follows the sign decides the spacing: wait for it
            if buf[next_pos + 1 : next_pos + 2] not in f.run_chars or next_pos + 1 == len(buf):
                next_pos += 1  # not when a name follows: taking the sign would join a slot
                nxt = buf[next_pos : next_pos + 1]
        self._copy(out, buf, pos, m.start(), protect)
        if name.lower() not in self.unknown:
            self.unknown.append(name.lower())
        if self._sign_before(out):
            self._pop(out, 1)
        prev = next((p[-1] for p in reversed(out) if p), self._last)
        if prev.isspace() and nxt in (" ", "\t"):
            next_pos += 1
        elif prev in (" ", "\t") and (nxt == "" or nxt in _CLOSING):
            self._rstrip(out)  # the pieces, not a join of them: that was O(n²)
            cut = self._out_len
            self.spans = [(a, min(b, cut)) for a, b in self.spans if a < cut]
        return next_pos

    def _sign_before(self, out: list[str]) -> bool:
        """Whether the output not yet shown ends with a sign glued to the slot being stripped
        that stands apart from what precedes it (a blank or the start of the text: "were
        $<sum>"), so taking it neither joins two runs into a slot nor takes a shown sign."""
        tail = self._tail(out, 2)
        if not tail or tail[-1] not in _SIGNS_BEFORE or tail[-1] in self.filler.run_chars:
            return False
        if any(b >= self._out_len for _, b in self.spans):  # the end of a filled value
            return False
        before = tail[0] if len(tail) == 2 else (self._last if self._emitted else "")
        return before in ("", " ", "\t", "\n")

    def _tail(self, out: list[str], size: int) -> str:
        parts: list[str] = []
        n = 0
        for piece in reversed(out):
            parts.append(piece)
            n += len(piece)
            if n >= size:
                break
        return "".join(reversed(parts))[-size:] if size > 0 else ""

    def _joinable(self, tail: str, floor: int) -> int:
        """How many characters at the end of ``tail`` (none before offset ``floor``) form a
        run of name and delimiter characters holding an opening one: a run that a fill or
        strip after it may join into a new slot (0 when there is none)."""
        start = max(len(tail.rstrip(self.filler.run_chars)), floor, 0)
        if start >= len(tail) or self.filler.openers.isdisjoint(tail[start:]):
            return 0
        return len(tail) - start

    def _pop(self, out: list[str], k: int) -> tuple[str, list[tuple[int, int]]]:
        """Take the last ``k`` characters off the output: the text, and the filled values in
        it (offsets in that text)."""
        cut = self._out_len - k
        parts: list[str] = []
        while k > 0:
            piece = out.pop()
            if len(piece) > k:
                out.append(piece[:-k])
                piece = piece[-k:]
            parts.append(piece)
            k -= len(piece)
        self._out_len = cut
        self._json.cut(cut)
        if self._last_open >= cut:
            tail = self._tail(out, 2 * self.filler.max_hold)
            self._last_open = max((self._out_len - len(tail) + tail.rfind(c)
                                   for c in self.filler.openers if c in tail), default=-1)
        ranges = [(max(a, cut) - cut, b - cut) for a, b in self.spans if b > cut]
        self.spans = [(a, min(b, cut)) for a, b in self.spans if a < cut]
        return "".join(reversed(parts)), ranges

    def _latex(self, out: list[str], between: str) -> re.Pattern[str] | None:
        """What makes a "{...}" after the output and ``between`` LaTeX (see ``_slot_latex``):
        ``TEX_ARG`` (a command's argument) or ``TEX_SCRIPT`` (a sub/superscript)."""
        if len(between) < CONTEXT:
            between = (self._recent + self._tail(out, CONTEXT) + between)[-CONTEXT:]
        return latex_kind(between)

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
        self._json.cut(self._out_len)

    def _copy(self, out: list[str], buf: str, start: int, end: int,
              protect: list[tuple[int, int]]) -> None:
        """Emit ``buf[start:end]``, carrying the filled values in it over to ``spans``."""
        if protect and start < end:
            base = self._out_len
            self.spans.extend((base + max(a, start) - start, base + min(b, end) - start)
                              for a, b in protect if a < end and b > start)
        self._emit(out, buf[start:end])

    def _emit(self, out: list[str], piece: str) -> None:
        if not piece:
            return
        for c in self.filler.openers:  # where the last opening character is (see _joinable)
            if (i := piece.rfind(c)) >= 0:
                self._last_open = max(self._last_open, self._out_len + i)
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
