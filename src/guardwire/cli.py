"""The ``guardwire`` command: ``demo``, ``routes`` and ``check``.

- ``guardwire demo``: an offline scripted conversation through the embedded default routes.
- ``guardwire routes --config F``: validate a route file and print the resolved pipelines.
- ``guardwire check --config F --route R cases.jsonl [--json OUT]``: run recorded
  ``{"input": ..., "output": ...}`` cases through a route and report each guard's lift rate,
  degraded count and latency p50/p95.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .exceptions import ConfigError


def _percentile(values: Sequence[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def format_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A plain-text table with right-aligned numbers."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(headers)]

    def line(values: Sequence[str], raw: Sequence[Any] | None = None) -> str:
        out = []
        for i, v in enumerate(values):
            num = raw is not None and isinstance(raw[i], int | float) and not isinstance(
                raw[i], bool)
            out.append(v.rjust(widths[i]) if num else v.ljust(widths[i]))
        return "  ".join(out).rstrip()

    sep = "  ".join("-" * w for w in widths)
    return "\n".join([line(headers), sep, *(line(c, r) for c, r in zip(cells, rows,
                                                                       strict=True))])


def _cell(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:.2f}"
    return str(v)


def cmd_routes(args: argparse.Namespace) -> int:
    from .config import load_routes

    routes = load_routes(args.config)
    if args.json:
        print(json.dumps({k: p.describe() for k, p in routes.items()}, indent=2, default=str))
        return 0
    for name, p in routes.items():
        d = p.describe()
        print(f"route {name}  mode={d['mode']} on_block={d['on_block']} "
              f"stream={d['stream_mode']} version={d['version'] or '-'} "
              f"max_reasks={d['max_reasks']} guard_system={str(d['guard_system']).lower()} "
              f"return_structured={str(d['return_structured']).lower()}")
        if d["on_block"] == "respond":
            print(f"  block_response: {d['block_response']!r}")
        for stage in ("input", "output"):
            rows = []
            for i, e in enumerate(d[stage]):
                members = e.get("parallel", [e])
                for s in members:
                    rows.append([f"{i}{'p' if 'parallel' in e else ''}", s["guard"],
                                 "-" if s["budget_ms"] is None else
                                 f"{s['budget_ms']:g}{' soft' if s['soft_budget'] else ''}",
                                 s["on_error"], s["on_timeout"], s["kind"]])
            print(f"  {stage}:")
            if rows:
                table = format_table(["#", "guard", "budget_ms", "on_error", "on_timeout",
                                      "kind"], rows)
                print("\n".join("    " + ln for ln in table.splitlines()))
            else:
                print("    (none)")
        print()
    print(f"{args.config}: {len(routes)} route(s) OK")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from ._context import Context
    from .config import load_routes

    routes = load_routes(args.config)
    if args.route not in routes:
        raise ConfigError(f"unknown route {args.route!r} (routes: {', '.join(routes)})",
                          file=str(args.config), path="routes")
    pipeline = routes[args.route]
    path = Path(args.cases)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"cannot read cases: {exc.strerror or exc}", file=str(path)) from exc
    stats: dict[tuple[str, str], dict[str, Any]] = {}
    blocked = {"input": 0, "output": 0}
    cases = 0
    for lineno, line in enumerate(tqdm(lines, desc="cases", unit="case", disable=None,
                                       file=sys.stderr), start=1):
        if not line.strip():
            continue
        case = _read_case(line, lineno, str(path))
        cases += 1
        tools = [t if isinstance(t, dict) else {"id": str(i), "text": t}
                 for i, t in enumerate(case.get("tool_outputs") or ())]
        ctx = Context(route=args.route, docs=case.get("docs") or (),
                      metadata=case.get("metadata") or {}, tool_outputs=tools)
        verdicts = []
        if "input" in case:
            v = pipeline.check_input(case["input"], ctx)
            verdicts.append(v)
            blocked["input"] += v.blocked
        if "output" in case and not (verdicts and verdicts[0].blocked):
            v = pipeline.check_output(case["output"], ctx)
            verdicts.append(v)
            blocked["output"] += v.blocked
        for v in verdicts:
            for d in v.decisions:
                s = stats.setdefault((v.stage, d.guard), {"calls": 0, "fired": 0, "blocked": 0,
                                                          "degraded": 0, "ms": []})
                s["calls"] += 1
                s["fired"] += d.fired
                s["blocked"] += d.action == "block"
                s["degraded"] += d.degraded
                s["ms"].append(d.elapsed_ms)
    rows = []
    report: dict[str, Any] = {"route": args.route, "cases": cases, "blocked": blocked,
                              "guards": []}
    for (stage, guard), s in stats.items():
        row = {"stage": stage, "guard": guard, "calls": s["calls"], "fired": s["fired"],
               "lift_rate": s["fired"] / s["calls"], "blocked": s["blocked"],
               "degraded": s["degraded"], "p50_ms": _percentile(s["ms"], 0.5),
               "p95_ms": _percentile(s["ms"], 0.95)}
        report["guards"].append(row)
        rows.append([stage, guard, row["calls"], row["fired"], f"{row['lift_rate']:.1%}",
                     row["blocked"], row["degraded"], row["p50_ms"], row["p95_ms"]])
    print(f"route {args.route}: {cases} cases, blocked at input {blocked['input']}, "
          f"at output {blocked['output']}")
    print(format_table(["stage", "guard", "calls", "fired", "lift", "blocked", "degraded",
                        "p50 ms", "p95 ms"], rows))
    if args.json:
        try:
            Path(args.json).write_text(json.dumps(report, indent=2), encoding="utf-8")
        except OSError as exc:
            print(f"guardwire: cannot write {args.json}: {exc.strerror or exc}", file=sys.stderr)
            return 2
        print(f"wrote {args.json}")
    return 0


_CASE_KEYS = ("input", "output", "docs", "tool_outputs", "metadata")


def _read_case(line: str, lineno: int, file: str) -> dict[str, Any]:
    """One JSONL case, checked: a misspelled key or a wrong type would otherwise make the
    case run less than it says (a stage skipped, documents ignored) without a word."""
    try:
        case = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"line {lineno}: not JSON: {exc.msg}", file=file) from exc
    if not isinstance(case, dict) or not isinstance(case.get("input", ""), str) or \
            not isinstance(case.get("output", ""), str):
        raise ConfigError(f"line {lineno}: expected an object with string 'input'/'output'",
                          file=file)
    for key in case:
        if key not in _CASE_KEYS:
            close = difflib.get_close_matches(key, _CASE_KEYS, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise ConfigError(f"line {lineno}: unknown key {key!r}{hint}; keys: "
                              f"{', '.join(_CASE_KEYS)}", file=file)
    if "input" not in case and "output" not in case:
        raise ConfigError(f"line {lineno}: needs 'input' or 'output'", file=file)
    if not isinstance(case.get("docs", []), list):
        raise ConfigError(f"line {lineno}: 'docs' must be a list", file=file)
    tools = case.get("tool_outputs", [])
    if not isinstance(tools, list) or not all(
            isinstance(t, str) or (isinstance(t, dict) and isinstance(t.get("text"), str))
            for t in tools):
        raise ConfigError(f"line {lineno}: 'tool_outputs' must be a list of strings or of "
                          "objects with a 'text'", file=file)
    if not isinstance(case.get("metadata", {}), dict):
        raise ConfigError(f"line {lineno}: 'metadata' must be an object", file=file)
    return case


def cmd_demo(args: argparse.Namespace) -> int:
    from ._demo import run_demo

    return run_demo(verbose=args.verbose)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="guardwire", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    demo = sub.add_parser("demo", help="run an offline scripted conversation through the guards")
    demo.add_argument("-v", "--verbose", action="store_true", help="also print guard reasons")
    demo.set_defaults(func=cmd_demo)
    routes = sub.add_parser("routes", help="validate a route file and print its pipelines")
    routes.add_argument("--config", required=True, help="route file (.toml/.yaml)")
    routes.add_argument("--json", action="store_true", help="print JSON")
    routes.set_defaults(func=cmd_routes)
    check = sub.add_parser("check", help="run recorded cases through a route")
    check.add_argument("--config", required=True)
    check.add_argument("--route", required=True)
    check.add_argument("cases", help="JSONL file of {input, output, docs?, tool_outputs?, "
                       "metadata?} cases")
    check.add_argument("--json", metavar="OUT", help="write the report as JSON to OUT")
    check.set_defaults(func=cmd_check)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except ConfigError as exc:
        print(f"guardwire: config error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
