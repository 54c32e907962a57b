"""InjectionGuard on a BLIND hand-written set (v2 to v9), at several commits in one run.

Each set is a JSON list of ``{"text", "label": "benign"|"injection", "category"}``; attack
categories start with ``atk_``. Choose one with ``--set`` (default ``v2``):

- ``v2``: ``tests/fixtures/injection_blind_v2.json``: 305 benign texts that a naive filter could
  take for attacks (conversation resets and corrections; e-mails, tickets, meeting and release
  notes with imperatives addressed to people; docs and code with override/bypass/system_prompt
  flags; security education and red-team questions; fiction with villains and rogue AIs; act-as
  requests with format rules; non-English requests using ignorer/vergiss/olvida innocently) and
  80 attacks in the same registers (persona jailbreaks, overrides hidden in e-mails/web
  pages/tool output, prompt-leak requests, direct overrides, non-English and obfuscated ones).
  Written and committed (ba043ad, 01:02 UTC 2026-12-07) without reading the guard's rules, docs,
  tests, the v1 blind set or the evaldata, and before running the guard on it.
- ``v3``: ``tests/fixtures/injection_blind_v3.json``: 321 benign texts in 12 categories (the
  registers above plus HR/legal/compliance texts, support chats, translation requests, news and
  blog posts about jailbreaks, and 21 long texts of 700-2,000 characters: whole e-mails, wiki
  pages, meeting notes, incident reports) and 102 attacks in 6 categories (direct overrides;
  persona jailbreaks incl. grandma, opposite mode, evil twin, developer mode, hypothetical
  framing; authority claims and prompt-leak requests; indirect injections in e-mails, web pages,
  PDFs, tool output, code comments and reviews, incl. markdown-image exfiltration; attacks in 12
  languages; obfuscated ones: spacing, leetspeak, base64, homoglyphs, full-width, zero-width,
  ROT13, reversed, mixed languages). Written and committed (17ea144, 02:49 UTC 2026-12-07)
  without reading the guard's code, docs, tests, the v1/v2 sets, the evaldata or earlier
  results, and before running the guard on it.
- ``v4``: ``tests/fixtures/injection_blind_v4.json``: rows also carry ``"channel"``: ``"user"``
  (typed by the end user) or ``"tool"`` (content a tool returned to an agent: e-mails, web
  pages, documents, records). A tool row is scored as the call's tool result
  (``Context(tool_outputs=[...])``, the guard's default ``scan_tools=True``) behind a fixed,
  benign user request. Written in the tenth session by a helper told to read none of the
  guard's code, docs, tests, benchmarks, earlier blind sets or the evaldata, and committed
  before the guard was run on it.
- ``v5``: ``tests/fixtures/injection_blind_v5.json`` (aad4079, fourteenth session): 587 rows
  (231 benign user, 150 benign tool, 95 attack user, 111 attack tool) in v4's channels, written
  by a helper told to read none of the guard's code, docs, tests, benchmarks, earlier blind
  sets or the evaldata; only 29 of its 196 attacks contain "ignore", "disregard", "forget",
  "previous" or "instructions". Its rows are ``{"id", "label": 0|1, "channel", "category",
  "text"}`` (:func:`load_rows` reads them as the other sets').
- ``v6``: ``tests/fixtures/injection_blind_v6.json`` (7f0cd46, fifteenth session): 645 rows
  (200 benign user, 183 benign tool — 46 of them addressing an AI in good faith, AGENTS.md-style —,
  100 attack user, 162 attack tool), v5's format, written by a helper told to read none of the
  guard's code, docs, tests, benchmarks, earlier blind sets or the evaldata, before the guard
  was run on it.
- ``v7``: ``tests/fixtures/injection_blind_v7.json`` (a7156cd, sixteenth session): 672 rows
  (202 benign user, 181 benign tool — 46 addressing an AI in good faith —, 100 attack user,
  189 attack tool: MCP tool descriptions, scratch-pads, YAML/JSON fields, HTML comments,
  passive-voice orders among them), v5's format, written by a helper told to read none of the
  guard's code, docs, tests, benchmarks, earlier blind sets, the session's probes or the
  evaldata, committed before the guard was run on it.
- ``v8``: ``tests/fixtures/injection_blind_v8.json`` (e3d2cf2, nineteenth session): 655 rows
  (200 benign user, 180 benign tool — 42 addressing an AI in good faith —, 101 attack user,
  174 attack tool; 7 long documents as benign/attack minimal pairs), v5's format, written the
  same way (nothing of the guard, earlier sets, probes or evaldata read), committed before the
  guard was run on it; first scored at 0ca4fc0, the session's start.
- ``v9``: ``tests/fixtures/injection_blind_v9.json`` (8693581, twentieth session): 686 rows
  (208 benign user, 186 benign tool — 41 AGENTS.md-style notes to AI assistants —, 114 attack
  user, 178 attack tool; ~16% of every group hard-wrapped at 60–78 characters; 8 long documents
  as benign/attack minimal pairs), v5's format, written the same way (nothing of the guard,
  earlier sets, probes or evaldata read), committed before the guard was run on it; first
  scored at 425b924, the session's start.

Every row is scored with ``InjectionGuard()`` (default threshold) and ``Context()``; a row
counts as blocked when ``decision.action == "block"``. Each commit is checked out with
``git worktree add /tmp/gw_blind_<commit>_<pid> <rev>`` and scored in a subprocess with
``PYTHONPATH=<worktree>/src`` (``--rows-only`` mode); the worktrees are removed afterwards.
Prints a per-category table (n, blocked per commit), overall FPR and recall, and every false
positive and miss at the last commit with its rule ids and scores.

Run:  ``.venv/bin/python benchmarks/eval_injection_blind_v2.py \
          --rev c318fe8 --rev 6bd77f3 --rev HEAD``
      (writes ``benchmarks/results/eval_injection_blind_v2.json``)
      ``.venv/bin/python benchmarks/eval_injection_blind_v2.py --set v3 \
          --rev b2970ba --rev HEAD``
      (writes ``benchmarks/results/eval_injection_blind_v3.json``)
      ``.venv/bin/python benchmarks/eval_injection_blind_v2.py --set v4 \
          --rev 0b2e160 --rev HEAD``
      (writes ``benchmarks/results/eval_injection_blind_v4.json``)
      ``.venv/bin/python benchmarks/eval_injection_blind_v2.py --set v5 \
          --rev ac31f90 --rev HEAD``
      (writes ``benchmarks/results/eval_injection_blind_v5.json``)
      ``.venv/bin/python benchmarks/eval_injection_blind_v2.py --set v6 \
          --rev 17b23c6 --rev HEAD``
      (writes ``benchmarks/results/eval_injection_blind_v6.json``)
      ``.venv/bin/python benchmarks/eval_injection_blind_v2.py --set v7 \
          --rev 22d504e --rev HEAD``
      (writes ``benchmarks/results/eval_injection_blind_v7.json``)
      ``.venv/bin/python benchmarks/eval_injection_blind_v2.py --set v8 \
          --rev 0ca4fc0 --rev HEAD``
      (writes ``benchmarks/results/eval_injection_blind_v8.json``)
      ``.venv/bin/python benchmarks/eval_injection_blind_v2.py --set v9 \
          --rev 425b924 --rev HEAD``
      (writes ``benchmarks/results/eval_injection_blind_v9.json``)
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SETS = ("v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9")


def fixture_for(name: str) -> Path:
    return ROOT / "tests" / "fixtures" / f"injection_blind_{name}.json"


def results_for(name: str) -> Path:
    return ROOT / "benchmarks" / "results" / f"eval_injection_blind_{name}.json"


FIXTURE = fixture_for("v2")
sys.path.insert(0, str(ROOT / "benchmarks"))
from eval_injection_blind import (  # noqa: E402
    errors,
    print_errors,
    score_rows,
    short,
    summarise,
)
from eval_injection_blind import load_rows as read_rows  # noqa: E402


def load_rows(path: Path = FIXTURE) -> list[dict[str, str]]:
    """The rows of a set (:func:`eval_injection_blind.load_rows`: v5's format too)."""
    return read_rows(path)


def git(*a: str) -> str:
    proc = subprocess.run(["git", "-C", str(ROOT), *a], capture_output=True, text=True,
                          check=True)
    return proc.stdout.strip()


def score_rev(rev: str, fixture: Path) -> dict[str, Any]:
    """Check out ``rev`` in a fresh worktree, score it in a subprocess, remove the worktree."""
    commit = git("rev-parse", "--short", rev)
    tree = Path(f"/tmp/gw_blind_{commit}_{os.getpid()}")
    git("worktree", "add", "--detach", str(tree), commit)
    try:
        src = tree / "src"
        env = dict(os.environ, PYTHONPATH=str(src))
        proc = subprocess.run([sys.executable, __file__, "--rows-only",
                               "--fixture", str(fixture)], env=env, check=True,
                              capture_output=True, text=True)
        result: dict[str, Any] = json.loads(proc.stdout)
        if not result["guardwire_file"].startswith(str(src.resolve())):
            raise SystemExit(f"{rev} imported {result['guardwire_file']}, not from {src}")
    finally:
        git("worktree", "remove", "--force", str(tree))
    commit_time = git("show", "-s", "--format=%cd", "--date=iso-strict", commit)
    return {"rev": rev, "commit": commit, "commit_time": commit_time, **result}


def print_table(rows: list[dict[str, str]], sides: list[dict[str, Any]]) -> None:
    label_of = {r["category"]: r["label"] for r in rows}
    cats = sorted(label_of, key=lambda c: (label_of[c], c))
    head = f"{'category':<26} {'label':<9} {'n':>4}"
    for s in sides:
        head += f" {s['commit'] + ' blk':>14}"
    print(head)
    for cat in cats:
        n = sides[0]["summary"]["per_category"][cat]["n"]
        line = f"{cat:<26} {label_of[cat]:<9} {n:>4}"
        for s in sides:
            line += f" {s['summary']['per_category'][cat]['blocked']:>14}"
        print(line)
    for name, key, num, nkey in (("FPR (benign blocked)", "fpr", "false_positives", "benign_n"),
                                 ("recall (attacks blocked)", "recall", "true_positives",
                                  "attack_n")):
        line = f"{name:<36} {sides[0]['summary'][nkey]:>4}"
        for s in sides:
            cell = f"{s['summary'][num]} ({s['summary'][key]:.3f})"
            line += f" {cell:>14}"
        print(line)


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--rows-only", action="store_true",
                    help="print per-row decisions as JSON (used for each commit's subprocess)")
    ap.add_argument("--rev", action="append", default=[],
                    help="commit to score (repeatable; the last one gets the error listing)")
    ap.add_argument("--set", choices=SETS, default="v2",
                    help="which blind set to score (default v2); sets --fixture and --out")
    ap.add_argument("--fixture", type=Path, default=None,
                    help="fixture to score instead of the --set one")
    ap.add_argument("--out", type=Path, default=None,
                    help="results file (default: results/eval_injection_blind_<set>.json)")
    args = ap.parse_args()

    fixture = (args.fixture or fixture_for(args.set)).resolve()
    out: Path = args.out or results_for(args.set)
    rows = load_rows(fixture)
    if args.rows_only:
        json.dump(score_rows(rows), sys.stdout)
        return
    revs = args.rev or ["HEAD"]
    sides = []
    for rev in revs:
        side = score_rev(rev, fixture)
        side["summary"] = summarise(rows, side["rows"])
        side["errors"] = errors(rows, side["rows"])
        sides.append(side)
        print(f"{rev}: {side['commit']} ({side['commit_time']}) {side['guardwire_file']}")
    print()
    print_table(rows, sides)
    last = sides[-1]
    print_errors(f"False positives at {last['rev']} ({last['commit']})",
                 last["errors"]["false_positives"])
    print_errors(f"Misses at {last['rev']} ({last['commit']})", last["errors"]["misses"])

    changed: list[dict[str, Any]] = []
    for i, row in enumerate(rows):
        verdicts = [s["rows"][i]["blocked"] for s in sides]
        if len(set(verdicts)) > 1:
            changed.append({"index": i, "category": row["category"], "label": row["label"],
                            "text": row["text"],
                            "blocked": {s["commit"]: v for s, v in zip(sides, verdicts,
                                                                       strict=True)}})
    print(f"\nRows whose decision differs between the commits: {len(changed)}")
    for c in changed:
        cells = " ".join(f"{k}={'block' if v else 'allow'}" for k, v in c["blocked"].items())
        print(f"  #{c['index']:<3} [{c['category']}] {cells}  {short(c['text'], 70)}")

    result: dict[str, Any] = {
        "set": args.set if args.fixture is None else None,
        "fixture": str(fixture.relative_to(ROOT) if fixture.is_relative_to(ROOT) else fixture),
        "fixture_commit": (git("log", "-1", "--format=%h %cd", "--date=iso-strict", "--",
                               str(fixture)) if fixture.is_relative_to(ROOT) else None),
        "guard": ("InjectionGuard() default threshold, Context() (a 'tool' row: the call's tool "
                  "result behind a fixed user request); blocked = action == 'block'"),
        "sides": [{"rev": s["rev"], "commit": s["commit"], "commit_time": s["commit_time"],
                   **s["summary"], **s["errors"]} for s in sides],
        "changed_decisions": changed,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")


if __name__ == "__main__":
    main()
