"""Building the PII analyzer must not fill an app's WARNING log with Presidio's notes about the
Spanish, Italian and Polish recognizers it skips (English-only is guardwire's choice): before,
every build logged 11 "Recognizer not added to registry" warnings."""

from __future__ import annotations

import logging

import pytest

from guardwire.guards.pii.build import build_analyzer


def test_building_the_analyzer_logs_no_skipped_language_warnings(
        caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        build_analyzer(None)
    noisy = [r for r in caplog.records if "not supported by registry" in r.getMessage()]
    assert noisy == []
    assert not logging.getLogger("presidio-analyzer").filters  # the filter is removed again


def test_other_presidio_warnings_still_reach_the_log(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        build_analyzer(None)
        logging.getLogger("presidio-analyzer").warning("something else")
    assert [r.getMessage() for r in caplog.records] == ["something else"]
