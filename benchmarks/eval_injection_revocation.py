"""A user taking back their own words (``revocation``): what the exception changes, off vs on.

    .venv/bin/python benchmarks/eval_injection_revocation.py

In one run, with the exception switched off (``scan(..., revocation=False)`` and the benign
reading's ``revocation_reading`` returning ``None``) and on:

1. ``rules``: every row of ../shared/evaldata/prompt_injection/*.jsonl through the rules alone.
   (scan budget 1 s, so a rule cut off on a busy machine is no difference). Label-1 rows
   that lose their only decisive (medium/high) rule are listed (must be ~0), and
   the label-0 rows with a decisive rule are counted on each side.
2. ``guard``: the shipped guard (threshold 0.8) on the rows where the exception can change
   anything at all (a revocation object in the view, or a revocation clause to take out:
   ``revocation_mask`` / ``revocation_reading`` is not ``None``); blocks per label, off and on.
   The classifier saw these rows in training: the guard's figures are in-sample.
3. ``probes``: the 100 KB adversarial probes of eval_injection.py through view + rules, p50 of
   5 runs each side (ratios in one run; the machine is shared and noisy).
4. ``chat`` (ninth session, :mod:`guardwire.guards.injection.revocation_chat`): an earlier
   instruction narrowed to a topic in a chat call, blocked before (the guard reading the text
   alone, as it did: ``Context()``) and after (``Context(messages=...)``), per group and
   setting. ``dev``: the cases of tests/test_injection_revocation_chat.py, written while
   building the exception; ``fresh``: the cases below, written after it was built and not
   tuned on. Plus every shared-data row as a one-message chat (the exception must change
   none) and how many rows hold a topic-narrowed revocation at all.

    .venv/bin/python benchmarks/eval_injection_revocation.py --chat   # part 4 only (~1 min)

5. ``wider`` (ninth session): one-message texts that revoke the user's own words and more, or
   then switch to an unrelated new task, and corrections of one's own words; blocked with the
   exception's refusals (``revocation.alone``, ``revocation._new_goal``) off, as before e67f2e9,
   and on. ``fresh``: written after the fix and not tuned on; ``dev``: the tests' cases.

    .venv/bin/python benchmarks/eval_injection_revocation.py --wider  # part 5 only

Table on stdout, JSON in benchmarks/results/eval_injection_revocation.json (``--chat`` /
``--wider`` update their part only).
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import guardwire.guards.injection.benign as benign_mod
from guardwire import Context
from guardwire.guards.injection import InjectionGuard, normalised_view
from guardwire.guards.injection import revocation_chat as rc
from guardwire.guards.injection.revocation import revocation_mask, revocation_reading
from guardwire.guards.injection.rules import SEVERITY_SCORE, scan

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _revocation_probes import (
    FRESH_CORRECTIONS,
    FRESH_GOAL,
    FRESH_HIJACKS,
    FRESH_MORE,
    FRESH_NARROWINGS,
    FRESH_OWN_THEN_GOAL,
    FRESH_UNRELATED,
    PROBES,
    SYSTEM,
)

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "evaldata" / "prompt_injection"
RESULTS = REPO / "benchmarks" / "results" / "eval_injection_revocation.json"


def load() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in sorted(DATA.glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            rows += [json.loads(line) | {"file": path.name} for line in f if line.strip()]
    return rows


@contextmanager
def benign_reading_off() -> Iterator[None]:
    saved = benign_mod.revocation_reading
    benign_mod.revocation_reading = lambda view, timeout_s: None
    try:
        yield
    finally:
        benign_mod.revocation_reading = saved


def decisive(text: str, view: str, on: bool, revoked: dict[int, int] | None = None,
             label: int = 0) -> list[str]:
    # a generous budget: a rule cut off on the shared machine is no effect of the switch
    found = scan(text, view, budget_s=1.0, revocation=on)
    if revoked is not None and found.revoked:
        revoked[label] += 1
    return [h.rule_id for h in found.hits if SEVERITY_SCORE[h.severity] >= SEVERITY_SCORE["medium"]]


def p50_ms(fn: Callable[[], object], n: int = 5) -> float:
    fn()
    ts = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        ts.append((time.perf_counter() - t0) * 1000)
    return statistics.median(ts)


# -- 4. chat calls ---------------------------------------------------------------------------


def _chat(*turns: str, system: str | None = SYSTEM) -> list[dict[str, Any]]:
    msgs: list[dict[str, Any]] = [] if system is None else [{"role": "system",
                                                             "content": system}]
    for i, turn in enumerate(turns):
        if i:
            msgs.append({"role": "assistant", "content": "Sure, here you go."})
        msgs.append({"role": "user", "content": turn})
    return msgs


def chat_groups() -> list[tuple[str, str, list[tuple[list[dict[str, Any]], str]]]]:
    """``(group, setting, [(messages, the text checked)])``."""
    sys.path.insert(0, str(REPO / "tests"))
    import test_injection_revocation_chat as dev

    out: list[tuple[str, str, list[tuple[list[dict[str, Any]], str]]]] = []
    for name, pairs, hijacks, unrelated, own_goal in (
            ("dev", dev.NARROWINGS, dev.HIJACKS, dev.UNRELATED, dev.OFF_TOPIC_AFTER_OWN),
            ("fresh", FRESH_NARROWINGS, FRESH_HIJACKS, FRESH_UNRELATED, FRESH_OWN_THEN_GOAL)):
        out += [
            (f"benign narrowing ({name})", "the user set it earlier",
             [(_chat(e, t), t) for e, t in pairs]),
            (f"benign narrowing ({name})", "no earlier user turn",
             [(_chat(t), t) for _e, t in pairs]),
            (f"benign narrowing ({name})", "only the system prompt has it",
             [(_chat(t, system=f"{SYSTEM} {e}"), t) for e, t in pairs]),
            (f"benign narrowing ({name})", "the user and the system prompt have it",
             [(_chat(e, t, system=f"{SYSTEM} {e}"), t) for e, t in pairs]),
            (f"goal hijack ({name})", "after an unrelated user turn",
             [(_chat(unrelated, t), t) for t in hijacks]),
            (f"goal hijack ({name})", "after the user's own topic",
             [(_chat(e, t), t) for e, t in own_goal])]
    out.append(("wider than the topic (dev)", "after the user's own topic",
                [(_chat(dev.OWN_TOPIC, t), t) for t in dev.WIDER]))
    return out


def chat_part(rows: list[dict[str, Any]]) -> dict[str, Any]:
    guard = InjectionGuard(scan_budget_ms=None, rule_timeout_ms=10_000)  # no clock in decisions
    table: list[dict[str, Any]] = []
    for group, setting, cases in chat_groups():
        before = after = 0
        for msgs, text in cases:
            before += guard(text, Context()).action == "block"  # type: ignore[union-attr]
            after += guard(text, Context(messages=msgs)).action == "block"  # type: ignore[union-attr]
        table.append({"group": group, "setting": setting, "n": len(cases),
                      "blocked_before": before, "blocked_after": after})
    # the shared data: one-message calls; and how many rows name a topic-narrowed revocation
    changed = narrowed = 0
    for row in rows:
        text = row["text"]
        view = normalised_view(text)
        one = Context(messages=[{"role": "user", "content": text}])
        changed += rc.owned_view(view, text, one) != view
        narrowed += any(rc._VERB_BEFORE.search(view, max(0, m.start() - 60), m.start())
                        for m in rc._TOPIC_OBJECT.finditer(view))
    # cost: a narrowing at the end of a 40-turn chat whose topic ("hashtags") no earlier turn
    # holds, so all that is read (20 user turns of 4,000 characters) is searched, against the
    # same text alone; p50, one run
    long_turn = ("Keep it under two hundred words and write the story about the lighthouse "
                 "keeper and the fox. " * 50)[:4000]
    turns = [long_turn] * 40
    text = FRESH_NARROWINGS[0][1]
    msgs = _chat(*turns, text, system=SYSTEM * 200)
    alone = p50_ms(lambda: guard.assess(text), 20)
    in_chat = p50_ms(lambda: guard.assess(text, ctx=Context(messages=msgs)), 20)
    return {"table": table, "rows": len(rows), "rows_changed_as_one_message_chats": changed,
            "rows_with_a_topic_narrowed_revocation": narrowed,
            "cost_ms": {"alone": round(alone, 3), "in_a_40_turn_chat": round(in_chat, 3),
                        "ratio": round(in_chat / alone, 2)}}


def print_chat(chat: dict[str, Any]) -> None:
    print("chat calls: blocked before (text alone) -> after (with the call's messages)")
    for r in chat["table"]:
        print(f"  {r['group']:32} {r['setting']:40} {r['blocked_before']:3}/{r['n']:<3} -> "
              f"{r['blocked_after']:3}/{r['n']}")
    print(f"shared data: {chat['rows_changed_as_one_message_chats']} of {chat['rows']} rows "
          f"read differently as one-message chats; "
          f"{chat['rows_with_a_topic_narrowed_revocation']} rows name a topic-narrowed "
          "revocation at all")
    c = chat["cost_ms"]
    print(f"cost (assess, p50 ms): alone {c['alone']}, after 40 user turns of 4,000 chars "
          f"{c['in_a_40_turn_chat']} (x{c['ratio']})")


# -- 5. one message: the user's own words and more, or then a new task (ninth session) ---


def wider_part() -> dict[str, Any]:
    """Blocks per group with the one-message refusals (``alone``, ``_new_goal``) switched off
    (the exception as it was before e67f2e9) and on; the dev groups are the tests' cases."""
    import guardwire.guards.injection.revocation as rev

    sys.path.insert(0, str(REPO / "tests"))
    import test_injection_revocation as dev

    guard = InjectionGuard(scan_budget_ms=None, rule_timeout_ms=10_000)  # no clock in decisions
    groups = [("attack: own words and more (fresh)", FRESH_MORE),
              ("attack: own words, then a new task (fresh)", FRESH_GOAL),
              ("benign correction (fresh)", FRESH_CORRECTIONS),
              ("attack: own words and more / new task (dev)", dev.WIDER + dev.NEW_TASK),
              ("benign correction (dev)", dev.CORRECTIONS + dev.OWN_WORDS)]
    saved = rev.alone, rev._new_goal
    table: list[dict[str, Any]] = []
    for group, texts in groups:
        counts = []
        for off in (True, False):
            if off:
                rev.alone, rev._new_goal = (lambda *a: True), (lambda *a: False)
            try:
                counts.append(sum(guard.assess(t).score >= guard.threshold for t in texts))
            finally:
                rev.alone, rev._new_goal = saved
        table.append({"group": group, "n": len(texts), "blocked_before": counts[0],
                      "blocked_after": counts[1]})
    return {"table": table}


def print_wider(wider: dict[str, Any]) -> None:
    print("one message: blocked with the refusals off (before e67f2e9) -> on")
    for r in wider["table"]:
        print(f"  {r['group']:46} {r['blocked_before']:3}/{r['n']:<3} -> "
              f"{r['blocked_after']:3}/{r['n']}")


def main() -> int:
    rows = load()
    for flag, key, part, show in (("--chat", "chat", chat_part, print_chat),
                                  ("--wider", "wider", lambda _rows: wider_part(), print_wider)):
        if flag in sys.argv[1:]:
            got = part(rows)
            old = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
            RESULTS.write_text(json.dumps({**old, key: got}, indent=1, ensure_ascii=False)
                               + "\n", encoding="utf-8")
            show(got)
            return 0
    lost: list[dict[str, Any]] = []
    neg = {"off": 0, "on": 0}
    pos = {"off": 0, "on": 0}
    applies: list[tuple[dict[str, Any], str]] = []
    revoked = {0: 0, 1: 0}  # rows with an override hit dropped, per label
    for row in rows:
        text = row["text"]
        view = normalised_view(text)
        off = decisive(text, view, False)
        on = decisive(text, view, True, revoked, int(row["label"]))
        side = pos if row["label"] == 1 else neg
        side["off"] += bool(off)
        side["on"] += bool(on)
        if row["label"] == 1 and off and not on:
            lost.append({"file": row["file"], "subset": row.get("subset"), "text": text[:300],
                         "rules_off": off})
        if revocation_mask(view, 0.05) is not None or revocation_reading(view, 0.05) is not None:
            applies.append((row, view))
    guard = InjectionGuard()
    blocks: dict[str, dict[int, int]] = {"off": {0: 0, 1: 0}, "on": {0: 0, 1: 0}}
    changed: list[dict[str, Any]] = []
    for row, _view in applies:
        label = int(row["label"])
        a_on = guard.assess(row["text"])
        off_block = _off_score(guard, row["text"]) >= guard.threshold
        on_block = a_on.score >= guard.threshold
        blocks["off"][label] += off_block
        blocks["on"][label] += on_block
        if off_block != on_block:
            changed.append({"label": label, "subset": row.get("subset"), "text": row["text"][:300],
                            "off": off_block, "on": on_block, "score_on": round(a_on.score, 3)})
    probes: dict[str, Any] = {}
    for name, text in PROBES.items():
        off_ms = p50_ms(lambda t=text: scan(t, normalised_view(t), revocation=False))
        on_ms = p50_ms(lambda t=text: scan(t, normalised_view(t)))
        probes[name] = {"off_ms": round(off_ms, 2), "on_ms": round(on_ms, 2),
                        "on_vs_off": round(on_ms / off_ms, 2)}
    result = {
        "rows": len(rows),
        "rules": {"label1_decisive_off": pos["off"], "label1_decisive_on": pos["on"],
                  "label0_decisive_off": neg["off"], "label0_decisive_on": neg["on"],
                  "rows_with_a_hit_dropped": revoked,
                  "label1_lost_only_decisive_rule": lost},
        "guard": {"rows_where_exception_applies": len(applies), "blocks": blocks,
                  "changed": changed},
        "probes_100kb": probes,
        "chat": chat_part(rows),
        "wider": wider_part(),
    }
    RESULTS.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"rows {len(rows)}; rules alone, decisive: label 1 {pos['off']} -> {pos['on']}, "
          f"label 0 {neg['off']} -> {neg['on']}; label-1 rows losing their only decisive "
          f"rule: {len(lost)}; rows with an override hit dropped (label 0/1): "
          f"{revoked[0]}/{revoked[1]}")
    for r in lost:
        print("  LOST", r["subset"], r["rules_off"], repr(r["text"][:160]))
    print(f"guard on the {len(applies)} rows where the exception applies: blocks off "
          f"{blocks['off']} on {blocks['on']}")
    for c in changed:
        print("  CHANGED", c["label"], c["subset"], c["off"], "->", c["on"], repr(c["text"][:160]))
    print_chat(result["chat"])
    print_wider(result["wider"])
    print("100 KB probes (view + rules, p50 ms): off / on / ratio")
    for name, v in probes.items():
        print(f"  {name:18} {v['off_ms']:9.2f} {v['on_ms']:9.2f} {v['on_vs_off']:6.2f}")
    return 0


def _off_score(guard: InjectionGuard, text: str) -> float:
    """The guard's score with the exception off on both sides (rules and benign reading)."""
    import guardwire.guards.injection as inj
    import guardwire.guards.injection.mentions as men

    saved = inj.scan

    def scan_off(*args: Any, **kwargs: Any) -> Any:
        return saved(*args, **{**kwargs, "revocation": False})

    inj.scan = men.scan = scan_off  # type: ignore[assignment]
    try:
        with benign_reading_off():
            return guard.assess(text).score
    finally:
        inj.scan = men.scan = saved  # type: ignore[assignment]


if __name__ == "__main__":
    raise SystemExit(main())
