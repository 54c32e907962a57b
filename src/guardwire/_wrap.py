"""``guarded()``: wrap an LLM call so every call passes through a Pipeline.

One generator, :func:`guardwire._flow.call_flow`, says what happens in a call (input stage
per user text → model call → output stage, re-asks included); a sync and an async driver run
it. The wrapper keeps the wrapped function's signature and kind: sync stays sync,
``async def`` stays async, generator functions stay generators, and a call returning a stream
returns a stream (what kind of callable it is: :mod:`._call_shape`).
"""

from __future__ import annotations

import functools
import inspect
import types
import typing
import weakref
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import replace
from os import PathLike
from typing import Any, ParamSpec, TypeVar, overload

from ._adapters import BaseAdapter, Call, choose_adapter, input_positions
from ._call_shape import (
    Shape,
    call_target,
    pipeline_for,
    returns_stream,
    takes_receiver,
    unpartial,
    with_guard_system,
)
from ._context import AMBIENT, CallScope, call_context
from ._flow import Outcome, call_flow, drive_async, drive_sync
from ._pipeline import Pipeline
from ._specs import builtin_class
from ._stream_drive import Again, astream_output, stream_output
from ._stream_handle import AsyncGuardedStream, GuardedStream
from .exceptions import ConfigError, InputBlocked, OutputBlocked, RepairFailed

CTX_KWARG = "guard_ctx"
Routes = Mapping[str, Pipeline]  # what load_routes() returns


def blocked_result(p: Pipeline, out: Outcome, adapter: BaseAdapter) -> Any:
    """What a block does: raise (default) or answer with the route's canned response."""
    verdict = out.verdict
    assert verdict is not None
    if p.on_block == "respond":  # in the type of the answer (read by out.reader) if any
        return (out.reader or adapter).respond(out.call or Call(), p.block_response)
    if out.kind == "input_block":
        error = InputBlocked(verdict)
        if out.where:  # a chat call checks every user message: say which one blocked
            error = InputBlocked(verdict, f"{error} ({out.where})")
        raise error
    d = verdict.blocking
    if d is not None and d.data.get("repair_failed"):
        raise RepairFailed(verdict, d.data.get("attempts") or out.attempts)
    raise OutputBlocked(verdict)


class _Prepared:
    """Per-call set-up shared by all wrapper kinds."""

    __slots__ = ("adapter", "call", "ctx", "flow", "fn", "scope")

    def __init__(self, p: Pipeline, fn: Any, fixed: BaseAdapter | None, response_model: Any,
                 args: tuple[Any, ...], kwargs: dict[str, Any], shape: Shape,
                 own: tuple[str, Any] | None = None) -> None:
        self.fn = fn
        if shape.receiver and args:  # a method's self/cls: bound to fn, never the prompt
            self.fn, args = functools.partial(fn, args[0]), args[1:]
        if shape.bound_args or shape.bound_kwargs:
            args, kwargs = (*shape.bound_args, *args), {**shape.bound_kwargs, **kwargs}
        # given, a block's or new; claimed, and given back if the set-up below raises
        with call_context(kwargs.pop(CTX_KWARG, None)) as ctx:
            if ctx.schema is not None and (response_model is not None or own is not None):
                _check_context_schema(ctx.schema, response_model, own)
            # this call's route, version and response model, unless the caller gave them: reset
            # for the next call (a Context reused with another function kept the first one's)
            for name, value in (("route", p.name), ("config_version", p.version),
                                ("schema", response_model)):
                if getattr(ctx, name) is None and value is not None:
                    setattr(ctx, name, value)
                    ctx.filled_from_call(name)
            self.scope = CallScope(ctx)  # ends this call, never a later one using the Context
            self.ctx = ctx
            self.call = Call(args, kwargs)
            self.adapter = fixed or choose_adapter(fn, self.call, p.guard_system, shape.where)
            want = response_model is not None or p.return_structured
            self.flow = call_flow(p, self.adapter, self.call, ctx, want)


def wrap_callable(p: Pipeline, fn: Any, *, adapter: BaseAdapter | None = None,
                  response_model: Any = None) -> Any:
    """Build the wrapper for ``fn`` (the implementation behind ``Pipeline.wrap``)."""
    if response_model is not None:
        _check_response_model(response_model)
        p = _with_schema(p, response_model)
    own = _own_model(p)
    if adapter is None:  # a provider SDK method is recognised once, at wrap time
        from .integrations import adapter_for, unguardable

        why = unguardable(fn)
        if why is not None:  # refused now: the model would be called, then the answer unread
            raise TypeError(why)
        adapter = adapter_for(fn, guard_system=p.guard_system)
        if adapter is not None and isinstance(fn, functools.partial):
            fn, shape = unpartial(fn)  # partial(create, model=..., stream=True): the adapter
        else:                           # must see the whole call (stream=, n=, model=)
            shape = Shape()
    else:
        shape = Shape()
        adapter = with_guard_system(p, adapter)
    # a plain function annotated as returning a stream gets its canned answer as a stream
    streams = returns_stream(fn) if adapter is None else None
    receiver = takes_receiver(fn)
    if receiver or adapter is None:
        shape = replace(shape, receiver=receiver, where=input_positions(fn, skip=int(receiver))
                        if adapter is None else {})

    def finish(prep: _Prepared, out: Outcome, streamer: Callable[..., Any]) -> Any:
        if out.kind == "stream":  # the stream ends the call itself, when it is exhausted
            handle: list[weakref.ref[GuardedStream | AsyncGuardedStream]] = []

            def swapped(raw: Any) -> None:  # a re-ask's stream: its attributes from now on
                shown = handle[0]() if handle else None  # weak: a dropped stream must be
                if shown is not None:  # collected at once (its finalizer ends the call)
                    shown._swap(raw)

            reader, call = out.reader or prep.adapter, out.call or prep.call

            def respond(text: str) -> Any:  # a canned answer as a stream of the SDK's chunks
                return reader.respond(replace(call, kwargs={**call.kwargs, "stream": True}),
                                      text)

            chunks = streamer(p, reader, out.value, prep.scope, _again(prep, call), swapped,
                              respond)
            stream = (AsyncGuardedStream(chunks, out.value) if streamer is astream_output
                      else GuardedStream(chunks, out.value))
            handle.append(weakref.ref(stream))
            # a stream dropped without being iterated never runs its own clean-up
            weakref.finalize(stream, prep.scope.end)
            return stream
        try:
            if out.kind != "value":
                canned = blocked_result(p, out, prep.adapter)
                if streams is not None and isinstance(canned, str):
                    canned = iter([canned]) if streams == "sync" else _one_chunk(canned)
                if (out.reader or prep.adapter).is_stream(canned):  # used like any stream
                    return (AsyncGuardedStream(canned, canned) if isinstance(canned,
                            AsyncIterator) else GuardedStream(canned, canned))
                return canned
            return out.value
        finally:
            prep.scope.end()

    def run_sync(args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        prep = _Prepared(p, fn, adapter, response_model, args, kwargs, shape, own)
        token = AMBIENT.set(None)  # a guarded call a guard makes is not given this Context
        try:
            out = drive_sync(p, prep.flow, prep.fn, prep.ctx)
        except BaseException:
            prep.scope.end()
            raise
        finally:
            AMBIENT.reset(token)
        return finish(prep, out, stream_output)

    async def run_async(args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        prep = _Prepared(p, fn, adapter, response_model, args, kwargs, shape, own)
        token = AMBIENT.set(None)
        try:
            out = await drive_async(p, prep.flow, prep.fn, prep.ctx)
        except BaseException:
            prep.scope.end()
            raise
        finally:
            AMBIENT.reset(token)
        return finish(prep, out, astream_output)

    from .integrations import is_async_sdk_method

    wrapper: Callable[..., Any]
    kind = call_target(fn)  # a callable object: what its __call__ is
    if inspect.isasyncgenfunction(kind):
        async def agen_wrapper(*args: Any, **kwargs: Any) -> AsyncIterator[Any]:
            result = await run_async(args, kwargs)
            if isinstance(result, AsyncIterator):
                try:
                    async for chunk in result:
                        yield chunk
                finally:  # pass aclose() on, as `yield from` does for sync generators
                    aclose = getattr(result, "aclose", None)
                    if aclose is not None:
                        import anyio

                        with anyio.CancelScope(shield=True):
                            await aclose()
            else:  # a canned answer on block
                yield result
        wrapper = agen_wrapper
    elif inspect.iscoroutinefunction(kind) or is_async_sdk_method(fn):
        async def async_wrapper(*args: Any, **kwargs: Any) -> Any:
            return await run_async(args, kwargs)
        wrapper = async_wrapper
    elif inspect.isgeneratorfunction(kind):
        def gen_wrapper(*args: Any, **kwargs: Any) -> Iterator[Any]:
            result = run_sync(args, kwargs)
            if isinstance(result, Iterator):
                yield from result
            else:
                yield result
        wrapper = gen_wrapper
    else:
        def sync_wrapper(*args: Any, **kwargs: Any) -> Any:
            return run_sync(args, kwargs)
        wrapper = sync_wrapper
    functools.update_wrapper(wrapper, fn)
    setattr(wrapper, "__guardwire_pipeline__", p)  # noqa: B010 - introspection hook
    return wrapper


def _again(prep: _Prepared, call: Call) -> Again:
    """How a buffered stream is re-asked: the repair call, made like the first one."""
    calls = [call]

    def again(previous: str, prompt: str) -> Any:
        calls.append(prep.adapter.reask(calls[-1], previous, prompt))
        return prep.fn(*calls[-1].args, **calls[-1].kwargs)
    return again


async def _one_chunk(text: str) -> AsyncIterator[str]:
    yield text


def _check_response_model(model: Any) -> None:
    """Refuse, when the call is wrapped, a ``response_model`` no call could validate with (it
    used to be found by each call's schema guard, after the model was called and paid for)."""
    if isinstance(model, str):
        raise TypeError(f"response_model= takes the type itself (response_model=Ticket), "
                        f"not a string: got {model!r}")
    from .guards.schema.models import make_adapter

    try:
        make_adapter(model)
    except ConfigError as exc:
        why = exc.message.replace(" (package.module:Name)", "")  # a route file's form
        raise TypeError(f"response_model=: {why}") from exc


def _with_schema(p: Pipeline, response_model: Any) -> Pipeline:
    """Make sure the output stage starts with a schema guard (reading ``ctx.schema``)."""
    from .guards.schema import SchemaGuard

    for s in p.steps("output"):  # one with a model of its own never reads ctx.schema
        own = s.guard.model if isinstance(s.guard, SchemaGuard) else None
        if own is not None and not _same_model(own, response_model):
            raise TypeError(f"response_model={_type_name(response_model)} would be ignored: "
                            f"the pipeline's schema guard {s.name!r} validates "
                            f"{_type_name(own)} (its model); drop one of the two")
    if any(s.name == "schema" for s in p.steps("output")):
        return p
    return p.override(output=(SchemaGuard(), *p.output))


def _own_model(p: Pipeline) -> tuple[str, Any] | None:
    """The name and model of the pipeline's schema guard that has a model of its own."""
    for s in p.steps("output"):
        model = getattr(s.guard, "model", None)
        if builtin_class(s.guard) == "SchemaGuard" and model is not None:
            return s.name, model
    return None


def _check_context_schema(given: Any, response_model: Any, own: tuple[str, Any] | None
                          ) -> None:
    """``guard_ctx=Context(schema=A)`` on a call wrapped with ``response_model=B``: the
    Context's model was validated and returned, B silently ignored; on a pipeline whose
    schema guard has a model of its own, A was silently ignored. The same type written
    another way (``TypeAdapter(B)``, ``typing.List[X]`` for ``list[X]``) is no conflict."""
    if response_model is not None:  # (a schema guard's own model is the same, or refused)
        if not _same_model(given, response_model):
            raise TypeError(f"guard_ctx=Context(schema={_type_name(given)}) conflicts with "
                            f"response_model={_type_name(response_model)} of this guarded "
                            "function (the Context's model would be validated and returned "
                            "instead): drop schema= from the Context, or wrap with the model "
                            "you want")
    elif own is not None and not _same_model(given, own[1]):
        raise TypeError(f"guard_ctx=Context(schema={_type_name(given)}) would be ignored: the "
                        f"pipeline's schema guard {own[0]!r} validates {_type_name(own[1])} "
                        "(its model); drop schema= from the Context")


def _same_model(a: Any, b: Any) -> bool:
    """Whether two models name one type, also written two ways: ``TypeAdapter(T)`` and ``T``,
    ``typing.List[T]`` and ``list[T]``."""
    return bool(a == b) or _model_key(a) == _model_key(b)


def _model_key(model: Any) -> Any:
    from pydantic import TypeAdapter

    if isinstance(model, TypeAdapter):
        model = getattr(model, "_type", model)
    origin = typing.get_origin(model)
    if origin is None:
        return model
    if origin is types.UnionType:
        origin = typing.Union
    return origin, tuple(_model_key(arg) for arg in typing.get_args(model))


def _type_name(model: Any) -> str:
    from .guards.schema.models import type_name

    return type_name(model)


P = ParamSpec("P")
R = TypeVar("R")
# the wrapped callable's own type: an SDK method's overloads survive (Callable[P, R] keeps the
# first one only, so client.chat.completions.create(..., stream=True) was a mypy error)
Fn = TypeVar("Fn", bound=Callable[..., Any])


@overload
def guarded(fn: Fn, /, *, pipeline: Pipeline | None = None,
            route: str | None = None, config: str | PathLike[str] | Routes | None = None,
            adapter: BaseAdapter | None = None, response_model: None = None
            ) -> Fn: ...
@overload
def guarded(fn: Callable[P, Any], /, *, pipeline: Pipeline | None = None,
            route: str | None = None, config: str | PathLike[str] | Routes | None = None,
            adapter: BaseAdapter | None = None, response_model: Any
            ) -> Callable[P, Any]: ...
@overload
def guarded(fn: None = None, /, *, pipeline: Pipeline | None = None,
            route: str | None = None, config: str | PathLike[str] | Routes | None = None,
            adapter: BaseAdapter | None = None, response_model: None = None
            ) -> Callable[[Callable[P, R]], Callable[P, R]]: ...
@overload
def guarded(fn: None = None, /, *, pipeline: Pipeline | None = None,
            route: str | None = None, config: str | PathLike[str] | Routes | None = None,
            adapter: BaseAdapter | None = None, response_model: Any
            ) -> Callable[[Callable[P, Any]], Callable[P, Any]]: ...


def guarded(fn: Callable[P, R] | None = None, /, *, pipeline: Pipeline | None = None,
            route: str | None = None, config: str | PathLike[str] | Routes | None = None,
            adapter: BaseAdapter | None = None, response_model: Any = None) -> Any:
    """Wrap an LLM call: ``safe = guarded(llm_call, pipeline=p)`` or, as a decorator,
    ``@guarded(route="support", config="guardwire.toml")``.

    The wrapper has the wrapped function's signature and kind (sync, async, generator,
    streaming). Pass ``guard_ctx=Context(...)`` to a call to give it documents, a reference
    time or metadata, and to read its verdicts afterwards. With ``response_model=Model`` the
    call returns a validated ``Model`` (the schema repair ladder runs on the output).
    The pipeline's ``guard_system`` holds with an explicit ``adapter=`` too (a copy of the
    adapter guards the system prompt; one with no such setting is a ConfigError).
    """
    if isinstance(fn, Pipeline):  # @guarded(Pipeline(...)): it said "needs pipeline="
        raise TypeError("guarded() takes the pipeline as a keyword: guarded(fn, pipeline=p) "
                        "or @guarded(pipeline=p)")
    if fn is not None and not callable(fn):  # it failed only when called, after the guards
        raise TypeError(f"guarded() wraps the function that calls the model, got "
                        f"{type(fn).__name__} {fn!r}")
    p = pipeline_for(pipeline, route, config)

    def decorate(f: Callable[P, R]) -> Callable[P, R]:
        wrapped: Callable[P, R] = p.wrap(f, adapter=adapter, response_model=response_model)
        return wrapped

    return decorate if fn is None else decorate(fn)
