"""Printing helpers shared by the examples (not part of guardwire)."""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from guardwire import ConfigError, Context, load_routes

PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]*_\d+>")
SDK_EXTRAS = {"openai": "openai", "anthropic": "anthropic", "instructor": "instructor"}


def _missing_sdk_hint(kind: type[BaseException], exc: BaseException, tb: Any) -> None:
    """An example run without the SDK it drives stops with one line saying what to install,
    not a ModuleNotFoundError traceback (the core install has no SDK)."""
    name = getattr(exc, "name", None) or ""
    extra = SDK_EXTRAS.get(name.partition(".")[0])
    if not isinstance(exc, ModuleNotFoundError) or extra is None:
        sys.__excepthook__(kind, exc, tb)
        return
    script = Path(sys.argv[0]).name
    print(f"{script}: this example drives the {extra} SDK, which is not installed; in a "
          f"guardwire checkout: pip install '.[{extra}]'", file=sys.stderr)


sys.excepthook = _missing_sdk_hint


def parse_args(description: str, default_model: str | None = None, key_env: str | None = None,
               routes: tuple[str, ...] = ()) -> argparse.Namespace:
    """The examples' command line; an online run without ``key_env`` set stops with a hint,
    and a ``--config`` file with a mistake or without one of ``routes`` with the one-line
    error (not a traceback). Without ``default_model`` the example always runs a FakeLLM on
    routes of its own: it takes ``--offline`` only (so every example runs with it), not a
    ``--config`` or ``--model`` it would ignore."""
    parser = argparse.ArgumentParser(description=description)
    if default_model is None:
        parser.add_argument("--offline", action="store_true",
                            help="accepted like the other examples' flag: this one is always "
                                 "offline (the model is a FakeLLM, the routes are its own)")
        return parser.parse_args()
    parser.add_argument("--offline", action="store_true",
                        help="answer from a local fake server instead of the real API (no key)")
    parser.add_argument("--model", default=default_model, help="model name for online runs")
    parser.add_argument("--config", type=Path,
                        default=Path(__file__).resolve().parent / "guardwire.toml",
                        help="route file (default: examples/guardwire.toml)")
    args = parser.parse_args()
    if not args.config.is_file():
        parser.error(f"--config {args.config}: no such file")
    try:
        defined = load_routes(args.config)
    except ConfigError as exc:
        parser.error(str(exc))
    missing = [r for r in routes if r not in defined]
    if missing:
        parser.error(f"{args.config}: missing route(s) {', '.join(map(repr, missing))} (this "
                     f"example uses {', '.join(routes)}; the file defines {', '.join(defined)})")
    if key_env and not args.offline and not os.environ.get(key_env):
        parser.error(f"{key_env} is not set: run with --offline to use the local fake server "
                     "(no key, no network)")
    return args


@contextmanager
def offline_server(args: argparse.Namespace, fake_model: Callable[[Any], Any],
                   **options: Any) -> Iterator[Any]:
    """With ``--offline``: a started local fake server (``_fake_server.FakeLLMServer``) that
    answers with ``fake_model`` and is stopped on exit; online: ``None``."""
    if not args.offline:
        yield None
        return
    from _fake_server import FakeLLMServer

    with FakeLLMServer(fake_model, **options) as server:
        yield server


def print_decisions(ctx: Context) -> None:
    """One line per guard decision of the call: stage, guard, action, outcome, time, reason."""
    for verdict in ctx.verdicts:
        for d in verdict.decisions:
            mark = " (monitor: not applied)" if verdict.mode == "monitor" and d.action != "allow" \
                else ""
            print(f"    {verdict.stage:<6} {d.guard:<13} {d.action:<8} {d.outcome:<8}"
                  f"{d.elapsed_ms:7.1f} ms  {d.reason[:60]}{mark}")


def heading(text: str) -> None:
    print(f"\n=== {text}")


def warm_up(*guarded_fns: object) -> None:
    """Load heavy guard resources (Presidio, classifier weights) at start-up with
    ``Pipeline.warm()``, so the first user does not wait for them. (The pipeline would also
    warm each guard on its first call, outside the guard's budget.)"""
    for fn in guarded_fns:
        pipeline = getattr(fn, "__guardwire_pipeline__", None)
        if pipeline is not None:
            pipeline.warm()
