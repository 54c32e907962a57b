"""LiteLLM end to end: ``litellm.completion`` / ``acompletion`` with ``model="openai/x"`` and
``api_base`` at the local fake server (LiteLLM drives the OpenAI SDK underneath).

``LITELLM_LOCAL_MODEL_COST_MAP=True`` keeps LiteLLM from fetching its price list at import;
every test also records each host name resolved and each TCP connection opened during the
call, and asserts that LiteLLM talked to nothing but the local server.
"""

from __future__ import annotations

import asyncio
import os
import socket
from collections.abc import Iterator
from typing import Any

import pytest

from _fake_server import FakeLLMServer, Request
from guardwire import Context, Decision, OutputBlocked, Pipeline, guarded

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
os.environ.setdefault("LITELLM_TELEMETRY", "False")
litellm = pytest.importorskip("litellm")
from litellm import ModelResponse  # noqa: E402

USER = [{"role": "user", "content": "my secret is swordfish"}]


def hide_secret(text: str, ctx: Context) -> Decision:
    return Decision.rewrite(text.replace("swordfish", "[hidden]"), "secret hidden")


def shout(text: str, ctx: Context) -> Decision:
    return Decision.rewrite(text.upper(), "upper-cased")


def echo(req: Request) -> str:
    return "You said: " + req.last_user


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeLLMServer]:
    hosts: list[str] = []
    real = socket.getaddrinfo

    def spy(host: Any, *args: Any, **kwargs: Any) -> Any:
        hosts.append(str(host))
        return real(host, *args, **kwargs)

    real_connect = socket.socket.connect

    def connect(sock: socket.socket, address: Any) -> None:
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            hosts.append(str(address[0]))
        real_connect(sock, address)

    monkeypatch.setattr(socket, "getaddrinfo", spy)
    monkeypatch.setattr(socket.socket, "connect", connect)
    with FakeLLMServer(echo, chunk_size=4) as s:
        yield s
    assert hosts, "the spies saw no connection at all"
    assert set(hosts) <= {"127.0.0.1", "localhost"}, f"LiteLLM went online: {hosts}"


def kw(s: FakeLLMServer, **extra: Any) -> dict[str, Any]:
    return {"model": "openai/x", "api_base": s.openai_base_url, "api_key": "offline",
            "messages": USER, **extra}


def chunk_text(chunks: list[Any]) -> str:
    return "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)


def test_litellm_completion(server: FakeLLMServer) -> None:
    safe = guarded(litellm.completion, pipeline=Pipeline(input=[hide_secret], output=[shout]))
    result = safe(**kw(server))
    assert isinstance(result, ModelResponse)
    assert result.choices[0].message.content == "YOU SAID: MY SECRET IS [HIDDEN]"
    assert "swordfish" not in server.requests[0].raw


@pytest.mark.parametrize("mode", ["buffered", "incremental"])
def test_litellm_streams(server: FakeLLMServer, mode: str) -> None:
    p = Pipeline(input=[hide_secret], stream_mode=mode)  # type: ignore[arg-type]
    chunks = list(guarded(litellm.completion, pipeline=p)(**kw(server, stream=True)))
    kinds = {type(c).__name__ for c in chunks}
    assert kinds == {"ModelResponseStream"}
    assert chunk_text(chunks) == "You said: my secret is [hidden]"

    async def run() -> list[Any]:
        stream = await guarded(litellm.acompletion, pipeline=p)(**kw(server, stream=True))
        return [c async for c in stream]

    assert chunk_text(asyncio.run(run())) == chunk_text(chunks)


def test_litellm_acompletion_and_block(server: FakeLLMServer) -> None:
    result = asyncio.run(guarded(litellm.acompletion, pipeline=Pipeline(output=[shout]))(
        **kw(server)))
    assert isinstance(result, ModelResponse)
    assert result.choices[0].message.content == "YOU SAID: MY SECRET IS SWORDFISH"
    blocked = Pipeline(output=[lambda t, c: Decision.block("no")])
    with pytest.raises(OutputBlocked):
        list(guarded(litellm.completion, pipeline=blocked)(**kw(server, stream=True)))
    canned = guarded(litellm.completion,
                     pipeline=Pipeline(input=[lambda t, c: Decision.block("no")],
                                       on_block="respond", block_response="Sorry."))
    answer = canned(**kw(server))
    assert isinstance(answer, ModelResponse) and answer.choices[0].message.content == "Sorry."
    assert chunk_text(list(canned(**kw(server, stream=True)))) == "Sorry."
