"""A value split across two user messages of one call: how often each part reaches the model.

Constructed from ``../shared/evaldata/pii/presidio_synth_dataset_v2.jsonl`` (presidio-research
synthetic sentences, MIT): every span of a pattern type (phone, e-mail, card, IBAN, SSN, IP)
that the pattern-only redactor finds whole is cut at a seeded random point inside the value
(no blank on either side of the cut), and the row becomes two user messages: the text up to
the cut, and the rest. Counted per type: the first part still at the end of message 1 as
written, the rest still at the start of message 2 as written, and both parts protected.

- ``guarded``: ``guarded(llm.chat, ...)`` with both messages (the input stage sees
  ``ctx.input_texts``: the first part is read with the next message's start);
- ``one text at a time``: ``check_input`` on each message in turn with one Context (no next
  text: only the rest of a value is found, from the previous message's end).

False positives: the benign prompts (label 0) of
``../shared/evaldata/prompt_injection/prompt_injection.jsonl``, consecutive rows as two
messages of one call: pairs whose redaction differs from redacting each message alone (the
seam read changed something). And a whole value ending message 1 (a synthetic row cut right
after it) before a benign prompt, as written and lower-cased, or after a number and a blank
(synthetic: the benign prompts start with a letter, one of 1,517 with a digit): second
messages the seam read changes. The number-first count is the case the remaining misses
share (``082 490 16`` then ``93``, a first part that alone is a whole value of the same type,
against ``212-555-0134`` then ``5 minutes``).

Caveat: the rule that a whole value of another type does not stop the seam read (a card
number whose first ten digits alone read as a phone number) was written after looking at
this construction's card misses: the card row is not held-out evidence.

Run: ``.venv/bin/python benchmarks/eval_pii_split.py`` (about a minute).
"""

from __future__ import annotations

import itertools
import json
import random
import time
from collections import Counter
from pathlib import Path
from typing import Any

from guardwire import Context, Pipeline, guarded
from guardwire.guards.pii import PIIRedactor
from guardwire.testing import FakeLLM

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "evaldata" / "pii" / "presidio_synth_dataset_v2.jsonl"
BENIGN = ROOT.parent / "shared" / "evaldata" / "prompt_injection" / "prompt_injection.jsonl"
OUT = ROOT / "benchmarks" / "results" / "eval_pii_split.json"
TYPES = ("CREDIT_CARD", "EMAIL_ADDRESS", "IBAN_CODE", "IP_ADDRESS", "PHONE_NUMBER", "US_SSN")
SEED = 20261206


def _load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]


def _sent(p: Pipeline, texts: list[str]) -> list[str]:
    llm = FakeLLM("ok")
    guarded(llm.chat, pipeline=p)(messages=[{"role": "user", "content": t} for t in texts])
    return [str(m["content"]) for m in llm.calls[0]["messages"]]


def _one_at_a_time(p: Pipeline, texts: list[str]) -> list[str]:
    ctx = Context()
    return [p.check_input(t, ctx).text for t in texts]


def splits(p: Pipeline, redactor: PIIRedactor) -> dict[str, dict[str, Counter[str]]]:
    rng = random.Random(SEED)
    out: dict[str, dict[str, Counter[str]]] = {"guarded": {}, "one text at a time": {}}
    for row in _load(DATA):
        for span in row["spans"]:
            value = span["value"]
            if span["type"] not in TYPES or not redactor.detect(value):
                continue
            cuts = [k for k in range(2, len(value) - 1)
                    if not value[k - 1].isspace() and not value[k].isspace()]
            if not cuts:
                continue
            k = rng.choice(cuts)
            first, rest = value[:k], value[k:]
            texts = [row["text"][:span["start"] + k], row["text"][span["start"] + k:]]
            for name, run in (("guarded", _sent), ("one text at a time", _one_at_a_time)):
                seen = run(p, texts)
                c = out[name].setdefault(span["type"], Counter())
                c["n"] += 1
                c["first part sent"] += seen[0].endswith(first)
                c["rest sent"] += seen[1].startswith(rest)
                c["both protected"] += not seen[0].endswith(first) and not seen[1].startswith(rest)
    return out


def benign(p: Pipeline) -> dict[str, int]:
    texts = [r["text"] for r in _load(BENIGN) if r.get("label") == 0]
    changed = 0
    for a, b in itertools.pairwise(texts):
        alone = [p.check_input(a).text, p.check_input(b).text]
        changed += _sent(p, [a, b]) != alone
    return {"pairs": len(texts) - 1, "changed by the seam read": changed}


def value_ended(p: Pipeline, redactor: PIIRedactor) -> dict[str, dict[str, int]]:
    """Message 1 ends with a whole value (a synthetic row cut right after it), message 2 is a
    benign prompt (seeded pick) as written and in lower case, or after a number and a blank
    (``64 I want you to …``: seeded, 1-99): pairs in which the seam read changes message 2 (a
    whole value is not continued; the next message starts anew)."""
    rng = random.Random(SEED + 1)
    texts = [r["text"] for r in _load(BENIGN) if r.get("label") == 0]
    out: dict[str, dict[str, int]] = {}
    for row in _load(DATA):
        for span in row["spans"]:
            if span["type"] not in TYPES or not redactor.detect(span["value"]):
                continue
            first, nxt, k = row["text"][:span["end"]], rng.choice(texts), rng.randint(1, 99)
            for kind, second in (("letters", nxt), ("letters", nxt.lower()),
                                 ("a number first", f"{k} {nxt}")):
                c = out.setdefault(kind, {"pairs": 0, "changed by the seam read": 0})
                c["pairs"] += 1
                c["changed by the seam read"] += (
                    _sent(p, [first, second])[1] != p.check_input(second).text)
    return out


def main() -> None:
    t0 = time.perf_counter()
    redactor = PIIRedactor(ner="off")
    redactor.warm()
    p = Pipeline(input=[redactor])
    result = splits(p, redactor)
    fp = benign(p)
    ended = value_ended(p, redactor)
    print(f"{'type':15} {'n':>4} | {'one text at a time: 1st sent, rest sent, both protected':>56}"
          f" | guarded: same")
    for t in TYPES:
        a, g = result["one text at a time"].get(t), result["guarded"].get(t)
        if not a or not g:
            continue
        print(f"{t:15} {a['n']:4} | {a['first part sent']:18} {a['rest sent']:18} "
              f"{a['both protected']:18} | {g['first part sent']:4} {g['rest sent']:4} "
              f"{g['both protected']:4}")
    totals = {name: sum((c for c in per.values()), Counter()) for name, per in result.items()}
    for name, c in totals.items():
        print(f"{name}: both parts protected {c['both protected']}/{c['n']} "
              f"({c['both protected'] / max(c['n'], 1):.1%})")
    print(f"benign pairs: {fp['changed by the seam read']} of {fp['pairs']} changed by the "
          "seam read")
    for kind, c in ended.items():
        print(f"a whole value, then a benign prompt ({kind}): {c['changed by the seam read']}"
              f" of {c['pairs']} second messages changed by the seam read")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({
        "seed": SEED, "per_type": {name: {t: dict(c) for t, c in per.items()}
                                   for name, per in result.items()},
        "totals": {name: dict(c) for name, c in totals.items()}, "benign": fp, "value_ended": ended,
        "seconds": round(time.perf_counter() - t0, 1)}, indent=2, sort_keys=True) + "\n",
        encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
