"""Issue 4's acceptance goal "zero detected values in what the FakeLLM receives", checked on
the public synthetic PII rows (loaded at run time from ../shared/evaldata, never copied here):
every value the redactor finds in a row is absent from the messages the fake model is sent
when the same row goes through ``guarded``, and the answer comes back restored."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from guardwire import Context, Pipeline, guarded
from guardwire.guards.pii import PIIRedactor
from guardwire.guards.pii import engine as engine_mod
from guardwire.testing import FakeLLM

DATA = (Path(__file__).resolve().parents[2] / "shared" / "evaldata" / "pii"
        / "presidio_synth_dataset_v2.jsonl")
HAS_MODEL = any(importlib.util.find_spec(m) for m in engine_mod.AUTO_MODELS)
TYPED = re.compile(r"<[A-Z_]+_\d+>")


def _rows(n: int) -> list[str]:
    if not DATA.exists():
        pytest.skip(f"evaldata not present: {DATA}")
    lines = DATA.read_text(encoding="utf-8").splitlines()
    return [json.loads(x)["text"] for x in lines[:n]]


@pytest.mark.parametrize("ner", ["off", pytest.param("auto", marks=pytest.mark.skipif(
    not HAS_MODEL, reason="no spaCy NER model installed"))])
def test_no_detected_value_reaches_the_model(ner: str) -> None:
    redactor = PIIRedactor(ner=ner)
    checked = 0
    for text in _rows(400):
        ctx = Context()
        redactor(text, ctx)
        values = [v for p, v in ctx.vault.items() if TYPED.fullmatch(p)]
        llm = FakeLLM(lambda prompt: prompt)  # echoes what it was sent
        answer = guarded(llm.chat, pipeline=Pipeline(input=[PIIRedactor(ner=ner)]))(
            messages=[{"role": "user", "content": text}])
        sent = json.dumps(llm.calls[0]["messages"], ensure_ascii=False)
        for value in values:
            pattern = r"(?<!\w)" + re.escape(json.dumps(value, ensure_ascii=False)[1:-1]) \
                + r"(?!\w)"
            assert re.search(pattern, sent) is None, (value, sent)
        assert answer == text  # the echo comes back with every value restored
        checked += len(values)
    assert checked > (50 if ner == "off" else 300)  # the rows hold values: not vacuous
