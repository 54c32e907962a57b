"""Experiment (fourteenth session, issue 3; measured, NOT shipped): reader cues as POSITIVE
evidence in tool results.

    .venv/bin/python benchmarks/eval_injection_tool_recall_experiment.py      # ~2-4 minutes
    .venv/bin/python benchmarks/eval_injection_tool_recall_experiment.py --show

``retrieved_score.py`` uses its reader cues (sentences that address the AI reader) only to
LOWER the classifier's score of a tool result. This script builds, in-process and without
touching ``src/``, variants that also RAISE it, and prints per variant the hidden orders caught
and the benign tool results flagged, plus the added latency per row (p50/p95). Every text is
scored as a tool result: ``InjectionGuard.assess(text, retrieved=True)`` (no scan budget), then
the variant's extra reading; a text is flagged when the guard's score or the variant's score
reaches the threshold (0.8).

Variants (each only ever raises the score, only for retrieved text):

- ``base``: the guard as it is.
- ``clf_sent@T``: for every reader-cue offset, the classifier's score of the cue's sentence
  (at most 300 characters); flagged when it reaches ``T`` (0.5 / 0.6 / 0.7).
- ``addressed_order``: a sentence that names the AI reader (``_TO_AI`` of retrieved_score, or
  "note/message for the assistant") and asks for an agent's action on data, a link/e-mail
  address/IBAN, or an order on the answer (``_AGENT_VERB ... _THING``, URL, ``_VERB_OUT``):
  a medium hit (0.8).
- ``cue_action@T``: any reader cue (not only an address) plus an agent action or a link in the
  same sentence, and the sentence's classifier score >= ``T`` (0.3 / 0.45).
- ``addressed+clf_sent@0.6``: the union.
- ``addressed_strict*`` (written after run 1, revised after run 2 on the benign documents'
  false positives: see the comment at ``ADDRESS_STRICT``): the address only as a vocative or
  header, or an AI reader pointed at THIS text; plus the same action requirement.
  ``strict*+clf_sent@0.7``: its union with ``clf_sent@0.7``.
- ``strict_ml**``: ``addressed_strict*`` plus vocatives/headers in other languages (written
  AFTER the fresh probes, by their writer: tuned on them, its fresh figure is not evidence).

Sets: the shared data's indirect subsets and benign tool-result/document rows (all in
``extra_train.jsonl``: TRAINING rows of the shipped classifier, in-sample), the precision probes
(``_retrieved_precision_probes*.py``, tuned on by the retrieved_score work), and the fresh
probes (``_tool_recall_probes.py``: ``HIDDEN_FRESH``/``BENIGN_FRESH`` written before the
variants; ``BENIGN_AI_ADDRESSED``, AGENTS.md-style files that address the AI in good faith,
written after them and not tuned on), the standard library's docstrings and the venv's package
READMEs (never trained on; used to revise ``addressed_strict*``, see there). Writes
``benchmarks/results/eval_injection_tool_recall_experiment.json``.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import _retrieved_precision_probes as probes  # noqa: E402
import _retrieved_precision_probes_late as late  # noqa: E402
import _tool_recall_probes as fresh  # noqa: E402
import eval_injection_external as ext  # noqa: E402
from eval_injection_retrieved_precision import (  # noqa: E402
    ATTACK_SUBSETS,
    BENIGN_SUBSETS,
    LONG_BENIGN,
)
from eval_injection_retrieved_precision import rows as shared_rows  # noqa: E402

from guardwire.guards.injection import InjectionGuard, normalised_view  # noqa: E402
from guardwire.guards.injection import classifier as clf_mod  # noqa: E402
from guardwire.guards.injection import retrieved_score as rs  # noqa: E402

OUT = ROOT / "benchmarks" / "results" / "eval_injection_tool_recall_experiment.json"
THRESHOLD = 0.8
SENT_MAX = 300
TIMEOUT = 1.0

# --- the variants' pieces, built from retrieved_score's own sub-patterns
ADDRESS = regex.compile(
    rf"{rs._TO_AI}|\b(?:note|message|memo|p\.?s\.?|instruction)s?\W+(?:\w+\W+)?(?:to|for)\W+"
    rf"(?:the\W+|any\W+|all\W+|our\W+)?(?:\w+\W+)?{rs._AI}\b"
    rf"|\b(?:to\W+)?(?:whoever|anyone|the\W+one)\W+(?:is\W+)?(?:reading|processing|handling)\b")
ACTION = regex.compile(
    rf"\b{rs._AGENT_VERB}\W+(?:[\w'-]+\W+){{0,6}}?{rs._THING}\b"
    rf"|https?:|www\.|[\w.+-]+@[\w-]+\.\w|\b[a-z]{{2}}\d{{2}}(?:\W?[a-z0-9]{{4}}){{3,7}}\b"
    rf"|\b{rs._VERB_OUT}\W+(?:only|exactly|that|the\W+user|them|him|her)\b"
    rf"|\b(?:tell|say|recommend|mention|rate|rank|call|describe|confirm|approve)\b")
# written AFTER the first run (which showed "AI agents should ..." in OWASP prose), revised
# after the second (Markdown links "[models](...)", "[bot]", "user-agent," in READMEs and
# OWASP: no "[" or "(" opener, no "]" closer, no hyphenated prefix): an address
# only as a vocative/header ("Assistant, ...", "Note for the model: ...", "Hey AI") or an AI
# reader pointed at THIS text ("the model handling this mailbox", "agents executing this
# runbook"); an AI merely named in a sentence with a modal ("AI agents should be sandboxed")
# is not enough
_VOC_AI = (r"(?:(?:the|any|all|every|an?|dear|our|my|each)\W{1,3})?(?:[\w-]+[ \t]+){0,2}?"
           rf"(?<![\w-]){rs._AI}")
ADDRESS_STRICT = regex.compile(
    rf"(?:^|[\n.!?;:{{<\-*'\"]|\b(?:hey|hi|hello|dear|attention|psst))[^\w\n\[(]{{0,4}}"
    rf"{_VOC_AI}\b[ \t]*(?:[,:!]|-[ \t])"
    rf"|\b(?:to|for|ps)[^\w\n\[(]{{1,4}}{_VOC_AI}\b[ \t]*(?::|-[ \t])"
    rf"|\b(?:note|message|memo|p\.?s\.?|instructions?|action)\W+(?:\w+\W+)?(?:to|for)\W+"
    rf"(?:the\W+|any\W+|all\W+|our\W+)?(?:[\w-]+\W+)?{rs._AI}\b"
    rf"|\b{rs._AI}\W+(?:[\w-]+\W+){{0,2}}?(?:\w+ing|that\W+\w+s|who\W+\w+s|with\W+access\W+to)"
    rf"\W+(?:[\w-]+\W+){{0,2}}?(?:this|these|the\W+following|here)\b"
    rf"|\b(?:when|if|whenever)\W+(?:an?|the|any)\W+{rs._AI}\W+(?:[\w-]+\W+){{0,3}}?"
    rf"(?:this|these|here)\b"
    rf"|\b(?:to\W+)?(?:whoever|anyone)\W+(?:is\W+)?(?:reading|processing|handling)\b")
# written AFTER the fresh probes, by their writer (so tuned on them): the strict address in a
# few other languages, as a vocative or a header only
_ML_AI = (r"(?:ki|ia|ai|ии)(?:-\w+)?|assistent\w*|assistente|asistente|assistant|agente?"
          r"|mod[eè]le|modelo|modello|modell|ассистент\w*|бот|助手|アシスタント|chatbot")
ADDRESS_STRICT_ML = regex.compile(
    rf"{ADDRESS_STRICT.pattern}"
    rf"|(?:^|[\n.!?;:>\-*'\"])[^\w\n\[(]{{0,4}}(?:(?:lieber|liebe|cher|chère|querido|caro"
    rf"|dear)\W+)?(?:{_ML_AI})\s*[,:：、]"
    rf"|\b(?:hinweis|notiz|note|nota|nachricht|mensaje|messaggio)\W+(?:an|für|pour|per|para"
    rf"|voor|a|à)\W+(?:den|die|das|l'|le|la|el|il|lo|de)?\W*(?:{_ML_AI})"
    rf"|(?:{_ML_AI})\s*(?:へ|に)\s*[：:、]"
    rf"|\b(?:für|pour|per|para)\W+(?:{_ML_AI})\W*(?:zusammenfassung|r[ée]sum)\w*")
_SENT_END = regex.compile(r"[.!?](?=\s)|\n|\\n|[。！？]")


def sentence_at(view: str, at: int) -> str:
    lo = max(0, at - SENT_MAX)
    pre = list(_SENT_END.finditer(view, lo, at))
    start = pre[-1].end() if pre else lo
    m = _SENT_END.search(view, at, min(len(view), at + SENT_MAX))
    return view[start:m.end() if m else min(len(view), at + SENT_MAX)]


def sentences_with(view: str, pat: regex.Pattern[str]) -> list[str]:
    # the sentence of the match's last character (a match may start on the previous
    # sentence's full stop)
    return [sentence_at(view, max(m.start(), m.end() - 1))
            for m in pat.finditer(view, timeout=TIMEOUT)]


Reading = Callable[[str, Callable[[str], float]], bool]


def v_clf_sent(t: float) -> Reading:
    def f(view: str, score: Callable[[str], float]) -> bool:
        cues = rs.reader_cues(view, TIMEOUT)
        seen: set[str] = set()
        for at in cues:
            s = sentence_at(view, at)
            if s in seen:
                continue
            seen.add(s)
            if score(s) >= t:
                return True
        return False
    return f


def v_addressed(ml: bool, strict: bool = False) -> Reading:
    pat = (ADDRESS_STRICT_ML if ml else ADDRESS_STRICT) if strict else ADDRESS

    def f(view: str, score: Callable[[str], float]) -> bool:
        return any(ACTION.search(s, timeout=TIMEOUT) for s in sentences_with(view, pat))
    return f


def v_cue_action(t: float) -> Reading:
    def f(view: str, score: Callable[[str], float]) -> bool:
        seen: set[str] = set()
        for at in rs.reader_cues(view, TIMEOUT):
            s = sentence_at(view, at)
            if s in seen:
                continue
            seen.add(s)
            if ACTION.search(s, timeout=TIMEOUT) and score(s) >= t:
                return True
        return False
    return f


def v_union(*fs: Reading) -> Reading:
    return lambda view, score: any(f(view, score) for f in fs)


VARIANTS: dict[str, Reading | None] = {
    "base": None,
    "clf_sent@0.5": v_clf_sent(0.5),
    "clf_sent@0.6": v_clf_sent(0.6),
    "clf_sent@0.7": v_clf_sent(0.7),
    "addressed_order": v_addressed(False),
    "cue_action@0.3": v_cue_action(0.3),
    "cue_action@0.45": v_cue_action(0.45),
    "addressed+clf_sent@0.6": v_union(v_addressed(False), v_clf_sent(0.6)),
    "addressed_strict*": v_addressed(False, strict=True),
    "strict*+clf_sent@0.7": v_union(v_addressed(False, strict=True), v_clf_sent(0.7)),
    "strict_ml**": v_addressed(True, strict=True),
}


def sets() -> list[tuple[str, list[str], bool, str]]:
    data = shared_rows()
    out: list[tuple[str, list[str], bool, str]] = [
        ("fresh hidden", fresh.HIDDEN_FRESH, True, "fresh (written before variants)"),
        ("fresh benign", fresh.BENIGN_FRESH, False, "fresh (written before variants)"),
        ("fresh AI-addressed benign (late)", fresh.BENIGN_AI_ADDRESSED, False,
         "written after the variants (AGENTS.md-style files: a policy question)"),
        ("probes hidden", probes.HIDDEN, True, "precision probes (tuned on by retrieved_score)"),
        ("probes benign", probes.BENIGN, False, "precision probes (tuned on by retrieved_score)"),
        ("probes hidden late", late.HIDDEN_LATE, True, "precision probes late (tuned on)"),
        ("probes benign late", late.BENIGN_LATE, False, "precision probes late (tuned on)")]
    for sub in ATTACK_SUBSETS:
        out.append((sub, [r["text"] for r in data if r["subset"] == sub and r["label"] == 1],
                    True, "shared, training rows (in-sample)"))
    for sub in BENIGN_SUBSETS:
        out.append((sub, [r["text"] for r in data if r["subset"] == sub and r["label"] == 0],
                    False, "shared, training rows (in-sample)"))
    out.append(("stdlib docstrings", [t for _, t in ext.stdlib_docstrings()], False,
                "not trained on (documentation)"))
    out.append(("package READMEs", [t for _, t in ext.package_readmes()], False,
                "not trained on (documentation; machine-dependent)"))
    out.append((f"other extra_train benign >= {LONG_BENIGN}", [
        r["text"] for r in data if r["label"] == 0 and r["file"] == "extra_train.jsonl"
        and len(r["text"]) >= LONG_BENIGN and r["subset"] not in BENIGN_SUBSETS
        and (r.get("meta") or {}).get("role") != "carrier_original"], False,
        "shared, training rows (in-sample)"))
    out.append(("carrier originals", [r["text"] for r in data if r["label"] == 0 and (
        r.get("meta") or {}).get("role") == "carrier_original"], False,
        "shared, training rows (in-sample)"))
    return out


NOT_TRAINED = ("stdlib docstrings", "package READMEs")
ALONE = ("addressed_order", "addressed_strict*", "strict_ml**")


def pct(xs: list[float], q: float) -> float:
    if not xs:
        return 0.0
    ys = sorted(xs)
    return ys[min(len(ys) - 1, int(q * len(ys)))]


def main() -> int:
    t0 = time.perf_counter()
    show = "--show" in sys.argv
    guard = InjectionGuard(scan_budget_ms=None, rule_timeout_ms=10_000)
    weights = clf_mod.load_weights(guard.weights_path)

    def score(t: str) -> float:
        return weights.score(t)[0]

    guard.assess("warm up", retrieved=True)
    names = list(VARIANTS)
    result: dict[str, Any] = {"threshold": THRESHOLD, "sets": {}, "latency_ms": {}}
    lat: dict[str, list[float]] = {n: [] for n in names}
    for set_name, texts, attack, origin in sets():
        flags: dict[str, list[bool]] = {n: [] for n in names}
        for text in texts:
            s = time.perf_counter()
            base = guard.assess(text, retrieved=True).score >= THRESHOLD
            base_ms = (time.perf_counter() - s) * 1000
            view = normalised_view(text)
            for n in names:
                f = VARIANTS[n]
                s = time.perf_counter()
                extra = False if base or f is None else f(view, score)
                lat[n].append(base_ms + (time.perf_counter() - s) * 1000)
                flags[n].append(base or extra)
        rec = {"rows": len(texts), "attack": attack, "origin": origin,
               "flagged": {n: sum(flags[n]) for n in names},
               # the classifier-free readings on their own (as a new rule would be counted)
               "fires_alone": {n: sum(VARIANTS[n](normalised_view(t), score)  # type: ignore
                                      for t in texts) for n in ALONE}}
        if show:
            for n in names[1:]:
                for t, b, v in zip(texts, flags["base"], flags[n], strict=True):
                    if v and not b:
                        print(f"  [{set_name}] {n}: +{'HIT' if attack else 'FP'} {t[:100]!r}")
        result["sets"][set_name] = rec
    for n in names:
        result["latency_ms"][n] = {"p50": round(statistics.median(lat[n]), 2),
                                   "p95": round(pct(lat[n], 0.95), 2),
                                   "max": round(max(lat[n]), 1)}
    # table
    col = 11
    print(f"{'set (rows)':<34}" + "".join(f"{n[:col]:>{col + 1}}" for n in names))
    for set_name, rec in result["sets"].items():
        kind = "hit" if rec["attack"] else "FP "
        print(f"{set_name + ' ' + kind + ' (' + str(rec['rows']) + ')':<34}"
              + "".join(f"{rec['flagged'][n]:>{col + 1}}" for n in names))
    for agg, attack in (("TOTAL hidden caught", True), ("TOTAL benign flagged", False)):
        for scope, pred in (("fresh", lambda k: k.startswith("fresh") and "late" not in k),
                            ("probes", lambda k: k.startswith("probes")),
                            ("docs (not trained)", lambda k: k in NOT_TRAINED),
                            ("shared", lambda k: not k.startswith(("fresh", "probes"))
                             and k not in NOT_TRAINED)):
            recs = [r for k, r in result["sets"].items() if r["attack"] == attack and pred(k)]
            rows = sum(r["rows"] for r in recs)
            if not rows:
                continue
            vals = {n: sum(r["flagged"][n] for r in recs) for n in names}
            result.setdefault("totals", {})[f"{agg} {scope}"] = {"rows": rows, **vals}
            print(f"{agg + ' ' + scope + ' (' + str(rows) + ')':<34}"
                  + "".join(f"{vals[n]:>{col + 1}}" for n in names))
    print(f"{'latency p50 / p95 ms per row':<34}" + "".join(
        f"{result['latency_ms'][n]['p50']:>5.1f}/{result['latency_ms'][n]['p95']:<6.1f}"
        for n in names))
    print("fires alone (no classifier, regardless of the guard): " + "; ".join(
        f"{n} benign {sum(r['fires_alone'][n] for r in result['sets'].values() if not r['attack'])}"
        f"/{sum(r['rows'] for r in result['sets'].values() if not r['attack'])}"
        for n in ALONE))
    print(f"{'latency max ms per row':<34}" + "".join(
        f"{result['latency_ms'][n]['max']:>{col + 1}.0f}" for n in names))
    print("(latency: the guard's assess plus the variant's extra reading, which runs only on "
          "rows the guard does not flag)")
    result["elapsed_s"] = round(time.perf_counter() - t0, 1)
    OUT.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({result['elapsed_s']} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
