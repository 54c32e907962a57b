"""PII through guarded(): the model never sees values, every request gets back its own values."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import anyio
import pytest

from guardwire import Context, InputBlocked, Pipeline, guarded, step
from guardwire.guards.pii import PIIRedactor, PIIRestorer
from guardwire.testing import FakeLLM

N = 200


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    redactor = PIIRedactor(ner="off")
    redactor.warm()
    # a generous budget: 200 requests queue for worker threads on a busy 2-core CI machine,
    # and queueing counts against the (fail-closed) budget; these tests are about isolation
    return Pipeline(input=[step(redactor, budget_ms=60_000)], stream_mode="incremental")


def prompt_of(i: int) -> str:
    return f"I am user {i}: mail user{i}@example{i}.com, server 10.{i % 250}.{i // 250}.7"


def values_of(i: int) -> tuple[str, str]:
    return f"user{i}@example{i}.com", f"10.{i % 250}.{i // 250}.7"


def echo(prompt: str) -> str:
    return f"Noted <ip_address_1> and [EMAIL_ADDRESS_1]; you said: {prompt}"


def expected(i: int) -> str:
    email, ip = values_of(i)
    return f"Noted {ip} and {email}; you said: {prompt_of(i)}"


def assert_model_saw_no_values(fake: FakeLLM) -> None:
    assert len(fake.prompts) == N
    for p in fake.prompts:
        assert "@example" not in p and ".7" not in p
        assert "<EMAIL_ADDRESS_1>" in p and "<IP_ADDRESS_1>" in p


def test_pipeline_appends_the_restorer(pipeline: Pipeline) -> None:
    assert [s.name for s in pipeline.steps("output")] == ["pii_restore"]
    assert isinstance(pipeline.steps("output")[0].guard, PIIRestorer)


def test_200_concurrent_threads_each_restore_only_their_own_values(pipeline: Pipeline) -> None:
    fake = FakeLLM(echo)
    safe = guarded(fake.complete, pipeline=pipeline)
    barrier = threading.Barrier(50)

    def one(i: int) -> str:
        if i < 50:
            barrier.wait()
        return str(safe(prompt_of(i)))

    with ThreadPoolExecutor(max_workers=50) as pool:
        answers = list(pool.map(one, range(N)))
    assert answers == [expected(i) for i in range(N)]
    assert_model_saw_no_values(fake)


@pytest.mark.anyio
async def test_200_concurrent_async_tasks_each_restore_only_their_own_values(
        pipeline: Pipeline) -> None:
    fake = FakeLLM(echo, delay_s=0.001)
    safe = guarded(fake.acomplete, pipeline=pipeline)
    answers: dict[int, str] = {}

    async def one(i: int) -> None:
        answers[i] = str(await safe(prompt_of(i)))

    async with anyio.create_task_group() as tg:
        for i in range(N):
            tg.start_soon(one, i)
    assert [answers[i] for i in range(N)] == [expected(i) for i in range(N)]
    assert_model_saw_no_values(fake)


def test_streamed_answer_is_restored_incrementally(pipeline: Pipeline) -> None:
    fake = FakeLLM(echo, chunk_size=3)
    safe = guarded(fake.stream, pipeline=pipeline)
    ctx = Context()
    chunks = list(safe(prompt_of(7), guard_ctx=ctx))
    assert "".join(chunks) == expected(7)
    assert len(chunks) > 3  # passed on as it came, not buffered to the end
    assert len(ctx.vault) == 0  # values dropped when the call ended


def test_detection_failure_blocks_the_call(monkeypatch: pytest.MonkeyPatch) -> None:
    redactor = PIIRedactor(ner="off")

    def broken(_text: str) -> list[object]:
        raise RuntimeError("detector down")

    monkeypatch.setattr(redactor, "detect", broken)
    fake = FakeLLM(echo)
    safe = guarded(fake.complete, pipeline=Pipeline(input=[redactor]))
    with pytest.raises(InputBlocked) as err:
        safe(prompt_of(1))
    assert err.value.decision.outcome == "error"
    assert fake.calls == []
