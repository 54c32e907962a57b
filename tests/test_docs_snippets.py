"""Every ```python, ```toml and ```yaml block of README.md, docs/*.md and docs/guards/*.md runs.

- python blocks run in order, one namespace per markdown file (a block may use what an earlier
  block of the same file defined), offline, in a temporary working directory. Names a block uses
  but does not define come from the explicit per-file table ``SETUPS`` below; ``def test_*``
  functions a block defines are called (with offline stand-ins for the guardwire pytest
  fixtures ``fake_llm``, ``captured_verdicts`` and ``guard_ctx``).
- A top-level expression followed by a comment that starts with a Python literal
  (``d.text   # "I'm <PERSON_1>, ..."``, or the comment lines right below it) must evaluate to
  that literal. ``CHECKS`` adds assertions for blocks whose output is not a literal.
- toml/yaml blocks that define ``routes`` are loaded with ``guardwire.config.load_routes``, so a
  wrong key or option fails here. A block headed ``# guardwire.toml`` is also written to the
  working directory under that name, for the python blocks of the same file.
- A block that cannot run is marked in the markdown, on the line right before its fence:
  ``<!-- snippet: skip (reason) -->``; it is reported as a pytest skip with that reason.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from _docs_runner import (
    DOC_FILES,
    LANGS,
    ROOT,
    Block,
    Check,
    Env,
    Result,
    Setup,
    extract,
    literal_prefix,
    run_file,
    run_python,
    run_routes,
)
from _fake_server import Request
from guardwire import ConfigError, InputBlocked, Pipeline
from guardwire.testing import FakeLLM

BLOCKS = [b for p in DOC_FILES for b in extract(p)]


# -- stand-ins -----------------------------------------------------------------------------
def _quick_start_llm(prompt: str) -> str:
    return ("Sorry <PERSON_1>, your refund is on its way." if "<PERSON_1>" in prompt
            else "no placeholder in the prompt")


def _provider_reply(req: Request) -> str:
    """The structured-output examples get JSON with the placeholders they sent; chats an echo."""
    if req.last_user.startswith("Add a user"):
        return '{"name": "<PERSON_1>", "email": "<EMAIL_ADDRESS_1>"}'
    if req.last_user.startswith("Locked out"):
        return '{"summary": "Locked out of the account", "customer_email": "<EMAIL_ADDRESS_1>"}'
    return "Hello " + str(req.last_user)


def _examples_routes() -> str:
    """examples/guardwire.toml: routes chat, chat_stream, structured, ..."""
    return str((ROOT / "examples" / "guardwire.toml").read_text(encoding="utf-8"))


def _readme_routes() -> str:
    """The README's ``# guardwire.toml`` block: route support."""
    return next(b.code for b in BLOCKS
                if b.file == "README.md" and b.code.startswith("# guardwire.toml"))


SETUPS: dict[str, Setup] = {
    "README.md": Setup(names=lambda env: {"my_llm": FakeLLM(_quick_start_llm)}),
    "docs/guards/schema.md": Setup(
        names=lambda env: {"my_llm": FakeLLM('Sure: {"name": "Ada Lovelace", "age": 36}')},
        server=_provider_reply),
    "docs/providers.md": Setup(route_file=_examples_routes, server=_provider_reply),
    "docs/streaming.md": Setup(route_file=_examples_routes, server=lambda req: "Hello there"),
    "docs/tracing.md": Setup(route_file=_examples_routes),
    "docs/testing.md": Setup(route_file=_readme_routes),
}


# -- assertions on output that is not a literal -----------------------------------------------

def _readme_quick_start(ns: dict[str, Any], res: Result, env: Env) -> None:
    assert [s.name for s in ns["pipeline"].steps("output")] == ["pii_restore"]  # added
    assert ns["my_llm"].prompts == ["Hi, I'm <PERSON_1>. Where is my refund?"]
    answer = list(res.values.values())[-1]
    assert answer == "Sorry Maria Garcia, your refund is on its way."


def _schema_quick_start(ns: dict[str, Any], res: Result, env: Env) -> None:
    assert ns["person"] == ns["Person"](name="Ada Lovelace", age=36)


def _schema_instructor(ns: dict[str, Any], res: Result, env: Env) -> None:
    assert env.server is not None
    sent = env.server.requests[-1].last_user
    assert sent == "Add a user: <PERSON_1>, <EMAIL_ADDRESS_1>"
    user = ns["user"]  # instructor keeps the raw response in a private attribute: compare fields
    assert isinstance(user, ns["User"])
    assert user.model_dump() == {"name": "Maria Garcia", "email": "maria.garcia@example.com"}


def _providers_instructor(ns: dict[str, Any], res: Result, env: Env) -> None:
    assert env.server is not None
    assert all("ana.lima@example.com" not in r.raw for r in env.server.requests)
    assert "<EMAIL_ADDRESS_1>" in env.server.requests[-1].last_user


def _providers_chat(ns: dict[str, Any], res: Result, env: Env) -> None:
    import anthropic
    import anyio
    import openai

    assert isinstance(ns["answer"], openai.types.chat.ChatCompletion)
    assert ns["answer"].choices[0].message.content == "Hello ..."
    message = anyio.run(ns["ask"])  # the async Anthropic client, guarded, stays async
    assert isinstance(message, anthropic.types.Message)
    assert [b.text for b in message.content if isinstance(b, anthropic.types.TextBlock)] == [
        "Hello ..."]
    assert [r.api for r in env.server.requests] == ["openai", "anthropic"]  # type: ignore[union-attr]


def _exceptions(ns: dict[str, Any], res: Result, env: Env) -> None:
    assert res.stdout.splitlines() == ["input blocked by static: nope", "static"]


def _injection_tool_output(ns: dict[str, Any], res: Result, env: Env) -> None:
    with pytest.raises(InputBlocked, match="possible prompt injection in tool output call_1"):
        ns["ask"](messages=ns["messages"])
    assert ns["llm"].calls == []


def _streaming_openai(ns: dict[str, Any], res: Result, env: Env) -> None:
    assert res.stdout == "Hello there"


def _readme_route(ns: dict[str, Any], res: Result, env: Env) -> None:
    import inspect

    assert inspect.iscoroutinefunction(ns["answer"])  # async stays async


def _tracing(ns: dict[str, Any], res: Result, env: Env) -> None:
    ns["spans"].clear()
    ns["routes"]["chat"].check_input("hello")  # "same for route files": spans from a route
    names = {s.name for s in ns["spans"].get_finished_spans()}
    assert {"guardwire.input", "guardwire.guard normalize", "guardwire.guard pii"} <= names


def _remote_moderation(ns: dict[str, Any], res: Result, env: Env) -> None:
    import httpx

    def moderation(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"flagged": "idiot" in json.loads(request.content)["text"]})

    client = httpx.AsyncClient
    with pytest.MonkeyPatch.context() as mp:  # the service, answered in-process
        mp.setattr(httpx, "AsyncClient", lambda: client(transport=httpx.MockTransport(moderation)))
        p = Pipeline(input=[ns["RemoteModeration"]("https://moderation.example/v1/check")])
        verdict = p.check_input("you idiot")
        assert verdict.blocking is not None
        assert verdict.blocking.reason == "flagged by moderation"
        assert not p.check_input("hello").blocked


# (file, a text only that block of the file contains) -> check
CHECKS: dict[tuple[str, str], Check] = {
    ("README.md", "def ask(prompt: str)"): _readme_quick_start,
    ("README.md", "async def answer("): _readme_route,
    ("docs/guards/schema.md", "response_model=Person"): _schema_quick_start,
    ("docs/guards/schema.md", "instructor.from_litellm"): _schema_instructor,
    ("docs/providers.md", "instructor.from_openai"): _providers_instructor,
    ("docs/providers.md", "import anthropic, openai, litellm"): _providers_chat,
    ("docs/concepts.md", "except InputBlocked as exc"): _exceptions,
    ("docs/guards/injection.md", '"role": "tool"'): _injection_tool_output,
    ("docs/streaming.md", "except OutputBlocked as exc"): _streaming_openai,
    ("docs/tracing.md", "load_routes("): _tracing,
    ("docs/writing_guards.md", "class RemoteModeration"): _remote_moderation,
}


def _check_for(block: Block) -> Check | None:
    hits = [c for (f, text), c in CHECKS.items() if f == block.file and text in block.code]
    assert len(hits) <= 1, f"{block.id}: more than one CHECKS entry matches"
    return hits[0] if hits else None


# -- tests ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def run_of(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], dict[int, Result]]:
    """Each markdown file runs once per session, the first time one of its blocks is tested."""
    cache: dict[str, dict[int, Result]] = {}

    def get(file: str) -> dict[int, Result]:
        if file not in cache:
            blocks = [b for b in BLOCKS if b.file == file]
            cache[file] = run_file(blocks, tmp_path_factory.mktemp("docs"),
                                   SETUPS.get(file, Setup()), _check_for)
        return cache[file]

    return get


@pytest.mark.parametrize("block", BLOCKS, ids=[b.id for b in BLOCKS])
def test_snippet(block: Block, run_of: Callable[[str], dict[int, Result]]) -> None:
    if block.skip:
        pytest.skip(f"{block.id} marked in the markdown: {block.skip}")
    res = run_of(block.file)[block.line]
    if res.error is not None:
        pytest.fail(f"{block.id} ({block.lang}) failed:\n{res.error}", pytrace=False)


def test_blocks_are_found() -> None:
    """The extractor sees the docs' blocks (a broken fence regex must not pass vacuously)."""
    by_lang = {lang: sum(b.lang == lang for b in BLOCKS) for lang in LANGS}
    assert by_lang["python"] >= 30 and by_lang["toml"] >= 10 and by_lang["yaml"] >= 1
    assert any(b.file == "README.md" for b in BLOCKS)


def test_every_check_and_setup_matches_a_block() -> None:
    for file, text in CHECKS:
        hits = [b for b in BLOCKS if b.file == file and text in b.code]
        assert len(hits) == 1, f"CHECKS[{file!r}, {text!r}] matches {len(hits)} blocks"
        assert hits[0].skip is None, f"{hits[0].id} has a check but is skipped"
    for file in SETUPS:
        assert any(b.file == file for b in BLOCKS), f"SETUPS[{file!r}]: no blocks there"


# (file, a text of the block) -> how many of its output comments are compared, its tests
EXPECTED_CHECKS: dict[tuple[str, str], tuple[int, int]] = {
    ("docs/concepts.md", "parallel([AbuseGate()"): (1, 0),
    ("docs/streaming.md", "chunk_size=5"): (3, 0),
    ("docs/testing.md", "def test_redacts_email"): (0, 1),
    ("docs/testing.md", "def test_restores_the_name"): (0, 2),
    ("docs/testing.md", "def test_slow_moderation_fails_open"): (0, 1),
    ("docs/testing.md", "def test_route"): (0, 1),
    ("docs/testing.md", "def test_the_route_without_a_model"): (0, 1),
    ("docs/testing.md", "def test_stream_restores_placeholders"): (0, 2),
    ("docs/testing.md", "class NoUrls"): (0, 4),
    ("docs/testing.md", "def test_the_provider_never_sees_the_email"): (0, 1),
    ("docs/writing_guards.md", "def no_urls"): (1, 0),
    ("docs/writing_guards.md", "class MaskWord"): (1, 0),
    ("docs/writing_guards.md", "def test_blocks_banned_word"): (0, 3),
    ("docs/guards/abuse_gate.md", "gate = AbuseGate()"): (3, 0),
    ("docs/guards/injection.md", "guard = InjectionGuard()"): (3, 0),
    ("docs/guards/normalize.md", "normalize_text("): (2, 0),
    ("docs/guards/pii.md", "pii = PIIRedactor()"): (3, 0),
    ("docs/guards/schema.md", "instructor.from_litellm"): (1, 0),
    ("docs/guards/time_phrases.md", "TimePhraseGuard()"): (2, 0),
    ("docs/providers.md", "instructor.from_openai"): (1, 0),
}


def test_outputs_in_comments_are_compared(run_of: Callable[[str], dict[int, Result]]) -> None:
    """The literal comments and the blocks' own tests really ran (not skipped by a parser slip)."""
    for (file, text), (n_compared, n_tests) in EXPECTED_CHECKS.items():
        block = next(b for b in BLOCKS if b.file == file and text in b.code)
        res = run_of(file)[block.line]
        assert res.error is None, f"{block.id} failed (see its test_snippet)"
        assert (len(res.compared), len(res.tests_run)) == (n_compared, n_tests), block.id


def test_literal_comments_are_read() -> None:
    assert literal_prefix(" 'block' (Cyrillic і, о, е)") == (True, "block")
    assert literal_prefix(" ['a']: the model never saw it") == (True, ["a"])
    assert literal_prefix(" True") == (True, True)
    assert literal_prefix(" static") == (False, None)
    assert literal_prefix(" input blocked by static: nope") == (False, None)


def test_a_wrong_comment_or_key_fails(tmp_path: Path) -> None:
    """The runner is not lenient: a wrong output comment, an unknown option, a skip marker."""
    md = tmp_path / "page.md"
    md.write_text("x\n\n```python\n1 + 1   # 3\n```\n\n"
                  "```toml\n[routes.chat]\ninput = [{ use = \"injection\", "
                  "with = { treshold = 0.7 } }]\n```\n\n"
                  "<!-- snippet: skip (needs a real API key) -->\n```python\nboom()\n```\n",
                  encoding="utf-8")
    py, toml, skipped = extract(md)
    assert (py.lang, toml.lang, skipped.skip) == ("python", "toml", "needs a real API key")
    with pytest.raises(AssertionError, match="the comment says 3, the code gives 2"):
        run_python(py, {}, Result())
    with pytest.raises(ConfigError, match="unknown option 'treshold'"):
        run_routes(toml, tmp_path)
