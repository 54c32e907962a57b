"""The retrieved-text rules (``guards/injection/retrieved.py``) on benign and attack text.

    .venv/bin/python benchmarks/eval_injection_retrieved.py     # ~2-5 minutes

They run on documents (``scan_docs``) and tool results only, so what matters is how often they
fire on benign text a tool or a retriever brings back. Counts, per set, of texts on which one of
them fires (JSON in benchmarks/results/eval_injection_retrieved.json):

- every row of ../shared/evaldata/prompt_injection/*.jsonl, by subset and label;
- the standard library's docstrings and the venv's package READMEs (as in
  ``eval_injection_external.py``);
- the text files of /usr/share/doc and the man pages in /usr/share/man/man{1,3,5,8}
  (machine-dependent: whatever is installed; each file's first 200,000 characters);
- the guard with ``scan_docs=True, scan_input=False`` on the benign rows of at least 500
  characters of ``extra_train.jsonl`` (the shipped classifier saw these rows: an in-sample
  figure, reported for what blocks them, rules or classifier).
"""

from __future__ import annotations

import gzip
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
import eval_injection_external as ext  # noqa: E402

from guardwire import Context  # noqa: E402
from guardwire.guards.injection import InjectionGuard, normalised_view  # noqa: E402
from guardwire.guards.injection.retrieved import retrieved_hits  # noqa: E402

DATA = REPO.parent / "shared" / "evaldata" / "prompt_injection"
OUT = REPO / "benchmarks" / "results" / "eval_injection_retrieved.json"
SYSTEM_DIRS = ("/usr/share/doc", "/usr/share/man/man1", "/usr/share/man/man3",
               "/usr/share/man/man5", "/usr/share/man/man8")


def fired(text: str) -> list[str]:
    return [h.rule_id for h in retrieved_hits(normalised_view(text), 1.0)]


def system_files() -> tuple[int, list[dict[str, Any]]]:
    n, out = 0, []
    for root in SYSTEM_DIRS:
        for dirpath, _, names in os.walk(root):
            for name in sorted(names):
                path = os.path.join(dirpath, name)
                if os.path.islink(path) or os.path.getsize(path) > 400_000:
                    continue
                try:
                    raw = (gzip.decompress(Path(path).read_bytes()) if name.endswith(".gz")
                           else Path(path).read_bytes())
                    text = raw.decode("utf-8")[:200_000]
                except (OSError, UnicodeDecodeError, EOFError, gzip.BadGzipFile):
                    continue
                if "\x00" in text:
                    continue
                n += 1
                ids = fired(text)
                if ids:
                    out.append({"path": path, "rule_ids": ids})
    return n, out


def main() -> int:
    t0 = time.perf_counter()
    rows = [{**json.loads(line), "file": name}
            for name in ("prompt_injection.jsonl", "extra_train.jsonl")
            for line in (DATA / name).read_text(encoding="utf-8").split("\n") if line]
    total: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    for r in rows:
        key = f"{r['subset']} ({'attack' if r['label'] else 'benign'})"
        total[key] += 1
        hit[key] += bool(fired(r["text"]))
    benign = [k for k in total if k.endswith("(benign)")]
    result: dict[str, Any] = {
        "evaldata": {"benign_rows": sum(total[k] for k in benign),
                     "benign_fired": sum(hit[k] for k in benign),
                     "attack_rows": sum(total[k] for k in total if k not in benign),
                     "attack_fired": sum(hit[k] for k in total if k not in benign),
                     "fired_by_subset": {k: v for k, v in sorted(hit.items()) if v}},
    }
    for name, docs in (("stdlib_docstrings", ext.stdlib_docstrings()),
                       ("package_readmes", ext.package_readmes())):
        flagged = [{"where": w, "rule_ids": ids} for w, t in docs if (ids := fired(t))]
        result[name] = {"n": len(docs), "fired": len(flagged), "examples": flagged[:10]}
    n, flagged = system_files()
    result["system_docs"] = {"n": n, "fired": len(flagged), "examples": flagged[:10]}
    guard = InjectionGuard(scan_docs=True, scan_input=False, scan_budget_ms=None)
    blocked: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    why: Counter[str] = Counter()
    for r in rows:
        if r["label"] == 0 and len(r["text"]) >= 500 and r["file"] == "extra_train.jsonl":
            d = guard("question", Context(docs=[r["text"]]))
            seen[r["subset"]] += 1
            if d.action == "block":
                blocked[r["subset"]] += 1
                why.update(d.data["rule_ids"] or ["classifier"])
    result["doc_mode_guard_in_sample"] = {
        "docs": sum(seen.values()), "blocked": sum(blocked.values()),
        "blocked_by_subset": dict(sorted(blocked.items())), "why": dict(why.most_common())}
    result["elapsed_s"] = round(time.perf_counter() - t0, 1)
    e = result["evaldata"]
    print(f"evaldata: benign {e['benign_fired']}/{e['benign_rows']}, "
          f"attack {e['attack_fired']}/{e['attack_rows']}")
    for k in ("stdlib_docstrings", "package_readmes", "system_docs"):
        print(f"{k}: {result[k]['fired']}/{result[k]['n']}")
    g = result["doc_mode_guard_in_sample"]
    print(f"guard, benign documents >= 500 chars (in-sample): {g['blocked']}/{g['docs']} "
          f"blocked {g['blocked_by_subset']}")
    OUT.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(REPO)} ({result['elapsed_s']} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
