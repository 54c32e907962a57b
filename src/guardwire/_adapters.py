"""Call-shape adapters: the only code that sees the wrapped function's arguments and results.

Guards only ever see text. An adapter knows where that text lives in a call and in a
result, so SDK request/response objects plug in without guards seeing SDK types:

- ``get_input(call) -> list[str]``: the texts input guards check (user-role content);
- ``set_input(call, texts) -> Call``: the call with those texts replaced;
- ``get_output(result) -> str`` and ``set_output(result, text)``: the same for the answer
  (the returned object keeps its type).

Optional hooks, with defaults in :class:`BaseAdapter`: ``reask`` (build the repair call),
``respond`` (a canned answer of the right type), ``finish_reason``, ``is_stream``,
``usage_tokens``/``chunk_usage`` (reported token usage, for ``reask_budget_tokens``),
``chunk_text``/``with_chunk_text`` (streamed chunks), ``opens_answer`` (a chunk that only
opens an answer: a buffered stream that let out nothing else can be re-asked),
``original_input``,
``tool_outputs``/``set_tool_outputs`` (the tool results the call hands the model: scanned by
the injection guard, redacted with ``redact_tools``), ``history``/``set_history`` (the
assistant's earlier turns, see :mod:`._history`), ``tool_calls``/``set_tool_calls`` (the tool
calls in an answer, see :mod:`._toolcalls`); the SDK adapters add ``chunk_tool_args``,
``with_chunk_tool_args``, ``tool_args_chunk`` and ``tool_args_end`` for streamed tool calls
(:mod:`._tool_stream`).
"""

from __future__ import annotations

import copy
import inspect
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol, runtime_checkable

from ._history import read_history, write_history
from ._parts import content_text, part_text_paths, with_at
from ._tool_results import read_tool_results, write_tool_results
from ._toolcalls import openai_tool_calls, write_openai_tool_calls


@dataclass(frozen=True)
class Call:
    """The positional and keyword arguments of one call to the wrapped function."""

    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)


@runtime_checkable
class Adapter(Protocol):
    def get_input(self, call: Call) -> list[str]: ...
    def set_input(self, call: Call, texts: list[str]) -> Call: ...
    def get_output(self, result: Any) -> str: ...
    def set_output(self, result: Any, text: str) -> Any: ...


class BaseAdapter:
    """Defaults for the optional hooks. Subclass it and implement the four required methods."""

    guard_system: bool = False

    def get_input(self, call: Call) -> list[str]:
        raise NotImplementedError

    def set_input(self, call: Call, texts: list[str]) -> Call:
        raise NotImplementedError

    def get_output(self, result: Any) -> str:
        if isinstance(result, str):
            return result
        raise TypeError(f"{type(self).__name__} cannot read text from {type(result).__name__}; "
                        "pass an adapter= that knows this result type")

    def set_output(self, result: Any, text: str) -> Any:
        return text

    def original_input(self, call: Call) -> str:
        texts = self.get_input(call)
        return texts[-1] if texts else ""

    def reask(self, call: Call, previous: str, prompt: str) -> Call:
        texts = self.get_input(call)
        if not texts:
            raise TypeError(f"{type(self).__name__} has no input to re-ask with")
        texts[-1] = f"{texts[-1]}\n\nYour previous answer:\n{previous}\n\n{prompt}"
        return self.set_input(call, texts)

    def respond(self, call: Call, text: str) -> Any:
        return text

    def finish_reason(self, result: Any) -> str | None:
        return None

    def is_stream(self, result: Any) -> bool:
        return isinstance(result, Iterator | AsyncIterator) and not isinstance(
            result, str | bytes | Mapping)

    def chunk_text(self, chunk: Any) -> str | None:
        if isinstance(chunk, str):
            return chunk
        # unread, its text would reach the user unguarded while the output guards saw ""
        raise TypeError(f"{type(self).__name__} cannot read text from a stream chunk of type "
                        f"{type(chunk).__name__}; wrap the SDK method itself, or pass an "
                        "adapter= whose chunk_text() reads it")

    def with_chunk_text(self, chunk: Any, text: str) -> Any:
        return text

    def ends_text(self, chunk: Any, last_text: Any) -> bool:
        """Whether ``chunk`` closes the text ``last_text`` belongs to, while more text may
        follow (Anthropic: its block's ``content_block_stop``): an incremental stream
        releases the text its guards hold back before it. No by default."""
        return False

    def buffered_text_chunk(self, first: Any, last: Any) -> Any:
        """The text chunk a buffered stream writes the guarded answer into (a copy of it,
        emitted where the first text chunk was): the last, which may carry the finish reason."""
        return last

    def usage_tokens(self, result: Any) -> int | None:
        """The tokens a whole answer's request spent as the provider reports them (for
        ``reask_budget_tokens``), ``None`` when it reports none."""
        return None

    def chunk_usage(self, chunk: Any) -> dict[str, int] | None:
        """Token counts a stream chunk reports, by kind (a later count of a kind replaces
        an earlier one; the stream's usage is their sum), ``None`` when it has none."""
        return None

    def opens_answer(self, chunk: Any) -> bool:
        """``chunk`` only opens an answer (OpenAI's role chunk; Anthropic's ``message_start``
        and a text block's ``content_block_start``): a buffered stream that let out nothing
        else can still be re-asked, and the re-asked answer's own opening chunks are dropped."""
        return False

    def messages(self, call: Call) -> list[Mapping[str, Any]]:
        return []

    def tool_outputs(self, call: Call) -> list[dict[str, Any]]:
        """Tool results in the call: ``[{"id", "name", "text"}]`` (none by default)."""
        return []

    def set_tool_outputs(self, call: Call, outputs: Sequence[Mapping[str, Any]]) -> Call:
        """``call`` with its tool results' texts replaced (a guard rewrote them)."""
        raise TypeError(f"{type(self).__name__} cannot write tool results back into the call")

    def history(self, call: Call) -> list[dict[str, Any]]:
        """The assistant's earlier texts in the call (see :mod:`._history`; none by default)."""
        return []

    def set_history(self, call: Call, entries: Sequence[Mapping[str, Any]]) -> Call:
        """``call`` with those texts replaced (a guard rewrote them)."""
        raise TypeError(f"{type(self).__name__} cannot write history back into the call")

    def tool_calls(self, result: Any) -> list[dict[str, Any]]:
        """Tool calls in an answer: ``[{"id", "name", "arguments"}]`` (none by default)."""
        return []

    def set_tool_calls(self, result: Any, calls: list[dict[str, Any]]) -> Any:
        """``result`` with these calls' arguments (only called when a guard changed them)."""
        return result


_NOTHING = object()


class PromptAdapter(BaseAdapter):
    """``fn(prompt: str, **kw) -> str``: the prompt is the argument at ``index`` (the first,
    or where ``fn`` declares ``prompt``) or ``prompt=``."""

    def __init__(self, param: str = "prompt", index: int = 0) -> None:
        self.param = param
        self.index = index

    def _positional(self, call: Call) -> bool:
        return len(call.args) > self.index and isinstance(call.args[self.index], str)

    def get_input(self, call: Call) -> list[str]:
        if self._positional(call):
            return [call.args[self.index]]
        value = call.kwargs.get(self.param)
        if isinstance(value, str):
            return [value]
        given = (call.kwargs[self.param] if self.param in call.kwargs
                 else call.args[self.index] if len(call.args) > self.index else _NOTHING)
        got = "" if given is _NOTHING else f" (got {type(given).__name__}, not str)"
        raise TypeError(f"cannot find the prompt{got}: pass it as the first argument or "
                        f"{self.param}=, use messages=[...], or give guarded() an adapter=")

    def set_input(self, call: Call, texts: list[str]) -> Call:
        if self._positional(call):
            args = list(call.args)
            args[self.index] = texts[0]
            return replace(call, args=tuple(args))
        return replace(call, kwargs={**call.kwargs, self.param: texts[0]})


_KNOWN_ROLES = ("user", "assistant", "system", "developer", "tool", "function")


class ChatAdapter(BaseAdapter):
    """``fn(messages=[{"role": ..., "content": ...}], **kw)``.

    Input guards see every user message (and the system prompt when ``guard_system``);
    list-of-parts content is handled part by part (``{"type": "text", "text": ...}``).
    The result may be a string or a message dict ``{"role": "assistant", "content": ...}``.
    """

    def __init__(self, guard_system: bool = False, param: str = "messages",
                 index: int = 0) -> None:
        self.guard_system = guard_system
        self.param = param
        self.index = index  # where the list is when given positionally

    def _messages(self, call: Call) -> list[Any]:
        msgs = call.kwargs.get(self.param)
        if msgs is None and len(call.args) > self.index and isinstance(call.args[self.index],
                                                                       list):
            msgs = call.args[self.index]
        if not isinstance(msgs, list):
            raise TypeError(f"chat call without a {self.param}=[...] list")
        return msgs

    def _roles(self) -> tuple[str, ...]:
        return ("user", "system", "developer") if self.guard_system else ("user",)

    def _slots(self, call: Call) -> list[tuple[int, tuple[Any, ...]]]:
        """``(message index, path inside its content)`` of every text input guards see."""
        slots: list[tuple[int, tuple[Any, ...]]] = []
        for i, m in enumerate(self._messages(call)):
            if not isinstance(m, Mapping):
                if getattr(m, "role", None) in self._roles():  # an SDK message object
                    raise TypeError(f"{m.role} message {i} is a {type(m).__name__}; "
                                    "guardwire guards messages given as dicts")
                continue
            role = m.get("role")
            if role not in _KNOWN_ROLES:  # "User", a typo, none at all: read by the model,
                raise TypeError(  # never by the input guards
                    f"message {i} has role {role!r}; guardwire reads the roles "
                    f"{', '.join(_KNOWN_ROLES)} (lowercase), and a message with another role "
                    "would reach the model unguarded (pass adapter= for another shape)")
            if role not in self._roles():
                continue
            content = m.get("content")
            if isinstance(content, str):
                slots.append((i, ()))
            elif isinstance(content, list):
                slots.extend((i, (j, *path)) for j, part in enumerate(content)
                             for path in part_text_paths(part))
            elif content is not None:  # a tuple, a single part, an iterator: never unguarded
                raise TypeError(f"{m.get('role')} message {i} has content of type "
                                f"{type(content).__name__}; guardwire guards a str or a list "
                                "of parts")
        return slots

    def get_input(self, call: Call) -> list[str]:
        msgs = self._messages(call)
        out: list[str] = []
        for i, path in self._slots(call):
            value = msgs[i]["content"]
            for key in path:
                value = value[key]
            out.append(value)
        return out

    def set_input(self, call: Call, texts: list[str]) -> Call:
        msgs = [dict(m) if isinstance(m, Mapping) else m for m in self._messages(call)]
        for (i, path), text in zip(self._slots(call), texts, strict=True):
            msgs[i]["content"] = with_at(msgs[i]["content"], path, text)
        return self._with_messages(call, msgs)

    def _with_messages(self, call: Call, msgs: list[Any]) -> Call:
        if self.param in call.kwargs or len(call.args) <= self.index:
            return replace(call, kwargs={**call.kwargs, self.param: msgs})
        args = list(call.args)
        args[self.index] = msgs
        return replace(call, args=tuple(args))

    def original_input(self, call: Call) -> str:
        for m in reversed(self._messages(call)):
            if isinstance(m, Mapping) and m.get("role") == "user":
                text = content_text(m.get("content"))
                if text is not None:
                    return text
        return ""

    def messages(self, call: Call) -> list[Mapping[str, Any]]:
        return [m for m in self._messages(call) if isinstance(m, Mapping)]

    def history(self, call: Call) -> list[dict[str, Any]]:
        return read_history(self._messages(call))

    def set_history(self, call: Call, entries: Sequence[Mapping[str, Any]]) -> Call:
        return self._with_messages(call, write_history(self._messages(call), entries))

    def tool_outputs(self, call: Call) -> list[dict[str, Any]]:
        """OpenAI ``role: "tool"``/``"function"`` messages and Anthropic ``tool_result``
        blocks, in order (:mod:`._tool_results`)."""
        return read_tool_results(self._messages(call))

    def set_tool_outputs(self, call: Call, outputs: Sequence[Mapping[str, Any]]) -> Call:
        """Write rewritten tool-result texts back (the caller's messages are not mutated)."""
        return self._with_messages(call, write_tool_results(self._messages(call), outputs))

    def reask(self, call: Call, previous: str, prompt: str) -> Call:
        msgs = [*self._messages(call), {"role": "assistant", "content": previous},
                {"role": "user", "content": prompt}]
        return self._with_messages(call, msgs)

    def get_output(self, result: Any) -> str:
        if isinstance(result, Mapping) and isinstance(result.get("content"), str):
            return str(result["content"])
        if isinstance(result, Mapping) and result.get("content") is None and (
                result.get("tool_calls") or result.get("function_call")):
            return ""  # an answer made only of tool calls
        return super().get_output(result)

    def set_output(self, result: Any, text: str) -> Any:
        if isinstance(result, Mapping):
            if result.get("content") is None and not text:
                return result
            return {**result, "content": text}
        return text

    def tool_calls(self, result: Any) -> list[dict[str, Any]]:
        return openai_tool_calls(result) if isinstance(result, Mapping) else []

    def set_tool_calls(self, result: Any, calls: list[dict[str, Any]]) -> Any:
        if not isinstance(result, Mapping):
            return result
        new = copy.deepcopy(dict(result))
        write_openai_tool_calls(new, calls)
        return new

    def respond(self, call: Call, text: str) -> Any:
        return text


# Parameter names read as the user's text when ``fn`` has no ``prompt`` parameter, best
# first: ``def ask(system, user)`` or ``def ask(model, question)`` guard the named argument,
# not the first one (the system prompt or the model name). "user" comes last: it may be an id
# (it counts only after a system prompt or a model: _BEFORE_USER).
PROMPT_NAMES = ("prompt", "question", "query", "user_prompt", "user_message", "user_input",
                "message", "input", "text", "content", "user")


def input_positions(fn: Any, skip: int = 0) -> dict[str, int]:
    """Where ``fn`` takes ``prompt`` and ``messages`` positionally (its signature, less
    ``skip`` leading parameters: a method's self), so ``ask(model, messages)`` or
    ``ask(system, prompt)`` guard the right argument, not the first one. Without a
    ``prompt`` parameter, the best of :data:`PROMPT_NAMES` it has is recorded under its own
    name (``{"question": 1}``) and used when a call supplies that argument."""
    try:
        params = list(inspect.signature(fn).parameters.values())[skip:]
    except (TypeError, ValueError):
        return {}
    positional = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    at = {p.name: i for i, p in enumerate(params) if p.kind in positional}
    where: dict[str, int] = {n: at[n] for n in ("prompt", "messages") if n in at}
    if "prompt" not in where:
        named = next((name for name in PROMPT_NAMES[1:] if name in at and (
            name != "user" or any(n in _BEFORE_USER for n in list(at)[:at[name]]))), None)
        if named is not None:
            where[named] = at[named]
    return where


# "user" is the user's text only after one of these (def ask(system, user)); elsewhere it may
# be the end user's id, as in the OpenAI API (def ask(q, user): the question is the text)
_BEFORE_USER = frozenset({"system", "system_prompt", "system_message", "sys", "instructions",
                          "model", "model_name", "engine"})


def choose_adapter(fn: Any, call: Call, guard_system: bool,
                   where: Mapping[str, int] | None = None) -> BaseAdapter:
    """Pick an adapter for a plain callable from the call's shape: chat or prompt, at the
    positions of :func:`input_positions`. (Provider SDK methods are recognised once, when
    the function is wrapped.)"""
    where = where or {}
    at = where.get("messages")
    if "messages" in call.kwargs or (at is not None and len(call.args) > at
                                     and isinstance(call.args[at], list)):
        return ChatAdapter(guard_system=guard_system, index=at or 0)
    at = where.get("prompt")
    if at is not None:
        return PromptAdapter(index=at)
    for name, at in where.items():  # a named text parameter, when this call supplies it
        if name != "messages" and (isinstance(call.kwargs.get(name), str) or (
                len(call.args) > at and isinstance(call.args[at], str))):
            return PromptAdapter(param=name, index=at)
    if call.args and isinstance(call.args[0], list):
        return ChatAdapter(guard_system=guard_system)
    return PromptAdapter()
