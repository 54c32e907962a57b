"""A model's own list of sources at the end of its answer ("Sources:\\n[1] …").

Shared by ``citations`` (markers there list sources, they do not cite a sentence, so such an
answer is still uncited) and ``footnotes`` (whose default tail labels are these).
"""

from __future__ import annotations

import re

_LINE = re.compile(r"[^\n]*\n?")

#: Labels that head a model's own list of sources (also the footnotes guard's default labels).
REFERENCE_LABELS = ("Sources", "Source", "References", "Citations", "Footnotes", "Footnote",
                    "Bibliography", "Works cited", "Quellen", "Fuentes", "Referencias",
                    "Références", "Fonti", "参考资料", "参考文献", "来源", "出典")
_REF_ENTRY = re.compile(
    r"[ \t]*(?:[-*+][ \t]*)?(?:\[\^?\d{1,3}\]:?|【\d{1,3}】|［\d{1,3}］)[ \t]*\S")
_LABEL_LINE = re.compile(
    r"[ \t]*(?:#{1,6}[ \t]+)?(?:[*_]{1,2})?(?:" + "|".join(map(re.escape, REFERENCE_LABELS))
    + r")(?:[*_]{1,2})?[ \t]*+(?:[:：][ \t]*+(?:[*_]{1,2})?)?[ \t]*+", re.IGNORECASE)


_PARA_END = re.compile(r"\n[ \t]*\n\s*\Z")


def reference_tail(text: str) -> int:
    """Where the trailing list of references of ``text`` starts, or ``len(text)`` when there
    is none: its last lines when they open with ``[N]`` / ``[^N]:`` / ``【N】`` and sit under
    a "Sources:"-style line, or are footnote definitions (``[^1]: …``), or are two or more
    such lines in a paragraph of their own; some body text must come before. Markers there
    list sources, they do not cite a sentence (one ``[1] …`` line could be either)."""
    lines = [m for m in _LINE.finditer(text) if m.group()]
    i, start, entries, definition = len(lines) - 1, len(text), 0, False
    while i >= 0 and (not lines[i].group().strip() or _REF_ENTRY.match(lines[i].group())):
        if lines[i].group().strip():
            start, entries = lines[i].start(), entries + 1
            definition = definition or "]:" in lines[i].group()[:12]
        i -= 1
    if not entries:
        return len(text)
    if i >= 0 and _LABEL_LINE.fullmatch(lines[i].group().rstrip("\n")):
        start = lines[i].start()
    elif not definition and (entries < 2 or not _PARA_END.search(text, 0, start)):
        return len(text)
    return start if text[:start].strip() else len(text)
