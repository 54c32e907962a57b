"""The reach parse leaves the process's warning filters alone (nineteenth session, issue 3).

``rules_period.reach_of`` parsed a pattern inside ``warnings.catch_warnings()`` with
``simplefilter("error")`` to turn the parser's "possible nested set" warning into ``None``.
``catch_warnings`` swaps the process-wide filter list, not the thread's: while a scan on one
thread parsed (a rule's first flood, outside ``warm()``), every other thread's warnings were
raised as errors, and two threads parsing at once restored each other's lists, so the process
could be left turning every warning into an exception. The parse is now preceded by
``_may_warn``, which reads what would warn from the pattern's text with the parser's own
tokenizer (and set loop), and nothing touches the filters. The reach of every shipped pattern
is as before.
"""

from __future__ import annotations

import importlib
import random
import re
import threading
import warnings
from collections.abc import Callable, Iterator
from types import SimpleNamespace
from typing import Any

import pytest

from guardwire.guards.injection import rules_period as RP
from guardwire.guards.injection.rules import RULES
from guardwire.guards.injection.rules_conj import CONJ_GATES
from guardwire.guards.injection.rules_work import reach_of_rule

_PARSER: Any = importlib.import_module("re._parser")


def _old_reach(source: str, flags: int) -> RP.Reach | None:
    """``reach_of`` as it was at 0ca4fc0 (the warning made an error; one thread here)."""
    if flags & ~RP._FLAGS:
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            tree = _PARSER.parse(source, flags)
        runs: dict[str, int] = {}
        fixed = RP._behind(tree.data, runs) + RP._SLACK
    except (RP._Unbounded, re.error, FutureWarning, DeprecationWarning, RecursionError):
        return None
    try:
        runs_ahead: dict[str, int] = {}
        ahead: tuple[int, tuple[tuple[str, int], ...]] | None = (
            RP._width(tree.data, runs_ahead, 1) + RP._SLACK, tuple(sorted(runs_ahead.items())))
    except (RP._Unbounded, RecursionError):
        ahead = None
    return RP.Reach(fixed, tuple(sorted(runs.items())), flags, ahead)


def _shipped() -> Iterator[tuple[str, int]]:
    for rule in RULES:
        for pat in (rule.pattern, rule.line_prefix, rule.confirm):
            if pat is not None:
                yield pat.pattern, pat.flags
    for gate in CONJ_GATES.values():
        yield gate.pattern.pattern, gate.pattern.flags


def test_every_shipped_pattern_has_the_reach_it_had() -> None:
    pairs = sorted(set(_shipped()))
    assert len(pairs) > 400
    differ = [src[:60] for src, flags in pairs if RP.reach_of(src, flags) != _old_reach(src, flags)]
    assert differ == []


def _parser_warns(pattern: str) -> bool | None:
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        try:
            _PARSER.parse(pattern, 0)
        except (re.error, RecursionError, OverflowError):
            return None  # (the parse fails: no reach either way)
    return bool(seen)


@pytest.mark.parametrize("pattern", [
    "[[a]", "[%--]", "[a&&b]", "[a||b]", "[a~~b]", "[]-a]", "[a-]", "[^[]", "[\\[[]",
    "(?#[[)x", "(a)(?(1)a|b)", "(a)(?(\u0661)a|b)", "[a-z--]", "x[-]", "[--a]", "[!-\\-]",
    "[a&-]", "[\\]||]", "(?P<g>a)(?(g)[[]|b)", "a|[-|]|b", "[]]", "[^*--]",
])
def test_may_warn_is_what_the_parser_warns(pattern: str) -> None:
    expected = _parser_warns(pattern)
    assert expected is not None and RP._may_warn(pattern, 0) is expected


def test_may_warn_agrees_with_the_parser_on_random_patterns() -> None:
    rng = random.Random(19)
    alphabet = ["[", "]", "^", "-", "&", "~", "|", "\\", "a", "(", ")", "?", "#", "(?#", "(?(",
                "1", "\u0661", "[[", "--", "&&", "||", "~~", "\\[", "\\]", "(?P<g>", "\\x41",
                "\\N{EN DASH}", " "]
    read = warned = 0
    for _ in range(30_000):
        pattern = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 10)))
        expected = _parser_warns(pattern)
        if expected is None:
            continue
        read += 1
        warned += expected
        assert RP._may_warn(pattern, 0) is expected, pattern
    assert read > 5_000 and warned > 100


def test_a_verbose_pattern_is_not_read() -> None:
    assert RP._may_warn("a # [[", re.VERBOSE) and RP._may_warn("(?x)a", 0)
    assert RP.reach_of("(?<=ab)c # x", re.VERBOSE) is None


# -- threads ------------------------------------------------------------------------------------
def _parsing_waits(monkeypatch: pytest.MonkeyPatch,
                   at_parse: Callable[[str], None]) -> None:
    """``reach_of``'s parser, with ``at_parse(source)`` run before each parse."""
    def parse(source: str, flags: int = 0) -> Any:
        at_parse(source)
        return _PARSER.parse(source, flags)
    monkeypatch.setattr(RP, "_P", SimpleNamespace(parse=parse, Tokenizer=_PARSER.Tokenizer))


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    RP.reach_of.cache_clear()
    yield
    RP.reach_of.cache_clear()  # (nothing parsed by a patched parser is kept)


def test_another_thread_sees_its_own_warning_filters_during_a_parse(
        monkeypatch: pytest.MonkeyPatch) -> None:
    before = list(warnings.filters)
    inside, done = threading.Barrier(2, timeout=10), threading.Barrier(2, timeout=10)

    def at_parse(source: str) -> None:
        inside.wait()  # the other thread looks now
        done.wait()

    _parsing_waits(monkeypatch, at_parse)
    result: list[Any] = []
    parser = threading.Thread(target=lambda: result.append(RP.reach_of("(?<=ab)cd", 0)))
    parser.start()
    inside.wait()
    seen = list(warnings.filters)  # what a warning raised on this thread now would meet
    raised = None
    try:
        warnings.warn("a benign warning elsewhere", ResourceWarning, stacklevel=1)
    except ResourceWarning as e:  # (an "error" filter in force)
        raised = e
    done.wait()
    parser.join(10)
    assert seen == before and raised is None
    assert result and result[0] is not None and result[0].fixed > 2


def test_two_threads_parsing_at_once_leave_the_filters_as_they_were(
        monkeypatch: pytest.MonkeyPatch) -> None:
    before = list(warnings.filters)
    both_in = threading.Barrier(2, timeout=10)
    first_out = threading.Event()

    def at_parse(source: str) -> None:
        both_in.wait()  # both inside (before: both inside catch_warnings)
        if source.startswith("y"):
            assert first_out.wait(10)  # "x..." has returned (restored what it saw) first

    def first() -> None:
        RP.reach_of("x(?<=ab)c", 0)
        first_out.set()

    _parsing_waits(monkeypatch, at_parse)
    threads = [threading.Thread(target=first),
               threading.Thread(target=RP.reach_of, args=("y(?<=ab)c", 0))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert first_out.is_set() and list(warnings.filters) == before


def test_the_reach_of_every_rule_touches_no_warning_filter() -> None:
    calls: list[str] = []
    names = ("catch_warnings", "simplefilter", "filterwarnings", "resetwarnings")
    real = {name: getattr(warnings, name) for name in names}

    def spy(name: str) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            calls.append(name)
            return real[name](*args, **kwargs)
        return call

    try:
        for name in names:
            setattr(warnings, name, spy(name))
        reached = [reach_of_rule(rule) for rule in RULES]
    finally:
        for name in names:
            setattr(warnings, name, real[name])
    assert calls == [] and sum(r is not None for r in reached) > 100
