"""One guarded call as a generator, and the two drivers that run it.

:func:`call_flow` says what happens in a call (input stage per user text → model call →
output stage, re-asks included) as requests; :func:`drive_sync` and :func:`drive_async` answer
them (run a stage, call the model). The side texts (tool results, the assistant's history)
are read and written back here too; ``guard_instructor`` shares those helpers.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any, Literal

from ._adapters import BaseAdapter, Call, ChatAdapter, PromptAdapter
from ._context import Context
from ._decision import Stage, Verdict
from ._interrupts import interrupt_watch, stop_if_interrupted
from ._pipeline import Pipeline
from ._reask import hide_vault_values
from ._toolcalls import check_only_arguments, snapshot


@dataclass(frozen=True)
class StageReq:
    stage: Stage
    text: str


@dataclass(frozen=True)
class ModelReq:
    call: Call


@dataclass(frozen=True)
class Outcome:
    kind: Literal["value", "stream", "input_block", "output_block"]
    value: Any = None
    verdict: Verdict | None = None
    call: Call | None = None
    attempts: tuple[str, ...] = ()
    where: str = ""  # which of several guarded texts blocked ("user message 1 of 3")
    reader: BaseAdapter | None = None  # the adapter that read the answer, when not the call's


Flow = Generator[StageReq | ModelReq, Any, Outcome]


@dataclass(frozen=True)
class SideTexts:
    """What :func:`read_side_texts` read from the call (``None``: given by the caller)."""

    tools: list[dict[str, Any]] | None
    history: list[dict[str, Any]] | None


def read_side_texts(adapter: BaseAdapter, call: Call, ctx: Context) -> SideTexts:
    """Fill ``ctx`` from the call before the input stage: ``messages`` and ``input_texts``
    (the input stage reads a text with the next one: a value split across two messages),
    ``original_input``, the tool results (scanned by the injection guard, redacted with
    ``redact_tools``) and the assistant's history (``redact_history``), unless the caller
    gave them."""
    ctx.messages = adapter.messages(call)
    ctx._set_inputs(adapter.get_input(call))
    if not ctx.original_input:
        ctx.original_input = adapter.original_input(call)
        ctx.filled_from_call("original_input")
    tools = history = None
    if not ctx.tool_outputs:
        read = getattr(adapter, "tool_outputs", None)  # optional for duck-typed adapters
        tools = read(call) if read is not None else []
        ctx.tool_outputs = snapshot(tools)
        ctx.filled_from_call("tool_outputs")
    if not ctx.history:
        read = getattr(adapter, "history", None)
        history = read(call) if read is not None else []
        ctx.history = snapshot(history)
        ctx.filled_from_call("history")
    return SideTexts(tools, history)


def stage_texts(texts: list[str], ctx: Context) -> list[str]:
    """The texts the input stage runs on: the call's user texts, or one empty text when it
    has none but has tool results or earlier assistant turns. The input stage is what scans
    those (injection) and redacts them (``pii``): a chat call without user text (an agent
    turn that ends with a tool result, a user message that is only an image) skipped it, and
    they reached the model unscanned, with the real values in them."""
    return texts if texts or not (ctx.tool_outputs or ctx.history) else [""]


def write_side_texts(adapter: BaseAdapter, call: Call, ctx: Context, side: SideTexts,
                     enforce: bool = True) -> Call:
    """The call with the tool results and history texts the input stage rewrote. The input
    stage is over and the model is called next: ``ctx.model_started_at`` is set here (so
    ``guard_instructor``, which calls this too, sets it as well). ``enforce=False`` (monitor
    mode: record, never rewrite) sends them as they came and puts them back in ``ctx``."""
    ctx._model_call_starts()
    if not enforce:
        if side.tools is not None:
            ctx.tool_outputs = snapshot(side.tools)
        if side.history is not None:
            ctx.history = snapshot(side.history)
        return call
    if side.tools and list(ctx.tool_outputs) != side.tools:
        call = adapter.set_tool_outputs(call, ctx.tool_outputs)  # redact_tools
    if side.history and list(ctx.history) != side.history:
        call = adapter.set_history(call, ctx.history)  # redact_history
    return call


def call_flow(p: Pipeline, adapter: BaseAdapter, call: Call, ctx: Context,
              structured: bool) -> Flow:
    """Everything one guarded call does, as requests to a driver."""
    texts = adapter.get_input(call)
    side = read_side_texts(adapter, call, ctx)
    new_texts: list[str] = []
    for i, text in enumerate(stage_texts(texts, ctx)):
        verdict: Verdict = yield StageReq("input", text)
        if verdict.blocked:
            where = (f"message {i + 1} of the {len(texts)} the input stage checked"
                     if len(texts) > 1 else "")
            return Outcome("input_block", verdict=verdict, call=call, where=where)
        new_texts.append(verdict.text)
    if texts and new_texts != texts:
        call = adapter.set_input(call, new_texts)
    call = write_side_texts(adapter, call, ctx, side, p.mode == "enforce")
    ctx.messages = adapter.messages(call)
    result = yield ModelReq(call)
    attempts: list[str] = ctx._answers  # every raw answer (a RepairFailed's attempts)
    attempts.clear()
    while True:
        reader = answer_reader(adapter, result)
        if reader.is_stream(result):
            return Outcome("stream", value=result, call=call, reader=reader)
        if ctx.reasks and p.reask_budget_tokens is not None:  # a re-ask's answer
            read_usage = getattr(reader, "usage_tokens", None)  # optional (duck-typed)
            ctx._reask_spent(read_usage(result) if read_usage is not None else None)
        text = reader.get_output(result)
        attempts.append(text)
        ctx.finish_reason = reader.finish_reason(result)
        read_calls = getattr(reader, "tool_calls", None)  # optional for duck-typed adapters
        ctx.tool_calls = read_calls(result) if read_calls is not None else []
        calls_before = snapshot(ctx.tool_calls)
        verdict = yield StageReq("output", text)
        ask = verdict.reask
        if ask is not None and ask.text is not None and not verdict.blocked:
            ctx._count_reask()
            call = adapter.reask(call, text, reask_prompt(verdict, ctx))
            result = yield ModelReq(call)
            continue
        # past the re-ask limit the stage itself turned the re-ask into a recorded block
        if verdict.blocked:
            return Outcome("output_block", verdict=verdict, call=call,
                           attempts=tuple(attempts), reader=reader)
        if structured and (ctx.structured is not None or ctx.structured_set):
            return Outcome("value", value=ctx.structured)
        value = reader.set_output(result, verdict.text)
        if ctx.tool_calls != calls_before:
            check_only_arguments(calls_before, ctx.tool_calls)
            value = reader.set_tool_calls(value, ctx.tool_calls)
        return Outcome("value", value=value)


def reask_prompt(verdict: Verdict, ctx: Context) -> str:
    """The repair request of one re-ask: every guard's that asked (the guards of a parallel
    group can ask at once), each once, in order. Only the first was sent before: the others
    asked again on the next answer, spending one re-ask each (with ``max_reasks=1`` the call
    failed where one re-ask naming both would have done).

    A value of the PII vault in it goes back to its placeholder: the model must only ever see
    redacted text, and a guard's request may quote ``ctx.original_input`` (the user's text
    before redaction) or a text ``pii_restore`` already restored (also changed: another
    case, escaped; see :func:`hide_vault_values`)."""
    asks = dict.fromkeys(d.text for d in verdict.decisions if d.action == "reask" and d.text)
    return hide_vault_values("\n\n".join(asks), ctx.vault.items())


def answer_reader(adapter: BaseAdapter, result: Any) -> BaseAdapter:
    """The adapter that reads this answer: the call's own, except that a plain function
    (prompt or chat call shape) returning an OpenAI, Anthropic or LiteLLM result or stream
    (``return client.chat.completions.create(...)`` inside it) is read with that SDK's adapter.
    Before, such a stream's chunks passed unread: the output guards saw an empty answer."""
    if isinstance(result, str) or type(adapter) not in (ChatAdapter, PromptAdapter):
        return adapter
    from .integrations import result_adapter

    return result_adapter(result, guard_system=adapter.guard_system) or adapter


def drive_sync(p: Pipeline, flow: Flow, fn: Callable[..., Any], ctx: Context) -> Outcome:
    watch = interrupt_watch()  # a sync call inside an asyncio task: see _interrupts
    try:
        req = next(flow)
        while True:
            stop_if_interrupted(watch)  # a Ctrl-C during an inline guard: no model call
            if isinstance(req, StageReq):
                res: Any = p.run_stage_sync(req.stage, req.text, ctx)
            else:
                res = fn(*req.call.args, **req.call.kwargs)
            req = flow.send(res)
    except StopIteration as stop:
        return stop.value  # type: ignore[no-any-return]


async def drive_async(p: Pipeline, flow: Flow, fn: Callable[..., Any], ctx: Context) -> Outcome:
    try:
        req = next(flow)
        while True:
            if isinstance(req, StageReq):
                res: Any = await p.run_stage_async(req.stage, req.text, ctx)
            else:
                res = fn(*req.call.args, **req.call.kwargs)
                if inspect.isawaitable(res):
                    res = await res
            req = flow.send(res)
    except StopIteration as stop:
        return stop.value  # type: ignore[no-any-return]
