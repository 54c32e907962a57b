"""What tool-result scanning and history redaction cost in an agent loop.

An OpenAI-shaped conversation grows by one tool call and one tool result per turn (the tool
results are AgentDojo's clean tool outputs from ``../shared/evaldata``'s
``extra_train.jsonl``, median 317 and up to 3,525 characters); every turn re-sends the whole
history, as agent loops do. The model is a ``FakeLLM`` (no time), so what is timed is the
guards. Per turn, median of ``--rounds``
conversations, in one run:

- ``injection``: ``InjectionGuard()`` (scans the user message and every tool result; a tool
  result seen before is remembered by the guard instance) against the same guard with
  ``scan_tools=False`` (the user message only) and against a new guard instance every turn
  (nothing remembered: every tool result of the history scanned again);
- ``pii``: ``PIIRedactor(ner="off")`` with ``redact_history`` (default) and ``redact_tools``,
  with its memo of analysed texts (default) and without (``memo=0``: the whole history
  analysed again every turn), against ``redact_history=False`` (the user messages only).

    .venv/bin/python benchmarks/bench_agent.py [--turns 10] [--rounds 5]

Table on stdout, JSON in benchmarks/results/bench_agent.json.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from guardwire import Pipeline, guarded
from guardwire.guards.injection import InjectionGuard
from guardwire.guards.pii import PIIRedactor
from guardwire.testing import FakeLLM

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "evaldata" / "prompt_injection" / "extra_train.jsonl"
OUT = REPO / "benchmarks" / "results" / "bench_agent.json"


def tool_texts() -> list[str]:
    with open(DATA, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    texts = [r["text"] for r in rows if r["subset"] == "agentdojo_clean"]
    if not texts:
        raise SystemExit(f"no agentdojo_clean rows in {DATA}")
    return texts


def conversation(texts: list[str], turns: int, offset: int) -> list[list[dict[str, Any]]]:
    """The message list sent at each turn (turn t holds t tool results)."""
    msgs: list[dict[str, Any]] = [{"role": "user", "content":
                                   "Book me a table for Friday; my e-mail is ada@example.com"}]
    out = []
    for t in range(turns):
        cid = f"call_{t}"
        msgs = [*msgs,
                {"role": "assistant", "content": f"Checking source {t} for ada@example.com.",
                 "tool_calls": [{"id": cid, "type": "function", "function": {
                     "name": "search", "arguments": json.dumps({"q": "ada@example.com"})}}]},
                {"role": "tool", "tool_call_id": cid,
                 "content": texts[(offset + t) % len(texts)]}]
        out.append(msgs)
    return out


def run(make: Callable[[], Pipeline], convs: list[list[list[dict[str, Any]]]],
        fresh_each_turn: bool = False) -> list[float]:
    """Median ms per turn over the conversations."""
    per_turn: list[list[float]] = []
    for conv in convs:
        pipe = make()
        pipe.warm()
        times = []
        for msgs in conv:
            if fresh_each_turn:
                pipe = make()
                pipe.warm()
            ask = guarded(FakeLLM(lambda _p: "ok").chat, pipeline=pipe)
            t0 = time.perf_counter()
            ask(messages=msgs)
            times.append((time.perf_counter() - t0) * 1000)
        per_turn.append(times)
    return [statistics.median(col) for col in zip(*per_turn, strict=True)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--turns", type=int, default=10)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args(argv)
    texts = tool_texts()
    convs = [conversation(texts, args.turns, 17 * r) for r in range(args.rounds)]
    results: dict[str, list[float]] = {
        "injection (scan_tools, remembered)": run(lambda: Pipeline(input=[InjectionGuard()]),
                                                  convs),
        "injection (scan_tools, new guard per turn)": run(
            lambda: Pipeline(input=[InjectionGuard()]), convs, fresh_each_turn=True),
        "injection (scan_tools=False)": run(
            lambda: Pipeline(input=[InjectionGuard(scan_tools=False)]), convs),
        "pii (redact_history + redact_tools)": run(
            lambda: Pipeline(input=[PIIRedactor(ner="off", redact_tools=True)]), convs),
        "pii (redact_history + redact_tools, memo=0)": run(
            lambda: Pipeline(input=[PIIRedactor(ner="off", redact_tools=True, memo=0)]),
            convs),
        "pii (redact_history=False)": run(
            lambda: Pipeline(input=[PIIRedactor(ner="off", redact_history=False)]), convs),
    }
    show = sorted({0, args.turns // 2 - 1, args.turns - 1})
    print(f"median ms per guarded call at turn {', '.join(str(t + 1) for t in show)} "
          f"({args.rounds} conversations, AgentDojo clean tool outputs)")
    for name, times in results.items():
        print(f"  {name:44s} " + "  ".join(f"{times[t]:7.2f}" for t in show))
    base = results["injection (scan_tools=False)"]
    memo = results["injection (scan_tools, remembered)"]
    fresh = results["injection (scan_tools, new guard per turn)"]
    last = args.turns - 1
    print(f"at turn {args.turns}: scanning tool results costs {memo[last] / base[last]:.2f}x "
          f"the user-message-only guard with the memo, {fresh[last] / base[last]:.2f}x "
          "without it")
    OUT.write_text(json.dumps({"turns": args.turns, "rounds": args.rounds,
                               "ms_per_turn": results}, indent=1) + "\n", encoding="utf-8")
    print(f"-> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
