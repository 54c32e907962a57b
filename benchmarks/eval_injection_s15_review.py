"""Adversarial review of the fifteenth session's changes (issues 3 and 5): fresh probes scored at
the session's base (``17b23c6``) and at ``HEAD`` in one run, by area and channel, and the schema
ladder's answers on malformed JSON around its new readings.

    .venv/bin/python benchmarks/eval_injection_s15_review.py            # ~5 min
    .venv/bin/python benchmarks/eval_injection_s15_review.py --show     # + every changed row
    .venv/bin/python benchmarks/eval_injection_s15_review.py --after-src src   # working tree
    S15_REVIEW_NO_SCAN=1 ...                                            # without the 100 KB rows

Probes: :mod:`_s15_review_probes` (written before running the guard on them). Each injection
row is scored as the user's input or as a tool result (``eval_injection_s14_review``'s
machinery: its padding and its table); ``InjectionGuard(scan_budget_ms=None,
rule_timeout_ms=10000)`` unless the row says ``budget: default``; the time of each call is
kept (the 100 KB rows: the worst per version is printed). Schema rows: ``SchemaGuard(model)``
on one answer: the value it returns (or a re-ask) against what the text means; "wrong" is a
value other than the meant one (or any value where only a re-ask is right). Schema fuzz
(seeds 11-13, 3,000 draws each): a random value, one structural character outside strings
typed as another (70 %), then an explanation that may hold a stray closer; read / wrong
(a value other than the one dumped; a few are honest ambiguities such as
``[66,\nThat's all] thanks``).

"Before" and "after" each run in a subprocess with ``PYTHONPATH=<worktree>/src``
(``git worktree add --detach /tmp/rev_<rev>``, kept). Writes
``benchmarks/results/eval_injection_s15_review.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import _s15_review_probes as P  # noqa: E402
from eval_injection_s14_review import padded, row_adder, score, table  # noqa: E402

OUT = ROOT / "benchmarks" / "results" / "eval_injection_s15_review.json"
WHERES = (0.0, 0.5, 1.0)


def rows() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    add = row_adder(out)

    for kind, texts in P.LONG_USER_ATTACKS.items():
        add("long_user", kind, 1, texts, ("user",))
    for kind, texts in P.LONG_USER_BENIGN.items():
        add("long_user", kind, 0, texts, ("user",))
    for kind, texts in P.LONG_USER_ATTACKS_R2.items():  # round 2: aimed at the cap
        add("long_user", kind, 1, texts, ("user",))
    for kind, texts in P.LONG_USER_BENIGN_R2.items():
        add("long_user", kind, 0, texts, ("user",))
    for kind, texts in P.LONG_USER_ATTACKS_R3.items():  # round 3: after the prototype fix
        add("long_user", kind, 1, texts, ("user",))
    add("tool", "good_faith", 0, P.TOOL_GOOD_FAITH, ("tool",))
    add("tool", "hidden", 1, P.TOOL_HIDDEN, ("tool",))
    for kind, texts in P.USER_BENIGN.items():
        add("user", kind, 0, texts, ("user",))
    for kind, texts in P.USER_BENIGN_R2.items():
        add("user", kind, 0, texts, ("user",))
    add("user", "s15_shapes", 1, P.USER_ATTACKS_S15, ("user",))
    if os.environ.get("S15_REVIEW_NO_SCAN"):
        return out
    for pname, pad in P.PADS.items():
        for budget in ("default", "none"):
            add("scan", f"{pname}:benign", 0, [padded(pad, None, 0)], ("user", "tool"), budget)
            for attacks, ch in ((P.PAD_ATTACKS_USER, "user"), (P.PAD_ATTACKS_TOOL, "tool")):
                for aname, attack in attacks.items():
                    for where in WHERES:
                        add("scan", f"{pname}:{aname}@{where}", 1,
                            [padded(pad, attack, where)], (ch,), budget)
    return out


def schema_models() -> dict[str, Any]:
    from pydantic import BaseModel

    class Person(BaseModel):
        name: str
        age: int

    class Ids(BaseModel):
        ids: list[int]

    class Flag(BaseModel):
        ok: bool
        note: str = ""

    return {"any": None, "Person": Person, "Ids": Ids, "Flag": Flag}


def score_schema() -> dict[str, Any]:
    """The ladder's answer on each ``P.SCHEMA`` text (one answer, no re-ask taken)."""
    import guardwire
    from guardwire import Context
    from guardwire.guards.schema import SchemaGuard
    models = schema_models()
    res = []
    for text, _meant, model in P.SCHEMA:
        ctx = Context()
        d = SchemaGuard(models[model])(text, ctx)
        val = ctx.structured
        if val is not None and hasattr(val, "model_dump"):
            val = val.model_dump()
        res.append({"action": d.action, "rung": d.data.get("rung"),
                    "value": val if d.action != "reask" else None,
                    "read": d.action != "reask" and ctx.structured_set})
    return {"guardwire_file": guardwire.__file__, "rows": res}


# -- schema fuzz: a value, one structural character (outside strings) typed as another, then an
# explanation that may hold a stray closer; "wrong": a value read that is not the one dumped
TAILS = ("", "\nHope this helps :]", "\n(see note 2]", " - done]", "\nThat's all] thanks",
         "\n\nNote: [1, 2]]", "\nitems: a], b]")
STRUCTURE = "{}[],:"


def _value(rnd: Any, depth: int = 0) -> Any:
    r = rnd.random()
    if depth > 2 or r < 0.4:
        return rnd.choice([None, True, False, rnd.randint(-99, 999), "alpha", "beta gamma",
                           "x]", ""])
    if r < 0.7:
        return [_value(rnd, depth + 1) for _ in range(rnd.randint(0, 4))]
    return {rnd.choice(["a", "id", "k2", "name"]): _value(rnd, depth + 1)
            for _ in range(rnd.randint(0, 4))}


def _outside_strings(doc: str) -> list[int]:
    out, inside, escaped = [], False, False
    for k, c in enumerate(doc):
        if inside:
            if escaped:
                escaped = False
            elif c == "\\":
                escaped = True
            elif c == '"':
                inside = False
                out.append(k)
            continue
        if c == '"':
            inside = True
            out.append(k)
        elif c in STRUCTURE:
            out.append(k)
    return out


def schema_fuzz(seed: int, n: int = 3000) -> dict[str, Any]:
    import random

    import guardwire
    from guardwire import Context
    from guardwire.guards.schema import SchemaGuard
    rnd = random.Random(seed)
    total = read = wrong = 0
    for _ in range(n):
        v = _value(rnd)
        if not isinstance(v, list | dict):
            continue
        doc = json.dumps(v, indent=rnd.choice([None, 1]))
        spots = _outside_strings(doc)
        if spots and rnd.random() < 0.7:
            k = rnd.choice(spots)
            doc = doc[:k] + rnd.choice([c for c in STRUCTURE + '"' if c != doc[k]]) + doc[k + 1:]
        doc += rnd.choice(TAILS)
        ctx = Context()
        total += 1
        if SchemaGuard()(doc, ctx).action != "reask":
            read += 1
            wrong += json.dumps(ctx.structured) != json.dumps(v)
    return {"guardwire_file": guardwire.__file__, "total": total, "read": read, "wrong": wrong}


def run(src: Path, mode: str, arg: str = "") -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(src))
    proc = subprocess.run([sys.executable, __file__, mode, *([arg] if arg else [])], env=env,
                          check=True, capture_output=True, text=True)
    result: dict[str, Any] = json.loads(proc.stdout)
    if not result["guardwire_file"].startswith(str(src.resolve())):
        raise SystemExit(f"imported {result['guardwire_file']}, not from {src}")
    return result


def worktree(rev: str) -> Path:
    sha = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", rev], check=True,
                         capture_output=True, text=True).stdout.strip()
    wt = Path(f"/tmp/rev_{sha}")
    if not wt.exists():
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(wt), sha],
                       check=True, capture_output=True)
    return wt / "src"


def verdict(read: bool, value: Any, meant: Any) -> str:
    if not read:
        return "reask"
    if meant is None or value != meant:
        return "WRONG"
    return "right"


def schema_part(before: list[dict[str, Any]], after: list[dict[str, Any]],
                show: bool) -> dict[str, Any]:
    counts: dict[str, dict[str, int]] = {"before": {}, "after": {}}
    rows_out = []
    for (text, meant, model), b, a in zip(P.SCHEMA, before, after, strict=True):
        vb, va = verdict(b["read"], b["value"], meant), verdict(a["read"], a["value"], meant)
        counts["before"][vb] = counts["before"].get(vb, 0) + 1
        counts["after"][va] = counts["after"].get(va, 0) + 1
        rows_out.append({"text": text, "model": model, "meant": meant, "before": vb,
                         "after": va, "value_before": b["value"], "value_after": a["value"]})
        if show and (vb != va or va == "WRONG"):
            print(f"  {text!r} [{model}] meant={meant!r}\n     before {vb} {b['value']!r}  "
                  f"after {va} {a['value']!r}")
    print(f"schema ({len(P.SCHEMA)} texts): before {counts['before']}  after {counts['after']}")
    return {"counts": counts, "rows": rows_out}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows-only")
    ap.add_argument("--schema-only", action="store_true")
    ap.add_argument("--schema-fuzz", type=int, help="(subprocess) the fuzz with this seed")
    ap.add_argument("--base", default="17b23c6")
    ap.add_argument("--after", default="HEAD", help="revision scored as 'after'")
    ap.add_argument("--after-src", help="a src dir scored as 'after' (e.g. the working tree)")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    if args.rows_only:
        with open(args.rows_only, encoding="utf-8") as f:
            print(json.dumps(score(json.load(f))))
        return 0
    if args.schema_only:
        print(json.dumps(score_schema()))
        return 0
    if args.schema_fuzz is not None:
        print(json.dumps(schema_fuzz(args.schema_fuzz)))
        return 0
    base_src = worktree(args.base)
    after_src = Path(args.after_src) if args.after_src else worktree(args.after)
    print(f"before: {base_src}  after: {after_src}")
    sb = run(base_src, "--schema-only")["rows"]
    sa = run(after_src, "--schema-only")["rows"]
    schema = schema_part(sb, sa, args.show)
    fuzz = {}
    for name, src in (("before", base_src), ("after", after_src)):
        got = [run(src, "--schema-fuzz", str(seed)) for seed in (11, 12, 13)]
        fuzz[name] = {k: sum(g[k] for g in got) for k in ("total", "read", "wrong")}
        print(f"schema fuzz {name:6} (seeds 11-13): {fuzz[name]}")
    schema["fuzz"] = fuzz
    rs = rows()
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(rs, f)
    before = run(base_src, "--rows-only", f.name)["rows"]
    after = run(after_src, "--rows-only", f.name)["rows"]
    os.unlink(f.name)
    summary = table(rs, before, after)
    changed = []
    for r, b, a in zip(rs, before, after, strict=True):
        if (b["action"] == "block") != (a["action"] == "block"):
            bad = (a["action"] != "block") if r["label"] else (a["action"] == "block")
            changed.append({**{k: v for k, v in r.items() if k != "text"},
                            "text": r["text"][:400] if len(r["text"]) < 5000 else
                            f"<{len(r['text'])} chars> " + r["text"][:60],
                            "worse": bad, "before": b, "after": a})
    worse = [c for c in changed if c["worse"]]
    print(f"\nchanged rows: {len(changed)} ({len(worse)} worse: attacks let through or "
          "benign newly blocked)")
    scan = [(r, b, a) for r, b, a in zip(rs, before, after, strict=True) if r["area"] == "scan"]
    for budget in ("default", "none"):
        for name, side in (("before", 1), ("after", 2)):
            ms = sorted(t[side]["ms"] for t in scan if t[0]["budget"] == budget)
            if ms:
                print(f"scan budget={budget:7} {name:6}: p50 {ms[len(ms) // 2]:.0f} ms, "
                      f"max {ms[-1]:.0f} ms over {len(ms)} rows of 100 KB")
    if args.show:
        for c in changed:
            print(f"{'WORSE' if c['worse'] else 'better'} {c['area']}/{c['kind']}/{c['channel']}"
                  f"/{c['budget']}: {c['text']!r}\n   before {c['before']['action']} "
                  f"{c['before']['rule_ids']} clf={c['before']['classifier_score']}\n   after  "
                  f"{c['after']['action']} {c['after']['rule_ids']} "
                  f"clf={c['after']['classifier_score']} to={c['after']['timed_out'][:3]}")
    misses = [{**{k: v for k, v in r.items() if k != "text"},
               "text": r["text"][:300] if len(r["text"]) < 5000 else r["text"][:60],
               "after": a} for r, a in zip(rs, after, strict=True)
              if (a["action"] == "block") != bool(r["label"])]
    OUT.write_text(json.dumps({"base": args.base, "after": args.after_src or args.after,
                               "summary": summary, "schema": schema, "changed": changed,
                               "wrong_after": misses}, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
