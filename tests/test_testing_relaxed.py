"""``guardwire.testing.relaxed_budgets``: a route loaded from a file, with every guard budget
raised, so a test of its decisions does not depend on how busy the machine is. Before, a
test of the embedded or example routes ran their 50 ms budgets (normalize, abuse_gate,
citations, footnotes, grounding) and a loaded CI machine could turn a decision into a
timeout; tests had no documented way to lift them short of rewriting the route file."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from guardwire import Context, Decision, Pipeline, Policy, Registry, load_routes, parallel, step
from guardwire.config import BUILTIN_GUARDS
from guardwire.testing import relaxed_budgets


class Slow:
    """A guard that takes 80 ms: over any budget below that, whatever the machine."""

    name = "slow"
    default_policy = Policy.fail_closed(budget_ms=20)

    def __call__(self, text: str, ctx: Context) -> Decision:
        time.sleep(0.08)
        return Decision.rewrite(text + "!", "slow but done")


def test_a_guard_over_its_budget_runs_to_its_decision() -> None:
    p = Pipeline(input=[Slow()])
    timed_out = p.check_input("hi")
    assert timed_out.blocked and timed_out.decisions[0].outcome == "timeout"
    relaxed = relaxed_budgets(p)
    v = relaxed.check_input("hi")
    assert not v.blocked and v.text == "hi!" and v.decisions[0].outcome == "ok"
    assert p.check_input("hi").decisions[0].outcome == "timeout"  # the original is unchanged


def test_only_budgets_change(tmp_path: Path) -> None:
    reg = Registry(BUILTIN_GUARDS)
    reg.register("slow", Slow)
    cfg = tmp_path / "g.toml"
    cfg.write_text('version = "v1"\n[routes.a]\nmode = "monitor"\non_block = "respond"\n'
                   'input = [{ use = "slow", on_timeout = "open" }, "normalize", '
                   '{ parallel = ["abuse_gate", { use = "slow", name = "slow2" }] }, "pii"]\n'
                   'output = [{ use = "citations", budget_ms = 90000 }]\n', encoding="utf-8")
    routes = load_routes(cfg, registry=reg)
    relaxed = relaxed_budgets(routes)
    assert isinstance(relaxed, dict) and list(relaxed) == ["a"]
    before, after = routes["a"].describe(), relaxed["a"].describe()
    for stage in ("input", "output"):
        old = [s for e in before[stage] for s in e.get("parallel", [e])]
        new = [s for e in after[stage] for s in e.get("parallel", [e])]
        assert [s["guard"] for s in new] == [s["guard"] for s in old]
        for o, n in zip(old, new, strict=True):
            # a higher one stays; none stays none (pii_restore)
            assert n["budget_ms"] == (None if o["budget_ms"] is None
                                      else max(o["budget_ms"], 60_000))
            assert (n["on_error"], n["on_timeout"], n["kind"]) == (
                o["on_error"], o["on_timeout"], o["kind"])
    assert [s["guard"] for s in after["output"]] == ["citations", "pii_restore"]
    for key in ("mode", "on_block", "block_response", "version", "max_reasks", "stream_mode"):
        assert after[key] == before[key]
    assert relaxed_budgets(routes["a"], budget_ms=5_000).describe()["input"][0][
        "budget_ms"] == 5_000


def test_a_guard_without_a_budget_keeps_none() -> None:
    p = Pipeline(input=[step(Slow(), budget_ms=None), parallel([step(Slow(), name="b")])])
    steps = relaxed_budgets(p).steps("input")
    assert [s.policy.budget_ms for s in steps] == [None, 60_000]


@pytest.mark.parametrize("bad", [0, -1, float("inf"), True, "60s"])
def test_a_bad_budget_is_refused(bad: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        relaxed_budgets(Pipeline(input=[Slow()]), budget_ms=bad)  # type: ignore[arg-type]


def test_something_else_than_a_pipeline_is_refused() -> None:
    with pytest.raises(TypeError, match="a Pipeline or a dict of them"):
        relaxed_budgets([Pipeline()])  # type: ignore[arg-type]


def test_a_route_file_path_says_to_load_it_first(tmp_path: Path) -> None:
    # before: "relaxed_budgets() takes a Pipeline or a dict of them, got str"
    for target in ("guardwire.toml", tmp_path / "guardwire.toml"):
        with pytest.raises(TypeError, match=r"relaxed_budgets\(load_routes\("):
            relaxed_budgets(target)  # type: ignore[call-overload]
