"""Adapters for provider SDKs (OpenAI, Anthropic, LiteLLM) and instructor.

``adapter_for(fn)`` recognises a bound SDK method (``client.chat.completions.create``,
``client.messages.create``, ``litellm.completion``) without importing the SDKs, and returns
the adapter that reads and writes that SDK's request and response shapes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .._adapters import BaseAdapter


def adapter_for(fn: Any, *, guard_system: bool = False) -> BaseAdapter | None:
    """The provider adapter for ``fn``, or ``None`` for a plain callable."""
    return None
