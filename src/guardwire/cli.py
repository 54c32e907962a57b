"""The ``guardwire`` command: ``demo``, ``defaults``, ``routes`` and ``check``.

- ``guardwire demo``: an offline scripted conversation through the embedded default routes.
- ``guardwire defaults``: print those routes (a starting point for your own route file).
- ``guardwire routes --config F``: validate a route file and print the resolved pipelines.
- ``guardwire check --config F --route R cases.jsonl [--json OUT]``: run recorded
  ``{"input": ..., "output": ..., "expect": ...}`` cases through a route and report each
  guard's lift rate, degraded count and latency p50/p95, and the expectations missed (exit 1).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ._cases import CasesError, read_cases
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


class ImportFailed(Exception):
    """An ``--import`` module could not be imported (the message is the one line to print)."""


def import_modules(targets: Sequence[str]) -> None:
    """Import the app's modules that register guards (``--import myapp.guards`` or
    ``--import ./guards.py``), the current directory first on the path, as ``python -m``
    has it. Any failure is :class:`ImportFailed` naming the target and the error."""
    import importlib
    import importlib.util
    import os

    for target in targets:
        cwd = os.getcwd()  # once: the module may chdir
        added = cwd not in sys.path
        if added:
            sys.path.insert(0, cwd)
        try:
            if target.endswith(".py"):
                path = Path(target)
                path.resolve(strict=True)  # FileNotFoundError before a half-made module
                name = path.stem if path.stem not in sys.modules else f"_gw_{path.stem}"
                spec = importlib.util.spec_from_file_location(name, path)
                if spec is None or spec.loader is None:
                    raise ImportError(f"not a Python file: {target}")
                module = importlib.util.module_from_spec(spec)
                sys.modules[name] = module
                spec.loader.exec_module(module)
            else:
                importlib.import_module(target)
        except ImportError as exc:
            raise ImportFailed(f"cannot import {target!r}: {exc}") from exc
        except OSError as exc:
            raise ImportFailed(f"cannot import {target!r}: {exc.strerror or exc}") from exc
        except Exception as exc:  # the module itself raised: a bug in the app's code
            raise ImportFailed(f"cannot import {target!r}: {type(exc).__name__}: {exc}") from exc
        finally:
            if added and cwd in sys.path:
                sys.path.remove(cwd)


def cmd_routes(args: argparse.Namespace) -> int:
    from .config import load_routes

    import_modules(args.imports)
    routes = load_routes(args.config)
    if args.json:
        print(json.dumps({k: p.describe() for k, p in routes.items()}, indent=2, default=str))
        return 0
    for name, p in routes.items():
        d = p.describe()
        print(f"route {name}  mode={d['mode']} on_block={d['on_block']} "
              f"stream={d['stream_mode']} version={d['version'] or '-'} "
              f"max_reasks={d['max_reasks']} reask_budget_ms={d['reask_budget_ms'] or '-'} "
              f"reask_budget_tokens={d['reask_budget_tokens'] or '-'} "
              f"guard_system={str(d['guard_system']).lower()} "
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

    import_modules(args.imports)
    routes = load_routes(args.config)
    if args.route not in routes:
        raise ConfigError(f"unknown route {args.route!r} (routes: {', '.join(routes)})",
                          file=str(args.config), path="routes")
    pipeline = routes[args.route]
    path = str(args.cases)
    cases = read_cases(path)
    stats: dict[tuple[str, str], dict[str, Any]] = {}
    blocked = {"input": 0, "output": 0}
    met, missed = 0, []
    for lineno, case in tqdm(cases, desc="cases", unit="case", disable=None, file=sys.stderr):
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
        if "expect" in case:
            problem = _expectation_problem(case["expect"], verdicts)
            if problem is None:
                met += 1
            else:
                missed.append({"line": lineno, "problem": problem})
        for v in verdicts:
            for d in v.decisions:
                s = stats.setdefault((v.stage, d.guard), {"calls": 0, "fired": 0, "blocked": 0,
                                                          "errors": 0, "degraded": 0,
                                                          "ms": []})
                s["calls"] += 1
                s["fired"] += d.fired
                s["blocked"] += d.action == "block"
                s["errors"] += d.outcome != "ok"
                s["degraded"] += d.degraded
                s["ms"].append(d.elapsed_ms)
    rows = []
    report: dict[str, Any] = {"route": args.route, "cases": len(cases), "blocked": blocked,
                              "guards": [], "expectations": {"met": met, "missed": missed}}
    for (stage, guard), s in stats.items():
        row = {"stage": stage, "guard": guard, "calls": s["calls"], "fired": s["fired"],
               "lift_rate": s["fired"] / s["calls"], "blocked": s["blocked"],
               "errors": s["errors"], "degraded": s["degraded"],
               "p50_ms": _percentile(s["ms"], 0.5), "p95_ms": _percentile(s["ms"], 0.95)}
        report["guards"].append(row)
        rows.append([stage, guard, row["calls"], row["fired"], f"{row['lift_rate']:.1%}",
                     row["blocked"], row["errors"], row["degraded"], row["p50_ms"],
                     row["p95_ms"]])
    if args.json == "-":  # the report alone, on stdout, for a pipe
        print(json.dumps(report, indent=2))
        return 1 if missed else 0
    print(f"route {args.route}: {len(cases)} cases, blocked at input {blocked['input']}, "
          f"at output {blocked['output']}")
    print(format_table(["stage", "guard", "calls", "fired", "lift", "blocked", "errors",
                        "degraded", "p50 ms", "p95 ms"], rows))
    if met or missed:
        print(f"expectations: {met} met, {len(missed)} missed")
        for m in missed:
            print(f"  {path}: line {m['line']}: {m['problem']}")
    if args.json:
        try:
            Path(args.json).write_text(json.dumps(report, indent=2), encoding="utf-8")
        except OSError as exc:
            print(f"guardwire: cannot write {args.json}: {exc.strerror or exc}", file=sys.stderr)
            return 2
        print(f"wrote {args.json}")
    return 1 if missed else 0


def _expectation_problem(expect: str | dict[str, str], verdicts: list[Any]) -> str | None:
    """Why a case's ``expect`` is not met (None when it is). An outcome that a guard's
    failure produced does not count: not an ``allow`` that a failed guard's policy let
    through (or that a guard says degraded), nor a ``block`` that a failed guard's policy
    made. The guards did not decide it."""
    got = {v.stage: _decided(v) for v in verdicts}
    off = " (the route's mode is off: no guard ran)" if any(
        v.mode == "off" for v in verdicts) else ""
    if isinstance(expect, str):
        final = next((g for g in got.values() if g != "allow"), "allow")
        if final != expect:
            where = next((f" at {st}" for st, g in got.items() if g == final != "allow"), "")
            return f"expected {expect}, got {final}{where}{off}"
        weak = next((w for v in verdicts if (w := _failure(v, final))), None)
        return f"expected {expect}, but {weak}" if weak else None
    for stage, want in expect.items():
        if stage not in got:
            return (f"{stage}: expected {want}, but the input was blocked, so the output "
                    "was never checked")
        if got[stage] != want:
            return f"{stage}: expected {want}, got {got[stage]}{off}"
        weak = next((w for v in verdicts if v.stage == stage and (w := _failure(v, want))),
                    None)
        if weak:
            return f"{stage}: expected {want}, but {weak}"
    return None


def _decided(v: Any) -> str:
    """What the stage's guards decided: in monitor mode the call is never blocked, but the
    guards' block (what the table counts) is what a case's expectation is about."""
    actions = {d.action for d in v.decisions}
    return "block" if "block" in actions else "reask" if "reask" in actions else "allow"


def _failure(v: Any, outcome: str) -> str | None:
    """How a guard failure, not a guard's decision, gave this stage its ``outcome``."""
    if outcome == "allow":
        d = next((d for d in v.decisions if d.degraded), None)
        if d is None:
            return None
        how = "it says so" if d.outcome == "ok" else d.outcome
        return f"guard {d.guard!r} was degraded ({how})"
    d = next((d for d in v.decisions if d.action == outcome), None)
    if d is None or d.outcome == "ok":
        return None
    return f"guard {d.guard!r} failed ({d.outcome}) and its policy chose {outcome}"


def cmd_defaults(args: argparse.Namespace) -> int:
    from importlib import resources

    sys.stdout.write(resources.files("guardwire").joinpath("data/defaults.toml")
                     .read_text("utf-8"))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from ._demo import run_demo

    return run_demo(verbose=args.verbose)


_EPILOG = ("exit status: 0 done (for check: every case's expectation met), 1 check: some "
           "expectation missed, 2 a usage error or a mistake in the route file or the cases "
           "file (one line on stderr), 130 interrupted (Ctrl-C), 141 the reader of stdout "
           "went away")


def _import_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--import", dest="imports", metavar="MODULE", action="append",
                        default=[], help="import this module (or .py file) first, so the "
                        "guards it registers with register_guard() can be used; repeatable")


def _one_line_warning(message: Warning | str, category: type[Warning], filename: str,
                      lineno: int, file: Any = None, line: str | None = None) -> None:
    print(f"guardwire: warning: {message} ({category.__name__})", file=sys.stderr)


_UNREGISTERED = (" (a guard of your own? pass --import MODULE, the module that registers it "
                 "with register_guard())")


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(prog="guardwire", epilog=_EPILOG,
                                     description="Guardrails for LLM calls: run the demo, "
                                     "print the default routes, validate a route file, or run "
                                     "recorded cases through a route.")
    parser.add_argument("--version", action="version", version=f"guardwire {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    demo = sub.add_parser("demo", help="run an offline scripted conversation through the guards")
    demo.add_argument("-v", "--verbose", action="store_true",
                      help="print every decision's whole reason and data (not cut short)")
    demo.set_defaults(func=cmd_demo)
    defaults = sub.add_parser("defaults", help="print the embedded default routes (what demo "
                              "runs), to start your own: guardwire defaults > guardwire.toml")
    defaults.set_defaults(func=cmd_defaults)
    routes = sub.add_parser("routes", help="validate a route file and print its pipelines")
    routes.add_argument("--config", required=True, help="route file (.toml/.yaml)")
    routes.add_argument("--json", action="store_true", help="print JSON")
    _import_option(routes)
    routes.set_defaults(func=cmd_routes)
    check = sub.add_parser("check", help="run recorded cases through a route")
    check.add_argument("--config", required=True, help="route file (.toml/.yaml)")
    check.add_argument("--route", required=True, help="name of the route to run the cases "
                       "through")
    check.add_argument("cases", help="JSONL file of {input?, output?, docs?, tool_outputs?, "
                       "metadata?, expect?} cases (input or output, or both)")
    check.add_argument("--json", metavar="OUT", help="write the report as JSON to OUT (- : "
                       "print it to stdout instead of the table)")
    _import_option(check)
    check.set_defaults(func=cmd_check)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    import warnings

    args = build_parser().parse_args(argv)
    with warnings.catch_warnings():
        warnings.showwarning = _one_line_warning  # not Python's two lines and a source line
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    import os

    cwd = os.getcwd()  # first on the path, as `python -m guardwire` has it: "myapp.models:X"
    added = cwd not in sys.path and "" not in sys.path  # in a route file is the app's module
    if added:
        sys.path.insert(0, cwd)
    try:
        return _run_command(args)
    finally:
        if added and cwd in sys.path:
            sys.path.remove(cwd)


def _run_command(args: argparse.Namespace) -> int:
    try:
        status = int(args.func(args))
        sys.stdout.flush()  # a closed pipe shows here, not as a warning at exit
        return status
    except KeyboardInterrupt:
        print("guardwire: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `guardwire … | head`: the reader stopped; no traceback
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # as a shell reports a process ended by SIGPIPE
    except CasesError as exc:
        print(f"guardwire: cases error: {exc}", file=sys.stderr)
        return 2
    except ImportFailed as exc:
        print(f"guardwire: {exc}", file=sys.stderr)
        return 2
    except ConfigError as exc:
        from .config import UNREGISTERED

        text, imports = str(exc), getattr(args, "imports", None)
        if "unknown guard" in text and not imports:  # the CLI's way to run register_guard()
            text = text.replace(UNREGISTERED, "") + _UNREGISTERED
        print(f"guardwire: config error: {text}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
