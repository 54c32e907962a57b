"""How the wrapped function is called, read once when ``guarded`` wraps it: a method's
receiver, a ``functools.partial``'s bound arguments, where ``prompt``/``messages`` are
positionally, the kind of callable (async, generator, a callable object's ``__call__``), a
return annotation that says "stream", and an explicit adapter with the pipeline's
``guard_system`` in force.
"""

from __future__ import annotations

import copy
import functools
import inspect
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from ._adapters import BaseAdapter, ChatAdapter, PromptAdapter
from .exceptions import ConfigError

if TYPE_CHECKING:
    from ._pipeline import Pipeline


@dataclass(frozen=True)
class Shape:
    """How the wrapped function is called, found once at wrap time."""

    receiver: bool = False  # a method as written in a class body: args[0] is self/cls
    where: Mapping[str, int] = field(default_factory=dict)  # see input_positions
    bound_args: tuple[Any, ...] = ()  # a functools.partial's, shown to the SDK adapter
    bound_kwargs: Mapping[str, Any] = field(default_factory=dict)


def with_guard_system(p: Pipeline, adapter: BaseAdapter) -> BaseAdapter:
    """The explicit ``adapter=`` with the pipeline's ``guard_system`` in force: a copy of it
    with ``guard_system=True`` when the pipeline (or its route) sets it and the adapter does
    not (either one asking for it is enough). Before, the adapter's own default ``False`` won
    and the system prompt reached the model unguarded. An adapter that cannot be told (no
    ``guard_system`` setting) is refused with a ConfigError; a prompt call has no system text."""
    if not p.guard_system or getattr(adapter, "guard_system", False) or type(
            adapter) is PromptAdapter:
        return adapter
    try:
        takes = "guard_system" in inspect.signature(type(adapter)).parameters
    except (TypeError, ValueError):
        takes = False
    twin = copy.copy(adapter)
    try:
        if not (takes or isinstance(adapter, ChatAdapter)):
            raise TypeError
        twin.guard_system = True
    except (AttributeError, TypeError):
        raise ConfigError(
            f"the pipeline {p.name!r} sets guard_system=True, but adapter="
            f"{type(adapter).__name__}(...) has no guard_system setting: the system prompt "
            "would reach the model unguarded. Give the adapter a guard_system option, or "
            "set guard_system=False on the pipeline") from None
    return twin


def unpartial(fn: functools.partial[Any]) -> tuple[Any, Shape]:
    """The function under (nested) partials, and the arguments they bind."""
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = {}
    inner: Any = fn
    while isinstance(inner, functools.partial):
        args, kwargs = (*inner.args, *args), {**inner.keywords, **kwargs}
        inner = inner.func
    return inner, Shape(bound_args=args, bound_kwargs=kwargs)


def call_target(fn: Any) -> Any:
    """``fn``, or for a callable object (``async def __call__`` in an LLM client class) its
    ``__call__``, whose kind (async, generator) the wrapper must keep."""
    if inspect.isroutine(fn) or isinstance(fn, functools.partial | type) or (
            inspect.iscoroutinefunction(fn) or inspect.isasyncgenfunction(fn)
            or inspect.isgeneratorfunction(fn)):  # e.g. an AsyncMock says so itself
        return fn
    return getattr(fn, "__call__", fn)  # noqa: B004 - the object's own __call__


def takes_receiver(fn: Any) -> bool:
    """``fn`` is a method as written in a class body (``def ask(self, prompt)``): decorated
    there with ``@guarded``, the wrapper is bound like the method it replaces, so its first
    argument is the instance (or class), not the prompt or the messages."""
    if not inspect.isfunction(fn):  # bound methods, partials, callable objects: already bound
        return False
    scope = fn.__qualname__.split(".")[:-1]
    if not scope or scope[-1] == "<locals>":  # a module-level or nested function
        return False
    try:
        first = next(iter(inspect.signature(fn).parameters.values()), None)
    except (TypeError, ValueError):
        return False
    return first is not None and first.name in ("self", "cls") and first.kind in (
        inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)


_SYNC_STREAMS = ("Iterator", "Iterable", "Generator")
_ASYNC_STREAMS = ("AsyncIterator", "AsyncIterable", "AsyncGenerator")


def returns_stream(fn: Any) -> Literal["sync", "async"] | None:
    """"sync"/"async" when ``fn``'s return annotation says it returns a stream of chunks (so an
    input block answered with ``block_response`` must be a one-chunk stream too)."""
    kind = call_target(fn)
    if inspect.isgeneratorfunction(kind) or inspect.isasyncgenfunction(kind):
        return None  # their wrappers yield the canned answer themselves
    try:
        ann = inspect.signature(fn).return_annotation
    except (TypeError, ValueError):
        return None
    if isinstance(ann, str):  # `from __future__ import annotations`
        name = ann.split("[", 1)[0].rsplit(".", 1)[-1].strip()
    else:
        name = getattr(getattr(ann, "__origin__", ann), "__name__", "")
    if name in _SYNC_STREAMS:
        return "sync"
    if name in _ASYNC_STREAMS:
        return "async"
    return None


def _routes_problem(routes: Mapping[Any, Any], what: str) -> str:
    names = ", ".join(repr(n) for n in sorted(map(str, routes))) or "none"
    return (f"{what} got the dict of routes load_routes() returns (routes: {names}): pass one "
            "of them, pipeline=routes['name'], or config=routes, route='name'")


def pipeline_for(pipeline: object, route: object, config: object) -> Pipeline:
    """``guarded()``'s pipeline from its ``pipeline=`` / ``route=`` / ``config=``, with a
    typed error saying what to pass when they are of the wrong kind."""
    import difflib
    from os import PathLike

    from ._pipeline import Pipeline

    if pipeline is not None:
        if config is not None or route is not None:
            raise ConfigError("pass either pipeline= or route=/config=, not both")
        if isinstance(pipeline, Pipeline):
            return pipeline
        got = type(pipeline).__name__
        if isinstance(pipeline, Mapping):
            raise TypeError(_routes_problem(pipeline, "pipeline= takes one Pipeline, but"))
        if isinstance(pipeline, list | tuple):
            raise TypeError(f"pipeline= takes a Pipeline, got a {got} of guards: pass "
                            "Pipeline(input=[...], output=[...])")
        if isinstance(pipeline, str | PathLike):
            raise TypeError(f"pipeline= takes a Pipeline, got the {got} {str(pipeline)!r}: "
                            "for a route file pass config=<path>, route='name'")
        raise TypeError(f"pipeline= takes a Pipeline, got {got}: put guards in one, "
                        f"Pipeline(input=[guard]) or Pipeline(output=[guard])")
    if config is None:
        raise ConfigError("guarded() needs pipeline= or config= (a route file)")
    if isinstance(config, Mapping):
        if not config or not all(isinstance(p, Pipeline) for p in config.values()):
            raise TypeError("config= takes a route file path or the dict load_routes() "
                            "returns (route name -> Pipeline)")
        routes: Mapping[str, Pipeline] = config
        file = None
    elif isinstance(config, str | PathLike):
        from .config import load_routes

        routes, file = load_routes(config), str(config)
    else:
        raise TypeError(f"config= takes a route file path or the dict load_routes() returns, "
                        f"got {type(config).__name__}")
    if route is not None and (not isinstance(route, str) or not route):
        raise ConfigError(f"route= must be a non-empty route name, got {route!r}",
                          file=file, path="routes")
    name = route or ("default" if "default" in routes else None)
    defined = ", ".join(sorted(routes))
    if name is None:
        raise ConfigError(f"no route= given and the file has no 'default' route; pass "
                          f"route= (the file defines {defined})", file=file, path="routes")
    if name not in routes:
        close = difflib.get_close_matches(name, list(routes), n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise ConfigError(f"unknown route {name!r}{hint}; the file defines {defined}",
                          file=file, path=f"routes.{name}")
    return routes[name]
