"""Values split across two texts of one call: ``call me at 212-555`` in one chat message and
``-0134`` in the next, ``email: ada.lovelace`` then ``@example.com``.

The end of a text is read glued to the start of the next (no blank between them on either
side) with the pattern recognizers only. A value found across that seam is redacted in both
texts, each part under its own placeholder of the value's type: the model gets
``call me at <PHONE_NUMBER_1>`` and ``<PHONE_NUMBER_2>``, and the answer restores each part
exactly where the model put it (``<PHONE_NUMBER_1><PHONE_NUMBER_2>`` → ``212-555-0134``).

- :func:`starts`: while the input stage checks one text, the start of a value that goes on in
  the next text of the call (``ctx.input_texts``). Outside ``guarded`` (``check_input`` on
  one text at a time) there is no next text, and the start is sent as written (alone it is
  no value).
- :func:`continuations`: in the next text, the rest of a value that started in the previous
  one. A value the previous text already held whole (``212-555-0134`` then ``5 minutes``)
  is not continued; held as another type, it is (``4131034282``, a phone number alone, then
  ``458809939``: one card number).
- :func:`inherited_parts`: with ``keep_vault``, the parts an earlier call split, which a later
  call finds in the vault (alone no values, so not replaced where they recur).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..._context import Context
from .engine import NER_ENTITIES, Detection
from .placeholders import LITERAL, placeholder_type
from .spans import PlaceholderIndex

EDGE = 40
"""Characters of each side of the seam read together (the longest values, an IBAN with
blanks or an e-mail address, fit; the head runs on to a blank)."""


def seam_tail(text: str) -> str:
    """The end of ``text`` a value may continue from (empty when it ends with a blank)."""
    return text[-EDGE:] if text and not text[-1].isspace() else ""


def next_text(ctx: Context) -> str:
    """The input text after the one the input stage is checking (``""``: none, or unknown)."""
    i, texts = ctx.input_index, ctx.input_texts
    return texts[i + 1] if i is not None and i + 1 < len(texts) else ""


def _joins(tail: str, text: str) -> bool:
    """``tail`` and ``text`` may hold one value across their seam."""
    if not (tail and text and not text[0].isspace()):
        return False
    if tail[-1] in ".!?,;:" and text[0].isalpha():
        # a sentence goes on: "see the docs." then "How …" is no URL; but "ada@superrito."
        # is no address yet (a dot-less domain): "com" is its end (lower case, and only an
        # address ending with a word: "Thanks" is a new sentence, not the ".th" it starts with)
        return text[0].islower() and _OPEN_DOMAIN.search(tail) is not None
    return True


_OPEN_DOMAIN = re.compile(r"[^\s@]@[^\s@.]+\.\Z")
_EXTENSION = re.compile(r"(?i:x|ext\.?)[0-9]")
"""A phone number's extension glued to the start of the next text (``x036``): it goes on
with a number the previous text held whole, which digits (``5 minutes``) do not."""


def _whole_words(glued: str, d: Detection) -> bool:
    """An address or URL the seam read finds ends with a word (not ``ada@superrito.th`` of
    ``…thanks``: the recognizers take any top-level name a word starts with)."""
    return d.entity_type not in ("EMAIL_ADDRESS", "URL") or d.end >= len(glued) or not (
        glued[d.end].isalnum())


def _goes_on(entity_type: str, head: str) -> bool:
    """A value of ``entity_type`` that the previous text held whole goes on into ``head``."""
    return entity_type == "PHONE_NUMBER" and _EXTENSION.match(head) is not None


def _head(text: str) -> str:
    cut = EDGE
    while cut < min(len(text), 2 * EDGE) and not text[cut].isspace():
        cut += 1
    return text[:cut]


Allowed = Callable[[str, str], bool]
"""Whether a value found as a type is allowed (``allow``): the joined value is asked, so an
allowed value split across two texts is sent as written, both parts."""


def _never(value: str, entity_type: str) -> bool:
    return False


def starts(detect: Callable[[str], list[Detection]], text: str, after: str,
           allowed: Allowed = _never) -> list[Detection]:
    """Detections of the start, in ``text``, of values whose rest is in ``after`` (the next
    text), unless ``text`` ends with the value whole (then the next text does not continue
    it)."""
    tail = seam_tail(text)
    if not _joins(tail, after):
        return []
    head, off, base = _head(after), len(tail), len(text) - len(tail)
    glued = tail + head
    found = [d for d in detect(glued) if d.start < off < d.end and _whole_words(glued, d)
             and any(c.isalnum() for c in head[:d.end - off])
             and not allowed(glued[d.start:d.end], d.entity_type)]
    if not found:
        return []
    whole = [d for d in detect(tail) if d.end == off]
    return [Detection(base + d.start, len(text), d.entity_type, d.score) for d in found
            if any(c.isalnum() for c in tail[d.start:]) and _continued(d, whole, head)]


def _continued(d: Detection, whole: list[Detection], head: str) -> bool:
    """Whether ``d``, found across the seam, goes on from the previous text, which ends with
    the values ``whole``: not one of the same type held whole there (``212-555-0134`` /
    ``5 minutes``; a phone extension excepted), and not a weaker value of another type
    (``054-28-6917``, an SSN, and ``64 …`` as a phone number; the SSN ``471 07 9517`` inside
    a Swiss number ending with ``…07 95`` / ``17``); a stronger one of another type from the
    same start is (``4012888888``, a phone number alone, and ``881881``: a card), or from
    inside one only when its checksum holds (score 1: a card behind a reference number)."""
    if _goes_on(d.entity_type, head):
        return True
    under = [w for w in whole if w.start <= d.start]
    if not under:
        return True
    if any(w.entity_type == d.entity_type for w in under):
        return False
    inside = any(w.start < d.start for w in under)
    return d.score > max(w.score for w in under) and (d.score >= 1.0 or not inside)


def continuations(detect: Callable[[str], list[Detection]], tail: str, text: str,
                  index: PlaceholderIndex, started: bool = False,
                  allowed: Allowed = _never) -> list[Detection]:
    """Detections of the rest, in ``text``, of values that start in ``tail`` (see above).
    ``started``: the previous text's redaction took the start of a value continued here
    (:func:`starts`; the value is not whole there, though its start is now a known value)."""
    if not _joins(tail, text):
        return []
    head = _head(text)
    off = len(tail)
    with index.lock:
        known = {v: placeholder_type(p) for v, p in index.by_value.items()}
    out: list[Detection] = []
    glued = tail + head
    whole: list[Detection] | None = None
    for d in detect(glued):
        if not (d.start < off < d.end and _whole_words(glued, d)) or allowed(
                glued[d.start:d.end], d.entity_type):
            continue
        start = tail[d.start:]
        if not started and not _goes_on(d.entity_type, head) and any(
                t == d.entity_type for v, t in known.items()
                if v.endswith(start) and tail.endswith(v)):
            continue  # the previous text held this value whole
        if not started:
            if whole is None:
                whole = [w for w in detect(tail) if w.end == off]
            if not _continued(d, whole, head):
                continue  # ... or one of another type that this one does not go on from
        end = d.end - off
        if any(c.isalnum() for c in text[:end]):
            out.append(Detection(0, end, d.entity_type, d.score))
    return out


def inherited_parts(detect: Callable[[str], list[Detection]], index: PlaceholderIndex,
                    text: str, memo: dict[str, bool]) -> frozenset[str]:
    """Values of earlier calls (a kept vault: ``index.inherited``) in ``text`` that are parts
    of a value split across two texts there. The vault does not say which values were parts
    (the call that split them knew; a later one does not): a pattern-type value is read as a
    part when alone it is no value of its type and, glued to the value of the placeholder
    numbered one before or after it of the same type (the two parts get consecutive
    numbers), it is one across the seam. ``memo``: the call's answers so far."""
    with index.lock:
        old = {v: p for v, p in index.by_value.items() if v in index.inherited}
    out: set[str] = set()
    for value, placeholder in old.items():
        kind = placeholder_type(placeholder)
        if kind is None or kind == LITERAL or kind in NER_ENTITIES or value not in text:
            continue
        if value not in memo:
            memo[value] = _is_part(detect, value, placeholder, kind, old)
        if memo[value]:
            out.add(value)
    return frozenset(out)


def _is_part(detect: Callable[[str], list[Detection]], value: str, placeholder: str,
             kind: str, old: dict[str, str]) -> bool:
    if any(d.entity_type == kind and d.start == 0 and d.end == len(value)
           for d in detect(value)):
        return False  # a whole value
    n = int(placeholder[len(kind) + 2:-1])
    by_placeholder = {p: v for v, p in old.items()}
    for first, other in ((True, n + 1), (False, n - 1)):
        partner = by_placeholder.get(f"<{kind}_{other}>")
        if partner is None:
            continue
        glued, seam = (value + partner, len(value)) if first else (partner + value, len(partner))
        if any(d.entity_type == kind and d.start < seam < d.end for d in detect(glued)):
            return True
    return False
