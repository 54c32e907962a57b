"""Every example runs offline (``--offline``: the local fake OpenAI/Anthropic server) and shows
what it promises: no raw PII on the wire, restored values for the user, pipeline-owned facts.

The examples run in subprocesses, four at a time, once per test module.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from _config_kit import relaxed_route_file

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
# every runnable example (files starting with "_" are helpers they import)
SCRIPTS = sorted(p.stem for p in EXAMPLES.glob("*.py") if not p.name.startswith("_"))
NEEDS = {
    "openai_chat": ["normalize", "abuse", "injection", "pii", "slots", "citations", "footnotes",
                    "grounding"],
    "anthropic_chat": ["normalize", "abuse", "injection", "pii", "slots", "citations",
                       "grounding"],
    "rag_with_citations": ["normalize", "abuse", "injection", "pii", "time_phrases", "slots",
                           "citations", "footnotes", "grounding"],
    "structured_output": ["normalize", "pii", "schema"],
    "custom_guard": ["normalize"],
    "agent_tools": ["normalize", "injection"],
}


def _missing(name: str) -> list[str]:
    return [g for g in NEEDS.get(name, [])
            if importlib.util.find_spec(f"guardwire.guards.{g}") is None]


AT_ONCE = 4  # examples running at the same time


def _takes_config(name: str) -> bool:
    """The examples whose routes come from examples/guardwire.toml (``--config``)."""
    return "args.config" in (EXAMPLES / f"{name}.py").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory
            ) -> dict[str, subprocess.CompletedProcess[str]]:
    """Each example's run. Those reading examples/guardwire.toml get a copy with relaxed
    budgets (--config): six examples at once on a loaded CI machine could stall a guard past
    its 50 ms budget, and a citation or footnote a test looks for went missing (fail-open),
    or a turn was blocked (fail-closed). What the routes decide is otherwise the file's."""
    env = {**os.environ, "LITELLM_LOCAL_MODEL_COST_MAP": "True", "PYTHONUNBUFFERED": "1"}
    env.pop("OPENAI_API_KEY", None)
    env.pop("ANTHROPIC_API_KEY", None)
    relaxed = relaxed_route_file(EXAMPLES / "guardwire.toml",
                                 tmp_path_factory.mktemp("routes") / "relaxed.yaml")
    args = {name: ["--offline", *(["--config", str(relaxed)] if _takes_config(name) else [])]
            for name in SCRIPTS}
    def start(name: str) -> subprocess.Popen[str]:
        return subprocess.Popen([sys.executable, str(EXAMPLES / f"{name}.py"), *args[name]],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env=env, cwd=EXAMPLES.parent)

    def finish(name: str, proc: subprocess.Popen[str]) -> None:
        try:
            out, err = proc.communicate(timeout=300)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
        done[name] = subprocess.CompletedProcess(proc.args, proc.returncode, out, err)

    # a few at a time: all at once, beside another pytest-xdist worker, left each process so
    # little of 2 cores that agent_tools' injection guard (200 ms budget, in its code) timed out
    done: dict[str, subprocess.CompletedProcess[str]] = {}
    running: list[tuple[str, subprocess.Popen[str]]] = []
    for name in [n for n in SCRIPTS if not _missing(n)]:
        if len(running) >= AT_ONCE:
            finish(*running.pop(0))
        running.append((name, start(name)))
    for name, proc in running:
        finish(name, proc)
    return done


def run(outputs: dict[str, subprocess.CompletedProcess[str]], name: str) -> str:
    if _missing(name):
        pytest.skip(f"guards not there yet: {_missing(name)}")
    proc = outputs[name]
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stdout


def lines_with(text: str, marker: str) -> list[str]:
    return [line for line in text.splitlines() if marker in line]


def test_every_example_runs_and_has_its_own_test(
        outputs: dict[str, subprocess.CompletedProcess[str]]) -> None:
    """A new example must be listed in NEEDS (and get a test of what it prints) and must run."""
    assert sorted(NEEDS) == SCRIPTS
    for name in SCRIPTS:
        assert f"test_{name}" in globals(), f"no test_{name} checks what examples/{name}.py prints"
        run(outputs, name)


def test_examples_readme_lists_every_example() -> None:
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    assert [name for name in SCRIPTS if f"`{name}.py`" not in readme] == []


def test_openai_chat(outputs: dict[str, subprocess.CompletedProcess[str]]) -> None:
    out = run(outputs, "openai_chat")
    sent = lines_with(out, "provider received:")
    assert sent and not any("@example.com" in s or "555-0132" in s for s in sent)
    assert any("<EMAIL_ADDRESS_1>" in s for s in sent)
    answers = lines_with(out, "assistant")
    assert any("maria.garcia@example.com" in a and "415-555-0132" in a for a in answers)
    # the injection attempt never reaches the model and gets the route's canned answer
    after = out.split("Ignore all previous instructions", 1)[1].split("===", 1)[0]
    assert "(model not called)" in after and "Sorry, I can't help" in after
    # streamed answer: several chunks, PII restored across them
    streamed = lines_with(out, "assistant (streamed")[0]
    assert streamed.count("|") > 3
    assert "maria.garcia@example.com" in streamed.split(":", 1)[1].replace("|", "")


def test_anthropic_chat(outputs: dict[str, subprocess.CompletedProcess[str]]) -> None:
    out = run(outputs, "anthropic_chat")
    sent = lines_with(out, "user='")
    assert sent and "j.smith@example.org" not in sent[0] and "<EMAIL_ADDRESS_1>" in sent[0]
    assert "system='You are the internal IT helpdesk" in out  # system prompt left alone
    assert any("j.smith@example.org" in a for a in lines_with(out, "assistant:"))
    assert "events: message_start, content_block_start" in out
    assert "message_stop" in lines_with(out, "events:")[0]
    assert "(monitor: not applied)" in out
    assert "would have blocked: ['grounding']" in out
    assert "Premium staff also get a free phone plan" in out  # monitor mode changed nothing


def test_rag_with_citations(outputs: dict[str, subprocess.CompletedProcess[str]]) -> None:
    out = run(outputs, "rag_with_citations")
    query = lines_with(out, "search query:")[0]
    assert "last week" in query  # restored by time_phrases
    assert "retrieved: ['INC-201', 'INC-205']" in out
    answer = out.split("  answer:", 1)[1]
    assert "<sum>" not in answer and "407 checkouts" in answer  # 312 + 95, from the documents
    assert "[1]" in answer and "[2]" in answer
    assert "Timestamps: " in answer and "2026-03-31 14:31" in answer


def test_agent_tools(outputs: dict[str, subprocess.CompletedProcess[str]]) -> None:
    out = run(outputs, "agent_tools")
    first, second = out.split("=== turn with")[1:3]
    assert "answer: (model) The shop opens" in first and "InputBlocked" not in first
    assert "in tool output call_2" in second and "source: tool, tool_id: call_2" in second
    assert "tool_name: fetch_page" in second
    assert "model calls: 1 " in out
    part2 = out.split("=== part 2")[1]
    assert 'update_contact({"email": "ada@example.com"})' in part2  # restored for the app
    assert "tool calls included: True" not in part2  # no real value reached the model
    assert part2.count("tool calls included: False") == 2
    assert "answer: Done: ada@example.com is saved; we call 212-555-0187" in part2


def test_structured_output(outputs: dict[str, subprocess.CompletedProcess[str]]) -> None:
    out = run(outputs, "structured_output")
    results = lines_with(out, "result: Ticket(")
    assert len(results) == 3
    assert all("customer_email='ana.lima@example.com'" in r for r in results)
    assert "category='technical'" in results[1]  # valid only after the re-ask
    assert "reask" in out and "model answer 2:" in out
    assert not any("ana.lima" in s for s in lines_with(out, "provider received:"))
    # stream=True: re-asked before anything was shown, one chunk of the repaired JSON
    streamed = out.split("=== user (streamed):")[1].split("\n=== ")[0]
    assert "model answer 2:" in streamed and '"category": "bug"' in streamed
    [line] = lines_with(streamed, "streamed: ")
    assert line.startswith("  streamed: 1 text chunk(s): {") and '"category":"technical"' in line
    assert '"customer_email":"ana.lima@example.com"' in line


def test_custom_guard(outputs: dict[str, subprocess.CompletedProcess[str]]) -> None:
    out = run(outputs, "custom_guard")
    falcon, open_route, closed_route, bad = out.split("\n=== ")[1:5]
    assert "InputBlocked: input blocked by banned_words: contains a banned word: falcon" in falcon
    assert "answer: (model) answering: When does the new app launch?" in open_route
    assert "degraded: True" in open_route and "moderation    allow    error" in open_route
    assert "InputBlocked: input blocked by moderation (error)" in closed_route
    assert "degraded: False" in closed_route
    assert "routes.x.input[0].with.words: needs a non-empty list" in bad


def test_route_file_has_the_promised_routes() -> None:
    from guardwire import load_routes

    routes = load_routes(EXAMPLES / "guardwire.toml")
    chat = routes["chat"]
    assert [s.name for s in chat.steps("input")] == ["normalize", "abuse_gate", "injection",
                                                     "pii"]
    assert [s.name for s in routes["admin"].steps("input")] == ["pii"]
    assert [s.name for s in routes["admin"].steps("output")] == ["pii_restore"]
    assert routes["chat_rollout"].mode == "monitor"
    assert routes["chat_stream"].stream_mode == "incremental"
    assert {p.version for p in routes.values()} == {"examples-2026-11-22.1"}


# -- code blocks in the documentation ------------------------------------------------------
ROOT = EXAMPLES.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")),
        *sorted((ROOT / "docs" / "guards").glob("*.md"))]
# pages another area is still fixing; remove an entry once its blocks parse
KNOWN_BROKEN: dict[str, str] = {}


def _blocks(page: Path) -> list[tuple[str, int, str]]:
    import re

    text = page.read_text(encoding="utf-8")
    return [(m.group(1), text[:m.start()].count("\n") + 1, m.group(2))
            for m in re.finditer(r"^```(\w+)\n(.*?)^```", text, re.S | re.M)]


@pytest.mark.parametrize("page", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_doc_code_blocks_parse_and_route_files_build(page: Path) -> None:
    """Every python block compiles, every TOML/YAML block parses (Python's tomllib: TOML 1.0),
    and every route-file block that names only built-in guards builds."""
    import tomllib

    import yaml

    from guardwire import ConfigError, build_routes

    rel = str(page.relative_to(ROOT))
    if rel in KNOWN_BROKEN:
        pytest.xfail(KNOWN_BROKEN[rel])
    for lang, line, code in _blocks(page):
        where = f"{rel}:{line}"
        if lang == "python":
            compile(code, where, "exec")
            continue
        if lang == "toml":
            data = tomllib.loads(code)
        elif lang == "yaml":
            data = yaml.safe_load(code)
        else:
            continue
        if "routes" not in data or "myapp" in code:
            continue  # a fragment, or options that import the reader's own modules
        try:
            build_routes(data, source=where)
        except ConfigError as exc:
            if "unknown guard" not in str(exc):  # custom guards registered in the text
                raise
