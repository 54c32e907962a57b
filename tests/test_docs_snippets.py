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

import ast
import contextlib
import io
import itertools
import re
import sys
import traceback
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from _fake_server import FakeLLMServer, Request
from guardwire import ConfigError, Context, InputBlocked
from guardwire import config as gw_config
from guardwire.testing import FakeLLM, capture_verdicts

ROOT = Path(__file__).resolve().parents[1]
DOC_FILES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")),
             *sorted((ROOT / "docs" / "guards").glob("*.md"))]
LANGS = ("python", "toml", "yaml")
_FENCE = re.compile(r"^(?P<indent>[ \t]*)```(?P<lang>[\w+-]*)\s*$")
_SKIP = re.compile(r"^\s*<!--\s*snippet:\s*skip\s*\((?P<reason>.+)\)\s*-->\s*$")


@dataclass(frozen=True)
class Block:
    file: str  # relative to the repository root
    line: int  # line of the opening fence (1-based)
    lang: str
    code: str
    skip: str | None

    @property
    def id(self) -> str:
        return f"{self.file}:{self.line}"


def extract(path: Path) -> list[Block]:
    """The fenced python/toml/yaml blocks of one markdown file (indented fences too)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    rel = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.name
    out: list[Block] = []
    i = 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if not m or not m["lang"]:
            i += 1
            continue
        indent, start = m["indent"], i
        i += 1
        body: list[str] = []
        while i < len(lines) and lines[i].strip() != "```":
            body.append(lines[i][len(indent):] if lines[i].startswith(indent) else lines[i])
            i += 1
        i += 1
        if m["lang"] not in LANGS:
            continue
        prev = next((ln for ln in reversed(lines[:start]) if ln.strip()), "")
        skip = _SKIP.match(prev)
        out.append(Block(rel, start + 1, m["lang"], "\n".join(body) + "\n",
                         skip["reason"].strip() if skip else None))
    return out


BLOCKS = [b for p in DOC_FILES for b in extract(p)]


# -- stand-ins -----------------------------------------------------------------------------
@dataclass
class Env:
    """What a file's stand-ins may use: the fake provider server (if the file has one)."""

    server: FakeLLMServer | None = None


@dataclass(frozen=True)
class Setup:
    """Per-file stand-ins: names for the namespace, a route file, a fake provider server."""

    names: Callable[[Env], dict[str, Any]] = lambda env: {}
    route_file: Callable[[], str] | None = None  # written to the working dir as guardwire.toml
    server: Callable[[Request], str] | None = None  # OPENAI_/ANTHROPIC_ env point at it


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


def _myapp_modules() -> dict[str, types.ModuleType]:
    """``myapp.*`` targets that route-file examples name as ``"module:attr"`` strings."""
    class Invoice(BaseModel):
        number: str
        total: float

    judges = types.ModuleType("myapp.judges")
    judges.nli_supported = lambda claim, evidence: True  # type: ignore[attr-defined]
    judges.ask_small_llm = lambda text: 0.0  # type: ignore[attr-defined]
    models = types.ModuleType("myapp.models")
    models.Invoice = Invoice  # type: ignore[attr-defined]
    metrics = types.ModuleType("myapp.metrics")
    metrics.total_events = lambda ctx: 3  # type: ignore[attr-defined]
    pkg = types.ModuleType("myapp")
    pkg.__path__ = []
    return {"myapp": pkg, "myapp.judges": judges, "myapp.models": models,
            "myapp.metrics": metrics}


# -- runner --------------------------------------------------------------------------------
@dataclass
class Result:
    error: str | None = None
    values: dict[int, Any] = field(default_factory=dict)  # doc line -> value of an expression
    compared: list[int] = field(default_factory=list)  # doc lines checked against their comment
    tests_run: list[str] = field(default_factory=list)  # the block's own test_* functions
    stdout: str = ""


def _literal_prefix(comment: str) -> tuple[bool, Any]:
    """The longest start of ``comment`` that is a Python literal (``'allow' (why)`` → 'allow')."""
    text = comment.strip()
    for end in range(len(text), 0, -1):
        if end < len(text) and (text[end].isalnum() or text[end] == "_"):
            continue
        try:
            return True, ast.literal_eval(text[:end])
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
            continue
    return False, None


def _expected(stmt: ast.stmt, src: list[str]) -> tuple[bool, Any]:
    """The literal in the comment after an expression statement (same line or lines below)."""
    end = stmt.end_lineno or stmt.lineno
    tail = src[end - 1].encode()[stmt.end_col_offset or 0:].decode().strip()  # offsets: bytes
    if tail.startswith("#"):
        return _literal_prefix(tail[1:])
    below = list(itertools.takewhile(lambda ln: ln.lstrip().startswith("#"), src[end:]))
    return _literal_prefix(" ".join(ln.lstrip()[1:] for ln in below)) if below else (False, None)


def _fixture_args(fn: Callable[..., Any], stack: contextlib.ExitStack) -> dict[str, Any]:
    """Offline equivalents of guardwire's pytest fixtures, for ``def test_*`` in a block."""
    import inspect

    args: dict[str, Any] = {}
    for name in inspect.signature(fn).parameters:
        if name == "fake_llm":
            args[name] = lambda responses="ok", **kw: FakeLLM(responses, **kw)
        elif name == "captured_verdicts":
            args[name] = stack.enter_context(capture_verdicts())
        elif name == "guard_ctx":
            args[name] = Context()
        else:
            raise AssertionError(f"{fn.__name__} needs fixture {name!r}: add it to _fixture_args")
    return args


def _run_python(block: Block, ns: dict[str, Any], result: Result) -> None:
    src = block.code.splitlines()
    tree = ast.parse(block.code, filename=block.id)
    offset = block.line  # code line 1 is the markdown line after the fence
    before = set(ns)
    for stmt in tree.body:
        has, want = _expected(stmt, src) if isinstance(stmt, ast.Expr) else (False, None)
        doc_line = stmt.lineno + offset
        ast.increment_lineno(stmt, offset)  # tracebacks name the markdown line
        if isinstance(stmt, ast.Expr):
            value = eval(compile(ast.Expression(stmt.value), block.file, "eval"), ns)
            result.values[doc_line] = value
            if has:
                assert value == want, (f"{block.file}:{doc_line}: the comment says {want!r}, "
                                       f"the code gives {value!r}")
                result.compared.append(doc_line)
        else:
            exec(compile(ast.Module([stmt], type_ignores=[]), block.file, "exec"), ns)
    for name in sorted(set(ns) - before):
        fn = ns[name]
        if name.startswith("test_") and callable(fn):
            with contextlib.ExitStack() as stack:
                fn(**_fixture_args(fn, stack))
            result.tests_run.append(name)


def _run_routes(block: Block, workdir: Path) -> None:
    path = workdir / f"snippet_{block.line}.{block.lang}"
    path.write_text(block.code, encoding="utf-8")
    data = gw_config.read_config_file(path)
    assert "routes" in data, f"{block.id}: not a route file (no routes)"
    gw_config.load_routes(path)


@contextlib.contextmanager
def _file_env(file: str, workdir: Path, blocks: list[Block]) -> Iterator[Env]:
    setup = SETUPS.get(file, Setup())
    with pytest.MonkeyPatch.context() as mp, contextlib.ExitStack() as stack:
        mp.chdir(workdir)
        mp.syspath_prepend(str(ROOT / "examples"))  # `from _fake_server import ...`
        mp.setattr(gw_config, "default_registry", gw_config.Registry(gw_config.BUILTIN_GUARDS))
        for name, mod in _myapp_modules().items():
            mp.setitem(sys.modules, name, mod)
        for var in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "OPENAI_BASE_URL",
                    "ANTHROPIC_BASE_URL", "OPENAI_API_BASE"):
            mp.delenv(var, raising=False)
        mp.setenv("LITELLM_LOCAL_MODEL_COST_MAP", "True")
        env = Env()
        if setup.server is not None:
            env.server = stack.enter_context(FakeLLMServer(setup.server, chunk_size=4))
            mp.setenv("OPENAI_API_KEY", "offline")
            mp.setenv("ANTHROPIC_API_KEY", "offline")
            mp.setenv("OPENAI_BASE_URL", env.server.openai_base_url)
            mp.setenv("OPENAI_API_BASE", env.server.openai_base_url)  # LiteLLM reads this one
            mp.setenv("ANTHROPIC_BASE_URL", env.server.anthropic_base_url)
        if setup.route_file is not None:
            (workdir / "guardwire.toml").write_text(setup.route_file(), "utf-8")
        for b in blocks:  # `# guardwire.toml` on a block's first line: the file's route file
            first = b.code.lstrip().splitlines()[0] if b.code.strip() else ""
            if b.lang != "python" and re.fullmatch(r"#\s*[\w.-]+\.(toml|ya?ml)\s*", first):
                (workdir / first.lstrip("#").strip()).write_text(b.code, "utf-8")
        yield env


def run_file(file: str, workdir: Path) -> dict[int, Result]:
    blocks = [b for b in BLOCKS if b.file == file]
    results: dict[int, Result] = {}
    with _file_env(file, workdir, blocks) as env:
        ns: dict[str, Any] = {"__name__": "docs_snippet_" + re.sub(r"\W", "_", file)}
        ns.update(SETUPS.get(file, Setup()).names(env))
        for b in blocks:
            res = results[b.line] = Result()
            if b.skip:
                continue
            out = io.StringIO()
            try:
                with contextlib.redirect_stdout(out):
                    if b.lang == "python":
                        _run_python(b, ns, res)
                    else:
                        _run_routes(b, workdir)
            except BaseException as exc:  # reported by the block's test
                if isinstance(exc, KeyboardInterrupt):
                    raise
                res.error = "".join(traceback.format_exception(exc, limit=-8))
            res.stdout = out.getvalue()
            if res.error is None and b.lang == "python":
                check = _check_for(b)
                if check is not None:
                    try:
                        check(ns, res, env)
                    except AssertionError as exc:
                        res.error = f"CHECKS: {exc}\n{traceback.format_exc(limit=-3)}"
    return results


# -- assertions on output that is not a literal -----------------------------------------------
Check = Callable[[dict[str, Any], Result, Env], None]


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
            cache[file] = run_file(file, tmp_path_factory.mktemp("docs"))
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
    ("docs/testing.md", "def test_slow_moderation_fails_open"): (0, 1),
    ("docs/testing.md", "def test_route"): (0, 1),
    ("docs/testing.md", "class NoUrls"): (0, 4),
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
    assert _literal_prefix(" 'block' (Cyrillic і, о, е)") == (True, "block")
    assert _literal_prefix(" ['a']: the model never saw it") == (True, ["a"])
    assert _literal_prefix(" True") == (True, True)
    assert _literal_prefix(" static") == (False, None)
    assert _literal_prefix(" input blocked by static: nope") == (False, None)


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
        _run_python(py, {}, Result())
    with pytest.raises(ConfigError, match="unknown option 'treshold'"):
        _run_routes(toml, tmp_path)
