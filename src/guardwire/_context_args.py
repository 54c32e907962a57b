"""The checks of what a caller gives ``Context(...)`` (its ``__post_init__``): a wrong shape
used to reach the guards, which failed (a fail-open one silently) or read a string as
characters; a truthy string kept the call's personal values in the vault."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any


def check_given(ctx: Any, vault_type: type) -> None:
    """Check (and normalise: ``None`` → empty, a generator → a tuple) ``ctx``'s fields."""
    for name in ("docs", "tool_outputs", "history"):
        value = getattr(ctx, name)
        if value is None:
            setattr(ctx, name, ())
        elif isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
            raise TypeError(f"Context({name}=...) takes a list, got "
                            f"{type(value).__name__} {short(value)}"
                            + (f"; for one, write {name}=[{short(value)}]" if
                               isinstance(value, str | bytes | Mapping) else ""))
        elif not isinstance(value, Sequence):  # a generator: guards may read it twice
            setattr(ctx, name, tuple(value))
    if ctx.metadata is None:
        ctx.metadata = {}
    elif not isinstance(ctx.metadata, Mapping):
        raise TypeError(f"Context(metadata=...) takes a mapping (a dict), got "
                        f"{type(ctx.metadata).__name__} {short(ctx.metadata)}")
    if ctx.reference_time is not None and not isinstance(ctx.reference_time, datetime):
        raise TypeError(f"Context(reference_time=...) takes a datetime, got "
                        f"{type(ctx.reference_time).__name__} "
                        f"{short(ctx.reference_time)}: write datetime.fromisoformat(...)"
                        " (with a time zone, e.g. '2026-01-01T09:00+00:00')")
    if not isinstance(ctx.keep_vault, bool):  # "no" is truthy: the vault outlived the call
        raise TypeError(f"Context(keep_vault=...) takes True or False, got "
                        f"{type(ctx.keep_vault).__name__} {short(ctx.keep_vault)}")
    if not isinstance(ctx.vault, vault_type):  # None failed only as the call ended
        raise TypeError(f"Context(vault=...) takes a guardwire Vault (put, get, items, clear, "
                        f"len), got {type(ctx.vault).__name__} {short(ctx.vault)}; leave it "
                        "out for a new InMemoryVault")


def short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
