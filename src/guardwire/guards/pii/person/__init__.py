"""PERSON detection on top of spaCy's NER: person cues, a first-name list, vetoes.

The small English model finds about 60 % of the names in chat-like text; most of the rest it
either misses or labels ``ORG``/``GPE`` (foreign names especially). :func:`find_persons` reads
the model's entities from the ``Doc`` and

- keeps a ``PERSON`` entity, cut to its name words, unless it is a field label (``Email``), a
  date word, a ticker, part of a street address (``Villacher Strasse 89``) or one word after a
  travel phrase (``flew to Coles``);
- relabels another entity as a person when every token looks like a name part and there is
  evidence: a *person cue* next to it (a title ``Mr``/``Dr``, ``my name is``, ``call me``,
  ``Dear``, ``said``, ``my wife``, ``'s kid`` …), a middle initial, a first name it starts
  with or, for two words, a surname it ends with or the model's own score for a name starting
  at its first word (``MODEL_PERSON``, read from ``GreedyNer``'s scores; it also counts like a
  known first name for words the model missed);
- adds spans the model missed: capitalised name words after a cue or starting with a known
  first name (lower-case words after ``my name is``), a word before a strong cue (``Trivo
  lives``), the rest of a list of names, the other side of a pair (``Marrero and Murphy``),
  lower-case lists and full names (:mod:`.coord`), and the name line heading an address or
  signature block;
- grows names over the capitalised name words after them and across hyphens, and drops names
  inside a firm name (``Clark, Romero and Hall Orchestra``).

First names and surnames come from optional lists (:func:`load_first_names`,
:func:`load_surnames`): the US Census 1990 given names and surnames shipped by the MIT-licensed
``names`` package (the ``names`` extra: ``pip install -e '.[names]'`` in a checkout); without
it, only cues and the model decide. Lookups ignore case and accents and never match a stop word
or a month (``May``, ``Will`` … are only names with a cue). A surname alone never makes a name
(``Brown``, ``Young``, ``Long`` are words): it counts only as the second word of a two-word
entity (``Tünde Hoffmann``) or in a pair with a name (``Marrero and Murphy``).

Modules: :mod:`.lexicon` (word lists, name lists), :mod:`.tokens` (per-token tests on a
``Doc`` read once into lists), :mod:`.find` (the rules and the Presidio recognizer),
:mod:`.coord` (pairs and lower-case names).
"""

from .find import (
    PersonSpan,
    ends_with_cue,
    find_persons,
    particle_tails,
    person_recognizer,
    person_tokens,
)
from .lexicon import (
    FIRST_NAME_RANK,
    SURNAME_RANK,
    TITLES,
    fold,
    load_first_names,
    load_surnames,
)

__all__ = [
    "FIRST_NAME_RANK",
    "SURNAME_RANK",
    "TITLES",
    "PersonSpan",
    "ends_with_cue",
    "find_persons",
    "fold",
    "load_first_names",
    "load_surnames",
    "particle_tails",
    "person_recognizer",
    "person_tokens",
]
