"""Buffered Anthropic streams with several text blocks (text, tool_use, text): each text block
gets its own part of the guarded answer. Before, the whole guarded text went into the first
text block and the later ones streamed empty. Real anthropic client on an httpx MockTransport,
accumulated with the SDK's own helper."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from _config_kit import relaxed_default_routes
from _e2e_kit import PLACEHOLDER, Provider, accumulate, ant_events, pieces
from guardwire import Decision, Pipeline, guarded
from guardwire._stream_blocks import split_like

ROUTES = relaxed_default_routes()
PII = "Hi, I'm jane.doe@example.com, call me at 415-555-0132. Where is my order?"


def user() -> list[dict[str, Any]]:
    return [{"role": "user", "content": PII}]


def email(body: dict[str, Any]) -> str:
    """The e-mail placeholder the provider received (the model echoes it back); the address
    itself on a route without PII redaction."""
    return next((p for p in PLACEHOLDER.findall(json.dumps(body)) if p.startswith("<EMAIL")),
                "jane.doe@example.com")




def _reply(second: list[str]) -> Any:
    def reply(body: dict[str, Any]) -> list[Any]:
        args = json.dumps({"to": email(body)})
        return ant_events([{"type": "text", "pieces": ["Writing to ", email(body)]},
                           {"type": "tool_use", "id": "tu_1", "name": "send_mail",
                            "pieces": pieces(args, 6)},
                           {"type": "text", "pieces": [s.replace("@", email(body))
                                                       for s in second]}], stop="tool_use")
    return reply


def _texts(message: Any) -> list[str | None]:
    return [getattr(b, "text", None) for b in message.content]


def test_each_text_block_keeps_its_own_restored_text() -> None:
    provider = Provider(_reply([" Done, ", "@", " was told."]))
    create = guarded(provider.anthropic().messages.create, pipeline=ROUTES["default"])
    with create(model="c", max_tokens=100, stream=True, messages=user()) as stream:
        events = list(stream)
    message = accumulate(events)
    assert _texts(message) == ["Writing to jane.doe@example.com", None,
                               " Done, jane.doe@example.com was told."]
    assert message.content[1].input == {"to": "jane.doe@example.com"}
    kinds = [(e.type, getattr(e, "index", None)) for e in events]
    # block 2's text comes between its own start and stop
    assert kinds.index(("content_block_start", 2)) < kinds.index(("content_block_delta", 2)) \
        < kinds.index(("content_block_stop", 2))


def _tagger(text: str, ctx: Any) -> Decision:
    """A rewrite inside each block: 'Done' -> 'Finished'."""
    return Decision.rewrite(text.replace("Done", "Finished"), reason="style")


def test_async_rewrite_inside_the_second_block_stays_there() -> None:
    provider = Provider(_reply([" Done."]))
    pipe = Pipeline(output=[_tagger])

    async def go() -> list[Any]:
        create = guarded(provider.anthropic(is_async=True).messages.create, pipeline=pipe)
        stream = await create(model="c", max_tokens=100, stream=True, messages=user())
        return [e async for e in stream]

    message = accumulate(asyncio.run(go()))
    assert _texts(message) == ["Writing to jane.doe@example.com", None, " Finished."]


def test_split_like_maps_edits_to_their_block_and_refuses_ambiguous_ones() -> None:
    assert split_like("ab|cd", [2], "ab|cd") == ["ab", "|cd"]
    assert split_like("Hello. World.", [6], "Hello [1]. World [2].") == [
        "Hello [1].", " World [2]."]
    # an insertion exactly at the boundary belongs to the earlier block
    assert split_like("Paris is big. It is old.", [13],
                      "Paris is big [1]. It is old [2].") == ["Paris is big [1].",
                                                              " It is old [2]."]
    assert split_like("abcd", [2], "abXcd") == ["abX", "cd"]
    # a rewrite that spans the boundary has no unambiguous split
    assert split_like("ab cd", [2], "zzzzz") is None
    assert split_like("abc", [], "xyz") == ["xyz"]


def test_a_rewrite_across_blocks_goes_whole_into_the_first_text_block() -> None:
    """Documented limit: when the guards rewrote text across blocks there is no unambiguous
    split; the guarded answer goes into the first text block, later ones stream empty."""
    provider = Provider(_reply([" Done."]))
    pipe = Pipeline(output=[lambda text, ctx: Decision.rewrite("Sorry, I can't.", reason="x")])
    create = guarded(provider.anthropic().messages.create, pipeline=pipe)
    with create(model="c", max_tokens=100, stream=True, messages=user()) as stream:
        message = accumulate(list(stream))
    assert _texts(message) == ["Sorry, I can't.", None, ""]


def test_split_is_not_attempted_on_a_huge_changed_stretch() -> None:
    """SequenceMatcher is quadratic at worst: edits 60,000 characters apart are not aligned
    (the documented fallback: everything in the first block), and the call returns at once."""
    full = "a" * 30_000 + "b" * 30_000
    new = "A" + full[1:-1] + "B"
    assert split_like(full, [30_000], new) is None
    small = "hello world " * 100
    assert split_like(small, [600], small.replace("world", "there", 3)) == [
        small[:600].replace("world", "there", 3), small[600:]]
