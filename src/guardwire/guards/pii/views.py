"""The text the recognizers read, and where each of its characters comes from.

Five things hide a value from a pattern without hiding it from a reader:

- invisible characters (zero-width space and joiners, BOM, direction marks, soft hyphen,
  variation selectors) inside it: ``john@example.com`` with a zero-width joiner sent
  ``john@<URL_1>``;
- percent-encoding (a link's query string, ``?email=ada%40example.com&tel=%2B1%20212%20555
  %200134``): nothing matched, or only ``40example.com`` as a URL and ``ada`` reached the model;
- full-width forms (what CJK keyboards type: ``ＡＤＡ＠ＥＸＡＭＰＬＥ．ＣＯＭ``, ``４１１１ …``,
  the ideographic space): no pattern matched and the address reached the model;
- JSON ``\\uXXXX`` escapes in a pasted JSON document (``"zo\\u00eb@example.com"`` sent
  ``"zo\\<EMAIL_ADDRESS_1>"``, ``"Zo\\u00eb Ashworth"`` hid the name from the model's NER);
- HTML character references in pasted HTML or an address obfuscated for a web page
  (``ada&#64;example.com`` sent ``ada&#64;<URL_1>``, ``ada&commat;example&period;com``
  and ``Zo&euml; Ashworth`` went out whole), and HTML tags glued to a word (spaCy reads
  ``Ashworth</p`` as one token: ``<p>My name is Zoe Ashworth</p>`` sent ``<PERSON_1>
  Ashworth``).

:func:`detection_view` drops the first, decodes the second (runs of ``%XX`` that are valid
UTF-8), reads the third as ASCII and decodes the fourth (not after an escaped backslash
``\\\\``; a surrogate pair as one character, a lone surrogate as written) and the fifth (with
their ``;``; one that names no character is read as written), and reads a tag of a common
HTML element without attributes (``<p>``, ``</li>``, ``<br/>``) as one blank and the brackets
of one with attributes as blanks (``<a href="…">Ada``: the attributes stay), like the ``[``,
``]`` and ``(`` of a Markdown link (``[Zoe Ashworth](mailto:…)``); a detection in
the view covers the characters of the text its characters come from, so the vault keeps the
value exactly as written (``ada%40example.com``) and the round trip is exact.
"""

from __future__ import annotations

from html.entities import html5
from typing import Any

import regex

from .placeholders import INVISIBLE

_PERCENT_RUN: Any = regex.compile(r"(?:%[0-9A-Fa-f]{2})+")
_ELEMENTS = (
    "a", "abbr", "address", "article", "aside", "b", "big", "blockquote", "body", "br",
    "caption", "center", "cite", "code", "dd", "del", "details", "div", "dl", "dt", "em",
    "figcaption", "figure", "font", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "head",
    "header", "hr", "html", "i", "ins", "kbd", "label", "li", "main", "mark", "nav", "ol", "p",
    "pre", "q", "s", "samp", "section", "small", "span", "strike", "strong", "sub", "summary",
    "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "title", "tr", "tt", "u",
    "ul", "var")
"""Common HTML elements: a tag of one of these without attributes is read as a blank."""
_ENCODED: Any = regex.compile(
    r"(?P<pct>(?:%[0-9A-Fa-f]{2})+)|(?P<bs>\\\\)|(?P<u>(?:\\u[0-9A-Fa-f]{4})+)"
    r"|(?P<ent>&(?:\#[0-9]{1,7}|\#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
    rf"|(?P<tag></?(?i:{'|'.join(sorted(_ELEMENTS, key=lambda e: (-len(e), e)))})[ ]?/?>)")
"""Percent-encoded runs, JSON ``\\u`` escapes, and escaped backslashes (kept as written:
``\\\\u00e9`` is no escape)."""
_JSON_U: Any = regex.compile(r"\\u[0-9A-Fa-f]{4}")
_TAG: Any = regex.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:[\s/][^<>]*)?>")
_ATTR_TAG: Any = regex.compile(
    rf"<(?i:{'|'.join(sorted(_ELEMENTS, key=lambda e: (-len(e), e)))})\s[^<>]*>")
_MD_LINK: Any = regex.compile(r"\[[^\[\]\n]{1,500}(?P<close>\])\((?=\S)")
_ENTITY: Any = regex.compile(r"&(?:\#[0-9]|\#[xX][0-9A-Fa-f]|[A-Za-z][A-Za-z0-9]{1,31};)")
_FULL_WIDTH: Any = regex.compile("[\uff01-\uff5e\u3000]")
_ASCII = {c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)} | {0x3000: " "}
"""Full-width forms (U+FF01–U+FF5E) and the ideographic space, as their ASCII characters."""


def detection_view(text: str) -> tuple[str, list[int], list[int]] | None:
    """``(view, starts, ends)``: the view, and for each of its characters the span
    ``text[starts[i]:ends[i]]`` it stands for; ``None`` when the view is ``text`` itself."""
    if INVISIBLE.search(text) is None and (
            "%" not in text or _PERCENT_RUN.search(text) is None) and (
            text.isascii() or _FULL_WIDTH.search(text) is None) and (
            "\\u" not in text or _JSON_U.search(text) is None) and (
            "&" not in text or _ENTITY.search(text) is None) and (
            "<" not in text or _TAG.search(text) is None) and (
            "](" not in text or _MD_LINK.search(text) is None):
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
        elif m.group("u") is not None:
            _unescaped(m.group(), m.start(), out, starts, ends)
        elif m.group("tag") is not None:
            out.append(" ")
            starts.append(m.start())
            ends.append(m.end())
        else:
            _referenced(m.group(), m.start(), out, starts, ends)
        pos = m.end()
    _plain(text, pos, len(text), out, starts, ends)
    # "<a href=…>Ada", "[Zoe Ashworth](mailto:…)": brackets glued to a word read as blanks
    marks = [k for m in _ATTR_TAG.finditer(text) for k in (m.start(), m.end() - 1)] \
        if "<" in text else []
    if "](" in text:
        marks += [k for m in _MD_LINK.finditer(text) for k in (m.start(), *m.span("close"))]
    if marks:
        at = {start: i for i, start in enumerate(starts)}
        for k in marks:
            if k in at and text[k] in "<>[](":
                out[at[k]] = " "
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


def _referenced(ref: str, at: int, out: list[str], starts: list[int],
                ends: list[int]) -> None:
    """An HTML character reference (``&#64;``, ``&#x40;``, ``&commat;``): the characters it
    names, each covering the whole reference; one that names none is kept as written."""
    body = ref[1:-1]
    chars = ""
    if body.startswith("#"):
        code = int(body[2:], 16) if body[1:2] in ("x", "X") else int(body[1:])
        if 0 < code <= 0x10FFFF and not 0xD800 <= code < 0xE000:
            chars = chr(code)
    else:
        chars = html5.get(body + ";", "")
    if not chars:
        out.extend(ref)
        starts.extend(range(at, at + len(ref)))
        ends.extend(range(at + 1, at + len(ref) + 1))
        return
    for c in chars:
        if not INVISIBLE.fullmatch(c):
            out.append(c.translate(_ASCII))
            starts.append(at)
            ends.append(at + len(ref))
