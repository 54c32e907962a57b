"""The tenth session's fresh injection probes (``_s10_probes.py``) through the guard, as the
user's whole input: blocked counts per group, round 1 (written before the rules) and round 2
(written after 6f09429, not tuned on until 0c1cce1's misses were fixed).

Run:  ``.venv/bin/python benchmarks/eval_injection_s10_probes.py [-v]``  (-v lists the misses)

For another commit's figures, put its ``src`` first on the path::

    git archive 0b2e160 src | tar -x -C /tmp/old
    PYTHONPATH=/tmp/old/src .venv/bin/python benchmarks/eval_injection_s10_probes.py

The guard has no scan budget (``scan_budget_ms=None``), so a loaded machine changes no figure.
"""

from __future__ import annotations

import sys
from pathlib import Path

from guardwire import Context
from guardwire.guards.injection import InjectionGuard

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _s10_probes import GROUPS, ROUND2_ATTACKS, ROUND2_BENIGN


def main() -> int:
    verbose = "-v" in sys.argv[1:]
    guard = InjectionGuard(scan_budget_ms=None, rule_timeout_ms=10_000)
    guard.warm()
    rounds = {"round 1": dict(GROUPS),
              "round 2": {k: (ROUND2_ATTACKS[k], ROUND2_BENIGN[k]) for k in ROUND2_ATTACKS}}
    for name, groups in rounds.items():
        print(name)
        for group, (attacks, benign) in groups.items():
            counts = []
            for texts, want in ((attacks, True), (benign, False)):
                blocked = 0
                for text in texts:
                    d = guard(text, Context())
                    blocked += d.action == "block"
                    if verbose and (d.action == "block") != want:
                        print(f"    miss: {d.data.get('rule_ids')} {text!r}")
                counts.append(f"{blocked}/{len(texts)}")
            print(f"  {group:<10} attacks blocked {counts[0]:>6}   look-alikes blocked "
                  f"{counts[1]:>6}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
