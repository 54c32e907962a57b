"""Long user input (fifteenth session, issue 3, precision): long benign documents full of
security vocabulary pasted by a user, and long attacks, before (base rev) and after (the
working tree).

    .venv/bin/python benchmarks/eval_injection_long_user.py              # probes, ~1 min
    .venv/bin/python benchmarks/eval_injection_long_user.py --evaldata   # + shared data, ~4 min
    .venv/bin/python benchmarks/eval_injection_long_user.py --show       # changed / wrong rows

"Before" is ``--base`` (default ``15cf2c1``, this session's base) checked out with ``git
worktree add --detach`` in /tmp and scored in a subprocess with ``PYTHONPATH=<worktree>/src``;
"after" is this working tree's ``src``, or with ``--mine`` the base with only this change's
files (:data:`MINE`) copied from the working tree (other helpers' uncommitted changes left
out). Every text is scored as the user's input with the
guard of ``tests/_injection_kit.steady_guard`` (default threshold, no scan budget, 10 s match
timeout: the machine's load changes no figure) and ``Context()``; blocked means ``action ==
"block"``; a blocked row's layer is its rule ids when a medium/high rule decided, else
``classifier``.

Sets: ``probes`` (:mod:`_long_user_probes`: 41 benign long documents and 40 long attacks,
written before the change, which was made looking at them); ``held``
(:mod:`_long_user_probes_held`: 10 benign documents and 14 documents carrying an attack, written
after the change; the reader cues were then widened from its one lost attack); ``late``
(:mod:`_long_user_probes_late`: 6 benign, 10 attacks in phrasings hard for a cue list, written
after that and never tuned on); ``--evaldata``: every row of the shared data
(``../shared/evaldata/prompt_injection``, loaded with ``tools/train_injection.load_rows``, the
loader ``eval_injection.py`` uses) scored as user input, per subset and label. The shipped
classifier was trained on these rows (in-sample): what matters is that no attack subset loses
recall. Writes ``benchmarks/results/eval_injection_long_user.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "tests"))
import _long_user_probes as probes  # noqa: E402
import _long_user_probes_held as held  # noqa: E402
import _long_user_probes_late as late  # noqa: E402
import eval_injection_user_precision as precision  # noqa: E402
import train_injection as train  # noqa: E402
from eval_injection_user_precision import git  # noqa: E402

OUT = ROOT / "benchmarks" / "results" / "eval_injection_long_user.json"
BASE = "15cf2c1"
MINE = ("src/guardwire/guards/injection/benign.py", "src/guardwire/guards/injection/long_user.py")


def probe_rows() -> list[dict[str, Any]]:
    """Every probe: ``{set, kind, label, text}``."""
    out: list[dict[str, Any]] = []
    for name, benign, attacks in (("probes", probes.BENIGN, probes.ATTACKS),
                                  ("held", held.HELD_BENIGN, held.HELD_ATTACKS),
                                  ("late", late.LATE_BENIGN, late.LATE_ATTACKS)):
        for label, table in ((0, benign), (1, attacks)):
            for kind, texts in table.items():
                out += [{"set": name, "kind": kind, "label": label, "text": t} for t in texts]
    return out


def data_rows() -> list[dict[str, Any]]:
    """Every shared-data row: ``{set: "evaldata", kind: subset, label, text}``."""
    return [{"set": "evaldata", "kind": r.subset, "label": r.label, "text": r.text}
            for r in train.load_rows()]


def score_rows(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Each row's decision with the guardwire on ``sys.path`` (the subprocess's)."""
    import guardwire
    from _injection_kit import steady_guard
    from guardwire import Context
    guard = steady_guard()
    guard.warm()
    out = []
    for r in rows:
        d = guard(r["text"], Context())
        assert not isinstance(d, type(None))
        data = d.data
        layer = (",".join(data.get("rule_ids", []))
                 if (data.get("rules_score") or 0.0) >= 0.8 else "classifier")
        out.append({"blocked": d.action == "block", "layer": layer,
                    "classifier_score": data.get("classifier_score")})
    return {"guardwire_file": guardwire.__file__, "rows": out}


def run(src: Path, evaldata: bool) -> dict[str, Any]:
    return precision.run(src, evaldata, script=__file__)


def score_base(rev: str, evaldata: bool, overlay: tuple[str, ...] = ()) -> dict[str, Any]:
    """Decisions at ``rev`` (a temporary worktree), with the ``overlay`` files copied from
    this working tree."""
    commit = git("rev-parse", "--short", rev)
    tree = Path(f"/tmp/gw_longuser_{commit}_{os.getpid()}_{len(overlay)}")
    git("worktree", "add", "--detach", str(tree), commit)
    try:
        for rel in overlay:
            shutil.copyfile(ROOT / rel, tree / rel)
        return {"commit": commit, **run(tree / "src", evaldata)}
    finally:
        git("worktree", "remove", "--force", str(tree))


def table(rows: list[dict[str, Any]], before: list[dict[str, Any]],
          after: list[dict[str, Any]]) -> dict[str, Any]:
    """Per (set, label, kind): n, blocked before/after and the layers that fired after."""
    groups: dict[tuple[str, int, str], list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        groups[(r["set"], r["label"], r["kind"])].append(i)
    out: dict[str, Any] = {}
    for (name, label, kind), idx in sorted(groups.items()):
        layers: dict[str, int] = defaultdict(int)
        for i in idx:
            if after[i]["blocked"]:
                for lay in after[i]["layer"].split(","):
                    layers[lay] += 1
        out[f"{name}/{'attack' if label else 'benign'}/{kind}"] = {
            "n": len(idx), "blocked_before": sum(before[i]["blocked"] for i in idx),
            "blocked_after": sum(after[i]["blocked"] for i in idx),
            "layers_after": dict(layers)}
    return out


def print_table(result: dict[str, Any], base: str) -> None:
    print(f"{'set/label/kind':<58}{'n':>5}{base + ' blk':>13}{'after blk':>11}  layers after")
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for key, v in result.items():
        lay = ", ".join(f"{k}:{n}" for k, n in sorted(v["layers_after"].items())
                        if k == "classifier")
        print(f"{key:<58}{v['n']:>5}{v['blocked_before']:>13}{v['blocked_after']:>11}  {lay}")
        t = totals["/".join(key.split("/")[:2])]
        for j, k in enumerate(("n", "blocked_before", "blocked_after")):
            t[j] += v[k]
    print()
    for key, (n, b, a) in sorted(totals.items()):
        what = "blocked (FP)" if key.endswith("benign") else "caught"
        print(f"{key:<24} n={n:<5} {what} before {b}/{n} ({b / n:.3f})  after {a}/{n} "
              f"({a / n:.3f})")


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--rows-only", action="store_true", help="(subprocess) print decisions")
    ap.add_argument("--evaldata", action="store_true", help="also score the shared data")
    ap.add_argument("--base", default=BASE, help="the 'before' revision")
    ap.add_argument("--mine", action="store_true", help="after: the base plus only MINE")
    ap.add_argument("--show", action="store_true", help="print every probe whose verdict "
                    "changed or is wrong after, and every shared-data row whose verdict changed")
    args = ap.parse_args()
    rows = probe_rows() + (data_rows() if args.evaldata else [])
    if args.rows_only:
        json.dump(score_rows(rows), sys.stdout)
        return
    before = score_base(args.base, args.evaldata)
    after = (score_base(args.base, args.evaldata, MINE) if args.mine
             else run(ROOT / "src", args.evaldata))
    result = table(rows, before["rows"], after["rows"])
    what = f"{before['commit']} + {', '.join(MINE)}" if args.mine else "working tree"
    print(f"before: {before['commit']}  after: {what} ({after['guardwire_file']})\n")
    print_table(result, before["commit"])
    if args.show:
        for i, r in enumerate(rows):
            b, a = before["rows"][i], after["rows"][i]
            if b["blocked"] != a["blocked"] or (r["set"] != "evaldata"
                                                and a["blocked"] != bool(r["label"])):
                print(f"\n[{r['set']}/{r['kind']}/{'atk' if r['label'] else 'ben'}] "
                      f"{b['blocked']}->{a['blocked']} {a['layer']} "
                      f"clf={b['classifier_score']}->{a['classifier_score']}\n"
                      f"  {r['text'][:300]!r}")
    OUT.write_text(json.dumps({"base": before["commit"], "evaldata": args.evaldata,
                               "after": "base + mine" if args.mine else "working tree",
                               "per_kind": result}, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
