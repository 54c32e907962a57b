"""The exception tree: messages, and exceptions that survive pickling (a worker process or a
task queue sends them back to the caller) with their verdict, attempts, file and key path."""

from __future__ import annotations

import copy
import pickle

import pytest
from pydantic import BaseModel

import guardwire
from guardwire import (
    ConfigError,
    GuardwireError,
    InputBlocked,
    OutputBlocked,
    Pipeline,
    RepairFailed,
    guarded,
)
from guardwire.guards.schema import SchemaGuard
from guardwire.testing import FakeLLM, StaticGuard


class Person(BaseModel):
    name: str
    age: int


def _input_blocked() -> InputBlocked:
    ask = guarded(FakeLLM(["never"]).complete,
                  pipeline=Pipeline(input=[StaticGuard("block", reason="no thanks")]))
    with pytest.raises(InputBlocked) as err:
        ask("hello")
    return err.value


def _repair_failed() -> RepairFailed:
    llm = FakeLLM(["not json", "still not json"])
    ask = guarded(llm.complete, pipeline=Pipeline(output=[SchemaGuard(Person, max_reasks=1)]))
    with pytest.raises(RepairFailed) as err:
        ask("who?")
    return err.value


@pytest.mark.parametrize("copier", [lambda e: pickle.loads(pickle.dumps(e)), copy.deepcopy],
                         ids=["pickle", "deepcopy"])
def test_blocked_exceptions_survive_pickling_with_their_verdict(copier: object) -> None:
    original = _input_blocked()
    clone = copier(original)  # type: ignore[operator]
    assert type(clone) is InputBlocked
    assert str(clone) == str(original) and "no thanks" in str(clone)
    assert clone.verdict == original.verdict
    assert clone.decision is not None and clone.decision.reason == "no thanks"


def test_repair_failed_survives_pickling_with_every_attempt() -> None:
    original = _repair_failed()
    assert len(original.attempts) == 2
    clone = pickle.loads(pickle.dumps(original))
    assert type(clone) is RepairFailed and isinstance(clone, OutputBlocked)
    assert clone.attempts == original.attempts == ("not json", "still not json")
    assert clone.verdict == original.verdict and str(clone) == str(original)


def test_config_error_survives_pickling_with_file_and_key_path() -> None:
    original = ConfigError("must be an integer >= 0", file="guardwire.toml",
                           path="routes.x.output[0].with.max_reasks")
    clone = pickle.loads(pickle.dumps(original))
    assert type(clone) is ConfigError and isinstance(clone, ValueError)
    assert (clone.file, clone.path, clone.message) == (original.file, original.path,
                                                       original.message)
    assert str(clone) == str(original) == (
        "guardwire.toml: routes.x.output[0].with.max_reasks: must be an integer >= 0")


def test_every_public_exception_is_a_guardwire_error() -> None:
    for name in ("Blocked", "InputBlocked", "OutputBlocked", "RepairFailed", "ConfigError",
                 "GuardSetupError"):
        assert issubclass(getattr(guardwire, name), GuardwireError), name
