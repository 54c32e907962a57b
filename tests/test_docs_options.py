"""Each built-in guard's page documents every constructor option, with the code's default.

A row of a markdown table on the guard's page names options in backticks in its first cells
(``| `threshold` | `0.8` | ... |``, ``| `rules` / `classifier` | ...``, or ``| guard | `option` |
default | ...`` on docs/guards/README.md). Where the default cell is one backticked literal
(``true``, ``"auto"``, ``[0.45, 0.9]``, ``None``), it must equal the constructor's default (a
tuple reads as a list; ``None`` for "nothing given" may be documented as ``[]``/``{}``).
"""

from __future__ import annotations

import ast
import inspect
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from guardwire.config import BUILTIN_GUARDS, Registry

GUARDS = Path(__file__).resolve().parents[1] / "docs" / "guards"
PAGES = {"max_length": "README.md", "deny_regex": "README.md", "normalize": "normalize.md",
         "abuse_gate": "abuse_gate.md", "injection": "injection.md", "pii": "pii.md",
         "pii_restore": "pii.md", "schema": "schema.md", "citations": "citations.md",
         "time_phrases": "time_phrases.md", "slots": "slots.md", "footnotes": "footnotes.md",
         "grounding": "grounding.md"}
_NO_LITERAL = object()


def _rows(text: str) -> list[list[str]]:
    return [[c.strip() for c in line.strip().strip("|").split("|")]
            for line in text.splitlines() if line.lstrip().startswith("|")]


def _literal(cell: str) -> Any:
    m = re.fullmatch(r"`([^`]+)`", cell)
    if not m:
        return _NO_LITERAL
    try:
        return tomllib.loads(f"x = {m[1]}")["x"]
    except tomllib.TOMLDecodeError:
        pass
    try:
        return ast.literal_eval(m[1])
    except (ValueError, SyntaxError):
        return _NO_LITERAL


def _plain(value: Any) -> Any:
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _options(name: str) -> dict[str, inspect.Parameter]:
    factory = Registry(BUILTIN_GUARDS).get(name)
    return {p.name: p for p in inspect.signature(factory).parameters.values()
            if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)}


def test_every_builtin_has_a_page() -> None:
    assert set(PAGES) == set(BUILTIN_GUARDS)


@pytest.mark.parametrize("name", sorted(PAGES))
def test_options_table(name: str) -> None:
    options = _options(name)
    rows = _rows((GUARDS / PAGES[name]).read_text(encoding="utf-8"))
    key_col = 1 if PAGES[name] == "README.md" else 0  # README: | guard | option | default |
    named = {n for row in rows for n in re.findall(r"`(\w+)`", " ".join(row[:key_col + 1]))}
    assert [o for o in options if o not in named] == [], f"undocumented options of {name}"
    compared = 0
    for row in rows:
        names = re.findall(r"`(\w+)`", row[key_col]) if len(row) > key_col + 1 else []
        if len(names) != 1 or names[0] not in options:
            continue
        doc, code = _literal(row[key_col + 1]), _plain(options[names[0]].default)
        if doc is _NO_LITERAL or code is inspect.Parameter.empty:
            continue
        ok = doc == code or (code is None and doc in ([], {}))
        assert ok, f"{PAGES[name]}: {name}.{names[0]} documented as {doc!r}, the code has {code!r}"
        compared += 1
    assert compared or not any(p.default is not inspect.Parameter.empty
                               for p in options.values()), f"no default of {name} compared"


def _section(text: str, heading: str) -> str:
    m = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^## |\Z)", text, re.S | re.M)
    assert m, f"no '## {heading}' section"
    return m[1]


def test_config_reference_lists_every_key_with_its_default() -> None:
    """docs/config.md ('route file reference: every key') against the loader's schema."""
    from guardwire.config import FileModel, GuardEntry, RouteModel, build_routes

    def keys(model: Any) -> set[str]:
        return {f.alias or n for n, f in model.model_fields.items()}

    text = (GUARDS.parent / "config.md").read_text(encoding="utf-8")
    top = {r[0].strip("`") for r in _rows(_section(text, "Top level"))[2:]}
    assert top == keys(FileModel)
    settings = _rows(_section(text, "Route settings (`[defaults]` and `[routes.NAME]`)"))[2:]
    assert {r[0].strip("`") for r in settings} == keys(RouteModel)
    entries = _section(text, "Guard entries")
    assert [k for k in sorted(keys(GuardEntry)) if f"{k} =" not in entries] == []
    empty = build_routes({"routes": {"r": {}}})["r"]  # every setting at its default
    compared = 0
    for row in settings:
        doc = _literal(row[1])
        if doc is _NO_LITERAL:
            continue
        key = row[0].strip("`")
        holder = empty.policy if key in ("on_error", "on_timeout") else empty
        assert doc == _plain(getattr(holder, key)), f"config.md: {key} documented as {doc!r}"
        compared += 1
    assert compared >= 10
