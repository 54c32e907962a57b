"""Two guards of one name in one stage are refused in code as in a route file (a ConfigError
naming both places). Before, ``Pipeline(input=[a, a])`` was built: both decisions carried one
name, so ``verdict.by_guard(name)`` showed only the first (the second's failure read as the
first's pass), their spans and metrics were counted as one guard's, and they shared one
``ctx.guard_state`` scratch dict."""

from __future__ import annotations

import pytest

from guardwire import ConfigError, Context, Decision, Pipeline, Policy, parallel, step
from guardwire.config import build_routes
from guardwire.guards.pii import PIIRedactor, PIIRestorer


def check(text: str, ctx: Context) -> Decision:
    return Decision.allow()


def broken(text: str, ctx: Context) -> Decision:
    raise RuntimeError("down")


broken.__name__ = "check"  # another guard of the same name


def test_the_same_guard_twice_in_a_stage_is_refused_as_in_a_route_file() -> None:
    with pytest.raises(ConfigError) as info:
        Pipeline(input=[check, check])
    assert info.value.path == "input[1]"
    assert "the name 'check' is already used by input[0]" in str(info.value)
    assert isinstance(info.value, ValueError)  # what `except ValueError` code caught before
    with pytest.raises(ConfigError) as from_file:
        build_routes({"routes": {"r": {"input": ["normalize", "normalize"]}}})
    assert "is already used by routes.r.input[0]" in str(from_file.value)


def test_a_failure_is_not_hidden_behind_a_pass_of_the_same_name() -> None:
    with pytest.raises(ConfigError, match=r"output\[0\]\.parallel\[1\]: the name 'check'"):
        Pipeline(output=[parallel([check, step(broken, on_error="open")])])
    with pytest.raises(ConfigError, match=r"input\[1\]: the name 'check'"):
        Pipeline(input=[check, step(broken, on_error="open")], policy=Policy())
    p = Pipeline(input=[check, step(broken, name="check_2", on_error="open")])
    v = p.check_input("hi")
    assert [d.guard for d in v.decisions] == ["check", "check_2"]
    assert v.by_guard("check_2").outcome == "error" and v.degraded  # type: ignore[union-attr]


def test_one_guard_in_both_stages_and_a_companion_listed_by_hand_are_fine() -> None:
    p = Pipeline(input=[check], output=[check])
    assert [s.name for s in p.steps("output")] == ["check"]
    p = Pipeline(input=[PIIRedactor(ner="off")], output=[PIIRestorer()])
    assert [s.name for s in p.steps("output")] == ["pii_restore"]


def test_an_output_guard_named_like_the_pii_restorer_is_refused() -> None:
    """It took the restorer's place: the companion was skipped, so placeholders reached the
    user (a route file refused this already)."""
    with pytest.raises(ConfigError, match="'pii_restore' belongs to the guard that 'pii'"):
        Pipeline(input=[PIIRedactor(ner="off")], output=[step(check, name="pii_restore")])
