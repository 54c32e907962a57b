"""The ``model`` a route gives the schema guard must be a type.

Before: ``model = "json:dumps"`` was accepted (pydantic builds a schema that *calls* a function
with the answer's arguments), and an unusable class gave pydantic's whole multi-paragraph error.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from guardwire import ConfigError, load_routes
from guardwire.guards.schema import SchemaGuard


def _route(tmp_path: Path, model: str) -> Path:
    path = tmp_path / "routes.toml"
    path.write_text(
        "[routes.extract]\n"
        f'output = [{{ use = "schema", with = {{ model = "{model}" }} }}]\n',
        encoding="utf-8",
    )
    return path


def test_a_function_is_not_a_model_in_a_route_file(tmp_path: Path) -> None:
    path = _route(tmp_path, "json:dumps")
    with pytest.raises(ConfigError) as info:
        load_routes(path)
    text = str(info.value)
    assert str(path) in text
    assert "model" in text
    assert "is a function" in text


def test_a_function_is_not_a_model_in_code() -> None:
    import json

    with pytest.raises(ConfigError, match="is a function"):
        SchemaGuard(json.dumps)


def test_an_unusable_class_gives_one_line(tmp_path: Path) -> None:
    path = _route(tmp_path, "json:JSONDecodeError")
    with pytest.raises(ConfigError) as info:
        load_routes(path)
    text = str(info.value)
    assert "not a type pydantic can validate" in text
    assert "\n" not in text
    assert str(path) in text


def test_a_type_still_works() -> None:
    guard = SchemaGuard(int)
    assert "int" in repr(guard)
