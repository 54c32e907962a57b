"""``guard_system`` set on the pipeline (or its route) takes effect with an explicit
``adapter=`` too. Before, ``guarded(fn, adapter=OpenAIAdapter(), pipeline=Pipeline(...,
guard_system=True))`` sent the system prompt as written: the adapter's own default won."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from _fake_server import FakeLLMServer
from _providers_kit import hide_secret, oai
from guardwire import Context, Decision, Pipeline, guarded
from guardwire._adapters import BaseAdapter, Call, ChatAdapter, PromptAdapter
from guardwire.exceptions import ConfigError
from guardwire.testing import FakeLLM


def upper(text: str, ctx: Context) -> Decision:
    return Decision.rewrite(text.upper(), "upper")


MSGS = [{"role": "system", "content": "sys"}, {"role": "user", "content": "u"}]


def _sent(llm: FakeLLM) -> list[Any]:
    return [m["content"] for m in llm.calls[0]["messages"]]


@pytest.mark.parametrize("pipeline_says,adapter_says,guarded_system", [
    (True, False, True), (False, True, True), (True, True, True), (False, False, False)])
def test_either_setting_guards_the_system_prompt(pipeline_says: bool, adapter_says: bool,
                                                 guarded_system: bool) -> None:
    llm = FakeLLM("ok")
    adapter = ChatAdapter(guard_system=adapter_says)
    safe = guarded(llm.chat, pipeline=Pipeline(input=[upper], guard_system=pipeline_says),
                   adapter=adapter)
    safe(messages=MSGS)
    assert _sent(llm) == ["SYS" if guarded_system else "sys", "U"]
    assert adapter.guard_system is adapter_says  # the caller's adapter is not changed


def test_a_route_files_guard_system_with_an_explicit_adapter(tmp_path: Path) -> None:
    cfg = tmp_path / "guardwire.toml"
    cfg.write_text('[routes.chat]\nguard_system = true\ninput = ["normalize"]\n',
                   encoding="utf-8")
    seen: list[str] = []

    def model(messages: list[dict[str, str]]) -> str:
        seen.extend(m["content"] for m in messages)
        return "ok"

    safe = guarded(model, config=cfg, route="chat", adapter=ChatAdapter())
    safe(messages=[{"role": "system", "content": "Ｓys"}, {"role": "user", "content": "ｕ"}])
    assert seen == ["Sys", "u"]  # normalize (NFKC) ran on the system prompt too


def test_openai_adapter_explicit(server: FakeLLMServer) -> None:
    from guardwire.integrations.openai import OpenAIAdapter

    safe = guarded(oai(server).chat.completions.create, adapter=OpenAIAdapter(),
                   pipeline=Pipeline(input=[hide_secret], guard_system=True))
    safe(model="m", messages=[{"role": "system", "content": "swordfish rules"},
                              {"role": "user", "content": "hello"}])
    assert "swordfish" not in server.requests[0].raw


def test_an_adapter_without_the_setting_is_refused_not_ignored() -> None:
    class Mine(BaseAdapter):  # its own call shape, with a system text it never reads
        def get_input(self, call: Call) -> list[str]:
            return [call.kwargs["user"]]

        def set_input(self, call: Call, texts: list[str]) -> Call:
            return Call(call.args, {**call.kwargs, "user": texts[0]})

    def model(system: str, user: str) -> str:
        return "ok"

    with pytest.raises(ConfigError, match="guard_system"):
        guarded(model, pipeline=Pipeline(input=[upper], guard_system=True), adapter=Mine())
    assert guarded(model, pipeline=Pipeline(input=[upper]), adapter=Mine())(
        system="s", user="u") == "ok"


def test_a_prompt_adapter_has_no_system_text_to_guard() -> None:
    llm = FakeLLM("ok")
    safe = guarded(llm.complete, pipeline=Pipeline(input=[upper], guard_system=True),
                   adapter=PromptAdapter())
    assert safe("hi") == "ok" and llm.calls[0]["prompt"] == "HI"
