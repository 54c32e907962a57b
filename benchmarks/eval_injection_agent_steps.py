"""``agent_steps`` (issue 3, fifteenth session; standalone, not wired into the guard): where its
ids fire, as tool results.

    .venv/bin/python benchmarks/eval_injection_agent_steps.py             # ~3-6 minutes
    .venv/bin/python benchmarks/eval_injection_agent_steps.py --show      # print texts hit
    .venv/bin/python benchmarks/eval_injection_agent_steps.py --no-gettext

Sets (the module alone, ``agent_step_scan(normalised_view(text))``):

- benign: the shared data's label-0 rows of every subset (``prompt_injection.jsonl`` and
  ``extra_train.jsonl``), the standard library's docstrings, the venv's package READMEs
  (``eval_injection_external``), this machine's gettext strings (``_injection_fuzz``'s
  ``locale_messages``, 14 languages): 0 hits wanted;
- attacks: the shared data's indirect-injection rows (``eval_injection_retrieved_precision``'s
  ``ATTACK_SUBSETS``), in-sample for the classifier, never read by the module's writer;
- probes: our own (``_agent_step_probes.py``, written before the module, tuned on) and the
  fresh ones written without reading the guard (``_tool_probes_s15.py``; the first run, before
  any tuning on them, is kept in ``HELD_OUT_FIRST_RUN``).

For the attack and probe sets also the guard (``InjectionGuard.assess(text, retrieved=True)``,
no scan budget) and the guard with this module's hits added (what wiring it would flag).
Writes ``benchmarks/results/eval_injection_agent_steps.json``.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import _agent_step_probes as own  # noqa: E402
import _tool_probes_s15 as fresh  # noqa: E402
from _injection_fuzz import locale_messages  # noqa: E402
from eval_injection_external import package_readmes, stdlib_docstrings  # noqa: E402
from eval_injection_retrieved_precision import ATTACK_SUBSETS, rows  # noqa: E402

from guardwire.guards.injection import InjectionGuard  # noqa: E402
from guardwire.guards.injection.agent_steps import agent_step_scan  # noqa: E402
from guardwire.guards.injection.normalise_view import normalised_view  # noqa: E402

OUT = ROOT / "benchmarks" / "results" / "eval_injection_agent_steps.json"
GETTEXT_DIRS = ("de", "fr", "es", "it", "pt", "pt_BR", "nl", "pl", "tr", "ru", "zh_CN",
                "zh_TW", "ja", "ko")
# the module's first run on _tool_probes_s15.py (bc03486, before any tuning on that file)
HELD_OUT_FIRST_RUN = {"commit": "bc03486", "HIDDEN": [80, 12], "BENIGN": [70, 0],
                      "BENIGN_AI_ADDRESSED": [40, 1]}


def module_hits(texts: list[str], name: str, show: bool, lat: list[float]) -> dict[str, Any]:
    ids: Counter[str] = Counter()
    fired, cut, attempts = 0, 0, 0
    for t in texts:
        view = normalised_view(t)
        s = time.perf_counter()
        found = agent_step_scan(view, 1.0)
        lat.append((time.perf_counter() - s) * 1000)
        attempts += found.attempts
        cut += found.cut_off
        if found.hits:
            fired += 1
            ids.update(h.rule_id for h in found.hits)
            if show:
                print(f"    [{name}] {found.hits[0].rule_id}: {found.hits[0].snippet[:90]!r}"
                      f"  <- {t[:100]!r}")
    return {"rows": len(texts), "hit": fired, "ids": dict(ids), "cut_off": cut,
            "attempts": attempts}


def with_guard(guard: InjectionGuard, texts: list[str]) -> dict[str, int]:
    g = m = both = 0
    for t in texts:
        flagged = guard.assess(t, retrieved=True).score >= guard.threshold
        mine = bool(agent_step_scan(normalised_view(t), 1.0).hits)
        g += flagged
        m += mine
        both += flagged or mine
    return {"guard": g, "module": m, "guard_or_module": both}


def main() -> int:
    t0 = time.perf_counter()
    args = set(sys.argv[1:])
    show = "--show" in args
    data = rows()
    benign: list[tuple[str, list[str]]] = []
    for sub in sorted({r["subset"] for r in data if r["label"] == 0}):
        benign.append((f"shared benign: {sub}",
                       [r["text"] for r in data if r["subset"] == sub and r["label"] == 0]))
    benign.append(("stdlib docstrings", [d for _, d in stdlib_docstrings()]))
    benign.append(("package READMEs", [d for _, d in package_readmes()]))
    if "--no-gettext" not in args:
        benign.append(("gettext strings", sorted({m for _, m in locale_messages(GETTEXT_DIRS)})))
    attacks = [(f"shared attack: {sub}", [r["text"] for r in data
                                          if r["subset"] == sub and r["label"] == 1])
               for sub in ATTACK_SUBSETS]
    probes = [("own hidden (en)", own.HIDDEN), ("own hidden (other)", own.HIDDEN_OTHER),
              ("own benign", own.BENIGN), ("held-out hidden", fresh.HIDDEN),
              ("held-out benign", fresh.BENIGN),
              ("held-out AI-addressed benign", fresh.BENIGN_AI_ADDRESSED)]
    result: dict[str, Any] = {"benign": {}, "attack": {}, "probes": {},
                              "held_out_first_run": HELD_OUT_FIRST_RUN}
    lat: list[float] = []
    print(f"{'set':<48}{'rows':>8}{'hit':>6}  ids")
    for key, sets in (("benign", benign), ("attack", attacks), ("probes", probes)):
        for name, texts in sets:
            # held-out texts are never printed (their misses would be tuned on)
            rec = module_hits(texts, name, show and not name.startswith("held"), lat)
            result[key][name] = rec
            print(f"{name:<48}{rec['rows']:>8}{rec['hit']:>6}  "
                  + ", ".join(f"{k.removeprefix('indirect.agent_step_')} {v}"
                              for k, v in sorted(rec["ids"].items())))
    total = sum(r["rows"] for r in result["benign"].values())
    fired = sum(r["hit"] for r in result["benign"].values())
    print(f"{'TOTAL benign':<48}{total:>8}{fired:>6}")
    result["benign_total"] = {"rows": total, "hit": fired}
    guard = InjectionGuard(scan_budget_ms=None, rule_timeout_ms=10_000)
    print(f"\n{'with the guard (flagged at 0.8)':<48}{'rows':>8}{'guard':>7}{'module':>8}"
          f"{'either':>8}")
    for name, texts in (*attacks, *probes):
        rec = with_guard(guard, texts)
        result["attack" if name.startswith("shared") else "probes"][name]["with_guard"] = rec
        print(f"{name:<48}{len(texts):>8}{rec['guard']:>7}{rec['module']:>8}"
              f"{rec['guard_or_module']:>8}")
    result["latency_ms"] = {"p50": round(statistics.median(lat), 3),
                            "p99": round(sorted(lat)[int(0.99 * (len(lat) - 1))], 3),
                            "max": round(max(lat), 2)}
    print(f"module latency per text: {result['latency_ms']}")
    result["elapsed_s"] = round(time.perf_counter() - t0, 1)
    OUT.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({result['elapsed_s']} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
