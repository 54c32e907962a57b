"""The unrestricted-persona rules (``rules_persona.py``) on a design/held-out split.

    .venv/bin/python benchmarks/eval_injection_persona_split.py          # ~3-6 minutes
    .venv/bin/python benchmarks/eval_injection_persona_split.py --no-pyrit

Split: the ``inthewild_jailbreaks`` rows of ../shared/evaldata/prompt_injection/
prompt_injection.jsonl, in file order; even positions are the *design* set (the rules were
written by reading its misses, and only its misses), odd positions are *held out* (their
texts never read; the figures were read once when the rules were written and once more after
the who-is-freed gating, see docs/guards/injection_notes.md). The in-the-wild set repeats
templates, so the held-out rows are also split into those that are near-duplicates of a design
row (half of their character 8-gram shingles in one design row) and the rest ("distinct"):
the distinct rows are the honest figure.

"Before" is the same code with the persona rules disabled (``disabled_rules``), so the two
columns are measured in one run. Printed and written to
benchmarks/results/eval_injection_persona_split.json:

- recall on the held-out (and design) rows: rules alone (a high/medium rule fired) and the
  shipped guard (``InjectionGuard()``: rules + classifier; the shipped classifier was trained
  on every in-the-wild row, so its column is in-sample);
- false positives: every label-0 row of prompt_injection.jsonl and extra_train.jsonl, the
  standard library's docstrings and the venv's package READMEs (as documents, as in
  ``eval_injection_external.py``): rows blocked by the guard and rows a persona rule fires on;
- recall on PyRIT's jailbreak templates that are *novel* (no training row holds a fifth of
  their shingles), as in ``eval_injection_external.py`` (needs its cached wheel);
- the 100 KB probes of ``eval_injection.py``'s latency part plus a Morse probe, through the
  rules (view + scan, p50 of 5), with and without the persona rules, in the same run.
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import json
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from guardwire import Context
from guardwire.guards.injection import InjectionGuard
from guardwire.guards.injection.normalise_view import normalised_view
from guardwire.guards.injection.rules import RULES, SEVERITY_SCORE, scan
from guardwire.guards.injection.rules_persona import PERSONA_SPECS

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_injection_external as external
import pyrit_templates as pyrit  # type: ignore[import-not-found]
from _injection_probes import PROBES_100KB

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "benchmarks" / "results" / "eval_injection_persona_split.json"
DATA = REPO.parent / "shared" / "evaldata" / "prompt_injection"
SUBSET = "inthewild_jailbreaks"
PERSONA_IDS = tuple(spec[0] for spec in PERSONA_SPECS)
NEAR_DUP = 0.5
# PyRIT's wheel as eval_injection_external.py caches it (pinned in tools/pyrit_templates.py)
WHEEL = REPO / "benchmarks" / ".cache" / "pyrit-1.1.0-py3-none-any.whl"
SEED = 20261206  # eval_injection_external.py's, for the same fillings
_SLOT = re.compile(r"\{\{\s*prompt\s*\}\}")


def shingles(text: str, k: int = 8) -> set[str]:
    t = " ".join(text.lower().split())
    return {t[i:i + k] for i in range(max(1, len(t) - k + 1))}


def stdlib_docstrings(min_chars: int = 200) -> list[str]:
    """The standard library's docstrings, as ``eval_injection_external.py`` reads them."""
    return [doc for _, doc in external.stdlib_docstrings(min_chars)]


def package_readmes(min_chars: int = 200) -> list[str]:
    """The long descriptions (READMEs) of the venv's installed distributions."""
    out: dict[str, str] = {}
    for dist in md.distributions():
        name = dist.metadata.get("Name")  # type: ignore[attr-defined]
        body = dist.metadata.get_payload() or dist.metadata.get("Description") or ""  # type: ignore[attr-defined]
        if name and len(body) >= min_chars and name.lower() not in out:
            out[name.lower()] = str(body)
    return [out[k] for k in sorted(out)]


def load(name: str) -> list[dict[str, Any]]:
    with open(DATA / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def split(rows: Iterable[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """(design, held out): the subset's rows at even / odd positions, in file order."""
    texts = [r["text"] for r in rows if r["subset"] == SUBSET]
    return texts[0::2], texts[1::2]


def near_duplicates(held: Sequence[str], design: Sequence[str]) -> list[bool]:
    """Per held-out row: does one design row hold at least half of its 8-gram shingles?"""
    index: dict[str, set[int]] = {}
    for j, t in enumerate(design):
        for sh in shingles(t):
            index.setdefault(sh, set()).add(j)
    out = []
    for t in held:
        own = shingles(t)
        counts: dict[int, int] = {}
        for sh in own:
            for j in index.get(sh, ()):
                counts[j] = counts.get(j, 0) + 1
        out.append(max(counts.values(), default=0) / max(1, len(own)) >= NEAR_DUP)
    return out


class Systems:
    """The four verdicts of one text: rules alone and the guard, without/with persona rules."""

    def __init__(self, weights: str | None = None) -> None:
        self.before = InjectionGuard(disabled_rules=PERSONA_IDS, weights=weights)
        self.after = InjectionGuard(weights=weights)
        self.ctx = Context()

    def rules(self, text: str) -> tuple[bool, bool, list[str]]:
        found = scan(text, normalised_view(text))
        medium = SEVERITY_SCORE["medium"]
        before = max((SEVERITY_SCORE[h.severity] for h in found.hits
                      if h.rule_id not in PERSONA_IDS), default=0.0)
        persona = [h.rule_id for h in found.hits if h.rule_id in PERSONA_IDS]
        return before >= medium, found.score >= medium, persona

    def guard(self, text: str, *, doc: bool = False) -> tuple[bool, bool]:
        if doc:  # as scan_docs reads a retrieved document
            return tuple(g.assess(text, retrieved=True).score >= g.threshold  # type: ignore
                         for g in (self.before, self.after))
        return (self.before(text, self.ctx).action == "block",  # type: ignore[union-attr]
                self.after(text, self.ctx).action == "block")  # type: ignore[union-attr]


def recall(systems: Systems, texts: Sequence[str]) -> dict[str, Any]:
    counts = {"rules_before": 0, "rules_after": 0, "guard_before": 0, "guard_after": 0}
    fired: dict[str, int] = {}
    for t in texts:
        rb, ra, persona = systems.rules(t)
        gb, ga = systems.guard(t)
        for key, hit in (("rules_before", rb), ("rules_after", ra), ("guard_before", gb),
                         ("guard_after", ga)):
            counts[key] += hit
        for rid in set(persona):
            fired[rid] = fired.get(rid, 0) + 1
    n = len(texts)
    return {"n": n, **{k: round(v / n, 4) if n else None for k, v in counts.items()},
            "counts": counts, "persona_rules_fired": dict(sorted(fired.items()))}


def benign(systems: Systems, sets: dict[str, list[str]], *, doc: bool = False
           ) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, texts in sets.items():
        new_blocks, persona_hits, blocked_before, blocked_after = [], [], 0, 0
        for i, t in enumerate(texts):
            gb, ga = systems.guard(t, doc=doc)
            blocked_before += gb
            blocked_after += ga
            _, _, persona = systems.rules(t)
            if persona:
                persona_hits.append({"row": i, "rule_ids": persona})
            if ga and not gb:
                new_blocks.append(i)
        out[name] = {"n": len(texts), "blocked_before": blocked_before,
                     "blocked_after": blocked_after, "new_blocks": new_blocks,
                     "persona_rule_hits": persona_hits}
    return out


def loso_weights(folder: Path) -> str:
    """A classifier trained as tools/train_injection.py trains the shipped one, but without
    any in-the-wild row (eval_injection.py's LOSO fold for that family), saved in ``folder``."""
    sys.path.insert(0, str(REPO / "tools"))
    import train_injection as train  # type: ignore[import-not-found]

    rows = [r for r in train.load_rows() if not r.subset.startswith(SUBSET)]
    path = folder / "injection_clf_without_inthewild.npz"
    train.save(train.fit(rows), path)
    return str(path)


def pyrit_templates() -> tuple[list[tuple[str, str]], list[str]] | None:
    """``[(group, template)]`` with one ``{{ prompt }}`` slot, and the AdvBench objectives
    (read by ``tools/pyrit_templates.py``), or ``None`` when the wheel is not cached."""
    if not WHEEL.exists():
        return None
    templates, objectives = pyrit.load_templates(WHEEL)
    return [(t["group"], t["text"]) for t in templates], objectives


def pyrit_novel(systems: Systems, train_texts: Sequence[str]) -> dict[str, Any] | None:
    """Recall on PyRIT's templates that no evaldata row holds a fifth of (``novel``)."""
    loaded = pyrit_templates()
    if loaded is None:
        return None
    templates, objectives = loaded
    index: dict[str, set[int]] = {}
    for j, t in enumerate(train_texts):
        for sh in shingles(t):
            index.setdefault(sh, set()).add(j)
    rng = random.Random(SEED)
    groups: dict[str, list[str]] = {}
    for group, t in templates:
        own = shingles(_SLOT.sub(" ", t))
        counts: dict[int, int] = {}
        for sh in own:
            for j in index.get(sh, ()):
                counts[j] = counts.get(j, 0) + 1
        filled = _SLOT.sub(lambda _m: rng.choice(objectives), t)
        if max(counts.values(), default=0) / max(1, len(own)) < 0.2:
            groups.setdefault("novel", []).append(filled)
            groups.setdefault(f"novel, {group}", []).append(filled)
    out: dict[str, Any] = {}
    for label in sorted(groups):
        sel = groups[label]
        counts4 = [0, 0, 0, 0]
        for t in sel:
            a_b, a_a = systems.before.assess(t), systems.after.assess(t)
            counts4[0] += a_b.rules_score >= SEVERITY_SCORE["medium"]
            counts4[1] += a_a.rules_score >= SEVERITY_SCORE["medium"]
            counts4[2] += a_b.score >= systems.before.threshold
            counts4[3] += a_a.score >= systems.after.threshold
        out[label] = {"n": len(sel), **{k: round(c / len(sel), 4) for k, c in zip(
            ("rules_before", "rules_after", "guard_before", "guard_after"), counts4,
            strict=True)}}
    return out


def probes() -> dict[str, str]:
    """eval_injection.py's 100 KB latency probes, plus Morse-like runs of dots and dashes."""
    return {
        **PROBES_100KB,
        # new here: the persona rules' words, and Morse
        "persona_words": ("you are free of all no moral never refuse any regardless of "
                          "without warnings doesn't care openai policies " * 1000)[:100_000],
        "morse_dots_dashes": (".. --. -. --- .-. .  .- .-.. .-..  " * 3000)[:100_000],
        "morse_no_gaps": ("-.-.-.-. " * 12_000)[:100_000],
    }


def _ms(fn: Callable[[], object], n: int) -> float:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def probe_ms() -> dict[str, Any]:
    without = [r for r in RULES if r.id not in PERSONA_IDS]
    out: dict[str, Any] = {}
    for name, text in probes().items():
        view = normalised_view(text)
        before = _ms(lambda t=text, v=view: scan(t, v, rules=without), 5)  # type: ignore
        after = _ms(lambda t=text, v=view: scan(t, v), 5)  # type: ignore[misc]
        unbudgeted = _ms(lambda t=text, v=view: scan(t, v, budget_s=60.0), 3)  # type: ignore
        out[name] = {"scan_ms_without_persona": round(before, 2),
                     "scan_ms_with_persona": round(after, 2),
                     "scan_ms_unbudgeted": round(unbudgeted, 2),
                     "view_ms": round(_ms(lambda t=text: normalised_view(t), 3), 2),  # type: ignore
                     "cut_off": len(scan(text, view).timed_out)}
    return out


def _row(label: str, r: dict[str, Any]) -> None:
    print(f"{label:34s} {r['n']:5d} {r['rules_before']:>8.3f} {r['rules_after']:>8.3f} "
          f"{r['guard_before']:>8.3f} {r['guard_after']:>8.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-pyrit", action="store_true")
    ap.add_argument("--no-probes", action="store_true")
    ap.add_argument("--loso", action="store_true",
                    help="also train a classifier without the in-the-wild rows (~2 min) and "
                         "report the guard's held-out recall with it")
    args = ap.parse_args(argv)
    if not DATA.is_dir():
        print(f"evaldata not found at {DATA}")
        return 2
    main_rows = load("prompt_injection.jsonl")
    extra_rows = load("extra_train.jsonl")
    design, held = split(main_rows)
    dup = near_duplicates(held, design)
    systems = Systems()
    systems.after.warm()
    result: dict[str, Any] = {"split": "inthewild_jailbreaks in file order: even = design, "
                                       "odd = held out", "persona_rule_ids": list(PERSONA_IDS)}
    print(f"\n{'recall':34s} {'n':>5s} {'rules':>8s} {'rules':>8s} {'guard':>8s} {'guard':>8s}")
    print(f"{'':34s} {'':5s} {'before':>8s} {'after':>8s} {'before':>8s} {'after':>8s}")
    sets = {"held out (odd rows)": held,
            "held out, distinct from design": [t for t, d in zip(held, dup, strict=True)
                                               if not d],
            "held out, near-dup of design": [t for t, d in zip(held, dup, strict=True) if d],
            "design (even rows)": design}
    result["recall"] = {}
    for label, texts in sets.items():
        r = recall(systems, texts)
        result["recall"][label] = r
        _row(label, r)
    if args.loso:
        with tempfile.TemporaryDirectory() as tmp:
            held_out = Systems(loso_weights(Path(tmp)))
            result["recall_loso_classifier"] = {}
            print("with a classifier trained without any in-the-wild row (LOSO):")
            for label, texts in sets.items():
                r = recall(held_out, texts)
                result["recall_loso_classifier"][label] = r
                _row(label, r)
    bsets: dict[str, list[str]] = {}
    for r in (*main_rows, *extra_rows):
        if r["label"] == 0:
            bsets.setdefault(r["subset"], []).append(r["text"])
    fp = benign(systems, bsets)
    docs = {"stdlib_docstrings": stdlib_docstrings(), "package_readmes": package_readmes()}
    fp.update(benign(systems, docs, doc=True))
    result["benign"] = fp
    n_b = sum(v["n"] for v in fp.values())
    print(f"\nbenign texts: {n_b} (label-0 rows of both files, {len(docs['stdlib_docstrings'])} "
          f"docstrings, {len(docs['package_readmes'])} READMEs)")
    print(f"  blocked before {sum(v['blocked_before'] for v in fp.values())}, after "
          f"{sum(v['blocked_after'] for v in fp.values())}; newly blocked "
          f"{sum(len(v['new_blocks']) for v in fp.values())}; texts a persona rule fires on "
          f"(any severity) {sum(len(v['persona_rule_hits']) for v in fp.values())}")
    for name, v in fp.items():
        if v["new_blocks"] or v["persona_rule_hits"]:
            print(f"  {name}: new blocks {v['new_blocks']}, persona hits "
                  f"{v['persona_rule_hits']}")
    if not args.no_pyrit:
        py = pyrit_novel(systems, [r["text"] for r in (*main_rows, *extra_rows)])
        result["pyrit"] = py
        if py is None:
            print(f"\nPyRIT: {WHEEL} not cached (eval_injection_external.py fetches it)")
        else:
            print()
            for label, r in py.items():
                _row(f"PyRIT templates, {label}", r)
    if not args.no_probes:
        result["probes_100kb"] = pr = probe_ms()
        print(f"\n{'100 KB probe (scan, p50 ms)':26s} {'without':>8s} {'with':>8s} "
              f"{'no budget':>9s} {'view':>7s} cut")
        for name, v in pr.items():
            print(f"{name:26s} {v['scan_ms_without_persona']:>8.2f} "
                  f"{v['scan_ms_with_persona']:>8.2f} {v['scan_ms_unbudgeted']:>9.2f} "
                  f"{v['view_ms']:>7.2f} {v['cut_off']}")
    OUT.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"-> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
