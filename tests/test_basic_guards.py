"""The reference guards MaxLength and DenyRegex."""

from __future__ import annotations

import pytest

from guardwire import Context, Pipeline
from guardwire.config import build_routes
from guardwire.exceptions import ConfigError
from guardwire.guards.basic import DenyRegex, MaxLength

CTX = Context()


def test_max_length_allows_up_to_the_limit() -> None:
    guard = MaxLength(10)
    assert guard("x" * 10, CTX).action == "allow"
    d = guard("x" * 12_345, CTX)
    assert d.action == "block"
    assert d.reason == "text too long: 12,345 > 10 characters"
    assert d.data["chars"] == 12_345


@pytest.mark.parametrize("value", [0, -5, "100", 2.5, True, None])
def test_max_length_rejects_bad_limits(value: object) -> None:
    with pytest.raises(ConfigError) as err:
        MaxLength(value)  # type: ignore[arg-type]
    assert err.value.path == "max_chars"


def test_deny_regex_blocks_first_matching_pattern_case_insensitive_by_default() -> None:
    guard = DenyRegex([r"\bpassword\b", r"api[_-]?key"])
    d = guard("Here is my API-KEY: 123", CTX)
    assert d.action == "block"
    assert d.data["pattern_index"] == 1
    assert d.data["span"] == (11, 18)
    assert d.reason == "text matches deny pattern 1"
    assert guard("passwords are fine, keys too", CTX).action == "allow"


def test_deny_regex_custom_reason_flags_and_single_pattern() -> None:
    guard = DenyRegex(r"^secret", flags="m", reason="That topic is off limits.")
    assert guard("ok\nsecret plan", CTX).reason == "That topic is off limits."
    assert guard("ok\nSECRET plan", CTX).action == "allow"  # no "i": case-sensitive


@pytest.mark.parametrize(
    ("kwargs", "path"),
    [
        ({"patterns": []}, "patterns"),
        ({"patterns": ["ok", "(unclosed"]}, "patterns[1]"),
        ({"patterns": ["ok", ""]}, "patterns[1]"),
        ({"patterns": [3]}, "patterns[0]"),
        ({"patterns": ["ok"], "flags": "iq"}, "flags"),
        ({"patterns": ["ok"], "timeout_ms": 0}, "timeout_ms"),
        ({"patterns": ["ok"], "reason": 5}, "reason"),
        ({"patterns": ["ok"], "reason": "  "}, "reason"),  # silently became the default
    ],
)
def test_deny_regex_config_errors_name_the_option(kwargs: dict[str, object], path: str) -> None:
    with pytest.raises(ConfigError) as err:
        DenyRegex(**kwargs)  # type: ignore[arg-type]
    assert err.value.path == path


REDOS = r"(a|aa)+$"  # catastrophic backtracking on "aaaa...!"


def test_deny_regex_search_times_out() -> None:
    guard = DenyRegex([REDOS], timeout_ms=5)
    with pytest.raises(TimeoutError):
        guard("a" * 60 + "!", CTX)


def test_deny_regex_timeout_fails_closed_in_a_pipeline() -> None:
    verdict = Pipeline(input=[DenyRegex([REDOS], timeout_ms=5)]).check_input("a" * 60 + "!")
    assert verdict.blocked
    assert verdict.blocking is not None and verdict.blocking.outcome == "error"


def test_guard_attributes() -> None:
    for guard_type, name in ((MaxLength, "max_length"), (DenyRegex, "deny_regex")):
        assert guard_type.name == name
        assert guard_type.cacheable is True
        assert guard_type.default_policy.on_error == "closed"


def test_registry_names_build_the_guards() -> None:
    routes = build_routes({"routes": {"r": {"input": [
        {"use": "max_length", "with": {"max_chars": 100}},
        {"use": "deny_regex", "with": {"patterns": ["forbidden"], "reason": "no"}},
    ]}}})
    denied = routes["r"].check_input("this is FORBIDDEN").blocking
    assert denied is not None and denied.guard == "deny_regex" and denied.reason == "no"
    too_long = routes["r"].check_input("x" * 101).blocking
    assert too_long is not None and too_long.guard == "max_length"
