"""SDK entry points guardwire has no adapter for are refused when ``guarded()`` is called.

Before, ``guarded(client.chat.completions.with_raw_response.create)`` (and ``.parse``,
``responses.create``, ``with_streaming_response``) sent the request, paid for the answer and
then failed with "OpenAIAdapter cannot read text from LegacyAPIResponse; pass an adapter=".
"""

from __future__ import annotations

import functools
from typing import Any

import httpx
import pytest

from guardwire import Decision, Pipeline, guarded
from guardwire.testing import FakeLLM

openai = pytest.importorskip("openai")
anthropic = pytest.importorskip("anthropic")

PIPELINE = Pipeline(input=[lambda text, ctx: Decision.allow()])


def _transport(http: Any, requests: list[Any]) -> Any:
    def handle(request: Any) -> Any:
        requests.append(request)
        return http.Response(500, json={"error": {"message": "must not be called"}})
    return http.MockTransport(handle)


def _clients(requests: list[Any]) -> dict[str, Any]:
    t = _transport(httpx, requests)
    a = _transport(_anthropic_httpx(), requests)
    return {
        "openai": openai.OpenAI(api_key="x", max_retries=0, http_client=httpx.Client(transport=t)),
        "async_openai": openai.AsyncOpenAI(api_key="x", max_retries=0,
                                           http_client=httpx.AsyncClient(transport=t)),
        "anthropic": anthropic.Anthropic(
            api_key="x", max_retries=0, http_client=_anthropic_httpx().Client(transport=a)),
        "async_anthropic": anthropic.AsyncAnthropic(
            api_key="x", max_retries=0, http_client=_anthropic_httpx().AsyncClient(transport=a)),
    }


def _anthropic_httpx() -> Any:
    """The httpx module the installed anthropic SDK takes clients from (newer ones: httpx2)."""
    import importlib

    base = importlib.import_module("anthropic._base_client")
    return getattr(base, "httpx2", None) or getattr(base, "httpx", httpx)


ENTRY_POINTS = {
    "openai raw": ("openai", lambda c: c.chat.completions.with_raw_response.create,
                   "with_raw_response"),
    "openai async raw": ("async_openai", lambda c: c.chat.completions.with_raw_response.create,
                         "with_raw_response"),
    "openai streaming response": (
        "openai", lambda c: c.chat.completions.with_streaming_response.create,
        "with_streaming_response"),
    "anthropic raw": ("anthropic", lambda c: c.messages.with_raw_response.create,
                      "with_raw_response"),
    "anthropic async raw": ("async_anthropic", lambda c: c.messages.with_raw_response.create,
                            "with_raw_response"),
    "openai parse": ("openai", lambda c: c.chat.completions.parse, "Completions.parse"),
    "openai responses": ("openai", lambda c: c.responses.create, "Responses.create"),
    "anthropic stream": ("anthropic", lambda c: c.messages.stream, "Messages.stream"),
}


@pytest.mark.parametrize("case", sorted(ENTRY_POINTS))
def test_an_entry_point_without_an_adapter_is_refused_at_wrap_time(case: str) -> None:
    requests: list[Any] = []
    client_name, get, named = ENTRY_POINTS[case]
    fn = get(_clients(requests)[client_name])
    with pytest.raises(TypeError, match=named):
        guarded(fn, pipeline=PIPELINE)
    with pytest.raises(TypeError, match="adapter="):
        PIPELINE.wrap(fn)

    @functools.wraps(fn)  # a retry decorator around it (tenacity keeps __wrapped__)
    def retried(*args: Any, **kwargs: Any) -> Any:
        return fn(*args, **kwargs)

    with pytest.raises(TypeError, match=named):
        guarded(retried, pipeline=PIPELINE)
    assert requests == []


def test_an_explicit_adapter_is_trusted() -> None:
    from guardwire import BaseAdapter

    fn = _clients([])["openai"].chat.completions.with_raw_response.create
    assert callable(guarded(fn, pipeline=PIPELINE, adapter=BaseAdapter()))


def test_the_supported_entry_points_and_plain_functions_still_wrap() -> None:
    clients = _clients([])
    for name in ("openai", "async_openai"):
        assert callable(guarded(clients[name].chat.completions.create, pipeline=PIPELINE))
        assert callable(guarded(clients[name].beta.chat.completions.create, pipeline=PIPELINE)
                        ) if hasattr(clients[name].beta, "chat") else None
    for name in ("anthropic", "async_anthropic"):
        assert callable(guarded(clients[name].messages.create, pipeline=PIPELINE))
    assert guarded(FakeLLM("hi").complete, pipeline=PIPELINE)("hello") == "hi"
