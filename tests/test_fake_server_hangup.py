"""The fake provider of the examples and tests: a client that stops reading a stream (a guard
blocked it and closed the connection) is not a server error. Before, socketserver printed
'Exception occurred during processing of request' and a BrokenPipeError traceback to stderr
in the middle of the test run."""

from __future__ import annotations

import json
import socket
import time

import pytest

from _fake_server import FakeLLMServer


def test_a_client_hanging_up_mid_stream_prints_no_traceback(
        capsys: pytest.CaptureFixture[str]) -> None:
    with FakeLLMServer("word " * 200_000, chunk_size=1) as server:
        host, port = server.url.split("//")[1].split(":")
        body = json.dumps({"model": "m", "stream": True,
                           "messages": [{"role": "user", "content": "hi"}]}).encode()
        sock = socket.create_connection((host, int(port)))
        sock.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n"
                     b"Content-Type: application/json\r\n"
                     + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
        assert sock.recv(4096).startswith(b"HTTP/1.")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        sock.close()  # a reset: the server's next writes fail
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and len(server.replies) < 1:
            time.sleep(0.01)
        time.sleep(0.5)  # the handler's writes after the reset
    err = capsys.readouterr().err
    assert "Traceback" not in err and "Exception occurred" not in err, err
