"""guardwire: guardrails for LLM calls. The model owns the language; the pipeline owns the truth."""

from __future__ import annotations

from ._context import Context, InMemoryVault, Vault
from ._decision import Decision, Verdict
from ._guard import IncrementalGuard, StreamProcessor
from ._policy import Policy
from .exceptions import (
    Blocked,
    ConfigError,
    GuardSetupError,
    GuardwireError,
    InputBlocked,
    OutputBlocked,
    RepairFailed,
)

__version__ = "0.1.0"

__all__ = [
    "Blocked",
    "ConfigError",
    "Context",
    "Decision",
    "GuardSetupError",
    "GuardwireError",
    "InMemoryVault",
    "IncrementalGuard",
    "InputBlocked",
    "OutputBlocked",
    "Policy",
    "RepairFailed",
    "StreamProcessor",
    "Vault",
    "Verdict",
    "__version__",
]
