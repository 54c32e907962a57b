"""guardwire.testing used the wrong way fails at once, saying what is wrong and what to write,
instead of an odd error deep in a guarded call or an assertion that passes on nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from guardwire import Context, Decision, Pipeline, guarded
from guardwire.testing import (
    FakeLLM,
    HangingGuard,
    StaticGuard,
    assert_stream_consistent,
    capture_verdicts,
)


@pytest.mark.parametrize(("responses", "named"), [
    (["hello", 5], "scripted answer #2 is int"),
    (None, "the answer is NoneType"),
    (b"hello", "the answer is bytes"),
    ([None], "scripted answer #1 is NoneType"),
])
def test_an_answer_that_is_no_answer_is_refused_when_the_fake_is_made(
        responses: Any, named: str) -> None:
    # before: FakeLLM(["hello", 5]) said "a FakeLLM answer that is a message (tool calls)
    # needs chat()" on the second call, and chat() returned the 5; FakeLLM(b"hello") answered
    # 104, 101, ... (one byte per call)
    with pytest.raises(TypeError, match=named) as err:
        FakeLLM(responses)
    assert "a str, an assistant message dict" in str(err.value)


@pytest.mark.parametrize("entry", ["complete", "chat"])
def test_a_function_that_forgot_to_return_is_named(entry: str) -> None:
    def answer(prompt: str) -> Any:
        reply = f"echo {prompt}"  # the missing `return reply` under test
        del reply

    llm = FakeLLM(answer)
    call: Callable[[], Any] = ((lambda: llm.complete("hi")) if entry == "complete"
                               else lambda: llm.chat([{"role": "user", "content": "hi"}]))
    with pytest.raises(TypeError, match=r"the answer of answer\(\) for call #1 is NoneType"):
        call()


def test_a_guarded_call_to_a_function_without_return_says_so() -> None:
    ask = guarded(FakeLLM(lambda prompt: None).complete, pipeline=Pipeline())  # type: ignore[arg-type,return-value]
    with pytest.raises(TypeError, match="is NoneType"):
        ask("hi")


@pytest.mark.parametrize(("make", "match"), [
    (lambda: FakeLLM("a", chunk_size=0), "chunk_size must be an int >= 1, got 0"),
    (lambda: FakeLLM("a", delay_s=-1), "delay_s must be a number of seconds >= 0"),
    (lambda: HangingGuard("5"), "seconds must be a number of seconds >= 0, got '5'"),
    (lambda: HangingGuard(-1.0, sync=True), "seconds must be a number of seconds >= 0"),
    (lambda: StaticGuard(delay_s=-0.5), "delay_s must be a number of seconds >= 0"),
])
def test_bad_numbers_are_refused_when_the_helper_is_made(make: Callable[[], object],
                                                         match: str) -> None:
    # before: chunk_size=0 was taken as 1 silently; the others failed on first use (a
    # HangingGuard(-1) inside a worker thread, as a guard error instead of a test error)
    with pytest.raises(ValueError, match=match):
        make()


def test_capture_verdicts_without_with_says_how_to_use_it() -> None:
    verdicts = capture_verdicts()  # the mistake: no `with`
    for read in (len, list, bool, lambda v: v[0], lambda v: "x" in v):
        with pytest.raises(TypeError, match="with capture_verdicts\\(\\) as verdicts"):
            read(verdicts)


@pytest.mark.parametrize("all_threads", [False, True])
def test_capture_verdicts_still_captures_and_nests(all_threads: bool) -> None:
    p = Pipeline(input=[StaticGuard()])
    with capture_verdicts(all_threads=all_threads) as outer:
        p.check_input("one")
        with capture_verdicts(all_threads=all_threads) as inner:
            p.check_input("two")
        p.check_input("three")
    p.check_input("after")
    assert len(inner) == 1 and len(outer) == 3


class _OnlyFeeds:
    def feed(self, text: str) -> str:
        return text


class _StreamGuard:
    name = "stream_guard"

    def __call__(self, text: str, ctx: Context) -> Decision:
        return Decision.allow()

    def start_stream(self, ctx: Context) -> _OnlyFeeds:
        return _OnlyFeeds()


def test_assert_stream_consistent_names_a_missing_flush() -> None:
    # before: AttributeError: '_OnlyFeeds' object has no attribute 'flush'
    with pytest.raises(AssertionError, match=r"\(_OnlyFeeds\) has no flush\(\) method"):
        assert_stream_consistent(_StreamGuard(), "some text")


def test_assert_stream_consistent_wants_a_text() -> None:
    with pytest.raises(TypeError, match="text must be a str, got NoneType"):
        assert_stream_consistent(_StreamGuard(), None)  # type: ignore[arg-type]


@pytest.mark.parametrize("extra", [{"reason": "other"}, {"text": "x"}, {"score": 0.5}])
def test_static_guard_given_a_decision_refuses_fields_it_would_ignore(
        extra: dict[str, object]) -> None:
    # before: StaticGuard(Decision.block("a"), reason="b") blocked with reason "a", the "b" the
    # test then asserted on silently dropped
    from guardwire import Decision
    from guardwire.testing import StaticGuard

    with pytest.raises(ValueError, match="in the Decision"):
        StaticGuard(Decision.block("a"), **extra)  # type: ignore[arg-type]
