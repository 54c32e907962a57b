"""``guardwire.testing.relaxed_budgets``: a copy of a pipeline (or of a route file's routes)
with raised guard budgets, for tests of its decisions on a busy machine."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import PurePath
from typing import TYPE_CHECKING, overload

if TYPE_CHECKING:
    from ._parallel import Entry
    from ._pipeline import Pipeline

__all__ = ["relaxed_budgets"]


@overload
def relaxed_budgets(target: Pipeline, *, budget_ms: float = ...) -> Pipeline: ...
@overload
def relaxed_budgets(target: Mapping[str, Pipeline], *,
                    budget_ms: float = ...) -> dict[str, Pipeline]: ...
def relaxed_budgets(target: Pipeline | Mapping[str, Pipeline], *,
                    budget_ms: float = 60_000.0) -> Pipeline | dict[str, Pipeline]:
    """A copy of ``target`` (a Pipeline, or a mapping of them such as ``load_routes``
    returns: then a dict) in which every guard budget below ``budget_ms`` is raised to it.

    For tests that assert what a route decides: on a busy CI machine a guard can overrun a
    50 ms budget, and its decision becomes a timeout. Names, order, fail modes, companions
    and route settings are kept; a guard without a budget keeps none, and so never times
    out. Time limits inside a guard are its own options (the injection guard's
    ``scan_budget_ms``): set them under ``with``. Not for tests of a timeout itself."""
    from ._parallel import Parallel
    from ._pipeline import Pipeline
    from ._steps import Step

    if isinstance(budget_ms, bool) or not isinstance(budget_ms, int | float) or not (
            0 < budget_ms < float("inf")):
        raise ValueError(f"budget_ms must be a finite number > 0, got {budget_ms!r}")
    if isinstance(target, Mapping) and all(isinstance(p, Pipeline) for p in target.values()):
        return {name: relaxed_budgets(p, budget_ms=budget_ms) for name, p in target.items()}
    if not isinstance(target, Pipeline):
        hint = (f" (a route file: relaxed_budgets(load_routes({str(target)!r})))"
                if isinstance(target, str | PurePath) else "")
        raise TypeError(f"relaxed_budgets() takes a Pipeline or a dict of them, got "
                        f"{type(target).__name__}{hint}")

    def relax(s: Step) -> Step:
        budget = s.policy.budget_ms
        policy = s.policy if budget is None else s.policy.merged(budget_ms=max(budget,
                                                                               budget_ms))
        return Step(s.guard, s.name, policy, s.cacheable, s.is_async, s.run_in_thread,
                    s.soft_budget, s.max_threads)

    def entries(stage: tuple[Entry, ...]) -> list[Entry]:
        return [Parallel(tuple(relax(s) for s in e.steps)) if isinstance(e, Parallel)
                else relax(e) for e in stage]

    return target.override(input=entries(target.input), output=entries(target.output))
