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


@pytest.mark.parametrize("make, path", [
    (lambda: __import__("guardwire.guards.citations", fromlist=["x"]).CitationGuard(
        check_numbers="no"), "check_numbers"),  # bool("no"): the check stayed on
    (lambda: __import__("guardwire.guards.citations", fromlist=["x"]).CitationGuard(
        method="bm25", k1="1"), "k1"),  # TypeError: '<=' not supported
    (lambda: __import__("guardwire.guards.citations", fromlist=["x"]).CitationGuard(
        floor=float("nan")), "floor"),
    (lambda: FootnoteGuard(strip_model_tail="no"), "strip_model_tail"),
    (lambda: FootnoteGuard(prefix=None), "prefix"),  # failed on every call
    (lambda: FootnoteGuard(doc_template=5), "doc_template"),  # AttributeError
    (lambda: SlotFiller(fix_plurals="no"), "fix_plurals"),
])
def test_options_of_the_wrong_type_are_config_errors(make: Any, path: str) -> None:
    with pytest.raises(ConfigError) as err:
        make()
    assert err.value.path == path
