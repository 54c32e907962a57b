"""A guard built by a decorator that adapts its call (``functools.wraps`` copies the wrapped
function's name and sets ``__wrapped__``) is checked by the signature it is called with.

``inspect.signature`` follows ``__wrapped__`` and reported the inner ``(text)``, so a
text-only check adapted to ``guard(text, ctx)`` by such a decorator, which worked before, was
refused when the pipeline was built ("a guard is called as guard(text, ctx), and
no_links(text) cannot be")."""

from __future__ import annotations

import functools
from collections.abc import Callable

import pytest

from guardwire import Context, Decision, Pipeline, step


def text_check(fn: Callable[[str], bool]) -> Callable[[str, Context], Decision]:
    @functools.wraps(fn)
    def guard(text: str, ctx: Context) -> Decision:
        return Decision.block("text check") if fn(text) else Decision.allow()
    return guard


@text_check
def no_links(text: str) -> bool:
    return "://" in text


def test_a_guard_adapted_by_a_wrapping_decorator_builds_and_runs() -> None:
    p = Pipeline(input=[no_links, step(functools.partial(no_links), name="again")])
    assert [s.name for s in p.steps("input")] == ["no_links", "again"]
    assert p.check_input("see https://x.example").blocked
    assert not p.check_input("hello").blocked


def test_a_wrapper_that_cannot_take_text_and_ctx_is_still_refused() -> None:
    def narrow(fn: Callable[[str, Context], Decision]) -> Callable[[str], Decision]:
        @functools.wraps(fn)
        def inner(text: str) -> Decision:
            return fn(text, Context())
        return inner

    @narrow
    def wide(text: str, ctx: Context) -> Decision:
        return Decision.allow()

    with pytest.raises(TypeError, match=r"a guard is called as guard\(text, ctx\)"):
        Pipeline(input=[step(wide)])  # type: ignore[arg-type]
