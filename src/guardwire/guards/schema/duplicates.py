"""Duplicate keys: ``{"total": 5, "total": 7}`` is re-asked, never read as one of them.

``json.loads``, pydantic's parser, ``ast.literal_eval`` and json-repair all keep the last value
of a key written twice in one object, silently. Which one the model meant is a guess, so every
rung of the ladder that reads an object checks for it: :func:`loads` (``json.loads`` that
raises :class:`DuplicateKeys` with the paths), :func:`in_literal` (a Python literal's syntax
tree) and :func:`in_tokens` (the dialect passes' tokens, before json-repair).
"""

from __future__ import annotations

import ast
import json
from collections.abc import Callable
from typing import Any

from .prompt import format_path


class DuplicateKeys(Exception):  # not a ValueError: no rung may catch it
    """The answer writes a key more than once in one object; ``paths`` name each such key."""

    def __init__(self, paths: list[str]) -> None:
        super().__init__(", ".join(paths))
        self.paths = paths


class _Found(Exception):
    pass


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    d = dict(pairs)
    if len(d) != len(pairs):
        raise _Found
    return d


class _Marked(dict[str, Any]):
    """An object whose keys were written more than once (only built to name them)."""

    dups: list[str]


def _marking(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    d = _Marked(pairs)
    seen: set[str] = set()
    d.dups = [k for k, _ in pairs if k in seen or seen.add(k)]  # type: ignore[func-returns-value]
    return d


def loads(text: str, *, strict: bool = True, parse_constant: Any = None) -> Any:
    """``json.loads(text)`` that raises :class:`DuplicateKeys` instead of keeping the last."""
    try:
        return json.loads(text, strict=strict, object_pairs_hook=_unique,
                          parse_constant=parse_constant)
    except _Found:
        raise DuplicateKeys(_paths(json.loads(text, strict=strict, object_pairs_hook=_marking,
                                              parse_constant=parse_constant))) from None


def decoder() -> json.JSONDecoder:
    """A ``JSONDecoder`` (for ``raw_decode``) that raises :class:`DuplicateKeys`."""
    return _Decoder()


class _Decoder(json.JSONDecoder):
    def __init__(self) -> None:
        super().__init__(object_pairs_hook=_unique)

    def raw_decode(self, s: str, idx: int = 0) -> tuple[Any, int]:
        try:
            return super().raw_decode(s, idx)
        except _Found:
            value, _ = json.JSONDecoder(object_pairs_hook=_marking).raw_decode(s, idx)
            raise DuplicateKeys(_paths(value)) from None


def _paths(value: Any) -> list[str]:
    found: list[str] = []
    stack: list[tuple[tuple[int | str, ...], Any]] = [((), value)]
    while stack:
        path, v = stack.pop()
        if isinstance(v, dict):
            found.extend(format_path((*path, k)) for k in getattr(v, "dups", ()))
            stack.extend(((*path, k), x) for k, x in reversed(v.items()))
        elif isinstance(v, list):
            stack.extend(((*path, i), x) for i, x in reversed(list(enumerate(v))))
    return list(dict.fromkeys(found))


def in_literal(node: ast.AST) -> list[str]:
    """The paths of keys written twice in a Python literal's syntax tree (``{'a': 1, 'a': 2}``)."""
    found: list[str] = []
    stack: list[tuple[tuple[int | str, ...], ast.AST]] = [((), node)]
    while stack:
        path, n = stack.pop()
        if isinstance(n, ast.Expression):
            stack.append((path, n.body))
        elif isinstance(n, ast.Dict):
            seen: set[object] = set()
            for k, v in zip(n.keys, n.values, strict=True):
                key = k.value if isinstance(k, ast.Constant) else None
                if isinstance(key, str):
                    if key in seen:
                        found.append(format_path((*path, key)))
                    seen.add(key)
                    stack.append(((*path, key), v))
        elif isinstance(n, ast.List | ast.Tuple):
            stack.extend(((*path, i), e) for i, e in enumerate(n.elts))
    return list(dict.fromkeys(found))


def in_tokens(toks: list[tuple[str, str]]) -> list[str]:
    """The paths of keys written twice in one object, from the dialect passes' tokens.

    For text that is not JSON yet (json-repair would keep the last value): a key is a string
    or word right before a ``:`` in an object, unless it stands right after a ``:`` itself.
    Array indexes are counted by commas, so in a broken array the path may be off by one; the
    key is named right.
    """
    found: list[str] = []
    frames: list[list[Any]] = []  # per open container: [opener, keys seen, current key/index]
    last: str | None = None
    colon = False  # the last significant token was a `:`: what follows is a value
    for kind, tok in toks:
        if kind in ("ws", "com"):
            continue
        after_colon, colon = colon, kind == "p" and tok == ":"
        if kind == "p":
            if tok in ("{", "["):
                frames.append([tok, set(), 0 if tok == "[" else ""])
            elif tok in ("}", "]"):
                if frames:
                    frames.pop()
            elif tok == "," and frames and frames[-1][0] == "[":
                frames[-1][2] += 1
            elif tok == ":" and last is not None and frames and frames[-1][0] == "{":
                top = frames[-1]
                top[2] = last
                if last in top[1]:
                    found.append(format_path([f[2] for f in frames]))
                top[1].add(last)
            last = None
            continue
        # the colons of a value are no keys' (`"t": 2024-10-18T18:35`, `a: 10:00`)
        last = None if after_colon else _key_text(kind, tok)
    return list(dict.fromkeys(found))


def restored_clashes(value: Any, fill: Callable[[str], str]) -> list[str]:
    """Paths of keys that two keys of ``value`` become once placeholders are restored
    (``{"<PERSON_1>": 1, "Ada": 2}`` with ``<PERSON_1>`` = Ada: one value would be lost)."""
    found: list[str] = []
    stack: list[tuple[tuple[int | str, ...], Any]] = [((), value)]
    while stack:
        path, v = stack.pop()
        if isinstance(v, dict):
            seen: set[str] = set()
            for k, x in v.items():
                key = fill(k)
                if key in seen:
                    found.append(format_path((*path, key)))
                seen.add(key)
                stack.append(((*path, key), x))
        elif isinstance(v, list):
            stack.extend(((*path, i), x) for i, x in enumerate(v))
    return list(dict.fromkeys(found))


def _key_text(kind: str, tok: str) -> str | None:
    if kind == "s":
        try:
            value = json.loads(tok, strict=False)
        except ValueError:
            return None
        return value if isinstance(value, str) else None
    if kind in ("sq", "cq"):
        return tok[1:-1]
    return tok if kind == "w" else None
