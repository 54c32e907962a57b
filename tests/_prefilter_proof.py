"""Proofs that a rule's word prefilters follow from its pattern (no silent misses).

A rule's ``requires`` (and each ``requires_all`` set) is a set of words one of which must be in
the view, or the rule is skipped. The prefilter is *proved* when every match of the pattern puts
one of the words in the view, so skipping a view without them changes no decision.

The proof reads the pattern's syntax tree (``re._parser``: the rules use no syntax of the
``regex`` module that it reads otherwise; a "possible nested set" warning is an error here):
literal runs, classes of a few literal characters, alternations of them and their
concatenations are exact strings, and a sequence contains whatever any of its parts must
contain; an alternation contains what every branch must (each branch read after the exact
strings just before it: the parser moves an alternation's common prefix out, so
``sistem\\W+a|sistem\\W+b`` is read as ``s(?:istem\\W+a|istem\\W+b)``); a repeat with a minimum
of 1 what its body must; an atomic group what its body must; a conditional what both its arms
must; a positive lookaround what its body must (in the view, outside the match: a lookahead is
read after the exact strings before it, a lookbehind on its own); a branch that cannot match
(it has ``(?!)``) proves anything. Anything else (other classes, back-references, negative
lookarounds, optional parts, case-insensitive or verbose parts) proves nothing. A word set is
proved when one of these necessary sets has one of the words in each of its strings.

A word with a space is a *phrase* (nineteenth session, :func:`.rules_present.phrase_pattern`)
when the rule scan reads it so (:func:`machinery_reads_phrases`; until then a space is a space):
its words with any run of non-word characters between them, as the patterns read them. A run of
a non-word class (``\\W+``, ``\\s*``, ``[ \\t]+``) is read as one space (or none, if it may
be empty), so ``has\\W+to`` is the exact string "has to"; a phrase is in a string when it is
in the string with every run of non-word characters made one space (sound: the view then has
the phrase's words with such a run between them). A word without a space never spans one.

The views the rules read are not guaranteed lower-case (Unicode tag characters decode to
upper-case ASCII after the case folding), so a case-insensitive part is never read as its
lower-case letters.
"""

from __future__ import annotations

import functools
import math
import re
import re._constants as C
import re._parser as P
import warnings
from collections.abc import Iterable
from typing import Any

import regex

from guardwire.guards.injection.lazy_regex import lazy
from guardwire.guards.injection.normalise_view import normalised_view
from guardwire.guards.injection.rules import RULES, scan
from guardwire.guards.injection.rules_types import Rule

__all__ = ["machinery_reads_phrases", "proves", "rule_proved", "set_proved", "unproved_sets"]

_CAP = 256  # largest exact-string set kept
_EMPTY = frozenset({""})
_GAP = frozenset({"\0"})  # a run of non-word characters (a phrase's space reads it; no word has it)
_MAYBE_GAP = frozenset({"", "\0"})
_NONWORD_CLASSES = (C.CATEGORY_NOT_WORD, C.CATEGORY_SPACE)
_RUN = regex.compile(r"\W+")
_FLAGS = re.IGNORECASE | re.VERBOSE  # either would make a literal not literal: unread
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


def _product(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    if a is None or b is None or len(a) * len(b) > _CAP:
        return None
    return frozenset(x + y for x in a for y in b)


def _nonword(op: Any, av: Any) -> bool:
    """Whether the node is one character that is never a word character (``\\W``, ``\\s``,
    ``[ \\t]``, ``[\\W_]`` is not: ``_`` is a word character)."""
    if op is C.LITERAL:
        return _RUN.fullmatch(chr(av)) is not None
    return op is C.IN and all(
        (o is C.LITERAL and _RUN.fullmatch(chr(v)) is not None)
        or (o is C.CATEGORY and v in _NONWORD_CLASSES) for o, v in av)


def _exact(op: Any, av: Any) -> frozenset[str] | None:
    """Every string the node can match (a superset will do), if few and known; a run of
    non-word characters as one space (:data:`_GAP`: read by phrases only)."""
    if op is C.LITERAL:
        return frozenset({chr(av)})
    if op is C.IN:  # a class of literal characters only ("[,;:]")
        if all(o is C.LITERAL for o, _ in av) and len(av) <= 16:
            return frozenset(chr(v) for _, v in av)
        return _GAP if _nonword(op, av) else None
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return _EMPTY  # zero width
    if op is C.SUBPATTERN:
        return None if av[1] & _FLAGS else _seq_exact(av[3])
    if op is C.ATOMIC_GROUP:  # matches a subset of what its body can
        return _seq_exact(av)
    if op is C.BRANCH:
        out: frozenset[str] | None = frozenset()
        for b in av[1]:
            e = _seq_exact(b)
            out = None if out is None or e is None else out | e
        return out if out is not None and len(out) <= _CAP else None
    if op in _REPEATS:
        lo, hi, body = av
        if len(body) == 1 and _nonword(*body[0]) and (hi == C.MAXREPEAT or hi > 4):
            return _GAP if lo >= 1 else _MAYBE_GAP  # a run of non-word characters
        inner = _seq_exact(body)
        if inner is None or hi == C.MAXREPEAT or hi > 4:
            return None
        acc: frozenset[str] | None = _EMPTY
        allowed: set[str] = set()
        for n in range(hi + 1):
            if acc is None:
                return None
            if n >= lo:
                allowed |= acc
            if n < hi:
                acc = _product(acc, inner)
        return frozenset(allowed) if len(allowed) <= _CAP else None
    return None


def _seq_exact(items: Iterable[tuple[Any, Any]]) -> frozenset[str] | None:
    acc: frozenset[str] | None = _EMPTY
    for op, av in items:
        acc = _product(acc, _exact(op, av))
        if acc is None:
            return None
    return acc


def _has(s: str, word: str, phrases: bool) -> bool:
    """Whether the string ``s`` puts ``word`` in the view (a phrase: across any run)."""
    return word in s if " " not in word or not phrases else word in _RUN.sub(" ", s)


def _covered(strings: frozenset[str], words: tuple[str, ...], phrases: bool) -> bool:
    return "" not in strings and all(any(_has(s, w, phrases) for w in words) for s in strings)


def _never(op: Any, av: Any) -> bool:
    """Whether the node can never match: ``(?!)``, a negative lookahead of the empty string."""
    return op is C.ASSERT_NOT and av[0] == 1 and not list(av[1])


def _proves(items: Iterable[tuple[Any, Any]], words: tuple[str, ...], phrases: bool,
            prefix: frozenset[str] = _EMPTY) -> bool:
    """Whether every match of the sequence ``items``, right after one of the strings
    ``prefix``, puts one of ``words`` in the view."""
    run: frozenset[str] | None = prefix  # concatenations of the exact parts in a row
    for op, av in items:
        if _never(op, av):
            return True
        before = run if run is not None else _EMPTY  # the exact strings right before the node
        e = _exact(op, av)
        if e is not None and e <= _MAYBE_GAP and run is not None and _covered(run, words, phrases):
            return True  # (as when a gap ended the run: a longer one may pass the cap)
        nxt = _product(run, e) if e is not None else None
        if nxt is not None:
            run = nxt
        else:
            if run is not None and _covered(run, words, phrases):
                return True
            run = e if e is not None else _EMPTY
        if op is C.SUBPATTERN and not av[1] & _FLAGS and _proves(av[3], words, phrases, before):
            return True
        if op is C.ATOMIC_GROUP and _proves(av, words, phrases, before):
            return True
        if op is C.BRANCH and all(_proves(b, words, phrases, before) for b in av[1]):
            return True
        if op is C.GROUPREF_EXISTS and av[2] is not None and all(
                _proves(arm, words, phrases, before) for arm in av[1:]):
            return True
        if op in _REPEATS and av[0] >= 1 and _proves(av[2], words, phrases, before):
            return True
        if op is C.ASSERT and _proves(av[1], words, phrases, before if av[0] == 1 else _EMPTY):
            return True
    return run is not None and _covered(run, words, phrases)


def machinery_reads_phrases() -> bool:
    """Whether the rule scan looks a required word with a space up as a phrase (its words across
    any run of non-word characters: :func:`.rules_present.phrase_pattern`) in a short view and
    in a long (indexed) one: a rule of this test's that needs "has to" (a word of
    ``indirect.ai_reader_must``'s set) and matches anywhere is run on "has\\nto"."""
    probe = Rule("probe.phrase", "instruction_override", "high", ("zqxj",), lazy("zqxj"),
                 requires=("has to",))
    pad = " ".join(f"w{i}" for i in range(1_500))  # ~9,000 characters: an indexed view
    for text in ("zqxj: it has\nto go", f"{pad} zqxj: it has\nto go"):
        found = scan(text, normalised_view(text), rules=[probe], budget_s=math.inf)
        if not found.hits:
            return False
    return True


@functools.cache
def _phrases_read() -> bool:
    return machinery_reads_phrases()


def proves(pattern: str, words: Iterable[str], flags: int = 0,
           phrases: bool | None = None) -> bool:
    """Whether every match of ``pattern`` puts one of ``words`` in the view it reads
    (``phrases``: a word with a space is a phrase; default: as the rule scan reads it)."""
    if flags & _FLAGS:
        return False
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "possible nested set": the regex module differs
        tree = P.parse(pattern, flags)
    if tree.state.flags & _FLAGS:
        return False
    return _proves(list(tree), tuple(words), _phrases_read() if phrases is None else phrases)


def set_proved(rule: Rule, words: tuple[str, ...], phrases: bool | None = None) -> bool:
    """Whether the word set ``words`` is proved from the rule's pattern or confirm pattern."""
    return proves(rule.pattern.pattern, words, rule.pattern.flags, phrases) or (
        rule.confirm is not None
        and proves(rule.confirm.pattern, words, rule.confirm.flags, phrases))


def rule_proved(rule_id: str) -> bool:
    """Whether each of the rule's word sets (``requires`` and every ``requires_all`` set, an
    all-of conjunction) is proved from its pattern or its confirm pattern."""
    rule = next(r for r in RULES if r.id == rule_id)
    return all(set_proved(rule, words) for words in rule.word_sets)


def unproved_sets(phrases: bool | None = None) -> list[tuple[str, tuple[str, ...]]]:
    """``(rule id, word set)`` for every word set of every rule that is not proved."""
    return [(r.id, words) for r in RULES for words in r.word_sets
            if not set_proved(r, words, phrases)]
