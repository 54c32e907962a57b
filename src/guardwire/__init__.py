"""guardwire: guardrails for LLM calls. The model owns the language; the pipeline owns the truth.

    from guardwire import Pipeline, guarded
    safe = guarded(llm_call, pipeline=Pipeline(input=[...], output=[...]))

Public names live here; modules starting with ``_`` are private. ``load_routes`` and
``register_guard`` (route files) are imported on first use to keep ``import guardwire`` fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._adapters import Adapter, BaseAdapter, Call, ChatAdapter, PromptAdapter
from ._context import Context, InMemoryVault, Vault, guard_context
from ._decision import Decision, Verdict
from ._guard import Guard, IncrementalGuard, StreamProcessor
from ._pipeline import GuardItem, Pipeline
from ._policy import Policy
from ._specs import parallel, step
from ._streaming import StreamCorrection
from ._wrap import guarded
from .exceptions import (
    Blocked,
    ConfigError,
    GuardSetupError,
    GuardwireError,
    InputBlocked,
    OutputBlocked,
    RepairFailed,
)

if TYPE_CHECKING:
    from .config import Registry, build_routes, load_routes, register_guard

__version__ = "0.1.0"

_LAZY = {"load_routes": "config", "build_routes": "config", "register_guard": "config",
         "Registry": "config"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(f"guardwire.{_LAZY[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'guardwire' has no attribute {name!r}")


__all__ = [
    "Adapter",
    "BaseAdapter",
    "Blocked",
    "Call",
    "ChatAdapter",
    "ConfigError",
    "Context",
    "Decision",
    "Guard",
    "GuardItem",
    "GuardSetupError",
    "GuardwireError",
    "InMemoryVault",
    "IncrementalGuard",
    "InputBlocked",
    "OutputBlocked",
    "Pipeline",
    "Policy",
    "PromptAdapter",
    "Registry",
    "RepairFailed",
    "StreamCorrection",
    "StreamProcessor",
    "Vault",
    "Verdict",
    "__version__",
    "build_routes",
    "guard_context",
    "guarded",
    "load_routes",
    "parallel",
    "register_guard",
    "step",
]
