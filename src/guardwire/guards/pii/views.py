"""The text the recognizers read, and where each of its characters comes from.

Four things hide a value from a pattern without hiding it from a reader:

- invisible characters (zero-width space and joiners, BOM, direction marks, soft hyphen,
  variation selectors) inside it: ``john@example.com`` with a zero-width joiner sent
  ``john@<URL_1>``;
- percent-encoding (a link's query string, ``?email=ada%40example.com&tel=%2B1%20212%20555
  %200134``): nothing matched, or only ``40example.com`` as a URL and ``ada`` reached the model;
- full-width forms (what CJK keyboards type: ``ＡＤＡ＠ＥＸＡＭＰＬＥ．ＣＯＭ``, ``４１１１ …``,
  the ideographic space): no pattern matched and the address reached the model;
- JSON ``\\uXXXX`` escapes in a pasted JSON document (``"zo\\u00eb@example.com"`` sent
  ``"zo\\<EMAIL_ADDRESS_1>"``, ``"Zo\\u00eb Ashworth"`` hid the name from the model's NER).

:func:`detection_view` drops the first, decodes the second (runs of ``%XX`` that are valid
UTF-8), reads the third as ASCII and decodes the fourth (not after an escaped backslash
``\\\\``; a surrogate pair as one character, a lone surrogate as written); a detection in
the view covers the characters of the text its characters come from, so the vault keeps the
value exactly as written (``ada%40example.com``) and the round trip is exact.
"""

from __future__ import annotations

from typing import Any

import regex

from .placeholders import INVISIBLE

_PERCENT_RUN: Any = regex.compile(r"(?:%[0-9A-Fa-f]{2})+")
_ENCODED: Any = regex.compile(
    r"(?P<pct>(?:%[0-9A-Fa-f]{2})+)|(?P<bs>\\\\)|(?P<u>(?:\\u[0-9A-Fa-f]{4})+)")
"""Percent-encoded runs, JSON ``\\u`` escapes, and escaped backslashes (kept as written:
``\\\\u00e9`` is no escape)."""
_JSON_U: Any = regex.compile(r"\\u[0-9A-Fa-f]{4}")
_FULL_WIDTH: Any = regex.compile("[\uff01-\uff5e\u3000]")
_ASCII = {c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)} | {0x3000: " "}
"""Full-width forms (U+FF01–U+FF5E) and the ideographic space, as their ASCII characters."""


def detection_view(text: str) -> tuple[str, list[int], list[int]] | None:
    """``(view, starts, ends)``: the view, and for each of its characters the span
    ``text[starts[i]:ends[i]]`` it stands for; ``None`` when the view is ``text`` itself."""
    if INVISIBLE.search(text) is None and (
            "%" not in text or _PERCENT_RUN.search(text) is None) and (
            text.isascii() or _FULL_WIDTH.search(text) is None) and (
            "\\u" not in text or _JSON_U.search(text) is None):
        return None
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in _ENCODED.finditer(text):
        if m.group("bs") is not None:
            continue
        _plain(text, pos, m.start(), out, starts, ends)
        if m.group("pct") is not None:
            _decoded(m.group(), m.start(), out, starts, ends)
        else:
            _unescaped(m.group(), m.start(), out, starts, ends)
        pos = m.end()
    _plain(text, pos, len(text), out, starts, ends)
    return "".join(out), starts, ends


def _plain(text: str, lo: int, hi: int, out: list[str], starts: list[int],
           ends: list[int]) -> None:
    for i in range(lo, hi):
        if not INVISIBLE.fullmatch(text[i]):
            out.append(text[i].translate(_ASCII))
            starts.append(i)
            ends.append(i + 1)


def _decoded(run: str, at: int, out: list[str], starts: list[int], ends: list[int]) -> None:
    """A run of ``%XX``: each character it encodes in UTF-8, covering its bytes' escapes; a
    run that is not UTF-8 is kept as written."""
    data = bytes(int(run[i + 1:i + 3], 16) for i in range(0, len(run), 3))
    try:
        chars = data.decode("utf-8")
    except UnicodeDecodeError:
        for i, c in enumerate(run):
            out.append(c)
            starts.append(at + i)
            ends.append(at + i + 1)
        return
    offset = at
    for c in chars:
        width = 3 * len(c.encode("utf-8"))
        if not INVISIBLE.fullmatch(c):
            out.append(c)
            starts.append(offset)
            ends.append(offset + width)
        offset += width


def _unescaped(run: str, at: int, out: list[str], starts: list[int], ends: list[int]) -> None:
    """A run of JSON ``\\uXXXX`` escapes: each character they write (a surrogate pair is
    one), covering its escapes; a lone surrogate is kept as written."""
    units = [int(run[i + 2:i + 6], 16) for i in range(0, len(run), 6)]
    k = 0
    while k < len(units):
        u, width = units[k], 1
        if 0xD800 <= u < 0xDC00 and k + 1 < len(units) and 0xDC00 <= units[k + 1] < 0xE000:
            c, width = chr(0x10000 + ((u - 0xD800) << 10) + units[k + 1] - 0xDC00), 2
        elif 0xD800 <= u < 0xE000:
            c = ""
        else:
            c = chr(u)
        lo, hi = at + 6 * k, at + 6 * (k + width)
        if not c:  # a lone surrogate
            out.extend(run[6 * k:6 * k + 6])
            starts.extend(range(lo, lo + 6))
            ends.extend(range(lo + 1, lo + 7))
        elif not INVISIBLE.fullmatch(c):
            out.append(c.translate(_ASCII))
            starts.append(lo)
            ends.append(hi)
        k += width
