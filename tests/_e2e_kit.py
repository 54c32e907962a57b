"""Real SDK clients on in-process transports (``httpx.MockTransport``; the anthropic SDK may
use ``httpx2``, which has the same API): what reaches the "provider" is recorded, and it
answers with JSON or a server-sent-event stream built by the helpers below."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import pytest

openai = pytest.importorskip("openai")
anthropic = pytest.importorskip("anthropic")
httpx = pytest.importorskip("httpx")

PLACEHOLDER = re.compile(r"<[A-Z_]+_\d+>")
Reply = Callable[[dict[str, Any]], Any]


def _anthropic_httpx() -> Any:
    """The httpx package the installed anthropic SDK takes its ``http_client`` from."""
    import anthropic._base_client as base

    return getattr(base, "httpx2", None) or base.httpx


class Provider:
    """Answers every request with ``reply(body)``: a dict (JSON) or, when the request asks
    for a stream, a list of events (dicts, or the string ``"[DONE]"``)."""

    def __init__(self, reply: Reply) -> None:
        self.reply = reply
        self.raw: list[str] = []
        self.bodies: list[dict[str, Any]] = []

    def placeholders(self, n: int = 0) -> list[str]:
        return PLACEHOLDER.findall(self.raw[n])

    def _handle(self, mod: Any, request: Any) -> Any:
        self.raw.append(request.content.decode())
        body = json.loads(self.raw[-1])
        self.bodies.append(body)
        answer = self.reply(body)
        if body.get("stream"):
            return mod.Response(200, headers={"content-type": "text/event-stream",
                                              "x-request-id": f"req_{len(self.bodies)}"},
                                content=sse(answer))
        return mod.Response(200, json=answer)

    def openai(self, *, is_async: bool = False) -> Any:
        transport = httpx.MockTransport(lambda r: self._handle(httpx, r))
        if is_async:
            return openai.AsyncOpenAI(api_key="offline", max_retries=0,
                                      http_client=httpx.AsyncClient(transport=transport))
        return openai.OpenAI(api_key="offline", max_retries=0,
                             http_client=httpx.Client(transport=transport))

    def anthropic(self, *, is_async: bool = False) -> Any:
        mod = _anthropic_httpx()
        transport = mod.MockTransport(lambda r: self._handle(mod, r))
        if is_async:
            return anthropic.AsyncAnthropic(api_key="offline", max_retries=0,
                                            http_client=mod.AsyncClient(transport=transport))
        return anthropic.Anthropic(api_key="offline", max_retries=0,
                                   http_client=mod.Client(transport=transport))


def sse(events: list[Any]) -> bytes:
    out = []
    for e in events:
        if isinstance(e, str):
            out.append(f"data: {e}\n\n")
        elif "object" in e:  # OpenAI chunks: data lines only
            out.append(f"data: {json.dumps(e)}\n\n")
        else:  # Anthropic events: named
            out.append(f"event: {e['type']}\ndata: {json.dumps(e)}\n\n")
    return "".join(out).encode()


USAGE = {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18}


def oai_chunks(pieces: list[str], finish: str = "stop", usage: bool = True,
               tool_calls: list[dict[str, Any]] | None = None) -> list[Any]:
    base = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1,
            "model": "gpt-x"}

    def chunk(delta: dict[str, Any], reason: str | None = None) -> dict[str, Any]:
        return {**base, "choices": [{"index": 0, "delta": delta, "finish_reason": reason}]}

    out: list[Any] = [chunk({"role": "assistant", "content": ""})]
    out += [chunk({"content": p}) for p in pieces]
    out += [chunk({"tool_calls": [tc]}) for tc in tool_calls or []]
    out.append(chunk({}, finish))
    if usage:
        out.append({**base, "choices": [], "usage": USAGE})
    return [*out, "[DONE]"]


def ant_events(blocks: list[dict[str, Any]], stop: str = "end_turn") -> list[Any]:
    """Anthropic stream events for ``blocks``: ``{"type": "text", "pieces": [...]}`` or
    ``{"type": "tool_use", "id", "name", "pieces": [partial JSON, ...]}``."""
    message = {"id": "msg_1", "type": "message", "role": "assistant", "model": "claude-x",
               "content": [], "stop_reason": None, "stop_sequence": None,
               "usage": {"input_tokens": 11, "output_tokens": 1}}
    ev: list[Any] = [{"type": "message_start", "message": message}]
    for i, b in enumerate(blocks):
        if b["type"] == "text":
            start: dict[str, Any] = {"type": "text", "text": ""}
            deltas = [{"type": "text_delta", "text": p} for p in b["pieces"]]
        else:
            start = {"type": "tool_use", "id": b["id"], "name": b["name"], "input": {}}
            deltas = [{"type": "input_json_delta", "partial_json": p} for p in b["pieces"]]
        ev.append({"type": "content_block_start", "index": i, "content_block": start})
        ev += [{"type": "content_block_delta", "index": i, "delta": d} for d in deltas]
        ev.append({"type": "content_block_stop", "index": i})
    ev.append({"type": "message_delta", "delta": {"stop_reason": stop, "stop_sequence": None},
               "usage": {"output_tokens": 7}})
    return [*ev, {"type": "message_stop"}]


def pieces(text: str, size: int = 3) -> list[str]:
    return [text[i:i + size] for i in range(0, len(text), size)]


def accumulate(events: list[Any]) -> Any:
    """The Message the anthropic SDK's own stream helper builds from these events."""
    from anthropic.lib.streaming._messages import accumulate_event

    snapshot: Any = None
    bufs: dict[int, bytes] = {}
    for event in events:
        snapshot = accumulate_event(event=event, current_snapshot=snapshot, json_bufs=bufs)
    return snapshot
