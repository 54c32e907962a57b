"""Checks of PIIRedactor's score options (``score_threshold``, ``thresholds``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...exceptions import ConfigError
from .engine import NER_ENTITIES, SUPPORTED_ENTITIES


def check_score(value: object, path: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise ConfigError("must be a number between 0 and 1", path=path)
    return float(value)


def checked_thresholds(thresholds: object, entities: Sequence[str], *, explicit: bool,
                       ner: str) -> dict[str, float]:
    """``thresholds`` as a dict; a ConfigError for a bad score, an unknown type, or a type
    the redactor never redacts (not in ``entities``, or needing NER with ``ner='off'``; not
    when ``ner='auto'`` found no model, so one file loads the same on every machine)."""
    if not isinstance(thresholds or {}, Mapping):
        raise ConfigError("must be a table of entity type → score", path="thresholds")
    given: Mapping[str, object] = thresholds or {}  # type: ignore[assignment]
    out = {k: check_score(v, f"thresholds.{k}") for k, v in given.items()}
    if set(out) - SUPPORTED_ENTITIES:
        raise ConfigError(f"unknown entity types {sorted(set(out) - SUPPORTED_ENTITIES)}",
                          path="thresholds")
    unused = sorted(set(out) - set(entities))
    if unused and (explicit or ner == "off"):
        why = ("ner='off' and they need NER" if ner == "off" and set(unused) <= NER_ENTITIES
               else "not in entities")
        raise ConfigError(f"{unused}: {why}, so their threshold has no effect; add them "
                          "to entities or leave them out", path=f"thresholds.{unused[0]}")
    return out
