"""Retrieval-augmented answers where the pipeline, not the model, owns the facts.

    python examples/rag_with_citations.py --offline     # local fake server, no key
    OPENAI_API_KEY=... python examples/rag_with_citations.py

Two guarded calls of the same OpenAI client, two routes of ``guardwire.toml``:

1. ``rag_rewrite``: the model turns the question into a search query. Models like to drop
   "last week"; ``time_phrases`` puts it back, and ``resolve_time_window`` turns it into the
   window that filters the documents (relative to a fixed ``reference_time``).
2. ``rag_answer``: the model answers over the retrieved incidents. It writes ``<sum>`` where
   the total belongs and ``slots`` fills it from the documents' ``occurrence_count``;
   ``citations`` adds ``[N]`` markers the model left out; ``footnotes`` builds the
   "Timestamps:" line from document metadata; ``grounding`` flags unsupported sentences.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from typing import Any

from _show import heading, offline_server, parse_args, print_decisions, warm_up
from openai import OpenAI

from guardwire import Context, guarded
from guardwire.guards.time_phrases import resolve_time_window

REFERENCE_TIME = datetime(2026, 4, 10, 9, 0, tzinfo=UTC)  # a Friday
REWRITE_PROMPT = "Rewrite the user's question as a short search query. Reply with the query only."
ANSWER_PROMPT = "Answer from the incident reports below. Write <sum> for the total count."

# A tiny incident log (invented for this example).
INCIDENTS = [
    {"id": "INC-201", "title": "Card processor timeouts during deploy",
     "text": "The card processor timed out during the payment service deploy and checkout "
             "failed for card payments.",
     "metadata": {"timestamp": "2026-03-31 14:31", "occurrence_count": 312}},
    {"id": "INC-205", "title": "Payment page DNS misconfiguration",
     "text": "A DNS misconfiguration made the payment page unreachable and checkout failed.",
     "metadata": {"timestamp": "2026-04-02 09:12", "occurrence_count": 95}},
    {"id": "INC-188", "title": "Payment webhook retries",
     "text": "Payment webhooks were retried twice after a queue backlog.",
     "metadata": {"timestamp": "2026-03-25 17:05", "occurrence_count": 40}},
    {"id": "INC-214", "title": "Search latency",
     "text": "Product search latency doubled after an index rebuild.",
     "metadata": {"timestamp": "2026-04-08 11:47", "occurrence_count": 7}},
]


def fake_model(req: Any) -> str:
    """Offline stand-in: drops the time phrase when rewriting, cites nothing and writes a slot
    when answering, the way real models often do."""
    system = req.body["messages"][0]["content"]
    if system.startswith("Rewrite"):
        return "payment outages failed checkouts"
    return ("We had two payment outages. The card processor timed out during the payment "
            "service deploy and checkout failed. A DNS misconfiguration made the payment page "
            "unreachable. In total <sum> checkouts failed.")


def retrieve(query: str) -> list[dict[str, Any]]:
    """Keyword match inside the time window the query names."""
    start, end = resolve_time_window(query, REFERENCE_TIME)
    words = {w for w in query.lower().replace(",", " ").split() if len(w) > 3}
    found = []
    for doc in INCIDENTS:
        when = datetime.fromisoformat(doc["metadata"]["timestamp"]).replace(tzinfo=UTC)
        text = (doc["title"] + " " + doc["text"]).lower()
        if start <= when <= end and any(w.rstrip("s") in text for w in words):
            found.append(doc)
    print(f"  window: {start:%Y-%m-%d %H:%M} .. {end:%Y-%m-%d %H:%M}; "
          f"retrieved: {[d['id'] for d in found]}")
    return found


def main() -> int:
    args = parse_args("RAG with pipeline-owned citations, time phrases and slots.",
                      "gpt-4o-mini", key_env="OPENAI_API_KEY",
                      routes=("rag_rewrite", "rag_answer"))
    with offline_server(args, fake_model) as server:
        client = (OpenAI(base_url=server.openai_base_url, api_key="offline", max_retries=0)
                  if server is not None else OpenAI())
        rewrite = guarded(client.chat.completions.create, route="rag_rewrite", config=args.config)
        answer = guarded(client.chat.completions.create, route="rag_answer", config=args.config)
        warm_up(rewrite, answer)
        question = "Which payment outages did we have last week, and how many checkouts failed?"
        heading(f"step 1, query rewrite. user: {question}")
        ctx = Context(reference_time=REFERENCE_TIME)
        result = rewrite(model=args.model, guard_ctx=ctx, messages=[
            {"role": "system", "content": REWRITE_PROMPT},
            {"role": "user", "content": question}])
        query = result.choices[0].message.content or ""
        if server is not None:
            print(f"  model wrote:   {server.replies[-1]!r}")
        print(f"  search query:  {query!r}")
        print_decisions(ctx)
        docs = retrieve(query)

        heading("step 2, answer over the retrieved incidents")
        ctx = Context(docs=docs, reference_time=REFERENCE_TIME)
        sources = "\n".join(f"[{i}] {d['title']}: {d['text']}" for i, d in enumerate(docs, 1))
        result = answer(model=args.model, guard_ctx=ctx, messages=[
            {"role": "system", "content": f"{ANSWER_PROMPT}\n\n{sources}"},
            {"role": "user", "content": question}])
        if server is not None:
            print(f"  model wrote:\n    {server.replies[-1]}")
        print("  answer:\n    " + (result.choices[0].message.content or "").replace(
            "\n", "\n    "))
        print_decisions(ctx)
    return 0


if __name__ == "__main__":
    sys.exit(main())
