"""Acceptance review of the provider adapters, probed as a user would: no text of a provider
response reaches the caller without passing the output guards, no user-side text reaches the
model without passing the input guards, a rewrite keeps the provider's metadata pointing at
the right text, and a canned answer looks like a real one. (The output guards are in
test_acceptance_output2.py.)"""

from __future__ import annotations

from typing import Any

import pytest

from guardwire import Context, Decision, OutputBlocked, Pipeline, guarded

# --- OpenAI-shaped responses -------------------------------------------------------------

def _completion(*messages: dict[str, Any]) -> Any:
    from openai.types.chat import ChatCompletion

    return ChatCompletion.model_validate({
        "id": "x", "object": "chat.completion", "created": 1, "model": "m",
        "choices": [{"index": i, "finish_reason": "stop", "message": {"role": "assistant", **m}}
                    for i, m in enumerate(messages)]})


def _no_secrets(text: str, ctx: Context) -> Decision:
    if "hunter2" in text:
        return Decision.block("secret")
    return Decision.rewrite(text.replace("Ann", "<PERSON_1>"), "r") if "Ann" in text else \
        Decision.allow()


def _call(result: Any) -> Any:
    pytest.importorskip("openai")
    from guardwire.integrations.openai import OpenAIAdapter

    fn = guarded(lambda **kw: result, pipeline=Pipeline(output=[_no_secrets]),
                 adapter=OpenAIAdapter())
    return fn(messages=[{"role": "user", "content": "hi"}], model="m")


def test_a_refusal_text_passes_the_output_guards() -> None:
    with pytest.raises(OutputBlocked):
        _call(_completion({"content": None, "refusal": "the password is hunter2"}))
    out = _call(_completion({"content": None, "refusal": "Ann cannot help"}))
    assert out.choices[0].message.refusal == "<PERSON_1> cannot help"
    assert out.choices[0].message.content is None


def test_a_response_with_several_choices_is_refused_not_half_guarded() -> None:
    with pytest.raises(TypeError, match="2 choices"):
        _call(_completion({"content": "ok"}, {"content": "the password is hunter2"}))


def test_a_streamed_refusal_passes_the_output_guards() -> None:
    pytest.importorskip("openai")
    from openai.types.chat import ChatCompletionChunk

    from guardwire.integrations.openai import OpenAIAdapter

    def chunk(delta: dict[str, Any], finish: str | None = None) -> Any:
        return ChatCompletionChunk.model_validate({
            "id": "x", "object": "chat.completion.chunk", "created": 1, "model": "m",
            "choices": [{"index": 0, "finish_reason": finish, "delta": delta}]})

    chunks = [chunk({"role": "assistant"}), chunk({"refusal": "the password "}),
              chunk({"refusal": "is hunter2"}), chunk({}, "stop")]
    fn = guarded(lambda **kw: iter(chunks), pipeline=Pipeline(output=[_no_secrets]),
                 adapter=OpenAIAdapter())
    with pytest.raises(OutputBlocked):
        list(fn(messages=[{"role": "user", "content": "hi"}], model="m", stream=True))


# --- provider answers in several pieces ---------------------------------------------------

def _restore_ann(text: str, ctx: Context) -> Decision:
    return Decision.rewrite(text.replace("<PERSON_1>", "Ann Lee"), "restored")


def test_anthropic_text_blocks_keep_their_place_and_citations_when_rewritten() -> None:
    pytest.importorskip("anthropic")
    from anthropic.types import Message

    from guardwire.integrations.anthropic import AnthropicAdapter

    cite = {"type": "char_location", "cited_text": "x", "document_index": 0,
            "document_title": "d", "start_char_index": 0, "end_char_index": 1}
    msg = Message.model_validate({
        "id": "m", "type": "message", "role": "assistant", "model": "c",
        "stop_reason": "tool_use", "stop_sequence": None,
        "usage": {"input_tokens": 1, "output_tokens": 1},
        "content": [{"type": "text", "text": "Hello <PERSON_1>, ", "citations": [cite]},
                    {"type": "text", "text": "see the file.", "citations": None},
                    {"type": "tool_use", "id": "t", "name": "f", "input": {}},
                    {"type": "text", "text": " Bye <PERSON_1>."}]})
    fn = guarded(lambda **kw: msg, pipeline=Pipeline(output=[_restore_ann]),
                 adapter=AnthropicAdapter())
    out = fn(messages=[{"role": "user", "content": "hi"}], model="c", max_tokens=9)
    assert [(b.type, getattr(b, "text", None)) for b in out.content] == [
        ("text", "Hello Ann Lee, "), ("text", "see the file."), ("tool_use", None),
        ("text", " Bye Ann Lee.")]
    assert out.content[0].citations and out.content[0].citations[0].cited_text == "x"


def test_openai_url_annotations_still_point_at_their_text_after_a_rewrite() -> None:
    content = "<PERSON_1> wrote the report. Read it here."
    start = content.index("here")
    result = _completion({"content": content, "annotations": [{
        "type": "url_citation", "url_citation": {
            "url": "https://example.com", "title": "t", "start_index": start,
            "end_index": start + 4}}]})
    pytest.importorskip("openai")
    from guardwire.integrations.openai import OpenAIAdapter

    fn = guarded(lambda **kw: result, pipeline=Pipeline(output=[_restore_ann]),
                 adapter=OpenAIAdapter())
    out = fn(messages=[{"role": "user", "content": "hi"}], model="m").choices[0].message
    cite = out.annotations[0].url_citation
    assert out.content[cite.start_index:cite.end_index] == "here"


def test_offsets_in_unchanged_text_map_exactly_through_scattered_rewrites() -> None:
    from guardwire.integrations._common import map_offsets

    old = " ".join(f"word{i % 37} <PERSON_1>," if i % 50 == 0 else f"w{i % 91}"
                   for i in range(3000))
    new = old.replace("<PERSON_1>", "Ann Lee")
    changed = {k for i in range(len(old)) if old.startswith("<PERSON_1>", i)
               for k in range(i - 10, i + 10)}  # within 10 characters of a rewrite
    offsets = [i for i in range(0, len(old), 97) if i not in changed]
    for off, at in zip(offsets, map_offsets(old, new, offsets), strict=True):
        assert new[at:at + 10] == old[off:off + 10], off


# --- input text the adapters used to skip ------------------------------------------------

def _doc_message() -> list[dict[str, Any]]:
    return [{"role": "user", "content": [
        {"type": "document", "title": "a", "source": {"type": "text", "media_type": "text/plain",
                                                       "data": "alpha SECRET"}},
        {"type": "document", "source": {"type": "content", "content": [
            {"type": "text", "text": "beta SECRET"}, {"type": "image", "source": {}}]}},
        {"type": "search_result", "source": "https://x", "title": "t",
         "content": [{"type": "text", "text": "gamma SECRET"}]},
        {"type": "text", "text": "summarise SECRET"}]}]


def test_text_documents_in_a_user_message_go_through_the_input_guards() -> None:
    seen: list[str] = []

    def hide(text: str, ctx: Context) -> Decision:
        seen.append(text)
        return Decision.rewrite(text.replace("SECRET", "[x]"), "hidden")

    sent: list[Any] = []
    fn = guarded(lambda **kw: sent.append(kw["messages"]) or "ok",
                 pipeline=Pipeline(input=[hide]))
    msgs = _doc_message()
    assert fn(messages=msgs) == "ok"
    # titles too (read by the model; "a" and "t" here)
    assert seen == ["a", "alpha SECRET", "beta SECRET", "t", "gamma SECRET", "summarise SECRET"]
    assert "SECRET" not in repr(sent[0])
    assert "SECRET" in repr(msgs)  # the caller's messages are not mutated
    parts = sent[0][0]["content"]
    assert parts[0]["source"]["data"] == "alpha [x]" and parts[0]["title"] == "a"
    assert parts[1]["source"]["content"][1] == {"type": "image", "source": {}}


# --- canned answers look like real ones ------------------------------------------------------

@pytest.mark.parametrize("sdk", ["openai", "litellm"])
def test_a_canned_answer_carries_zero_usage_like_a_real_response(sdk: str) -> None:
    pytest.importorskip(sdk)
    from guardwire._adapters import Call
    from guardwire.integrations.litellm import LiteLLMAdapter
    from guardwire.integrations.openai import OpenAIAdapter

    adapter = OpenAIAdapter() if sdk == "openai" else LiteLLMAdapter()
    answer = adapter.respond(Call(kwargs={"model": "m"}), "Sorry.")
    assert answer.usage.total_tokens == 0 and answer.usage.prompt_tokens == 0
    chunks = list(adapter.respond(Call(kwargs={"model": "m", "stream": True, "stream_options": {
        "include_usage": True}}), "Sorry."))
    assert chunks[0].choices[0].delta.content == "Sorry."
    assert chunks[-1].usage is not None and chunks[-1].usage.total_tokens == 0
    assert list(chunks[-1].choices) == []
    plain = list(adapter.respond(Call(kwargs={"model": "m", "stream": True}), "Sorry."))
    assert len(plain) == 1


@pytest.mark.parametrize("mode", ["buffered", "incremental"])
def test_a_streamed_second_choice_is_refused_before_its_text_is_shown(mode: str) -> None:
    pytest.importorskip("openai")
    from openai.types.chat import ChatCompletionChunk

    from guardwire.integrations.openai import OpenAIAdapter

    def chunk(index: int, text: str) -> Any:
        return ChatCompletionChunk.model_validate({
            "id": "x", "object": "chat.completion.chunk", "created": 1, "model": "m",
            "choices": [{"index": index, "finish_reason": None, "delta": {"content": text}}]})

    chunks = [chunk(0, "ok "), chunk(1, "the password is hunter2"), chunk(0, "fine")]
    fn = guarded(lambda **kw: iter(chunks), pipeline=Pipeline(output=[_no_secrets],
                                                              stream_mode=mode),
                 adapter=OpenAIAdapter())
    shown: list[str] = []
    with pytest.raises(TypeError, match="choices"):
        for c in fn(messages=[{"role": "user", "content": "hi"}], model="m", stream=True):
            shown.append(c.choices[0].delta.content or "")
    assert "hunter2" not in "".join(shown)


def test_an_anthropic_reask_after_an_answer_without_text_sends_no_empty_turn() -> None:
    """The Messages API refuses an empty assistant turn that is not the last message: a
    schema re-ask after a tool-only or empty answer failed with a 400 instead of re-asking."""
    pytest.importorskip("anthropic")
    from guardwire._adapters import Call
    from guardwire.integrations.anthropic import AnthropicAdapter

    call = Call(kwargs={"model": "c", "max_tokens": 9,
                        "messages": [{"role": "user", "content": "Give JSON."}]})
    msgs = AnthropicAdapter().reask(call, "  ", "Return the JSON object.").kwargs["messages"]
    assert all(m["content"].strip() for m in msgs)
    assert msgs[-1] == {"role": "user", "content": "Return the JSON object."}
    msgs = AnthropicAdapter().reask(call, '{"a": 1', "Close it.").kwargs["messages"]
    assert [m["role"] for m in msgs] == ["user", "assistant", "user"]


def test_guard_instructor_says_which_output_guards_it_will_not_run() -> None:
    from guardwire.guards.pii.restore import PIIRestorer
    from guardwire.integrations.instructor import guard_instructor
    from guardwire.testing import StaticGuard

    def create(**kw: Any) -> Any:
        return None

    with pytest.warns(RuntimeWarning, match=r"\['deny'\] do not run"):
        guard_instructor(create, Pipeline(output=[PIIRestorer(),
                                                  StaticGuard("block", name="deny")]))
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        guard_instructor(create, Pipeline(output=[PIIRestorer()]))


def test_document_text_in_a_string_source_a_context_or_a_title_is_guarded_too() -> None:
    """A ``content`` source may be a plain string (the SDK's ContentBlockSourceParam), and a
    document's ``context`` and ``title`` (a search result's ``title``) are text the model
    reads: all reached the model without any input guard."""
    seen: list[str] = []

    def hide(text: str, ctx: Context) -> Decision:
        seen.append(text)
        return Decision.rewrite(text.replace("SECRET", "[x]"), "hidden")

    sent: list[Any] = []
    fn = guarded(lambda **kw: sent.append(kw["messages"]) or "ok",
                 pipeline=Pipeline(input=[hide]))
    msgs = [{"role": "user", "content": [
        {"type": "document", "title": "t SECRET", "context": "c SECRET",
         "source": {"type": "content", "content": "plain SECRET"}},
        {"type": "search_result", "source": "https://x", "title": "s SECRET",
         "content": [{"type": "text", "text": "gamma"}]},
        {"type": "text", "text": "summarise"}]}]
    assert fn(messages=msgs) == "ok"
    assert sorted(seen) == sorted(["plain SECRET", "c SECRET", "t SECRET", "s SECRET", "gamma",
                                   "summarise"])
    assert "SECRET" not in repr(sent[0]) and "SECRET" in repr(msgs)
    doc = sent[0][0]["content"][0]
    assert doc["source"] == {"type": "content", "content": "plain [x]"}
    assert (doc["title"], doc["context"]) == ("t [x]", "c [x]")
