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

The views the rules read are not guaranteed lower-case (Unicode tag characters decode to
upper-case ASCII after the case folding), so a case-insensitive part is never read as its
lower-case letters.
"""

from __future__ import annotations

import re
import re._constants as C
import re._parser as P
import warnings
from collections.abc import Iterable
from typing import Any

from guardwire.guards.injection.rules import RULES
from guardwire.guards.injection.rules_types import Rule

__all__ = ["proves", "rule_proved", "unproved_sets"]

_CAP = 256  # largest exact-string set kept
_EMPTY = frozenset({""})
_FLAGS = re.IGNORECASE | re.VERBOSE  # either would make a literal not literal: unread
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


def _product(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    if a is None or b is None or len(a) * len(b) > _CAP:
        return None
    return frozenset(x + y for x in a for y in b)


def _exact(op: Any, av: Any) -> frozenset[str] | None:
    """Every string the node can match (a superset will do), if few and known."""
    if op is C.LITERAL:
        return frozenset({chr(av)})
    if op is C.IN:  # a class of literal characters only ("[,;:]")
        if all(o is C.LITERAL for o, _ in av) and len(av) <= 16:
            return frozenset(chr(v) for _, v in av)
        return None
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


def _covered(strings: frozenset[str], words: tuple[str, ...]) -> bool:
    return "" not in strings and all(any(w in s for w in words) for s in strings)


def _never(op: Any, av: Any) -> bool:
    """Whether the node can never match: ``(?!)``, a negative lookahead of the empty string."""
    return op is C.ASSERT_NOT and av[0] == 1 and not list(av[1])


def _proves(items: Iterable[tuple[Any, Any]], words: tuple[str, ...],
            prefix: frozenset[str] = _EMPTY) -> bool:
    """Whether every match of the sequence ``items``, right after one of the strings
    ``prefix``, puts one of ``words`` in the view."""
    run: frozenset[str] | None = prefix  # concatenations of the exact parts in a row
    for op, av in items:
        if _never(op, av):
            return True
        before = run if run is not None else _EMPTY  # the exact strings right before the node
        e = _exact(op, av)
        nxt = _product(run, e) if e is not None else None
        if nxt is not None:
            run = nxt
        else:
            if run is not None and _covered(run, words):
                return True
            run = e if e is not None else _EMPTY
        if op is C.SUBPATTERN and not av[1] & _FLAGS and _proves(av[3], words, before):
            return True
        if op is C.ATOMIC_GROUP and _proves(av, words, before):
            return True
        if op is C.BRANCH and all(_proves(b, words, before) for b in av[1]):
            return True
        if op is C.GROUPREF_EXISTS and av[2] is not None and all(
                _proves(arm, words, before) for arm in av[1:]):
            return True
        if op in _REPEATS and av[0] >= 1 and _proves(av[2], words, before):
            return True
        if op is C.ASSERT and _proves(av[1], words, before if av[0] == 1 else _EMPTY):
            return True
    return run is not None and _covered(run, words)


def proves(pattern: str, words: Iterable[str], flags: int = 0) -> bool:
    """Whether every match of ``pattern`` puts one of ``words`` in the view it reads."""
    if flags & _FLAGS:
        return False
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "possible nested set": the regex module differs
        tree = P.parse(pattern, flags)
    if tree.state.flags & _FLAGS:
        return False
    return _proves(list(tree), tuple(words))


def set_proved(rule: Rule, words: tuple[str, ...]) -> bool:
    """Whether the word set ``words`` is proved from the rule's pattern or confirm pattern."""
    return proves(rule.pattern.pattern, words, rule.pattern.flags) or (
        rule.confirm is not None and proves(rule.confirm.pattern, words, rule.confirm.flags))


def rule_proved(rule_id: str) -> bool:
    """Whether each of the rule's word sets (``requires`` and every ``requires_all`` set, an
    all-of conjunction) is proved from its pattern or its confirm pattern."""
    rule = next(r for r in RULES if r.id == rule_id)
    return all(set_proved(rule, words) for words in rule.word_sets)


def unproved_sets() -> list[tuple[str, tuple[str, ...]]]:
    """``(rule id, word set)`` for every word set of every rule that is not proved."""
    return [(r.id, words) for r in RULES for words in r.word_sets if not set_proved(r, words)]
