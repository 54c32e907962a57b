"""The fifteenth session's user-input rules (``rules_s15*``, issue 3): our own probes before
(the new ids taken out of ``rules.RULES``) and after, the new ids on benign text, and the
held-out probes of another writer at the session's start and at HEAD.

Benign sources (the blind sets are not read):

- the shared data's label-0 rows (``../shared/evaldata/prompt_injection/*.jsonl``) and the
  standard library's docstrings: every rule and decoder, no wall-clock cut-off
  (``budget_s=60``), new ids counted (``eval_injection_s14_rules``'s loaders);
- this machine's gettext catalogs (``_injection_fuzz.gettext_strings``'s 31 locale dirs) and the
  venv's package READMEs (``eval_injection_external.package_readmes``): the new rules only, no
  decoders.

Held-out (``--heldout``): ``benchmarks/_user_probes_s15.py`` (``ATTACKS``, ``BENIGN``: texts, or
``(shape, text)`` pairs), scored by the default guard (no scan budget) at ``--start`` (default
``17b23c6``, the session's start) and at ``HEAD``, each in a fresh ``git worktree`` and a
subprocess with ``PYTHONPATH=<worktree>/src``.

Run:  ``.venv/bin/python benchmarks/eval_injection_s15_rules.py [--no-benign] [--heldout]
      [--attacks]`` (``--attacks``: also the shared data's attack rows newly caught by a new
      medium/high id; writes ``benchmarks/results/eval_injection_s15_rules.json``)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from guardwire import Context
from guardwire.guards.injection import InjectionGuard, rules
from guardwire.guards.injection.normalise_view import normalised_view
from guardwire.guards.injection.rules_s15 import S15_SPECS

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from _injection_fuzz import locale_messages  # noqa: E402
from _s15_user_probes_own import (  # noqa: E402
    ATTACKS,
    BENIGN,
    ROUND2_ATTACKS,
    ROUND2_BENIGN,
)
from eval_injection_external import package_readmes, stdlib_docstrings  # noqa: E402
from eval_injection_s14_rules import DATA  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "eval_injection_s15_rules.json"
HELDOUT = ROOT / "benchmarks" / "_user_probes_s15.py"
IDS = frozenset(s[0] for s in S15_SPECS)
LOCALE_DIRS = ("de", "fr", "es", "it", "pt", "pt_BR", "nl", "pl", "tr", "ar", "vi", "ru",
               "zh_CN", "zh_TW", "ja", "ko", "el", "uk", "bg", "be", "mk", "sr", "kk", "hy",
               "ka", "chr", "iu", "am", "my", "or", "ml")


def _guard() -> InjectionGuard:
    return InjectionGuard(scan_budget_ms=None, rule_timeout_ms=10_000)


def blocked(guard: InjectionGuard, texts: list[str]) -> list[bool]:
    return [guard(t, Context()).action == "block" for t in texts]  # type: ignore[union-attr]


def own_probes(attacks: list[tuple[str, str]], benign: list[tuple[str, str]]) -> dict[str, Any]:
    """Blocked per shape, without the new ids and with them."""
    guard = _guard()
    texts_a, texts_b = [t for _, t in attacks], [t for _, t in benign]
    after_a, after_b = blocked(guard, texts_a), blocked(guard, texts_b)
    saved = rules.RULES
    rules.RULES = tuple(r for r in saved if r.id not in IDS)
    try:
        before_a, before_b = blocked(guard, texts_a), blocked(guard, texts_b)
    finally:
        rules.RULES = saved
    table: dict[str, dict[str, list[int]]] = {}
    for kind, probes, before, after in (("attacks", attacks, before_a, after_a),
                                        ("benign", benign, before_b, after_b)):
        for (shape, _), b, a in zip(probes, before, after, strict=True):
            row = table.setdefault(shape, {}).setdefault(kind, [0, 0, 0])
            row[0] += 1
            row[1] += b
            row[2] += a
    print(f"{'shape':<20}{'attacks n':>10}{'before':>8}{'after':>8}"
          f"{'benign n':>10}{'before':>8}{'after':>8}")
    for shape, row in table.items():
        a, b = row.get("attacks", [0, 0, 0]), row.get("benign", [0, 0, 0])
        print(f"{shape:<20}{a[0]:>10}{a[1]:>8}{a[2]:>8}{b[0]:>10}{b[1]:>8}{b[2]:>8}")
    tot = {"attacks": [len(texts_a), sum(before_a), sum(after_a)],
           "benign": [len(texts_b), sum(before_b), sum(after_b)]}
    print(f"{'all':<20}{tot['attacks'][0]:>10}{tot['attacks'][1]:>8}{tot['attacks'][2]:>8}"
          f"{tot['benign'][0]:>10}{tot['benign'][1]:>8}{tot['benign'][2]:>8}")
    for t, a in zip(texts_a, after_a, strict=True):
        if not a:
            print(f"  attack allowed: {t[:110]!r}")
    for t, b in zip(texts_b, after_b, strict=True):
        if b:
            print(f"  look-alike blocked: {t[:110]!r}")
    return {"by_shape": table, "all": tot}


def benign_part(name: str, texts: list[str], all_rules: bool) -> dict[str, Any]:
    """How many texts a new id fires on (every rule and decoder, or the new rules alone)."""
    mine = tuple(r for r in rules.RULES if r.id in IDS)
    hits = []
    for text in texts:
        view = normalised_view(text)
        if all_rules:
            found = rules.scan(text, view, budget_s=60.0).hits
        else:
            found = rules.scan(text, view, budget_s=60.0, rules=mine, decoders=frozenset()).hits
        got = sorted({h.rule_id for h in found if h.rule_id in IDS})
        if got:
            hits.append({"text": text[:200], "hits": got})
    print(f"{name:<40} {len(texts):>7} texts   new ids fire on {len(hits)}")
    for h in hits:
        print(f"    {h['hits']}  {h['text']!r}")
    return {"texts": len(texts), "fired": len(hits), "hits": hits}


def benign_scans() -> dict[str, Any]:
    rows = [json.loads(line) for f in sorted(DATA.glob("*.jsonl"))
            for line in f.open(encoding="utf-8")]
    msgs = sorted({m for _, m in locale_messages(LOCALE_DIRS)})
    return {
        "evaldata_label_0": benign_part("shared data, label 0",
                                        [r["text"] for r in rows if r["label"] == 0], True),
        "stdlib_docstrings": benign_part("stdlib docstrings",
                                         [d for _, d in stdlib_docstrings()], True),
        "gettext": benign_part(f"gettext catalogs ({len(LOCALE_DIRS)} dirs)", msgs, False),
        "package_readmes": benign_part("venv package READMEs",
                                       [d for _, d in package_readmes()], False),
    }


def attack_rows() -> dict[str, list[int]]:
    """Per subset of the shared data's attacks: [rows, newly caught by a new medium/high id]."""
    rows = [json.loads(line) for f in sorted(DATA.glob("*.jsonl"))
            for line in f.open(encoding="utf-8")]
    total: Counter[str] = Counter()
    newly: Counter[str] = Counter()
    for r in rows:
        if r["label"] != 1:
            continue
        found = rules.scan(r["text"], normalised_view(r["text"]), budget_s=60.0).hits
        old = any(h.severity != "low" and h.rule_id not in IDS for h in found)
        new = any(h.severity != "low" and h.rule_id in IDS for h in found)
        total[r["subset"]] += 1
        newly[r["subset"]] += new and not old
    print("shared attack rows newly caught by a new medium/high id (no older one fired):")
    for s in sorted(total):
        print(f"  {s:<40} {newly[s]} of {total[s]}")
    return {s: [total[s], newly[s]] for s in sorted(total)}


# -- held-out probes at two commits -------------------------------------------------------------
_CHILD = r"""
import json, sys, importlib.util
import guardwire
from guardwire import Context
from guardwire.guards.injection import InjectionGuard
spec = importlib.util.spec_from_file_location("probes", sys.argv[1])
mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
g = InjectionGuard(scan_budget_ms=None, rule_timeout_ms=10_000)
def text(p): return p if isinstance(p, str) else p[-1]
def shape(p): return "" if isinstance(p, str) else str(p[0])
out = {"file": guardwire.__file__}
for kind in ("ATTACKS", "BENIGN"):
    out[kind] = [[shape(p), text(p), g(text(p), Context()).action == "block"]
                 for p in getattr(mod, kind)]
print(json.dumps(out))
"""


def _git(*a: str) -> str:
    return subprocess.run(["git", *a], cwd=ROOT, check=True, capture_output=True,
                          text=True).stdout.strip()


def score_at(rev: str) -> dict[str, Any]:
    commit = _git("rev-parse", "--short", rev)
    tree = Path(tempfile.gettempdir()) / f"gw_s15_{commit}_{os.getpid()}"
    _git("worktree", "add", "--detach", str(tree), commit)
    try:
        env = {**os.environ, "PYTHONPATH": str(tree / "src")}
        res = subprocess.run([sys.executable, "-c", _CHILD, str(HELDOUT)], env=env, check=True,
                             capture_output=True, text=True)
        out: dict[str, Any] = json.loads(res.stdout)
    finally:
        _git("worktree", "remove", "--force", str(tree))
    if not out["file"].startswith(str(tree)):
        raise SystemExit(f"{rev} imported {out['file']}, not the worktree")
    return {"rev": rev, "commit": commit, **out}


def heldout(start: str) -> dict[str, Any]:
    sides = [score_at(start), score_at("HEAD")]
    print(f"held-out probes ({HELDOUT.name}):")
    for s in sides:
        a = sum(r[2] for r in s["ATTACKS"])
        b = sum(r[2] for r in s["BENIGN"])
        print(f"  {s['rev']:<10} {s['commit']}: attacks blocked {a} of {len(s['ATTACKS'])}, "
              f"benign blocked {b} of {len(s['BENIGN'])}")
    shapes: dict[str, list[int]] = {}
    for i, r in enumerate(sides[1]["ATTACKS"]):
        row = shapes.setdefault(r[0], [0, 0, 0])
        row[0] += 1
        row[1] += sides[0]["ATTACKS"][i][2]
        row[2] += r[2]
    if len(shapes) > 1:
        for shape, (n, b, a) in sorted(shapes.items()):
            print(f"    {shape:<24} {b:>3} -> {a:>3} of {n}")
    return {"sides": [{"rev": s["rev"], "commit": s["commit"],
                       "attacks": [len(s["ATTACKS"]), sum(r[2] for r in s["ATTACKS"])],
                       "benign": [len(s["BENIGN"]), sum(r[2] for r in s["BENIGN"])]}
                      for s in sides],
            "attack_shapes": shapes}


def main() -> int:
    args = sys.argv[1:]
    out: dict[str, Any] = {"rule_ids": sorted(IDS)}
    print(f"{len(IDS)} new rule ids\n\nown probes (benchmarks/_s15_user_probes_own.py), round 1:")
    out["own_probes"] = own_probes(ATTACKS, BENIGN)
    print("\nround 2 (written after the first rules; 20/30 and 0/25 at their first run, then "
          "tuned on):")
    out["own_probes_round2"] = own_probes(ROUND2_ATTACKS, ROUND2_BENIGN)
    if "--no-benign" not in args:
        print()
        out["benign"] = benign_scans()
    if "--attacks" in args:
        print()
        out["shared_attack_rows_newly_caught"] = attack_rows()
    if "--heldout" in args:
        print()
        start = args[args.index("--start") + 1] if "--start" in args else "17b23c6"
        out["heldout"] = heldout(start)
    if RESULTS.exists():  # keep parts not re-run this time
        old = json.loads(RESULTS.read_text(encoding="utf-8"))
        out = {**old, **out}
    RESULTS.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
