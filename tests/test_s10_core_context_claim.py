"""One Context, claimed by one guarded call at a time: the "is it free?" check and the "it is
mine" mark are one step.

Before, ``call_context()`` checked ``ctx._in_call`` and the caller marked it later (after
``begin_call()`` and its own argument checks): two threads starting calls on one shared
Context at the same instant both passed the check, then each reset the other's state and
cleared the other's vault. The tests widen that window (a slow ``begin_call``) so the race
happens every time without the fix.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

import guardwire._wrap as wrap_module
from guardwire import Context, Decision, Pipeline, guarded
from guardwire._context import CallScope, InMemoryVault
from guardwire.integrations.instructor import _begin

THREADS = 6


@pytest.fixture
def slow_begin(monkeypatch: pytest.MonkeyPatch) -> None:
    """``begin_call`` takes 50 ms: every thread of the barrier gets past the free-check
    before any of them could have marked the Context, if check and mark are two steps."""
    original = Context.begin_call

    def begin_call(self: Context) -> None:
        original(self)
        time.sleep(0.05)

    monkeypatch.setattr(Context, "begin_call", begin_call)


def redact(text: str, ctx: Context) -> Decision:
    ctx.vault.put("<NAME_1>", text.split()[-1])
    ctx.guard_state("redact")["seen"] = text
    return Decision.rewrite(text.rsplit(" ", 1)[0] + " <NAME_1>", "name redacted")


def restore(text: str, ctx: Context) -> Decision:
    value = ctx.vault.get("<NAME_1>")
    if value is None:
        return Decision.block("the vault lost <NAME_1>")
    return Decision.rewrite(text.replace("<NAME_1>", value), "restored")


def race(start: Callable[[int], Any], arrived: threading.Semaphore, release: threading.Event
         ) -> tuple[list[Any], list[BaseException]]:
    """``start(i)`` in THREADS threads started at once. A thread that fails, or enters the
    model (it releases ``arrived``), has arrived; ``release`` is set once all have."""
    barrier = threading.Barrier(THREADS)
    results: list[Any] = []
    errors: list[BaseException] = []

    def run(i: int) -> None:
        barrier.wait()
        try:
            results.append(start(i))
        except BaseException as error:  # collected for the asserts
            errors.append(error)
            arrived.release()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(THREADS)]
    for t in threads:
        t.start()
    for _ in range(THREADS):
        assert arrived.acquire(timeout=10)
    release.set()
    for t in threads:
        t.join(timeout=10)
    return results, errors


def test_threads_starting_calls_on_one_context_at_once_one_proceeds(slow_begin: None) -> None:
    arrived, release = threading.Semaphore(0), threading.Event()
    entered: list[str] = []

    def model(prompt: str) -> str:
        entered.append(prompt)
        arrived.release()
        release.wait(timeout=10)  # hold the call open while the others try
        return f"hello {prompt.split()[-1]}"

    ask = guarded(model, pipeline=Pipeline(input=[redact], output=[restore]))
    ctx = Context(keep_vault=True)
    results, errors = race(lambda i: ask(f"name user-{i}", guard_ctx=ctx), arrived, release)
    assert len(entered) == 1
    assert len(results) == 1 and len(errors) == THREADS - 1
    assert all(isinstance(e, RuntimeError) and "in use" in str(e) for e in errors)
    # the call that proceeded kept its own state, vault and verdicts
    name = results[0].split()[-1]
    assert results[0] == f"hello {name}" and name.startswith("user-")
    assert ctx.vault.get("<NAME_1>") == name
    assert ctx.state["redact"]["seen"] == f"name {name}"
    assert len(ctx.verdicts) == 2 and not ctx._in_call
    ctx.vault.clear()
    release.set()
    assert ask("name again", guard_ctx=ctx) == "hello again"  # free again


def test_instructor_calls_claim_a_shared_context_once(slow_begin: None) -> None:
    ctx = Context()
    scopes: list[CallScope] = []
    arrived = threading.Semaphore(0)

    def begin(i: int) -> None:
        scopes.append(_begin({"guard_ctx": ctx}))
        arrived.release()

    _, errors = race(begin, arrived, threading.Event())
    assert len(scopes) == 1 and len(errors) == THREADS - 1
    assert all(isinstance(e, RuntimeError) for e in errors)
    assert ctx._calls == 1 and ctx._in_call  # one call began it, and holds it
    scopes[0].end()
    assert not ctx._in_call


def test_a_call_refused_by_its_own_set_up_gives_the_context_back(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The claim is taken before the call's own set-up; a set-up that raises gives it back
    (a call failing its argument checks never left the Context in use, and must not now)."""
    ctx = Context(schema=int)
    with pytest.raises(TypeError, match="conflicts"):
        guarded(lambda p: "1", pipeline=Pipeline(), response_model=str)("hi", guard_ctx=ctx)
    assert not ctx._in_call

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise LookupError("no adapter")

    monkeypatch.setattr(wrap_module, "choose_adapter", broken)
    plain = Context()
    with pytest.raises(LookupError):
        guarded(lambda p: "x", pipeline=Pipeline())("hi", guard_ctx=plain)
    assert not plain._in_call
    monkeypatch.undo()
    assert guarded(lambda p: "x", pipeline=Pipeline())("hi", guard_ctx=plain) == "x"


class WatchedVault(InMemoryVault):
    """Records whether its Context was still held when the ending call cleared it."""

    __slots__ = ("held", "owner")

    def __init__(self) -> None:
        super().__init__()
        self.owner: Context | None = None
        self.held: list[bool] = []

    def clear(self) -> None:
        assert self.owner is not None
        self.held.append(self.owner._in_call)
        super().clear()


def test_an_ending_call_clears_the_vault_before_it_frees_the_context() -> None:
    """Freed first, the Context could be claimed by a call on another thread whose first
    vault entries the ending call's clear() then wiped."""
    vault = WatchedVault()
    ctx = Context(vault=vault)
    vault.owner = ctx
    assert guarded(lambda p: "ok", pipeline=Pipeline(input=[redact]))("a b", guard_ctx=ctx)
    assert vault.held == [True] and not ctx._in_call and len(vault) == 0
