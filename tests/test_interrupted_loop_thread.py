"""A sync guarded call made where an event loop already runs (a Jupyter cell, a sync helper in
async code) runs its async guards on a fresh loop in a helper thread. Interrupted (Ctrl-C in
Jupyter raises KeyboardInterrupt in the waiting thread), the call used to leave that helper
running on its own: the async guards (an LLM judge call, with its cost) went on to the end and
the stage's verdict was recorded after the call had already ended. Now the helper's work is
cancelled."""

from __future__ import annotations

import asyncio
import signal
import threading

import anyio
import pytest

from guardwire import Context, Decision, Pipeline


class Judge:
    name = "judge"

    def __init__(self) -> None:
        self.started, self.cancelled, self.finished = (threading.Event(), threading.Event(),
                                                       threading.Event())

    async def __call__(self, text: str, ctx: Context) -> Decision:
        self.started.set()
        try:
            await anyio.sleep(30)
        except anyio.get_cancelled_exc_class():
            self.cancelled.set()
            raise
        self.finished.set()
        return Decision.allow()


def test_an_interrupted_sync_call_inside_a_running_loop_cancels_its_helper() -> None:
    judge = Judge()
    p = Pipeline(input=[judge])
    main = threading.get_ident()

    def interrupt() -> None:
        assert judge.started.wait(30)
        threading.Event().wait(0.2)  # the caller is in its wait by then (not an assertion)
        signal.pthread_kill(main, signal.SIGINT)

    async def cell() -> None:  # a notebook cell: sync code under a running loop
        p.check_input("hello")

    threading.Thread(target=interrupt, daemon=True).start()
    loop = asyncio.new_event_loop()  # not asyncio.run: its SIGINT handler would take Ctrl-C
    try:
        with pytest.raises(KeyboardInterrupt):
            loop.run_until_complete(cell())
    finally:
        loop.close()
    assert judge.cancelled.wait(30)
    assert not judge.finished.is_set()


def _run_in_cell(p: Pipeline) -> None:
    loop = asyncio.new_event_loop()

    async def cell() -> None:
        p.check_input("hello")

    try:
        with pytest.raises(KeyboardInterrupt):
            loop.run_until_complete(cell())
    finally:
        loop.close()


def _helper_thread() -> threading.Thread:
    return next(t for t in threading.enumerate() if t.name == "guardwire-loop")


def test_a_ctrl_c_landing_while_the_helper_starts_still_cancels_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Under load the caller can still be in Thread.start() when the judge has begun: a Ctrl-C
    # there used to skip the cancel, and the judge ran its full time (a flaky test showed it).
    judge = Judge()
    real_start = threading.Thread.start

    def start(self: threading.Thread) -> None:
        real_start(self)
        if self.name == "guardwire-loop":
            assert judge.started.wait(30)
            raise KeyboardInterrupt

    monkeypatch.setattr(threading.Thread, "start", start)
    _run_in_cell(Pipeline(input=[judge]))
    assert judge.cancelled.wait(30)
    assert not judge.finished.is_set()


def test_a_ctrl_c_before_the_helper_registers_its_task_stops_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    judge = Judge()
    go = threading.Event()
    real_start, real_run = threading.Thread.start, anyio.run

    def start(self: threading.Thread) -> None:
        real_start(self)
        if self.name == "guardwire-loop":
            raise KeyboardInterrupt  # before the helper has run anything

    def run(*args: object, **kwargs: object) -> object:
        assert go.wait(30)
        return real_run(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(threading.Thread, "start", start)
    monkeypatch.setattr(anyio, "run", run)
    p = Pipeline(input=[judge])
    loop = asyncio.new_event_loop()

    async def cell() -> None:
        p.check_input("hello")

    try:
        with pytest.raises(KeyboardInterrupt):
            loop.run_until_complete(cell())
        helper = _helper_thread()
    finally:
        loop.close()
    go.set()
    helper.join(30)
    assert not helper.is_alive()
    assert not judge.finished.is_set()
