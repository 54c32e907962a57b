"""The finder tries its rules group by group (one pass over the token starts per gate,
seventh session); a reference that tries them rule by rule, as before, must find the same
hits in the same order, so the phrases cannot change."""

from __future__ import annotations

import json
import random
from bisect import bisect_left
from itertools import accumulate
from pathlib import Path

from guardwire.guards.time_phrases import patterns as P

DATA = Path(__file__).resolve().parents[2] / "shared" / "evaldata" / "time_phrases" / \
    "recognizers_text_en_datetime.jsonl"
TEXTS = ["on 3 May 2020.", "R&D spending fell $67.0 miles on 3 May 2020.",
         "Server capacity fell $7 MB and grew USD 69.1 kg in Q2 2018.", "from 9 to 5 on Monday",
         "May 5 - Jun 3, 2024 at 9-11am", "won 3-1 in August", "the 2nd Tuesday of last month",
         "between 9.30-4.30pm PST", "12.03.2024 um 10.30", "x'90s and 1990 s", ""]


def _by_rule(text: str) -> list[tuple[int, int, str, str]]:
    """The candidates as the finder found them before: each rule in turn at its starts."""
    parts = P._WORD_SPLIT.split(text)
    words = parts[1::2]
    info = {w: P._classify(w) for w in set(words)}
    starts = list(accumulate(map(len, parts[:-1])))[::2]
    tokens = dict(zip(starts, words, strict=True))
    can_lead = [info[w][1] for w in words]

    def near(classes: str, back: int) -> set[int]:
        out: set[int] = set()
        for i, w in enumerate(words):
            if any(c in info[w][0] for c in classes):
                out.update(starts[j] for j in range(max(0, i - back), i + 1) if can_lead[j])
        return out

    def tried(rule: P._Rule, at: set[int]) -> list[P._Hit]:
        out = []
        for pos in at:
            m = rule.pattern.match(text, pos)
            if rule.screen.match(tokens[pos], partial=True) and m is not None:
                e = m.end()
                while e > pos and text[e - 1].isspace():
                    e -= 1
                if e > pos:
                    out.append(P._Hit(pos, e, rule.kind, rule.role))
        return sorted(out, key=lambda h: h.start)

    hits = []
    for rule in P._CORE:
        back = 0 if rule.gate.startswith("^") else P._BACK
        hits += tried(rule, near(rule.gate.lstrip("^"), back))
    if hits:
        around = set()
        for h in hits:
            i = bisect_left(starts, h.start)
            j = bisect_left(starts, h.end, i) - 1
            around.update(starts[k] for k in range(max(0, i - P._BACK_CONTEXT),
                                                    min(len(starts), j + P._AHEAD_CONTEXT))
                          if can_lead[k] or tokens[starts[k]].lower() in P.SUFFIX_WORDS)
        for rule in P._CONTEXT:
            hits += tried(rule, around)
    return [(h.start, h.end, h.kind, h.role) for h in hits]


def _texts() -> list[str]:
    rows = [json.loads(line)["text"] for line in DATA.read_text("utf-8").splitlines()] \
        if DATA.exists() else []
    rng = random.Random(20261206)
    words = " ".join(rows + TEXTS).split()
    mixed = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 20))) for _ in range(600)]
    bits = ["12", "2019", " ", "-", "/", ":", "May ", "on ", "3pm", "to ", "Q3 ", ".", ",",
            "'", "90s", "next ", "week ", "Mon ", "$", "%"]
    noise = ["".join(rng.choice(bits) for _ in range(rng.randint(1, 16))) for _ in range(600)]
    return TEXTS + rows[::3] + mixed + noise


def test_groups_find_the_hits_rules_one_by_one_found() -> None:
    checked = 0
    for text in _texts():
        got = [(h.start, h.end, h.kind, h.role) for h in P._candidates(text)]
        # within one rule the order cannot matter (one hit per start); across rules it does
        # (a tie of length and start): equal starts must come in the rule order
        assert sorted(got, key=lambda g: g[0]) == sorted(_by_rule(text), key=lambda w: w[0]), text
        checked += bool(got)
    assert checked > 300
