"""``guardwire.testing.FakeLLMServer``: the fake OpenAI/Anthropic HTTP server ships in the
package. Before, docs/providers.md's "Testing against the SDKs offline" imported it from
``examples/_fake_server.py``, which an installed guardwire does not have (ImportError for a
user without a checkout). These tests import only from the installed package."""

from __future__ import annotations

import socket

import pytest

from guardwire import Pipeline, guarded
from guardwire.guards.pii import PIIRedactor
from guardwire.integrations.openai import OpenAIAdapter
from guardwire.testing import FakeLLMServer, FakeServerReply, FakeServerRequest

openai = pytest.importorskip("openai")

EMAIL = "jane.doe@example.com"


def _echo(req: FakeServerRequest) -> str:
    return "Hello " + req.last_user


def _refused(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    except ConnectionRefusedError:
        return True
    return False


@pytest.mark.parametrize("stream", [False, True])
def test_openai_sdk_through_the_shipped_server_redacts_and_restores(
        redactor: PIIRedactor, stream: bool) -> None:
    with FakeLLMServer(_echo, chunk_size=3) as server:
        client = openai.OpenAI(base_url=server.openai_base_url, api_key="offline",
                               max_retries=0)
        chat = guarded(client.chat.completions.create, adapter=OpenAIAdapter(),
                       pipeline=Pipeline(input=[redactor]))
        result = chat(model="gpt-4o-mini", stream=stream,
                      messages=[{"role": "user", "content": f"I'm {EMAIL}, hi"}])
        if stream:
            answer = "".join(c.choices[0].delta.content or "" for c in result if c.choices)
        else:
            assert isinstance(result, openai.types.chat.ChatCompletion)
            answer = result.choices[0].message.content
        assert len(server.requests) == 1
        sent = server.requests[0]
        assert sent.api == "openai" and sent.stream is stream
        assert EMAIL not in sent.raw  # the provider never saw the address
        assert sent.last_user.startswith("I'm <EMAIL") and sent.last_user.endswith(", hi")
        assert server.replies == ["Hello " + sent.last_user]  # the model echoed the placeholder
        assert answer == f"Hello I'm {EMAIL}, hi"  # restored for the user


def test_scripted_replies_and_finish_length_reach_the_sdk() -> None:
    with FakeLLMServer(["first", FakeServerReply("cut of", finish="length")]) as server:
        client = openai.OpenAI(base_url=server.openai_base_url, api_key="offline",
                               max_retries=0)
        msgs = [{"role": "user", "content": "hi"}]
        one = client.chat.completions.create(model="m", messages=msgs)
        two = client.chat.completions.create(model="m", messages=msgs)
        assert (one.choices[0].message.content, one.choices[0].finish_reason) == ("first", "stop")
        assert (two.choices[0].message.content, two.choices[0].finish_reason) == (
            "cut of", "length")
        with pytest.raises(openai.InternalServerError, match="2 scripted replies"):
            client.chat.completions.create(model="m", messages=msgs)


def test_the_server_stops_on_exit_and_frees_its_port() -> None:
    server = FakeLLMServer("ok")
    assert not server.running
    with pytest.raises(RuntimeError, match="not running"):
        _ = server.url
    with server:
        assert server.running
        port = server.port
        assert server.url == f"http://127.0.0.1:{port}"
        assert not _refused(port)  # it listens while inside the block
        serving = server._thread
        assert serving is not None and serving.is_alive()
    assert not server.running
    assert not serving.is_alive()  # the serving thread was joined
    assert _refused(port)  # nothing listens on the port any more
    with socket.socket() as sock:  # and it can be listened on again (REUSEADDR, as the
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # server does: a listener
        sock.bind(("127.0.0.1", port))  # still holding the port would make this fail)
        sock.listen()
    server.stop()  # stopping twice is harmless


def test_the_server_stops_when_the_block_raises() -> None:
    with pytest.raises(KeyError), FakeLLMServer("ok") as server:
        port = server.port
        raise KeyError("boom")
    assert _refused(port)


def test_two_servers_are_independent() -> None:
    with FakeLLMServer("a") as one, FakeLLMServer("b") as two:
        assert one.port != two.port
        for s, want in ((one, "a"), (two, "b")):
            client = openai.OpenAI(base_url=s.openai_base_url, api_key="x", max_retries=0)
            got = client.chat.completions.create(model="m", messages=[
                {"role": "user", "content": "q"}])
            assert got.choices[0].message.content == want
        assert len(one.requests) == len(two.requests) == 1


def test_starting_twice_is_refused() -> None:
    with FakeLLMServer() as server, pytest.raises(RuntimeError, match="already running"):
        server.start()
