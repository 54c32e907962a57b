"""SlotFiller when something goes wrong: slow or failing value sources, a number format
that ints cannot take, a bug in the guard. A raw ``<slot>`` must never reach the user."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest

from guardwire import Context, Pipeline
from guardwire.guards.slots import SlotFiller

pytestmark = pytest.mark.anyio


@pytest.mark.filterwarnings("ignore")
def test_a_slow_resolver_still_fills_the_slot() -> None:
    # a metrics query of 80 ms: the guard's 50 ms budget discarded the finished fill and the
    # fail-open policy showed the user "Total <total> events."
    def total(ctx: Context) -> int:
        time.sleep(0.08)
        return 42

    v = Pipeline(output=[SlotFiller(resolvers={"total": total})]).check_output(
        "Total <total> events.", Context())
    assert v.text == "Total 42 events."


async def test_a_slow_resolver_still_fills_the_slot_async() -> None:
    def total(ctx: Context) -> int:
        time.sleep(0.08)
        return 42

    v = await Pipeline(output=[SlotFiller(resolvers={"total": total})]).acheck_output(
        "Total <total> events.", Context())
    assert v.text == "Total 42 events."


def test_a_guard_failure_blocks_instead_of_showing_raw_slots(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: SlotFiller, text: str, ctx: Context) -> Any:
        raise RuntimeError("bug")

    monkeypatch.setattr(SlotFiller, "fill", broken)
    v = Pipeline(output=[SlotFiller()]).check_output("Total <sum> events.", Context())
    assert v.blocked  # the app answers with its block response, not the raw slot
    assert v.blocking is not None and v.blocking.outcome == "error"


@pytest.mark.parametrize("spec", [".2", ".3", ",.1"])
def test_a_float_only_number_format_does_not_fail_on_ints(spec: str) -> None:
    # format(2, ".2") raises: every integer slot was a guard error, the raw slot shown
    d = SlotFiller(number_format=spec)("Total <sum> events.", Context(docs=["a", "b"]))
    assert d.action == "rewrite" and d.text == f"Total {format(2.0, spec)} events."


class _Failing(dict[str, Any]):
    def __contains__(self, key: object) -> bool:
        return True

    def __getitem__(self, key: str) -> Any:
        raise RuntimeError("db down")

    def __iter__(self) -> Iterator[str]:
        return iter(["x"])


def test_a_failing_per_request_mapping_is_a_resolver_error() -> None:
    d = SlotFiller()("Total <x> events.", Context(metadata={"slots": _Failing()}))
    assert d.text == "Total events."
    assert "db down" in d.data["resolver_errors"]["x"]


class _Unprintable:
    def __str__(self) -> str:
        raise ValueError("no text")


def test_a_value_that_cannot_be_written_is_unknown() -> None:
    d = SlotFiller()("Total <x> events.", Context(metadata={"slots": {"x": _Unprintable()}}))
    assert d.text == "Total events."
    assert "no text" in d.data["resolver_errors"]["x"]


@pytest.mark.parametrize("value", [[1, 2], {"n": 5}, (3,), b"12", set(), []])
def test_a_container_or_bytes_value_is_unknown_not_its_repr(value: Any) -> None:
    # was written as "[1, 2]", "{'n': 5}", "b'12'": a resolver bug shown to the user
    d = SlotFiller()("Total <x> events.", Context(metadata={"slots": {"x": value}}))
    assert d.text == "Total events."
    assert "x" in d.data["resolver_errors"]


@pytest.mark.parametrize("placeholder", ["<person_1>", "<Person_1>"])
def test_a_mangled_pii_placeholder_is_left_for_the_restorer(placeholder: str) -> None:
    # the model lower-cased <PERSON_1>: the slot filler stripped it as an unknown slot, and
    # pii_restore (which reads it) had nothing left to restore: "Hello , you have 0 docs."
    from guardwire.guards.pii.restore import PIIRestorer

    ctx = Context()
    ctx.vault.put("<PERSON_1>", "Maria Garcia")
    v = Pipeline(output=[SlotFiller(), PIIRestorer()]).check_output(
        f"Hello {placeholder}, you have <count> docs.", ctx)
    assert v.text == "Hello Maria Garcia, you have 0 docs."


def test_a_slot_shaped_like_a_placeholder_but_not_in_the_vault_is_still_a_slot() -> None:
    d = SlotFiller()("Hello <person_1>, bye.", Context())
    assert d.text == "Hello, bye."
