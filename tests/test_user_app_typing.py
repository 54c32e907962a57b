"""What mypy --strict says about an app's own code that follows the docs (eighth session).

Before: ``@guarded(route=..., response_model=Ticket)`` on ``def support(prompt: str) -> str``
was typed as returning ``str``, though the call returns the ``Ticket``: ``support(...).category``
was a mypy error (``"str" has no attribute "category"``) in code copied from the docs."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api")

APP = '''
from pydantic import BaseModel
from guardwire import Pipeline, guarded


class Ticket(BaseModel):
    category: str


@guarded(pipeline=Pipeline(), response_model=Ticket)
def support(prompt: str) -> str:
    return '{"category": "refund"}'


@guarded(pipeline=Pipeline(), response_model=Ticket)
async def asupport(prompt: str) -> str:
    return '{"category": "refund"}'


@guarded(pipeline=Pipeline())
def plain(prompt: str) -> str:
    return "hi"


async def use_async() -> str:
    t = await asupport("refund please")
    return str(t.category)


print(support("refund please").category)
print(plain("hi").upper())
'''


def run_mypy(tmp_path: Path, source: str) -> tuple[str, int]:
    app = tmp_path / "app.py"
    app.write_text(textwrap.dedent(source))
    cache = tmp_path.parent.parent / "user_app_typing_mypy_cache"  # shared by this run's tests
    out, err, status = mypy_api.run(["--strict", "--cache-dir", str(cache), str(app)])
    return out + err, status


def test_decorator_with_response_model_is_not_typed_as_the_function_s_own_return(
        tmp_path: Path) -> None:
    out, status = run_mypy(tmp_path, APP)
    assert status == 0, out


def test_the_wrapped_signature_is_still_checked(tmp_path: Path) -> None:
    out, status = run_mypy(tmp_path, APP + '\nplain(3)\nsupport(prompt=3)\n')
    assert status == 1
    assert out.count('incompatible type "int"') == 2, out


def test_the_documented_guard_ctx_declaration_passes_mypy_strict(tmp_path: Path) -> None:
    """docs/concepts.md "Type checkers": ``ask(..., guard_ctx=ctx)`` was a mypy error
    (``Unexpected keyword argument "guard_ctx"``) with no documented way out; declaring it on
    the wrapped function is the way, and the call then still gets the Context."""
    source = '''
    from guardwire import Context, Pipeline, guarded

    @guarded(pipeline=Pipeline())
    def ask(prompt: str, *, guard_ctx: Context | None = None) -> str:
        assert guard_ctx is None
        return "hi"

    @guarded(pipeline=Pipeline())
    def bare(prompt: str) -> str:
        return "hi"

    ctx = Context()
    print(ask("hello", guard_ctx=ctx).upper(), len(ctx.verdicts))
    '''
    out, status = run_mypy(tmp_path, source)
    assert status == 0, out
    ns: dict[str, object] = {}
    exec(textwrap.dedent(source), ns)  # the Context reached the pipeline, None the function
    assert len(ns["ctx"].verdicts) == 2  # type: ignore[attr-defined]
    out, status = run_mypy(tmp_path, source.rstrip() + "\n    bare('hello', guard_ctx=ctx)\n")
    assert status == 1 and 'Unexpected keyword argument "guard_ctx"' in out, out


def test_a_list_of_guards_built_apart_can_be_annotated(tmp_path: Path) -> None:
    """``INPUT = [Normalize(), step(PIIRedactor(), budget_ms=300)]`` is inferred as
    ``list[object]``, which ``Pipeline(input=INPUT)`` refuses under mypy --strict; the type to
    annotate it with (guard | step(...) | parallel(...)) was private. It is
    ``guardwire.GuardItem``."""
    source = '''
    from guardwire import GuardItem, Pipeline, parallel, step
    from guardwire.guards.abuse import AbuseGate
    from guardwire.guards.basic import MaxLength
    from guardwire.guards.normalize import Normalize

    INPUT: list[GuardItem] = [Normalize(), step(AbuseGate(), budget_ms=30),
                              parallel([MaxLength(4000)])]
    pipeline = Pipeline(input=INPUT)
    '''
    out, status = run_mypy(tmp_path, source)
    assert status == 0, out
    ns: dict[str, object] = {}
    exec(textwrap.dedent(source), ns)
    assert [s.name for s in ns["pipeline"].steps("input")] == [  # type: ignore[attr-defined]
        "normalize", "abuse_gate", "max_length"]


def test_an_sdk_method_keeps_its_overloads_so_stream_true_type_checks(tmp_path: Path) -> None:
    """docs/streaming.md's example, ``chat = guarded(client.chat.completions.create, ...)``
    then ``chat(..., stream=True)``, was a mypy --strict error (``Argument "stream" has
    incompatible type "Literal[True]"; expected "Literal[False] | Omit | None"``, and each
    chunk typed ``tuple[str, Any]``): the wrapper kept only the SDK method's first overload."""
    pytest.importorskip("openai")
    source = '''
    import openai
    from guardwire import Pipeline, guarded

    client = openai.OpenAI(api_key="offline", base_url="http://127.0.0.1:9")
    chat = guarded(client.chat.completions.create, pipeline=Pipeline())
    for chunk in chat(model="gpt-4o-mini", messages=[{"role": "user", "content": "Hi"}],
                      stream=True):
        if chunk.choices and chunk.choices[0].delta.content:
            print(chunk.choices[0].delta.content)
    answer = chat(model="gpt-4o-mini", messages=[{"role": "user", "content": "Hi"}])
    print(answer.choices[0].message.content)
    '''
    out, status = run_mypy(tmp_path, source)
    assert status == 0, out
