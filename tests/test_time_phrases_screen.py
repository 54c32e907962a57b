"""The first-token screen of the time-phrase patterns: a pattern is tried at a token start
only when its screen (the pattern without positive lookbehinds) partially matches the token
alone; that must never rule out a real match."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from guardwire.guards.time_phrases import find_time_phrases
from guardwire.guards.time_phrases import patterns as P

DATA = Path(__file__).resolve().parents[2] / "shared" / "evaldata" / "time_phrases" / \
    "recognizers_text_en_datetime.jsonl"
TEXTS = ["I'll go back 04th Jan 2019.", "in the '90s", "revenue fell 12% on 12 May 2019",
         "meet @ 5pm on the 3rd", "since 2018, the following 3 weeks", "the weekend or later",
         "in 2 weeks, within the next 30 minutes", "Q3 and Q4 2020", "appointment at 10",
         "x'90s and 1990 s", "May 5 - Jun 3, 2024 at 9-11am", "from 9 to 5 on Monday"]


def test_lookbehinds_are_removed_and_only_them() -> None:
    assert P._without_lookbehinds(r"(?<=\bon\s)\d+") == r"\d+"
    assert P._without_lookbehinds(r"(?:(?<=\bon\s)|\bthe\s+)\d") == r"(?:|\bthe\s+)\d"
    assert P._without_lookbehinds(r"x(?<=[)(]b)c") == "xc"  # parentheses in a class
    assert P._without_lookbehinds(r"a\(?<=b)c") == r"a\(?<=b)c"  # an escaped parenthesis
    assert P._without_lookbehinds(r"(?<!\d)5") == r"(?<!\d)5"  # negative ones stay
    with pytest.raises(ValueError):
        P._without_lookbehinds(r"(?<=a)?b")
    assert all("(?<=" not in r.screen.pattern for r in P._RULES)


def _texts() -> list[str]:
    texts = list(TEXTS)
    if DATA.exists():
        texts += [json.loads(line)["text"] for line in DATA.read_text("utf-8").splitlines()]
    return texts


def test_the_screen_never_rules_out_a_match() -> None:
    # the rules with positive lookbehinds, screened since the sixth session (before, they
    # were tried at every candidate token). A rule opening with ``\b`` is ruled out at a
    # lone "'" after a letter ("x'90s": no decade), as it always was
    screened = [r for r in P._RULES if "(?<=" in P.PATTERNS[r.index][3]]
    assert len(screened) > 20
    tried = 0
    for text in _texts():
        parts = P._WORD_SPLIT.split(text)
        pos = 0
        for i, part in enumerate(parts):
            if i % 2 == 1:
                for rule in screened:
                    if rule.pattern.match(text, pos) is not None:
                        tried += 1
                        assert rule.screen.match(part, partial=True) is not None, (
                            text, part, rule.index)
            pos += len(part)
    assert tried > 300
    assert [s.text for s in find_time_phrases("I'll go back 04th Jan 2019.")] == ["04th Jan 2019"]


def test_a_full_screen_memo_drops_its_oldest_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    # the memo used to stop growing at its cap: a token first seen after a long-running
    # process had met _MEMO_CAP others ("2025", any new number) was screened anew, by every
    # rule of its gate, at each occurrence (a number-heavy answer's dates took 3x as long)
    memos = [dict.fromkeys(f"{n}x" for n in range(P._MEMO_CAP)) for _ in P._STARTS_WITH]
    monkeypatch.setattr(P, "_STARTS_WITH", memos)
    text = "revenue fell 12% on 12 May 2019"
    spans = find_time_phrases(text)
    screened: list[str] = []
    real = P._screened
    monkeypatch.setattr(P, "_screened", lambda g, t: screened.append(t) or real(g, t))
    assert find_time_phrases(text) == spans
    assert screened == []  # the text's tokens were kept: none is screened again
    assert all(len(m) == P._MEMO_CAP for m in memos)  # still capped: the oldest went
    assert all("0x" not in m for m in memos if "2019" in m)
