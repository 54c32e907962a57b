"""Structured output: a validated pydantic object from a chat model, or a clear failure.

    python examples/structured_output.py --offline     # local fake server, no key
    OPENAI_API_KEY=... python examples/structured_output.py

1. ``guarded(create, route="structured", response_model=Ticket)`` runs the schema ladder on
   the answer: extract (code fence, prose) → local repair (json-repair) → pydantic validation →
   re-ask with a prompt that names only what is broken. The call returns a ``Ticket``.
   With ``stream=True`` (a buffered route) the same re-ask happens before any text is
   shown: the stream carries only the repaired JSON.
2. instructor users keep instructor's own validation loop: ``guard_instructor`` adds the
   route's input guards (PII never reaches the model) and restores PII in the returned object.
"""

from __future__ import annotations

import json
import sys
from typing import Any, Literal

from _show import PLACEHOLDER, heading, offline_server, parse_args, print_decisions, warm_up
from openai import OpenAI
from pydantic import BaseModel, Field

from guardwire import Context, guarded, load_routes


class Ticket(BaseModel):
    category: Literal["billing", "technical", "account"]
    priority: int = Field(ge=1, le=4, description="1 = urgent … 4 = low")
    summary: str
    customer_email: str


SYSTEM = ("Turn the customer's message into a support ticket: a JSON object with category, "
          "priority (1-4), summary and customer_email.")


def fake_model(req: Any) -> str:
    """Offline stand-in that misbehaves the way chat models do with JSON."""
    user = req.user_texts[0] if req.user_texts else ""
    email = (PLACEHOLDER.findall(user) or ["unknown"])[0]
    if "charged twice" in user:  # prose + code fence + trailing comma: repaired locally
        return ("Sure! Here is the ticket:\n```json\n{\"category\": \"billing\", \"priority\": 2,"
                " \"summary\": \"Charged twice for invoice INV-1042\", "
                f"\"customer_email\": \"{email}\",}}\n```")
    ticket = {"category": "technical", "priority": 1, "summary": "App crashes on login",
              "customer_email": email}
    if "crashes" in user and not any(m["role"] == "assistant" for m in req.body["messages"]):
        return json.dumps({**ticket, "category": "bug", "priority": "urgent"})  # re-asked
    if "locked out" in user:
        return json.dumps({"category": "account", "priority": 2, "summary": "Locked out",
                           "customer_email": email})
    return json.dumps(ticket)


def main() -> int:
    args = parse_args("Structured output with the schema ladder and instructor.",
                      "gpt-4o-mini", key_env="OPENAI_API_KEY",
                      routes=("structured",))
    with offline_server(args, fake_model) as server:
        client = (OpenAI(base_url=server.openai_base_url, api_key="offline", max_retries=0)
                  if server is not None else OpenAI())
        make_ticket = guarded(client.chat.completions.create, route="structured",
                              config=args.config, response_model=Ticket)
        warm_up(make_ticket)
        for text in ["I was charged twice this month! Reach me at ana.lima@example.com",
                     "Your app crashes every time I log in. ana.lima@example.com"]:
            heading(f"user: {text}")
            ctx = Context()
            before = len(server.replies) if server is not None else 0
            ticket = make_ticket(model=args.model, guard_ctx=ctx, messages=[
                {"role": "system", "content": SYSTEM}, {"role": "user", "content": text}])
            if server is not None:
                for i, raw in enumerate(server.replies[before:], 1):
                    print(f"  model answer {i}: {raw!r}")
            print(f"  result: {ticket!r}")
            print_decisions(ctx)

        # stream=True on a buffered route: nothing is shown before the output stage has
        # passed, so the re-ask is made here too and the user sees only the repaired JSON
        text = "Your app crashes every time I log in. ana.lima@example.com"
        heading(f"user (streamed): {text}")
        ctx = Context()
        before = len(server.replies) if server is not None else 0
        chunks = make_ticket(model=args.model, guard_ctx=ctx, stream=True, messages=[
            {"role": "system", "content": SYSTEM}, {"role": "user", "content": text}])
        shown = [c.choices[0].delta.content for c in chunks
                 if c.choices and c.choices[0].delta.content]
        if server is not None:
            for i, raw in enumerate(server.replies[before:], 1):
                print(f"  model answer {i}: {raw!r}")
        print(f"  streamed: {len(shown)} text chunk(s): {''.join(shown)}")
        print_decisions(ctx)

        heading("instructor (its own validation and retries), with guardwire's input guards")
        try:
            import instructor

            from guardwire.integrations.instructor import guard_instructor
        except ImportError as exc:
            print(f"  skipped: {exc}")
            return 0
        # instructor validates on its own: take the route's input stage only (the schema
        # guard would not run on instructor's objects; guard_instructor warns when it is set)
        pipeline = load_routes(args.config)["structured"].override(output=[])
        ic = guard_instructor(instructor.from_openai(client, mode=instructor.Mode.JSON),
                              pipeline)
        text = "I'm locked out of my account, write to ana.lima@example.com"
        ticket = ic.chat.completions.create(model=args.model, response_model=Ticket,
                                            messages=[{"role": "user", "content": text}])
        if server is not None:
            print(f"  provider received: {server.requests[-1].last_user!r}")
        print(f"  result: {ticket!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
