"""Audit 18: ``fields = {}`` (or ``[]``) was accepted and the guard silently wrote the default
``[{n}] {title}`` lines instead of field items; it is now a ConfigError at ``fields``."""

from __future__ import annotations

from typing import Any

import pytest

from guardwire import ConfigError, Context
from guardwire.guards.footnotes import FootnoteGuard


@pytest.mark.parametrize("fields", [{}, [], ()])
def test_empty_fields_is_a_config_error(fields: Any) -> None:
    with pytest.raises(ConfigError, match="is empty") as err:
        FootnoteGuard(fields=fields)
    assert err.value.path == "fields"


def test_fields_left_out_writes_document_lines() -> None:
    docs = [{"text": "a", "title": "A"}]
    assert FootnoteGuard()("See [1].", Context(docs=docs)).text == "See [1].\n\n[1] A"
    assert FootnoteGuard(fields=["title"])("See [1].", Context(docs=docs)).text == \
        "See [1].\n\nTitle: A."
