"""What one pass down the schema ladder's local rungs gave, and the re-ask outcomes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from ..._decision import Decision
from . import duplicates
from .duplicates import DuplicateKeys
from .prompt import (
    describe_errors,
    duplicate_issue,
    errors_for_data,
    inexact_issue,
    overflow_issue,
)

NO_RAW: Any = object()


@dataclass(slots=True)
class Outcome:
    """What one pass down the local rungs gave: a value, or the issues to re-ask about."""

    value: Any = None
    ok: bool = False
    rung: str = ""
    extracted: bool = False
    repairs: tuple[str, ...] = ()
    failure: str = ""
    issues: list[str] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    raw: Any = NO_RAW  # the answer's parsed JSON (slow path); else the text is that JSON
    source: str = ""  # the JSON text that reads as ``raw`` with numbers as written, if any


def exhausted(reason: str, why: str, failure: str, state: dict[str, Any], passes: bool
              ) -> Decision:
    """The Decision once the re-asks are spent: ``block`` (→ ``RepairFailed``) or, with
    ``on_exhausted="pass"`` (``passes``), a degraded ``allow``; with every attempt's answer
    and issue lines, and each line's value-free form for logs (``without_texts``)."""
    data: dict[str, Any] = dict(rung="failed", failure=failure, exhausted_by=why,
                                attempts=list(state["attempts"]),
                                errors=[list(e) for e in state["errors"]],
                                without_texts=dict(state["plain"]))
    if passes:
        return Decision.allow(reason, fired=True, degraded=True, **data)
    return Decision.block(reason, repair_failed=True, **data)


def inexact_outcome(paths: list[str]) -> Outcome:
    return Outcome(failure="invalid", issues=[inexact_issue(p) for p in paths],
                   errors=[{"loc": p, "type": "decimal_inexact"} for p in paths])


def overflow_outcome() -> Outcome:
    return Outcome(failure="not_json", issues=[overflow_issue()],
                    errors=[{"loc": "(root)", "type": "number_too_large"}])


def invalid(exc: ValidationError, data: Any = NO_RAW) -> Outcome:
    """The re-ask for a validation error; ``data`` (the validated JSON value) lets the paths
    leave out union labels (:func:`.prompt.answer_errors`)."""
    if data is NO_RAW:
        return Outcome(failure="invalid", issues=describe_errors(exc) or [str(exc)],
                       errors=errors_for_data(exc))
    return Outcome(failure="invalid", issues=describe_errors(exc, data) or [str(exc)],
                   errors=errors_for_data(exc, data))


# whole-answer readings of the local repair that, when the type rejects them at the root,
# are better explained as "not one JSON value" than as a type error
_WHOLE_ANSWER_READS = {
    "several values read as a list": "there are several JSON values",
    "values separated by commas or lines read as a list": "there are several JSON values",
    "a bare word read as a string": "a bare word is not JSON",
}


def whole_answer_misread(repairs: tuple[str, ...], exc: ValidationError) -> str | None:
    """The answer's whole-value reading explains the error better than the error's path.

    At the root always; for values read as a list, also when an item itself has the wrong
    type (``[1, 2]\n[3, 4]`` for ``list[int]``: "[0]: Input should be a valid integer" would
    send the model after an item it never wrote as one).
    """
    why = next((_WHOLE_ANSWER_READS[r] for r in repairs if r in _WHOLE_ANSWER_READS), None)
    if why is None:
        return None
    errors = exc.errors(include_url=False)
    if not any(e["loc"] for e in errors):
        return why
    listed = why == "there are several JSON values"
    return why if listed and any(len(e["loc"]) == 1 and e["type"] != "missing"
                                 for e in errors) else None


def json_in_string(value: Any) -> Any:
    """The object or array a string answer holds as strict JSON, or ``None``."""
    if not isinstance(value, str) or value.lstrip()[:1] not in ("{", "["):
        return None
    try:
        inner = duplicates.loads(value)
    except (ValueError, RecursionError):
        return None
    return inner if isinstance(inner, dict | list) else None


def raw_of_fast_path(text: str, out: Outcome) -> Outcome:
    """The fast path's answer read once more by ``json.loads``, keys checked for repeats.

    pydantic's parser keeps the last of a key written twice; the check costs one
    ``json.loads`` with a hook (~18 µs on 2 KB), whose value replaces the ``from_json`` that
    deciding ``allow``/``rewrite`` needed anyway (~6 µs).
    """
    try:
        raw = duplicates.loads(text)
    except DuplicateKeys as exc:
        return duplicates_outcome(tuple(exc.paths))
    except (ValueError, RecursionError):  # read by pydantic's parser only: nothing to compare
        return out
    out.raw = raw  # (dataclasses.replace costs a third of the check)
    return out


def duplicated(text: str) -> Outcome | None:
    """The re-ask for keys written twice in a JSON text that failed validation, if any."""
    try:
        duplicates.loads(text)
    except DuplicateKeys as exc:
        return duplicates_outcome(tuple(exc.paths))
    except (ValueError, RecursionError):
        pass
    return None


def duplicates_outcome(paths: tuple[str, ...]) -> Outcome:
    return Outcome(failure="not_json", issues=[duplicate_issue(p) for p in paths],
                    errors=[{"loc": p, "type": "duplicate_key"} for p in paths])




# keys that name no field of their own: a model's envelope around the answer
_WRAPPER_KEYS = frozenset({
    "result", "results", "data", "response", "output", "outputs", "answer", "json", "value",
    "object", "item", "items", "payload", "content", "body", "record", "records", "list",
    "array", "finalanswer", "structuredoutput", "jsonoutput"})


def _folded(name: str) -> str:
    return "".join(c for c in name.casefold() if c.isalnum())


def wrapped(value: Any, type_label: str = "") -> tuple[str, Any] | None:
    """``(key, inner)`` when ``value`` is an object of one key holding an object or array
    (``{"result": {…}}``, ``{"data": […]}``) and the key is an envelope: a generic one
    (``result``, ``data``, ``response``, …) or the type's own name (``{"person": {…}}`` for
    ``Person``). Any other key (``{"manager": {…}}`` for ``Person``) may name a different
    thing than the type asks for, so it is not unwrapped."""
    if not isinstance(value, dict) or len(value) != 1:
        return None
    ((key, inner),) = value.items()
    if not isinstance(inner, dict | list) or not isinstance(key, str):
        return None
    k, label = _folded(key), _folded(type_label)
    envelope = k in _WRAPPER_KEYS or (bool(label) and k in (label, label + "s", label + "es"))
    return (key, inner) if envelope else None
