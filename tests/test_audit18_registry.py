"""Audit 18: ``register_guard(5, factory)`` raised ``AttributeError: 'int' object has no
attribute 'isidentifier'``; a name that is not a str is now a ``TypeError`` saying so."""

from __future__ import annotations

from typing import Any

import pytest

from guardwire import Decision, Registry


def _factory() -> Any:
    return lambda text, ctx: Decision.allow()


@pytest.mark.parametrize("name", [5, None, b"words"])
def test_a_name_that_is_not_a_str_is_a_type_error(name: Any) -> None:
    with pytest.raises(TypeError, match="guard name must be a str"):
        Registry().register(name, _factory)


def test_a_str_name_registers() -> None:
    reg = Registry()
    reg.register("words", _factory)
    assert "words" in reg.names()
