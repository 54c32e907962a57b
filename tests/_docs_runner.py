"""Runs the code blocks of the markdown docs (used by test_docs_snippets.py, which has the
per-file stand-ins, the extra checks and the tests; its docstring describes the rules)."""

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
from _injection_kit import NO_BUDGET
from guardwire import Context
from guardwire import _registry as gw_registry
from guardwire import config as gw_config
from guardwire.guards.injection import InjectionGuard
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


def literal_prefix(comment: str) -> tuple[bool, Any]:
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
        return literal_prefix(tail[1:])
    below = list(itertools.takewhile(lambda ln: ln.lstrip().startswith("#"), src[end:]))
    return literal_prefix(" ".join(ln.lstrip()[1:] for ln in below)) if below else (False, None)


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
        elif name == "tmp_path":  # pytest's own
            import tempfile

            args[name] = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        else:
            raise AssertionError(f"{fn.__name__} needs fixture {name!r}: add it to _fixture_args")
    return args


def run_python(block: Block, ns: dict[str, Any], result: Result) -> None:
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


def run_routes(block: Block, workdir: Path) -> None:
    path = workdir / f"snippet_{block.line}.{block.lang}"
    path.write_text(block.code, encoding="utf-8")
    data = gw_config.read_config_file(path)
    assert "routes" in data, f"{block.id}: not a route file (no routes)"
    gw_config.load_routes(path)


@contextlib.contextmanager
def _file_env(setup: Setup, workdir: Path, blocks: list[Block]) -> Iterator[Env]:
    with pytest.MonkeyPatch.context() as mp, contextlib.ExitStack() as stack:
        mp.chdir(workdir)
        mp.syspath_prepend(str(ROOT / "examples"))  # `from _fake_server import ...`
        fresh = gw_config.Registry(gw_config.BUILTIN_GUARDS)  # a snippet's register_guard
        mp.setattr(gw_config, "default_registry", fresh)     # must not leak into other tests
        mp.setattr(gw_registry, "default_registry", fresh)
        for name, mod in _myapp_modules().items():
            mp.setitem(sys.modules, name, mod)
        for var in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "OPENAI_BASE_URL",
                    "ANTHROPIC_BASE_URL", "OPENAI_API_BASE"):
            mp.delenv(var, raising=False)
        mp.setenv("LITELLM_LOCAL_MODEL_COST_MAP", "True")
        # snippets show decisions: a loaded machine cut the 30 ms rule scan of injection.md's
        # first example and it printed rule_ids [] (the budget: test_injection_budget.py)
        defaults = InjectionGuard.__init__.__kwdefaults__
        assert defaults is not None
        for key, value in NO_BUDGET.items():
            mp.setitem(defaults, key, value)
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


Check = Callable[[dict[str, Any], "Result", Env], None]


def run_file(blocks: list[Block], workdir: Path, setup: Setup,
             check_for: Callable[[Block], Check | None]) -> dict[int, Result]:
    """Run one markdown file's blocks in order; every block's outcome, keyed by its line."""
    results: dict[int, Result] = {}
    with _file_env(setup, workdir, blocks) as env:
        ns: dict[str, Any] = {"__name__": "docs_snippet_" + re.sub(r"\W", "_", blocks[0].file)}
        ns.update(setup.names(env))
        for b in blocks:
            res = results[b.line] = Result()
            if b.skip:
                continue
            out = io.StringIO()
            try:
                with contextlib.redirect_stdout(out):
                    if b.lang == "python":
                        run_python(b, ns, res)
                    else:
                        run_routes(b, workdir)
            except BaseException as exc:  # reported by the block's test
                if isinstance(exc, KeyboardInterrupt):
                    raise
                res.error = "".join(traceback.format_exception(exc, limit=-8))
            res.stdout = out.getvalue()
            if res.error is None and b.lang == "python":
                check = check_for(b)
                if check is not None:
                    try:
                        check(ns, res, env)
                    except AssertionError as exc:
                        res.error = f"CHECKS: {exc}\n{traceback.format_exc(limit=-3)}"
    return results
