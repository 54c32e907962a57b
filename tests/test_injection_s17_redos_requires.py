"""The word prefilters (``requires``) the seventeenth session gave the rules that a 100 KB text
stuffed with trigger words made slow: each is *proved* from the rule's pattern, so no decision
changes (a view without any of the words cannot match).

The proof reads the pattern's syntax tree: :mod:`_prefilter_proof` (moved there in the
eighteenth session, which extended it and proves every rule's word sets with it:
``test_injection_s18_prefilters.py``).
"""

from __future__ import annotations

import pytest

# (``_EMPTY``, ``_exact``, ``_product``: re-exported for ``test_injection_s17_conj``)
from _prefilter_proof import _EMPTY, _exact, _product, machinery_reads_phrases, proves, rule_proved  # noqa: F401
from guardwire.guards.injection.rules import RULES

# the rules given a proved prefilter this session (the 100 KB probes' costliest rules)
S17_IDS = ("delimiter.bracket_markers", "override.do_instead", "role.header_line",
           "delimiter.end_of_input", "exfil.markdown_image_data",
           "override.your_rules_switched_off", "persona.plea_drop_rules",
           "override.drop_own_safeguards", "override.rules_aside_request", "override.orders_void",
           "authority.permission_to_drop_safeguards", "persona.named_no_ethics",
           "override.split_join_follow", "exfil.other_users_data",
           "override.given_guidance_aside", "leak.unseen_setup")


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
    # "before,\nme": proved once the scan reads a word with a space as a phrase (s19)
    (r"before\W+me", ("before me",), machinery_reads_phrases()),
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
