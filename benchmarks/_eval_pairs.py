"""Grounding's pairing check (``check_pairs``): figures attributed to the wrong thing.

Data (read from ``../shared/evaldata``, never copied):

- ALCE (``citations/alce_demos.jsonl``, MIT): the 50 gold answer units against their own
  passages, natural claims; any flag is a false flag;
- encyclopedic passages from ``prompt_injection/extra_train.jsonl`` (benign rows; Wikipedia
  and SQuAD-style contexts, CC-BY-SA / CC-BY), used as documents for a constructed fuzz.
  Dev: the ALCE passages and the ``p3_wiki_hop`` rows (the check was built looking at
  these); held out: ``p3_quoref``, ``p3_adversarial_qa``, ``xquad_en`` (run once, errors not
  read).

Fuzz: every sentence of a passage that states two numbers of one kind (two percentages, two
amounts, two plain numbers) with different words gives up to five claims, checked against the
passage and the four passages after it: the sentence itself ("verbatim"), the sentence with
its clauses swapped around ", and"/"; " ("reordered"), the sentence up to its first number
("lead"; these three must pass: a flag is a false flag), the sentence with the two numbers
exchanged ("swapped": it should be flagged) and the lead with the other number ("lead
swapped": only the loose rule, not the default, flags it). For each: the share flagged by
``GroundingGuard()``, by ``check_pairs=False`` (before), by the loose rule alone
(``mispaired(strict=False)``), and the share a default ``CitationGuard()`` cites to the
source passage.

Run: ``.venv/bin/python benchmarks/eval_output_guards.py --only pairs``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from guardwire import Context
from guardwire.guards._pairs import _numbers_at, mispaired, pair_index, pairs_in
from guardwire.guards.citations import CitationGuard
from guardwire.guards.grounding import GroundingGuard

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "evaldata"
DEV = ("p3_wiki_hop",)
HELDOUT = ("p3_quoref", "p3_adversarial_qa", "xquad_en")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])|\n+")
_SWAP_AT = re.compile(r",\s+and\s+|;\s+|,\s+while\s+|,\s+whereas\s+")
_MAX_PER_SUBSET = 400  # passages per subset (the file holds more)


def _flagged(guard: GroundingGuard, claim: str, docs: list[str]) -> bool:
    d = guard(claim, Context(docs=docs))
    assert not hasattr(d, "__await__")
    return bool(d.data.get("unsupported"))  # type: ignore[union-attr]


def _cases(passage: str) -> list[tuple[str, str]]:
    """(kind of case, claim) for the sentences of ``passage`` with two numbers of a kind."""
    out = []
    for sentence in _SENTENCE.split(passage):
        if len(sentence) > 400 or not any(c.isdigit() for c in sentence):
            continue
        pairs = pairs_in(sentence)
        spots = _numbers_at(sentence)
        if len(spots) != len(pairs):  # several clauses: positions per clause differ
            continue
        for i in range(len(spots)):
            for j in range(i + 1, len(spots)):
                (a0, a1, na, ka), (b0, b1, nb, kb) = spots[i], spots[j]
                wa, wb = pairs[i][2], pairs[j][2]
                if ka != kb or na == nb or not wa or not wb or wa == wb:
                    continue
                swapped = (sentence[:a0] + sentence[b0:b1] + sentence[a1:b0]
                           + sentence[a0:a1] + sentence[b1:])
                out.append(("swapped", swapped))
                out.append(("verbatim", sentence))
                # the sentence up to its first figure alone, with its own figure and with the
                # other one ("Revenue grew 5%" / "Revenue grew 8%" from "Revenue grew 5% and
                # costs rose 8%"): the second names nothing else the figure belongs to
                if len(sentence[:a0].split()) >= 3:
                    out.append(("lead", sentence[:a1] + "."))
                    out.append(("lead_swapped", sentence[:a0] + sentence[b0:b1] + "."))
                m = _SWAP_AT.search(sentence)
                if m is not None:
                    left, right = sentence[: m.start()], sentence[m.end():].rstrip(".")
                    out.append(("reordered", f"{right[:1].upper()}{right[1:]}, and "
                                f"{left[:1].lower()}{left[1:]}."))
                break
            else:
                continue
            break
    return out


def _passages() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    with (DATA / "prompt_injection" / "extra_train.jsonl").open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            subset = row.get("subset")
            if row.get("label") == 0 and subset in DEV + HELDOUT:
                bucket = found.setdefault(subset, [])
                if len(bucket) < _MAX_PER_SUBSET:
                    bucket.append(row["text"])
    return found


def _cited_source(guard: CitationGuard, claim: str, docs: list[str]) -> bool:
    d = guard(claim, Context(docs=docs))
    picks = d.data.get("picks", [])
    return any(1 in p["docs"] for p in picks)


def _fuzz(groups: list[list[str]]) -> dict[str, Any]:
    on, off = GroundingGuard(), GroundingGuard(check_pairs=False)
    cite = CitationGuard()
    # kind -> [cases, flagged, flagged without check_pairs, mispaired without ``strict``,
    #          the source passage cited]
    counts: dict[str, list[int]] = {}
    for passages in groups:
        for i, passage in enumerate(passages):
            docs = [passage, *passages[i + 1 : i + 5]]
            index = pair_index(docs)
            own = pair_index([passage])
            for kind, claim in _cases(passage):
                c = counts.setdefault(kind, [0, 0, 0, 0, 0, 0])
                c[0] += 1
                c[1] += _flagged(on, claim, docs)
                c[2] += _flagged(off, claim, docs)
                c[3] += bool(mispaired(claim, index, strict=False))
                c[4] += _cited_source(cite, claim, docs)
                c[5] += not mispaired(claim, own, strict=False)
    return {kind: {"cases": n, "flagged": round(a / n, 3), "flagged_without_pairs":
                   round(b / n, 3), "mispaired_loose": round(x / n, 3),
                   "source_cited": round(y / n, 3), "source_citable_loose": round(z / n, 3)}
            for kind, (n, a, b, x, y, z) in sorted(counts.items()) if n}


def run() -> dict[str, Any]:
    rows = [json.loads(line) for line in
            (DATA / "citations" / "alce_demos.jsonl").read_text(encoding="utf-8").splitlines()]
    on, off = GroundingGuard(min_tokens=1), GroundingGuard(min_tokens=1, check_pairs=False)
    units = flags_on = flags_off = with_numbers = 0
    alce_passages = []
    for row in rows:
        docs = [f"{d['title']}\n{d['text']}" for d in row["docs"]]
        alce_passages.append(docs)
        for unit in row["answer_sentences"]:
            units += 1
            with_numbers += bool(pairs_in(unit["text"]))
            flags_on += _flagged(on, unit["text"], docs)
            flags_off += _flagged(off, unit["text"], docs)
    passages = _passages()
    return {
        "alce_gold": {"units": units, "with_numbers": with_numbers,
                      "flagged": flags_on, "flagged_without_pairs": flags_off},
        "fuzz_dev": _fuzz(alce_passages + [passages.get(s, []) for s in DEV]),
        "fuzz_heldout": _fuzz([passages.get(s, []) for s in HELDOUT]),
    }


def print_report(results: dict[str, Any]) -> None:
    a = results["alce_gold"]
    print(f"ALCE gold units: {a['units']} ({a['with_numbers']} with numbers) flagged "
          f"{a['flagged']} with check_pairs, {a['flagged_without_pairs']} without")
    for split in ("fuzz_dev", "fuzz_heldout"):
        for kind, r in results[split].items():
            print(f"{split:13} {kind:12} cases {r['cases']:4}  flagged {r['flagged']:.3f}"
                  f"  (without check_pairs {r['flagged_without_pairs']:.3f}; loose pairing "
                  f"alone {r['mispaired_loose']:.3f})  source cited {r['source_cited']:.3f}"
                  f" (loose pairing would allow {r['source_citable_loose']:.3f})")


if __name__ == "__main__":
    res = run()
    print_report(res)
