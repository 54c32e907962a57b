"""Values split across two texts of one call: ``call me at 212-555`` in one chat message and
``-0134`` in the next, ``email: ada.lovelace`` then ``@example.com``.

Each text is redacted when the input stage reads it, before the next one is seen, so the
first part has reached the model's messages by then (as written: alone it is no value). The
next text's start is read once more glued to the previous text's end (no blank between them
on either side) with the pattern recognizers only; a value found across the seam has its rest
redacted in this text, under a placeholder of its type: the model gets ``212-555`` and
``<PHONE_NUMBER_1>``, and the answer restores ``-0134`` where the model put it. A value the
previous text already held whole (``212-555-0134`` then ``5 minutes``) is not continued.
"""

from __future__ import annotations

from collections.abc import Callable

from .engine import Detection
from .spans import PlaceholderIndex

EDGE = 40
"""Characters of each side of the seam read together (the longest values, an IBAN with
blanks or an e-mail address, fit; the head runs on to a blank)."""


def seam_tail(text: str) -> str:
    """The end of ``text`` a value may continue from (empty when it ends with a blank)."""
    return text[-EDGE:] if text and not text[-1].isspace() else ""


def continuations(detect: Callable[[str], list[Detection]], tail: str, text: str,
                  index: PlaceholderIndex) -> list[Detection]:
    """Detections of the rest, in ``text``, of values that start in ``tail`` (see above)."""
    if not tail or not text or text[0].isspace() or (
            tail[-1] in ".!?,;:" and text[0].isalpha()):
        return []  # a sentence goes on: "see the docs." then "How …" is no URL
    cut = EDGE
    while cut < min(len(text), 2 * EDGE) and not text[cut].isspace():
        cut += 1
    head = text[:cut]
    off = len(tail)
    with index.lock:
        known = set(index.by_value)
    out: list[Detection] = []
    for d in detect(tail + head):
        if not d.start < off < d.end:
            continue
        if tail[d.start:] in known or any(v.endswith(tail[d.start:]) for v in known
                                          if tail.endswith(v)):
            continue  # the previous text held this value whole
        end = d.end - off
        if any(c.isalnum() for c in text[:end]):
            out.append(Detection(0, end, d.entity_type, d.score))
    return out
