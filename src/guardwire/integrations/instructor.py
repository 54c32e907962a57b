"""instructor interop: guardwire's input guards and PII handling around instructor's own loop.

``guard_instructor(client, pipeline)`` wraps an instructor client (``instructor.from_openai``,
``from_litellm``, ``from_anthropic`` … sync or async) or a function made by
``instructor.patch(create=...)``. Each call:

1. runs the pipeline's **input stage** on the user messages (and system messages when
   ``pipeline.guard_system``); a block raises :class:`guardwire.InputBlocked` before any
   model call, also on a pipeline with ``on_block="respond"`` (which warns when wrapped);
   rewrites (PII placeholders, normalisation) replace the message text; as with ``guarded``,
   the call's tool results are scanned by the injection guard (and redacted with
   ``redact_tools``) and the assistant's earlier turns are redacted (``redact_history``);
2. calls instructor with the rewritten messages: **instructor validates and retries** as
   usual (guardwire's schema guard does *not* run, so nothing is validated twice). Its
   retries resend the same redacted messages and the model's own answers, so personal data
   that was redacted stays redacted across retries;
3. puts the PII vault values back into every **string field of the returned object**
   (``model_copy``, no second validation; the iterator of objects ``Mode.PARALLEL_TOOLS``
   returns is read while the vault holds them) and clears the vault (unless
   ``ctx.keep_vault``).

The call's Context is taken as ``guarded`` takes it: ``guard_ctx=``, else the
``guard_context()`` block's, else a new one; a Context in use by a call that has not ended
(two concurrent calls sharing one; a stream not yet consumed or closed) is a RuntimeError,
and a guarded call made during the call (by a guard, by the completion function) gets a
Context of its own.

Output guards other than PII restoration do not run: the answer is instructor's object, not
text; ``guard_instructor`` warns (``RuntimeWarning``) when the pipeline has any. Known limit:
validators that check the *format* of a PII-bearing field (``EmailStr``,
a phone regex) see the placeholder (``<EMAIL_ADDRESS_1>``) during instructor's validation;
use plain ``str`` for such fields, or guardwire's own ``guarded(..., response_model=M)``,
whose schema guard restores placeholders before validating.
"""

from __future__ import annotations

import copy
import functools
import inspect
import re
import warnings
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any

from .._adapters import Call, ChatAdapter
from .._context import AMBIENT, CallScope, Context, call_context
from .._decision import Verdict
from .._flow import SideTexts, read_side_texts, stage_texts, write_side_texts
from .._pipeline import Pipeline
from .._stream_handle import AsyncGuardedStream, GuardedStream
from ..exceptions import InputBlocked
from ..guards.schema.restore import placeholder_filler, restore_value
from .anthropic import AnthropicAdapter

__all__ = ["GuardedInstructor", "guard_instructor"]

# The start of a placeholder at the end of a partial string field: "<", "<PERS", "[EMAIL_AD",
# "<PERSON_1", "<PERSON 1" (not "<3": a placeholder's type starts with a letter).
_OPEN_PLACEHOLDER = re.compile(r"[<\[](?:[A-Z][A-Z_]*[ _]?[0-9]*)?\Z")


def guard_instructor(target: Any, pipeline: Pipeline) -> Any:
    """Wrap an instructor client (→ :class:`GuardedInstructor`) or a patched ``create``."""
    if not isinstance(pipeline, Pipeline):
        raise TypeError("guard_instructor(target, pipeline): pipeline must be a Pipeline")
    skipped = [s.name for s in pipeline.steps("output")
               if getattr(s.guard, "name", None) != "pii_restore"]
    if skipped:  # configured, never run: say so rather than look like a pass
        warnings.warn(f"guard_instructor runs the input stage and PII restoration only; the "
                      f"pipeline's output guard(s) {skipped} do not run on instructor's objects "
                      "(use guarded(..., response_model=M) for them)", RuntimeWarning,
                      stacklevel=2)
    if pipeline.on_block == "respond":  # a model object is expected, never a canned text
        warnings.warn("guard_instructor cannot answer a block with the pipeline's "
                      "block_response (on_block='respond'): instructor's caller expects a "
                      "model object, so a block raises InputBlocked", RuntimeWarning,
                      stacklevel=2)
    if hasattr(target, "create_fn") and callable(getattr(target, "create", None)):
        return GuardedInstructor(target, pipeline)
    if callable(target):
        return _wrap_callable(target, pipeline)
    raise TypeError(f"not an instructor client or patched create function: {target!r}")


class GuardedInstructor:
    """An instructor client with guardwire around every call (same methods, same results).

    ``client.chat.completions.create(...)``, ``client.messages.create(...)``,
    ``client.responses.create(...)`` (``Mode.RESPONSES_TOOLS``), ``create``,
    ``create_with_completion``, ``create_iterable`` and ``create_partial`` are supported, sync
    or async like the wrapped client. Pass ``guard_ctx=Context(...)`` to any of them, or call
    them in a ``with guardwire.guard_context(Context(...)):`` block, to supply the guardwire
    context (reference time, metadata, a vault to keep) and read its ``verdicts`` after.
    ``create_iterable``/``create_partial`` return a stream (an iterator, ``with``-able, with
    ``close()``; async: ``aclose()``) that holds the Context until it is consumed or closed.
    """

    def __init__(self, client: Any, pipeline: Pipeline) -> None:
        self.client = client
        self.pipeline = pipeline
        self.is_async = inspect.iscoroutinefunction(client.create) or (
            type(client).__name__.startswith("Async"))

    @property
    def chat(self) -> GuardedInstructor:
        return self

    @property
    def completions(self) -> GuardedInstructor:
        return self

    @property
    def messages(self) -> GuardedInstructor:
        return self

    def create(self, *args: Any, **kwargs: Any) -> Any:
        return self._call(self.client.create, args, kwargs, _restore_result)

    def create_with_completion(self, *args: Any, **kwargs: Any) -> Any:
        return self._call(self.client.create_with_completion, args, kwargs, _restore_pair)

    def create_iterable(self, *args: Any, **kwargs: Any) -> Any:
        return self._stream(self.client.create_iterable, args, kwargs)

    def create_partial(self, *args: Any, **kwargs: Any) -> Any:
        return self._stream(self.client.create_partial, args, kwargs, partial=True)

    @property
    def responses(self) -> Any:
        """The client's ``responses`` helper (``Mode.RESPONSES_TOOLS``) bound to this wrapper,
        so its calls are guarded too (handed through, it called the client unguarded)."""
        helper = self.client.responses  # AttributeError when the client has none
        if getattr(helper, "client", None) is not self.client:
            raise TypeError("guard_instructor cannot guard this client's responses helper")
        bound = copy.copy(helper)
        bound.client = self
        return bound

    def __getattr__(self, name: str) -> Any:  # on(), off(), mode, provider … of the client
        return getattr(self.client, name)

    def _call(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any],
              finish: Callable[[Any, Context], Any]) -> Any:
        if self.is_async:
            return _acall(self.pipeline, fn, args, kwargs, finish)
        return _call(self.pipeline, fn, args, kwargs, finish)

    def _stream(self, fn: Callable[..., Any], args: tuple[Any, ...],
                kwargs: dict[str, Any], partial: bool = False) -> Any:
        if self.is_async:
            return _astream(self.pipeline, fn, args, kwargs, partial)
        return _stream(self.pipeline, fn, args, kwargs, partial)


def _wrap_callable(create: Callable[..., Any], pipeline: Pipeline) -> Callable[..., Any]:
    if inspect.iscoroutinefunction(create):
        @functools.wraps(create)
        async def acreate(*args: Any, **kwargs: Any) -> Any:
            return await _acall(pipeline, create, args, kwargs, _restore_result)
        return acreate

    @functools.wraps(create)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        return _call(pipeline, create, args, kwargs, _restore_result)
    return wrapped


# -- one call ------------------------------------------------------------------------------
def _begin(kwargs: dict[str, Any]) -> CallScope:
    """The call's Context as ``guarded`` takes it (``guard_ctx=``, else the
    ``guard_context()`` block's, else a new one; one in use by a call that has not ended is
    a RuntimeError), held until :meth:`CallScope.end`."""
    with call_context(kwargs.pop("guard_ctx", None)) as ctx:  # claimed: in use from now
        if ctx.schema is None and kwargs.get("response_model") is not None:
            ctx.schema = kwargs["response_model"]
            ctx.filled_from_call("schema")  # not the next call's, when the Context is reused
        return CallScope(ctx)


@dataclass
class _Prepared:
    adapter: ChatAdapter
    call: Call
    texts: list[str]
    side: SideTexts


def _prepare(pipeline: Pipeline, args: tuple[Any, ...], kwargs: dict[str, Any],
             ctx: Context) -> _Prepared:
    """As ``guarded`` does (:func:`guardwire._flow.read_side_texts`)."""
    # from_anthropic clients take the system prompt as `system=`, not as a message: the
    # Anthropic adapter reads (and, with guard_system, guards) it like guarded() does
    adapter = (AnthropicAdapter if "system" in kwargs else ChatAdapter)(
        guard_system=pipeline.guard_system)
    call = Call(args, dict(kwargs))
    texts = adapter.get_input(call)
    return _Prepared(adapter, call, texts, read_side_texts(adapter, call, ctx))


def _apply(prep: _Prepared, new: list[str], ctx: Context, enforce: bool) -> Call:
    call = prep.call
    if prep.texts and new != prep.texts:  # (no user text: the stage ran on "" for the rest)
        call = prep.adapter.set_input(call, new)
    call = write_side_texts(prep.adapter, call, ctx, prep.side, enforce)
    ctx.messages = prep.adapter.messages(call)
    return call


def _passed(verdict: Verdict) -> str:
    if verdict.blocked:
        raise InputBlocked(verdict)
    return verdict.text


def _guard_input(pipeline: Pipeline, args: tuple[Any, ...], kwargs: dict[str, Any],
                 ctx: Context) -> Call:
    """The input stage on every user message; a block raises InputBlocked."""
    prep = _prepare(pipeline, args, kwargs, ctx)
    return _apply(prep, [_passed(pipeline.check_input(t, ctx))
                         for t in stage_texts(prep.texts, ctx)], ctx,
                  pipeline.mode == "enforce")


async def _aguard_input(pipeline: Pipeline, args: tuple[Any, ...], kwargs: dict[str, Any],
                        ctx: Context) -> Call:
    prep = _prepare(pipeline, args, kwargs, ctx)
    return _apply(prep, [_passed(await pipeline.acheck_input(t, ctx))
                         for t in stage_texts(prep.texts, ctx)], ctx,
                  pipeline.mode == "enforce")


def _call(pipeline: Pipeline, fn: Callable[..., Any], args: tuple[Any, ...],
          kwargs: dict[str, Any], finish: Callable[[Any, Context], Any]) -> Any:
    scope = _begin(kwargs)
    token = AMBIENT.set(None)  # a guarded call a guard (or fn) makes gets its own Context
    try:
        call = _guard_input(pipeline, args, kwargs, scope.ctx)
        return finish(fn(*call.args, **call.kwargs), scope.ctx)
    finally:
        AMBIENT.reset(token)
        scope.end()


async def _acall(pipeline: Pipeline, fn: Callable[..., Any], args: tuple[Any, ...],
                 kwargs: dict[str, Any], finish: Callable[[Any, Context], Any]) -> Any:
    scope = _begin(kwargs)
    token = AMBIENT.set(None)
    try:
        call = await _aguard_input(pipeline, args, kwargs, scope.ctx)
        result = fn(*call.args, **call.kwargs)
        if isinstance(result, Awaitable):
            result = await result
        return finish(result, scope.ctx)
    finally:
        AMBIENT.reset(token)
        scope.end()


class _Restorer:
    """What a stream of instructor objects becomes, item by item: the one fold both stream
    drivers below run. ``create_iterable`` items are restored; ``create_partial`` ones are
    :class:`_Partial` (a placeholder still being written is held back), and the last one is
    given once more, whole, at the end when something was held back."""

    def __init__(self, ctx: Context, partial: bool) -> None:
        self.ctx = ctx
        self.partial = partial
        self.last: _Partial | None = None

    def item(self, item: Any) -> Any:
        if not self.partial:
            return _restore_result(item, self.ctx)
        self.last = _Partial(item, self.ctx)
        return self.last.shown

    def tail(self) -> list[Any]:
        return [self.last.full] if self.last is not None and self.last.held_back else []


# A stream holds its Context until it is consumed or closed, as guarded's streams do; its
# handle (GuardedStream: items read outside a guard_context() block) ends the call when it is
# dropped unread, which the generator's own `finally` would not.
def _stream(pipeline: Pipeline, fn: Callable[..., Any], args: tuple[Any, ...],
            kwargs: dict[str, Any], partial: bool) -> GuardedStream:
    scope = _begin(kwargs)
    token = AMBIENT.set(None)
    try:  # checked before the first item is asked for: blocks raise here
        call = _guard_input(pipeline, args, kwargs, scope.ctx)
    except BaseException:
        scope.end()
        raise
    finally:
        AMBIENT.reset(token)

    def items() -> Iterator[Any]:
        restorer = _Restorer(scope.ctx, partial)
        try:
            for item in fn(*call.args, **call.kwargs):
                yield restorer.item(item)
            yield from restorer.tail()
        finally:
            scope.end()
    stream = GuardedStream(items(), None)
    weakref.finalize(stream, scope.end)
    return stream


def _astream(pipeline: Pipeline, fn: Callable[..., Any], args: tuple[Any, ...],
             kwargs: dict[str, Any], partial: bool) -> AsyncGuardedStream:
    scope = _begin(kwargs)  # now, in the caller's block; the input stage on the first item

    async def items() -> AsyncIterator[Any]:
        restorer = _Restorer(scope.ctx, partial)
        try:
            call = await _aguard_input(pipeline, args, kwargs, scope.ctx)
            stream = fn(*call.args, **call.kwargs)
            if isinstance(stream, Awaitable):
                stream = await stream
            async for item in stream:
                yield restorer.item(item)
            for item in restorer.tail():
                yield item
        finally:
            scope.end()
    handle = AsyncGuardedStream(items(), None)
    weakref.finalize(handle, scope.end)
    return handle


class _Partial:
    """One ``create_partial`` object: restored, and with a placeholder the model is still
    writing (``<PERS`` at the end of a string field) held back, so a UI never shows half a
    placeholder. Only the stream's last object may need its held-back text: it is yielded
    once more, whole, when it differed."""

    def __init__(self, item: Any, ctx: Context) -> None:
        fill = placeholder_filler(ctx.vault)
        if fill is not None:  # an Iterable field's lazy iterator is read once, here
            item = restore_value(item, _same)
        self.full = item if fill is None else restore_value(item, fill)
        self.shown = self.full
        if fill is not None:  # cut first: the tolerant restorer reads `<PERSON_1` as one
            cut = restore_value(item, _cut_open_placeholder)  # (and would show `<Ada …`)
            if cut is not item:
                self.shown = restore_value(cut, fill)
        self.held_back = self.shown is not self.full


def _same(text: str) -> str:
    return text


def _cut_open_placeholder(text: str) -> str:
    m = _OPEN_PLACEHOLDER.search(text)
    return text if m is None else text[: m.start()]


def _restore_result(result: Any, ctx: Context) -> Any:
    fill = placeholder_filler(ctx.vault)
    if fill is None:
        return result
    if isinstance(result, Iterator):  # Mode.PARALLEL_TOOLS: an iterator of objects, read
        return iter([restore_value(item, fill) for item in result])  # while the vault holds
    return restore_value(result, fill)


def _restore_pair(result: Any, ctx: Context) -> Any:
    if isinstance(result, tuple) and len(result) == 2:  # (model, raw completion)
        return _restore_result(result[0], ctx), result[1]
    return _restore_result(result, ctx)


