"""Latency of the ``pii`` guard vs raw Presidio (analyze + anonymize), same recognizers and model.

Raw Presidio: ``AnalyzerEngine`` with the guard's recognizers (Presidio's own phone recognizer
instead of the windowed one, Presidio's own ``SpacyRecognizer`` instead of the PERSON-aware one;
the offline email recognizer, so neither touches the network),
the full spaCy model
as ``spacy.load`` gives it (tok2vec, tagger, parser, attribute ruler, lemmatizer, ner) and the
default context enhancer, then ``AnonymizerEngine.anonymize`` (replace with ``<TYPE>``).
Guard: ``PIIRedactor()(text, Context())`` (detection, overlap resolution, placeholders, vault).
Both run interleaved on the same texts in one process; ratios compare medians of that run.

Texts: ~190 and ~2,000 characters built from ``../shared/evaldata/pii`` (presidio-research
synthetic data, MIT). Run: ``.venv/bin/python benchmarks/bench_pii.py [--rounds N]``.

``--restore``: the restorer instead (finding the URLs of an answer, a streamed answer, a long
stream without placeholders, an answer of mangled placeholders such as ``<EMAIL_ADDRESS1>``
whole and streamed — an older tree passes those on unrestored), written to
``bench_pii_restore.json``; ``--src PATH`` imports guardwire from another tree
(``git archive <commit> src | tar -x -C /tmp/old``) to compare; ``--cpu`` times the process's
CPU time instead of the wall clock (steadier on a loaded machine).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

if "--src" in sys.argv:  # another guardwire tree, for a before/after comparison
    sys.path.insert(0, sys.argv[sys.argv.index("--src") + 1])

from guardwire import Context
from guardwire.guards.pii import DEFAULT_ENTITIES, PIIRedactor, PIIRestorer, get_engine

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "evaldata" / "pii" / "presidio_synth_dataset_v2.jsonl"
OUT = ROOT / "benchmarks" / "results" / "bench_pii.json"


def texts(n_short: int = 40, n_long: int = 10) -> dict[str, list[str]]:
    rows = [json.loads(x)["text"] for x in DATA.read_text(encoding="utf-8").splitlines() if x]
    short = [t for t in rows if 170 <= len(t) <= 210][:n_short]
    long_: list[str] = []
    buf = ""
    for t in rows:
        buf = f"{buf} {t}" if buf else t
        if len(buf) >= 2000:
            long_.append(buf[:2000].rsplit(" ", 1)[0])
            buf = ""
            if len(long_) == n_long:
                break
    return {"190": short, "2000": long_}


def raw_presidio(model: str | None) -> Callable[[str], Any]:
    import spacy
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer, SpacyRecognizer
    from presidio_anonymizer import AnonymizerEngine

    from guardwire.guards.pii.engine import NER_ENTITIES
    from guardwire.guards.pii.recognizers import WindowedPhoneRecognizer

    def stock(r: Any) -> Any:
        if isinstance(r, WindowedPhoneRecognizer):
            return PhoneRecognizer()
        if isinstance(r, SpacyRecognizer):  # the guard's PERSON-aware subclass
            return SpacyRecognizer(supported_entities=sorted(NER_ENTITIES),
                                   supported_language="en")
        return r

    ours = get_engine(model).analyzer
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.recognizers = [stock(r) for r in ours.registry.recognizers]
    nlp_engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": model or "blank"}],
                                ner_model_configuration=ours.nlp_engine.ner_model_configuration)
    nlp_engine.nlp = {  # type: ignore[assignment]
        "en": spacy.load(model) if model else ours.nlp_engine.nlp["en"]}
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine,
                              supported_languages=["en"])
    anonymizer = AnonymizerEngine()  # type: ignore[no-untyped-call]
    entities = [e for e in DEFAULT_ENTITIES if model or e != "PERSON"]

    def run(text: str) -> Any:
        results = analyzer.analyze(text, language="en", entities=entities)
        return anonymizer.anonymize(text, results).text  # type: ignore[arg-type]

    return run


def guard_fn(ner: str) -> Callable[[str], Any]:
    guard = PIIRedactor(ner=ner, memo=0)  # memo off: every round analyses the text again
    guard.warm()
    return lambda text: guard(text, Context())


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))]


def measure(fns: dict[str, Callable[[str], Any]], items: list[str], rounds: int) -> dict[str, Any]:
    times: dict[str, list[float]] = {k: [] for k in fns}
    for fn in fns.values():  # warm
        for t in items[:3]:
            fn(t)
    for _ in range(rounds):
        for t in items:
            for name, fn in fns.items():
                t0 = time.perf_counter()
                fn(t)
                times[name].append((time.perf_counter() - t0) * 1000)
    return {k: {"p50_ms": statistics.median(v), "p95_ms": pct(v, 0.95), "n": len(v)}
            for k, v in times.items()}


def breakdown(model: str, items: list[str], rounds: int) -> dict[str, float]:
    """Where the time goes on these texts: median ms per text, steps measured interleaved."""
    import spacy
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer
    from presidio_anonymizer import AnonymizerEngine

    ours = get_engine(model)
    steps: dict[str, Callable[[str], Any]] = {
        "spacy: full pipeline (raw Presidio)": spacy.load(model),
        "spacy: full pipeline minus ner": spacy.load(model, exclude=["ner"]),
        "spacy: ner only, spaCy's decoder (nlp(text))": ours._ner_nlp_engine.nlp["en"],
        "spacy: ner only, GreedyNer decoder (guard)": ours._ner_nlp_engine.run,
        "spacy: blank tokenizer (guard, no NER type asked)":
            ours._blank_nlp_engine.nlp["en"],
    }
    art = ours._ner_nlp_engine.process_text(items[0], "en")
    phone = PhoneRecognizer()
    steps["recognizer: Presidio PhoneRecognizer (8 regions, whole text)"] = (
        lambda t: phone.analyze(t, ["PHONE_NUMBER"], art))
    for rec in ours.analyzer.registry.recognizers:
        ents = [e for e in rec.supported_entities if e in DEFAULT_ENTITIES]
        if ents and rec.name != "SpacyRecognizer":
            def run_one(t: str, r: Any = rec, e: list[str] = ents) -> Any:
                return r.analyze(t, e, art)

            steps[f"recognizer: {rec.name}"] = run_one
    analyzer = ours.analyzer
    anonymizer = AnonymizerEngine()  # type: ignore[no-untyped-call]
    results = {t: analyzer.analyze(t, language="en", entities=list(DEFAULT_ENTITIES))
               for t in items}
    steps["AnonymizerEngine.anonymize (raw Presidio)"] = (
        lambda t: anonymizer.anonymize(t, results[t]))
    times: dict[str, list[float]] = {k: [] for k in steps}
    for _ in range(rounds):
        for t in items:
            for name, fn in steps.items():
                t0 = time.perf_counter()
                fn(t)
                times[name].append((time.perf_counter() - t0) * 1000)
    return {k: statistics.median(v) for k, v in times.items()}


def decode_loops(model: str, items: list[str], rounds: int) -> dict[str, float]:
    """Median ms per text of the greedy decoding loops of raw Presidio's ``parser`` and
    ``ner`` (their ``predict`` minus their model's ``predict``) and of the guard's decoder."""
    import spacy

    nlp = spacy.load(model)
    before_parser = [p for n, p in nlp.pipeline if n in ("tok2vec", "tagger")]
    parser, ner = nlp.get_pipe("parser"), nlp.get_pipe("ner")
    greedy = get_engine(model)._ner_nlp_engine.run
    times: dict[str, list[float]] = {}

    def loop(name: str, pipe: Any, doc: Any) -> None:
        t0 = time.perf_counter()
        pipe.model.predict([doc]).clear_memory()
        t1 = time.perf_counter()
        pipe.predict([doc])
        t2 = time.perf_counter()
        times.setdefault(name, []).append(((t2 - t1) - (t1 - t0)) * 1000)

    for _ in range(rounds):
        for t in items:
            doc = nlp.make_doc(t)
            for proc in before_parser:
                proc(doc)
            loop("raw Presidio: parser decoding loop", parser, doc)
            loop("raw Presidio: ner decoding loop", ner, nlp.make_doc(t))
            doc = greedy.nlp.make_doc(t)
            step = greedy.ner.model.predict([doc])
            t1 = time.perf_counter()
            greedy._entities(step, len(doc), doc.to_array(["SENT_START", "ENT_IOB", "IS_SPACE"]))
            t2 = time.perf_counter()
            step.clear_memory()
            times.setdefault("guard: GreedyNer decoding", []).append((t2 - t1) * 1000)
    return {k: statistics.median(v) for k, v in times.items()}


CLOCK: Callable[[], float] = time.perf_counter  # time.process_time with --cpu


def best_ms(fn: Callable[[], Any], rounds: int, n: int) -> float:
    """The fastest of ``rounds`` runs of ``n`` calls, in ms per call."""
    best = float("inf")
    for _ in range(rounds):
        t0 = CLOCK()
        for _ in range(n):
            fn()
        best = min(best, (CLOCK() - t0) / n)
    return best * 1000


def restore_bench(rounds: int) -> dict[str, float]:
    from guardwire.guards.pii.urlspots import UrlIndex

    seg = ("Hi <PERSON_1>, see ![c](https://img.example/a.png?x=<EMAIL_ADDRESS_1>) and "
           "[d](https://d.example/). ")
    answer = (seg * 40)[:2500]  # 40 placeholders, 40 images, 40 links
    plain = ("The quick brown fox jumps over the lazy dog; see [docs](https://d.example/x) "
             "now. " * 400)[:30000]
    mangled = ("Hi <PERSON1>, mail <EMAIL_ADDRESS #1> or [EMAILADDRESS_1] now. " * 60)[:2500]
    ctx = Context()
    ctx.vault.put("<PERSON_1>", "Ada Lovelace")
    ctx.vault.put("<EMAIL_ADDRESS_1>", "ada@example.com")
    restorer = PIIRestorer()

    def stream(text: str, size: int) -> None:
        proc = restorer.start_stream(ctx)
        for i in range(0, len(text), size):
            proc.feed(text[i:i + size])
        proc.flush()

    return {
        "url_index_2500_fetched_ms": best_ms(lambda: UrlIndex(answer, links=False), rounds, 100),
        "url_index_2500_links_ms": best_ms(lambda: UrlIndex(answer, links=True), rounds, 100),
        "whole_answer_2500_ms": best_ms(lambda: restorer(answer, ctx), rounds, 50),
        "stream_2500_in_20_char_chunks_ms": best_ms(lambda: stream(answer, 20), rounds, 20),
        "stream_30k_plain_in_4_char_chunks_ms": best_ms(lambda: stream(plain, 4), rounds, 1),
        "mangled_answer_2500_ms": best_ms(lambda: restorer(mangled, ctx), rounds, 50),
        "stream_mangled_2500_in_20_char_chunks_ms": best_ms(lambda: stream(mangled, 20),
                                                             rounds, 20),
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--restore", action="store_true", help="time the restorer instead")
    ap.add_argument("--src", help="import guardwire from this tree (read before the imports)")
    ap.add_argument("--cpu", action="store_true", help="time CPU, not the wall clock")
    args = ap.parse_args()
    if args.cpu:
        global CLOCK
        CLOCK = time.process_time
    if args.restore:
        timings = restore_bench(args.rounds)
        for k, v in timings.items():
            print(f"{k:<40}{v:9.3f}")
        if not args.src:
            out = OUT.with_name("bench_pii_restore.json")
            out.write_text(json.dumps({"rounds": args.rounds, "clock": CLOCK.__name__,
                                       **timings}, indent=2) + "\n", encoding="utf-8")
            print(f"wrote {out.relative_to(ROOT)}")
        return 0
    sets = texts()
    report: dict[str, Any] = {"rounds": args.rounds, "texts": {k: len(v) for k, v in sets.items()},
                              "setups": {}}
    model = PIIRedactor().model
    setups = {"ner": (model, "auto"), "pattern-only": (None, "off")} if model else {
        "pattern-only": (None, "off")}
    print(f"{'setup':<14}{'text':>6}{'raw p50':>10}{'raw p95':>10}{'guard p50':>11}"
          f"{'guard p95':>11}{'ratio p50':>11}")
    for setup, (m, ner) in setups.items():
        fns = {"raw_presidio": raw_presidio(m), "guard": guard_fn(ner)}
        for size, items in sets.items():
            res = measure(fns, items, args.rounds)
            ratio = res["guard"]["p50_ms"] / res["raw_presidio"]["p50_ms"]
            res["ratio_p50"] = ratio
            res["ratio_p95"] = res["guard"]["p95_ms"] / res["raw_presidio"]["p95_ms"]
            report["setups"].setdefault(setup, {})[size] = res
            print(f"{setup:<14}{size:>6}{res['raw_presidio']['p50_ms']:>10.2f}"
                  f"{res['raw_presidio']['p95_ms']:>10.2f}{res['guard']['p50_ms']:>11.2f}"
                  f"{res['guard']['p95_ms']:>11.2f}{ratio:>11.2f}")
    if model:
        report["breakdown_ms_2000"] = bd = breakdown(model, sets["2000"], args.rounds)
        print("\nwhere the time goes on the 2,000-char texts (median ms per text):")
        for k, v in bd.items():
            print(f"  {k:<62}{v:8.2f}")
        report["decode_loops_ms"] = loops = {size: decode_loops(model, items, args.rounds)
                                             for size, items in sets.items()}
        print("\ngreedy decoding loops (median ms per text):")
        for size, res in loops.items():
            for k, v in res.items():
                print(f"  {size:>5} chars  {k:<48}{v:8.2f}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
