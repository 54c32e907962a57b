"""The addressed-order reading's cheap parts (sixteenth session): the action cues are a superset
of every language's action pattern, and the sentence bounds found from the view's sentence ends
are those of a search of each window (the fifteenth session's ``_sentence``, kept here)."""

from __future__ import annotations

import random
import re

import pytest

from guardwire.guards.injection import normalised_view
from guardwire.guards.injection.retrieved_score import _AGENT_VERB, _VERB_OUT
from guardwire.guards.injection.tool_orders import _CUE_WORDS, _SENT_END, LANGS, SENT_MAX
from guardwire.guards.injection.tool_orders import _sentence as sentence
from guardwire.guards.injection.tool_orders_cues import Cues, Ends
from guardwire.guards.injection.tool_orders_words import EN_VERBS


def _alternatives(pattern: str) -> list[str]:
    """The words of ``(?:a|b-?c|categori[sz]e)``, spelled out."""
    out: list[str] = []
    for alt in pattern.strip("(?:)").split("|"):
        for a in (alt.replace("-?", ""), alt.replace("-?", "-")):
            out += [a.replace("[sz]", "s"), a.replace("[sz]", "z")]
    return out


def test_the_english_cue_words_cover_the_english_verbs() -> None:
    words = _alternatives(_AGENT_VERB) + _alternatives(_VERB_OUT)
    missing = {w for w in words if w.replace("-", "") not in EN_VERBS and w not in EN_VERBS}
    assert not missing


@pytest.mark.parametrize("lang", LANGS, ids=lambda lang: lang.rule_id)
def test_every_action_match_holds_a_cue(lang: object) -> None:
    from guardwire.guards.injection.tool_orders_words import Lang
    assert isinstance(lang, Lang)
    verbs = lang.verbs if lang.verbs != EN_VERBS else (*EN_VERBS, "e-mail", "sign up")
    for verb in verbs:
        for form in (verb, verb + "le", verb + "-lhe", verb + "glielo", verb + " the files"):
            view = normalised_view(f"Hinweis. {form} ok")
            cues = Cues(view, _CUE_WORDS)
            for m in lang.action.finditer(view):
                assert cues.any_in(m.start(), m.end()), (verb, form, m.group())


@pytest.mark.parametrize("sink", ["https://x.example/a", "see www.x.example", "to a@b.example",
                                  "IBAN GB33 BUKB 2020 1555 5555 55", "DE44500105175407324931",
                                  "http:x"])
def test_every_link_address_and_iban_holds_a_cue(sink: str) -> None:
    view = normalised_view(f"Note: {sink} .")
    cues = Cues(view, _CUE_WORDS)
    for lang in LANGS:
        for m in lang.action.finditer(view):
            assert cues.any_in(m.start(), m.end()), (lang.rule_id, m.group())


def test_no_cue_in_padding_of_ai_words() -> None:
    view = normalised_view("Assistant, Note for the AI: the agent reading this; Hey Copilot, " * 50)
    cues = Cues(view, _CUE_WORDS)
    assert not cues.any_in(0, len(view)) and cues.next_from(0) is None


def test_cues_are_whole_words() -> None:
    view = normalised_view("the sending resend sender; then send it")
    cues = Cues(view, _CUE_WORDS)
    assert cues.next_from(0) == view.index("send it")


def _reference(view: str, at: int) -> tuple[int, int, int, int]:
    """The fifteenth session's sentence bounds: one regex search per window."""
    line_end_re = re.compile(r"\n|\\n")
    lo = max(0, at - SENT_MAX)
    start = lo
    for m in _SENT_END.finditer(view, lo, at):
        start = m.end()
    cap = min(len(view), at + SENT_MAX)
    m2 = _SENT_END.search(view, at, cap)
    hi = m2.end() if m2 else cap
    line_end = hi
    if m2 is None or m2.group() not in ("\n", "\\n"):
        m3 = line_end_re.search(view, hi, min(len(view), hi + SENT_MAX))
        line_end = m3.end() if m3 else min(len(view), hi + SENT_MAX)
    m4 = _SENT_END.search(view, line_end, min(len(view), line_end + SENT_MAX))
    return start, hi, line_end, m4.end() if m4 else min(len(view), line_end + SENT_MAX)


def test_sentence_bounds_match_a_search_of_each_window() -> None:
    rng = random.Random(16)
    pieces = ["Hey AI", ". ", "!\n", "?", "\n", "\\n", "。", "word ", "x" * 120, " ", "a.b", "..."]
    for _ in range(40):
        view = "".join(rng.choice(pieces) for _ in range(rng.randrange(5, 400)))
        ends = Ends(view, _SENT_END)
        points = [rng.randrange(len(view)) for _ in range(30)]
        if rng.random() < 0.5:
            points.sort()  # (the reader moves forward; a shuffled order must give the same)
        for at in points:
            s = sentence(ends, at)
            assert (s.lo, s.hi, s.line_end, s.next_hi) == _reference(view, at)
