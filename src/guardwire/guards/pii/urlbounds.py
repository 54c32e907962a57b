"""Where a URL detection ends: Presidio's URL pattern has no boundary after the top-level
name and stops its path at ``?``, ``#``, ``:`` and ``(``, so a match could end inside a
word or before the part of a link that holds the most personal data:

- ``example.community`` matched ``example.com`` and ``munity`` was left; ``john.smith`` and
  ``ada.lovelace`` matched ``john.sm`` and ``ada.love`` (``.sm`` and ``.love`` are top-level
  names) and ``ith``, ``lace`` reached the model;
- ``https://example.com?name=Ada+Lovelace``, ``…#ada-lovelace``, ``example.com:8080/admin
  ?user=ada``, ``…/wiki/Ada_(name)``: the query, fragment or port and path stayed visible.

:func:`whole_url` grows a match over the rest of its host label (kept only when the longer
host still ends in a public suffix of tldextract's bundled list, or a company-network name;
``john.smith`` is then no URL at all) and over a port, path, query and fragment, without the
punctuation that ends a sentence or an unbalanced closing bracket.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import regex

_LABEL_REST: Any = regex.compile(r"[A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*")
_TAIL: Any = regex.compile(r"(?::[0-9]{1,5})?(?=[/?#])[^\s<>\"'`]*|:[0-9]{1,5}(?![\w.])")
_PATH_REST: Any = regex.compile(r"[^\s<>\"'`]*")
_SCHEME: Any = regex.compile(r"(?i)[a-z][a-z0-9+.\-]*://")
_TRAILING = ".,;:!?*_~"


@lru_cache(maxsize=1)
def _suffixes() -> Any:
    from .build import offline_suffix_extractor

    return offline_suffix_extractor()


def public_host(host: str) -> bool:
    from .build import PRIVATE_TLDS

    return bool(_suffixes()(host).fqdn) or host.rsplit(".", 1)[-1].lower() in PRIVATE_TLDS


def whole_url(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The whole URL of which ``text[start:end]`` is a URL match, or ``None`` when the match
    ends inside a word that makes no host (``john.sm`` of ``john.smith``)."""
    if end >= len(text):
        return start, end
    scheme = _SCHEME.match(text, start)
    host_start = scheme.end() if scheme else start
    head = text[host_start:end]
    if "/" not in head and (text[end].isalnum() or text[end] == "-"):  # mid-label
        longer = _LABEL_REST.match(text, end).end()
        if public_host(text[host_start:longer]):
            end = longer
        elif start == 0 or text[start - 1] != "@":
            return None
        # else the domain of an address glued to the next one
        # ("john@example.comjane@example.com"): the e-mail rules take it with its local part
    if "/" in head:  # the path stopped at "(" or another character it does not allow
        tail_end = _PATH_REST.match(text, end).end()
    else:
        tail = _TAIL.match(text, end)
        tail_end = tail.end() if tail else end
    return start, _trimmed(text, start, end, tail_end)


def _trimmed(text: str, start: int, keep: int, end: int) -> int:
    """``end`` of the URL at ``start`` without sentence punctuation and unbalanced closing
    brackets, never before ``keep``."""
    while end > keep:
        c = text[end - 1]
        if not (c in _TRAILING or (c in ")]}" and _unbalanced(text[start:end], c))):
            break
        end -= 1
    return end


def _unbalanced(url: str, closing: str) -> bool:
    opening = {")": "(", "]": "[", "}": "{"}[closing]
    return url.count(closing) > url.count(opening)
