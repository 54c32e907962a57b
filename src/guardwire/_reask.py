"""Re-asks that cannot happen: the pipeline's block for them (:class:`ReaskCap`), a guard's
``on_exhausted = "pass"``, a re-ask from an input guard, and the ``reask_budget_ms`` and
``reask_budget_tokens`` checks, and the PII values taken out of a repair request
(:func:`hide_vault_values`)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from types import MappingProxyType

from ._context import Context
from ._decision import WITHOUT_TEXTS, Decision
from ._parallel import Entry, Parallel


@dataclass(frozen=True)
class ReaskCap:
    """A re-ask cannot happen in this stage (``why``); ``answers``: the call's raw answers."""

    why: str
    answers: tuple[str, ...]

    def block(self, ask: Decision) -> Decision:
        """The pipeline's block for a re-ask that cannot happen: ``RepairFailed`` carries
        every answer, streamed or not (a streamed one used to be a plain ``OutputBlocked``)."""
        hidden = ask.data.get(WITHOUT_TEXTS)  # the quoted reason's value-free form, kept
        return Decision.block(f"{self.why}: {ask.reason}" if ask.reason else self.why,
                              repair_failed=True, attempts=list(self.answers),
                              **({WITHOUT_TEXTS: hidden} if hidden is not None else {}))


def passed_on(entry: Entry, i: int, d: Decision, cap: ReaskCap) -> Decision:
    """A re-ask that cannot happen, from a guard whose ``on_exhausted`` is ``"pass"``: its
    own exhaustion policy decides, whichever bound ran out first (its ``max_reasks`` or the
    pipeline's, or a stream): the text goes on and the Decision says it is degraded. It used
    to become the pipeline's block (``RepairFailed``) when the pipeline's bound came first."""
    s = entry.steps[i] if isinstance(entry, Parallel) else entry
    if d.action != "reask" or getattr(s.guard, "on_exhausted", None) != "pass":
        return d
    data = {**d.data, "fired": True, "degraded": True, "exhausted_by": cap.why,
            "attempts": list(cap.answers)}
    if "rung" in data:
        data["rung"] = "failed"
    reason = f"{cap.why}; passed on (on_exhausted='pass')" + (f": {d.reason}" if d.reason
                                                              else "")
    return Decision("allow", None, reason, d.score, d.guard, d.outcome, d.elapsed_ms,
                    MappingProxyType(data))


def no_input_reask(entry: Entry, i: int, d: Decision) -> Decision:
    """A re-ask needs a model answer to repair: from an input guard it is a guard error (its
    policy decides), never a silent end of the stage that skips the guards after it."""
    if d.action != "reask":
        return d
    s = entry.steps[i] if isinstance(entry, Parallel) else entry
    return s._failure("error", "a re-ask is only possible in the output stage", d.elapsed_ms,
                      exception="ValueError")


def check_reask_budget(ms: object) -> None:
    if ms is None:
        return
    if isinstance(ms, bool) or not isinstance(ms, int | float):  # True was 1 ms
        raise TypeError(f"reask_budget_ms must be a number of milliseconds, got {ms!r}")
    if not 0 < ms <= 3_600_000:  # nan and inf fail too
        raise ValueError(f"reask_budget_ms must be > 0 and <= 3,600,000 ms, got {ms!r}")


def check_reask_tokens(n: object) -> None:
    if n is None:
        return
    if isinstance(n, bool) or not isinstance(n, int):  # True was 1 token
        raise TypeError(f"reask_budget_tokens must be an int number of tokens, got {n!r}")
    if not 1 <= n <= 1_000_000_000:  # the route files' range too
        raise ValueError(f"reask_budget_tokens must be >= 1 and <= 1,000,000,000, got {n!r}")


def tokens_cap(cap: int | None, ctx: Context) -> str | None:
    """Why the next re-ask is refused by ``reask_budget_tokens``: the tokens the call's
    re-asks reported reached it, or one reported none (the cap cannot be checked). The first
    re-ask is always made: nothing is spent yet."""
    if cap is None or ctx.reasks == 0:
        return None
    used = ctx._reask_tokens
    if used is None:
        return ("re-ask token budget cannot be checked: a re-asked answer reported no token "
                f"usage (reask_budget_tokens={cap}; a plain function's answer, or a stream "
                "without stream_options={'include_usage': True})")
    if used >= cap:
        return f"re-ask token budget spent ({used:,} tokens of reask_budget_tokens={cap})"
    return None


def hide_vault_values(text: str, vault: Iterable[tuple[str, str]]) -> str:
    """``text`` with each value of the PII vault (``(placeholder, value)`` pairs) put back to
    its placeholder: as written (anywhere), in another case (as a whole word: a short value
    must not eat into other words), and as a Python ``repr`` or a JSON string writes it
    (``\\u00eb`` for ``ë``, ``\\"`` for a quote). A guard's repair request may quote a
    restored value through a validator (``value.upper()``, ``{value!r}``, ``json.dumps``);
    only the exact value was replaced before, so the others reached the model."""
    forms: dict[str, str] = {}
    for placeholder, value in vault:
        if not isinstance(value, str) or not value:
            continue
        for form in (value, json.dumps(value)[1:-1], json.dumps(value, ensure_ascii=False)[1:-1],
                     repr(value)[1:-1]):
            if form:
                forms.setdefault(form, placeholder)
    if not forms:
        return text
    ordered = sorted(forms, key=len, reverse=True)  # the longest first: one may hold another
    pattern = "|".join(f"({re.escape(f)}|(?i:(?<!\\w){re.escape(f)}(?!\\w)))" for f in ordered)
    return re.sub(pattern, lambda m: forms[ordered[(m.lastindex or 1) - 1]], text)
