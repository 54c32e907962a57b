"""Small helpers shared by the SDK adapters."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from difflib import SequenceMatcher
from typing import Any

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)


def zero_usage() -> dict[str, int]:
    """The usage of a canned answer (real responses always carry one; apps read it)."""
    return {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}


def wants_usage_chunk(call: Any) -> bool:
    """``stream_options={"include_usage": True}``: the stream ends with a usage chunk."""
    options = call.kwargs.get("stream_options")
    return isinstance(options, Mapping) and bool(options.get("include_usage"))


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
    pointing at the same text after a rewrite. The texts are aligned word by word
    (``difflib`` with its popular-token heuristic: a few ms for 20 KB)."""
    if old == new:
        return list(offsets)
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    a_at = list(itertools.accumulate(map(len, a), initial=0))
    b_at = list(itertools.accumulate(map(len, b), initial=0))
    ops = SequenceMatcher(None, a, b).get_opcodes()
    out: list[int] = []
    for off in offsets:
        if off >= len(old):
            out.append(len(new))
            continue
        ti = bisect.bisect_right(a_at, off) - 1  # the token holding the offset
        for tag, i1, i2, j1, j2 in ops:
            if i1 <= ti < i2:
                if tag == "equal":
                    out.append(b_at[j1 + ti - i1] + off - a_at[ti])
                else:
                    out.append(b_at[j1] if off == a_at[i1] else b_at[j2])
                break
        else:
            out.append(len(new))
    return out
