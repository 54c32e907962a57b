"""Audit (session twenty): ``SchemaGuard(...)`` in code checks its options' types as the
other built-in guards do (and as a route file does before building it).
``restore_placeholders="no"`` was truthy (placeholders restored), ``max_total_ms=True`` a
1 ms budget for the whole ladder, ``max_reask_tokens=True`` a 1-token cap, and
``strict=1``/``strict=0`` were taken for ``True``/``False``."""

from __future__ import annotations

from typing import Any

import pytest

from guardwire import ConfigError
from guardwire.guards.schema import SchemaGuard


@pytest.mark.parametrize("key, value", [
    ("restore_placeholders", "no"),
    ("restore_placeholders", 0),
    ("restore_placeholders", None),
    ("max_total_ms", True),
    ("max_total_ms", float("inf")),
    ("max_total_ms", "500"),
    ("max_reask_tokens", True),
    ("max_reask_tokens", 1.5),
    ("strict", 1),
    ("strict", 0),
    ("strict", "yes"),
])
def test_wrong_option_types_are_config_errors(key: str, value: Any) -> None:
    with pytest.raises(ConfigError) as err:
        SchemaGuard(**{key: value})
    assert err.value.path == key


def test_right_types_are_kept() -> None:
    g = SchemaGuard(restore_placeholders=False, max_total_ms=500, max_reask_tokens=100,
                    strict=True)
    assert (g.restore_placeholders, g.max_total_ms, g.max_reask_tokens, g.strict) == (
        False, 500.0, 100, True)
    assert SchemaGuard(strict=None).strict is None
