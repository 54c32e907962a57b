"""Options that were accepted and then had no effect are typed errors naming the option."""
from __future__ import annotations

from pathlib import Path

import pytest

from guardwire import ConfigError
from guardwire.config import load_routes
from guardwire.guards.grounding import GroundingGuard


@pytest.mark.parametrize("kwargs", [
    {"verifier_budget_ms": 10},
    {"verifier_on_error": "closed"},
    {"verifier_on_timeout": "closed"},
])
def test_verifier_options_without_a_verifier_are_an_error(kwargs: dict[str, object]) -> None:
    with pytest.raises(ConfigError) as err:
        GroundingGuard(**kwargs)  # type: ignore[arg-type]
    (key,) = kwargs
    assert err.value.path == key
    assert "without a verifier" in str(err.value)


def test_verifier_options_with_a_verifier_still_work() -> None:
    g = GroundingGuard(verifier=lambda sentence, docs: True, verifier_budget_ms=10,
                       verifier_on_error="closed")
    assert g.verifier_policy.budget_ms == 10 and g.verifier_policy.on_error == "closed"
    assert GroundingGuard().verifier_policy.budget_ms == 2000.0


def test_a_route_file_names_the_file_and_key_path(tmp_path: Path) -> None:
    cfg = tmp_path / "g.toml"
    cfg.write_text('[routes.r]\noutput = [{ use = "grounding", '
                   'with = { verifier_on_error = "closed" } }]\n')
    with pytest.raises(ConfigError) as err:
        load_routes(cfg)
    assert err.value.file is not None and err.value.file.endswith("g.toml")
    assert err.value.path == "routes.r.output[0].with.verifier_on_error", str(err.value)
    assert "without a verifier" in str(err.value)


@pytest.mark.parametrize("kwargs", [{"k1": 2.0}, {"b": 0.5}])
def test_bm25_options_with_jaccard_are_an_error(kwargs: dict[str, float]) -> None:
    from guardwire.guards.citations import CitationGuard

    with pytest.raises(ConfigError) as err:
        CitationGuard(method="jaccard", **kwargs)
    (key,) = kwargs
    assert err.value.path == key and "bm25" in str(err.value)
    with pytest.raises(ConfigError):
        CitationGuard(**kwargs)  # jaccard is the default method
    g = CitationGuard(method="bm25", **kwargs)
    assert getattr(g, key) == kwargs[key]


@pytest.mark.parametrize("kwargs", [{"template": "XX {label}"}, {"joiner": "; "},
                                    {"separator": " | "}])
def test_field_item_options_without_fields_are_an_error(kwargs: dict[str, str]) -> None:
    from guardwire.guards.footnotes import FootnoteGuard

    with pytest.raises(ConfigError) as err:
        FootnoteGuard(**kwargs)
    (key,) = kwargs
    assert err.value.path == key and "doc_template" in str(err.value)
    fields = {"year": "Years", "kind": "Kinds"}
    docs = [{"text": "a", "year": 2020, "kind": "x"}, {"text": "b", "year": 2021, "kind": "y"}]
    out = FootnoteGuard(fields=fields, **kwargs).build([1, 2], docs)
    default = FootnoteGuard(fields=fields).build([1, 2], docs)
    assert out != default  # with fields, the option takes effect


def test_a_threshold_for_an_entity_not_redacted_is_an_error() -> None:
    from guardwire.guards.pii.redact import PIIRedactor

    with pytest.raises(ConfigError) as err:
        PIIRedactor(entities=["EMAIL_ADDRESS"], thresholds={"PERSON": 0.9}, ner="off")
    assert err.value.path == "thresholds.PERSON" and "entities" in str(err.value)
    with pytest.raises(ConfigError) as err:
        PIIRedactor(entities=["EMAIL_ADDRESS"], thresholds={"PHONE_NUMBER": 0.9}, ner="off")
    assert err.value.path == "thresholds.PHONE_NUMBER"
    with pytest.raises(ConfigError) as err:
        PIIRedactor(thresholds={"PERSON": 0.9}, ner="off")
    assert "NER" in str(err.value)
    g = PIIRedactor(entities=["EMAIL_ADDRESS"], thresholds={"EMAIL_ADDRESS": 0.9}, ner="off")
    assert g.thresholds == {"EMAIL_ADDRESS": 0.9}


def test_max_threads_on_a_lone_soft_budget_guard_is_an_error(tmp_path: Path) -> None:
    cfg = tmp_path / "g.toml"
    cfg.write_text('[routes.r]\ninput = [{ use = "normalize", max_threads = 4 }]\n')
    with pytest.raises(ConfigError) as err:
        load_routes(cfg)
    assert err.value.path == "routes.r.input[0].max_threads", str(err.value)
    assert "soft budget" in str(err.value)
    # in a parallel group it bounds the member's threads, so it stays allowed there
    cfg.write_text('[routes.r]\noutput = [{ parallel = [{ use = "grounding", max_threads = 4 },'
                   ' "deny_regex"] }]\n'.replace('"deny_regex"', '{ use = "deny_regex", '
                                                 'with = { patterns = "x" } }'))
    assert load_routes(cfg)["r"].describe()["output"][0]["parallel"][0]["max_threads"] == 4


def test_max_threads_on_a_lone_soft_budget_step_is_an_error() -> None:
    from guardwire import Pipeline, step
    from guardwire.guards.normalize import Normalize

    with pytest.raises(ValueError, match="max_threads"):
        Pipeline(input=[step(Normalize(), max_threads=4)])
    Pipeline(input=[step(lambda text, ctx: None, max_threads=4, budget_ms=100)])


def test_citation_reason_counts_the_markers_actually_added() -> None:
    from guardwire import Context
    from guardwire.guards.citations import CitationGuard

    docs = ["Paris is the capital of France.", "Berlin is in Germany."]
    text = "Paris is the capital of France. We had two payment outages."
    d = CitationGuard(method="bm25", fallback_doc=0)(text, Context(docs=docs))
    assert d.text is not None and d.text.count("[") == 1
    assert d.reason.startswith("added citations to 1 sentence(s) (0 by fallback)"), d.reason
    assert d.data["fallback"] == 0 and d.data["uncited"] == 1
    d = CitationGuard(method="bm25")(text, Context(docs=docs))  # fallback_doc=1 does add one
    assert d.text is not None and d.text.count("[") == 2
    assert "2 sentence(s) (1 by fallback)" in d.reason and d.data["fallback"] == 1
