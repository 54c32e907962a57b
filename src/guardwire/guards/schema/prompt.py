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

import json
import re
from collections.abc import Mapping, Sequence
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
    """``("items", 2, "qty")`` → ``items[2].qty``; the whole value is ``(root)``. A key that
    would read as a path (empty, or holding ``.``, a bracket or a quote) is quoted:
    ``prices["a.b"]``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif not part or _PATH_CHARS.search(part) or part != part.strip():
            out += f"[{json.dumps(part, ensure_ascii=False)}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(root)"


_PATH_CHARS = re.compile(r'[.\[\]"]')
_LINE_BREAKS = re.compile(r"\s*\n\s*")


_NO_DATA: Any = object()


def answer_errors(err: ValidationError, data: Any = _NO_DATA) -> list[dict[str, Any]]:
    """pydantic's errors (without inputs) with ``loc`` as a path in the answer's JSON.

    For a union pydantic puts the member's name or tag into ``loc`` (``pet.Cat.meows``,
    ``pet.cat.meows``) and lists every member's errors: a repair prompt then names keys that
    do not exist and asks for other members' fields (``pet.Dog.kind: Input should be 'dog'``
    next to ``pet.Cat.meows``). With the validated ``data``, a ``loc`` part that is no key or
    index at that place of the answer is such a label — when it is the tag of the object there,
    or other errors name another member at the same place — and is left out, and of the members
    of one union only the one(s) with the fewest errors are named (the one the model most likely
    meant; all of them when tied, as for ``int | str``). A ``loc`` that does not follow the
    answer otherwise (a ``model_validator`` that reshaped the data) is kept as pydantic gives
    it. Without ``data`` the errors are pydantic's.
    """
    errors = err.errors(include_url=False, include_input=False, include_context=False)
    if data is _NO_DATA:
        return [dict(e) for e in errors]
    out: list[dict[str, Any]] = []
    groups: dict[tuple[Any, ...], dict[Any, list[dict[str, Any]]]] = {}
    found = [(e, *_json_path(e["loc"], data, e["type"] == "missing")) for e in errors]
    members: dict[tuple[Any, ...], set[Any]] = {}  # the parts seen where a label may stand
    for e, _, at, _ in found:
        if at is not None:
            members.setdefault(tuple(e["loc"][:at]), set()).add(e["loc"][at])
    for e, path, at, node in found:
        if at is None:
            out.append({**e, "loc": path})
            continue
        where, member = tuple(e["loc"][:at]), e["loc"][at]
        tag = isinstance(node, dict) and member in node.values()  # `pet.cat.meows`: kind=cat
        if not tag and len(members[where]) < 2:  # no union there (a validator moved things):
            out.append(dict(e))  # pydantic's path as it is
            continue
        # errors of one union member, grouped by where the union is and which member
        groups.setdefault(where, {}).setdefault(member, []).append({**e, "loc": path})
    for by_member in groups.values():  # the closest members; all when tied (`int | str`)
        fewest = min(len(errs) for errs in by_member.values())
        for errs in by_member.values():
            if len(errs) == fewest:
                out.extend(errs)
    return out


def _json_path(loc: Sequence[int | str], data: Any,
               missing: bool) -> tuple[tuple[int | str, ...], int | None, Any]:
    """``loc`` without the parts that are no key or index of ``data`` (union labels), the index
    of the first such part (None: none), and the value of ``data`` where it stands."""
    path: list[int | str] = []
    first: int | None = None
    node, at_first = data, None
    for i, part in enumerate(loc):
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[int(part)]
        elif missing and i == len(loc) - 1 and isinstance(node, dict):
            pass  # the missing field itself
        else:
            if first is None:
                first, at_first = i, node
            continue
        path.append(part)
    return tuple(path), first, at_first


def describe_errors(err: ValidationError, data: Any = _NO_DATA) -> list[str]:
    """One ``Kind: path[: message]`` line per pydantic error (see :func:`answer_errors`)."""
    lines: list[str] = []
    for e in answer_errors(err, data):
        path = format_path(e["loc"])
        kind: str = e["type"]
        if "\n" in e["msg"]:  # a validator's message over several lines: one issue line
            e = {**e, "msg": _LINE_BREAKS.sub(" ", e["msg"].strip())}
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


def errors_for_data(err: ValidationError, data: Any = _NO_DATA) -> list[dict[str, Any]]:
    """The small, value-free error facts recorded in the Decision's data."""
    return [{"loc": format_path(e["loc"]), "type": e["type"]} for e in answer_errors(err, data)]


def issue_facts(issues: Sequence[str], errors: Sequence[Mapping[str, Any]],
                failure: str) -> dict[str, str]:
    """Each issue line → its value-free form for logs, ``type at path`` (the line's error;
    ``failure`` when the lines and errors do not pair up): a validator's message may name
    the value it refused (``Decision.to_dict`` writes these unless ``texts=True``)."""
    if len(errors) == len(issues):
        return {line: f"{e['type']} at {e['loc']}" for line, e in zip(issues, errors,
                                                                      strict=True)}
    return {line: failure or "invalid" for line in issues}


def content_text(content: Any) -> str:
    """A chat message's text (multi-part content joined), for the token budget."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # multi-part chat content
        return " ".join(str(p.get("text", "")) if isinstance(p, dict) else str(p)
                        for p in content)
    return "" if content is None else str(content)
