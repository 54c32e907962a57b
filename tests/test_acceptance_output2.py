"""Acceptance review of the output guards, probed as a user would: the model owns the
language, the pipeline owns the truth. An answer is never emptied by a salvage guard,
authoritative values are written as given, a check that could not look is not a pass, and a
second pass changes nothing. (The provider adapters are in test_acceptance_adapters2.py.)"""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardwire import Context, Decision, Pipeline, guarded
from guardwire.guards.citations import CitationGuard
from guardwire.guards.footnotes import FootnoteGuard
from guardwire.guards.grounding import GroundingGuard
from guardwire.guards.schema import SchemaGuard
from guardwire.guards.slots import SlotFiller
from guardwire.guards.time_phrases import resolve_span, resolve_time_window

DOCS = [{"text": "Paris is the capital of France.", "title": "Paris"},
        {"text": "Berlin is the capital of Germany.", "title": "Berlin"}]


# --- footnotes ---------------------------------------------------------------------------

@pytest.mark.parametrize("answer", [
    "[1] Paris is the capital of France.",
    "[1] Paris is the capital of France.\n[2] Berlin is the capital of Germany.",
    "References: the capital of France is Paris [1].",
    "Sources: Paris is the capital [1].",
    "\n\nSources:",
])
def test_a_footnote_guard_never_removes_the_whole_answer_as_a_tail(answer: str) -> None:
    d = FootnoteGuard()(answer, Context(docs=DOCS))
    out = answer if d.text is None else d.text
    assert out.strip(), d
    assert answer.rstrip() in out  # only ever appended to


def test_many_tail_paragraphs_are_removed_in_one_pass_over_the_text(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Each removed paragraph used to re-scan the whole answer for paragraph breaks (O(n²):
    1.6 s for 4,000 short paragraphs)."""
    import guardwire.guards.footnotes as fn

    real, scans = fn._PARA_BREAK, []

    class Counting:
        def finditer(self, text: str) -> Any:
            scans.append(len(text))
            return real.finditer(text)

    monkeypatch.setattr(fn, "_PARA_BREAK", Counting())
    answer = "Paris is the capital [1]." + "\n\nSources: x" * 50
    assert FootnoteGuard().strip_tail(answer) == "Paris is the capital [1]."
    assert len(scans) == 1


def test_a_real_tail_after_the_answer_is_still_replaced() -> None:
    d = FootnoteGuard()("Paris is the capital [1].\n\nSources:\n[1] made-up title",
                        Context(docs=DOCS))
    assert d.text == "Paris is the capital [1].\n\n[1] Paris"


def test_a_missing_metadata_value_skips_the_footnote_line_instead_of_printing_none() -> None:
    docs = [{"text": "Paris.", "title": None}, {"text": "Berlin.", "title": "Berlin"}]
    d = FootnoteGuard()("Paris [1]. Berlin [2].", Context(docs=docs))
    assert d.text == "Paris [1]. Berlin [2].\n\n[2] Berlin"
    d = FootnoteGuard(fields={"ts": "Timestamps"})(
        "Paris [1][2].", Context(docs=[{"text": "p", "ts": math.nan}, {"text": "q", "ts": "9:00"}]))
    assert d.text == "Paris [1][2].\n\nTimestamps: 9:00."


# --- citations ---------------------------------------------------------------------------

def test_stripping_every_unknown_marker_leaves_a_cited_answer_not_an_uncited_one() -> None:
    g = CitationGuard(on_unknown_marker="strip")
    d = g("Paris is the capital of France [5]. Berlin is the capital of Germany [6].",
          Context(docs=DOCS))
    assert d.action == "rewrite"
    assert d.text == "Paris is the capital of France [1]. Berlin is the capital of Germany [2]."
    assert d.data["unknown_markers"] == [5, 6] and d.data["citations_injected"] is True


def test_stripping_unknown_markers_never_empties_the_answer() -> None:
    d = CitationGuard(on_unknown_marker="strip")("[5]", Context(docs=DOCS))
    assert (d.text if d.text is not None else "[5]").strip()
    assert d.fired and d.data["unknown_markers"] == [5]


# --- grounding ---------------------------------------------------------------------------

@pytest.mark.parametrize("answer", ["It is 500 metres.", "It costs $4500.", "Height: 999m.",
                                    "東京の人口は9999万人です。"])
def test_a_made_up_number_in_a_short_sentence_is_still_checked(answer: str) -> None:
    docs = ["The Eiffel Tower is 330 metres tall.", "東京の人口は1400万人です。"]
    d = GroundingGuard()(answer, Context(docs=docs))
    assert d.fired, d
    assert d.data["unsupported"][0]["missing_numbers"]


def test_short_sentences_without_numbers_are_still_not_claims() -> None:
    d = GroundingGuard()("Yes. It is 330 metres.", Context(docs=["The tower is 330 metres."]))
    assert not d.fired and d.data["checked"] == 1


def test_full_width_digits_are_the_same_number() -> None:
    d = GroundingGuard()("The tower is ３３０ metres tall in Paris.",
                         Context(docs=["The tower in Paris is 330 metres tall."]))
    assert not d.fired, d


# --- slots -------------------------------------------------------------------------------

def fill_both_ways(filler: SlotFiller, text: str, slots: dict[str, Any]) -> tuple[Decision, str]:
    d = filler(text, Context(metadata={"slots": slots}))
    proc = filler.start_stream(Context(metadata={"slots": slots}))
    return d, proc.feed(text) + proc.flush()


@pytest.mark.parametrize("value", ["Use {placeholder} here", "<sum>", "a <b>c</b> {x}"])
def test_a_slot_value_is_written_as_given_not_scanned_for_slots(value: str) -> None:
    d, streamed = fill_both_ways(SlotFiller(), "Hello <name>!", {"name": value})
    assert d.text == f"Hello {value}!"
    assert streamed == d.text


def test_a_slot_joined_by_a_fill_is_still_resolved() -> None:
    d, _ = fill_both_ways(SlotFiller(), "a <x<sum>y> b", {"sum": 2})
    assert d.text == "a b"


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_a_non_finite_number_is_not_a_value(value: float) -> None:
    d = SlotFiller()("Seen <x> times.", Context(metadata={"slots": {"x": value}}))
    assert d.text == "Seen times."
    assert d.data["stripped"] == ["x"] and "x" in d.data["resolver_errors"]


def test_per_request_slot_names_are_case_insensitive_like_resolvers() -> None:
    for text in ("<TOTAL>", "<total>", "<Total>"):
        d = SlotFiller()(f"Total: {text}.", Context(metadata={"slots": {"Total": 5}}))
        assert d.text == "Total: 5.", text


def test_resolver_names_that_differ_only_in_case_are_a_config_error() -> None:
    from guardwire import ConfigError

    with pytest.raises(ConfigError, match="same slot"):
        SlotFiller(resolvers={"Total": lambda c: 1, "total": lambda c: 2})


def test_per_request_slots_may_be_any_mapping() -> None:
    from types import MappingProxyType

    d = SlotFiller()("Total: <total>.", Context(metadata={"slots": MappingProxyType({"total": 5})}))
    assert d.text == "Total: 5."


def test_an_answer_made_only_of_unknown_slots_is_blocked_not_emptied() -> None:
    d = SlotFiller()(" <nothing> ", Context())
    assert d.action == "block" and d.data["stripped"] == ["nothing"]


# --- time phrases ------------------------------------------------------------------------

@pytest.mark.parametrize("unit,start", [("day", datetime(2026, 9, 1, 12)),
                                        ("week", datetime(2026, 8, 26, 12)),
                                        ("month", datetime(2026, 8, 2, 12)),
                                        ("year", datetime(2025, 9, 2, 12))])
def test_the_past_unit_is_a_rolling_window_not_the_default_lookback(unit: str,
                                                                    start: datetime) -> None:
    ref = datetime(2026, 9, 2, 12, 0)
    window = resolve_time_window(f"errors in the past {unit}", ref)
    assert window == (start, ref)
    assert resolve_span(f"past {unit}", ref) == window


@pytest.mark.parametrize("phrase,ref,day", [
    ("a month ago", datetime(2026, 9, 2), datetime(2026, 8, 2)),     # was 3 August (30 days)
    ("a month ago", datetime(2026, 3, 31), datetime(2026, 2, 28)),   # was 1 March
    ("a year ago", datetime(2024, 9, 2), datetime(2023, 9, 2)),      # was 3 Sept (365 days)
    ("a year ago", datetime(2024, 2, 29), datetime(2023, 2, 28)),    # was 1 March
    ("in 2 months", datetime(2026, 12, 31), datetime(2027, 2, 28)),
    ("3 days ago", datetime(2026, 3, 1), datetime(2026, 2, 26)),
])
def test_months_and_years_are_counted_on_the_calendar(phrase: str, ref: datetime,
                                                      day: datetime) -> None:
    assert resolve_span(phrase, ref) == (day, day + timedelta(days=1))


# --- schema ------------------------------------------------------------------------------

@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_a_non_finite_number_is_not_json_whether_or_not_a_vault_is_set(literal: str) -> None:
    text = f'{{"score": {literal}}}'
    plain = SchemaGuard(dict[str, float])(text, Context())
    ctx = Context()
    ctx.vault.put("<PERSON_1>", "Ann")
    with_vault = SchemaGuard(dict[str, float])(text, ctx)
    assert plain.action == with_vault.action == "reask"
    assert plain.data["failure"] == with_vault.data["failure"] == "not_json"


# --- CJK sentences -----------------------------------------------------------------------

def test_each_cjk_sentence_gets_its_own_marker_before_its_full_stop() -> None:
    docs = ["东京是日本的首都", "大阪很大"]
    d = CitationGuard(method="bm25")("东京是日本的首都。大阪很大！", Context(docs=docs))
    assert d.text == "东京是日本的首都[1]。大阪很大[2]！"


def test_a_cjk_quote_followed_by_its_sentence_is_one_sentence() -> None:
    from guardwire.guards._text import split_sentences

    text = "「京都は古い。」と彼は言った。「はい。」「いいえ。」"
    assert [s.of(text) for s in split_sentences(text)] == [
        "「京都は古い。」と彼は言った。", "「はい。」", "「いいえ。」"]


@pytest.mark.parametrize("rewrite,expected", [
    ("[urgent] errors", "[urgent] errors, last week"),
    ('["errors"]', None),
    ('{"q": "errors"}', None),
])
def test_only_a_json_rewrite_is_left_unspliced(rewrite: str, expected: str | None) -> None:
    from guardwire.guards.time_phrases import TimePhraseGuard

    d = TimePhraseGuard()(rewrite, Context(original_input="errors last week",
                                           reference_time=datetime(2026, 9, 2)))
    assert d.text == expected and d.fired


# --- markers written right after a word ----------------------------------------------------

@pytest.mark.parametrize("answer,numbers", [
    ("Paris is the capital of France[1].", [1]),          # Wikipedia style
    ("Paris is the capital[1][2] of France.", [1, 2]),
    ("Paris is the capital of France[^2].", [2]),          # a Markdown footnote reference
    ("東京は日本の首都です[1]。", [1]),
    ('He wrote "Paris is the capital[1]" twice.', [1]),
    ("It is **the capital[2]**.", [2]),
])
def test_a_marker_right_after_a_word_is_a_citation_not_a_reason_to_add_one(
        answer: str, numbers: list[int]) -> None:
    from guardwire.guards.citations import cited_doc_numbers

    assert cited_doc_numbers(answer) == numbers
    d = CitationGuard()(answer, Context(docs=DOCS))
    assert d.action == "allow", d.text


@pytest.mark.parametrize("text", ["x = a[1] + b[2]", "Set obj.items[1] first.",
                                  "Call f(a[1]) now.", "Then a[1].name changes.",
                                  "values[1]=2", "arr_2[1] is it."])
def test_code_like_indexing_is_still_not_a_marker(text: str) -> None:
    from guardwire.guards.citations import find_citation_markers

    assert find_citation_markers(text) == []



# --- properties: never empty, a second pass changes nothing ----------------------------------

_ATOMS = ["Paris", " is ", "the capital", ".", "\n\n", "\n", "[1]", "[2]", "[7]", "[^1]",
          "Sources:", "References: ", "- ", "1. ", "# H\n", "```\ncode\n```", "`x`", "東京",
          "。", "!", "?", " ", "---", "[1] Paris", "Timestamps: 9:00.", "<sum>", "{x}", "<b>",
          "😀", "\u0301", "France[1]", "a[1]"]
_GUARDS = [CitationGuard(), CitationGuard(on_unknown_marker="strip"), CitationGuard(method="bm25"),
           FootnoteGuard(), FootnoteGuard(fields={"ts": "Timestamps"}), SlotFiller()]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_ATOMS), max_size=12).map("".join),
       st.sampled_from(range(len(_GUARDS))))
def test_property_output_guards_never_empty_an_answer_and_settle(text: str, which: int) -> None:
    guard = _GUARDS[which]
    d = guard(text, Context(docs=DOCS))
    if d.action != "rewrite":
        return
    assert d.text is not None and (d.text.strip() or not text.strip())
    if not isinstance(guard, SlotFiller):  # citations and footnotes: idempotent
        assert guard(d.text, Context(docs=DOCS)).action == "allow", d.text


# --- grounding verifier answers --------------------------------------------------------------

@pytest.mark.parametrize("answer,state", [
    ("no", "unsupported"), ("False", "unsupported"), ("unsupported", "unsupported"),
    ("yes", "supported"), (" TRUE\n", "supported"), (0.7, "supported"), (0.2, "unsupported"),
    ("I think so, maybe", "error"), (None, "error"), ({"supported": True}, "error"),
    (math.nan, "error"),
])
def test_a_verifier_answer_is_read_strictly_never_as_a_truthy_object(answer: Any,
                                                                      state: str) -> None:
    g = GroundingGuard(verifier=lambda sentence, docs: answer, verifier_on_error="closed")
    p = Pipeline(output=[g])
    v = p.check_output("The tower is 999 metres tall.", Context(docs=["The tower is tall."]))
    d = v.decisions[0]
    assert d.data["verifier"][state] == 1, d.data
    assert d.fired == (state != "supported")  # closed: an error keeps the flag


# --- time phrases and a rewrite in a code fence ------------------------------------------------

@pytest.mark.parametrize("rewrite", ["```json\n{\"q\": \"errors\"}\n```",
                                     "Here is the query:\n```\nerrors\n```",
                                     "~~~sql\nSELECT * FROM errors;\n~~~\n",
                                     "```\nerrors"])
def test_a_rewrite_ending_in_a_code_block_is_flagged_not_spliced(rewrite: str) -> None:
    """Appending after the closing fence broke it; inside, it would break the code (SQL)."""
    from guardwire.guards.time_phrases import TimePhraseGuard

    d = TimePhraseGuard()(rewrite, Context(original_input="errors yesterday",
                                           reference_time=datetime(2026, 9, 2)))
    assert d.action == "allow" and d.fired and d.data["missing"] == ["yesterday"]



def test_a_grounding_reask_never_sends_a_redacted_value_back_to_the_model() -> None:
    """With pii_restore before grounding, the flagged sentences hold the real values."""
    from guardwire.guards.pii import PIIRedactor
    from guardwire.guards.pii.restore import PIIRestorer
    from guardwire.testing import FakeLLM

    llm = FakeLLM(["The contact <EMAIL_ADDRESS_1> moved to Mars in 2999.", "I do not know."])
    p = Pipeline(input=[PIIRedactor(ner="off")],
                 output=[PIIRestorer(), GroundingGuard(on_unsupported="reask")])
    out = guarded(llm.chat, pipeline=p)(
        messages=[{"role": "user", "content": "Where is ada@example.com?"}],
        guard_ctx=Context(docs=["Ada lives in London."]))
    assert out == "I do not know." and len(llm.calls) == 2
    assert "ada@example.com" not in repr(llm.calls)
    assert "The contact <EMAIL_ADDRESS_1> moved to Mars" in llm.calls[1]["prompt"]



@pytest.mark.parametrize("phrase,hours", [("the last hour", 1), ("the past 2 hours", 2),
                                          ("within the last 30 minutes", 0.5),
                                          ("the past 90 minutes", 1.5)])
@pytest.mark.parametrize("ref", [datetime(2026, 3, 29, 3, 30),              # spring forward
                                 datetime(2026, 10, 25, 2, 30, fold=1)])    # fall back
def test_hours_across_a_dst_change_are_real_hours(phrase: str, hours: float,
                                                  ref: datetime) -> None:
    from zoneinfo import ZoneInfo

    ref = ref.replace(tzinfo=ZoneInfo("Europe/Berlin"))
    start, end = resolve_span(phrase, ref)  # type: ignore[misc]
    assert end == ref and end.timestamp() - start.timestamp() == hours * 3600
    assert start.tzinfo is ref.tzinfo
