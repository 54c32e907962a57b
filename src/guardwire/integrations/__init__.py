"""Adapters for provider SDKs (OpenAI, Anthropic, LiteLLM) and instructor.

``adapter_for(fn)`` recognises a bound SDK method (``client.chat.completions.create``,
``client.messages.create``, ``litellm.completion``/``acompletion``) without importing the
SDKs: it only compares module and class names. It returns the adapter that reads and writes
that SDK's request and response shapes, or ``None`` for a plain callable.

The adapter modules import their SDK lazily (only to build canned answers), so
``import guardwire`` never pays for ``openai``, ``anthropic`` or ``litellm``.
"""

from __future__ import annotations

import functools
import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .._adapters import BaseAdapter

__all__ = ["adapter_for", "is_async_sdk_method", "result_adapter", "sdk_of", "unguardable"]

# (module prefix of the owning class, class name) -> (sdk, is_async)
_METHOD_OWNERS: dict[tuple[str, str], tuple[str, bool]] = {
    ("openai.resources.chat", "Completions"): ("openai", False),
    ("openai.resources.chat", "AsyncCompletions"): ("openai", True),
    ("anthropic.resources.messages", "Messages"): ("anthropic", False),
    ("anthropic.resources.messages", "AsyncMessages"): ("anthropic", True),
    # the same endpoints under client.beta (same request and response shapes)
    ("openai.resources.beta.chat", "Completions"): ("openai", False),
    ("openai.resources.beta.chat", "AsyncCompletions"): ("openai", True),
    ("anthropic.resources.beta.messages", "Messages"): ("anthropic", False),
    ("anthropic.resources.beta.messages", "AsyncMessages"): ("anthropic", True),
}
_LITELLM = {"completion": False, "acompletion": True}
_SDKS = ("openai", "anthropic")
# (top-level package, class name) of the SDK answers a plain function may hand back
_RESULTS = {
    ("openai", "ChatCompletion"), ("openai", "Stream"), ("openai", "AsyncStream"),
    ("anthropic", "Message"), ("anthropic", "BetaMessage"), ("anthropic", "Stream"),
    ("anthropic", "AsyncStream"), ("litellm", "ModelResponse"),
    ("litellm", "CustomStreamWrapper"),
}
# the SDKs' wrappers behind `.with_raw_response.create` and `.with_streaming_response.create`
_RESPONSE_WRAPPERS = {
    "to_raw_response_wrapper": "with_raw_response",
    "async_to_raw_response_wrapper": "with_raw_response",
    "to_streamed_response_wrapper": "with_streaming_response",
    "async_to_streamed_response_wrapper": "with_streaming_response",
}


def sdk_of(fn: Any) -> tuple[str, bool] | None:
    """``(sdk name, is_async)`` for a recognised SDK entry point, else ``None``.

    Decorators that keep ``__wrapped__`` (``functools.wraps``, tenacity's ``retry``) and
    ``functools.partial`` are looked through, so ``guarded(retry(client.chat.completions.create))``
    and ``guarded(partial(client.chat.completions.create, model=...))`` are recognised too.
    """
    for _ in range(8):
        found = _sdk_of(fn)
        inner = _inner(fn)
        if found is not None or inner is None:
            return found
        fn = inner
    return None


def _inner(fn: Any) -> Any:
    """What ``fn`` wraps: ``__wrapped__`` of a decorator, ``func`` of a ``functools.partial``
    (``partial(client.chat.completions.create, model=...)``), else ``None``."""
    if isinstance(fn, functools.partial):
        return fn.func
    return getattr(fn, "__wrapped__", None)


def _sdk_of(fn: Any) -> tuple[str, bool] | None:
    name = getattr(fn, "__name__", None)
    owner = getattr(fn, "__self__", None)
    if owner is not None and name == "create":
        cls = type(owner)
        module = cls.__module__
        for (prefix, cls_name), found in _METHOD_OWNERS.items():
            if cls.__name__ == cls_name and (module == prefix or module.startswith(prefix + ".")):
                return found
        return None
    module = getattr(fn, "__module__", None) or ""
    if isinstance(name, str) and name in _LITELLM and (
            module == "litellm" or module.startswith("litellm.")):
        return "litellm", _LITELLM[name]
    return None


def unguardable(fn: Any) -> str | None:
    """The error message when ``fn`` is an OpenAI/Anthropic SDK entry point guardwire has no
    adapter for, else ``None``: said when ``guarded()`` is called, instead of failing after
    the model call (the generic adapters cannot read SDK result objects)."""
    for _ in range(8):
        code = getattr(fn, "__code__", None)  # (a Mock has any attribute: check the types)
        where = getattr(code, "co_filename", None)
        qualname = getattr(code, "co_qualname", None)
        if isinstance(where, str) and isinstance(qualname, str) and os.path.basename(
                os.path.dirname(where)) in _SDKS:
            way = _RESPONSE_WRAPPERS.get(qualname.split(".<locals>", 1)[0])
            if way is not None:
                return (f"guarded() cannot guard .{way}.create: it returns the HTTP "
                        f"response, not the answer guardwire checks "
                        f"(its parse(), .text and .json() would bypass the output guards); "
                        f"wrap the plain create method instead (read response headers with "
                        f"an httpx event hook on the client's http_client), or pass adapter=")
        owner = getattr(fn, "__self__", None)
        module = type(owner).__module__.split(".") if owner is not None else []
        if module[:1] and module[0] in _SDKS and module[1:2] == ["resources"] and (
                _sdk_of(fn) is None):
            name = f"{module[0]}'s {type(owner).__name__}.{getattr(fn, '__name__', '?')}"
            return (f"guarded() has no adapter for {name} (it guards chat.completions.create "
                    f"and messages.create, sync or async, and their beta forms); wrap one of "
                    f"those, or pass adapter= for this method's request and result types")
        fn = _inner(fn)
        if fn is None:
            return None
    return None


def is_async_sdk_method(fn: Any) -> bool:
    """True for async SDK methods that ``inspect.iscoroutinefunction`` does not recognise
    (the OpenAI and Anthropic SDKs wrap ``create`` in a plain-function decorator)."""
    found = sdk_of(fn)
    return found is not None and found[1]


def adapter_for(fn: Any, *, guard_system: bool = False) -> BaseAdapter | None:
    """The provider adapter for ``fn``, or ``None`` for a plain callable."""
    found = sdk_of(fn)
    if found is None:
        return None
    if found[0] == "anthropic" and _is_beta(fn):  # canned answers as BetaMessage
        from .anthropic import AnthropicAdapter

        return AnthropicAdapter(guard_system=guard_system, is_async=found[1], beta=True)
    return _adapter(*found, guard_system=guard_system)


def _is_beta(fn: Any) -> bool:
    """``fn`` is (or wraps) a method of the SDK's ``client.beta`` resources."""
    for _ in range(8):
        owner = getattr(fn, "__self__", None)
        if owner is not None and getattr(fn, "__name__", None) == "create":
            return ".resources.beta." in type(owner).__module__ + "."
        fn = _inner(fn)
        if fn is None:
            return False
    return False


def result_adapter(result: Any, *, guard_system: bool = False) -> BaseAdapter | None:
    """The provider adapter that reads ``result`` (a ``ChatCompletion``, ``Message``,
    ``ModelResponse`` or one of their SDKs' streams, recognised by module and class name),
    or ``None``: for a plain function that calls the SDK itself and returns its answer."""
    cls = type(result)
    sdk = cls.__module__.split(".", 1)[0]
    if (sdk, cls.__name__) not in _RESULTS:
        return None
    return _adapter(sdk, cls.__name__.startswith("Async"), guard_system=guard_system)


def _adapter(sdk: str, is_async: bool, *, guard_system: bool) -> BaseAdapter:
    if sdk == "openai":
        from .openai import OpenAIAdapter

        return OpenAIAdapter(guard_system=guard_system, is_async=is_async)
    if sdk == "anthropic":
        from .anthropic import AnthropicAdapter

        return AnthropicAdapter(guard_system=guard_system, is_async=is_async)
    from .litellm import LiteLLMAdapter

    return LiteLLMAdapter(guard_system=guard_system, is_async=is_async)
