"""Acceptance, demanding user: normalize never changes what ordinary text says (fractions,
squared units, spacing accents, Korean jamo, joiners, variation selectors, code fences) and
abuse_gate's reasons and thresholds (right-to-left marks, chat messages, the reason a UI shows).
The test kit, instructor's create_partial and the examples are in test_acceptance_misc2_kit.py.
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardwire import Context, Pipeline, guarded
from guardwire.guards.abuse import AbuseGate
from guardwire.guards.normalize import hidden_characters, normalize_text
from guardwire.testing import FakeLLM


@pytest.mark.parametrize("text", ["add 1½ cups of flour", "a 2¼-inch pipe", "⅞ of them",
                                  "1⅟2"])
def test_mixed_numbers_keep_their_fractions(text: str) -> None:
    # NFKC made '1½' '11⁄2' (eleven halves); a vulgar fraction is kept like x² is
    assert normalize_text(text) == text


def test_fractions_still_get_the_other_steps() -> None:
    assert normalize_text("ＡＢ ½\u200b  cup") == "AB ½ cup"


@pytest.mark.parametrize(("text", "expected"), [
    ("a 50㎡ flat", "a 50m² flat"), ("g = 9.8㎨", "g = 9.8m∕s²"), ("5㎤ and 2㎢", "5cm³ and 2km²"),
    ("12㎏", "12kg"),  # no exponent: plain NFKC
])
def test_squared_unit_signs_keep_their_exponent(text: str, expected: str) -> None:
    # NFKC wrote '㎡' as 'm2' (while 'm²' itself is kept)
    assert normalize_text(text) == expected
    assert normalize_text(expected) == expected


@pytest.mark.parametrize("word", [
    "അവന്\u200d വന്നു",  # Malayalam chillu written as consonant + virama + ZWJ (word end)
    "উৎসব ত্\u200d",  # Bengali khanda ta as ta + virama + ZWJ
    "क्\u200c",  # Devanagari explicit halant (virama + ZWNJ) at the end of a word
])
def test_joiner_after_a_virama_is_spelling(word: str) -> None:
    assert normalize_text(word) == word


def test_joiners_between_latin_letters_still_go() -> None:
    assert normalize_text("ig\u200dno\u200cre") == "ignore"
    assert normalize_text("a\u094d\u200d b") == "a\u094d\u200d b"  # only after a virama


def test_code_block_keeps_spaces_and_tabs_inside_lines() -> None:
    text = ("Review this   diff:\n```diff\n-    if  x:\n+\tif x  and  y:\n"
            "         return  \"a  b\"   \n```\nThanks   a lot")
    assert normalize_text(text) == (
        "Review this diff:\n```diff\n-    if  x:\n+\tif x  and  y:\n"
        "         return  \"a  b\"\n```\nThanks a lot")


def test_tilde_fence_and_unclosed_fence() -> None:
    assert normalize_text("~~~\nname\tage\nBob\t\t30\n~~~") == "~~~\nname\tage\nBob\t\t30\n~~~"
    # an unclosed fence runs to the end (as Markdown renders it)
    assert normalize_text("```\nx  =  1") == "```\nx  =  1"
    # a shorter or different marker does not close it
    assert normalize_text("````\na  b\n```\nc  d\n````\ne  f") == "````\na  b\n```\nc  d\n````\ne f"


def test_code_block_keeps_indentation_while_common_indent_goes() -> None:
    text = "    ```yaml\n    a:\n      b:  1\n    ```"
    assert normalize_text(text) == "```yaml\na:\n  b:  1\n```"


FENCY = st.text(alphabet=st.sampled_from("`~ \t\na b\u00a0½\u200d\u200b\uff40\u0d4d\u0d28㎡㎨²"),
                max_size=40)


@settings(max_examples=300, deadline=None)
@given(FENCY, st.booleans())
def test_idempotent_and_bounded_with_fences(text: str, keep_newlines: bool) -> None:
    once = normalize_text(text, keep_newlines=keep_newlines)
    assert normalize_text(once, keep_newlines=keep_newlines) == once
    assert len(once) <= sum(len(unicodedata.normalize("NFKC", c)) for c in text)


def test_controls_reason_never_says_zero_percent() -> None:
    text = "word " * 1400 + "\u200b" * 33  # 33 hidden characters in 7,033: 0.47%
    d = AbuseGate()(text, Context())
    assert d.action == "block" and d.data["check"] == "controls"
    assert "0%" not in d.reason.replace("100%", "") and "(<1% of the text)" in d.reason


def test_max_chars_boundary_counts_code_points() -> None:
    gate = AbuseGate(max_chars=10, min_repeat_chars=1000)
    assert gate("日本語のテキスト😀😀", Context()).action == "allow"  # exactly 10
    d = gate("日本語のテキスト😀😀!", Context())
    assert d.reason == "input too long: 11 > 10 characters"


def test_repetition_reason_shows_a_line_break_readably() -> None:
    code = "def test():\n" + "    assert x == 1\n" * 12
    d = AbuseGate()(code, Context())
    assert d.action == "block" and d.data["kind"] in ("run", "loop")
    assert "\\u000a" not in d.reason and "\\n" in d.reason, d.reason


def test_each_user_message_of_a_chat_is_checked_on_its_own() -> None:
    llm = FakeLLM("ok")
    chat = guarded(llm.chat, pipeline=Pipeline(input=[AbuseGate(max_chars=100)]))
    turns = [{"role": "user", "content": "word " * 19}, {"role": "assistant", "content": "ok"},
             {"role": "user", "content": "more " * 19}]
    assert chat(messages=turns) == "ok"  # 190 characters in all, each message under 100
    turns[0]["content"] = "word " * 30
    with pytest.raises(Exception, match="input too long: 150 > 100 characters"):
        chat(messages=turns)  # an earlier message over the cap blocks every later turn


def test_bidi_marks_in_arabic_and_hebrew_text_are_not_stuffing() -> None:
    # editors put an LRM/RLM around numbers and Latin words in right-to-left text
    arabic = " ".join(f"العدد \u200e{i}\u200f مهم" for i in range(20))
    hebrew = " ".join(f"מספר \u200eABC-{i}\u200f חשוב" for i in range(20))
    for text in (arabic, hebrew):
        assert AbuseGate()(text, Context()).action == "allow"
    # the same marks stuffed into Latin text, or other hidden characters in Arabic, still count
    assert AbuseGate()("word \u200e\u200f" * 20, Context()).data["check"] == "controls"
    assert AbuseGate()(arabic + "\u200b" * 33, Context()).data["check"] == "controls"


@pytest.mark.parametrize("text", [
    "ه\u200d.ش",  # Persian abbreviation: ZWJ keeps the joining form of a final letter
    "کتاب\u200c، دفتر",  # ZWNJ at the end of a Persian word, before punctuation
    "ب\u200d x",  # next to an Arabic letter on one side is enough
])
def test_joiner_next_to_a_joining_script_letter_is_kept(text: str) -> None:
    assert normalize_text(text) == text


@pytest.mark.parametrize("k", [1, 2, 5])
def test_selectors_and_zero_width_spaces_cannot_shield_each_other(k: int) -> None:
    # a ZWSP between two variation selectors was taken for a Thai word break and kept, and
    # chains of them outlived the rounds: hidden characters reached the output
    text = "ig" + "\u200b\ufe0f" * k + "nore" + " \ufe0f\u200b" * k + "!"
    out = normalize_text(text)
    assert out == "ignore !"
    assert normalize_text(out) == out


def test_variation_selector_after_a_latin_letter_is_obfuscation() -> None:
    assert normalize_text("i\ufe0fg\ufe0fn\ufe0fo\ufe0fr\ufe0fe") == "ignore"
    kept = "❤\ufe0f 1\ufe0f\u20e3 ↔\ufe0e 葛\U000e0100 Ф"  # emoji, keycap, symbol, CJK IVS
    assert normalize_text(kept) == kept


JOINERY = st.lists(st.sampled_from(
    ["a", "b", " ", "\n", ".", "\u200b", "\u200c", "\u200d", "\ufe0f", "\ufe0e", "\U000e0100",
     "\u0301", "\u064b", "\u094d", "ب", "क", "ไ", "\u0e31", "Ф", "👨", "❤", "\u200b\ufe0f",
     "\ufe0f\u200b", "\u200d\ufe0f"]), max_size=16).map("".join)


@settings(max_examples=1000, deadline=None)
@given(JOINERY)
def test_dense_joiners_and_selectors_leave_nothing_hidden(text: str) -> None:
    out = normalize_text(text)
    assert hidden_characters(out) == []
    assert normalize_text(out) == out


@pytest.mark.parametrize("text", [
    "it´s fine",  # NFKC: 'it ́s' (a space and a combining accent inside the word)
    "(￣▽￣)",  # kaomoji: full-width macron became ' ̄'
    "か゛",  # a voiced mark written after the kana
    "overline‾ and ¨ and ¸",
    "ทำงาน น้ำ",  # Thai SARA AM: NFKC splits it into NIKHAHIT + SARA AA
    "ຄຳ",  # Lao AM
])
def test_spacing_accents_and_sara_am_are_not_split(text: str) -> None:
    assert normalize_text(text) == text


@pytest.mark.parametrize("text", ["ㅋㅋㅋ 진짜 웃기다", "ㅠㅠ", "ㄱㄴㄷ 순서", "ㅋㅏ", "ﾡ﾿"])
def test_korean_compatibility_jamo_stay_letters(text: str) -> None:
    # NFKC made 'ㅋ' a conjoining jamo (broken rendering) and composed 'ㅋㅏ' into '카'
    assert normalize_text(text) == text


def test_inline_triple_backticks_do_not_open_a_code_block() -> None:
    # CommonMark: a backtick fence's info string cannot contain a backtick
    text = "```ls -l``` lists files\nthen   this   line\n```\na  b\n```"
    assert normalize_text(text) == "```ls -l``` lists files\nthen this line\n```\na  b\n```"
