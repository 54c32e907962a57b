"""Decision and Verdict: what one guard said, and what a whole stage concluded."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from numbers import Real
from types import MappingProxyType
from typing import Any, Literal

Action = Literal["allow", "block", "rewrite", "reask"]
Outcome = Literal["ok", "timeout", "error"]
Stage = Literal["input", "output"]
Mode = Literal["enforce", "monitor", "off"]

_EMPTY: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Decision:
    """One guard's answer about one text.

    ``action`` says what should happen; ``outcome`` says whether the guard itself
    worked (``ok``) or the pipeline had to decide for it (``timeout``/``error``,
    after which ``action`` is what the guard's policy chose).
    """

    action: Action = "allow"
    text: str | None = None
    reason: str = ""
    score: float | None = None
    guard: str = ""
    outcome: Outcome = "ok"
    elapsed_ms: float = 0.0
    data: Mapping[str, Any] = field(default_factory=lambda: _EMPTY, hash=False)  # a dict

    @classmethod
    def allow(cls, reason: str = "", *, score: float | None = None, **data: Any) -> Decision:
        return cls("allow", None, reason, score, data=_freeze(data))

    @classmethod
    def block(cls, reason: str, score: float | None = None, **data: Any) -> Decision:
        return cls("block", None, reason, score, data=_freeze(data))

    @classmethod
    def rewrite(
        cls, text: str, reason: str = "", *, score: float | None = None, **data: Any
    ) -> Decision:
        return cls("rewrite", text, reason, score, data=_freeze(data))

    @classmethod
    def reask(cls, prompt: str, reason: str = "", **data: Any) -> Decision:
        """Ask the pipeline to call the model again with ``prompt`` (a repair request)."""
        return cls("reask", prompt, reason, data=_freeze(data))

    @property
    def fired(self) -> bool:
        """True when the guard did something (its lift): anything but a plain ok allow."""
        return self.action != "allow" or self.outcome != "ok" or bool(self.data.get("fired"))

    @property
    def degraded(self) -> bool:
        """The guard timed out or failed and its policy let the text through (or it says it
        let a failure through, with ``degraded=True`` in its data)."""
        return (self.outcome != "ok" or bool(self.data.get("degraded"))) and (
            self.action != "block")

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle and deep-copy (a mappingproxy cannot be pickled): the data goes as a dict
        and comes back read-only."""
        return (_rebuild, (self.action, self.text, self.reason, self.score, self.guard,
                           self.outcome, self.elapsed_ms, dict(self.data)))

    def stamped(self, *, guard: str, elapsed_ms: float, outcome: Outcome | None = None) -> Decision:
        return Decision(self.action, self.text, self.reason, self.score, guard,
                        outcome or self.outcome, elapsed_ms, self.data)


def malformed(d: Decision) -> str:
    """What is wrong with a Decision's reason/score/data types ("" when nothing is)."""
    if not isinstance(d.reason, str):
        return f"a {type(d.reason).__name__} reason, expected a str"
    if d.score is not None and (isinstance(d.score, bool) or not isinstance(d.score, Real)):
        return f"a {type(d.score).__name__} score, expected a number or None"
    if not isinstance(d.data, Mapping):
        return f"{type(d.data).__name__} data, expected a mapping"
    return ""


def _rebuild(action: Action, text: str | None, reason: str, score: float | None, guard: str,
             outcome: Outcome, elapsed_ms: float, data: dict[str, Any]) -> Decision:
    return Decision(action, text, reason, score, guard, outcome, elapsed_ms, _freeze(data))


def _freeze(data: dict[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(data) if data else _EMPTY


@dataclass(frozen=True, slots=True)
class Verdict:
    """The result of one stage (input or output) over one text."""

    stage: Stage
    text: str
    decisions: tuple[Decision, ...] = ()
    original: str = ""
    mode: Mode = "enforce"
    route: str | None = None

    @property
    def blocking(self) -> Decision | None:
        """The decision that blocks this stage (None in monitor mode or if nothing blocked)."""
        if self.mode != "enforce":
            return None
        for d in self.decisions:
            if d.action == "block":
                return d
        return None

    @property
    def blocked(self) -> bool:
        return self.blocking is not None

    @property
    def would_block(self) -> bool:
        """True if some guard blocked, whatever the mode (what monitor mode reports)."""
        return any(d.action == "block" for d in self.decisions)

    @property
    def reask(self) -> Decision | None:
        if self.mode != "enforce":
            return None
        for d in self.decisions:
            if d.action == "reask":
                return d
        return None

    @property
    def degraded(self) -> bool:
        """Some guard timed out or failed and its policy let the text through (or a guard
        says it let a failure through, with ``degraded=True`` in its data)."""
        return any(d.degraded for d in self.decisions)

    @property
    def rewritten(self) -> bool:
        return self.text != self.original

    def by_guard(self, name: str) -> Decision | None:
        for d in self.decisions:
            if d.guard == name:
                return d
        return None

    def summary(self) -> str:
        parts = [f"{d.guard}:{d.action}" + ("" if d.outcome == "ok" else f"/{d.outcome}")
                 for d in self.decisions]
        return f"{self.stage} " + (" ".join(parts) or "(no guards)")
