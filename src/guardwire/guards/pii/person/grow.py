"""Growing a found name over the rest of the name around it: the words after it, hyphenated
parts, particles (``da Silva``, ``van der Berg``) and a first word the model or the name list
knows. Half a name left in the text is a leak: ``Ask Olumide da Silva`` sent ``Ask <PERSON_1>
da Silva``, ``Anne-Marie van der Berg`` sent ``Anne-Marie van der <PERSON_1>``, ``MARY-KATE
DUPONT`` sent ``MARY-<PERSON_1>``, ``cc: Aoife Al-Hashimi`` sent ``<PERSON_1>-Hashimi``."""

from __future__ import annotations

from .lexicon import BEFORE, MAX_TOKENS, PARTICLES, STRONG_BEFORE
from .tokens import Toks, calendar, hyphen_joins, is_first_name, name_like

_MAX_PARTICLES = 3
_CUES = frozenset(c[0] for c in (*STRONG_BEFORE, *BEFORE) if len(c) == 1)
"""One-word person cues: "Hey Jamie" is no name of two words."""


def _in_capitals(d: Toks, k: int) -> bool:
    return len(d.text[k]) > 1 and d.text[k].isupper() and d.text[k].isalpha()


def _name_word(d: Toks, k: int, caps: bool) -> bool:
    """A capitalised name word (in capitals too when the name is written in capitals)."""
    return (0 <= k < d.n and d.text[k][:1].isupper() and not d.stop[k]
            and not calendar(d, k, k + 1)
            and (name_like(d, k, False) or (caps and _in_capitals(d, k)
                                            and name_like(d, k, True))))


def _starts_sentence(d: Toks, k: int) -> bool:
    """Whether token ``k`` starts the text, a line or a sentence (a capital there says
    nothing: "Producer Vilhjálmur Georgsson explained")."""
    p = d.prev[k]
    return p < 0 or d.text[p] in (".", "!", "?", '"') or any(
        "\n" in d.text[j] + d.ws[j] for j in range(p, k))


def _particles(d: Toks, k: int, step: int, caps: bool = False) -> int:
    """How many lower-case particles (``van``, ``der``, ``da``; in capitals in a name in
    capitals) stand at ``k``, ``k+step``, … (each between blanks)."""
    n = 0
    while (n < _MAX_PARTICLES and 0 <= k < d.n
           and (d.text[k].islower() or (caps and d.text[k].isupper()))
           and d.low[k] in PARTICLES and d.ws[k] == " " and (k == 0 or d.ws[k - 1] == " ")):
        n += 1
        k += step
    return n


def extend_right(d: Toks, start: int, end: int, found: dict[int, tuple[int, str]]) -> int:
    """Grow a name over the capitalised name-like words right after it on the same line
    ("Magnus" + "Poulsen"; in capitals after a name in capitals: "ZOE" + "ASHWORTH", the
    typing style, not an acronym), hyphenated parts ("Smith-Jones") and particles followed by
    a name word ("da Silva")."""
    k, words = end, end - start
    caps = _in_capitals(d, end - 1)
    while k < d.n and words < MAX_TOKENS:
        if hyphen_joins(d, k) and _name_word(d, k + 1, caps):
            k += 2
            continue
        n = _particles(d, k, 1, caps)
        j = k + n
        if (j < d.n and not d.space[j] and d.ws[j - 1] == " " and _name_word(d, j, caps)
                and (j not in found or found[j][0] == j + 1)):
            found.pop(j, None)
            k, words = j + 1, words + 1
            continue
        break
    return k


def extend_left(d: Toks, start: int, first_names: frozenset[str] = frozenset()) -> int:
    """Grow a name over the capitalised name words glued to it by a hyphen on its left (the
    model often finds only "Luc Picard" of "Jean-Luc Picard"), over particles with a name
    word before them ("Anne-Marie van der" + "Berg"), and over one name word right before it
    that is a known first name or does not start a sentence ("cc: Aoife" + "O'Neill"; at a
    sentence start a capital says nothing: "Producer Vilhjálmur Georgsson")."""
    caps = _in_capitals(d, start)
    grown = False
    while start > 0:
        if start >= 2 and hyphen_joins(d, start - 1) and _name_word(d, start - 2, caps):
            start -= 2
            continue
        n = _particles(d, start - 1, -1, caps)
        k = start - n - 1
        # particles before it, or starting it ("ben Ami" found, "Aoife" before it)
        particle = n or (d.text[start].islower() and d.low[start] in PARTICLES)
        if particle and k >= 0 and d.ws[k] == " " and _name_word(d, k, caps):
            start, grown = k, True
            continue
        if (not grown and k >= 0 and not n and d.ws[k] == " " and _name_word(d, k, caps)
                and d.low[k] not in _CUES
                and (is_first_name(d, k, first_names) or not _starts_sentence(d, k))):
            start, grown = k, True
            continue
        break
    return start
