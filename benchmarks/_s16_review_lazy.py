"""The lazy-compilation half of ``eval_injection_s16_review.py``: what one fresh interpreter
does (each function runs in a subprocess with ``PYTHONPATH=<revision>/src`` and returns what it
saw as JSON). At ``22d504e`` every pattern is compiled at import, so "cold" and "warm" must agree
there; at ``HEAD`` a cold guard compiles its patterns on first use.
"""

from __future__ import annotations

import copy
import json
import pickle
import random
import resource
import threading
import time
from typing import Any

ASK = "Summarise the tool result."
STEADY = {"scan_budget_ms": None, "rule_timeout_ms": 10_000}


def _seen(d: Any) -> dict[str, Any]:
    data = dict(d.data)
    return {"action": d.action, "score": round(d.score, 4), "rule_ids": data.get("rule_ids", []),
            "timed_out": data.get("rules_timed_out", [])}


def _call(guard: Any, text: str, channel: str) -> Any:
    from guardwire import Context
    if channel == "user":
        return guard(text, Context())
    return guard(ASK, Context(tool_outputs=[{"id": "t1", "text": text}]))


def decide(rows: list[dict[str, Any]], warm: bool, order_seed: int | None = None) -> dict[str, Any]:
    """Every row's decision with a default and a steady guard, warmed or not (cold: each
    pattern is compiled by the first row that needs it); ``order_seed``: rows shuffled."""
    import guardwire
    from guardwire.guards.injection import InjectionGuard
    guards = {"default": InjectionGuard(), "none": InjectionGuard(**STEADY)}  # type: ignore[arg-type]
    if warm:
        for g in guards.values():
            g.warm()
    order = list(range(len(rows)))
    if order_seed is not None:
        random.Random(order_seed).shuffle(order)
    out: list[Any] = [None] * len(rows)
    for i in order:
        r = rows[i]
        g = guards[r["budget"]]
        g._tool_memo = type(g._tool_memo)(2048)
        t0 = time.process_time()
        d = _call(g, r["text"], r["channel"])
        out[i] = {**_seen(d), "cpu_ms": round((time.process_time() - t0) * 1000, 1)}
    return {"guardwire_file": guardwire.__file__, "rows": out}


def threads(rows: list[dict[str, Any]], n: int = 8) -> dict[str, Any]:
    """``n`` threads make their first calls at once (each its own default-budget guard, each
    the rows in another order), then one warmed guard decides the same rows."""
    import guardwire
    from guardwire.guards.injection import InjectionGuard
    start = threading.Barrier(n)
    got: list[Any] = [None] * n

    def work(k: int) -> None:
        guard = InjectionGuard()
        order = list(range(len(rows)))
        random.Random(k).shuffle(order)
        res: list[Any] = [None] * len(rows)
        start.wait()
        for i in order:
            try:
                res[i] = _seen(_call(guard, rows[i]["text"], rows[i]["channel"]))
            except Exception as exc:  # a pipeline would fail closed (on_error)
                res[i] = {"action": "block", "score": 1.0, "timed_out": [],
                          "rule_ids": [f"RAISED {type(exc).__name__}: {str(exc)[:120]}"]}
        got[k] = res

    ts = [threading.Thread(target=work, args=(k,)) for k in range(n)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    guard = InjectionGuard()
    guard.warm()
    warmed = [_seen(_call(guard, r["text"], r["channel"])) for r in rows]
    return {"guardwire_file": guardwire.__file__, "threads": got, "warmed": warmed}


def anyio_tasks(rows: list[dict[str, Any]], n: int = 8) -> dict[str, Any]:
    """``n`` anyio tasks call one unwarmed guard at once through worker threads, and ``n``
    tasks call a pipeline (which warms its guards once, outside the budget)."""
    import anyio

    import guardwire
    from guardwire import Context, Pipeline
    from guardwire.guards.injection import InjectionGuard
    guard = InjectionGuard()
    direct: list[Any] = [None] * (n * len(rows))
    piped: list[Any] = [None] * (n * len(rows))
    pipe = Pipeline(input=[InjectionGuard()], on_block="respond")

    async def one(k: int, i: int) -> None:
        r = rows[i]
        try:
            d = await anyio.to_thread.run_sync(_call, guard, r["text"], r["channel"])
            direct[k * len(rows) + i] = _seen(d)
        except Exception as exc:
            direct[k * len(rows) + i] = {"action": "block", "rule_ids": [f"RAISED {exc!r}"]}

    async def via_pipe(k: int, i: int) -> None:
        r = rows[i]
        ctx = Context() if r["channel"] == "user" else Context(
            tool_outputs=[{"id": "t1", "text": r["text"]}])
        v = await pipe.acheck_input(r["text"] if r["channel"] == "user" else ASK, ctx)
        piped[k * len(rows) + i] = {"action": "block" if v.blocked else "allow"}

    async def main() -> None:
        async with anyio.create_task_group() as tg:
            for k in range(n):
                for i in range(len(rows)):
                    tg.start_soon(one, k, i)
                    tg.start_soon(via_pipe, k, i)

    anyio.run(main)
    guard.warm()
    warmed = [_seen(_call(guard, r["text"], r["channel"])) for r in rows]
    return {"guardwire_file": guardwire.__file__, "direct": direct, "piped": piped,
            "warmed": warmed}


_OPTIONS: list[dict[str, Any]] = [
    {}, {"rules": False}, {"classifier": False},
    {"disabled_rules": ["instruction_override", "persona.dan"]},
    {"allowlist": ["ignore all previous instructions"]},
    {"allow_patterns": [r"reveal\s+your"]},
    {"scan_docs": True}, {"addressed_orders": False, "agent_steps": False},
    {"on_tool_hit": "withhold"}, {"threshold": 0.95},
]


def options(rows: list[dict[str, Any]], warm_first: bool) -> dict[str, Any]:
    """Each option set's decisions on the rows (user, tool and doc), before any warm() (cold)
    or after one (``warm_first``)."""
    import guardwire
    from guardwire import Context
    from guardwire.guards.injection import InjectionGuard
    if warm_first:
        InjectionGuard().warm()
    out = []
    for opt in _OPTIONS:
        g = InjectionGuard(**opt)
        res = []
        for r in rows:
            ctx = Context(docs=[{"id": "d1", "text": r["text"]}]) if opt.get("scan_docs") else None
            d = g("hello", ctx) if ctx is not None else _call(g, r["text"], r["channel"])
            res.append(_seen(d) if hasattr(d, "action") else {"action": "awaitable"})
        out.append({"options": opt, "rows": res})
    return {"guardwire_file": guardwire.__file__, "options": out}


def pickling(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """A guard (and the rules) pickled and deep-copied before and after a call and warm():
    what fails, and whether a copy decides as the original."""
    import guardwire
    from guardwire.guards.injection import RULES, InjectionGuard
    g = InjectionGuard(**STEADY)  # type: ignore[arg-type]
    out: dict[str, Any] = {}

    def attempt(name: str, fn: Any) -> Any:
        try:
            value = fn()
            out[name] = "ok"
            return value
        except Exception as exc:
            out[name] = f"{type(exc).__name__}: {str(exc)[:80]}"
            return None

    attempt("rules_pickle_cold", lambda: pickle.loads(pickle.dumps(RULES)))
    attempt("guard_deepcopy_cold", lambda: copy.deepcopy(g))
    attempt("guard_pickle_cold", lambda: pickle.loads(pickle.dumps(g)))
    first = [_seen(_call(g, r["text"], r["channel"])) for r in rows]
    g.warm()
    rules2 = attempt("rules_pickle_warm", lambda: pickle.loads(pickle.dumps(RULES)))
    g2 = attempt("guard_deepcopy_warm", lambda: copy.deepcopy(g))
    attempt("guard_pickle_warm", lambda: pickle.loads(pickle.dumps(g)))
    attempt("rule_copy", lambda: copy.copy(RULES[0]))
    if rules2 is not None:
        out["rules_equal_after_pickle"] = list(rules2) == list(RULES)
    if g2 is not None:
        again = [_seen(_call(g2, r["text"], r["channel"])) for r in rows]
        out["copy_decides_as_original"] = again == first
    return {"guardwire_file": guardwire.__file__, "results": out}


def memory() -> dict[str, Any]:
    """Import seconds (CPU and wall) and peak RSS after import, a first call and warm()."""
    t0, c0 = time.perf_counter(), time.process_time()
    import guardwire
    from guardwire import Context
    from guardwire.guards.injection import InjectionGuard
    imp = (round(time.perf_counter() - t0, 2), round(time.process_time() - c0, 2))
    rss = {"import": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}
    g = InjectionGuard()
    c1 = time.process_time()
    g("Could you summarise the attached meeting notes for the team?", Context())
    first = round(time.process_time() - c1, 2)
    rss["first_call"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    c2 = time.process_time()
    g.warm()
    warm = round(time.process_time() - c2, 2)
    rss["warm"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"guardwire_file": guardwire.__file__, "import_wall_cpu_s": imp,
            "first_call_cpu_s": first, "warm_cpu_s": warm, "max_rss_kb": rss}


def main(mode: str, rows_file: str | None) -> None:
    rows: list[dict[str, Any]] = []
    if rows_file:
        with open(rows_file, encoding="utf-8") as f:
            rows = json.load(f)
    if mode.startswith("first:"):  # one row, the process's first call (nothing warmed)
        i = int(mode.split(":")[1])
        print(json.dumps(decide(rows[i:i + 1], False)))
        return
    result = {"warm": lambda: decide(rows, True), "cold": lambda: decide(rows, False),
              "cold_shuffled": lambda: decide(rows, False, 7),
              "threads": lambda: threads(rows), "anyio": lambda: anyio_tasks(rows),
              "options_cold": lambda: options(rows, False),
              "options_warm": lambda: options(rows, True),
              "pickle": lambda: pickling(rows), "memory": memory}[mode]()
    print(json.dumps(result))
