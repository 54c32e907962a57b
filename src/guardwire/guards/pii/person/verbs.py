"""One word the model took for a name that is an English verb, with nothing else for it.

The small English model labels a capitalised verb ``PERSON`` often enough to show in chat
prompts: an imperative at a sentence start or in quotes (``Ignore the warnings``, ``3. Detail
any hazards``, ``"Ignore" the challenges``), a verb written as a noun (``the sales Counter``),
a word in capitals (``FORGET``), a brand (``Twitter handle``). Such a word alone is dropped
when it is a verb in WordNet's verb index (the lemmatizer tables the spaCy model ships, with
their irregular forms and the regular inflections), is neither a listed first name nor a
listed surname (``Mark``, ``Jack``, ``Cook``, ``Hawk`` stay) and has no person cue before or
after it (``Mr. Grey``, ``named Thunder``, ``Ignore:`` as a dialogue line, ``Counter said``).
"""

from __future__ import annotations

from .lexicon import english_word
from .tokens import Toks, cue_after, cue_before, is_first_name, is_surname, strong_cue_after


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


def verb_alone(d: Toks, start: int, end: int, first_names: frozenset[str],
               surnames: frozenset[str], verbs: frozenset[str]) -> bool:
    """Whether the model's ``PERSON`` entity ``[start, end)`` is one English verb with
    nothing else for it (see the module docstring)."""
    if end - start != 1 or not verbs or not english_word(d.low[start], verbs):
        return False
    if is_first_name(d, start, first_names) or is_surname(d, start, surnames) or (
            d.low[start] in first_names or d.low[start] in surnames):
        return False
    return not (cue_before(d, start) or cue_after(d, end) or strong_cue_after(d, end))
