"""Tests for guardwire.guards.time_phrases: finder, resolver and the restoration guard."""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import guardwire
from guardwire import Context
from guardwire.exceptions import ConfigError
from guardwire.guards.time_phrases import (
    DEFAULT_LOOKBACK,
    TimePhraseGuard,
    find_time_phrases,
    resolve_time_window,
    splice,
)
from guardwire.guards.time_phrases.guard import missing_phrases

REF = datetime(2026, 9, 2, 15, 30)  # a Wednesday
DATA = (Path(__file__).resolve().parents[1] / "../shared/evaldata/time_phrases"
        / "recognizers_text_en_datetime.jsonl")


def texts(text: str) -> list[str]:
    return [s.text for s in find_time_phrases(text)]


# ---- find_time_phrases -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("how many times last week, around 25 August", ["last week", "around 25 August"]),
    ("what happened yesterday afternoon?", ["yesterday afternoon"]),
    ("logins 3 days ago", ["3 days ago"]),
    ("errors over the past two months", ["the past two months"]),
    ("the shop is open from 9 to 5", ["from 9 to 5"]),
    ("anything between Monday and Wednesday?", ["between Monday and Wednesday"]),
    ("deploys before 2019 or after March 3", ["before 2019", "after March 3"]),
    ("the job ran at 10:30 pm on 2024-05-01", ["at 10:30 pm on 2024-05-01"]),
    ("sent 05/06/2024 and 2024-06-07T08:00:00Z", ["05/06/2024", "2024-06-07T08:00:00Z"]),
    ("meet on Friday the 13th at noon", ["Friday the 13th at noon"]),
    ("revenue in Q3 2024 vs FY23", ["Q3 2024", "FY23"]),
    ("we met tomorrow morning at 8am", ["tomorrow morning at 8am"]),
    ("ship it next Monday or by the end of the month", ["next Monday", "by the end of the month"]),
    # the zone belongs to the clock time (it split the phrase in two, and was lost)
    ("jobs that ran at 03:00 UTC in the first week of March",
     ["at 03:00 UTC in the first week of March"]),
])
def test_finds_whole_phrases(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize("text", [
    "May I ask what this is for?", "You may want to check.", "They march in step.",
    "Wait a second.", "The sun is bright.", "Send me the 2nd draft.",
    "Upgrade to version 3.10.2 and Python 3.12.", "They won 3-1 in the final.",
    "Book a 1:1 with Sam.", "We shipped 2000 pieces.", "Jan said hello.", "Good morning team.",
    "Add 1/2 cup of sugar.", "Call 555-1212.", "this may be a problem", "It costs $2019.",
])
def test_does_not_fire_on_lookalikes(text: str) -> None:
    assert texts(text) == []


def test_span_fields_match_the_source_and_do_not_overlap() -> None:
    text = "From Monday 9am to Friday 5pm, then 3 days ago and next week; also 2024-01-02."
    spans = find_time_phrases(text)
    assert spans
    for s in spans:
        assert text[s.start:s.end] == s.text
        assert s.kind
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


def test_overlapping_matches_merge_to_the_longest() -> None:
    [span] = find_time_phrases("see you on 25 August 2024 at 3pm")
    assert span.text == "25 August 2024 at 3pm"
    assert span.kind == "datetime"


def test_empty_text() -> None:
    assert find_time_phrases("") == []


# ---- resolve_time_window -----------------------------------------------------------------

def day(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("yesterday", day(2026, 9, 1), day(2026, 9, 2)),
    ("last week", day(2026, 8, 24), day(2026, 8, 31)),
    ("3 days ago", day(2026, 8, 30), day(2026, 8, 31)),
    ("on 25 August", day(2026, 8, 25), day(2026, 8, 26)),
    ("on 25 December", day(2025, 12, 25), day(2025, 12, 26)),  # latest past occurrence
    ("in 2019", day(2019, 1, 1), day(2020, 1, 1)),
    ("from 9 to 5", datetime(2026, 9, 2, 9), datetime(2026, 9, 2, 17)),
    ("between Monday and Wednesday", day(2026, 8, 31), day(2026, 9, 3)),
    ("yesterday afternoon", datetime(2026, 9, 1, 12), datetime(2026, 9, 1, 18)),
    ("next Monday", day(2026, 9, 7), day(2026, 9, 8)),
    ("the first week of March", day(2026, 3, 1), day(2026, 3, 8)),
    ("the last hour", datetime(2026, 9, 2, 14, 30), REF),
    ("from 10:15 to 10:45", datetime(2026, 9, 2, 10, 15), datetime(2026, 9, 2, 10, 45)),
    ("at 2024-05-01T10:30:00Z", datetime(2024, 5, 1, 10, 30), datetime(2024, 5, 1, 11, 30)),
])
def test_resolves_common_phrases(text: str, start: datetime, end: datetime) -> None:
    assert resolve_time_window(text, REF) == (start, end)


def test_rolling_windows_end_at_the_reference() -> None:
    start, end = resolve_time_window("errors in the past two months", REF)
    assert end == REF
    assert 55 <= (end - start).days <= 62


def test_around_widens_the_window() -> None:
    plain = resolve_time_window("on 25 August", REF)
    around = resolve_time_window("around 25 August", REF)
    assert around[0] < plain[0] and around[1] > plain[1]


@pytest.mark.parametrize("text", ["", "hello there", "May I ask?", "version 3.10",
                                  "99999 years ago", "the past 99999 decades"])
def test_default_window_when_nothing_parses(text: str) -> None:
    assert resolve_time_window(text, REF) == (REF - DEFAULT_LOOKBACK, REF)
    assert timedelta(days=3) == DEFAULT_LOOKBACK


def test_several_phrases_give_their_union() -> None:
    start, end = resolve_time_window("yesterday and on 25 August", REF)
    assert (start, end) == (day(2026, 8, 25), day(2026, 9, 2))


def test_timezone_of_the_reference_is_kept() -> None:
    tz = timezone(timedelta(hours=2))
    ref = REF.replace(tzinfo=tz)
    start, end = resolve_time_window("yesterday", ref)
    assert start.tzinfo is tz and end.tzinfo is tz
    assert start == datetime(2026, 9, 1, tzinfo=tz)


def test_each_conversation_uses_its_own_reference_time() -> None:
    a = Context(reference_time=datetime(2026, 1, 10, 12))
    b = Context(reference_time=datetime(2025, 6, 10, 12))
    wa = resolve_time_window("yesterday", a.now())
    wb = resolve_time_window("yesterday", b.now())
    assert wa[0] == datetime(2026, 1, 9) and wb[0] == datetime(2025, 6, 9)


# ---- TimePhraseGuard ---------------------------------------------------------------------

def ctx(original: str) -> Context:
    return Context(original_input=original, reference_time=REF)


def test_restores_a_dropped_phrase_before_the_final_punctuation() -> None:
    guard = TimePhraseGuard()
    d = guard("How many times did it happen last week?",
              ctx("how many times last week, around 25 August?"))
    assert d.action == "rewrite"
    assert d.text == "How many times did it happen last week, around 25 August?"
    assert list(d.data["restored"]) == ["around 25 August"]
    assert d.fired


def test_allows_when_every_phrase_is_kept() -> None:
    d = TimePhraseGuard()("errors last week around 25 August",
                          ctx("errors last week, around 25 August"))
    assert d.action == "allow" and not d.fired


def test_a_restated_date_counts_as_kept() -> None:
    d = TimePhraseGuard()("logins on August 25", ctx("logins on 25 August"))
    assert d.action == "allow"


def test_pii_placeholders_count_as_their_values() -> None:
    c = ctx("errors on 25 August")
    c.vault.put("<DATE_TIME_1>", "25 August")
    assert TimePhraseGuard()("errors on <DATE_TIME_1>", c).action == "allow"


def test_allows_without_original_input_or_time_phrases() -> None:
    guard = TimePhraseGuard()
    assert guard("anything", Context()).action == "allow"
    assert guard("list the errors", ctx("show me all errors")).action == "allow"


def test_sentence_initial_phrase_is_lowercased_when_appended() -> None:
    d = TimePhraseGuard()("Which deploys failed?",
                          ctx("Yesterday afternoon, which deploys failed?"))
    assert d.text == "Which deploys failed, yesterday afternoon?"


def test_structured_rewrite_is_flagged_not_spliced() -> None:
    d = TimePhraseGuard()('{"query": "errors"}', ctx("errors since Monday"))
    assert d.action == "allow" and d.fired
    assert list(d.data["missing"]) == ["since Monday"]


def test_kinds_option_limits_what_is_restored() -> None:
    guard = TimePhraseGuard(kinds=["relative"])
    d = guard("errors", ctx("errors last week and 2024-05-01"))
    assert list(d.data["restored"]) == ["last week"]


def test_max_restore_reports_the_rest() -> None:
    d = TimePhraseGuard(max_restore=1)("errors", ctx("errors yesterday and on 2024-05-01"))
    assert list(d.data["restored"]) == ["yesterday"]
    assert list(d.data["dropped"]) == ["2024-05-01"]


@pytest.mark.parametrize(("kwargs", "path"), [
    ({"kinds": ["century"]}, "kinds"), ({"kinds": []}, "kinds"),
    ({"separator": ""}, "separator"), ({"max_restore": 0}, "max_restore"),
    ({"max_restore": True}, "max_restore"),
])
def test_bad_options_raise_config_error(kwargs: dict[str, object], path: str) -> None:
    with pytest.raises(ConfigError) as err:
        TimePhraseGuard(**kwargs)  # type: ignore[arg-type]
    assert err.value.path == path


def test_guard_attributes() -> None:
    assert TimePhraseGuard.name == "time_phrases"
    assert TimePhraseGuard.cacheable is False
    policy = TimePhraseGuard.default_policy
    assert policy.on_error == "open" and policy.on_timeout == "open"


@pytest.mark.parametrize(("text", "expected"), [
    ("find errors?", "find errors, last week?"),
    ("find errors", "find errors, last week"),
    ("find errors,", "find errors, last week"),
    ("find errors.\n", "find errors, last week.\n"),
    ("", "last week"),
])
def test_splice(text: str, expected: str) -> None:
    assert splice(text, ["last week"]) == expected


def test_through_the_pipeline() -> None:
    pipeline = guardwire.Pipeline(output=[TimePhraseGuard()])
    verdict = pipeline.check_output("errors last week", ctx("errors last week, after 3pm"))
    assert verdict.text == "errors last week, after 3pm"


# ---- properties ----------------------------------------------------------------------------

PHRASES = ["last week", "around 25 August", "yesterday afternoon", "3 days ago", "from 9 to 5",
           "between Monday and Wednesday", "in 2019", "next Friday at 3pm", "2024-05-01",
           "the past two months", "tonight", "on March 3rd"]
FILLER = st.sampled_from(["how many", "errors", "did we see", "show me", "logins", "and", "for",
                          "the EU cluster", "please", "count", "failed jobs"])


@st.composite
def query(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.one_of(FILLER, st.sampled_from(PHRASES)), min_size=1, max_size=8))
    return " ".join(parts) + draw(st.sampled_from(["", "?", "."]))


def norm(text: str) -> str:
    return " " + " ".join(re.sub(r"[\W_]+", " ", text.casefold()).split()) + " "


def is_subsequence(small: Sequence[str], big: Sequence[str]) -> bool:
    it = iter(big)
    return all(ch in it for ch in small)


@settings(max_examples=150, deadline=None)
@given(original=query(), rewrite=st.one_of(query(), st.text(max_size=80)))
def test_guard_only_adds_and_keeps_every_phrase(original: str, rewrite: str) -> None:
    guard = TimePhraseGuard(max_restore=50)
    c = ctx(original)
    d = guard(rewrite, c)
    out = d.text if d.action == "rewrite" and d.text is not None else rewrite
    assert d.action in ("allow", "rewrite")
    if "replaced" in d.data:  # one phrase of another window gave way to the user's phrase
        (gone,) = d.data["replaced"]
        assert norm(gone) in norm(rewrite) and norm(d.data["restored"][0]) in norm(out)
        words, gone_words = norm(rewrite).split(), norm(gone).split()
        cuts = [i for i in range(len(words)) if words[i : i + len(gone_words)] == gone_words]
        outs = norm(out).split()
        assert any(is_subsequence([w for w in words[:i] + words[i + len(gone_words):]
                                   if w not in ("on", "in", "at", "during", "for")], outs)
                   for i in cuts)  # one occurrence of the phrase gave way, nothing else
    else:
        assert is_subsequence(rewrite, out)  # nothing removed or reordered
    lost = missing_phrases(find_time_phrases(original), rewrite, REF)
    if d.action == "allow" and d.fired:
        # structured or ending in a code block (an unclosed "~~~" fence too): reported
        assert len(d.data["missing"]) == len(lost)
    else:
        # every phrase the rewrite lost (neither its wording nor a restatement is there)
        # is in the output, word for word
        for span in lost:
            assert norm(span.text) in norm(out)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_finder_never_crashes_and_spans_are_consistent(text: str) -> None:
    spans = find_time_phrases(text)
    for s in spans:
        assert text[s.start:s.end] == s.text and s.start < s.end
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
    start, end = resolve_time_window(text, REF)
    assert start <= end


# ---- public data -----------------------------------------------------------------------------

def test_recall_on_recognizers_text_spec() -> None:
    """Regression floor on the Microsoft Recognizers-Text spec (MIT), in-scope types only."""
    if not DATA.exists():
        pytest.skip("shared evaldata not available")
    scope = {"date", "daterange", "time", "timerange", "datetime", "datetimerange"}
    hit = total = 0
    with DATA.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            preds = [(s.start, s.end) for s in find_time_phrases(row["text"])]
            for (a, b), t in zip(row["time_spans"], row["time_span_types"], strict=True):
                if t.removeprefix("datetimeV2.") in scope:
                    total += 1
                    hit += any(a < e and s < b for s, e in preds)
    assert total > 900
    assert hit / total >= 0.93


def test_registered_name_and_options_from_a_route_file(tmp_path: Path) -> None:
    path = tmp_path / "routes.toml"
    path.write_text('[routes.rewrite]\noutput = [{ use = "time_phrases", '
                    'with = { kinds = ["relative"], max_restore = 1 } }]\n', encoding="utf-8")
    pipeline = guardwire.load_routes(path)["rewrite"]
    verdict = pipeline.check_output("errors", ctx("errors last week and yesterday"))
    assert verdict.text == "errors, last week"
    with pytest.raises(ConfigError):
        bad = tmp_path / "bad.toml"
        bad.write_text('[routes.r]\noutput = [{ use = "time_phrases", '
                       'with = { max_restore = 0 } }]\n', encoding="utf-8")
        guardwire.load_routes(bad)


@pytest.mark.parametrize("text", [
    "in 2024" + " " * 5000 + "x", "3" + " " * 5000 + "x", "2 days" + ", 2 days" * 1000,
    "1-" * 3000, "2020 - 2021 - " * 500, "a" + "." * 5000 + "b", "1" * 5000 + " days ago",
])
def test_adversarial_inputs_stay_bounded(text: str) -> None:
    """Inputs that make naive patterns backtrack; each finishes quickly (quadratic
    behaviour would show up as a very slow test) and spans stay phrase-sized."""
    spans = find_time_phrases(text)
    assert all(len(s.text) <= 200 for s in spans)
    d = TimePhraseGuard()(text[: len(text) // 2], ctx(text))
    assert d.action in ("allow", "rewrite")


@settings(max_examples=200, deadline=None)
@given(n=st.integers(min_value=0, max_value=99_999),
       unit=st.sampled_from(["minutes", "hours", "days", "weeks", "months", "years", "decades"]),
       form=st.sampled_from(["{n} {u} ago", "in {n} {u}", "the past {n} {u}", "next {n} {u}",
                             "{n} {u} from now", "around {n}/{n}/{n}", "since {n}"]))
def test_resolver_never_raises_and_windows_are_ordered(n: int, unit: str, form: str) -> None:
    start, end = resolve_time_window(form.format(n=n, u=unit), REF)
    assert start <= end
