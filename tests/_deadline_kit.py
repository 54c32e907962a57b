"""A fake clock for the guard deadline (``guardwire._deadline.clock``): tests that count a
guard's units of work swap it in, so whether the budget is spent never depends on the
machine's speed."""

from __future__ import annotations


class Tick:
    """A fake deadline clock: each read advances it by ``step_s`` seconds."""

    def __init__(self, step_s: float) -> None:
        self.t, self.step_s = 0.0, step_s

    def __call__(self) -> float:
        self.t += self.step_s
        return self.t
