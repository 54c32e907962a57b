"""Multi-word anchors across a line break, a base revision against this tree (twentieth session,
issue 3: "Set\\naside your previous instructions" was never tried by the rules of "set aside").

For every rule with an anchor that has a space (the *pairs*: rule, spaced anchor), texts it
catches there are taken from the shared prompt-injection data (both files, every row, read at
run time, never stored), the repo's probe lists (``benchmarks/_*probes*.py``) and the string
constants of its tests and non-blind injection fixtures (:func:`test_strings`): a text is an
example of a pair when, in its normalised view, the rule's pattern matches at an occurrence of
the anchor (tried as the scan tries it, ``rules_work._attempt``). At most ``--per-pair``
examples per pair (the first ones found). Each example's view then has the spaces of that
anchor occurrence replaced by a line break ("\\n"; also "\\r\\n" and " \\n" in their own
columns), and the rule alone is run on it (``scan(rules=[rule])``, no budget, no decoders,
no confusables view, no revocation): caught or not, old vs new. ``pattern`` says whether the
rule's pattern itself matches there (tried at the anchor's position directly): an example
the new side misses where the pattern does not match is the *pattern*'s limit (a literal
space, ``[^\\w\\n]``, ``[ \\t]``), not the anchors'; ``loosened`` says whether the pattern with
each unescaped literal space outside a character class read as ``\\s`` would match (what a
compile-time rewrite would buy; not applied).

The examples are chosen by direct pattern attempts on views without the change, so both
sides share them (the rules are the same). Rows are read from ``/work/shared/evaldata``;
only counts and rule ids are written.

    .venv/bin/python benchmarks/bench_injection_wrap.py --base 425b924 [--new REV]
    [--per-pair 3] [--out FILE]
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import math
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "results" / "bench_injection_wrap.json"
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_injection_redos import worktree  # noqa: E402  (the base's checkout, one copy)

BREAKS = {"nl": "\n", "crlf": "\r\n", "sp_nl": " \n"}
# ... and every space of the rule's whole match as "\n" (not only the anchor's: a hard-wrapped
# line may break anywhere; ``[^\w\n]`` in a pattern refuses it on purpose, or not)
WHOLE = "nl_match"


def test_strings() -> list[str]:
    """Every string constant of the repo's tests (``tests/*.py``, parsed, not run) and the
    strings of the non-blind injection fixtures (``tests/fixtures/injection_*.json`` other
    than ``injection_blind_v*``, never read)."""
    out: list[str] = []
    for path in sorted((ROOT / "tests").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        out += [n.value for n in ast.walk(tree)
                if isinstance(n, ast.Constant) and isinstance(n.value, str) and len(n.value) > 8]

    def walk(value: Any) -> None:
        if isinstance(value, str):
            if len(value) > 8:
                out.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    for path in sorted((ROOT / "tests" / "fixtures").glob("injection_*.json")):
        if not path.name.startswith("injection_blind"):
            walk(json.loads(path.read_text(encoding="utf-8")))
    return out


def _texts() -> list[str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_injection_redos import rows
    return [t for t in [t for _, t in rows()] + test_strings() if _encodes(t)]


def _encodes(text: str) -> bool:
    """Whether ``text`` has no lone surrogate (a test's string of one: not a text)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return len(text) <= 50_000


def loosen(pattern: str) -> str:
    """``pattern`` with each literal space outside a character class (and not escaped) read
    as ``\\s`` (a rough rewrite for measuring only: it does not parse the pattern)."""
    out, i, in_class = [], 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if c == "[" and not in_class:
            in_class = True
        elif c == "]" and in_class:
            in_class = False
        out.append(r"\s" if c == " " and not in_class else c)
        i += 1
    return "".join(out)


def child(per_pair: int) -> dict[str, Any]:
    import regex

    import guardwire
    from guardwire.guards.injection.normalise_view import normalised_view
    from guardwire.guards.injection.rules import RULES, scan
    from guardwire.guards.injection.rules_needles import Needles
    from guardwire.guards.injection.rules_types import CompiledRule
    from guardwire.guards.injection.rules_work import _attempt

    pairs = [(r, a) for r in RULES for a in r.anchors if " " in a]
    by_anchor: dict[str, list[Any]] = defaultdict(list)
    for r, a in pairs:
        by_anchor[a].append(r)
    needles = Needles(by_anchor)
    examples: dict[tuple[str, str], list[tuple[str, int, int]]] = defaultdict(list)
    for text in _texts():
        view = normalised_view(text)
        for anchor in needles.present(view):
            for rule in by_anchor[anchor]:
                key = (rule.id, anchor)
                if len(examples[key]) >= per_pair:
                    continue
                compiled = rule.compiled()
                at = view.find(anchor)
                while at >= 0:
                    m = None if at and view[at - 1].isalnum() else _attempt(
                        compiled, view, at, 10.0, 4000)
                    if m is not None:
                        examples[key].append((view, at, m.end()))
                        break
                    at = view.find(anchor, at + 1)
    rules = {r.id: r for r in RULES}
    out: dict[str, Any] = {}
    for (rid, anchor), found in sorted(examples.items()):
        rule = rules[rid]
        compiled = rule.compiled()
        loose = CompiledRule(regex.compile(loosen(compiled.pattern.pattern),
                                           compiled.pattern.flags),
                             compiled.confirm, compiled.line_prefix, None)
        for view, at, end in found:
            row: dict[str, Any] = {}
            for name, brk in (*BREAKS.items(), (WHOLE, "\n")):
                stop = end if name == WHOLE else at + len(anchor)
                wrapped = view[:at] + view[at:stop].replace(" ", brk) + view[stop:]
                hits = scan(wrapped, normalised_view(wrapped), rules=[rule], budget_s=math.inf,
                            timeout_s=10.0, decoders=frozenset(), confusables=False,
                            revocation=False).hits
                row[name] = {  # (the pattern tried on the wrapped view, where the anchor is)
                    "caught": any(h.rule_id == rid for h in hits),
                    "pattern": _attempt(compiled, wrapped, at, 10.0, 4000) is not None,
                    "loosened": _attempt(loose, wrapped, at, 10.0, 4000) is not None}
            out[f"{rid}|{anchor}|{hashlib.sha1(view.encode()).hexdigest()[:12]}"] = row
    return {"guardwire_file": guardwire.__file__, "pairs": len(pairs),
            "anchors": len(by_anchor), "rules": len({r.id for r, _ in pairs}), "rows": out,
            "static": static(pairs)}


def static(pairs: list[tuple[Any, str]]) -> dict[str, Any]:
    """Every pair without a text: whether the rule's pattern may match a text that starts with
    the anchor (``regex`` partial matching: the anchor alone is a prefix of some match), and
    then whether it may with the anchor's spaces as line breaks ("\n", "\r\n")."""
    plain, fails = 0, defaultdict(list)
    for rule, anchor in pairs:
        pattern = rule.compiled().pattern
        try:
            if pattern.match(anchor, partial=True, timeout=1.0) is None:
                continue  # (a lookbehind at the start: the anchor alone is not a prefix)
            plain += 1
            for name in ("nl", "crlf"):
                if pattern.match(anchor.replace(" ", BREAKS[name]), partial=True,
                                 timeout=1.0) is None:
                    fails[name].append(f"{rule.id}|{anchor}")
        except TimeoutError:
            continue
    return {"prefix_pairs": plain,
            **{f"{name}_fails": sorted(v) for name, v in fails.items()}}


def run(src: Path, per_pair: int) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(src))
    proc = subprocess.run([sys.executable, __file__, "--child", "--per-pair", str(per_pair)],
                          env=env, check=True, capture_output=True, text=True, cwd=ROOT)
    result: dict[str, Any] = json.loads(proc.stdout)
    if not result["guardwire_file"].startswith(str(src.resolve())):
        raise SystemExit(f"imported {result['guardwire_file']}, not from {src}")
    return result


def summary(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    keys = sorted(new["rows"])
    # a pair's examples are keyed by the hash of the view they were found in
    pair_of = {k: k.rsplit("|", 1)[0] for k in keys}
    table: dict[str, Any] = {}
    for name in (*BREAKS, WHOLE):
        caught_old = {k for k in keys if old["rows"][k][name]["caught"]}
        caught_new = {k for k in keys if new["rows"][k][name]["caught"]}
        pattern = {k for k in keys if new["rows"][k][name]["pattern"]}
        loosened = {k for k in keys if new["rows"][k][name]["loosened"]}
        pairs_with = set(pair_of.values())
        table[name] = {
            "examples": len(keys), "caught_old": len(caught_old), "caught_new": len(caught_new),
            "lost": sorted(caught_old - caught_new),
            "pairs_with_examples": len(pairs_with),
            "pairs_caught_old": len({pair_of[k] for k in caught_old}),
            "pairs_caught_new": len({pair_of[k] for k in caught_new}),
            "pattern_matches": len(pattern),
            "missed_pattern_matches": sorted(pattern - caught_new),
            "missed_pattern_fails": len([k for k in keys if k not in caught_new
                                         and k not in pattern]),
            "loosened_would_match": len(loosened - pattern),
            "rules_pattern_fails": sorted({k.split("|", 1)[0] for k in keys
                                           if k not in pattern}),
        }
    return table


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="425b924")
    ap.add_argument("--new", help="a revision as the new side (default: this tree's src)")
    ap.add_argument("--per-pair", type=int, default=3)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--child", action="store_true")
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.per_pair)))
        return 0
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout.strip()
    trees = [worktree(args.base)] + ([worktree(args.new)] if args.new else [])
    try:
        old = run(trees[0] / "src", args.per_pair)
        new = run(trees[1] / "src" if args.new else ROOT / "src", args.per_pair)
    finally:
        for t in trees:
            subprocess.run(["git", "worktree", "remove", "--force", str(t)], cwd=ROOT,
                           check=False, capture_output=True)
    # (the tests may change between the two runs: the examples both found are compared)
    only_one = len(set(old["rows"]) ^ set(new["rows"]))
    both = set(old["rows"]) & set(new["rows"])
    table = summary({"rows": {k: old["rows"][k] for k in both}},
                    {"rows": {k: new["rows"][k] for k in both}})
    result = {"base": args.base, "new": args.new or f"tree at {head}",
              "per_pair": args.per_pair, "pairs": new["pairs"], "anchors": new["anchors"],
              "rules": new["rules"], "examples_one_side_only": only_one, "table": table}
    st = new["static"]
    result["static"] = st
    print(f"static: {st['prefix_pairs']} pairs whose pattern may start with the anchor alone; "
          f"with its spaces as \\n {st['prefix_pairs'] - len(st.get('nl_fails', []))}, as "
          f"\\r\\n {st['prefix_pairs'] - len(st.get('crlf_fails', []))} (the pattern's limit: "
          f"{len({k.split('|')[0] for k in st.get('nl_fails', [])})} rules)")
    print(f"{new['pairs']} rule/anchor pairs with a spaced anchor ({new['anchors']} anchors, "
          f"{new['rules']} rules); examples <= {args.per_pair} per pair")
    print(f"{'break':6s} {'pairs':>6s} {'old':>5s} {'new':>5s} {'ex.':>5s} {'old':>5s} "
          f"{'new':>5s} {'pat':>5s} {'miss:pat ok':>11s} {'miss:pat no':>11s} {'loose+':>6s}")
    for name, t in table.items():
        print(f"{name:6s} {t['pairs_with_examples']:6d} {t['pairs_caught_old']:5d} "
              f"{t['pairs_caught_new']:5d} {t['examples']:5d} {t['caught_old']:5d} "
              f"{t['caught_new']:5d} {t['pattern_matches']:5d} "
              f"{len(t['missed_pattern_matches']):11d} {t['missed_pattern_fails']:11d} "
              f"{t['loosened_would_match']:6d}")
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
