"""Decision and Verdict: what one guard said, and what a whole stage concluded."""

from __future__ import annotations

import enum
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, time
from numbers import Integral, Real
from types import MappingProxyType
from typing import Any, Literal

from ._context import Vault

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

    def to_dict(self, *, texts: bool = False) -> dict[str, Any]:
        """This Decision as plain JSON-ready values (``json.dumps`` takes it), for logs.

        ``dataclasses.asdict`` cannot copy the read-only ``data``; use this. Texts of the
        call are left out unless ``texts=True``: the rewritten text or re-ask prompt
        (``text``), the raw model answers in ``data["attempts"]`` (a schema ladder's, a
        re-ask refused by the pipeline) and AbuseGate's ``data["unit"]`` (the repeated part of
        the input, also written ``<text>`` where the reason quotes it); a text the guard listed
        in ``data["without_texts"]`` (``{text: what to write instead}``: a SchemaGuard's
        issue lines, whose validator messages may name the refused value) is written as its
        replacement wherever the reason or ``data`` holds it (:attr:`reason_without_texts`).
        ``reason`` and the rest of ``data`` are kept as the guard wrote them (the built-ins
        put counts and rule ids there), with ``fired`` and ``degraded`` added;
        ``without_texts`` itself is never written. A PII vault is never written out."""
        data = self.data if isinstance(self.data, Mapping) else {}
        hidden = _hidden_keys(data)
        swaps = [] if texts else _swaps(data)
        reason = self.reason if texts else self.reason_without_texts
        out: dict[str, Any] = {"guard": self.guard, "action": self.action,
                               "outcome": self.outcome, "reason": _plain(reason),
                               "score": _plain(self.score), "elapsed_ms": self.elapsed_ms,
                               "fired": self.fired, "degraded": self.degraded}
        if texts:
            out["text"] = self.text
        out["data"] = {str(k): _swapped(_plain(v), swaps) for k, v in data.items()
                       if k != WITHOUT_TEXTS and (texts or k not in hidden)}
        return out

    @property
    def reason_without_texts(self) -> str:
        """``reason`` as :meth:`to_dict` writes it by default: a text of the call it quotes
        (a ``data["without_texts"]`` text, AbuseGate's repeated part) replaced."""
        reason = self.reason
        data = self.data if isinstance(self.data, Mapping) else {}
        if not isinstance(reason, str):  # a malformed Decision's (see malformed())
            return reason
        for text, instead in _swaps(data):
            reason = reason.replace(text, instead)
        for key in _hidden_keys(data):  # a text key's value quoted in the reason
            value = data.get(key)
            if isinstance(value, str) and value.strip():
                reason = reason.replace(value, "<text>")
        return reason


def malformed(d: Decision) -> str:
    """What is wrong with a Decision's reason/score/data types ("" when nothing is)."""
    if not isinstance(d.reason, str):
        return f"a {type(d.reason).__name__} reason, expected a str"
    if d.score is not None and (isinstance(d.score, bool) or not isinstance(d.score, Real)):
        return f"a {type(d.score).__name__} score, expected a number or None"
    if d.score is not None and not math.isfinite(d.score):  # (a NaN reached the logs)
        return f"a {d.score!r} score, expected a finite number or None"
    if not isinstance(d.data, Mapping):
        return f"{type(d.data).__name__} data, expected a mapping"
    return ""


def _rebuild(action: Action, text: str | None, reason: str, score: float | None, guard: str,
             outcome: Outcome, elapsed_ms: float, data: dict[str, Any]) -> Decision:
    return Decision(action, text, reason, score, guard, outcome, elapsed_ms, _freeze(data))


def _freeze(data: dict[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(data) if data else _EMPTY


# data keys that hold texts of the call (raw answers); AbuseGate's repetition block adds
# "unit", the repeated part of the input (also masked where its reason quotes it)
_TEXT_KEYS = frozenset({"attempts"})

#: the data key of a Decision naming texts of the call its reason or data quote, with what a
#: log writes instead: ``{text: replacement}`` (:meth:`Decision.to_dict` without ``texts``)
WITHOUT_TEXTS = "without_texts"


def _hidden_keys(data: Mapping[Any, Any]) -> frozenset[str]:
    return _TEXT_KEYS | ({"unit"} if data.get("check") == "repetition" else frozenset())


def _swaps(data: Mapping[Any, Any]) -> list[tuple[str, str]]:
    """``data["without_texts"]``'s pairs, the longest text first (one may hold another)."""
    given = data.get(WITHOUT_TEXTS)
    if not isinstance(given, Mapping):
        return []
    pairs = [(k, v) for k, v in given.items() if isinstance(k, str) and k.strip()
             and isinstance(v, str)]
    return sorted(pairs, key=lambda p: -len(p[0]))


def _swapped(value: Any, swaps: list[tuple[str, str]]) -> Any:
    """``value`` (JSON types) with each text of ``swaps`` replaced in its strings."""
    if not swaps:
        return value
    if isinstance(value, str):
        for text, instead in swaps:
            value = value.replace(text, instead)
        return value
    if isinstance(value, dict):
        return {k: _swapped(v, swaps) for k, v in value.items()}
    if isinstance(value, list):
        return [_swapped(v, swaps) for v in value]
    return value


def _plain(value: Any, depth: int = 0) -> Any:
    """``value`` as JSON types: mappings → dicts with str keys, sequences and sets → lists,
    dates → ISO strings, enums → their values, anything else → ``str`` (a vault: only its
    size, never its mapping)."""
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, Vault):  # a placeholder mapping never leaves the process
        return f"<vault: {len(value)} entries>"
    if depth > 20:
        return repr(value)[:200]
    if isinstance(value, enum.Enum):
        return _plain(value.value, depth + 1)
    if isinstance(value, Mapping):
        return {str(k): _plain(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v, depth + 1) for v in value]
    if isinstance(value, set | frozenset):
        return sorted((_plain(v, depth + 1) for v in value), key=repr)
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, Decision | Verdict):
        return value.to_dict()
    if isinstance(value, Integral):  # numpy's integers, say
        return int(value)
    if isinstance(value, Real):
        return float(value)
    return str(value)


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

    def to_dict(self, *, texts: bool = False) -> dict[str, Any]:
        """This Verdict as plain JSON-ready values (``json.dumps`` takes it), for logs:
        ``stage``, ``route``, ``mode``, ``blocked``, ``would_block``, ``degraded``,
        ``rewritten``, ``summary`` and ``decisions`` (each :meth:`Decision.to_dict`).

        Texts of the call are left out unless ``texts=True`` (as spans leave them out unless
        ``record_text=True``): then ``text`` (the stage's final text) and ``original`` (the
        text it was given: for the input stage, the user's words before the PII redactor)
        are added, and each decision's ``text`` and ``data["attempts"]``. The PII vault (the
        placeholder → value mapping) is never part of it. ``dataclasses.asdict`` fails on the
        decisions' read-only ``data``: use this."""
        out: dict[str, Any] = {"stage": self.stage, "route": self.route, "mode": self.mode,
                               "blocked": self.blocked, "would_block": self.would_block,
                               "degraded": self.degraded, "rewritten": self.rewritten,
                               "summary": self.summary(),
                               "decisions": [d.to_dict(texts=texts) for d in self.decisions]}
        if texts:
            out["text"], out["original"] = self.text, self.original
        return out

    def summary(self) -> str:
        parts = [f"{d.guard}:{d.action}" + ("" if d.outcome == "ok" else f"/{d.outcome}")
                 for d in self.decisions]
        return f"{self.stage} " + (" ".join(parts) or "(no guards)")
