"""What README.md tells a new user to run matches the project: the examples' SDK imports are
installed by the command the README gives for them, and the built-in guard table of
docs/guards/README.md states each guard's real default policy."""

from __future__ import annotations

import ast
import importlib
import re
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from guardwire._registry import BUILTIN_GUARDS

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def _extras() -> dict[str, list[str]]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return dict(data["project"]["optional-dependencies"])


def _core_modules() -> set[str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    deps = data["project"]["dependencies"]
    names = {re.split(r"[<>=!~\[ ;]", d, maxsplit=1)[0].lower() for d in deps}
    return {n.replace("-", "_") for n in names} | {"yaml", "guardwire"}


def imported_extras(source: str, extras: dict[str, list[str]], local: set[str]) -> set[str]:
    """The extras whose package a script imports (at any depth, optional imports included)."""
    modules: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            modules.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            modules.add(node.module.split(".")[0])
    third_party = modules - set(sys.stdlib_module_names) - local - _core_modules()
    found = set()
    for module in third_party:
        hits = [name for name, reqs in extras.items()
                if any(re.split(r"[<>=!~\[ ;]", r, maxsplit=1)[0].replace("-", "_") == module
                       for r in reqs)]
        assert hits, f"{module} is in no extra of pyproject.toml"
        found.add(min(hits, key=len))
    return found


def _readme_install_extras(readme: str) -> set[str]:
    """The extras of the install command in the README's paragraph about the examples."""
    para = next(p for p in readme.split("\n\n") if p.startswith("Examples live in"))
    m = re.search(r'pip install -e "\.\[([\w,]+)\]"', para)
    assert m, "the README's examples paragraph gives no install command"
    return set(m.group(1).split(","))


def test_readme_installs_what_the_examples_import() -> None:
    extras = _extras()
    local = {p.stem for p in EXAMPLES.glob("*.py")}
    needed: set[str] = set()
    for script in sorted(EXAMPLES.glob("*.py")):
        needed |= imported_extras(script.read_text(encoding="utf-8"), extras, local)
    assert needed, "no example imports an SDK: the README's install line is stale"
    assert needed <= _readme_install_extras((ROOT / "README.md").read_text(encoding="utf-8"))


def test_imported_extras_reads_imports() -> None:
    src = "import json\nfrom openai import OpenAI\ndef f():\n    import instructor\nimport _show\n"
    extras = {"openai": ["openai>=1"], "instructor": ["instructor>=1"], "dev": ["pytest"]}
    assert imported_extras(src, extras, {"_show"}) == {"openai", "instructor"}
    with pytest.raises(AssertionError, match="no extra"):
        imported_extras("import leftpad\n", extras, set())


# -- docs/guards/README.md: the default policy column --------------------------------------
def _policy_cells() -> dict[str, str]:
    text = (ROOT / "docs" / "guards" / "README.md").read_text(encoding="utf-8")
    cells: dict[str, str] = {}
    for line in text.splitlines():
        parts = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(parts) == 5 and parts[1].startswith("`guardwire.guards."):
            for name in re.findall(r"`(\w+)`", parts[0]):
                cells[name] = parts[4]
    return cells


def describe(guard: Any) -> str:
    """The table's wording for a guard's default policy: 'fail-open, 50 ms soft'."""
    policy = guard.default_policy
    assert policy.on_error == policy.on_timeout, "the table has one word for both"
    text = f"fail-{policy.on_error}"
    if policy.budget_ms is None:
        return text
    return f"{text}, {policy.budget_ms:,} ms" + (" soft" if getattr(guard, "soft_budget", False)
                                                  else "")


def _builtin(name: str) -> Any:
    module, cls = BUILTIN_GUARDS[name].split(":")
    factory = getattr(importlib.import_module(module), cls)
    required: dict[str, dict[str, Any]] = {"max_length": {"max_chars": 10},
                                           "deny_regex": {"patterns": ["x"]}}
    return factory(**required.get(name, {}))


@pytest.mark.parametrize("name", sorted(BUILTIN_GUARDS))
def test_guard_table_states_the_default_policy(name: str) -> None:
    cell = _policy_cells()[name]
    actual = describe(_builtin(name))
    if cell.endswith(", no budget"):  # "fail-closed, no budget" says what the bare form says
        cell = cell.removesuffix(", no budget")
    assert cell == actual, f"docs/guards/README.md: {name} documented as {cell!r}, is {actual!r}"


def test_describe_reads_budgets_and_soft() -> None:
    from guardwire import Policy

    class G:
        default_policy = Policy(budget_ms=2000, on_error="closed", on_timeout="closed")

    assert describe(G()) == "fail-closed, 2,000 ms"
    G.soft_budget = True  # type: ignore[attr-defined]
    assert describe(G()) == "fail-closed, 2,000 ms soft"
    G.default_policy = Policy(on_error="open", on_timeout="open")
    assert describe(G()) == "fail-open"


# -- install commands ----------------------------------------------------------------------
def pip_targets(text: str) -> list[str]:
    """What each ``pip install`` of a page installs (its last word, quotes dropped)."""
    return [m.group(1).strip("\"'") for m in re.finditer(r"pip install (?:-\w+ )*([^\s`]+)", text)]


@pytest.mark.parametrize("page", ["README.md", "docs/data.md"])
def test_pip_installs_the_checkout(page: str) -> None:
    """guardwire is installed from its checkout (`.`, `.[extras]`): `pip install
    "guardwire[ner]"` asks the index for a project of that name, which is not this one."""
    targets = pip_targets((ROOT / page).read_text(encoding="utf-8"))
    assert targets, f"{page} gives no install command"
    assert [t for t in targets if not re.fullmatch(r"\.(\[[\w,]+\])?", t)] == []


def test_pip_targets() -> None:
    text = 'a `pip install "guardwire[ner]"` b\npip install .   # c\npip install -e ".[x,y]"'
    assert pip_targets(text) == ["guardwire[ner]", ".", ".[x,y]"]


def test_guard_table_note_on_judge_and_verifier_budgets() -> None:
    from guardwire.guards.grounding import GroundingGuard
    from guardwire.guards.injection import InjectionGuard

    text = (ROOT / "docs" / "guards" / "README.md").read_text(encoding="utf-8")
    m = re.search(r"200 ms \+ the judge's \(([\d,]+) ms with the default `judge_policy`\)", text)
    assert m, "docs/guards/README.md no longer states the budget with a judge"
    judged = InjectionGuard(judge=lambda text: 0.0).default_policy.budget_ms
    assert judged == int(m.group(1).replace(",", ""))
    assert "`verifier_budget_ms` + 50 ms" in text
    verified = GroundingGuard(verifier=lambda claim, evidence: True, verifier_budget_ms=700)
    assert verified.default_policy.budget_ms == 750


def readme_extras(readme: str) -> set[str]:
    """The extras named in the first column of the README's extras table."""
    section = readme.split("Optional extras:", 1)[1].split("\n\n", 2)[1]
    return {name for line in section.splitlines() if line.startswith("| `")
            for name in re.findall(r"`([\w-]+)`", line.split("|")[1])}


def test_readme_lists_every_extra() -> None:
    named = readme_extras((ROOT / "README.md").read_text(encoding="utf-8"))
    assert set(_extras()) - named == set()
    assert readme_extras("Optional extras:\n\n| extra | x |\n|---|---|\n| `a`, `b` | `c` |\n\nz") \
        == {"a", "b"}
