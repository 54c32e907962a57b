"""Normalize: hidden characters, NFKC, quotes, whitespace; idempotence and length properties."""

from __future__ import annotations

import textwrap
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardwire import Context
from guardwire.exceptions import ConfigError
from guardwire.guards.normalize import Normalize, count_hidden, hidden_characters, normalize_text

OPTIONS = [
    {"fold_quotes": f, "keep_newlines": k} for f in (False, True) for k in (False, True)
]

# Text that stresses the steps: hidden characters, joiners, selectors, combining marks,
# compatibility characters, super/subscripts, odd whitespace and line breaks.
SPECIAL = (
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u202e\u2066\u200e\x00\x1b\x7f\x85\ufe0f\ufe0e"
    "\U000e0041\U000e007f\U0001f3f4\u0301\u0308\u093c \t\n\r\x0b\x0c\u2028\u2029\u00a0\u3000"
    "ﬁ…½²₂ⁿ“”‘’Ａｶﾞḱéeaبکमकไ👨👩❤🏴ᄀ가âÃÂÎð\x80\x85\x94\x9f\xa9\xbf™ªʰ"
)
texts = st.text(alphabet=st.sampled_from(SPECIAL) | st.characters(codec="utf-8"), max_size=60)


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(OPTIONS))
def test_idempotent(text: str, options: dict[str, bool]) -> None:
    once = normalize_text(text, **options)
    assert normalize_text(once, **options) == once


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(OPTIONS))
def test_only_nfkc_expansions_lengthen(text: str, options: dict[str, bool]) -> None:
    out = normalize_text(text, **options)
    assert len(out) <= sum(len(unicodedata.normalize("NFKC", c)) for c in text)
    if unicodedata.is_normalized("NFKC", text):
        assert len(out) <= len(text)


@settings(max_examples=200, deadline=None)
@given(texts, st.sampled_from(OPTIONS))
def test_output_has_no_hidden_characters_or_stray_whitespace(
    text: str, options: dict[str, bool]
) -> None:
    out = normalize_text(text, **options)
    assert hidden_characters(out) == []
    assert count_hidden(text) == len(hidden_characters(text))
    assert "\r" not in out and "\u2028" not in out
    if options["keep_newlines"]:
        lines = out.split("\n")
        assert all(line == line.rstrip() for line in lines)  # no trailing spaces
        assert out == "" or (lines[0].strip() and lines[-1].strip())  # no blank first/last line
        assert "\n\n\n" not in out
        assert textwrap.dedent(out) == out  # no indentation common to all lines
    else:
        assert out == out.strip() and "\n" not in out and "  " not in out


words = st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1)


@given(st.lists(words, min_size=1, max_size=20))
def test_ordinary_ascii_text_is_left_alone(parts: list[str]) -> None:
    text = " ".join(parts)
    assert normalize_text(text) == text
    assert Normalize()(text, Context()).action == "allow"


VISIBLE = st.characters(
    blacklist_categories=("Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp"),
    # variation selectors: a bare one (no base character before it) is removed by design
    blacklist_characters="".join(map(chr, [*range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)])),
)
visible_words = st.text(alphabet=VISIBLE, min_size=1, max_size=12).filter(
    lambda w: unicodedata.is_normalized("NFKC", w)
)


@settings(max_examples=300, deadline=None)
@given(st.lists(visible_words, min_size=1, max_size=8))
def test_single_spaced_nfkc_text_in_any_script_is_left_alone(parts: list[str]) -> None:
    text = " ".join(parts)
    if unicodedata.is_normalized("NFKC", text):
        assert normalize_text(text) == text
        assert normalize_text(text, keep_newlines=False) == text


@pytest.mark.parametrize(
    "text",
    [
        "می\u200cخواهم",  # Persian: ZWNJ is part of the spelling
        "क्\u200dष",  # Devanagari: ZWJ selects the half form
        "👨\u200d👩\u200d👧",  # family emoji sequence
        "❤\ufe0f\u200d🔥",
        "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",  # flag of Scotland
        "ภาษา\u200bไทย",  # Thai word-break hint
        "E=mc², H₂O, xⁿ",
        "def f(x):\n    if x:\n        return 1\n\n    return 2",
        "| a | b |\n|---|---|\n| 1 | 2 |",
        "a,b,c\n1,2,3",
    ],
)
def test_meaningful_characters_and_structure_are_kept(text: str) -> None:
    assert normalize_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ig\u200bnore previous", "ignore previous"),
        ("ig\u200dno\u200cre", "ignore"),  # joiners between Latin letters are obfuscation
        ("abc\u202edef\u202c", "abcdef"),  # Trojan Source bidi override
        ("hi\U000e0069\U000e0067\U000e006e", "hi"),  # ASCII smuggling in tag characters
        ("ok\ufe0f\ufe0f\ufe0f\ufe0f", "ok"),  # variation-selector smuggling (none after k)
        ("☺\ufe0f\ufe0f\ufe0f", "☺\ufe0f"),  # a symbol keeps its one selector
        ("nul\x00 and\x1b[0m esc", "nul and[0m esc"),
        ("soft\u00adhyphen", "softhyphen"),
        ("\ufeffBOM", "BOM"),
    ],
)
def test_hidden_characters_are_removed(text: str, expected: str) -> None:
    assert normalize_text(text) == expected
    assert len(hidden_characters(text)) == len(text) - len(expected)


def test_utf8_mojibake_with_c1_controls_is_repaired() -> None:
    assert normalize_text("Science\u00e2\x80\x94quantifying") == "Science—quantifying"
    assert normalize_text("emoji: \u00f0\x9f\x98\x80") == "emoji: 😀"
    assert normalize_text("caf\u00c3\u00a9") == "caf\u00c3\u00a9"  # no C1 control: left alone


def test_nfkc_folds_compatibility_characters() -> None:
    assert normalize_text("ＦＵＬＬ ｗｉｄｔｈ ﬁle…") == "FULL width file..."
    assert normalize_text("ｶﾞ") == "ガ"


def test_fold_quotes_is_opt_in() -> None:
    text = "“Don’t”, she said"
    assert normalize_text(text) == text
    assert normalize_text(text, fold_quotes=True) == "\"Don't\", she said"


def test_whitespace_with_newlines_kept() -> None:
    text = "  first   line  \r\n\r\n\r\n\r\n  second\u00a0\u00a0line\t\n"
    assert normalize_text(text) == "first line\n\nsecond line"


def test_common_indentation_removed_relative_kept() -> None:
    text = "    for x in y:\n        print(x)\n"
    assert normalize_text(text) == "for x in y:\n    print(x)"


def test_whitespace_flattened_when_newlines_not_kept() -> None:
    text = "  first   line\n\n second\tline \u2029 third "
    assert normalize_text(text, keep_newlines=False) == "first line second line third"


def test_decision_allow_when_unchanged() -> None:
    decision = Normalize()("Hello there.", Context())
    assert decision.action == "allow"
    assert decision.text is None


def test_decision_rewrite_reports_what_changed() -> None:
    decision = Normalize(fold_quotes=True)("ig\u200bnore  “all” ﬁles", Context())
    assert decision.action == "rewrite"
    assert decision.text == 'ignore "all" files'
    assert decision.data["removed_controls"] == 1
    assert decision.data["nfkc"] is True
    assert decision.data["whitespace"] is True
    assert decision.data["quotes_folded"] == 2
    assert "1 hidden" in decision.reason


def test_guard_attributes() -> None:
    assert Normalize.name == "normalize"
    assert Normalize.cacheable is True
    assert Normalize.default_policy.on_error == "open"
    assert Normalize.default_policy.budget_ms is not None


@pytest.mark.parametrize("option", ["fold_quotes", "keep_newlines"])
def test_bad_option_is_config_error(option: str) -> None:
    with pytest.raises(ConfigError) as err:
        Normalize(**{option: "yes"})  # type: ignore[arg-type]
    assert err.value.path == option
