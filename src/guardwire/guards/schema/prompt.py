"""Rung 4 of the schema ladder: the repair prompt, naming only what is broken.

The prompt lists one line per problem, by field path, in three kinds (the seed wording)::

    You did not follow the contract. Fix ONLY the following issues:
    - Missing: customer.email
    - Format error: items[2].qty: Input should be a valid integer
    - Constraint violation: rating: Input should be less than or equal to 5
    Return the corrected output only.

The previous answer itself is not repeated here: the pipeline attaches it to the re-ask.
Error messages come from pydantic without the offending input values, so a value the model
wrote (possibly personal data) is not echoed back.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError

HEADER = "You did not follow the contract. Fix ONLY the following issues:"
FOOTER = "Return the corrected output only."
MAX_ISSUES = 20

# pydantic error types that mean "wrong shape/type" rather than "right type, bad value"
_FORMAT_TYPES = frozenset({
    "json_invalid", "json_type", "model_type", "model_attributes_type", "dataclass_type",
    "is_instance_of", "is_subclass_of", "union_tag_invalid", "union_tag_not_found",
    "invalid_key", "none_required",
})


def format_path(loc: Sequence[int | str]) -> str:
    """``("items", 2, "qty")`` → ``items[2].qty``; the whole value is ``(root)``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(root)"


def describe_errors(err: ValidationError) -> list[str]:
    """One ``Kind: path[: message]`` line per pydantic error."""
    lines: list[str] = []
    for e in err.errors(include_url=False, include_input=False, include_context=False):
        path = format_path(e["loc"])
        kind: str = e["type"]
        if kind == "missing":
            lines.append(f"Missing: {path}")
        elif kind == "extra_forbidden":
            lines.append(f"Format error: {path}: field not allowed, remove it")
        elif kind in _FORMAT_TYPES or kind.endswith(("_type", "_parsing")):
            lines.append(f"Format error: {path}: {e['msg']}")
        else:
            lines.append(f"Constraint violation: {path}: {e['msg']}")
    return lines


def repair_prompt(issues: Sequence[str]) -> str:
    """The re-ask text for these issue lines (at most :data:`MAX_ISSUES` are listed)."""
    shown = list(issues[:MAX_ISSUES])
    if len(issues) > MAX_ISSUES:
        shown.append(f"... and {len(issues) - MAX_ISSUES} more issues of the same kinds")
    body = "\n".join(f"- {line}" for line in shown)
    return f"{HEADER}\n{body}\n{FOOTER}"


def truncation_issue() -> str:
    return ("Format error: your answer was cut off before the JSON value was complete. "
            "Return the whole JSON value, shorter if needed")


def duplicate_issue(path: str) -> str:
    return (f"Format error: {path}: this key is written more than once in the same object. "
            "Write it once, with the value you mean")


def inexact_issue(path: str) -> str:
    return (f"Format error: {path}: the number has more digits than can be read exactly. "
            "Write it as a JSON string of digits")


def overflow_issue() -> str:
    return ("Format error: a number in the answer is too large to be read (it overflows to "
            "infinity). Write it within the range of a 64-bit float")


def not_json_issue(problem: str) -> str:
    detail = f" ({problem})" if problem else ""
    return f"Format error: the answer is not a single valid JSON value{detail}. " \
           "Return only the JSON value, without prose"


def errors_for_data(err: ValidationError) -> list[dict[str, Any]]:
    """The small, value-free error facts recorded in the Decision's data."""
    return [{"loc": format_path(e["loc"]), "type": e["type"]}
            for e in err.errors(include_url=False, include_input=False, include_context=False)]
