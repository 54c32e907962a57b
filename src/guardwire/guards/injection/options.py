"""Checks of InjectionGuard's options: a bad value is a ConfigError naming the option."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from ..._policy import Policy
from ...exceptions import ConfigError
from .judge import DEFAULT_JUDGE_POLICY


def _float(value: object, name: str, lo: float, hi: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigError(f"must be a number, got {value!r}", path=name)
    if not lo <= float(value) <= hi:
        raise ConfigError(f"must be between {lo} and {hi}, got {value!r}", path=name)
    return float(value)


def _strings(value: object, name: str) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, Sequence) or not all(
            isinstance(v, str) and v for v in value):
        raise ConfigError("must be a list of non-empty strings", path=name)
    return tuple(value)


def _policy(value: object) -> Policy:
    if isinstance(value, Policy):
        return value
    if isinstance(value, Mapping):
        try:  # fields left out keep the default judge policy's value (fail-open, 2 s)
            return replace(DEFAULT_JUDGE_POLICY, **dict(value))
        except (TypeError, ValueError) as exc:
            raise ConfigError(str(exc), path="judge_policy") from exc
    raise ConfigError("must be a Policy or a table of Policy fields", path="judge_policy")
