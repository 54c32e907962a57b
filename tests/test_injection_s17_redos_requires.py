"""The word prefilters (``requires``) the seventeenth session gave the rules that a 100 KB text
stuffed with trigger words made slow: each is *proved* from the rule's pattern, so no decision
changes (a view without any of the words cannot match).

The proof reads the pattern's syntax tree (``re._parser``: the rules use no syntax of the
``regex`` module that it reads otherwise; a "possible nested set" warning is an error here):
literal runs, alternations of them and their concatenations are exact strings, and a sequence
contains whatever any of its parts must contain; an alternation contains what every branch
must; a repeat with a minimum of 1 what its body must; a positive lookaround what its body must
(in the view, outside the match); anything else (classes, back-references, negative
lookarounds, optional parts) proves nothing. ``requires`` is proved when one of these
necessary sets has one of the words in each of its strings.
"""

from __future__ import annotations

import re
import re._constants as C
import re._parser as P
import warnings
from collections.abc import Iterable
from typing import Any

import pytest

from guardwire.guards.injection.rules import RULES

_CAP = 256  # largest exact-string set kept
_EMPTY = frozenset({""})
_FLAGS = re.IGNORECASE | re.VERBOSE  # either would make a literal not literal: unread
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)

# the rules given a proved prefilter this session (the 100 KB probes' costliest rules)
S17_IDS = ("delimiter.bracket_markers", "override.do_instead", "role.header_line",
           "delimiter.end_of_input", "exfil.markdown_image_data",
           "override.your_rules_switched_off", "persona.plea_drop_rules",
           "override.drop_own_safeguards", "override.rules_aside_request", "override.orders_void",
           "authority.permission_to_drop_safeguards", "persona.named_no_ethics",
           "override.split_join_follow", "exfil.other_users_data",
           "override.given_guidance_aside", "leak.unseen_setup")


def _product(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    if a is None or b is None or len(a) * len(b) > _CAP:
        return None
    return frozenset(x + y for x in a for y in b)


def _exact(op: Any, av: Any) -> frozenset[str] | None:
    """Every string the node can match, if few and known."""
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


def _proves(items: list[tuple[Any, Any]], words: tuple[str, ...]) -> bool:
    """Whether every match of the sequence ``items`` puts one of ``words`` in the view."""
    run: frozenset[str] | None = _EMPTY  # concatenations of the exact parts in a row
    for op, av in items:
        e = _exact(op, av)
        nxt = _product(run, e) if e is not None else None
        if nxt is not None:
            run = nxt
        else:
            if run is not None and _covered(run, words):
                return True
            run = e if e is not None else _EMPTY
        if op is C.SUBPATTERN and not av[1] & _FLAGS and _proves(list(av[3]), words):
            return True
        if op is C.BRANCH and all(_proves(list(b), words) for b in av[1]):
            return True
        if op in _REPEATS and av[0] >= 1 and _proves(list(av[2]), words):
            return True
        if op is C.ASSERT and _proves(list(av[1]), words):
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


def rule_proved(rule_id: str) -> bool:
    """Whether each of the rule's word sets (``requires`` and every ``requires_all`` set, an
    all-of conjunction) is proved from its pattern or its confirm pattern."""
    rule = next(r for r in RULES if r.id == rule_id)
    return all(
        proves(rule.pattern.pattern, words, rule.pattern.flags) or (
            rule.confirm is not None and proves(rule.confirm.pattern, words, rule.confirm.flags))
        for words in rule.word_sets)


# -- the proof itself ---------------------------------------------------------------------------
@pytest.mark.parametrize(("pattern", "words", "proved"), [
    (r"(?:set|put)\W+aside", ("aside",), True),
    (r"(?:set|put)\W+aside", ("set",), False),  # "put aside"
    (r"(?:set|put)\W+aside", ("set", "put"), True),
    (r"a(?:b|c)?d", ("ad",), False),  # "abd"
    (r"a(?:b|c)?d", ("ad", "abd", "acd"), True),
    (r"(?=[^.]{0,9}?\bkey)go", ("key",), True),  # a lookahead is read in the view
    (r"(?!key)go", ("key",), False),
    (r"x(?:ab){0,2}y", ("xy",), False),
    (r"x(?:ab){1,3}", ("xab",), True),
    (r"before\W+me", ("before me",), False),  # "before,\nme"
    (r"(?i)rules", ("rules",), False),  # "RULES": case folded, not read
    (r"(?:all\W+)?your\W+rules", ("your",), True),
    (r"([a-z]+) \1 rules|\brules\b", ("rules",), True),
    (r"([a-z]+) \1", ("a",), False),
])
def test_the_proof_reads_patterns_soundly(pattern: str, words: tuple[str, ...],
                                          proved: bool) -> None:
    assert proves(pattern, words) is proved


@pytest.mark.parametrize("rule_id", S17_IDS)
def test_each_new_prefilter_is_proved_from_its_pattern(rule_id: str) -> None:
    assert rule_proved(rule_id), rule_id


@pytest.mark.parametrize("rule_id", S17_IDS)
def test_the_new_prefilters_are_no_words_of_the_trigger_probe(rule_id: str) -> None:
    """A prefilter made of the rule's own anchors would not skip a text stuffed with them."""
    rule = next(r for r in RULES if r.id == rule_id)
    stuffed = "ignore previous do not send all print your "
    if rule_id not in ("delimiter.bracket_markers", "role.header_line",
                       "exfil.markdown_image_data"):
        assert not any(w in stuffed for w in rule.requires), rule.requires
    assert rule.requires
