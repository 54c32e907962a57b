"""GreedyNer (guards/pii/greedy_ner.py) against spaCy's own NER decoder, on the same texts.

Every comparison is ``doc.ents`` plus each token's ``ent_iob``/``ent_type``, from the decoder
and from ``nlp(text)`` of the same NER-only pipeline. Texts: the evaluation texts (loaded from
../shared/evaldata, skipped without them), seeded random texts built from their words, and
edge cases. Skipped without an installed spaCy English model.
"""

from __future__ import annotations

import importlib.util
import json
import random
from pathlib import Path
from typing import Any

import pytest
import spacy

from guardwire.guards.pii import engine as engine_mod
from guardwire.guards.pii.greedy_ner import PERSON_START, GreedyNer

MODEL = next((m for m in engine_mod.AUTO_MODELS if importlib.util.find_spec(m)), None)
pytestmark = pytest.mark.skipif(MODEL is None, reason="no spaCy English model installed")
DATA = (Path(__file__).resolve().parents[2] / "shared" / "evaldata" / "pii"
        / "presidio_synth_dataset_v2.jsonl")


@pytest.fixture(scope="module")
def nlp() -> Any:
    return engine_mod.get_engine(MODEL)._ner_nlp_engine.nlp["en"]


@pytest.fixture(scope="module")
def greedy(nlp: Any) -> GreedyNer:
    return GreedyNer(nlp)


@pytest.fixture(scope="module")
def eval_texts() -> list[str]:
    if not DATA.exists():
        pytest.skip("evaldata not available")
    lines = DATA.read_text(encoding="utf-8").splitlines()
    return [json.loads(x)["text"] for x in lines if x.strip()]


def labels_of(doc: Any) -> tuple[list[tuple[int, int, str]], list[tuple[int, str]]]:
    return ([(e.start, e.end, e.label_) for e in doc.ents],
            [(t.ent_iob, t.ent_type_) for t in doc])


def assert_same(nlp: Any, greedy: GreedyNer, text: str) -> int:
    want = labels_of(nlp(text))
    assert labels_of(greedy(text)) == want, text[:120]
    return len(want[0])


def test_the_engine_uses_the_decoder_for_the_ner_pipeline_only() -> None:
    engine = engine_mod.get_engine(MODEL)
    assert isinstance(engine._ner_nlp_engine.run, GreedyNer)
    assert not GreedyNer.covers(engine._blank_nlp_engine.nlp["en"])  # no ner: plain spaCy
    full = spacy.load(str(MODEL))  # tagger, parser, …: not only ner
    assert not GreedyNer.covers(full)


def test_a_decoder_that_disagrees_with_spacy_on_the_probes_is_not_used(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    assert GreedyNer.for_pipeline(nlp) is not None
    monkeypatch.setattr(GreedyNer, "_entities", lambda *args: ([], None))  # finds nothing
    assert GreedyNer.for_pipeline(nlp) is None


def test_same_entities_as_spacy_on_the_evaluation_texts(
        nlp: Any, greedy: GreedyNer, eval_texts: list[str]) -> None:
    found = sum(assert_same(nlp, greedy, t) for t in eval_texts)
    assert found > len(eval_texts)  # the texts do exercise the entity moves
    # long texts (the benchmark's size and more): many entities, long decoding runs
    for i in range(0, 200, 20):
        assert_same(nlp, greedy, " ".join(eval_texts[i:i + 20]))


def test_same_entities_as_spacy_on_random_texts(
        nlp: Any, greedy: GreedyNer, eval_texts: list[str]) -> None:
    rng = random.Random(20261206)
    words = " ".join(eval_texts[:400]).split(" ")
    separators = [" ", " ", " ", "  ", "\n", "\n\n", "\t", " \n "]
    for _ in range(80):
        picked = [rng.choice(words) for _ in range(rng.randint(1, 200))]
        text = "".join(w + rng.choice(separators) for w in picked)
        mode = rng.random()
        text = (text.lower() if mode < 0.15 else text.upper() if mode < 0.3
                else text.title() if mode < 0.4 else text)
        assert_same(nlp, greedy, text)
        assert_same(nlp, greedy, text.strip())


@pytest.mark.parametrize("text", [
    "", " ", "\n\n", "John", "John Smith", "Mr. John Smith", "I met Barack Obama",
    "She moved from Paris to New York City", "  Angela Merkel  ", "aaaa " * 30,
])
def test_same_entities_as_spacy_on_edge_cases(nlp: Any, greedy: GreedyNer, text: str) -> None:
    assert_same(nlp, greedy, text)


def test_sentence_starts_block_entities_across_them_as_in_spacy(
        nlp: Any, greedy: GreedyNer, eval_texts: list[str]) -> None:
    # the guard's pipeline sets no sentence starts; the rule is still spaCy's: feed both
    # decoders the same sentencized Doc
    sentencizer = spacy.blank("en").add_pipe("sentencizer")
    ner = nlp.get_pipe("ner")
    texts = [" ".join(eval_texts[i:i + 5]).replace(" ", ". ", 3) for i in range(0, 300, 5)]
    texts += ["I met John. Smith was there.", "Visit New. York today"]
    for text in texts:
        want, got = sentencizer(nlp.make_doc(text)), sentencizer(nlp.make_doc(text))
        assert any(t.is_sent_start for t in got[1:]) or len(got) < 3
        ner(want)
        greedy._decode(got)
        assert labels_of(got) == labels_of(want), text[:120]


def test_person_start_scores_are_spacys_state_probabilities(nlp: Any, greedy: GreedyNer) -> None:
    # walk spaCy's own transition system along its greedy path; at every state without an
    # open entity, softmax the valid moves' scores: P(B-PERSON) + P(U-PERSON)
    import numpy as np

    ner = nlp.get_pipe("ner")
    moves = ner.moves
    classes = [moves.get_class_name(i) for i in range(moves.n_moves)]
    person = [i for i, c in enumerate(classes) if c in ("B-PERSON", "U-PERSON")]
    texts = ["Call Zorba Quill at the office in New York.\n  Then Maria  said hi to Wei Chen.",
             "why is vardeka so quiet? Ask Ilse Marwood-Quill, or Dr. Tamsin Orla."]
    for text in texts:
        got = greedy(text).user_data[PERSON_START]
        doc = nlp.make_doc(text)
        assert len(got) == len(doc)
        step = ner.model.predict([doc])
        state = moves.init_batch([doc])[0]
        checked = 0
        while not state.is_final():
            scores = step.predict([state])[0]
            valid = np.where([moves.is_valid(state, c) for c in classes], scores, -np.inf)
            if not state.entity_is_open():
                p = np.exp(valid - valid.max())
                assert got[state.B(0)] == pytest.approx(p[person].sum() / p.sum(), abs=1e-5)
                checked += 1
            moves.apply_transition(state, classes[int(valid.argmax())])
        step.clear_memory()
        assert checked > len(doc) // 2
    assert max(got) > 0.5 > min(got)  # names and other words
