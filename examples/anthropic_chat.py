"""A guarded Anthropic chat: the official SDK's ``client.messages.create``, unchanged.

    python examples/anthropic_chat.py --offline     # local fake server, no key, no network
    ANTHROPIC_API_KEY=... python examples/anthropic_chat.py

Two routes of ``guardwire.toml``:

- ``admin``: an internal tool for trusted staff, PII redaction only. The ``system=`` prompt is
  left alone; the answer is a ``Message`` (or, streamed, the SDK's raw events);
- ``chat_rollout``: a stricter output setup in ``mode = "monitor"``: every guard runs and is
  recorded, nothing is blocked or rewritten. This is how a new guard goes live safely.
"""

from __future__ import annotations

import sys
from typing import Any

from _show import PLACEHOLDER, heading, offline_server, parse_args, print_decisions, warm_up
from anthropic import Anthropic

from guardwire import Context, guarded

SYSTEM = "You are the internal IT helpdesk assistant of Example Ltd."

# Retrieved knowledge-base passages for the roll-out turn.
DOCS = [
    {"id": "kb-12", "title": "VPN access",
     "text": "Staff connect to the VPN with the Example Connect app. Access requests are "
             "approved by the team lead within one working day."},
    {"id": "kb-31", "title": "Laptop replacement",
     "text": "Laptops are replaced every four years. Broken laptops are swapped at the IT desk "
             "on the second floor."},
]


def fake_model(req: Any) -> str:
    """Offline stand-in: uses the placeholders it was given; once answers beyond its sources."""
    seen = PLACEHOLDER.findall(req.last_user)
    if seen:
        return (f"Done: the password of {seen[0]} has been reset and a temporary one was sent "
                f"to {seen[-1]}.")
    return ("VPN access is approved by your team lead within one working day. "
            "Premium staff also get a free phone plan with unlimited roaming.")


def main() -> int:
    args = parse_args("A guarded Anthropic chat.", "claude-sonnet-4-5",
                      key_env="ANTHROPIC_API_KEY", routes=("admin", "chat_rollout"))
    with offline_server(args, fake_model, chunk_size=7) as server:
        client = (Anthropic(base_url=server.anthropic_base_url, api_key="offline", max_retries=0)
                  if server is not None else Anthropic())
        admin = guarded(client.messages.create, route="admin", config=args.config)
        rollout = guarded(client.messages.create, route="chat_rollout", config=args.config)
        warm_up(admin, rollout)
        ask = ("Reset the password for j.smith@example.org and send the temporary one to "
               "+1 212 555 0199.")
        heading(f"admin route, user: {ask}")
        ctx = Context()
        msg = admin(model=args.model, max_tokens=300, system=SYSTEM,
                    messages=[{"role": "user", "content": ask}], guard_ctx=ctx)
        if server is not None:
            sent = server.requests[-1].body
            print(f"  provider received: system={sent['system']!r}")
            print(f"                     user={server.requests[-1].last_user!r}")
        print(f"  assistant: {msg.content[0].text}   [{type(msg).__name__}, "
              f"stop_reason={msg.stop_reason}]")
        print_decisions(ctx)

        heading("admin route, streamed (the SDK's raw events come back)")
        ctx = Context()
        events = admin(model=args.model, max_tokens=300, system=SYSTEM, stream=True,
                       messages=[{"role": "user", "content": ask}], guard_ctx=ctx)
        kinds = []
        for event in events:
            kinds.append(event.type)
            if event.type == "content_block_delta":
                print(f"  text event: {event.delta.text!r}")
        print(f"  events: {', '.join(kinds)}")
        print_decisions(ctx)

        question = "How do I get VPN access?"
        heading(f"chat_rollout route (monitor mode), user: {question}")
        ctx = Context(docs=DOCS)
        msg = rollout(model=args.model, max_tokens=300,
                      system=SYSTEM + " Answer from the knowledge base only.",
                      messages=[{"role": "user", "content": question}], guard_ctx=ctx)
        print(f"  assistant (unchanged in monitor mode): {msg.content[0].text}")
        print_decisions(ctx)
        would_block = [d.guard for v in ctx.verdicts for d in v.decisions
                       if d.action == "block"]
        print(f"  would have blocked: {would_block or 'nothing'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
