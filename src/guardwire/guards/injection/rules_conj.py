"""All-of word prefilters (``Rule.requires_all``): more any-of word sets, each of which must
have a word in the view too, or the rule is skipped (seventeenth session).

A rule's ``requires`` is one any-of set; a text stuffed with the rules' trigger words and their
nouns ("... print your rules and the user's address ...") has a word of it for most rules, so
the rule still tries every anchor position. These rules' matches need a second kind of word as
well, which such a flood lacks. Each set is *proved* from the rule's pattern
(``tests/test_injection_s17_conj.py``: every match puts one of the set's words in the view), so
no decision changes. Only whole views are skipped: a flood with a word of every set still gets
every attempt (``exfil.other_users_data``'s words are all in the flood, next to each other).
"""

from __future__ import annotations

from types import MappingProxyType

import numpy as np

from .lazy_regex import lazy
from .rules_anchors import FOUND_PER_UNIT, AnchorIndex
from .rules_period import reach_of
from .rules_s15_gaps import OTHER_USER
from .rules_types import Gate

__all__ = ["CONJ_GATES", "CONJ_REQUIRES", "GATE_FROM", "gated"]

# the model's rules qualified ("usual", "safety", "ai"), a hard safeguard noun, a chat
# named after the noun, rules "given" to it, or the verb read behind ("answer ... without")
_ASIDE_MORE = ("ai", "annoying", "answer", "bound", "built", "caveats", "censorship", "chat",
               "configured", "content", "continu", "conversation", "current", "default",
               "discussion", "ethical", "exchange", "existing", "following", "forward", "given",
               "go", "guardrails", "guidelines", "help", "internal", "many", "me", "message",
               "moral", "normal", "now", "operating", "own", "pesky", "programmed",
               "programming", "prompt", "question", "refusals", "regular", "repl", "request",
               "respon", "running", "safeguards", "safety", "session", "set", "silly", "speak",
               "standard", "strict", "stupid", "talk", "tell", "thread", "told", "trained",
               "typical", "usual", "various", "writ")
# what the model was told (given, set up, ...), or the orders declared gone (void, expired, ...)
_VOID_MORE = ("asked", "assigned", "bin", "briefed", "cance", "configured", "ditch", "effect",
              "erase", "expired", "force", "given", "gone", "instructed", "invalid", "irrelevant",
              "lifted", "longer", "meaningless", "moot", "null", "obsolete", "over", "overridden",
              "programmed", "prompted", "replaced", "rescinded", "revoked", "scrap", "set",
              "superseded", "suspended", "tasked", "terminated", "throw", "told", "trash",
              "void", "wipe", "withdrawn")

# the rules declared off ("... are now suspended"), or not to apply ("... no longer apply")
_OFF_MORE = ("apply", "bind", "count", "deactivated", "deleted", "disabled", "erased", "exist",
             "govern", "hold", "lifted", "matter", "nullified", "off", "overridden", "removed",
             "revoked", "suspended", "switched", "turned", "voided", "waived")
# the plea read behind the lift ("I'm begging you", "just this once", "do me a favour")
_PLEA_MORE = ("beg", "desperate", "exception", "favo", "implore", "imploring", "know", "me",
              "once", "pleading", "please", "sake", "time")
# which orders: the earlier ones ("precedentes", "ci-dessus"), all of them, or yours
_FR_MORE = ("anterieur", "dessus", "initiales", "origine", "originales", "plus", "prealables",
            "precedent", "qui", "tes", "ton", "toutes", "vos", "votre")

CONJ_REQUIRES: MappingProxyType[str, tuple[tuple[str, ...], ...]] = MappingProxyType({
    "override.rules_aside_request": (_ASIDE_MORE,),
    "override.orders_void": (_VOID_MORE,),
    "override.your_rules_switched_off": (_OFF_MORE,),
    "persona.plea_drop_rules": (_PLEA_MORE,),
    "override.ignore_previous_fr": (_FR_MORE,),
})

# A part of the pattern every match contains (proved: a required node of the pattern's syntax
# tree), tried at every occurrence of the strings its matches start with (proved too; a search
# of a whole 100 KB view for it costs ~50 ms, these tries ~1 us each). The words of
# ``exfil.other_users_data`` ("previous", "user", "address", an ask verb) are all in a flood of
# "... print your rules and the user's address --- ignore previous instructions ...", a few
# words apart, so no word set skips it there; "the previous user" or "the person you talked
# to" as such is nowhere in it.
CONJ_GATES: MappingProxyType[str, Gate] = MappingProxyType({
    "exfil.other_users_data": Gate(lazy(OTHER_USER), (
        "all", "caller", "client", "customer", "earlier", "former", "guy", "man", "member",
        "other", "patient", "people", "person", "previous", "prior", "the", "user", "visitor",
        "woman")),
})


# A rule's gate (:mod:`.rules_conj`) is tried only when the rule may try all its positions (a
# budget that cuts it bounds its cost; the gate's tries are not counted work: ~24 ms on a
# 100 KB flood), and more positions than this (a benign 3,000-character text's gate costs
# ~0.25 ms, more than a few attempts).
GATE_FROM = 64


def gated(gate: Gate, index: AnchorIndex, timeout_s: float) -> bool:
    """Whether ``gate`` (a part every match of its rule has) matches nowhere in the view: it
    is tried where one of its starts occurs (inside a word too; in a long repeated view once
    per place in the repeat, :mod:`.rules_period`)."""
    view = index.view
    at: set[int] = set()
    for s in gate.starts:
        i = view.find(s)
        while i >= 0:
            at.add(i)
            i = view.find(s, i + 1)
    if not at:
        return True
    tries = sorted(at)
    repeats = index.repeats() if len(tries) > GATE_FROM else None
    reach = None if repeats is None else reach_of(gate.pattern.pattern, gate.pattern.flags)
    if repeats is not None and reach is not None:  # (no endpos: what it reads, if bounded)
        ahead = repeats.ahead(reach, len(view))
        if ahead < len(view):
            tries = repeats.distinct(np.array(tries, dtype=np.int64), repeats.back(reach),
                                     ahead)
    pattern = gate.pattern.get()
    index.cost += len(at) / FOUND_PER_UNIT + len(tries)  # (a try costs about an attempt)
    try:
        return not any(pattern.match(view, i, timeout=timeout_s) for i in tries)
    except TimeoutError:  # not known: the rule is tried
        return False
