"""The guard registry: names route files use (``{ use = "pii" }``) → guard factories."""

from __future__ import annotations

import importlib
import inspect
import threading
from collections.abc import Callable, Mapping
from typing import Any

GuardFactory = Callable[..., Any]
__all__ = ["BUILTIN_GUARDS", "GuardFactory", "Registry", "default_registry", "register_guard"]

BUILTIN_GUARDS: dict[str, str] = {
    "max_length": "guardwire.guards.basic:MaxLength",
    "deny_regex": "guardwire.guards.basic:DenyRegex",
    "normalize": "guardwire.guards.normalize:Normalize",
    "abuse_gate": "guardwire.guards.abuse:AbuseGate",
    "injection": "guardwire.guards.injection:InjectionGuard",
    "pii": "guardwire.guards.pii:PIIRedactor",
    "pii_restore": "guardwire.guards.pii:PIIRestorer",
    "schema": "guardwire.guards.schema:SchemaGuard",
    "citations": "guardwire.guards.citations:CitationGuard",
    "time_phrases": "guardwire.guards.time_phrases:TimePhraseGuard",
    "slots": "guardwire.guards.slots:SlotFiller",
    "footnotes": "guardwire.guards.footnotes:FootnoteGuard",
    "grounding": "guardwire.guards.grounding:GroundingGuard",
}


class Registry:
    """Guard names → factories. Built-ins are imported on first use, so listing is cheap."""

    def __init__(self, builtins: Mapping[str, str] | None = None) -> None:
        self._lazy: dict[str, str] = dict(builtins or {})
        self._factories: dict[str, GuardFactory] = {}
        self._lock = threading.Lock()

    def register(self, name: str, factory: GuardFactory, *, replace: bool = False) -> None:
        if not isinstance(name, str):  # was AttributeError: 'int' object has no ...
            raise TypeError(f"guard name must be a str, got {type(name).__name__} {name!r}")
        if not name.isidentifier():
            raise ValueError(f"guard name must be an identifier, got {name!r}")
        if not callable(factory):
            raise TypeError(f"factory for {name!r} is not callable")
        if _is_a_guard(factory):
            raise TypeError(
                f"register_guard({name!r}, ...) takes a factory that builds the guard from its "
                f"route-file options, and this is the guard itself: it takes (text, ctx). "
                f"Register the class, or a function returning the guard: "
                f"register_guard({name!r}, lambda: {_shown(factory)})")
        with self._lock:
            old = self._factories.get(name)
            if not replace and (name in self._lazy or (old is not None and (
                    _where(factory) is None or _where(old) != _where(factory)))):
                raise ValueError(f"guard {name!r} is already registered (pass replace=True)")
            self._lazy.pop(name, None)
            self._factories[name] = factory

    def names(self) -> list[str]:
        return sorted({*self._lazy, *self._factories})

    def __contains__(self, name: object) -> bool:
        return name in self._factories or name in self._lazy

    def get(self, name: str) -> GuardFactory:
        if name in self._factories:
            return self._factories[name]
        target = self._lazy.get(name)
        if target is None:
            raise KeyError(name)
        module, _, attr = target.partition(":")
        factory: GuardFactory = getattr(importlib.import_module(module), attr)
        with self._lock:
            self._factories.setdefault(name, factory)
        return factory


def _where(factory: GuardFactory) -> tuple[str, str] | None:
    """Module and qualified name of a factory defined by name (a class or ``def``): the same
    definition run again (a notebook cell re-run, ``importlib.reload``) replaces the old one
    rather than clashing with it. None for lambdas and objects (a ``functools.partial`` or a
    factory instance has its class's module and no name of its own: two different ones
    looked like the same definition, and the second silently replaced the first)."""
    if not (isinstance(factory, type) or inspect.isfunction(factory)):
        return None
    module, qualname = getattr(factory, "__module__", None), getattr(factory, "__qualname__", "")
    if not isinstance(module, str) or not isinstance(qualname, str) or "<" in qualname:
        return None
    return module, qualname


def _is_a_guard(factory: GuardFactory) -> bool:
    """A guard function or object (``(text, ctx) -> Decision``) passed where a factory goes:
    its two required positional parameters are the text and the Context."""
    if isinstance(factory, type):
        return False
    try:
        params = inspect.signature(factory).parameters.values()
    except (TypeError, ValueError):
        return False
    required = [p for p in params if p.default is p.empty and p.kind in (
        p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    return len(required) == 2 and (required[1].name == "ctx" or (
        getattr(required[1].annotation, "__name__", required[1].annotation) == "Context"))


def _shown(factory: GuardFactory) -> str:
    name = getattr(factory, "__name__", None)
    return name if isinstance(name, str) and name.isidentifier() else (
        f"{type(factory).__name__}(...)")


default_registry = Registry(BUILTIN_GUARDS)


def register_guard(name: str, factory: GuardFactory, *, replace: bool = False) -> None:
    """Make ``factory`` available to route files as ``name`` (``{ use = name, with = {...} }``)."""
    default_registry.register(name, factory, replace=replace)
