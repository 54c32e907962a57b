"""The shapes :mod:`.tool_orders` reads: per language an address to the AI reader and an action
(fifteenth session, issue 3).

English is the shape measured by ``benchmarks/eval_injection_tool_recall_experiment.py``
(``addressed_strict*``: a vocative or header, or an AI reader pointed at this text; an agent's
action on the user's things, a link, an e-mail address, an IBAN or an order on the answer,
anywhere in the sentence). The other languages (:mod:`.tool_orders_langs`) were written from
how each language addresses a reader; the action must come after the address there, and a
vocative has no article ("Der Assistent, den wir nutzen, kann E-Mails senden" and "El modelo,
que usamos, envía datos" are relative clauses, not addresses: a Spanish or Italian imperative
is also the third person). Words are folded like the view (:func:`.rules_i18n._fold`), so
Cyrillic homoglyphs and accents match as the view has them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from .normalise_view import _MARKS
from .retrieved_score import _AGENT_VERB, _AI, _THING, _VERB_OUT, IBAN
from .rules_i18n import _fold
from .rules_indirect_i18n import _trie

__all__ = ["EN", "EN_FIRST", "UNIVERSAL", "Lang", "cjk", "latin"]


@dataclass(frozen=True, slots=True)
class Lang:
    rule_id: str
    address: regex.Pattern[str]
    action: regex.Pattern[str]
    words: tuple[str, ...] = ()  # tried only on a sentence holding one of these (folded)
    whole_sentence: bool = False  # the action anywhere in the sentence (else after the address)
    spaced: bool = True  # written with spaces between words (its AI words start a word)


# a link, an e-mail address or an IBAN: an order in any language
UNIVERSAL = rf"https?:|www\.|[\w.+-]+@[\w-]+\.\w|{IBAN}"

# -- English (the experiment's addressed_strict*, unchanged) ----------------------------------
_VOC_AI = (r"(?:(?:the|any|all|every|an?|dear|our|my|each)\W{1,3})?(?:[\w-]+[ \t]+){0,2}?"
           rf"(?<![\w-]){_AI}")
_EN_ADDRESS = (
    # a vocative or a header: "Assistant, …", "Hey AI", "- AI agents: …", "To the model:"
    rf"(?:^|[\n.!?;:{{<\-*'\"]|\b(?:hey|hi|hello|dear|attention|psst))[^\w\n\[(]{{0,4}}"
    rf"{_VOC_AI}\b[ \t]*(?:[,:!]|-[ \t])"
    rf"|\b(?:to|for|ps)[^\w\n\[(]{{1,4}}{_VOC_AI}\b[ \t]*(?::|-[ \t])"
    # a note to the AI: "Note for the assistant", "P.S. for the mail assistant"
    rf"|\b(?:note|message|memo|p\.?s\.?|instructions?|action)\W+(?:\w+\W+)?(?:to|for)\W+"
    rf"(?:the\W+|any\W+|all\W+|our\W+)?(?:[\w-]+\W+)?{_AI}\b"
    # an AI reader pointed at this text: "the model handling this mailbox"
    rf"|\b{_AI}\W+(?:[\w-]+\W+){{0,2}}?(?:\w+ing|that\W+\w+s|who\W+\w+s|with\W+access\W+to)"
    rf"\W+(?:[\w-]+\W+){{0,2}}?(?:this|these|the\W+following|here)\b"
    rf"|\b(?:when|if|whenever)\W+(?:an?|the|any)\W+{_AI}\W+(?:[\w-]+\W+){{0,3}}?"
    rf"(?:this|these|here)\b"
    rf"|\b(?:to\W+)?(?:whoever|anyone)\W+(?:is\W+)?(?:reading|processing|handling)\b")
_EN_ACTION = (
    rf"\b{_AGENT_VERB}\W+(?:[\w'-]+\W+){{0,6}}?{_THING}\b|{UNIVERSAL}"
    rf"|\b{_VERB_OUT}\W+(?:only|exactly|that|the\W+user|them|him|her)\b"
    rf"|\b(?:tell|say|recommend|mention|rate|rank|call|describe|confirm|approve)\b")
EN = Lang("indirect.addressed_order", regex.compile(_EN_ADDRESS), regex.compile(_EN_ACTION),
          whole_sentence=True)

# -- other languages written with Latin script (and Cyrillic, folded like the view) ----------
_START = r"(?:^|[\n.!?;:>\-*'\"])[^\w\n\[(]{0,4}"
# Romance imperatives take their pronouns at the end ("envíale", "inviagli", "encaminhe-lhe")
_CLITIC = (r"(?:-?(?:me|te|se|le|lo|la|les|los|las|nos|vos|gli|glie\w{0,4}|mi|ti|ci|vi|ne"
           r"|lhe|lhes|lui|leur|moi))?")


def latin(code: str, *, ais: Sequence[str], greets: Sequence[str], heads: Sequence[str],
          tos: Sequence[str], dets: Sequence[str], actions: Sequence[str],
          clitics: bool = False, post_heads: Sequence[str] = ()) -> Lang:
    """The address and action patterns of one language (folded words, see the module doc):
    a vocative at a sentence start ("KI, …", "Liebe KI, …"; no article), a note headed to the
    AI ("Hinweis an die KI", "Note pour l'IA"), a header line to it ("An die KI:"), or (``post_
    heads``, a language with postpositions) the AI then a note word ("Asistana not:")."""
    ai = rf"(?:{_trie(list(ais))})(?![\w-])"
    det = rf"(?:(?:{_trie(list(dets))})\W{{0,3}})?" if dets else ""
    greet = _trie(list(greets))
    to = rf"(?:{_trie(list(tos))})(?:\W+|(?<='))" if tos else ""
    alts = [rf"{_START}(?:(?:{greet})\W{{1,3}}(?:[\w-]+[ \t]+)?)?{ai}[ \t]*(?:[,:!]|-[ \t])",
            rf"(?<![\w-])(?:{greet})\W{{1,3}}(?:[\w-]+[ \t]+)?{ai}[ \t]*[,:!]",
            rf"(?<![\w-])(?:{_trie(list(heads))})\W{{1,3}}{to}{det}(?:[\w-]+\W+)?{ai}"]
    if tos:
        alts.append(rf"{_START}{to}{det}(?:[\w-]+[ \t]+)?{ai}[ \t]*(?::|-[ \t])")
    if post_heads:
        alts.append(rf"(?<![\w-])(?:{_trie(list(ais))})[\w']{{0,5}}\W{{1,3}}(?:{_trie(list(post_heads))})"
                    r"\w{0,3}[ \t]*:")
    verbs = rf"(?<![\w-])(?:{_trie(list(actions))}){_CLITIC if clitics else ''}(?!\w)"
    words = tuple(sorted({_fold(a).split(" ")[0].split("-")[0] for a in ais}))
    return Lang(f"indirect.addressed_order_{code}", regex.compile("|".join(alts)),
                regex.compile(f"{verbs}|{UNIVERSAL}"), words)


def cjk(code: str, *, ais: Sequence[str], address: str, actions: Sequence[str]) -> Lang:
    """A language written without spaces: ``address`` (with ``{ai}`` for the AI words) and
    any action word after it."""
    ai = f"(?:{_trie(list(ais))})"
    return Lang(f"indirect.addressed_order_{code}", regex.compile(_kana(address.format(ai=ai))),
                regex.compile(f"(?:{_trie(list(actions))})|{UNIVERSAL}"),
                tuple(sorted({_fold(a) for a in ais})), spaced=False)


def _kana(pattern: str) -> str:
    """``pattern``'s letters as the view has them: decomposed, marks dropped (the view drops
    the voicing marks of kana, "で" -> "て", and decomposes Hangul into its letters); the
    regex syntax is ASCII and stays."""
    return str(_MARKS.sub("", unicodedata.normalize("NFD", pattern)))


# the first words of the English address (an AI word, or "whoever"/"anyone" of "to whoever is
# reading this"): where :mod:`.tool_orders` looks for a sentence to read
EN_FIRST = (r"ai|a\.i|artificial|assistants?|chat\W?bots?|bots?|llms?|models?|gpt[\w.-]*"
            r"|chatgpt|claude|gemini|copilot|bard|siri|alexa|agents?|summari[sz]ers?"
            r"|crawlers?|robot|automated|whoever|anyone")
