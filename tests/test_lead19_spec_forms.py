"""step() and parallel() refuse what they cannot run, naming the mistake (nineteenth session).

Before, ``parallel([])`` was accepted as an empty group (nothing ran, nothing said), and a
nested ``parallel([parallel([g])])`` or ``step(step(g))`` failed only when the pipeline was
built, with "a guard must be callable, got ParallelSpec".
"""

from __future__ import annotations

import pytest

from guardwire import Decision, Pipeline, parallel, step


def allow(text: str, ctx: object) -> Decision:
    return Decision.allow()


def test_an_empty_parallel_group_is_refused() -> None:
    with pytest.raises(ValueError, match=r"parallel\(\) needs at least one guard"):
        parallel([])


def test_a_nested_parallel_group_is_refused() -> None:
    with pytest.raises(TypeError, match="cannot be nested"):
        parallel([parallel([allow])])


def test_a_step_of_a_step_is_refused() -> None:
    with pytest.raises(TypeError, match=r"step\(\) takes a guard, got a StepSpec"):
        step(step(allow, budget_ms=10), on_error="closed")
    with pytest.raises(TypeError, match=r"got a ParallelSpec"):
        step(parallel([allow]))


def test_the_ordinary_forms_still_build() -> None:
    p = Pipeline(input=[step(allow, budget_ms=50, name="a"),
                        parallel([allow, step(allow, name="b")])])
    assert p.check_input("hi").text == "hi"
