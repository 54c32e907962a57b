"""Your own guard: write it, name it in a route file, choose what happens when it fails.

    python examples/custom_guard.py --offline     # always offline: the model is a FakeLLM

1. ``BannedWords`` is a plain class with ``__call__(text, ctx) -> Decision``
   (docs/writing_guards.md); ``register_guard`` makes it usable in a route file as
   ``{ use = "banned_words", with = {...} }``.
2. ``Moderation`` stands for a remote check that can be down. The same guard is fail-open on one
   route (the answer goes through, the verdict is marked degraded) and fail-closed on another
   (the call is blocked), set per route entry with ``on_error``.
"""

from __future__ import annotations

import sys
import tomllib
from typing import ClassVar

from _show import heading, parse_args, print_decisions

from guardwire import (
    ConfigError,
    Context,
    Decision,
    InputBlocked,
    Policy,
    build_routes,
    guarded,
    register_guard,
)
from guardwire.testing import FakeLLM


class BannedWords:
    """Block texts that contain one of ``words`` (case-insensitive, whole words)."""

    name: ClassVar[str] = "banned_words"
    default_policy: ClassVar[Policy] = Policy.fail_closed(budget_ms=20)
    cacheable: ClassVar[bool] = True
    soft_budget: ClassVar[bool] = True  # a set lookup: bounded by design, no thread hop

    def __init__(self, words: list[str]) -> None:
        if not words or not all(isinstance(w, str) and w for w in words):
            raise ConfigError("needs a non-empty list of non-empty strings", path="words")
        self.words = {w.casefold() for w in words}

    def __call__(self, text: str, ctx: Context) -> Decision:
        found = sorted(self.words & {w.strip(".,!?") for w in text.casefold().split()})
        if found:
            return Decision.block(f"contains a banned word: {found[0]}", words=found)
        return Decision.allow()


class Moderation:
    """A remote moderation call; here the service is down and every call raises."""

    name: ClassVar[str] = "moderation"
    cacheable: ClassVar[bool] = True

    def __call__(self, text: str, ctx: Context) -> Decision:
        raise ConnectionError("moderation service unreachable")


ROUTES = """
[routes.chat]
input = [
  "normalize",
  { use = "banned_words", with = { words = ["falcon", "kestrel"] } },
  { use = "moderation", on_error = "open" },
]

[routes.strict]
extends = "chat"
input = ["normalize", { use = "moderation", on_error = "closed" }]
"""


def main() -> int:
    parse_args("A custom guard in a route file, fail-open and fail-closed.")
    register_guard("banned_words", BannedWords)
    register_guard("moderation", Moderation)
    routes = build_routes(tomllib.loads(ROUTES), source="custom_guard.py:ROUTES")

    llm = FakeLLM(lambda prompt: f"(model) answering: {prompt}")
    for route, text in [("chat", "When does Project Falcon launch?"),
                        ("chat", "When does the new app launch?"),
                        ("strict", "When does the new app launch?")]:
        heading(f"route {route}, user: {text}")
        ask = guarded(llm.complete, pipeline=routes[route])
        ctx = Context()
        try:
            print(f"  answer: {ask(text, guard_ctx=ctx)}")
        except InputBlocked as exc:
            print(f"  InputBlocked: {exc}")
        print(f"  degraded: {any(v.degraded for v in ctx.verdicts)}")
        print_decisions(ctx)

    heading("a bad option in the route file")
    try:
        build_routes({"routes": {"x": {"input": [{"use": "banned_words",
                                                 "with": {"words": []}}]}}}, source="x.toml")
    except ConfigError as exc:
        print(f"  ConfigError: {exc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
