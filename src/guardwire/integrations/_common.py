"""Small helpers shared by the SDK adapters."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from difflib import SequenceMatcher
from typing import Any


def as_stream(items: Sequence[Any], is_async: bool) -> Iterator[Any] | AsyncIterator[Any]:
    """A finished stream of ``items``: what a canned answer looks like to a ``stream=True``
    caller (an async iterator for async SDK methods)."""
    if is_async:
        return _aiter(list(items))
    return iter(list(items))


async def _aiter(items: list[Any]) -> AsyncIterator[Any]:
    for item in items:
        yield item


def field(obj: Any, name: str) -> Any:
    """``obj.name`` for SDK objects, ``obj[name]`` for plain dicts."""
    if isinstance(obj, Mapping):
        return obj.get(name)
    return getattr(obj, name, None)


def first_choice(result: Any) -> Any:
    """``result.choices[0]`` of an OpenAI-shaped response or chunk, else ``None``."""
    choices = field(result, "choices")
    if isinstance(choices, Sequence) and choices:
        return choices[0]
    return None


def copy_model(obj: Any) -> Any:
    """A deep copy of an SDK object (pydantic v2), so the caller's object is never mutated."""
    return obj.model_copy(deep=True)


def map_offsets(old: str, new: str, offsets: Sequence[int]) -> list[int]:
    """Where each offset into ``old`` lands in ``new`` (a guard's rewrite of it): exact in
    text both share, the end of the replacement inside a changed stretch. Used to keep
    provider metadata that points into the answer (text block boundaries, citation spans)
    pointing at the same text after a rewrite."""
    if old == new:
        return list(offsets)
    ops = SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    out: list[int] = []
    for off in offsets:
        for tag, i1, i2, j1, j2 in ops:
            if i1 <= off <= i2 and (tag == "equal" or off < i2 or i1 == i2):
                out.append(j1 + off - i1 if tag == "equal" else (j1 if off == i1 else j2))
                break
        else:
            out.append(len(new))
    return out
