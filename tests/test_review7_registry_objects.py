"""register_guard under a taken name: the same definition run again (a class or def re-run)
replaces the old one, but two different factories that are no named definition — two
functools.partial objects, two factory instances — were taken for the same definition (both
had only their class's module) and the second silently replaced the first; a route then got
another guard than the one registered first (seventh-session review)."""

from __future__ import annotations

import functools
from typing import Any

import pytest

from guardwire.config import Registry
from guardwire.testing import StaticGuard


class _Factory:
    def __init__(self, action: str) -> None:
        self.action = action

    def __call__(self, **options: Any) -> StaticGuard:
        return StaticGuard(self.action)


@pytest.mark.parametrize(("first", "second"), [
    (functools.partial(StaticGuard, "allow"), functools.partial(StaticGuard, "block")),
    (_Factory("allow"), _Factory("block")),
])
def test_another_partial_or_factory_object_under_a_taken_name_is_refused(
        first: Any, second: Any) -> None:
    reg = Registry()
    reg.register("mine", first)
    with pytest.raises(ValueError, match="already registered"):
        reg.register("mine", second)
    assert reg.get("mine") is first
    reg.register("mine", second, replace=True)
    assert reg.get("mine") is second


def test_a_class_defined_again_still_replaces_the_old_one() -> None:
    reg = Registry()
    namespace: dict[str, Any] = {"__name__": "notebook"}
    for _ in range(2):  # a notebook cell run twice: a new class of the same module and name
        exec("class Mine:\n    def __init__(self, **kw): pass\n", namespace)
        reg.register("again", namespace["Mine"])
    assert reg.get("again") is namespace["Mine"]
