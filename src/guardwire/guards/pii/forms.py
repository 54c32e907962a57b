"""Escaped placeholder forms, and escaping a restored value the way its placeholder was.

Models writing Markdown, HTML, JSON or URLs escape the placeholders they copy:

- Markdown: ``PERSON\\_1``, ``<PERSON\\_1>``, ``\\<PERSON\\_1\\>``, ``\\[PERSON\\_1\\]``;
- HTML: ``&lt;PERSON_1&gt;``, ``&#60;PERSON_1&#62;``, ``&#x3c;PERSON_1&#x3e;`` (up to two
  leading zeros, any case), ``&#91;PERSON_1&#93;``;
- JSON (HTML-safe encoders): ``\\u003cPERSON_1\\u003e``, ``\\u005bPERSON_1\\u005d``;
- URL: ``%3CPERSON_1%3E``, ``%5BPERSON_1%5D``;
- templates: ``{PERSON_1}``, ``{{person_1}}``, ``{{{person_1}}}`` (the value goes in as it
  is);
- wiki links: ``[[PERSON_1]]`` becomes ``[[value]]`` (the link markup stays; also
  ``\\[\\[PERSON\\_1\\]\\]`` and full-width ``［［PERSON_1］］``);
- HTML escaped twice: ``&amp;lt;PERSON_1&amp;gt;`` (the value is escaped twice too);
- full-width brackets: ``＜PERSON_1＞``, ``［PERSON_1］`` (the value goes in as it is).

Each *family* has its own opening and closing brackets, and a placeholder is read only when
both come from the same family (``&lt;PERSON_1&gt;``, not ``&lt;PERSON_1>``): a backslash
the user typed right before a canonical ``<PERSON_1>`` then never turns it into another form.

The restored value is escaped the same way, so it shows as itself where the output is
rendered and cannot inject markup: ``html.escape`` for HTML forms, a backslash before
Markdown's inline punctuation for Markdown forms, a JSON string body with ``<``, ``>`` and
``&`` as ``\\u`` escapes for JSON forms, percent-encoding for URL forms. Plain forms
(``<PERSON_1>``, ``PERSON_1``) get the value as it is.

Inside JSON text (streamed tool-call arguments) a literal backslash is written ``\\\\``:
:func:`families` then expects the Markdown escapes doubled, and every value is inserted
JSON-escaped on top of its own escaping.
"""

from __future__ import annotations

import html
import json
import urllib.parse
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import regex

Layer = Literal["markdown", "html", "json_html", "url", "json"]


@dataclass(frozen=True, slots=True)
class Family:
    """One way of writing a placeholder's brackets."""

    name: str
    angle: tuple[str, str]  # opening and closing regex
    square: tuple[str, str] | None
    longest: int  # characters of the longest opening plus the longest closing bracket
    markdown_inside: bool  # underscores may be written ``\\_``
    layers: tuple[Layer, ...]  # how the value is escaped


def _entity(decimal: int) -> str:
    hexa = f"{decimal:x}"
    return (rf"&\#(?:0{{0,2}}{decimal}|[xX]0{{0,2}}{hexa[0]}[{hexa[1].lower()}"
            rf"{hexa[1].upper()}]);")


@lru_cache(maxsize=8)
def families(backslash: str = r"\\") -> tuple[Family, ...]:
    """The families, with ``backslash`` the regex of a literal backslash (``\\\\\\\\`` inside
    JSON text, where it is written doubled)."""
    bs_len = 2 if backslash == r"\\\\" else 1
    return (
        # plain also reads the wiki link [[PERSON_1]] (see _forms; the value keeps [[ ]])
        Family("plain", ("<", ">"), (r"\[", r"\]"), 4, True, ()),
        # longest: the doubled square pair \[\[ \]\] (a wiki link, see placeholders._doubled)
        Family("markdown", (rf"{backslash}<", rf"{backslash}>"),
               (rf"{backslash}\[", rf"{backslash}\]"), 4 + 4 * bs_len, True, ("markdown",)),
        Family("html", (rf"(?:&(?i:lt);|{_entity(60)})", rf"(?:&(?i:gt);|{_entity(62)})"),
               (_entity(91), _entity(93)), 16, True, ("html",)),
        Family("json", (r"\\u003[cC]", r"\\u003[eE]"), (r"\\u005[bB]", r"\\u005[dD]"), 12,
               False, ("json_html",)),
        Family("url", ("%3[cC]", "%3[eE]"), ("%5[bB]", "%5[dD]"), 6, False, ("url",)),
        # template style: {PERSON_1}, {{person_1}} (its "square" pair is the doubled brace)
        # and the Handlebars triple-stash {{{person_1}}} (see _forms)
        Family("curly", (r"\{", r"\}"), (r"\{\{", r"\}\}"), 6, True, ()),
        # HTML escaped twice (a template escaping text that was already escaped): no square
        # pair, nobody escapes "[" twice; "&amp;#x003c;" would lengthen the holdback
        Family("html2", ("&(?i:amp);(?i:lt);", "&(?i:amp);(?i:gt);"), None, 16, True,
               ("html", "html")),
        # full-width brackets (CJK text): the value goes in as it is
        Family("fullwidth", ("\uff1c", "\uff1e"), ("\uff3b", "\uff3d"), 4, True, ()),
    )


_MARKDOWN_SPECIAL = regex.compile(r"([\\`*_\[\]<>&|~])")


def _markdown(value: str) -> str:
    return str(_MARKDOWN_SPECIAL.sub(r"\\\1", value))


def _json(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)[1:-1]


def _json_html(value: str) -> str:
    return _json(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


_ENCODERS = {
    "markdown": _markdown,
    "html": lambda v: html.escape(v, quote=True),
    "json_html": _json_html,
    "url": lambda v: urllib.parse.quote(v, safe=""),
    "json": _json,
}


def escape_value(value: str, layers: tuple[Layer, ...]) -> str:
    """``value`` escaped by each layer in turn (innermost first)."""
    for layer in layers:
        value = _ENCODERS[layer](value)
    return value
