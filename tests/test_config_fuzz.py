"""Fixed-seed mutations of the shipped route files (examples/guardwire.toml, the embedded
defaults), written back as TOML and as YAML: every mutation must be a ConfigError that starts
with the file's name and names the key path it broke (and the close name for a near miss) —
never a traceback from tomllib, PyYAML or pydantic, never a file that loads anyway."""

from __future__ import annotations

import copy
import json
import random
import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from _config_kit import error

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "examples" / "guardwire.toml", ROOT / "src" / "guardwire" / "data" /
           "defaults.toml"]
ROUTE_KEYS = ["mode", "on_block", "budget_ms", "on_error", "on_timeout", "max_reasks",
              "stream_mode", "guard_system", "reask_budget_ms", "extends"]
ENTRY_KEYS = ["with", "name", "budget_ms", "on_error", "on_timeout", "cache_ttl_s",
              "max_threads"]
ENUMS = {"on_timeout": ["open", "closed"], "on_error": ["open", "closed"],
         "mode": ["enforce", "monitor", "off"], "on_block": ["raise", "respond"],
         "stream_mode": ["buffered", "incremental"]}


def _toml_value(v: Any) -> str:
    if isinstance(v, bool):
        return str(v).lower()
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{json.dumps(k)} = {_toml_value(x)}" for k, x in v.items()) + " }"
    if isinstance(v, list):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    return json.dumps(v)


def dump_toml(data: dict[str, Any]) -> str:
    out = [f"{json.dumps(k)} = {_toml_value(v)}" for k, v in data.items()
           if k not in ("defaults", "routes")]
    for name, table in [("defaults", data.get("defaults", {})),
                        *((f"routes.{json.dumps(r)}", t) for r, t in data["routes"].items())]:
        out.append(f"[{name}]")
        out += [f"{json.dumps(k)} = {_toml_value(v)}" for k, v in table.items()]
    return "\n".join(out) + "\n"


def near_miss(word: str, rng: random.Random) -> str:
    i = rng.randrange(len(word) - 1)
    return rng.choice([word[:i] + word[i + 1:], word[:i] + word[i + 1] + word[i] + word[i + 2:],
                       word + "s"])


Mutation = tuple[str, str | None]  # (key path that must be named, hint that must be given)


def _entry(data: dict[str, Any], rng: random.Random) -> tuple[str, dict[str, Any]]:
    """A random non-parallel guard entry, made a table in place; its key path."""
    spots = [(r, st, i) for r, t in data["routes"].items() for st in ("input", "output")
             for i, e in enumerate(t.get(st) or []) if not (isinstance(e, dict) and
                                                            "parallel" in e)]
    r, st, i = rng.choice(spots)
    entry = data["routes"][r][st][i]
    entry = data["routes"][r][st][i] = {"use": entry} if isinstance(entry, str) else entry
    return f"routes.{r}.{st}[{i}]", entry


def m_route_key(data: dict[str, Any], rng: random.Random, route: str) -> Mutation:
    key = rng.choice(ROUTE_KEYS)
    bad = near_miss(key, rng)
    data["routes"][route][bad] = "x"
    return f"routes.{route}.{bad}", None if bad in ROUTE_KEYS else "did you mean"


def m_entry_key(data: dict[str, Any], rng: random.Random, route: str) -> Mutation:
    path, entry = _entry(data, rng)
    bad = near_miss(rng.choice(ENTRY_KEYS), rng)
    entry[bad] = 5
    return f"{path}.{bad}", "did you mean"


def m_guard_name(data: dict[str, Any], rng: random.Random, route: str) -> Mutation:
    path, entry = _entry(data, rng)
    entry["use"] = near_miss(entry["use"], rng)
    return path, "did you mean"


def m_enum(data: dict[str, Any], rng: random.Random, route: str) -> Mutation:
    key = rng.choice(list(ENUMS))
    bad = near_miss(rng.choice(ENUMS[key]), rng)
    if rng.random() < 0.5:
        data.setdefault("defaults", {})[key] = bad
        return f"defaults.{key}", "did you mean" if len(bad) > 3 else None
    data["routes"][route][key] = bad
    return f"routes.{route}.{key}", "did you mean" if len(bad) > 3 else None


def m_entry_enum(data: dict[str, Any], rng: random.Random, route: str) -> Mutation:
    path, entry = _entry(data, rng)
    key = rng.choice(["on_error", "on_timeout"])
    entry[key], entry["budget_ms"] = "opne", 100
    return f"{path}.{key}", "did you mean 'open'"


def m_number(data: dict[str, Any], rng: random.Random, route: str) -> Mutation:
    if rng.random() < 0.5:
        key = rng.choice(["budget_ms", "reask_budget_ms", "max_reasks"])
        data["routes"][route][key] = rng.choice([-1, 0, 99, 10**9])
        return f"routes.{route}.{key}", None
    path, entry = _entry(data, rng)
    key = rng.choice(["budget_ms", "cache_ttl_s", "max_threads"])
    entry[key] = rng.choice([-5, 0, -0.5])
    return f"{path}.{key}", None


def m_type(data: dict[str, Any], rng: random.Random, route: str) -> Mutation:
    key = rng.choice(["mode", "on_block", "max_reasks", "budget_ms", "guard_system",
                      "stream_mode", "return_structured"])
    data["routes"][route][key] = rng.choice([["x"], {"a": 1}, "7"])
    return f"routes.{route}.{key}", None


def m_shape(data: dict[str, Any], rng: random.Random, route: str) -> Mutation:
    table = data["routes"][route]
    choice = rng.randrange(5)
    if choice == 0:
        table["input"] = {"use": "normalize"}
        return f"routes.{route}.input", "a list of guard entries"
    if choice == 1:
        path, entry = _entry(data, rng)
        entry["with"] = rng.choice(["threshold=0.5", [1, 2]])
        return f"{path}.with", None
    if choice == 2:
        data.setdefault("defaults", {})["input"] = ["normalize"]
        return "defaults.input", None
    if choice == 3:
        others = [r for r in data["routes"] if r != route]
        table["extends"] = near_miss(rng.choice(others), rng)
        return f"routes.{route}.extends", None if table["extends"] in data["routes"] else (
            "did you mean")
    table["routes"] = {"x": {}}
    return f"routes.{route}.routes", None


def m_option(data: dict[str, Any], rng: random.Random, route: str) -> Mutation:
    data["routes"][route]["output"] = [rng.choice([
        {"use": "schema", "with": {"model": "no_such_app.models:Ticket"}},
        {"use": "citations", "with": {"method": "bm26"}},
        {"use": "grounding", "with": {"on_unsupportd": "flag"}},
    ])]
    return f"routes.{route}.output[0].with", None


MUTATIONS: list[Callable[[dict[str, Any], random.Random, str], Mutation]] = [
    m_route_key, m_entry_key, m_guard_name, m_enum, m_entry_enum, m_number, m_type, m_shape,
    m_option]


@pytest.mark.parametrize("seed", range(48))
def test_a_mutated_route_file_is_a_config_error_at_its_key(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    source = SOURCES[seed % len(SOURCES)]
    data = copy.deepcopy(tomllib.loads(source.read_text(encoding="utf-8")))
    path, hint = MUTATIONS[seed % len(MUTATIONS)](data, rng, rng.choice(sorted(data["routes"])))
    for fmt in ("toml", "yaml"):
        f = tmp_path / f"routes.{fmt}"
        f.write_text(dump_toml(data) if fmt == "toml" else yaml.safe_dump(data), "utf-8")
        msg = str(error(f))  # a ConfigError whose message starts with the file's name
        assert re.search(re.escape(path) + r"[.\[:]", msg), (path, msg)
        assert hint is None or hint in msg, (hint, msg)
        assert "\n" not in msg and "Traceback" not in msg and "pydantic.dev" not in msg, msg


def test_the_unmutated_files_load_in_both_formats(tmp_path: Path) -> None:
    from guardwire import load_routes

    for source in SOURCES:
        data = tomllib.loads(source.read_text(encoding="utf-8"))
        for fmt in ("toml", "yaml"):
            f = tmp_path / f"routes.{fmt}"
            f.write_text(dump_toml(data) if fmt == "toml" else yaml.safe_dump(data), "utf-8")
            assert set(load_routes(f)) == set(data["routes"])
