"""The grounding guard's second layer: reading a verifier's answer (a bool, a number, a
yes/no word, an LLM judge's sentence, an NLI pipeline's label) and loading a verifier given as
``"module:function"``."""

from __future__ import annotations

import inspect
import math
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .._dotted import import_dotted
from .._policy import Policy
from ..exceptions import ConfigError

Verifier = Callable[[str, Sequence[str]], Any]


def is_async(fn: Callable[..., Any]) -> bool:
    return inspect.iscoroutinefunction(fn) or inspect.iscoroutinefunction(
        getattr(fn, "__call__", None))  # noqa: B004


_YES = frozenset(("true", "yes", "supported", "entailed", "entailment", "1"))
_NO = frozenset(("false", "no", "unsupported", "not supported", "contradiction",
                 "contradicted", "neutral", "0"))


_VERDICT = re.compile(r"\W*(?:(?:answer|verdict|label)\s*:\W*)?(not supported|unsupported|"
                      r"supported|yes|no|true|false|entailment|entailed|contradiction|neutral)"
                      r"\b", re.IGNORECASE)


def truthy(result: Any) -> bool:
    """A verifier's answer: a bool, a number (>= 0.5), or a yes/no word. Anything else (None,
    NaN, "maybe", a dict) is an error, handled by ``verifier_on_error``; it used to be read
    with ``bool()``, so "no" or "false" from an LLM judge cleared the flag. numpy and torch
    scalars count as the number or bool they hold (they were errors, which the default
    ``verifier_on_error="open"`` turned into "supported")."""
    if type(result).__module__.split(".")[0] in ("numpy", "torch") and callable(
            getattr(result, "item", None)):
        result = result.item()  # np.False_, np.float32(0.1), a 0-d array or tensor
    if isinstance(result, list | tuple) and len(result) == 1:
        result = result[0]  # a transformers pipeline: [{"label": "ENTAILMENT", "score": …}]
    if isinstance(result, Mapping) and isinstance(result.get("label"), str):
        result = result["label"]
    if isinstance(result, bool):
        return result
    if isinstance(result, int | float) and not math.isnan(result):
        return float(result) >= 0.5
    if isinstance(result, str):
        word = result.strip().strip(".!").lower()
        if word in _YES or word in _NO:
            return word in _YES
        # an LLM judge's sentence: its verdict opens it ("No, the documents…", "**Yes**",
        # "Answer: not supported")
        m = _VERDICT.match(result.lower())
        if m is not None:
            return m.group(1) in _YES
    raise TypeError(f"verifier returned {result!r}; expected a bool, a number or yes/no")


def load_verifier(verifier: Verifier | str | None) -> Verifier | None:
    if verifier is None or callable(verifier):
        return verifier
    if isinstance(verifier, str) and ":" in verifier:
        obj = import_dotted(verifier, path="verifier", what="module:function")
        if callable(obj):
            return obj  # type: ignore[no-any-return]
    raise ConfigError(f"must be a callable or a 'module:function' path, got {verifier!r}",
                      path="verifier")


def sort_outcomes(flagged: list[dict[str, Any]], outcome: dict[int, str], errors: list[str],
                  policy: Policy, noted: dict[str, Any]
                  ) -> tuple[list[dict[str, Any]], dict[str, Any], str]:
    """The flagged sentences that stay flagged after the verifier (``outcome`` by index;
    a missing one timed out), the Decision data to add, and a note for its reason.

    A sentence whose check failed or timed out and whose ``"open"`` policy cleared its flag
    passed unchecked: the data says ``degraded=True`` and lists it in ``unverified``, and the
    note says so, as for a guard's own failure under a fail-open policy. Before, such an
    answer was a plain allow, "all checked sentences are supported", with the verdict not
    degraded."""
    still = []
    for i, r in enumerate(flagged):
        state = outcome.get(i, "timeout")
        r["verifier"] = state
        if state == "unsupported" or (state == "error" and policy.on_error == "closed") or (
                state == "timeout" and policy.on_timeout == "closed"):
            still.append(r)
    states = [r["verifier"] for r in flagged]
    summary = {s: states.count(s) for s in ("supported", "unsupported", "error", "timeout")}
    extra: dict[str, Any] = {**noted, "verifier": summary}
    if errors:
        extra["verifier_errors"] = errors[:5]
    unverified = [r for r in flagged if r["verifier"] in ("error", "timeout")
                  and not any(r is k for k in still)]
    if not unverified:
        return still, extra, ""
    extra["degraded"] = True
    extra["unverified"] = [{k: r[k] for k in ("start", "end", "verifier")} for r in unverified]
    failed = ", ".join(f"{n} {s}" for s in ("error", "timeout")
                       if (n := sum(r["verifier"] == s for r in unverified)))
    note = (f"; {len(unverified)} flagged sentence(s) passed unverified: the verifier failed "
            f"({failed}) and its policy is open (verifier_on_error/verifier_on_timeout)")
    return still, extra, note
