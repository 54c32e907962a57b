"""Part 4 of ``bench_overhead.py``: ``import guardwire`` in a fresh interpreter (median wall and
CPU time over ``repeats`` runs), which heavy optional packages it pulled in, and which packages
and modules dominate ``-X importtime``."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from typing import Any

GOAL_IMPORT_MS = 150.0
HEAVY = ("numpy", "pydantic", "regex", "spacy", "presidio_analyzer", "sklearn", "json_repair",
         "opentelemetry.sdk", "anyio", "yaml", "tomllib", "openai", "anthropic", "litellm")
_IMPORT_CODE = ("import sys, time, json; c = time.process_time(); t = time.perf_counter(); "
                "import guardwire; dt = time.perf_counter() - t; dc = time.process_time() - c; "
                f"print(json.dumps([dt, dc, [m for m in {list(HEAVY)!r} if m in sys.modules]]))")


def bench_import(repeats: int) -> dict[str, Any]:
    cmd = [sys.executable, "-c", _IMPORT_CODE]
    subprocess.run(cmd, check=True, capture_output=True)  # warm the .pyc caches
    times, cpus, loaded = [], [], []
    for _ in range(repeats):
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        dt, dc, loaded = json.loads(out)
        times.append(dt * 1000)
        cpus.append(dc * 1000)
    prof = subprocess.run([sys.executable, "-X", "importtime", "-c", "import guardwire"],
                          check=True, capture_output=True, text=True).stderr
    by_pkg: dict[str, int] = {}
    mods = []
    for line in prof.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, cum_us, name = line[len("import time:"):].split("|")
        mod = name.strip()
        top = mod.split(".")[0]
        by_pkg[top] = by_pkg.get(top, 0) + int(self_us)
        mods.append((mod, int(self_us), int(cum_us)))
    total_us = sum(by_pkg.values())
    top_pkgs = sorted(by_pkg.items(), key=lambda kv: -kv[1])[:10]
    top_mods = sorted(mods, key=lambda m: -m[1])[:10]
    ms = statistics.median(times)
    return {"median_ms": ms, "min_ms": min(times), "max_ms": max(times), "repeats": repeats,
            "cpu_median_ms": statistics.median(cpus),
            "meets_goal": ms <= GOAL_IMPORT_MS, "heavy_modules_loaded": loaded,
            "importtime_total_self_ms": total_us / 1000,
            "top_packages_self_ms": [{"package": k, "self_ms": v / 1000,
                                      "share": v / total_us} for k, v in top_pkgs],
            "top_modules_self_ms": [{"module": m, "self_ms": s / 1000, "cumulative_ms": c / 1000}
                                    for m, s, c in top_mods]}
