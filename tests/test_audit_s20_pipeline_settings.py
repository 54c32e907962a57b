"""Audit (session twenty): ``Pipeline(...)`` checks its switches and names as a route file
does. ``record_text="false"`` (a string read from an environment variable) is truthy, so
prompts and answers, personal data included, went onto spans; ``guard_system="no"`` guarded
the system prompt; ``return_structured="no"`` failed with "return_structured=True needs a
schema guard"; ``name=""``/``name=None`` made verdicts without a route; ``version=3`` was a
number on every span (a route file refuses each)."""

from __future__ import annotations

from typing import Any

import pytest

from guardwire import Pipeline
from guardwire.testing import StaticGuard

G = StaticGuard("allow")


@pytest.mark.parametrize("key", ["record_text", "guard_system", "return_structured"])
@pytest.mark.parametrize("value", ["false", "no", 0, 1, None])
def test_switches_take_a_bool(key: str, value: Any) -> None:
    with pytest.raises(TypeError, match=f"{key} must be True or False"):
        Pipeline(input=[G], **{key: value})


@pytest.mark.parametrize("name", ["", "  ", None, 5])
def test_name_is_a_non_empty_str(name: Any) -> None:
    with pytest.raises((TypeError, ValueError), match="name"):
        Pipeline(input=[G], name=name)


@pytest.mark.parametrize("version", ["", 3, 2026.1])
def test_version_is_none_or_a_non_empty_str(version: Any) -> None:
    with pytest.raises((TypeError, ValueError), match="version"):
        Pipeline(input=[G], version=version)


def test_good_settings_still_build() -> None:
    p = Pipeline(input=[G], name="chat", version="2026-12-08.1", record_text=True,
                 guard_system=True)
    assert (p.name, p.version, p.telemetry.record_text, p.guard_system) == (
        "chat", "2026-12-08.1", True, True)
    assert p.override(mode="monitor").name == "chat"
