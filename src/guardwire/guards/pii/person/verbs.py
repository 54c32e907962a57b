"""One word the model took for a name that is an English verb, with nothing else for it.

The small English model labels a capitalised verb ``PERSON`` often enough to show in chat
prompts: an imperative at a sentence start or in quotes (``Ignore the warnings``, ``3. Detail
any hazards``, ``"Ignore" the challenges``), a verb written as a noun (``the sales Counter``),
a word in capitals (``FORGET``), a brand (``Twitter handle``). Such a word alone is dropped
when it is written as a word (:func:`_as_a_word`: in quotes, in capitals, after a determiner,
an imperative with its object, a participle after "be"), is a verb in WordNet's verb index
(the lemmatizer tables the spaCy model ships, with their irregular forms and the regular
inflections), is neither a listed first name nor a listed surname (``Mark``, ``Jack``,
``Cook``, ``Hawk`` stay) and has no person cue before or after it (``Mr. Grey``, ``named
Thunder``, ``Ignore:`` as a dialogue line, ``Counter said``). Capitalised where only a name is
(``forward this to Ram before Friday``, ``I spoke with Ping yesterday``, ``Ting will present``)
a verb stays a name: the lists hold few names from outside the US Census, and many of those
are English verbs (``Ram``, ``Ping``, ``Ting``, ``Yap``, ``Hem``), which reached the model
when every capitalised verb was dropped. Without the name lists (``first_names="off"``, or the
``names`` package missing) neither rule applies: nothing would keep ``Mark`` or ``Rose Hill``.

Likewise two or three words the model took for a name that are all English words (any part of
speech), none a listed first name or surname, with no cue: a title, a brand, a club (``see
Guilty Pleasures: 5 Musicians``, ``Wonder Woman``, ``Breaking Bad``, ``Manchester United``,
``the AI known as "Astute Seer"``), when one of them has six letters or more
(:data:`_LONG_WORD`: not ``Ping Fan``, ``Wan Pan``). Not one word: WordNet's nouns hold
famous people (``stalin``, ``hemingway``), whose one-word mentions stay names.
"""

from __future__ import annotations

from .lexicon import DETERMINERS, english_word
from .tokens import (
    Toks,
    cue_after,
    cue_before,
    is_first_name,
    is_surname,
    strong_cue_after,
    words_before,
)


def load_english_verbs(model: str | None) -> frozenset[str]:
    """WordNet's verbs (folded) from the lemmatizer tables of the spaCy model ``model``, with
    their irregular forms (``wrote``); none when it has none."""
    if not model:
        return frozenset()
    try:
        import spacy.util
        from spacy.lookups import Lookups

        from .lexicon import fold

        path = next(spacy.util.get_package_path(model).glob(
            "**/lemmatizer/lookups/lookups.bin"), None)
        if path is None:
            return frozenset()
        lookups = Lookups().from_disk(path.parent)
        out = {fold(w) for w in lookups.get_table("lemma_index")["verb"] if isinstance(w, str)}
        if lookups.has_table("lemma_exc"):
            out.update(fold(w) for w in lookups.get_table("lemma_exc")["verb"]
                       if isinstance(w, str))
        return frozenset(out)
    except Exception:  # another model layout: no verb veto
        return frozenset()


def common_words(d: Toks, start: int, end: int, first_names: frozenset[str],
                 surnames: frozenset[str], english: frozenset[str],
                 verbs: frozenset[str]) -> bool:
    """Whether the model's ``PERSON`` entity ``[start, end)`` is one English verb, or two or
    three English words, with nothing else for it (see the module docstring)."""
    if not (first_names and surnames):  # nothing tells a name that is a word ("Mark")
        return False
    words = [k for k in range(start, end) if not d.space[k]]
    if len(words) == 1:
        if not (english_word(d.low[start], verbs) and _as_a_word(d, start)):
            return False
    elif not (len(words) <= 3 and all(d.text[k].isalpha() and english_word(d.low[k], english)
                                      for k in words)
              and any(len(d.text[k]) >= _LONG_WORD for k in words)):
        return False
    if any(is_first_name(d, k, first_names) or is_surname(d, k, surnames)
           or d.low[k] in first_names or d.low[k] in surnames for k in words):
        return False
    return not (cue_before(d, start) in ("strong", "cue") or cue_after(d, end)
                or strong_cue_after(d, end))


_LONG_WORD = 6
"""Two or three English words are dropped only with one this long: the titles and brands
(``Guilty Pleasures``, ``Wonder Woman``, ``Blade Runner``) have one; romanised Chinese,
Korean or Vietnamese names of short English words (``Ping Fan``, ``Bang Fang``, ``Wan Pan``)
have none, and they reached the model."""
_ARTICLES = DETERMINERS - {"that", "her"}  # "said that Ram will call", "told her Ram left"
_QUOTES = frozenset("'\"‘’“”`«»")
_OPENERS = frozenset({".", "!", "?", ":", ";", ",", "#", "-", "*", "|", "(", ")", "•"})
_OBJECTS = DETERMINERS | {"it", "them", "all", "no", "both", "me", "us", "him"}
_LINKS = frozenset({"to", "at", "and", "or", "for", "from", "with", "by", "of", "about", "on",
                    "in", "into", "onto", "than", "as", "like", "via", "per"})
_ADVERBS = frozenset({"please", "must", "should", "can", "could", "would", "will", "then",
                      "just", "also", "always", "never", "not", "now"})
_BE = frozenset({"be", "been", "being", "is", "are", "was", "were", "get", "got"})


def _as_a_word(d: Toks, i: int) -> bool:
    """Whether the capitalised verb at token ``i`` is written as a word rather than a name:
    quoted (``'Counter'``), in capitals (``FORGET``), after a determiner (``the sales
    Counter``, ``the official Twitter handle``), an imperative with its object at a clause's
    start or after an adverb (``3. Detail any hazards``, ``or simply Ignore the issue``), a
    participle after "be" (``never be Disregarded``). Elsewhere it is capitalised where only a
    name is (``to Ram before Friday``, ``with Ping yesterday``, ``Ting will present``)."""
    word = d.text[i]
    if len(word) > 1 and word.isupper():
        return True
    p = d.prev[i]
    before = d.low[p] if p >= 0 else ""
    two = words_before(d, i, 2)
    if before[:1] in _QUOTES or before in _ARTICLES or (
            len(two) == 2 and two[0] in _ARTICLES and before.isalpha()
            and before not in _LINKS):  # "the sales Counter", not "this to Ram"
        return True
    if before in _BE and d.low[i].endswith("ed"):
        return True
    opens = p < 0 or before in _OPENERS or before in _ADVERBS or before.endswith("ly") or any(
        "\n" in d.text[k] for k in range(p + 1, i))
    nxt = next((k for k in range(i + 1, d.n) if not d.space[k]), None)
    return opens and nxt is not None and d.low[nxt] in _OBJECTS
