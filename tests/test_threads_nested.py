"""A guard that calls a guarded function whose pipeline runs this same guard (a judge that
asks the guarded model, a moderation guard reused on its own prompt) must not wait behind
itself for one of its own threads: before, with every thread of the step taken by the calls
doing the asking (``max_threads=1``: the one calling), the nested call queued until its budget
ran out and both calls timed out."""

from __future__ import annotations

import threading
import time

import anyio
import pytest

from guardwire import Context, Decision, Pipeline, guarded, step


class Asker:
    """On "outer", checks "inner" through the guarded function and reports what it saw."""

    name = "asker"

    def __init__(self, callers: int = 1) -> None:
        self.nested: list[str] = []
        self.fn: object = None
        self.all_in = threading.Barrier(callers)  # every caller holds a thread before asking

    def __call__(self, text: str, ctx: Context) -> Decision:
        if text.startswith("outer"):
            self.all_in.wait(10)
            answer = self.fn("inner")  # type: ignore[operator]
            self.nested.append(answer)
        return Decision.allow()


def _pipeline(asker: Asker, limit: int) -> Pipeline:
    return Pipeline(input=[step(asker, budget_ms=3000, on_timeout="closed", max_threads=limit)])


@pytest.mark.parametrize("limit", [1, 2])
def test_a_nested_call_does_not_wait_behind_its_own_caller(limit: int) -> None:
    asker = Asker(callers=limit)
    p = _pipeline(asker, limit)
    asker.fn = guarded(lambda prompt: f"model: {prompt}", pipeline=p)
    t0 = time.perf_counter()
    # `limit` outer calls at once hold every thread of the step while they ask
    verdicts: list[object] = []
    threads = [threading.Thread(target=lambda: verdicts.append(p.check_input("outer")))
               for _ in range(limit)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - t0
    outcomes = [d.outcome for v in verdicts for d in v.decisions]  # type: ignore[attr-defined]
    assert outcomes == ["ok"] * limit, (outcomes, elapsed)
    assert asker.nested == ["model: inner"] * limit


def test_a_nested_call_under_an_async_caller() -> None:
    asker = Asker()
    p = _pipeline(asker, 1)
    asker.fn = guarded(lambda prompt: f"model: {prompt}", pipeline=p)

    async def main() -> list[str]:
        verdict = await p.acheck_input("outer")
        return [d.outcome for d in verdict.decisions]

    assert anyio.run(main) == ["ok"]
    assert asker.nested == ["model: inner"]


def test_a_nested_call_keeps_its_budget() -> None:
    """The nested call still runs on a thread of its own (not inline in its caller), so its
    budget holds: a nested call that hangs times out, and the asking guard hears so then,
    not when the hung call returns."""
    release, heard = threading.Event(), threading.Event()
    seen: list[str] = []

    class Nested:
        name = "nested"

        def __call__(self, text: str, ctx: Context) -> Decision:
            if text == "inner":
                release.wait(30)
                return Decision.allow()
            seen.append(p.check_input("inner").decisions[0].outcome)
            heard.set()
            return Decision.allow()

    p = Pipeline(input=[step(Nested(), budget_ms=200, on_timeout="open", max_threads=1)])
    try:
        p.check_input("outer")  # times out itself: it waits for the nested call's 200 ms
        assert heard.wait(20), "the nested call ran past its budget"
    finally:
        release.set()
    assert seen == ["timeout"]
