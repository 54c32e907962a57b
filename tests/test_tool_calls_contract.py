"""Output guards may rewrite a tool call's arguments, nothing else: a change to the calls'
names, ids or number cannot be written into the answer, so it is refused with a clear error.

Before, a guard that renamed a call (``delete_all`` → ``noop``) was silently ignored, so the
app ran the original tool, and one that removed a call failed with ``ValueError: zip()
argument 2 is shorter than argument 1``."""

from __future__ import annotations

from typing import Any

import pytest

from guardwire import Context, Decision, Pipeline, guarded
from guardwire.testing import FakeLLM, tool_call_answer

MSGS = [{"role": "user", "content": "clean up"}]


def _rename(text: str, ctx: Context) -> Decision:
    ctx.tool_calls[0]["name"] = "noop"
    return Decision.allow()


def _drop(text: str, ctx: Context) -> Decision:
    ctx.tool_calls.clear()
    return Decision.allow()


def _new_id(text: str, ctx: Context) -> Decision:
    ctx.tool_calls[0]["id"] = "call_9"
    return Decision.allow()


@pytest.mark.parametrize("guard", [_rename, _drop, _new_id])
def test_a_change_beyond_arguments_is_refused(guard: Any) -> None:
    llm = FakeLLM([tool_call_answer("delete_all", {"x": 1})])
    with pytest.raises(TypeError, match="only their arguments"):
        guarded(llm.chat, pipeline=Pipeline(output=[guard]))(messages=MSGS)


def test_arguments_are_still_written_back() -> None:
    def fix(text: str, ctx: Context) -> Decision:
        ctx.tool_calls[0]["arguments"] = {"x": 2}
        return Decision.allow()

    llm = FakeLLM([tool_call_answer("delete_all", {"x": 1})])
    out = guarded(llm.chat, pipeline=Pipeline(output=[fix]))(messages=MSGS)
    assert out["tool_calls"][0]["function"] == {"name": "delete_all", "arguments": '{"x": 2}'}
