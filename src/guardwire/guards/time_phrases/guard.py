"""``TimePhraseGuard``: put back the time phrases a query rewrite dropped."""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from datetime import datetime
from typing import Any

import regex

from ..._context import Context
from ..._decision import Decision
from ..._policy import Policy
from ...exceptions import ConfigError
from .._text import fenced_blocks, looks_like_json
from .patterns import Span, find_time_phrases
from .resolve import resolve_span
from .vocab import SMALL_NUMBERS, anchor_classes

KINDS = frozenset({"date", "time", "datetime", "relative", "range", "weekday", "holiday",
                   "part_of_day", "year"})
# punctuation -> space: wording is compared case- and punctuation-insensitively
_PUNCT = str.maketrans(dict.fromkeys(string.punctuation + "“”‘’«»–—…·•¿¡", " "))
_NUMBER = re.compile(r"\d+")
_ASCII_DIGIT = re.compile(r"[0-9]")  # str.isdigit on ASCII text: a scan in C
# "3pm", "3 p.m.", "15:00": one canonical "15:00" (plus the hour), so a 24-hour restatement
# of "at 3pm" keeps it
_CLOCK_TIME = re.compile(r"\b(\d{1,2})(?:[:.](\d\d))?\s*([ap])\.?\s*m\b\.?|\b(\d{1,2}):(\d\d)\b",
                         re.IGNORECASE)
_NUMBER_WORDS = {w: str(n) for w, n in SMALL_NUMBERS.items()
                 if " " not in w and w not in ("a", "an", "few", "several", "some", "couple")}
# final punctuation of other scripts too: CJK 。？！, Arabic ؟, Devanagari ।
_END_MARKS = ".?!…。？！｡؟।॥"
_CLOSERS = "\"')]»”’」』）】"
_LOWERABLE = regex.compile(r"(?:yesterday|today|tonight|tomorrow|last|next|this|past|previous"
                           r"|coming|following|in|within|around|about|before|after|since|from"
                           r"|between|until|till|by|during|early|late|earlier|later|the|at|on"
                           r"|over|for|starting|beginning|mid|end|every|each|a|an|\d)\b",
                           regex.IGNORECASE)


def _norm(text: str) -> str:
    return " " + " ".join(text.casefold().translate(_PUNCT).split()) + " "


class TimePhraseGuard:
    """Output guard for query-rewrite calls: every time phrase of ``ctx.original_input`` that
    the model's rewrite dropped is appended to the rewrite ("… last week, around 25 August?");
    when the rewrite moved the window instead (one phrase missing, one phrase of the rewrite
    outside every window of the user's: "Q2" for "Q3"), the user's phrase replaces it.

    Options:

    - ``kinds``: which phrase kinds to restore (default: all of :data:`KINDS`);
    - ``separator``: what joins restored phrases to the rewrite and to each other (``", "``);
    - ``max_restore``: at most this many phrases are appended (the rest are reported).
    """

    name = "time_phrases"
    # No budget: the work is bounded and runs inline, so a budget could only throw a finished
    # restore away (it did, under load: 8 threads on 2 cores took 16-64 ms for a 0.3 ms call)
    default_policy = Policy.fail_open(budget_ms=None)
    cacheable = False
    soft_budget = True  # bounded CPU work: the budget is checked inline, no thread hop

    def __init__(self, *, kinds: Iterable[str] | None = None, separator: str = ", ",
                 max_restore: int = 5) -> None:
        if isinstance(kinds, str):  # read letter by letter: "unknown kinds ['a', 'd', ...]"
            raise ConfigError(f"must be a list of kinds, got a string {kinds!r} (write a "
                              f"list: [{kinds!r}])", path="kinds")
        chosen = frozenset(KINDS if kinds is None else kinds)
        unknown = sorted(chosen - KINDS)
        if unknown or not chosen:
            raise ConfigError(f"unknown or empty kinds {unknown or '[]'}; choose from "
                              f"{sorted(KINDS)}", path="kinds")
        if not isinstance(separator, str) or (not separator.strip(" ") and separator != " "):
            raise ConfigError("separator must be a non-empty string", path="separator")
        if not isinstance(max_restore, int) or isinstance(max_restore, bool) or max_restore < 1:
            raise ConfigError("max_restore must be an int >= 1", path="max_restore")
        self.kinds = chosen
        self.separator = separator
        self.max_restore = max_restore

    def __call__(self, text: str, ctx: Context) -> Decision:
        original = ctx.original_input
        if not original or original == text:
            return Decision.allow()
        state = ctx.guard_state(self.name)
        spans: list[Span] | None = state.get("spans") if state.get("source") == original else None
        if spans is None:
            spans = find_time_phrases(original)
            state.update(source=original, spans=spans)
        wanted = [s for s in spans if s.kind in self.kinds]
        if not wanted:
            return Decision.allow()
        found: dict[str, list[Span]] = {}  # the rewrite's phrases, found once
        windows: _Windows = {}  # each phrase resolved once (a rewrite repeats its phrases)
        missing = missing_phrases(wanted, _with_vault_values(text, ctx), ctx.now(), found,
                                  windows)
        if not missing:
            return Decision.allow()
        phrases = [_as_appended(original, s) for s in missing]
        restored = phrases[:self.max_restore]
        stripped = text.lstrip()
        if not stripped:  # no query to add them to: the phrases alone would be a new query
            return Decision.allow("rewrite is empty; time phrases not spliced",
                                  fired=True, missing=phrases)
        # a value the schema guard validated (the call returns it, not this text: a spliced
        # phrase would be lost, and a JSON string answer broken)
        if ctx.structured_set or ctx.structured is not None or stripped.startswith("{") or (
                stripped.startswith("[") and looks_like_json(stripped)):
            return Decision.allow("rewrite is structured; time phrases not spliced",
                                  fired=True, missing=phrases)
        blocks = fenced_blocks(text)
        if blocks and not text[blocks[-1][1]:].strip():  # after the fence would break it
            return Decision.allow("rewrite ends in a code block; time phrases not spliced",
                                  fired=True, missing=phrases)
        conflicts = conflicting_phrases(spans, text, ctx.now(), found, windows)
        if len(missing) == 1 and len(conflicts) == 1:
            # the rewrite moved the user's window ("Q3" -> "Q2"): appending would leave both,
            # and the query would cover the two windows; the user's phrase takes its place
            return Decision.rewrite(replace_phrase(text, conflicts[0], phrases[0]),
                                    "replaced a time phrase the rewrite changed",
                                    restored=phrases, replaced=[conflicts[0].text], dropped=[])
        data: dict[str, Any] = {"conflicting": [c.text for c in conflicts]} if conflicts else {}
        return Decision.rewrite(splice(text, restored, self.separator),
                                f"restored {len(restored)} time phrase(s) the rewrite dropped",
                                restored=restored, dropped=phrases[self.max_restore:], **data)


def _with_vault_values(text: str, ctx: Context) -> str:
    """The rewrite with PII placeholders put back, for comparison only: a date the PII guard
    turned into ``<DATE_TIME_1>`` is still in the rewrite (the restorer puts it back later)."""
    if len(ctx.vault) == 0:
        return text
    for placeholder, value in ctx.vault.items():
        if placeholder in text:
            text = text.replace(placeholder, value)
    return text


_Windows = dict[tuple[str, datetime], "tuple[datetime, datetime] | None"]


def _window(text: str, reference: datetime, memo: _Windows | None
            ) -> tuple[datetime, datetime] | None:
    """:func:`resolve_span`, through ``memo`` when there is one."""
    if memo is None:
        return resolve_span(text, reference)
    key = (text, reference)
    if key not in memo:
        memo[key] = resolve_span(text, reference)
    return memo[key]


def missing_phrases(spans: list[Span], rewrite: str, reference: datetime,
                    found: dict[str, list[Span]] | None = None,
                    memo: _Windows | None = None) -> list[Span]:
    """The spans whose wording is absent from ``rewrite`` and whose resolved window is not
    named by any time phrase of ``rewrite`` either ("25 August" kept as "August 25");
    ``memo``: of resolved phrases."""
    norm = _norm(rewrite)
    absent = [s for s in spans if _norm(s.text) not in norm]
    if not absent:
        return []
    words = set(norm.split())
    # "Monday" may restate "Mon", "January" "Jan": a rewrite naming a weekday or a month
    # shares that anchor class with the phrase even without a common word
    classes = {c for w in words for c in anchor_classes(w) if c in "WM"}
    # a rewriter that resolved "yesterday" to "2026-09-01" shares no word with it: any
    # number in the rewrite may restate a phrase
    has_digit = _ASCII_DIGIT.search(norm) is not None if norm.isascii() else \
        any(c.isdigit() for c in norm)
    windows: set[tuple[datetime, datetime]] | None = None
    kept_details: set[str] | None = None
    seen: set[str] = set()
    out = []
    for s in absent:
        key = _norm(s.text)
        if key in seen:
            continue
        seen.add(key)
        # Only a rewrite sharing an anchor word or number with the phrase can restate it.
        if has_digit or any(w in words or (classes and not classes.isdisjoint(
                anchor_classes(w))) for w in key.split() if w[0].isdigit() or anchor_classes(w)):
            if windows is None:
                windows = {w for w in (_window(p.text, reference, memo)
                                       for p in _phrases(rewrite, found)) if w is not None}
                kept_details = _details(rewrite)
            assert kept_details is not None
            if _window(s.text, reference, memo) in windows and \
                    _details(s.text) <= kept_details:
                continue
        out.append(s)
    return out


def _phrases(text: str, found: dict[str, list[Span]] | None) -> list[Span]:
    if found is None:
        return find_time_phrases(text)
    if text not in found:
        found[text] = find_time_phrases(text)
    return found[text]


def conflicting_phrases(spans: list[Span], rewrite: str, reference: datetime,
                        memo: dict[str, list[Span]] | None = None,
                        windows: _Windows | None = None) -> list[Span]:
    """The time phrases of ``rewrite`` (outside code) whose window lies within no window of
    the user's phrases (``spans``): a time constraint the user did not ask for ("Q2" for
    "Q3", "the past 3 weeks" for "the past 2 weeks")."""
    mine = [w for s in spans if (w := _window(s.text, reference, windows)) is not None]
    if not mine:
        return []
    code = fenced_blocks(rewrite)
    found = []
    for r in _phrases(rewrite, memo):
        w = _window(r.text, reference, windows)
        if w is None or any(a <= r.start < b for a, b in code):
            continue
        if not any(o[0] <= w[0] and w[1] <= o[1] for o in mine):
            found.append(r)
    return found


def replace_phrase(text: str, span: Span, phrase: str) -> str:
    """``text`` with ``span`` replaced by ``phrase`` (capitalised like the span; "on" or "in"
    before it dropped when the phrase is relative: "on 2026-09-02" -> "yesterday")."""
    before = text[:span.start]
    if span.text[:1].isupper() and phrase[:1].islower() and not before.strip(" \t")[-1:] \
            .isalnum():
        phrase = phrase[0].upper() + phrase[1:]
    if _RELATIVE.match(phrase):
        before = _PREPOSITION_END.sub("", before)
    return before + phrase + text[span.end:]


_RELATIVE = regex.compile(r"(?:yesterday|today|tonight|tomorrow|last|next|this|past|previous"
                          r"|coming|within|since|before|after|around|between|from)\b",
                          regex.IGNORECASE)
_PREPOSITION_END = regex.compile(r"\b(?:on|in|at|during|for)\s+\Z", regex.IGNORECASE)


def _details(text: str) -> set[str]:
    """Numbers (spelled or not), clock times and time-of-day words: a restatement must keep
    them ("last week" does not restate "last week, after 3pm", even though the resolver gives
    both the same week); "15:00" keeps "3pm" and "2 weeks" keeps "two weeks"."""
    found: set[str] = set()

    def clock(m: re.Match[str]) -> str:
        if m[3]:
            hour, minute = int(m[1]) % 12 + (12 if m[3].lower() == "p" else 0), int(m[2] or 0)
        else:
            hour, minute = int(m[4]), int(m[5])
        found.update((f"{hour}:{minute:02}", str(hour)))
        return " "

    rest = _norm(_CLOCK_TIME.sub(clock, text))
    words = rest.split()
    found.update(str(int(n)) for n in _NUMBER.findall(rest))
    found.update(_NUMBER_WORDS[w] for w in words if w in _NUMBER_WORDS)
    found.update(w for w in words if "P" in anchor_classes(w))
    return found


# a phrase the user excluded keeps its exclusion: a bare "Friday" appended to "tickets last
# week" asked for the day the user left out ("…, excluding Friday"); a recurring one its
# "every" ("every Monday at 9" is not last Monday)
_EXCLUDED = regex.compile(r"\b(?:every|each|excluding|except(?:\s+for)?(?:\s+(?:on|in|at|during))?"
                          r"|other\s+than(?:\s+(?:on|in|at|during))?|apart\s+from|without"
                          r"|but\s+not(?:\s+(?:on|in|at|during))?|not\s+(?:on|in|at|during))"
                          r"\s+\Z", regex.IGNORECASE)


_DIRECTED = regex.compile(r"\b(since|before|after|until|till)\s+the\s+\Z", regex.IGNORECASE)


def _as_appended(original: str, span: Span) -> str:
    """The phrase as it reads mid-sentence: "Yesterday afternoon" → "yesterday afternoon";
    an excluded one with its exclusion ("excluding Friday")."""
    phrase = span.text
    excluded = _EXCLUDED.search(original, max(0, span.start - 30), span.start)
    if excluded is not None:
        return original[excluded.start() : span.start].lower() + phrase  # "Every Monday"
    if span.kind in ("year", "date") and (m := _DIRECTED.search(
            original, max(0, span.start - 20), span.start)) is not None:
        # "since the 2024 release": "since 2024", not "2024" (which asked about 2024 only)
        return f"{m.group(1).lower()} {phrase}"
    before = original[:span.start].rstrip(" \t")
    if (not before or before[-1] in ".?!\n") and _LOWERABLE.match(phrase) and \
            not phrase[:2].isupper():
        return phrase[0].lower() + phrase[1:]
    return phrase


def splice(text: str, phrases: list[str], separator: str = ", ") -> str:
    """Append ``phrases`` before the final punctuation of ``text``; ``text`` stays a
    subsequence of the result (nothing is removed or reordered)."""
    if not phrases:
        return text
    body = text.rstrip()
    tail = text[len(body):]
    cut = len(body.rstrip(_CLOSERS))
    marks = len(body[:cut].rstrip(_END_MARKS))
    core = body[:marks] if marks < cut else body  # closers count only after a mark: '?")'
    end = body[len(core):]
    spaces = core[len(core.rstrip()):]
    core = core.rstrip()
    addition = separator.join(phrases)
    if not core:
        return spaces + addition + end + tail
    joiner = " " if core.endswith((",", ";", ":", "，", "；", "：", "、")) else separator
    return core + joiner + addition + spaces + end + tail
