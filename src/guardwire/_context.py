"""Context: the state of one guarded call, and the vault for reversible placeholders.

A Context is created per call by ``guarded`` (or passed in with ``guard_ctx=``). Input guards
leave facts in it (the PII vault, the original input) that output guards read. Nothing here is
module-global, so concurrent calls never see each other's state.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from . import _deadline
from ._context_args import check_given

if TYPE_CHECKING:
    from ._decision import Verdict


@runtime_checkable
class Vault(Protocol):
    """Where placeholder → original value mappings live for one request.

    The default is :class:`InMemoryVault`; a shared store (Redis, …) can implement this
    protocol. Values never leave the process unless the backend sends them somewhere.
    """

    def put(self, placeholder: str, value: str) -> None: ...
    def get(self, placeholder: str) -> str | None: ...
    def items(self) -> Iterator[tuple[str, str]]: ...
    def clear(self) -> None: ...
    def __len__(self) -> int: ...


class InMemoryVault:
    """A thread-safe dict-backed vault, private to one request."""

    __slots__ = ("_data", "_lock")

    def __init__(self) -> None:
        self._data: dict[str, str] = {}
        self._lock = threading.Lock()

    def put(self, placeholder: str, value: str) -> None:
        with self._lock:
            old = self._data.get(placeholder)
            if old is not None and old != value:
                raise ValueError(f"placeholder {placeholder!r} already holds another value")
            self._data[placeholder] = value

    def get(self, placeholder: str) -> str | None:
        return self._data.get(placeholder)

    def items(self) -> Iterator[tuple[str, str]]:
        with self._lock:
            snapshot = list(self._data.items())
        return iter(snapshot)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:  # never print the values
        return f"InMemoryVault(<{len(self._data)} entries>)"


# what a field the previous call filled (``filled_from_call``) goes back to; others: ()
_CALL_FILLED_RESET: Mapping[str, Any] = MappingProxyType(
    {"original_input": "", "route": None, "config_version": None, "schema": None})


@dataclass(eq=False)
class Context:
    """Per-call state shared by the guards of one call.

    - ``route``: route name (``None`` for an ad-hoc pipeline).
    - ``original_input``: the user's text before any input guard rewrote it (set by the
      pipeline on the first input stage if empty).
    - ``messages``: the chat messages of the call, when it is a chat call (read-only view):
      during the input stage as the caller gave them, after it as the model receives them.
    - ``vault``: placeholder mappings (PII); dropped at the end of the call unless
      ``keep_vault`` is set.
    - ``docs``: retrieved documents / tool outputs (strings or dicts with id/title/text/metadata).
    - ``tool_outputs``: the tool results the call hands the model (``{"id", "name", "text"}``);
      filled from chat messages by the adapter (OpenAI ``role: "tool"``, Anthropic
      ``tool_result`` blocks) unless given. The injection guard scans them; the PII
      redactor with ``redact_tools`` rewrites them, and the call then sends the new texts.
    - ``history``: the assistant's earlier texts in a chat call (answers, tool-call arguments;
      ``{"message", "kind", "text"}``) and user messages' ``name`` fields (kind ``"name"``),
      filled by the adapter; the PII redactor redacts them (``redact_history``; names
      always) and the call sends the redacted texts.
    - ``tool_calls``: the tool calls of the answer being checked (``{"id", "name",
      "arguments"}``, arguments parsed from JSON); output guards may rewrite the arguments
      (the PII restorer fills placeholders in them) and the answer gets the new ones.
    - ``reference_time``: "now" for this conversation (time phrases resolve against it).
    - ``schema``: the expected response model (pydantic model or type), if any.
    - ``metadata``: the application's own facts (user id, tenant, authoritative values…).
    - ``state``: per-request scratch space for guards, keyed by guard name.
    - ``structured``: the validated object produced by the schema guard, if any.
    - ``structured_set``: True once a guard validated this answer into ``structured`` (which
      may then be ``None``: a JSON ``null`` for an ``Optional`` schema).
    - ``reasks``: how many re-asks the pipeline has made in this call.
    - ``finish_reason``: the model's finish reason when the adapter knows it ("length" …).
    - ``verdicts``: every Verdict of this call, in order.
    - ``stage``: the stage running now (``"input"``/``"output"``; ``None`` outside a pipeline),
      for a guard whose wording depends on what it checks.

    Read-only, set by ``guarded``: :attr:`input_texts` and :attr:`input_index` (every text the
    input stage checks in this call, and which one it is checking now), and
    :attr:`call_started_at` and :attr:`model_started_at` (when the call began, and when its
    first model call started).
    """

    route: str | None = None
    original_input: str = ""
    messages: Sequence[Mapping[str, Any]] = ()
    vault: Vault = field(default_factory=InMemoryVault)
    docs: Sequence[Any] = ()
    tool_outputs: Sequence[Mapping[str, Any]] = ()
    history: Sequence[Mapping[str, Any]] = ()
    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    reference_time: datetime | None = None
    schema: Any = None
    metadata: dict[str, Any] = field(default_factory=dict)
    state: dict[str, Any] = field(default_factory=dict)
    structured: Any = None
    reasks: int = 0
    finish_reason: str | None = None
    keep_vault: bool = False
    config_version: str | None = None
    verdicts: list[Verdict] = field(default_factory=list)
    structured_set: bool = field(default=False, init=False)
    stage: str | None = field(default=None, init=False)
    _used: bool = field(default=False, repr=False, init=False)
    _from_call: set[str] = field(default_factory=set, repr=False, init=False)
    _in_call: bool = field(default=False, repr=False, init=False)
    _calls: int = field(default=0, repr=False, init=False)  # begin_call()s so far
    _answers: list[str] = field(default_factory=list, repr=False, init=False)  # raw, per call
    _reask_t0: float | None = field(default=None, repr=False, init=False)  # first re-ask
    _inputs: tuple[str, ...] = field(default=(), repr=False, init=False)  # input_texts
    _input_at: int | None = field(default=None, repr=False, init=False)  # input_index
    _inputs_begun: int = field(default=0, repr=False, init=False)  # input stages since set
    _model_t0: float | None = field(default=None, repr=False, init=False)  # model_started_at
    _call_t0: float | None = field(default=None, repr=False, init=False)  # call_started_at
    # tokens the re-asked answers reported (None: one reported none)
    _reask_tokens: int | None = field(default=0, repr=False, init=False)

    def __post_init__(self) -> None:
        check_given(self, Vault)  # what the caller gives, checked once (_context_args)

    def begin_call(self) -> None:
        """Start a guarded call with this Context (``guarded`` calls it).

        A Context given to a second call is reset to what its caller gave: the per-call
        fields (``original_input``, ``messages``, ``state``, ``structured``, ``reasks``,
        ``finish_reason``, ``tool_calls``, ``verdicts``, and ``tool_outputs``/``history``
        when the previous call read them from its messages) start empty again, so nothing of
        the previous call — a "tool results already redacted" flag, its tool results, its
        re-ask count — carries over. ``docs``, ``metadata``, ``reference_time``, ``schema``
        and the vault (kept only with ``keep_vault``) stay; ``route``, ``config_version`` and
        ``schema`` stay only when the caller gave them, not when the call filled them in from
        its pipeline or ``response_model``.
        """
        if self._used:
            for name in self._from_call:
                setattr(self, name, _CALL_FILLED_RESET.get(name, ()))
            self.messages, self.state, self.structured = (), {}, None
            self.structured_set, self.stage = False, None
            self.reasks, self.finish_reason = 0, None
            self.tool_calls, self.verdicts = [], []
            self._from_call, self._answers, self._reask_t0 = set(), [], None
            self._reask_tokens = 0
            self._inputs, self._input_at, self._inputs_begun = (), None, 0
            self._model_t0 = None
        self._used = True
        self._calls += 1
        self._call_t0 = time.monotonic()

    @property
    def input_texts(self) -> tuple[str, ...]:
        """Every text the input stage checks in this guarded call, in order and as the caller
        wrote them (each user message, or content part, of a chat call; the prompt): a guard
        may read the text after the one it checks (a value split across two messages).
        Empty outside ``guarded`` (``check_input``)."""
        return self._inputs

    @property
    def input_index(self) -> int | None:
        """The position in :attr:`input_texts` of the text the input stage is checking now
        (``None`` outside the input stage of a ``guarded`` call)."""
        return self._input_at if self.stage == "input" else None

    @property
    def model_started_at(self) -> float | None:
        """``time.monotonic()`` when the pipeline started this call's first model call (after
        the input stage; a re-ask does not move it), ``None`` before it. Output guards can
        budget the whole call with it: ``(time.monotonic() - ctx.model_started_at) * 1000``
        is the milliseconds spent since, the first answer's wait included."""
        return self._model_t0

    @property
    def call_started_at(self) -> float | None:
        """``time.monotonic()`` when ``guarded`` began this call, before its input stage
        (``None`` for a Context no guarded call used): with it an output guard budgets the
        whole call, the input guards' time included (schema's ``max_total_ms``)."""
        return self._call_t0

    def _model_call_starts(self) -> None:
        """The pipeline is about to call the model (only the first call's time is kept)."""
        if self._model_t0 is None:
            self._model_t0 = time.monotonic()

    def _set_inputs(self, texts: Sequence[str]) -> None:
        """The call's input texts, read before its input stage runs."""
        self._inputs, self._input_at, self._inputs_begun = tuple(texts), None, 0

    def _begin_input(self, text: str) -> None:
        """An input stage starts on ``text``: the next of :attr:`input_texts` (the stages
        run in order), else a text of no known position (a guard's own ``check_input``)."""
        i = self._inputs_begun
        self._inputs_begun += 1
        known = i < len(self._inputs) and self._inputs[i] == text
        self._input_at = i if known else None

    def _count_reask(self) -> None:
        """The pipeline makes a re-ask: ``reasks`` + 1; the first one starts the clock of
        the pipeline's ``reask_budget_ms``."""
        if self._reask_t0 is None:
            self._reask_t0 = time.monotonic()
        self.reasks += 1

    def _reask_ms(self) -> float | None:
        """Milliseconds since this call's first re-ask started (``None``: none yet)."""
        t0 = self._reask_t0
        return None if t0 is None else (time.monotonic() - t0) * 1000.0

    def _reask_spent(self, tokens: int | None) -> None:
        """A re-asked answer reported ``tokens`` (``None``: no usage), for the pipeline's
        ``reask_budget_tokens``."""
        if tokens is None or self._reask_tokens is None:
            self._reask_tokens = None
        else:
            self._reask_tokens += tokens

    def filled_from_call(self, name: str) -> None:
        """Mark a field the call's own arguments filled (reset for the next call)."""
        self._from_call.add(name)

    def now(self) -> datetime:
        """The reference time of this call (``reference_time`` or the current local time)."""
        return self.reference_time or datetime.now().astimezone()

    def guard_state(self, guard: str) -> dict[str, Any]:
        """The scratch dict of one guard for this request (created on first use)."""
        scratch: dict[str, Any] = self.state.setdefault(guard, {})
        return scratch

    def time_left(self) -> float | None:
        """Seconds left of the running guard's ``budget_ms`` (0.0 once spent: stop, the step
        records a timeout); ``None`` without a budget. See docs/writing_guards.md."""
        return _deadline.time_left()

    def out_of_time(self) -> bool:
        """``ctx.time_left() == 0.0``: the running guard's budget is spent."""
        return _deadline.time_left() == 0.0

    def __repr__(self) -> str:
        return (f"Context(route={self.route!r}, docs={len(self.docs)}, vault={self.vault!r}, "
                f"reasks={self.reasks}, verdicts={len(self.verdicts)})")


class CallScope:
    """One guarded call's hold on its Context: :meth:`end` ends that call once, and never a
    later call the Context has moved on to. A stream that is finalized late (an async one
    abandoned after ``break`` is closed on a later turn of the event loop, after its dropped
    handle already ended the call) would otherwise clear the vault of the next call using
    the Context, in the middle of it."""

    __slots__ = ("_ended", "_n", "ctx")

    def __init__(self, ctx: Context) -> None:
        self.ctx, self._n, self._ended = ctx, ctx._calls, False

    @property
    def current(self) -> bool:
        """The Context is not serving a later call."""
        return self.ctx._calls == self._n

    def end(self) -> None:
        with _CLAIM:  # once, also when a stream's finalizer and its close() race
            ended, self._ended = self._ended, True
        if ended or not self.current:
            return
        try:  # the vault is cleared before the Context is free: a call that claims it
            if not self.ctx.keep_vault:  # then must not lose what it puts in the vault
                self.ctx.vault.clear()
        finally:
            self.ctx._in_call = False


AMBIENT: ContextVar[Context | None] = ContextVar("guardwire_context", default=None)
"""The Context of the innermost ``guard_context()`` block of this thread or task."""


@contextmanager
def guard_context(ctx: Context) -> Iterator[Context]:
    """Give ``ctx`` to the guarded calls made in this block, as ``guard_ctx=ctx`` would, in a
    form type checkers accept on any wrapped function (an SDK method included)::

        with guard_context(Context(docs=docs)) as ctx:
            answer = ask("When is the refund due?")
        ctx.verdicts

    A call's own ``guard_ctx=`` wins. Calls made in the block one after another each use
    ``ctx`` in turn (each starts it clean, as a Context given again does); two at once (tasks
    of one ``asyncio.gather``) is a ``RuntimeError``, as sharing one Context is. A guarded
    call made by a guard during a call gets a Context of its own, not ``ctx``."""
    if not isinstance(ctx, Context):
        raise TypeError(f"guard_context() takes a guardwire.Context, got {type(ctx).__name__}")
    token = AMBIENT.set(ctx)
    try:
        yield ctx
    finally:
        AMBIENT.reset(token)


# makes "is the Context free? then it is mine" one step; reentrant: a dropped stream's
# finalizer (CallScope.end) may run on this thread while it holds the lock
_CLAIM = threading.RLock()


@contextmanager
def call_context(given: object) -> Iterator[Context]:
    """The Context of a guarded call starting now, claimed for the call and begun (started
    clean): ``given`` (the call's ``guard_ctx=``), else the innermost ``guard_context()``
    block's, else a new one. One in use by a call that has not ended is refused: resetting it
    would wipe that call's state and vault. The check and the marking (``_in_call``) are one
    step under a lock: before, two threads starting calls on one Context at the same instant
    could both pass the check and then reset each other's state and vault. The block is the
    caller's own set-up (its argument checks): if it raises, the claim is given back, so a
    call refused by its own checks does not leave the Context in use."""
    ambient = AMBIENT.get() if given is None else None
    ctx = given if given is not None else ambient if ambient is not None else Context()
    if not isinstance(ctx, Context):
        raise TypeError(f"guard_ctx= must be a guardwire.Context, got {type(ctx).__name__}")
    with _CLAIM:
        if ctx._in_call:
            raise RuntimeError(
                ("the Context of this guard_context() block" if ambient is not None else
                 "this guard_ctx") + " is in use by a guarded call that has not ended (a "
                "guard calling the guarded function with its own ctx, two concurrent calls "
                "sharing one Context, or a stream not yet consumed or closed; an async "
                "generator left by `break` is closed only on a later turn of the event loop:"
                " iterate it in `async with contextlib.aclosing(...)`): give each call its "
                "own Context")
        ctx._in_call = True
    try:
        ctx.begin_call()  # a Context used before starts clean (what a call filled included)
        yield ctx
    except BaseException:
        ctx._in_call = False  # still ours: no other call could claim it meanwhile
        raise

