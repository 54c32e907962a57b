"""A local stand-in for the OpenAI and Anthropic HTTP APIs, for offline tests of SDK calls.

Public as ``guardwire.testing.FakeLLMServer`` (with ``FakeServerReply`` and
``FakeServerRequest``); the examples and guardwire's own tests use this one implementation.

It speaks just enough of both wire formats for the official SDKs (and LiteLLM, which uses the
OpenAI SDK underneath) to work unchanged when pointed at it with ``base_url``:

- ``POST /v1/chat/completions``: a ``chat.completion`` object, or with ``"stream": true``
  server-sent events of ``chat.completion.chunk`` objects ending in ``data: [DONE]``;
- ``POST /v1/messages``: an Anthropic ``message`` object, or with ``"stream": true`` the event
  sequence ``message_start``, ``content_block_start``, ``ping``, ``content_block_delta``…,
  ``content_block_stop``, ``message_delta``, ``message_stop``.

What the "model" says comes from ``reply``: a string (always that), a list (in order), or a
function of the :class:`FakeServerRequest`. Return a :class:`FakeServerReply` to end with
``finish="length"`` (``max_tokens`` for Anthropic). Every request is recorded in
``server.requests`` (and every raw answer in ``server.replies``) so a test can assert what
reached the provider (for example: no raw PII)::

    from guardwire.testing import FakeLLMServer

    with FakeLLMServer(lambda req: "Hello " + req.last_user) as server:
        client = openai.OpenAI(base_url=server.openai_base_url, api_key="offline")

Standard library only; binds 127.0.0.1 on a free port chosen by the OS; serves from a daemon
thread (one more per connection); leaving the ``with`` block shuts it down, joins the thread
and closes the socket, so the port is free again.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["FakeLLMServer", "FakeServerReply", "FakeServerRequest"]


@dataclass(frozen=True)
class FakeServerReply:
    """A scripted answer; ``finish="length"`` makes it look cut off by the token limit."""

    text: str
    finish: str = "stop"


@dataclass(frozen=True)
class FakeServerRequest:
    """One request as the server received it."""

    path: str
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def api(self) -> str:
        return "anthropic" if self.path.rstrip("/").endswith("/messages") else "openai"

    @property
    def stream(self) -> bool:
        return bool(self.body.get("stream"))

    @property
    def user_texts(self) -> list[str]:
        """The text of every user message, in order (string or list-of-parts content)."""
        out: list[str] = []
        for m in self.body.get("messages", []):
            if m.get("role") != "user":
                continue
            content = m.get("content")
            if isinstance(content, str):
                out.append(content)
            elif isinstance(content, list):
                out.append("\n".join(p["text"] for p in content
                                     if isinstance(p, dict) and isinstance(p.get("text"), str)))
        return out

    @property
    def last_user(self) -> str:
        texts = self.user_texts
        return texts[-1] if texts else ""

    @property
    def raw(self) -> str:
        """The whole request body as JSON text (for "this never reached the server" checks)."""
        return json.dumps(self.body, ensure_ascii=False)


Responder = Callable[[FakeServerRequest], "str | FakeServerReply"]


def _chunks(text: str, size: int) -> list[str]:
    return [text[i:i + size] for i in range(0, len(text), size)] or [""]


class FakeLLMServer:
    """See the module docstring. Use as a context manager, or ``start()``/``stop()``."""

    def __init__(self,
                 reply: str | FakeServerReply | Sequence[str | FakeServerReply] | Responder = "OK",
                 *, chunk_size: int = 5, model: str = "fake-model") -> None:
        self._reply = reply
        self._n = 0
        if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
            raise ValueError(f"FakeLLMServer: chunk_size must be an int >= 1, got "
                             f"{chunk_size!r}")  # as FakeLLM's (0 was 1, '3' failed later)
        self.chunk_size = chunk_size
        self.model = model
        self.requests: list[FakeServerRequest] = []
        self.replies: list[str] = []  # what the "model" answered, before any guard
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ----------------------------------------------------------------------
    def start(self) -> FakeLLMServer:
        """Bind 127.0.0.1 on a free port and serve from a daemon thread."""
        if self._httpd is not None:
            raise RuntimeError("FakeLLMServer is already running")
        handler = type("Handler", (_Handler,), {"server_ref": self})
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        httpd.daemon_threads = True
        thread = threading.Thread(target=httpd.serve_forever, daemon=True,
                                  name="fake-llm-server")
        thread.start()
        self._httpd, self._thread = httpd, thread
        return self

    def stop(self) -> None:
        """Stop serving, wait for the serving thread and close the socket (idempotent)."""
        httpd, thread = self._httpd, self._thread
        self._httpd = self._thread = None
        if httpd is not None:
            httpd.shutdown()
            httpd.server_close()
        if thread is not None:
            thread.join()

    def __enter__(self) -> FakeLLMServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._httpd is not None

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("FakeLLMServer is not running: use it in a `with` block "
                               "(or call start())")
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def openai_base_url(self) -> str:
        return self.url + "/v1"

    @property
    def anthropic_base_url(self) -> str:
        return self.url

    # -- answers ------------------------------------------------------------------------
    def answer(self, req: FakeServerRequest) -> FakeServerReply:
        with self._lock:
            self.requests.append(req)
            n = self._n
            self._n += 1
        r = self._reply
        if isinstance(r, str | FakeServerReply):
            got: str | FakeServerReply = r
        elif callable(r):
            got = r(req)
        else:
            if n >= len(r):
                raise AssertionError(f"FakeLLMServer has {len(r)} scripted replies, "
                                     f"got request #{n + 1}")
            got = r[n]
        reply = got if isinstance(got, FakeServerReply) else FakeServerReply(got)
        with self._lock:
            self.replies.append(reply.text)
        return reply

    def openai_events(self, reply: FakeServerReply,
                      stream: bool) -> Iterator[dict[str, Any]] | dict[str, Any]:
        base = {"id": "chatcmpl-fake", "created": int(time.time()), "model": self.model,
                "system_fingerprint": None}
        finish = "length" if reply.finish == "length" else "stop"
        if not stream:
            return {**base, "object": "chat.completion", "choices": [{
                "index": 0, "finish_reason": finish, "logprobs": None,
                "message": {"role": "assistant", "content": reply.text, "refusal": None}}],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}

        def events() -> Iterator[dict[str, Any]]:
            def chunk(delta: dict[str, Any], fin: str | None = None) -> dict[str, Any]:
                return {**base, "object": "chat.completion.chunk", "choices": [
                    {"index": 0, "delta": delta, "finish_reason": fin, "logprobs": None}]}
            yield chunk({"role": "assistant", "content": ""})
            for piece in _chunks(reply.text, self.chunk_size):
                yield chunk({"content": piece})
            yield chunk({}, finish)
        return events()

    def anthropic_events(self, reply: FakeServerReply,
                         stream: bool) -> Iterator[dict[str, Any]] | dict[str, Any]:
        stop = "max_tokens" if reply.finish == "length" else "end_turn"
        message = {"id": "msg_fake", "type": "message", "role": "assistant",
                   "model": self.model, "stop_sequence": None,
                   "usage": {"input_tokens": 1, "output_tokens": 1}}
        if not stream:
            return {**message, "content": [{"type": "text", "text": reply.text}],
                    "stop_reason": stop}

        def events() -> Iterator[dict[str, Any]]:
            yield {"type": "message_start", "message": {**message, "content": [],
                                                        "stop_reason": None}}
            yield {"type": "content_block_start", "index": 0,
                   "content_block": {"type": "text", "text": ""}}
            yield {"type": "ping"}
            for piece in _chunks(reply.text, self.chunk_size):
                yield {"type": "content_block_delta", "index": 0,
                       "delta": {"type": "text_delta", "text": piece}}
            yield {"type": "content_block_stop", "index": 0}
            yield {"type": "message_delta", "delta": {"stop_reason": stop,
                                                      "stop_sequence": None},
                   "usage": {"output_tokens": 1}}
            yield {"type": "message_stop"}
        return events()


class _Handler(BaseHTTPRequestHandler):
    server_ref: FakeLLMServer
    protocol_version = "HTTP/1.0"  # the connection closes after each answer: ends SSE bodies

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
        except json.JSONDecodeError:
            self._json(400, {"error": {"message": "invalid JSON"}})
            return
        path = self.path.split("?", 1)[0].rstrip("/")
        if not (path.endswith("/chat/completions") or path.endswith("/messages")):
            self._json(404, {"error": {"message": f"no route {path}"}})
            return
        req = FakeServerRequest(path, body, {k.lower(): v for k, v in self.headers.items()})
        fs = self.server_ref
        try:
            reply = fs.answer(req)
        except Exception as exc:  # a broken script: tell the client, keep serving
            self._json(500, {"error": {"message": f"{type(exc).__name__}: {exc}"}})
            return
        make = fs.anthropic_events if req.api == "anthropic" else fs.openai_events
        out = make(reply, req.stream)
        if isinstance(out, dict):
            self._json(200, out)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        try:
            for event in out:
                head = f"event: {event['type']}\n" if req.api == "anthropic" else ""
                self.wfile.write(f"{head}data: {json.dumps(event)}\n\n".encode())
                self.wfile.flush()
            if req.api == "openai":
                self.wfile.write(b"data: [DONE]\n\n")
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):  # the client stopped reading (a
            self.close_connection = True  # guard blocked the stream): not a server error

    def _json(self, status: int, payload: dict[str, Any]) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
