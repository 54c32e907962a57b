"""Render ``bench_overhead.py`` results as console tables or Markdown (docs/performance.md)."""

from __future__ import annotations

import os
import platform
import subprocess
import time
from pathlib import Path
from typing import Any


def machine(load_at_start: float) -> dict[str, Any]:
    return {"python": platform.python_version(), "platform": platform.platform(),
            "cpus": os.cpu_count(), "loadavg_1m_start_end": [load_at_start, os.getloadavg()[0]],
            "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}


def code_version(root: Path) -> dict[str, Any]:
    """The commit measured, and whether src/guardwire had uncommitted changes."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root, check=True,
                              capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "src/guardwire"], cwd=root,
                               check=True, capture_output=True, text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return {"commit": None, "src_dirty": None}
    return {"commit": head, "src_dirty": bool(dirty)}


def _ok(flag: bool) -> str:
    return "yes" if flag else "NO"


def _pivot(res: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per scenario: us/guard at each N, CPU us/guard at the largest N, the fit."""
    fits = {f["scenario"]: f for f in res["overhead_fit"]}
    rows: dict[str, dict[str, Any]] = {}
    for r in res["overhead"]:
        row = rows.setdefault(r["scenario"], {"label": r["label"], "headline": r["headline"],
                                              "by_n": {}, "cpu_by_n": {}, "ok": True,
                                              "ok_cpu": True})
        row["by_n"][r["n_guards"]] = r["overhead_us_per_guard"]
        row["cpu_by_n"][r["n_guards"]] = r["overhead_cpu_us_per_guard"]
        row["ok"] = row["ok"] and r["meets_goal"]
        row["ok_cpu"] = row["ok_cpu"] and r["meets_goal_cpu"]
    for key, row in rows.items():
        row["fit"] = fits.get(key)
    return list(rows.values())


def text(res: dict[str, Any]) -> str:
    g = res["goals"]
    ns = sorted({r["n_guards"] for r in res["overhead"]})
    out = [f"1. Per-guard overhead of no-op guards, us/guard = (pipeline - baseline) / N, "
           f"median of {res['overhead'][0]['repeats']} repeats (goal <= {g['per_guard_us']:g})",
           f"   {'scenario':<42}" + "".join(f"{'N=' + str(n):>8}" for n in ns)
           + f"{'cpu@N=' + str(ns[-1]):>10}{'fixed':>8}{'margin.':>9}{'goal':>6}{'cpu':>5}"]
    for row in _pivot(res):
        fit = row["fit"] or {}
        out.append(f"   {row['label']:<42}" + "".join(f"{row['by_n'][n]:>8.1f}" for n in ns)
                   + f"{row['cpu_by_n'][ns[-1]]:>10.1f}"
                   + f"{fit.get('fixed_us_per_stage', float('nan')):>8.1f}"
                   + f"{fit.get('marginal_us_per_guard', float('nan')):>9.1f}"
                   + f"{_ok(row['ok']):>6}{_ok(row['ok_cpu']):>5}")
    out.append("   (fixed = CPU us per stage, margin. = CPU us per extra guard: least squares "
               "over N;\n    goal: wall us/guard <= goal at every N; cpu: the same on process "
               "CPU time, which a busy machine inflates less)")
    out.append("\n2. parallel([3 guards x 100 ms]) stage wall time "
               f"(goal <= {g['parallel_ms']:g} ms)")
    for r in res["parallel"]:
        out.append(f"   {r['guards']:<40} {r['caller']:>5} caller {r['stage_ms']:7.1f} ms  "
                   f"goal {_ok(r['meets_goal'])}")
    conc = res["concurrency"]
    out.append(f"\n3. {conc[0]['n_calls']} concurrent async calls on FakeLLM(delay 50 ms) "
               f"(goal <= {g['concurrency_ratio']:g}x one call)")
    out.append(f"   {'case':<42} {'total ms':>9} {'one ms':>7} {'ratio':>7} {'vs raw':>7} "
               f"{'cpu us/call':>11} {'timeouts':>9} {'goal':>5}")
    for r in conc:
        out.append(f"   {r['case']:<42} {r['total_ms']:>9.1f} {r['one_call_ms']:>7.1f} "
                   f"{r['ratio']:>6.2f}x {r['total_vs_raw']:>6.2f}x {r['cpu_us_per_call']:>11.1f} "
                   f"{_timeouts(r):>9} {_ok(r['meets_goal']):>5}")
    imp = res["import"]
    out.append(f"\n4. import guardwire, fresh interpreter, median of {imp['repeats']}: "
               f"{imp['median_ms']:.1f} ms wall (min {imp['min_ms']:.1f}), "
               f"{imp['cpu_median_ms']:.1f} ms CPU (goal <= {g['import_ms']:g} ms: "
               f"{_ok(imp['meets_goal'])})")
    out.append(f"   heavy modules loaded: {', '.join(imp['heavy_modules_loaded']) or 'none'}")
    out.append("   top packages by self time (-X importtime): " + ", ".join(
        f"{p['package']} {p['share']:.0%}" for p in imp["top_packages_self_ms"][:7]))
    out.append("   top modules by self time: " + ", ".join(
        f"{m['module']} {m['self_ms']:.1f} ms" for m in imp["top_modules_self_ms"][:6]))
    m = res["machine"]
    out.append(f"\nPython {m['python']}, {m['cpus']} CPUs, load average "
               f"{m['loadavg_1m_start_end'][0]:.1f} -> {m['loadavg_1m_start_end'][1]:.1f}, "
               f"runtime {res['runtime_s']:.0f} s")
    return "\n".join(out)


def markdown(res: dict[str, Any]) -> str:
    g = res["goals"]
    ns = sorted({r["n_guards"] for r in res["overhead"]})
    m = res["machine"]
    code = res.get("code", {})
    out = [f"Measured {m['date']} at commit `{code.get('commit')}`"
           + (" (with uncommitted changes in src/)" if code.get("src_dirty") else "")
           + f" on Python {m['python']}, {m['cpus']} CPUs shared with other jobs "
           f"(1-minute load average {m['loadavg_1m_start_end'][0]:.1f} at the start, "
           f"{m['loadavg_1m_start_end'][1]:.1f} at the end).", "",
           f"**Per-guard overhead** of no-op guards: µs per guard = (pipeline − plain loop over "
           f"the same guards) / N, median of {res['overhead'][0]['repeats']} repeats; "
           f"goal ≤ {g['per_guard_us']:g} µs. *fixed* and *marginal* split the CPU cost into "
           "µs per stage and µs per extra guard (least squares over N). *goal*: every N within the "
           "goal, on wall time and on process CPU time (which a busy machine inflates less). "
           "Bold rows are the default setup (no budget, no-op OpenTelemetry API).", "",
           "| scenario | " + " | ".join(f"N={n}" for n in ns)
           + f" | CPU µs/guard N={ns[-1]} | fixed CPU µs | marginal CPU µs"
           + " | goal (wall) | goal (CPU) |",
           "|---|" + "---:|" * (len(ns) + 3) + "---|---|"]
    for row in _pivot(res):
        fit = row["fit"] or {}
        label = f"**{row['label']}**" if row["headline"] else row["label"]
        out.append(f"| {label} | " + " | ".join(f"{row['by_n'][n]:.1f}" for n in ns)
                   + f" | {row['cpu_by_n'][ns[-1]]:.1f}"
                   + f" | {fit.get('fixed_us_per_stage', float('nan')):.1f}"
                   + f" | {fit.get('marginal_us_per_guard', float('nan')):.1f}"
                   + f" | {_ok(row['ok'])} | {_ok(row['ok_cpu'])} |")
    out += ["", f"**Parallel group** of three guards that each wait 100 ms: stage wall time, "
            f"median (goal ≤ {g['parallel_ms']:g} ms).", "",
            "| guards | sync caller ms | async caller ms |", "|---|---:|---:|"]
    par: dict[str, dict[str, float]] = {}
    for r in res["parallel"]:
        par.setdefault(r["guards"], {})[r["caller"]] = r["stage_ms"]
    for label, by in par.items():
        out.append(f"| {label} | {by.get('sync', float('nan')):.1f} | "
                   f"{by.get('async', float('nan')):.1f} |")
    conc = res["concurrency"]
    out += ["", f"**{conc[0]['n_calls']} concurrent async calls** on `FakeLLM(delay_s=0.05)`: "
            f"total wall time as a ratio to one call (goal ≤ {g['concurrency_ratio']:g}×), "
            "to the same run without guardwire, process CPU per call, and how many guard "
            "decisions were timeouts (a guard that timed out did not run: a row that is fast "
            "because its guards were skipped would show it here).", "",
            "| case | total ms | one call ms | ratio | vs raw | CPU µs/call | guard timeouts "
            "| goal |",
            "|---|---:|---:|---:|---:|---:|---:|---|"]
    for r in conc:
        out.append(f"| {r['case']} | {r['total_ms']:.0f} | {r['one_call_ms']:.1f} | "
                   f"{r['ratio']:.2f}× | {r['total_vs_raw']:.2f}× | {r['cpu_us_per_call']:.0f} | "
                   f"{_timeouts(r)} | {_ok(r['meets_goal'])} |")
    imp = res["import"]
    out += ["", f"**`import guardwire`** in a fresh interpreter, median of {imp['repeats']}: "
            f"{imp['median_ms']:.1f} ms wall (min {imp['min_ms']:.1f} ms), "
            f"{imp['cpu_median_ms']:.1f} ms CPU; goal ≤ {g['import_ms']:g} ms: "
            f"{_ok(imp['meets_goal'])}. Heavy dependencies loaded by the import: "
            f"{', '.join(imp['heavy_modules_loaded']) or 'none'}. Largest self times "
            "(`-X importtime`): " + ", ".join(
                f"`{x['module']}` {x['self_ms']:.1f} ms" for x in imp["top_modules_self_ms"][:6])
            + "."]
    return "\n".join(out)


def _timeouts(row: dict[str, Any]) -> str:
    """``timeouts / decisions`` of a concurrency row (``-`` without guards or in old results)."""
    if not row.get("guard_decisions"):
        return "-"
    return f"{row['guard_timeouts']}/{row['guard_decisions']}"
