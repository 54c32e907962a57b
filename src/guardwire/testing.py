"""Test helpers for guard authors and for apps that use guardwire, all offline.

- :class:`FakeLLM`: a scripted model (list of answers, or a function of the prompt) with
  sync, async and streaming entry points; records every call in ``.calls``.
- :class:`StaticGuard`, :class:`HangingGuard`, :class:`RaisingGuard`: guards that always
  answer the same, never answer in time, or always fail; ``.seen`` records the texts.
- :func:`capture_verdicts`: collect every Verdict produced in this thread/task (or, with
  ``all_threads=True``, anywhere in the process).
- :func:`tool_call_answer`, :func:`tool_result`: OpenAI-shaped messages for agent tests — an
  assistant answer that calls a tool (a ``FakeLLM`` chat answer may be one), and the tool
  message that answers it.
- :func:`assert_stream_consistent`: a per-chunk guard's ``start_stream`` processor, fed the
  text in chunks of several sizes, gives what the guard gives for the whole text.
- :func:`relaxed_budgets`: a copy of a pipeline (or of the routes of a file) whose guard
  budgets are raised, for tests of its decisions on a busy machine.
- :class:`FakeLLMServer`: a local OpenAI/Anthropic-shaped HTTP server (127.0.0.1, a free
  port, a background thread) for tests that use the real SDK clients offline.

The pytest plugin (``guardwire.pytest_plugin``, registered automatically) exposes them as the
fixtures ``fake_llm``, ``captured_verdicts`` and ``guard_ctx``.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, get_args

import anyio

from ._capture import CAPTURE, EVERYWHERE
from ._context import Context
from ._decision import Action, Decision, Verdict
from ._fake_sdk_server import FakeLLMServer, FakeServerReply, FakeServerRequest
from ._policy import Policy
from ._relaxed import relaxed_budgets
from ._stream_check import assert_stream_consistent

__all__ = ["FakeLLM", "FakeLLMExhausted", "FakeLLMServer", "FakeServerReply",
           "FakeServerRequest", "HangingGuard", "RaisingGuard", "StaticGuard",
           "assert_stream_consistent", "capture_verdicts", "relaxed_budgets", "tool_call_answer",
           "tool_result"]

Reply = str | dict[str, Any]  # a dict: an assistant message (chat entry points only)
Answer = Reply | BaseException  # an exception: raised on that call


class FakeLLMExhausted(AssertionError):
    """The FakeLLM was called more times than it has scripted answers."""


def _prompt_of(prompt: str | None, messages: Sequence[Mapping[str, Any]] | None) -> str:
    if prompt is not None:
        return prompt
    if isinstance(messages, str | Mapping) or not all(isinstance(m, Mapping) for m in
                                                       messages or ()):
        raise TypeError("FakeLLM: messages must be a list of message dicts ({'role': ..., "
                        f"'content': ...}}), got {messages!r:.80}")
    for m in reversed(messages or ()):
        if m.get("role") != "user":
            continue
        content = m.get("content")
        if isinstance(content, str):
            return content
        if isinstance(content, list):  # content parts: the text ones, as the model reads them
            texts = [p["text"] for p in content if isinstance(p, Mapping)
                     and p.get("type") == "text" and isinstance(p.get("text"), str)]
            if texts:
                return "\n".join(texts)
    return ""


class FakeLLM:
    """A scripted model for offline tests.

    ``FakeLLM(["first answer", "second answer"])`` answers in order (and raises
    :class:`FakeLLMExhausted` when out of answers); ``FakeLLM(lambda prompt: ...)`` computes
    each answer; ``FakeLLM("always this")`` repeats one answer. An answer that is an exception
    (``FakeLLM([TimeoutError("provider timed out"), "hello"])``) is raised on that call, as a
    provider error would be (the call is still recorded). ``delay_s`` simulates latency
    (``time.sleep`` in sync calls, ``anyio.sleep`` in async ones). Streaming entry points split
    the answer into ``chunk_size``-character chunks.
    """

    def __init__(self, responses: Answer | Sequence[Answer] | Callable[[str], Answer], *,
                 delay_s: float = 0.0, chunk_size: int = 8) -> None:
        self._script: list[Answer] | None = None
        self._fn: Callable[[str], Answer] | None = None
        if isinstance(responses, str | dict | BaseException):
            answer = responses
            self._fn = lambda _prompt: answer
        elif callable(responses):
            self._fn = responses
        elif isinstance(responses, Iterable) and not isinstance(responses, bytes | bytearray):
            self._script = list(responses)
            for n, answer in enumerate(self._script):
                _check_answer(answer, f"scripted answer #{n + 1}")
        else:
            _check_answer(responses, "the answer")
        _check_seconds("FakeLLM", "delay_s", delay_s)
        if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
            raise ValueError(f"FakeLLM: chunk_size must be an int >= 1, got {chunk_size!r}")
        self.delay_s = delay_s
        self.chunk_size = chunk_size
        self.calls: list[dict[str, Any]] = []
        self._lock = threading.Lock()

    def _text(self, prompt: str, kwargs: dict[str, Any]) -> str:
        return _text_only(self._answer(prompt, None, kwargs))

    def _answer(self, prompt: str | None, messages: Any, kwargs: dict[str, Any]) -> Reply:
        text = _prompt_of(prompt, messages)
        with self._lock:
            n = len(self.calls)
            self.calls.append({"prompt": text, "messages": messages, "kwargs": kwargs})
            fn = self._fn
            if fn is None:
                assert self._script is not None
                if n >= len(self._script):
                    raise FakeLLMExhausted(
                        f"FakeLLM has {len(self._script)} scripted answers, call #{n + 1}")
                answer = self._script[n]
        if fn is not None:
            answer = fn(text)
            _check_answer(answer, f"the answer of {getattr(fn, '__name__', 'the function')}() "
                                  f"for call #{n + 1}")
        if isinstance(answer, BaseException):  # a provider error on this call
            raise answer
        return answer

    @property
    def prompts(self) -> list[str]:
        """What the model received on each call (after input guards)."""
        return [c["prompt"] for c in self.calls]

    # plain prompt ------------------------------------------------------------------------
    def complete(self, prompt: str, **kwargs: Any) -> str:
        if self.delay_s:
            time.sleep(self.delay_s)
        return self._text(prompt, kwargs)

    __call__ = complete

    async def acomplete(self, prompt: str, **kwargs: Any) -> str:
        if self.delay_s:
            await anyio.sleep(self.delay_s)
        return self._text(prompt, kwargs)

    def stream(self, prompt: str, **kwargs: Any) -> Iterator[str]:
        return iter(self._chunks(self.complete(prompt, **kwargs)))

    async def astream(self, prompt: str, **kwargs: Any) -> AsyncIterator[str]:
        text = await self.acomplete(prompt, **kwargs)
        return _aiter(self._chunks(text))

    # chat ----------------------------------------------------------------------------------
    def chat(self, messages: list[dict[str, Any]], **kwargs: Any) -> Reply:
        if self.delay_s:
            time.sleep(self.delay_s)
        return self._answer(None, messages, kwargs)

    async def achat(self, messages: list[dict[str, Any]], **kwargs: Any) -> Reply:
        if self.delay_s:
            await anyio.sleep(self.delay_s)
        return self._answer(None, messages, kwargs)

    def chat_stream(self, messages: list[dict[str, Any]], **kwargs: Any) -> Iterator[str]:
        """``chat`` streamed: a text answer in ``chunk_size``-character chunks."""
        return iter(self._chunks(_text_only(self.chat(messages, **kwargs))))

    async def achat_stream(self, messages: list[dict[str, Any]],
                           **kwargs: Any) -> AsyncIterator[str]:
        return _aiter(self._chunks(_text_only(await self.achat(messages, **kwargs))))

    def _chunks(self, text: str) -> list[str]:
        n = self.chunk_size
        return [text[i:i + n] for i in range(0, len(text), n)] or [""]


def _text_only(answer: Reply) -> str:
    if not isinstance(answer, str):
        raise TypeError("a FakeLLM answer that is a message (tool calls) needs chat()/achat()")
    return answer


def _check_answer(answer: object, what: str) -> None:
    """A FakeLLM answer is a str, an assistant message dict or an exception; anything else
    (``None`` from a function that forgot to ``return``, bytes, a number) is a mistake in the
    test, said at once rather than as an odd error deep in the guarded call."""
    if not isinstance(answer, str | dict | BaseException):
        raise TypeError(f"FakeLLM: {what} is {type(answer).__name__} ({answer!r:.60}); an answer "
                        "is a str, an assistant message dict (tool_call_answer()) or an "
                        "exception to raise")


def _check_seconds(helper: str, name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value >= 0:
        raise ValueError(f"{helper}: {name} must be a number of seconds >= 0, got {value!r}")


def tool_call_answer(name: str, arguments: Mapping[str, Any] | str, *, call_id: str = "call_1",
                     content: str | None = None) -> dict[str, Any]:
    """An OpenAI-shaped assistant message calling one tool (arguments as a JSON string).

    ``arguments`` is a mapping, or the JSON text of an object as the SDKs carry it; anything
    else is a ``TypeError`` (a JSON string used to fail with "dictionary update sequence
    element #0 has length 1")."""
    if isinstance(arguments, str):
        try:
            parsed = json.loads(arguments)
        except ValueError as exc:
            raise TypeError(f"tool_call_answer: arguments is not JSON ({exc}): pass a dict, "
                            "or the JSON text of an object") from None
        if not isinstance(parsed, dict):
            raise TypeError("tool_call_answer: arguments must be a JSON object, got "
                            f"{type(parsed).__name__}")
        text = arguments
    elif isinstance(arguments, Mapping):
        text = json.dumps(dict(arguments))
    else:
        raise TypeError("tool_call_answer: arguments must be a dict or the JSON text of an "
                        f"object, got {type(arguments).__name__}")
    return {"role": "assistant", "content": content, "tool_calls": [{
        "id": call_id, "type": "function",
        "function": {"name": name, "arguments": text}}]}


def tool_result(call_id: str, text: str, *, name: str | None = None) -> dict[str, Any]:
    """The ``role: "tool"`` message answering a tool call. ``text`` must be a str: the
    injection guard scans tool results of text (a dict or None here used to make a message
    whose content no guard read)."""
    if not isinstance(text, str):
        raise TypeError(f"tool_result: text must be a str, got {type(text).__name__}; "
                        "for structured data pass json.dumps(data)")
    msg: dict[str, Any] = {"role": "tool", "tool_call_id": call_id, "content": text}
    if name is not None:
        msg["name"] = name
    return msg


async def _aiter(items: list[str]) -> AsyncIterator[str]:
    for item in items:
        await anyio.sleep(0)
        yield item


class _RecordingGuard:
    name = "recording"
    cacheable = True

    def __init__(self, name: str | None, policy: Policy | None) -> None:
        if name:
            self.name = name
        if policy is not None:
            self.default_policy = policy
        self.seen: list[str] = []
        self._lock = threading.Lock()

    def _record(self, text: str) -> None:
        with self._lock:
            self.seen.append(text)


class StaticGuard(_RecordingGuard):
    """Always returns the same decision: ``StaticGuard("block", reason="nope")``,
    ``StaticGuard("rewrite", text="new")`` or ``StaticGuard(Decision.allow())``."""

    name = "static"

    def __init__(self, decision: Decision | Action = "allow", *, text: str | None = None,
                 reason: str = "", score: float | None = None, name: str | None = None,
                 policy: Policy | None = None, delay_s: float = 0.0) -> None:
        super().__init__(name, policy)
        if not isinstance(decision, str) and (text, reason, score) != (None, "", None):
            raise ValueError("StaticGuard: given a Decision, put text, reason and score in "
                             "the Decision (they would be ignored here)")
        if isinstance(decision, str):  # a Decision object is taken as it is (even a bad one)
            if decision not in get_args(Action):
                raise ValueError(f"StaticGuard: unknown action {decision!r}, expected one of "
                                 f"{', '.join(get_args(Action))}")
            if (decision in ("rewrite", "reask")) != isinstance(text, str) or (
                    text is not None and not isinstance(text, str)):
                raise ValueError(f"StaticGuard({decision!r}) needs text= (a str) for a rewrite "
                                 "or re-ask, and takes none otherwise")
            if not isinstance(reason, str) or not (score is None or (isinstance(
                    score, int | float) and not isinstance(score, bool))):
                # built from an action name, the Decision is the one asked for: a bad reason
                # or score made it an error of the guard at run time (Decision() as is tests
                # that)
                raise ValueError(f"StaticGuard: reason must be a str and score a number or "
                                 f"None, got reason={reason!r}, score={score!r}")
            decision = Decision(decision, text, reason, score)
        _check_seconds("StaticGuard", "delay_s", delay_s)
        self.decision = decision
        self.delay_s = delay_s

    def __call__(self, text: str, ctx: Context) -> Decision:
        self._record(text)
        if self.delay_s:
            time.sleep(self.delay_s)
        return self.decision


class HangingGuard(_RecordingGuard):
    """Takes ``seconds`` to answer (async by default, ``sync=True`` for a blocking one) —
    for testing budgets and fail-open/fail-closed."""

    name = "hanging"

    def __init__(self, seconds: float = 3600.0, *, sync: bool = False, name: str | None = None,
                 policy: Policy | None = None) -> None:
        super().__init__(name, policy)
        _check_seconds("HangingGuard", "seconds", seconds)
        self.seconds = seconds
        self.sync = sync
        self.finished = 0

    def __call__(self, text: str, ctx: Context) -> Any:
        self._record(text)
        if self.sync:
            time.sleep(self.seconds)
            self.finished += 1
            return Decision.allow("finished late")
        return self._wait()

    async def _wait(self) -> Decision:
        await anyio.sleep(self.seconds)
        self.finished += 1
        return Decision.allow("finished late")


class RaisingGuard(_RecordingGuard):
    """Raises ``exc`` on every call (default ``RuntimeError("guard failed")``)."""

    name = "raising"

    def __init__(self, exc: BaseException | type[BaseException] | None = None, *,
                 name: str | None = None, policy: Policy | None = None) -> None:
        super().__init__(name, policy)
        if exc is not None and not isinstance(exc, BaseException) and not (
                isinstance(exc, type) and issubclass(exc, BaseException)):
            hint = f": write RaisingGuard(ValueError({exc!r}))" if isinstance(exc, str) else ""
            raise TypeError(f"RaisingGuard: exc must be an exception to raise, got "
                            f"{type(exc).__name__} {exc!r}{hint}")
        self.exc = exc or RuntimeError("guard failed")

    def __call__(self, text: str, ctx: Context) -> Decision:
        self._record(text)
        raise self.exc


def capture_verdicts(*, all_threads: bool = False) -> _Capture:
    """Collect every Verdict produced inside the block:
    ``with capture_verdicts() as verdicts: ...``.

    By default only those of this thread or task (a ContextVar: concurrent tasks and threads
    each see their own). ``all_threads=True`` collects every Verdict the process produces
    while the block is open, whatever thread or task makes it: calls your app makes in a
    ``ThreadPoolExecutor``, in a web framework's test client or in a background task, which a
    thread-local capture silently misses (an assertion such as "nothing was blocked" would
    then pass on nothing). Nested blocks each get every verdict produced inside them.
    """
    return _Capture(all_threads)


class _Capture:
    """What :func:`capture_verdicts` returns: a context manager whose ``as`` target is the
    list. Read as the list itself (``verdicts = capture_verdicts()`` without ``with``), it
    raises ``TypeError`` saying so, instead of an assertion such as "nothing was blocked"
    passing on an object that captures nothing."""

    def __init__(self, all_threads: bool) -> None:
        self._all_threads = all_threads
        self._open: list[tuple[list[Verdict], Any]] = []  # one per (re-)entry

    def __enter__(self) -> list[Verdict]:
        sink: list[Verdict] = []
        if self._all_threads:
            EVERYWHERE.add(sink)
            self._open.append((sink, None))
        else:  # an enclosing capture keeps seeing them
            self._open.append((sink, CAPTURE.set((*CAPTURE.get(), sink))))
        return sink

    def __exit__(self, *exc: object) -> None:
        sink, token = self._open.pop()
        if token is None:
            EVERYWHERE.remove(sink)
        else:
            CAPTURE.reset(token)

    def _misused(self, *_args: object) -> Any:
        raise TypeError("capture_verdicts() is a context manager, not the list of verdicts: "
                        "write `with capture_verdicts() as verdicts:` and read `verdicts` "
                        "(or use the captured_verdicts pytest fixture)")

    __len__ = __iter__ = __getitem__ = __bool__ = __contains__ = _misused
