"""A switch given in code as anything but True/False is a ConfigError at that option in every
built-in guard that takes one (``bool("no")`` is true: the switch would be on)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from guardwire import ConfigError
from guardwire.guards.grounding import GroundingGuard
from guardwire.guards.injection import InjectionGuard
from guardwire.guards.normalize import Normalize
from guardwire.guards.pii import PIIRedactor

CASES: list[tuple[Callable[..., Any], str, dict[str, Any]]] = [
    (Normalize, "fold_quotes", {}), (Normalize, "keep_newlines", {}),
    (PIIRedactor, "redact_docs", {"ner": "off"}), (PIIRedactor, "redact_tools", {"ner": "off"}),
    (PIIRedactor, "redact_history", {"ner": "off"}),
    (GroundingGuard, "check_pairs", {}), (GroundingGuard, "check_names", {}),
    (InjectionGuard, "scan_docs", {}), (InjectionGuard, "scan_tools", {}),
    (InjectionGuard, "agent_steps", {}), (InjectionGuard, "classifier", {}),
]


@pytest.mark.parametrize(("make", "option", "extra"), CASES)
def test_a_switch_that_is_not_a_bool_is_refused_at_its_option(
        make: Callable[..., Any], option: str, extra: dict[str, Any]) -> None:
    with pytest.raises(ConfigError, match="must be true or false, got 'no'") as info:
        make(**extra, **{option: "no"})
    assert info.value.path == option
    make(**extra, **{option: False})  # a bool is fine
