"""Which jsonrepair corpus rows the schema ladder may read, and why (fifteenth session).

Every ``repair`` row that does not end open (the truncated rows are re-asked by the issue's
rule) and was refused as needing a guess, plus the matched rows where the same test fails,
sorted by one test:

- **a** — the expected value is the one reading that keeps every key, string and number
  written and changes only syntax, and no other such reading (by json-repair, by JavaScript,
  by another one-character slip, or as prose) gives a different value: refusing it is
  over-cautious;
- **b** — reading it needs a guess: content is elided or missing, or two faithful readings
  give different values; a re-ask is right.

Rows are named by their line number (0-based) in ``jsonrepair_js_tests.jsonl`` and the first 8
hex digits of the SHA-1 of their ``broken`` text (so a changed data file shows up as
``row changed``); the rows themselves are not copied here.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from typing import Any

REASONS: dict[str, tuple[str, str]] = {
    "ellipsis": ("b", "`...` stands for elements the model left out: the value without them "
                      "is not the one meant"),
    "prose": ("b", "words with no JSON syntax: the text may be the value or a remark or refusal "
                   "about it; a single bare word is read (existing rule), a sentence is not"),
    "bare_list": ("b", "bare words split by a comma or line break, no brackets (`a,b`): a list "
                       "of two strings or the one string `a,b`"),
    "edge_quote": ("b", "a quote at one edge of a bare word (`abc\"`): a lost opening quote or "
                        "part of the text (`24\"` is 24 inches)"),
    "escape": ("b", "an escape JSON does not have, or quotes escaped in some places only: `\\a` "
                    "(drop the backslash, keep it as in a Windows path, or BEL); a backslash "
                    "before a raw line break (JavaScript reads nothing there, jsonrepair a "
                    "newline); `\\\"hello\"` (\"hello\" or the text with its quotes)"),
    "regex": ("b", "a JavaScript regular-expression literal: JSON has none; its text with the "
                   "slashes (jsonrepair) and its pattern without them (JavaScript's `.source`) "
                   "are both faithful, and JSON.stringify gives {}"),
    "concat_quote": ("b", "a concatenation whose first string lost its closing quote: where that "
                          "quote goes is a guess (`\"hello +` may be the whole first string)"),
    "bare_items": ("b", "bare words in an array with no comma between them: one string or "
                        "several items (`[2 0.0.1 2]`; `This is F(3)` is one value like "
                        "`{title: Blue coffee mug}`, or four); one word per line is one string "
                        "spanning lines for json-repair (`[\"a\\nb\"]`), two items for jsonrepair"),
    "two_quotes": ("b", "`[a\",b\"]`: two lost opening quotes ([\"a\", \"b\"]) or a bare word "
                        "and the string `\",b\"` ([\"a\", \",b\"])"),
    "missing_value": ("b", "a value is missing: `null` would be invented (`{\"a\":}`), or an "
                           "exponent has no digits (`[2e+]`)"),
    "member_end": ("b", "an unquoted value with no comma before the next line's key: where the "
                        "value ends is a guess (json-repair reads `hello world⏎next:` as it)"),
    "closers_two_readings": ("b", "mismatched brackets that more than one edit makes JSON: `[}` "
                                  "([] or {}), `[1,[}]` ([1,[]] or [1,{}]), `[{\"i\":1,{\"i\":2}]` "
                                  "(a lost `}`, or a doubled `{`: one object with \"i\" twice), "
                                  "`[{\"i\":1{\"i\":2}]` (two characters lost, or `{` typed for "
                                  "`,`), `[{{]` ([{}] with one slip, [{},{}] with two)"),
    "extra_closers": ("b", "several closers too many (`{\"a\": 1}}]}`): a slip doubles one "
                           "character; three signal openers lost at the start with their keys, "
                           "so the object may be a fragment of the value meant"),
    "swapped_closer": ("a", "one closer typed as the other kind (`{\"a\":2]`, `[2,}`): swapping "
                            "it is the only one-character edit that gives JSON, and swapping its "
                            "opener gives none (read since the fifteenth session)"),
    "accepted_two_readings": ("b", "matched, but two faithful readings differ: `undefined` as "
                                   "null or an absent key (JSON.stringify drops it); `72\"\"` a "
                                   "doubled closing quote or an inch mark; `[```…```]` an array "
                                   "of one object or the fenced object; `NumberLong(\"2\")` the "
                                   "string \"2\" or the number 2 the constructor denotes"),
}

CLASSES: dict[str, dict[int, str]] = {
    "ellipsis": {120: "ac860f36", 121: "26643e56", 122: "b9c76bf7", 123: "bffe0232",
                 124: "5313aecf", 125: "d9659c1a", 126: "de3d6a5a", 127: "01d1be3b",
                 128: "9aa81410", 129: "07be19c0", 130: "4ced9a12", 131: "56fcfba3",
                 132: "4f82cfeb", 133: "13165e51", 134: "6ce783b6", 135: "2a2cb4a4",
                 136: "b0e9c5df", 137: "63a31112"},
    "prose": {55: "0c0a4864", 312: "2aae6c35", 313: "adc302ab", 322: "f3b21bda"},
    "bare_list": {396: "fcd127ff", 397: "5d8b1241"},
    "edge_quote": {138: "a6d91bbe"},
    "escape": {169: "6e8ef651", 170: "504a7c08", 255: "2a9d060f", 258: "eeae84eb"},
    "regex": {346: "38077f30", 347: "e796b0bb", 348: "d0fde4d9"},
    "concat_quote": {354: "ce1ea993"},
    "bare_items": {315: "d20e9431", 334: "c56ec336", 387: "aabebf55", 389: "cf6289bf"},
    "two_quotes": {140: "4b3f76a9"},
    "missing_value": {110: "38a6f1f2", 171: "57ca32c2", 172: "311db9ad"},
    "member_end": {324: "17b2a214"},
    "closers_two_readings": {290: "38821ff2", 291: "7b1e5782", 292: "3d8a95ec", 300: "c608d684",
                             301: "7cfce8f5", 307: "052a3526"},
    "extra_closers": {294: "510501d9", 295: "cfc57cd6"},
    "swapped_closer": {296: "3418a4df", 297: "078650cd", 299: "f7652b9f"},
    "accepted_two_readings": {174: "fbd64518", 193: "ed1d6a2d", 249: "30793b3b",
                              250: "aabc9893", 309: "15b25e73", 311: "26a29987"},
}

# row number -> (sha1 prefix, reason key)
BY_ROW: dict[int, tuple[str, str]] = {
    row: (sha, reason) for reason, rows in CLASSES.items() for row, sha in rows.items()}


def classify(row: int, broken: str, outcome: str, group: str,
             classified: list[dict[str, Any]], unclassified: list[int]) -> str:
    """The class of a closed repair row (``a``, ``b`` or ``""``), noted in ``classified``."""
    sha = hashlib.sha1(broken.encode()).hexdigest()[:8]
    known = BY_ROW.get(row)
    if known is None:
        if outcome != "match":
            unclassified.append(row)
        return ""
    if known[0] != sha:
        classified.append({"row": row, "group": group, "outcome": outcome,
                           "class": "?", "reason": "row changed"})
        return ""
    klass = REASONS[known[1]][0]
    classified.append({"row": row, "group": group, "outcome": outcome, "class": klass,
                       "reason": known[1]})
    return klass


def summary(classified: list[dict[str, Any]]) -> dict[str, Any]:
    """Rows per class and reason, with each reason's outcomes and its text."""
    out: dict[str, Any] = {}
    for c in classified:
        entry = out.setdefault(f"({c['class']}) {c['reason']}", {
            "why": REASONS.get(c["reason"], ("", ""))[1], "rows": 0, "outcomes": Counter()})
        entry["rows"] += 1
        entry["outcomes"][c["outcome"]] += 1
    return {k: {**v, "outcomes": dict(v["outcomes"])} for k, v in out.items()}
