"""Audit 18: list options given a string in code were read letter by letter without a word:
``SlotFiller(keep="sum")`` kept the names 's', 'u', 'm'; ``FootnoteGuard(labels="Sources")``
made every letter a label (so "Sources:" itself was no longer one); and
``SlotFiller(resolvers=["sum"])`` raised ``AttributeError``. Each is a ConfigError at the
option now (route files already refused them by type)."""

from __future__ import annotations

from typing import Any

import pytest

from guardwire import ConfigError, Context
from guardwire.guards.footnotes import FootnoteGuard
from guardwire.guards.slots import SlotFiller


@pytest.mark.parametrize("make, path, message", [
    (lambda: SlotFiller(keep="sum"), "keep", r"write a list: \['sum'\]"),
    (lambda: SlotFiller(keep=[5]), "keep", "must be a list of names"),
    (lambda: SlotFiller(resolvers=["sum"]), "resolvers", "got a list"),
    (lambda: FootnoteGuard(labels="Sources"), "labels", r"write a list: \['Sources'\]"),
])
def test_a_string_for_a_list_is_a_config_error(make: Any, path: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message) as err:
        make()
    assert err.value.path == path


def test_lists_work() -> None:
    assert SlotFiller(keep=["Sum"]).keep == frozenset({"sum"})
    g = FootnoteGuard(labels=["Sources"])
    docs = [{"text": "a", "title": "A"}]
    assert g("See [1].\n\nSources: made up", Context(docs=docs)).text == "See [1].\n\n[1] A"
