"""Curated prompt-injection rules, run over the normalised view with a per-match timeout.

Each :class:`Rule` has an id (``<category prefix>.<name>``), a category and a severity; the
English specs are in :mod:`.rules_en`, the other languages' in :mod:`.rules_i18n`,
:mod:`.rules_i18n_free`, :mod:`.rules_i18n_roles` and :mod:`.rules_i18n_phrases`. Patterns are
written for the view (case-folded, homoglyphs/leetspeak folded, letter-spacing joined), use
only bounded gaps between key words and no nested quantifiers, so a match attempt is linear in
the text; the ``regex`` module's ``timeout`` is the backstop. Encoded payloads (:mod:`.encoded`:
base64/hex tokens, separated hex, %-encoding, escapes, HTML entities, ROT13, reversed text) are
decoded (recursively: a payload encoded two or three times) and the decoded text is scanned with
the same rules; a hit there is reported as ``encoded.<chain>_instruction``, so the Decision names
the encodings (``encoded.base64_instruction``, ``encoded.percent+base64_instruction``). The
rules also read a second view with the full Unicode confusables folded
(:func:`.normalise_view.confusable_view`) when a mostly Latin text has look-alikes the small
table misses; a hit there is reported under the rule's own id.
"""

from __future__ import annotations

import math
import time  # noqa: F401 - ``rules.time``: tests slow the clock through it (rules_work.clock)
from collections.abc import Iterable
from types import MappingProxyType

import regex

from .encoded import MAX_DEPTH, TRANSFORMS, chains, layers
from .lazy_regex import lazy, warm_all
from .normalise_view import confusable_view
from .revocation import REVOCABLE_IDS, revocation_mask
from .rules_anchors import AnchorIndex, changed_spans, hashed_words
from .rules_authority import AUTHORITY_REQUIRES, AUTHORITY_SPECS
from .rules_authority_more import AUTHORITY_MORE_REQUIRES, AUTHORITY_MORE_SPECS
from .rules_conj import CONJ_GATES, CONJ_REQUIRES, GATE_FROM, gated
from .rules_en import CONFIRM, EN_REQUIRES, LINE_PREFIX, SPECS, Category, Severity
from .rules_en_more import MORE_REQUIRES, MORE_SPECS
from .rules_hoist import HOISTED, hoisted
from .rules_i18n import I18N_SPECS, REQUIRES
from .rules_i18n_above import ABOVE_REQUIRES, ABOVE_SPECS
from .rules_i18n_authority import AUTHORITY_I18N_REQUIRES, AUTHORITY_I18N_SPECS
from .rules_i18n_free import NO_LIMITS_REQUIRES, NO_LIMITS_SPECS
from .rules_i18n_more import MORE_I18N_REQUIRES, MORE_I18N_SPECS
from .rules_i18n_phrases import PHRASE_REQUIRES, PHRASE_SPECS
from .rules_i18n_roles import ROLE_REQUIRES, ROLE_SPECS
from .rules_i18n_system import SYSTEM_I18N_REQUIRES, SYSTEM_I18N_SPECS
from .rules_i18n_thfa import THFA_REQUIRES, THFA_SPECS
from .rules_indirect import INDIRECT_CONFIRM, INDIRECT_REQUIRES, INDIRECT_SPECS
from .rules_needles import AnchorRules, Needles
from .rules_own import OWN_REQUIRES, OWN_SPECS
from .rules_persona import PERSONA_REQUIRES, PERSONA_SPECS
from .rules_present import Phrases
from .rules_reset import RESET_REQUIRES, RESET_SPECS
from .rules_roleplay import ROLEPLAY_REQUIRES, ROLEPLAY_SPECS
from .rules_s14 import S14_REQUIRES, S14_SPECS
from .rules_s15 import S15_REQUIRES, S15_SPECS
from .rules_story import STORY_REQUIRES, STORY_SPECS
from .rules_types import SEVERITY_SCORE, Rule, RuleHit, RuleScan
from .rules_work import FIRST_QUOTA, MAIN_SHARE, MAX_SPAN, Cursor, Work, reach_of_rule

# the tenth session's tables (issue 3): own words and more, resets, fiction and pleas,
# authority claims worded otherwise
S10_SPECS = (*OWN_SPECS, *RESET_SPECS, *STORY_SPECS, *AUTHORITY_MORE_SPECS, *S14_SPECS,
             *S15_SPECS)
S10_REQUIRES = (OWN_REQUIRES, RESET_REQUIRES, STORY_REQUIRES, AUTHORITY_MORE_REQUIRES,
                S14_REQUIRES, S15_REQUIRES)  # and the 14th/15th sessions' (rules_s14/_s15)

__all__ = ["RULES", "SEVERITY_SCORE", "Category", "Rule", "RuleHit", "RuleScan", "Severity",
           "scan", "warm_rules"]


# Rules whose anchors are distinctive run first: if a text stuffed with common trigger words
# exhausts the scan budget, it is spent on the broad rules after these have run.
_FIRST = ("delimiter.chat_tokens", "delimiter.bracket_markers",
          "persona.dan", "persona.developer_mode", "override.pwned", "role.message_from",
          "override.before_task", "encoded.decode_and_follow", "persona.jailbreak_word",
          "persona.amoral", "override.strictly_adhere")
_ALL_REQUIRES = (EN_REQUIRES, MORE_REQUIRES, REQUIRES, NO_LIMITS_REQUIRES, ROLE_REQUIRES,
                 PHRASE_REQUIRES, ABOVE_REQUIRES, INDIRECT_REQUIRES, MORE_I18N_REQUIRES,
                 THFA_REQUIRES, PERSONA_REQUIRES, ROLEPLAY_REQUIRES,
                 AUTHORITY_REQUIRES, SYSTEM_I18N_REQUIRES, AUTHORITY_I18N_REQUIRES,
                 *S10_REQUIRES)
RULES: tuple[Rule, ...] = tuple(sorted(
    (Rule(rid, cat, sev, anchors, lazy(pat), CONFIRM.get(rid, INDIRECT_CONFIRM.get(rid)),
          LINE_PREFIX.get(rid), next((req[rid] for req in _ALL_REQUIRES if rid in req), ()),
          hoisted(pat) if rid in HOISTED else None, CONJ_REQUIRES.get(rid, ()),
          CONJ_GATES.get(rid))
     for rid, cat, sev, anchors, pat in (*SPECS, *MORE_SPECS, *I18N_SPECS, *NO_LIMITS_SPECS,
                                         *ROLE_SPECS, *PHRASE_SPECS, *ABOVE_SPECS,
                                         *INDIRECT_SPECS, *MORE_I18N_SPECS, *THFA_SPECS,
                                         *PERSONA_SPECS, *ROLEPLAY_SPECS,
                                         *AUTHORITY_SPECS, *SYSTEM_I18N_SPECS,
                                         *AUTHORITY_I18N_SPECS, *S10_SPECS)),
    key=lambda r: _FIRST.index(r.id) if r.id in _FIRST else len(_FIRST)))
# Budget of one scan, counted in match attempts (``rules_work.ATTEMPTS_PER_S`` per second) and
# shared between the rules in rounds; rules not done when it is spent are recorded as timed
# out, so a text stuffed with trigger words costs a bounded time (and is flagged for it).
SCAN_BUDGET_S = 0.03


def warm_rules() -> int:
    """Compile every rule's patterns and every other lazy pattern of the guard (what a first
    call would otherwise compile as it needs them); the number of patterns compiled."""
    n = warm_all()
    _NEEDLES.tables()  # the anchors hashed (on first use otherwise)
    for rule in RULES:
        rule.compiled()
        reach_of_rule(rule)  # what its attempts read (a repeated view: :mod:`.rules_period`)
    return n


def encoded_rule_id(chain: str) -> str:
    """What a rule that fired on decoded text is reported as: ``encoded.<chain>_instruction``
    (``encoded.base64_instruction``, ``encoded.base64+hex_instruction``)."""
    return f"encoded.{chain}_instruction"


# What ``RuleScan.timed_out`` lists when the decoded layers' walk left one unread: past the
# scan's wall-clock backstop ("encoded.nested"), or past ``encoded.MAX_NESTED_TEXT`` characters
# of decoded text decoded again ("encoded.nested_cap": a size limit, the same for every run).
NESTED_CUT = MappingProxyType({"deadline": "encoded.nested", "size": "encoded.nested_cap"})
# Every id a decoded payload can be reported as (single layers and chains up to MAX_DEPTH).
ENCODED_RULE_IDS: tuple[str, ...] = tuple(encoded_rule_id(c) for c in chains(MAX_DEPTH))
# Rules tried on ROT13-decoded and reversed text: only what a transformed text cannot say by
# accident (ROT13 of ordinary English is common in puzzles; reversed text is noise).
_TRANSFORM_CATEGORIES = frozenset({"instruction_override", "prompt_leaking",
                                   "jailbreak_persona"})
ALL_DECODERS = frozenset({"tokens", "windows", "transforms"})


# Longest text one match attempt may span (``endpos``; :data:`.rules_work.MAX_SPAN`).
_MAX_SPAN = MAX_SPAN


# Every rule's required words: a short view is searched for all of them at once (one C-level
# ``filter``), a long one word by word through its index (see ``AnchorIndex.contains``).
_REQUIRED: tuple[str, ...] = tuple(sorted({w for r in RULES for s in r.word_sets for w in s}))
_REQUIRED_SET = frozenset(_REQUIRED)
# ... and in a long view, found all at once when its distinct words are long (base64)
_HASHED = hashed_words(_REQUIRED)
# ... and the ones with a space, phrases: their words across any run of non-word characters,
# as the patterns read them ("has to": a line break between is found; :mod:`.rules_present`)
_PHRASES = Phrases(_REQUIRED)
# Every rule's anchors and required words: a short view looks for all of them at once
# (:mod:`.rules_needles`: ~0.1 ms on 1,000 characters, where a search per anchor and per word
# asked cost ~2 ms), and a rule none of whose anchors occur is skipped (its cursor would have
# no position to try: nothing else differs).
_NEEDLES = Needles({a for r in RULES for a in r.anchors}.union(_REQUIRED))
_BY_ANCHOR = AnchorRules(RULES)  # which rules a short view's anchors name


def _present(view: str) -> frozenset[str]:
    """The required words in ``view`` (``frozenset(filter(view.__contains__, _REQUIRED))``)."""
    return (_NEEDLES.present(view) & _REQUIRED_SET).union(_PHRASES.found(view))


def _run(rules: Iterable[Rule], view: str | AnchorIndex, timeout_s: float, out: RuleScan,
         work: Work | float, via: str | None = None, fired: set[str] | None = None,
         share: float = math.inf) -> AnchorIndex:
    """Run ``rules`` over one view in rounds (:mod:`.rules_work`), spending at most ``share``
    of the scan's work (a number: a wall-clock deadline, no limit on the attempts); hits and
    cut-off rules are recorded in the rules' order."""
    if not isinstance(work, Work):
        work = Work.until(work)
    # no budget (``math.inf`` attempts): every anchor position is tried, none capped
    index = (view if isinstance(view, AnchorIndex)
             else AnchorIndex(view, cap=not math.isinf(work.left), hashed=_HASHED,
                              needles=_NEEDLES))
    present: frozenset[str] | None = None  # required words in a short view
    occurs = index.occurring()  # a short view's anchors and required words (None: long)
    if occurs is not None and not work.spent():  # (spent: every rule is listed as cut off)
        rules = _BY_ANCHOR.named(rules, occurs)
    slots: list[Cursor | str] = []  # a rule's cursor, or the id of a rule cut off
    charged = index.indexed  # (a short view's setup is not counted: ``take_cost``)
    for rule in rules:
        if via is not None and rule.severity == "low":
            continue  # a low rule ("jailbreak" named) does not make a decoded text an attack
        if charged:  # the view's setup so far (index, searches) is counted work
            work.charge(index.take_cost())
        if work.spent():
            slots.append(rule.id)
            continue
        if rule.requires:  # one of them must be in the view (and one of each requires_all)
            if index.indexed:
                if not any(map(index.contains, rule.requires)) or (rule.requires_all and not all(
                        any(map(index.contains, s)) for s in rule.requires_all)):
                    continue
            else:
                if present is None:
                    present = (_present(index.view) if occurs is None else (
                        occurs & _REQUIRED_SET).union(_PHRASES.found(index.view)))
                if present.isdisjoint(rule.requires) or (rule.requires_all and any(
                        present.isdisjoint(s) for s in rule.requires_all)):
                    continue  # (a caller's rule: only the words of RULES' sets are looked for)
        cursor = Cursor(rule, index)
        if (rule.gate is not None and GATE_FROM < cursor.total <= work.rule_cap
                and gated(rule.gate, index, timeout_s)):
            continue
        if not cursor.done:
            slots.append(cursor)
    work.charge(index.take_cost())
    found = _rounds([c for c in slots if isinstance(c, Cursor)], timeout_s, work,
                    min(share, work.left))
    for slot in slots:
        if isinstance(slot, str):
            out.timed_out.append(slot)
        elif slot in found:
            _record(slot.rule, found[slot], out, via, fired)
        elif not slot.done or slot.capped:
            out.timed_out.append(slot.rule.id)
    return index


def _rounds(cursors: list[Cursor], timeout_s: float, work: Work,
            budget: float) -> dict[Cursor, regex.Match[str]]:
    """Give every cursor its first round (``Cursor.first`` attempts), then the ones not done
    ``FIRST_QUOTA`` times 4, 16, 64 ... attempts in the next rounds (each round at most an even
    share of what ``budget`` has left), until every one is done, ``budget`` is spent or
    (after the first round) the wall-clock backstop passes."""
    found: dict[Cursor, regex.Match[str]] = {}
    end = -math.inf if math.isinf(budget) else work.left - budget  # left when it is spent
    pending, quota, first = cursors, FIRST_QUOTA * 4, True
    while pending and work.left > end and (first or not work.late()):
        even = (work.left - end) / len(pending)  # an even share of what is left
        still: list[Cursor] = []
        for cursor in pending:
            if work.left <= end or (not first and work.out_of_time):
                still.append(cursor)
                continue
            want = min(cursor.first if first else quota, even, cursor.left(work))
            try:
                m = cursor.step(max(1, int(want)), timeout_s, work, _MAX_SPAN,
                                clocked=not first)
            except TimeoutError:
                still.append(cursor)
                continue
            if m is not None:
                found[cursor] = m
            elif not cursor.done:
                still.append(cursor)
        if not first:
            quota *= 4
        pending, first = still, False
    return found


def _record(rule: Rule, m: regex.Match[str], out: RuleScan, via: str | None,
            fired: set[str] | None) -> None:
    snippet = m.group()[:120]
    if fired is not None:
        fired.add(rule.id)
    if via is None:
        out.hits.append(RuleHit(rule.id, rule.category, rule.severity, snippet))
        return
    # a transform (ROT13, reversed) as the last layer keeps the rule's severity
    rid = encoded_rule_id(via)
    sev: Severity = rule.severity if via.rsplit("+", 1)[-1] in TRANSFORMS else "high"
    if all(h.rule_id != rid for h in out.hits):
        out.hits.append(RuleHit(rid, "encoded_payload", sev, f"{via}: {snippet}"))


def _revoke(view: str, out: RuleScan, chosen: tuple[Rule, ...], timeout_s: float,
            work: Work) -> None:
    """Drop the override hits that fire only on the user's own words (:mod:`.revocation`):
    their rules are re-run on the view with those objects masked, and a hit is dropped when
    its rule no longer fires there."""
    candidates = [h for h in out.hits if h.rule_id in REVOCABLE_IDS]
    if not candidates or work.spent():
        return
    try:
        masked = revocation_mask(view, timeout_s)
    except TimeoutError:
        return
    if masked is None:
        return
    ids = {h.rule_id for h in candidates}
    again = RuleScan()
    _run([r for r in chosen if r.id in ids], masked, timeout_s, again, work)
    if again.timed_out:
        return
    still = {h.rule_id for h in again.hits}
    out.revoked = [h for h in candidates if h.rule_id not in still]
    out.hits = [h for h in out.hits if h not in out.revoked]


def scan(text: str, view: str, *, timeout_s: float = 0.05,
         budget_s: float = SCAN_BUDGET_S, rules: Iterable[Rule] | None = None,
         decoders: frozenset[str] = ALL_DECODERS, depth: int = MAX_DEPTH,
         confusables: bool = True, revocation: bool = True,
         work: int | None = None) -> RuleScan:
    """Run every rule over ``view`` (the normalised view of ``text``) and decode payloads.

    ``timeout_s`` bounds one match attempt (the ``regex`` timeout); ``budget_s`` bounds the
    whole scan: it buys ``budget_s * ATTEMPTS_PER_S`` match attempts (``work``: that many
    instead; ``math.inf``: no limit), shared between the rules in rounds (:mod:`.rules_work`),
    and rules not done when they are spent are listed in ``RuleScan.timed_out`` (as are the
    rules left when the wall clock passes ``BACKSTOP * budget_s``, and ``NESTED_CUT``'s ids
    when a decoded layer was left unread). ``rules`` (default:
    all), ``decoders`` (``"tokens"``: base64/hex tokens; ``"windows"``: separated hex,
    %-encoding, escapes and HTML entities decoded in place; ``"transforms"``: ROT13 and
    reversed text), ``depth`` (layers of nested encoding decoded; 1 = single layers only) and
    ``confusables`` (the second view with the full confusables table) and ``revocation`` (a
    user taking back their own words is not decisive: :func:`_revoke`) exist for measuring
    one part against another.
    """
    budget = Work(budget_s, work)
    out = RuleScan()
    try:
        _scan(text, view, timeout_s, budget, out, RULES if rules is None else tuple(rules),
              decoders, depth, confusables, revocation)
    finally:
        out.attempts, out.clock_cut = budget.attempts, budget.out_of_time
    return out


def _scan(text: str, view: str, timeout_s: float, work: Work, out: RuleScan,
          chosen: tuple[Rule, ...], decoders: frozenset[str], depth: int, confusables: bool,
          revocation: bool) -> None:
    index = _run(chosen, view, timeout_s, out, work, share=MAIN_SHARE * work.left)
    if confusables and work.spent():
        if not view.isascii():
            out.timed_out.append("confusables.view")
    elif confusables:
        folded = confusable_view(view, text)
        if folded is not None and folded != view:
            # a rule that did not fire on the view can only match what the folding changed:
            # only anchors close enough to a folded letter are tried
            # (a short view, or folded letters everywhere: a plain pass is cheaper)
            spans = changed_spans(view, folded, _MAX_SPAN) if index.indexed else None
            if spans is not None and sum(hi - lo for lo, hi in spans) > len(view) // 2:
                spans = None
            done = {h.rule_id for h in out.hits}
            _run([r for r in chosen if r.id not in done],
                 AnchorIndex(folded, spans, index) if spans is not None else folded,
                 timeout_s, out, work)
    if revocation:
        _revoke(view, out, chosen, timeout_s, work)
    if not decoders:
        return
    if work.spent():
        out.timed_out.append("encoded.payloads")
        return
    # Single-layer tokens try every rule; the other layers only the rules that did not fire on
    # the plain text, and nested layers (a chain) only those that fired in no decoded layer.
    plain = {h.rule_id for h in out.hits}
    decoded_fired: set[str] = set()
    rest: list[Rule] | None = None
    stopped: list[str] = []  # why the walk left a decoded layer unread (``encoded.layers``)
    for layer in layers(text, view, decoders, max_depth=depth, deadline=work.backstop(),
                        stopped=stopped):
        nested = "+" in layer.chain
        # decoded text with look-alikes is also read with them folded
        folded = confusable_view(layer.view) if confusables else None
        if layer.source == "tokens" and not nested:
            for v in (layer.view, folded):
                if v is not None:
                    _run(chosen, v, timeout_s, out, work, layer.chain, decoded_fired)
            continue
        if rest is None:
            plain |= {h.rule_id for h in out.hits}
            rest = [r for r in chosen if r.id not in plain]
        todo = [r for r in rest if r.id not in decoded_fired] if nested else rest
        if layer.source == "transforms":
            todo = [r for r in todo
                    if r.category in _TRANSFORM_CATEGORIES and r.severity != "low"]
        how = layer.reading
        # a transform of the whole long view: its word index is the view's, mapped
        first: str | AnchorIndex = (
            index.read_as(layer.view, how.table, how.reverse)
            if how is not None and how.keeps_words and index.indexed and index.spans is None
            and len(layer.view) == len(view) else layer.view)
        views: tuple[str | AnchorIndex | None, ...] = (first, folded)
        for what in views:
            if what is not None:
                _run(todo, what, timeout_s, out, work, layer.chain, decoded_fired)
    # a walk cut short is not a text without deeper layers: said as a cut-off (+0.15)
    out.timed_out += [NESTED_CUT[why] for why in stopped]
