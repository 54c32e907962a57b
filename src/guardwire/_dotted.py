"""``"package.module:name"`` strings (route files name models, resolvers, verifiers and judges
this way) imported, with a :class:`~guardwire.exceptions.ConfigError` naming the option."""

from __future__ import annotations

import importlib
from typing import Any

from .exceptions import ConfigError

__all__ = ["import_dotted"]


def import_dotted(spec: str, *, path: str, what: str = "package.module:name") -> Any:
    """The object ``spec`` names (``"pkg.mod:Outer.Inner"`` walks attributes after the
    colon); a malformed or unimportable spec raises ``ConfigError(path=path)``."""
    module, _, attr = spec.partition(":")
    if not module or not attr:
        raise ConfigError(f"expected '{what}', got {spec!r}", path=path)
    try:
        obj: Any = importlib.import_module(module)
        for part in attr.split("."):
            obj = getattr(obj, part)
    except (ImportError, AttributeError) as exc:
        raise ConfigError(f"cannot import {spec!r}: {exc}", path=path) from exc
    return obj
