"""Finding citation markers in an answer: ``[N]``, ``[1, 2]``, ``[1-3]``, ``[^N]``, CJK
brackets and labelled forms (``[Doc 2]``, ``(Source 1)``), outside code spans
(used by :mod:`guardwire.guards.citations`, grounding and footnotes)."""

from __future__ import annotations

import re
import unicodedata

from ._text import code_spans

_NUM = r"\d{1,3}(?:\s*[-–]\s*\d{1,3})?"
MARKER = re.compile(rf"(?<!\\)\[\^?\s*({_NUM}(?:\s*[,;]\s*{_NUM})*)\s*\](?!\()")
# CJK brackets: 巴黎是首都【1】。 / ［2］ / 【1，3】
_CJK_MARKER = re.compile(rf"[【［]\s*({_NUM}(?:\s*[,;，、；]\s*{_NUM})*)\s*[】］]")
# labelled: [Doc 2], [doc1], (Source 1, Source 2), [Documents 1 and 3], [citation:2], (ref. 2)
# each space belongs to one place only ("\s*[:#]?\s*" could split a run of spaces many ways:
# "(source 1, source 1, … x" backtracked exponentially); possessive quantifiers never give back
_LABEL = r"(?:doc(?:ument)?s?|sources?|refs?\.?|references?|passages?|citations?)(?:\s*+[:#])?\s*+"
_LABELLED_MARKER = re.compile(
    rf"[\[(]\s*+{_LABEL}({_NUM}(?:\s*+(?:[,;，、；]|and\b|&)\s*+(?:{_LABEL})?{_NUM})*+)\s*+[\])]"
    r"(?!\()", re.IGNORECASE)
_NUM_RE = re.compile(_NUM)
# a marker written right after a word ("France[1].") ends where prose goes on, not code
_PROSE_AFTER = re.compile(r"\Z|[\s,;:!?)…。！？、，\"'”’»*_]|\.(?!\w)|\[\^?\d")


def find_citation_markers(text: str) -> list[tuple[int, int, list[int]]]:
    """``(start, end, [doc numbers])`` of each ``[N]``, ``[1, 2]``, ``[1-3]`` or ``[^N]``
    marker outside code spans, also right after a word ("France[1]."), in CJK brackets
    (``【1】``, ``［2］``) or labelled (``[Doc 2]``, ``(Source 1, Source 3)``,
    ``[citation:2]``). Markdown links (``[1](url)``) and indexing (``a[1]``,
    ``obj.items[1]``, ``a[1].x``) are not markers."""
    if not any(c in text for c in "[(【［"):
        return []
    code = code_spans(text)
    found: list[tuple[int, int, list[int]]] = []
    for pattern in (MARKER, _CJK_MARKER, _LABELLED_MARKER):
        for m in pattern.finditer(text):
            if any(s <= m.start() < e for s, e in code):
                continue
            if pattern is MARKER and m.start() and (
                    text[m.start() - 1].isalnum() or text[m.start() - 1] == "_") \
                    and not _attached_marker(text, m):
                continue
            found.append((m.start(), m.end(), _marker_numbers(m.group(1))))
    found.sort()
    return found


def _marker_numbers(listed: str) -> list[int]:
    """The document numbers of a marker's list: "1, 3", "2-4", "1 and Doc 3"."""
    numbers: list[int] = []
    for part in _NUM_RE.findall(listed):
        bounds = [int(x) for x in re.split(r"\s*[-–]\s*", part)]
        if len(bounds) == 2 and 0 < bounds[1] - bounds[0] < 50:
            numbers.extend(range(bounds[0], bounds[1] + 1))
        else:
            numbers.extend(bounds)
    return numbers


def _attached_marker(text: str, m: re.Match[str]) -> bool:
    """A marker glued to the word before it: a citation after a CJK character, as a
    footnote reference ``[^2]``, or after a word of two or more letters when prose follows
    ("France[1]."); not indexing such as ``a[1]``, ``obj.items[1]``, ``a[1].x``, ``v[1]=2``."""
    before = text[m.start() - 1]
    if _is_wide(before) or m.group(0).startswith("[^"):
        return True
    k = m.start()
    while k and (text[k - 1].isalnum() or text[k - 1] == "_"):
        k -= 1
    word = text[k : m.start()]
    if len(word) < 2 or not word.isalpha() or (k and text[k - 1] in "._"):
        return False
    return _PROSE_AFTER.match(text, m.end()) is not None


def cited_doc_numbers(text: str) -> list[int]:
    """The distinct document numbers cited in ``text``, in order of first citation."""
    seen: dict[int, None] = {}
    for _, _, numbers in find_citation_markers(text):
        seen.update(dict.fromkeys(numbers))
    return list(seen)


def _is_wide(char: str) -> bool:
    """A CJK (wide) character: no space goes between it and a marker."""
    return unicodedata.east_asian_width(char) in ("W", "F")
