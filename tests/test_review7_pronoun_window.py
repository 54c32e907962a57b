"""The pronoun rule read the whole sentence of every candidate word, so a long sentence
(a pasted log or transcript with no full stop) cost time quadratic in its length: a 60 KB
message of "he likes Qwzxv ..." took ~5 s of CPU in the PERSON pass, ~0.6 s before the
rule (seventh-session review). Only the 12-token window around a word is read now; what is
found is unchanged. Names here are invented."""

from __future__ import annotations

from typing import Any

from guardwire.guards.pii.person.pronoun import _WINDOW, _sentence
from guardwire.guards.pii.person.tokens import Toks
from test_pii_name_orders import names
from test_pii_person import doc

WORDS = frozenset({"like", "likes", "blue", "he", "she"})


def test_a_word_s_sentence_is_read_only_within_the_window() -> None:
    text = " ".join(["he likes Qwzxv"] * 400)  # one sentence of 1,200 tokens
    d = Toks(doc(text))
    for i in (0, 5, 600, d.n - 1):
        a, b = _sentence(d, i)
        assert max(0, i - _WINDOW) <= a <= i <= b <= min(d.n, i + _WINDOW)


def test_sentence_ends_inside_the_window_still_bound_it() -> None:
    d: Any = Toks(doc("Qwzxv likes tea. He left."))
    i = d.text.index("Qwzxv")
    assert _sentence(d, i) == (0, d.text.index("."))


def test_names_in_a_long_sentence_are_still_found() -> None:
    text = " ".join(["he likes Qwzxv"] * 50)
    assert names(text, english=WORDS) == ["Qwzxv"] * 50
    # the pronoun outside the window (and no other evidence): nothing
    far = "Qwzxv " + " ".join(["likes blue"] * 10) + " and he"
    assert names(far, english=WORDS) == []
