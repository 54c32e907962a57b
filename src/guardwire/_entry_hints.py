"""Guard entries of a route file written in another shape than ``{ use = ..., with = {...} }``:
the entry a user meant, to show in the error (used by :mod:`guardwire.config`)."""

from __future__ import annotations

import inspect
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ._registry import Registry
from ._yaml import inline_value
from .exceptions import ConfigError


def entry_shape_problem(item: Mapping[str, Any], reg: Registry, path: str, source: str,
                        keys: Sequence[str]) -> None:
    """Raise a ConfigError showing the entry to write, for

    - a guard name used as a key (``- injection: {threshold: 0.7}``, a common YAML style);
    - options of the guard beside ``use`` (``{ use = "injection", threshold = 0.7 }``).

    Both used to be "Extra inputs are not permitted", which said nothing about where the
    options go. Anything else is left to the entry's own validation."""
    yaml = Path(source).suffix.lower() in (".yaml", ".yml")
    use = item.get("use")
    if use is None and len(item) == 1:
        (name, options), = item.items()
        if isinstance(name, str) and name in reg and isinstance(options, Mapping | None):
            entry = {"use": name, **({"with": dict(options)} if options else {})}
            raise ConfigError("a guard's name as a key is not a guard entry: write "
                              f"{inline_value(entry, yaml)}", file=source, path=path)
    extra = [k for k in item if k not in keys]
    if not extra or not isinstance(use, str) or use not in reg:
        return
    try:
        params = inspect.signature(reg.get(use)).parameters
    except (ImportError, AttributeError, TypeError, ValueError):
        return
    moved = {k: item[k] for k in extra if k in params}
    if moved:
        given = item.get("with")
        options = {**(given if isinstance(given, dict) else {}), **moved}
        write = f"with{':' if yaml else ' ='} {inline_value(options, yaml)}"
        raise ConfigError(f"an option of guard {use!r}, not a key of the entry: put it under "
                          f"with ({write})", file=source, path=f"{path}.{next(iter(moved))}")

