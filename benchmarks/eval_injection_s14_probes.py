"""The fourteenth session's fresh probes (``_s14_probes.py``) through the guard: blocked counts
per shape, at a base commit and at the working tree, round 1 (written before the rules of
``rules_s14*``) and round 2 (written after them, not tuned on).

A probe starting with ``"T:"`` is scored as a tool result (``Context(tool_outputs=[…])``)
behind a fixed benign user request; every other probe as the user's whole input. The guard has
no scan budget (``scan_budget_ms=None``), so a loaded machine changes no figure.

Run:  ``.venv/bin/python benchmarks/eval_injection_s14_probes.py [--rev ac31f90] [-v]``
      (the base commit's ``src`` is unpacked with ``git archive`` into a temporary directory
      and the counts are taken there in a child process; ``-v`` lists the working tree's
      misses). ``rules_s14_retrieved``'s retrieved-only rule is added to the retrieved-text
      rules here if :mod:`.retrieved` does not list it yet.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from _s14_probes import GROUPS, ROUND2, Probes  # noqa: E402

REQUEST = "Summarise the result of the tool call."


def _wire_retrieved() -> None:
    """Add ``rules_s14_retrieved``'s rule to the retrieved-text rules unless
    :mod:`.retrieved` lists it already (absent at older commits: nothing added)."""
    from guardwire.guards.injection import retrieved
    try:
        from guardwire.guards.injection.rules_s14_retrieved import S14_RETRIEVED
    except ImportError:
        return
    have = {r.id for r in retrieved.RETRIEVED_RULES}
    retrieved.RETRIEVED_RULES = (*retrieved.RETRIEVED_RULES, *(
        retrieved.RetrievedRule(s.id, s.category, s.alternatives, s.words,
                                severity=s.severity, starts=s.starts, near=s.near,
                                before=s.before)
        for s in S14_RETRIEVED if s.id not in have))


def counts(verbose: bool) -> dict[str, dict[str, list[int]]]:
    """Per round and shape: [attacks blocked, attacks, look-alikes blocked, look-alikes]."""
    from guardwire import Context
    from guardwire.guards.injection import InjectionGuard

    _wire_retrieved()
    guard = InjectionGuard(scan_budget_ms=None, rule_timeout_ms=10_000)
    guard.warm()
    out: dict[str, dict[str, list[int]]] = {}
    rounds: dict[str, Probes] = {"round 1": GROUPS, "round 2": ROUND2}
    for name, groups in rounds.items():
        out[name] = {}
        for group, (attacks, benign) in groups.items():
            row: list[int] = []
            for texts, want in ((attacks, True), (benign, False)):
                blocked = 0
                for text in texts:
                    if text.startswith("T:"):
                        d = guard(REQUEST, Context(tool_outputs=[
                            {"name": "fetch", "content": text[2:]}]))
                    else:
                        d = guard(text, Context())
                    blocked += d.action == "block"
                    if verbose and (d.action == "block") != want:
                        print(f"    miss ({name}, {group}): {d.data.get('rule_ids')} {text!r}",
                              file=sys.stderr)
                row += [blocked, len(texts)]
            out[name][group] = row
    return out


def at_rev(rev: str) -> dict[str, dict[str, list[int]]]:
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src"],
                                 check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        env = {**os.environ, "PYTHONPATH": str(Path(tmp) / "src")}
        child = subprocess.run([sys.executable, __file__, "--child"], env=env, check=True,
                               capture_output=True, text=True)
        result: dict[str, dict[str, list[int]]] = json.loads(child.stdout)
        return result


def main() -> int:
    args = sys.argv[1:]
    if args == ["--child"]:
        print(json.dumps(counts(False)))
        return 0
    rev = args[args.index("--rev") + 1] if "--rev" in args else "ac31f90"
    base = at_rev(rev)
    now = counts("-v" in args)
    for name in now:
        print(f"{name}: attacks blocked / look-alikes blocked, {rev} -> working tree")
        tot = [0] * 6
        for group, row in now[name].items():
            old = base.get(name, {}).get(group, [0, 0, 0, 0])
            print(f"  {group:<14} attacks {old[0]:>3}/{old[1]:<3} -> {row[0]:>3}/{row[1]:<3}"
                  f"   look-alikes {old[2]:>3}/{old[3]:<3} -> {row[2]:>3}/{row[3]:<3}")
            for i, v in enumerate((old[0], row[0], row[1], old[2], row[2], row[3])):
                tot[i] += v
        print(f"  {'all':<14} attacks {tot[0]:>3}/{tot[2]:<3} -> {tot[1]:>3}/{tot[2]:<3}"
              f"   look-alikes {tot[3]:>3}/{tot[5]:<3} -> {tot[4]:>3}/{tot[5]:<3}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
