"""Growing a found name over the rest of the name around it: the words after it, hyphenated
parts, particles (``da Silva``, ``van der Berg``) and a first word the model or the name list
knows. Half a name left in the text is a leak: ``Ask Olumide da Silva`` sent ``Ask <PERSON_1>
da Silva``, ``Anne-Marie van der Berg`` sent ``Anne-Marie van der <PERSON_1>``, ``MARY-KATE
DUPONT`` sent ``MARY-<PERSON_1>``, ``cc: Aoife Al-Hashimi`` sent ``<PERSON_1>-Hashimi``."""

from __future__ import annotations

from .lexicon import BEFORE, MAX_TOKENS, PARTICLES, STRONG_BEFORE, english_word
from .tokens import Toks, calendar, hyphen_joins, is_first_name, is_surname, name_like

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


def unknown_word(d: Toks, k: int, words: frozenset[str]) -> bool:
    """A capitalised word (the rest in lower case) of three letters or more that is no
    English word of ``words`` (``False`` without a list): at a sentence start, ``Aoife`` but not
    ``Yesterday``, ``Producer`` or ``Meanwhile``."""
    text = d.text[k]
    return (bool(words) and len(text) > 2 and text.isalpha() and text[:1].isupper()
            and text[1:].islower()  # not a brand's inner capital: "ChatGPT", "GitHub"
            and all(ord(c) < 0x250 for c in text)  # Latin letters
            and not english_word(d.low[k], words))


def extend_left(d: Toks, start: int, first_names: frozenset[str] = frozenset(),
                words: frozenset[str] = frozenset()) -> int:
    """Grow a name over the capitalised name words glued to it by a hyphen on its left (the
    model often finds only "Luc Picard" of "Jean-Luc Picard"), over particles with a name
    word before them ("Anne-Marie van der" + "Berg"), and over one name word right before it
    that is a known first name, does not start a sentence ("cc: Aoife" + "O'Neill") or is no
    English word (``words``: "Aoife" + "Nakamura will join"; at a sentence start an English
    word says nothing: "Producer Vilhjálmur Georgsson", "Yesterday Smith")."""
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
                and (is_first_name(d, k, first_names) or not _starts_sentence(d, k)
                     or unknown_word(d, k, words))):
            start, grown = k, True
            continue
        break
    return start



_AFTER_INVERTED = frozenset({")", "(", ";", ".", "-", "–", "—", ":", "|", "/", "]", "\"", "'"})
"""What may follow ``Ashworth, Zoe``: the name ends there."""
_BEFORE_INVERTED = frozenset({":", ";", "(", "|", "["})
"""What may stand before ``Ashworth, <found>``: a label, another item, the line's start."""
_LIST_WORDS = frozenset({"and", "or", "&", "und", "et", "y"})


def _name_ends(d: Toks, k: int) -> bool:
    """Whether a name may end before token ``k``: the text or line ends, a closing mark, or
    a lower-case word other than ``and``/``or`` (``Ashworth, Zoe called``)."""
    if k >= d.n or (d.space[k] and "\n" in d.text[k]):
        return True
    text = d.text[k]
    if text in _AFTER_INVERTED and (d.ws[k - 1] == "" or text in ("(", "-", "–", "—")):
        return True
    return d.ws[k - 1] == " " and text.isalpha() and text.islower() and text not in _LIST_WORDS


def _given_word(d: Toks, k: int) -> bool:
    """A capitalised name word of two letters or more, not in capitals, without a hyphen."""
    return (0 <= k < d.n and _name_word(d, k, False) and d.text[k].isalpha()
            and len(d.text[k]) > 1 and not d.text[k].isupper())


def last_first(d: Toks, found: dict[int, tuple[int, str]], first_names: frozenset[str],
               surnames: frozenset[str], words: frozenset[str]) -> None:
    """Grow a one-word name over the other half of a name written ``Last, First``, so that
    ``Lovelace, Ada`` gets one placeholder, not half a name left in the text:

    - the given name after it and a comma (``Author: Ashworth, Zoe``, ``Patient: <found>,
      Olumide (DOB …)``): a known first name or no English word (``words``), with the name
      ending after it (the line ends, ``)``, ``;``, ``-``, a lower-case word other than
      ``and``: not the items of a list, ``Eklund, Michael and Hodge``, ``Ada, Bob, Carl``);
    - the surname before it and a comma (``Attendees: Okafor, <found>``): a known surname or
      no English word, after a label, a separator or at a line's start, with the name ending
      after the found one (``Hello, Zoe`` and ``Paris, Zoe`` stay: English words)."""
    for s in sorted(found):
        if s not in found:
            continue
        e, src = found[s]
        if e - s != 1 or d.text[s].isupper():
            continue
        w = e + 1
        p = d.prev[s]
        in_list = p > 0 and d.text[p] == "," and _name_word(d, d.prev[p], False)
        if (w < d.n and not in_list and d.text[e] == "," and d.ws[e] == " " and d.ws[s] == ""
                and _given_word(d, w) and (w not in found or found[w][0] == w + 1)
                and _name_ends(d, w + 1)
                and (is_first_name(d, w, first_names) or unknown_word(d, w, words))):
            found.pop(w, None)
            found[s] = (w + 1, src)
            continue
        k = s - 2
        if (k >= 0 and d.text[s - 1] == "," and d.ws[s - 1] == " " and d.ws[k] == ""
                and k not in found and _given_word(d, k) and _name_ends(d, e)
                and (d.prev[k] < 0 or d.text[d.prev[k]] in _BEFORE_INVERTED
                     or "\n" in d.text[k - 1] + d.ws[k - 1] or d.low[d.prev[k]] in _CUES)
                and (is_surname(d, k, surnames) or unknown_word(d, k, words))):
            del found[s]
            found[k] = (e, src)


VOCATIVE_NEXT = frozenset({
    "can", "could", "would", "will", "please", "do", "did", "are", "have", "i", "you", "we",
    "thanks", "thank", "let", "let's", "when", "what", "where", "how", "why", "is", "just",
    "quick", "sorry", "hope", "remember", "don't", "pls", "plz"})
"""Words that follow a name and a comma when the name addresses someone ("Aoife, can you
send the file?")."""


def vocatives(d: Toks, found: dict[int, tuple[int, str]], first_names: frozenset[str],
              words: frozenset[str]) -> None:
    """A name addressing the reader at a line's start: one capitalised word, a comma and a
    request or question ("Aoife, can you …", "Kwame, please call …"); the word must be a
    known first name or no English word ("Thanks, can you …", "Python, can you …" stay)."""
    covered = {k for s, (e, _) in found.items() for k in range(s, e)}
    for i in range(d.n - 2):
        if (i in covered or d.text[i + 1] != "," or d.ws[i] != ""
                or not _given_word(d, i)
                or not (d.prev[i] < 0 or "\n" in d.text[i - 1] + d.ws[i - 1])):
            continue
        nxt = next((k for k in range(i + 2, min(d.n, i + 4)) if not d.space[k]), None)
        if nxt is None or d.low[nxt] not in VOCATIVE_NEXT:
            continue
        if d.low[i] in _CUES or d.low[i] in _INTERJECTIONS:
            continue  # "Hey, I'm …"
        if is_first_name(d, i, first_names) or unknown_word(d, i, words):
            found[i] = (i + 1, "cue")


_INTERJECTIONS = frozenset({
    "hey", "hiya", "heya", "yo", "ok", "okay", "yeah", "yep", "yup", "nope", "nah", "oh",
    "wow", "hmm", "hm", "ah", "aha", "oops", "ugh", "btw", "lol", "pls", "plz", "thx", "ty",
    "guys", "folks", "dude", "bro", "sis", "everyone", "everybody", "team", "sir", "madam",
    "greetings", "howdy", "cheers", "alright"})
