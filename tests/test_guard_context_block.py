"""``with guard_context(ctx): ask(...)``: the typed way to give a wrapped call its Context.
Before, ``guard_ctx=`` was the only way, and ``mypy --strict`` reported it on every function
that does not declare it (``Unexpected keyword argument "guard_ctx"``), an SDK method
included, whose signature the app cannot change: the docs said to wrap it in a function of
one's own."""

from __future__ import annotations

import asyncio
import textwrap
from pathlib import Path

import pytest

from guardwire import Context, Decision, InputBlocked, Pipeline, guard_context, guarded
from guardwire.testing import FakeLLM

mypy_api = pytest.importorskip("mypy.api")


def _needs_docs(text: str, ctx: Context) -> Decision:
    return Decision.allow() if ctx.docs else Decision.block("no documents")


def test_calls_in_the_block_get_the_context_and_the_keyword_wins() -> None:
    llm = FakeLLM("answer")
    ask = guarded(llm.complete, pipeline=Pipeline(input=[_needs_docs]))
    with guard_context(Context(docs=["doc"])) as ctx:
        assert ask("q") == "answer"
        assert ask("again") == "answer"  # one after another: each starts it clean
        own = Context(docs=["mine"])
        assert ask("q3", guard_ctx=own) == "answer"
    assert [v.original for v in ctx.verdicts] == ["again", "answer"]
    assert own.verdicts[0].original == "q3"
    with pytest.raises(InputBlocked, match="no documents"):  # the block is over
        ask("q")
    with pytest.raises(TypeError, match=r"takes a guardwire\.Context"), guard_context(
            "docs"):  # type: ignore[arg-type]
        pass


def test_a_guarded_call_a_guard_makes_gets_its_own_context() -> None:
    inner = guarded(FakeLLM("inner").complete, pipeline=Pipeline())
    seen: list[str] = []

    def judge(text: str, ctx: Context) -> Decision:
        seen.append(inner(text))  # was: RuntimeError, the block's Context being in use
        return Decision.allow()

    ask = guarded(FakeLLM("outer").complete, pipeline=Pipeline(input=[judge]))
    with guard_context(Context()) as ctx:
        assert ask("q") == "outer"
    assert seen == ["inner"] and [v.stage for v in ctx.verdicts] == ["input", "output"]


@pytest.mark.anyio
async def test_async_calls_in_the_block_and_two_at_once_are_refused() -> None:
    async def slow(prompt: str) -> str:
        await asyncio.sleep(0.01)
        return "answer"

    ask = guarded(slow, pipeline=Pipeline())
    with guard_context(Context()) as ctx:
        assert await ask("q") == "answer"
        with pytest.raises(RuntimeError, match="guard_context"):
            await asyncio.gather(ask("a"), ask("b"))
    assert ctx.verdicts


def test_the_documented_block_passes_mypy_strict_on_an_undeclared_function(
        tmp_path: Path) -> None:
    source = textwrap.dedent('''
    from guardwire import Context, Pipeline, guard_context, guarded

    @guarded(pipeline=Pipeline())
    def bare(prompt: str) -> str:
        return "hi"

    with guard_context(Context(docs=["doc"])) as ctx:
        print(bare("hello").upper())
    print(len(ctx.verdicts))
    ''')
    app = tmp_path / "app.py"
    app.write_text(source)
    cache = tmp_path.parent.parent / "user_app_typing_mypy_cache"
    out, err, status = mypy_api.run(["--strict", "--cache-dir", str(cache), str(app)])
    assert status == 0, out + err
    ns: dict[str, object] = {}
    exec(source, ns)
    assert len(ns["ctx"].verdicts) == 2  # type: ignore[attr-defined]


def _judge_calling(inner: object, seen: list[str]) -> object:
    def judge(text: str, ctx: Context) -> Decision:
        seen.append(inner(text))  # type: ignore[operator]
        return Decision.allow()
    return judge


def test_an_output_guard_of_a_stream_read_in_the_block_gets_its_own_context() -> None:
    """Before: the stream's output stage runs as it is read, in the block, so a guarded call
    its guard made took the block's Context, still in use: a RuntimeError, and the fail-closed
    guard blocked the answer."""
    seen: list[str] = []
    inner = guarded(FakeLLM("inner").complete, pipeline=Pipeline())
    ask = guarded(FakeLLM("outer answer").stream,
                  pipeline=Pipeline(output=[_judge_calling(inner, seen)]))
    with guard_context(Context()) as ctx:
        assert "".join(ask("q")) == "outer answer"
    assert seen == ["inner"] and [v.stage for v in ctx.verdicts] == ["input", "output"]


@pytest.mark.anyio
async def test_the_same_for_an_async_stream() -> None:
    seen: list[str] = []
    inner = guarded(FakeLLM("inner").complete, pipeline=Pipeline())
    ask = guarded(FakeLLM("outer answer").astream,
                  pipeline=Pipeline(output=[_judge_calling(inner, seen)]))
    with guard_context(Context()) as ctx:
        stream = await ask("q")
        assert "".join([c async for c in stream]) == "outer answer"
    assert seen == ["inner"] and ctx.verdicts[-1].stage == "output"
