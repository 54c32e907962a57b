"""Grounding guard: flag answer sentences that the request's documents do not support.

Contract: each prose sentence with at least ``min_tokens`` tokens is scored by token coverage,
the share of its tokens (the citation guard's tokenizer) found in ``ctx.docs`` (the union of
all documents, or the best single document with ``scope="best_doc"``); a sentence scoring
below ``threshold``, or stating a number of two or more digits that no document contains
(``check_numbers``; also in a sentence too short to score; or stating a direction, "-4.5%"
or "fell 4.5%", where the documents state that number only with the other one: listed
signed, "-4.5", in ``missing_numbers``), or, with ``check_names``, a
capitalised word after the first that no document contains, is unsupported. The Decision
lists them in ``unsupported`` with their scores; ``on_unsupported`` decides what follows:
``"flag"`` (allow, ``fired=True``), ``"block"`` or ``"reask"`` (ask the model to answer from
the documents only).
With no documents every claim is unsupported and ``on_no_docs`` (default: as
``on_unsupported``) decides; ``"allow"`` skips the check (data ``skipped``, ``no_docs``).

An optional ``verifier(sentence, doc_texts) -> bool | float`` (sync or async, e.g. an LLM or
NLI judge) is asked about the flagged sentences only, concurrently, under its own budget
(``verifier_budget_ms``); a true / ≥ 0.5 answer clears the flag. A verifier error or timeout is
recorded; ``verifier_on_error``/``verifier_on_timeout`` = ``"open"`` clears that sentence's
flag (a failing second layer never makes the answer fail), ``"closed"`` keeps it.

Default policy: ``Policy(budget_ms=50, on_error="open", on_timeout="open")``; with a verifier
the budget becomes ``verifier_budget_ms + 50``. Not cacheable (reads ``ctx.docs``). The budget
is soft (run inline), and the guard stops at its deadline (``ctx.out_of_time()``, checked
before each sentence, before each step over all documents or the whole answer, and before
asking the verifier): a run past ``budget_ms`` ends then, and its step records the timeout.

Lift rate: answers with at least one unsupported sentence (flagged, blocked or re-asked).
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Literal, get_args

import anyio
import regex

from .._context import Context
from .._decision import Decision
from .._policy import Policy
from .._threads import GuardThreads
from ..exceptions import ConfigError
from ._grounding_verifier import Verifier as Verifier
from ._grounding_verifier import is_async, load_verifier, sort_outcomes, truthy
from ._numbers import (
    all_numbers,
    counts_in,
    doc_counts,
    doc_numbers,
    missing_numbers,
    numbers_in,
)
from ._options import need_bools
from ._pairs import Index, Spots, affordable, answer_spots, between, doc_pair_index, mispaired
from ._signs import sign_conflicts
from ._text import doc_text, doc_token_sets, pipeline_facts, split_sentences, tokens, word_count
from ._units import quarter_conflicts, unit_conflicts
from .citations import find_citation_markers

Scope = Literal["union", "best_doc"]
OnUnsupported = Literal["flag", "block", "reask"]
OnNoDocs = Literal["allow", "flag", "block", "reask"]

_NAME = regex.compile(r"(?<=[\s(\"'“])\p{Lu}[\w'-]*\p{Ll}\w*")  # "Émile", "Łódź" too
REASK_PROMPT = (
    "Some statements in your answer are not supported by the provided documents:\n{sentences}\n"
    "Rewrite the answer using only information found in the documents, and say so when the "
    "documents do not contain the answer."
)


class OutOfTime(Exception):
    """Raised by :meth:`GroundingGuard.score_sentences` once its ``stop`` says so."""


def _occurrences(text: str, part: str) -> list[int]:
    found, i = [], text.find(part)
    while i >= 0:
        found.append(i)
        i = text.find(part, i + 1)
    return found


def _names(sentence: str) -> set[str]:
    """Tokens of the capitalised words after the first word (likely proper names)."""
    first = sentence.split(None, 1)
    rest = " " + first[1] if len(first) > 1 else ""
    return {t for w in _NAME.findall(rest) for t in tokens(w)}


class GroundingGuard:
    """Flag sentences unsupported by ``ctx.docs`` (see the module docstring)."""

    name = "grounding"
    default_policy = Policy(budget_ms=50, on_error="open", on_timeout="open")
    cacheable = False
    soft_budget = True  # bounded CPU work: the budget is checked inline, no thread hop

    def __init__(
        self,
        *,
        threshold: float = 0.5,
        scope: Scope = "union",
        min_tokens: int = 3,
        check_numbers: bool = True,
        check_pairs: bool = True,
        check_names: bool = False,
        on_unsupported: OnUnsupported = "flag",
        on_no_docs: OnNoDocs | None = None,
        reask_prompt: str = REASK_PROMPT,
        verifier: Verifier | str | None = None,
        verifier_budget_ms: float | None = None,
        verifier_on_error: Literal["open", "closed"] | None = None,
        verifier_on_timeout: Literal["open", "closed"] | None = None,
    ) -> None:
        given = {"verifier_budget_ms": verifier_budget_ms,
                 "verifier_on_error": verifier_on_error,
                 "verifier_on_timeout": verifier_on_timeout}
        verifier_budget_ms = 2000.0 if verifier_budget_ms is None else verifier_budget_ms
        verifier_on_error = verifier_on_error or "open"
        verifier_on_timeout = verifier_on_timeout or "open"
        if not isinstance(threshold, int | float) or isinstance(threshold, bool) or \
                not 0.0 <= threshold <= 1.0:  # a str raised TypeError
            raise ConfigError(f"must be in [0, 1], got {threshold!r}", path="threshold")
        # "no" switched the check on
        need_bools(check_numbers=check_numbers, check_pairs=check_pairs, check_names=check_names)
        if scope not in get_args(Scope):
            raise ConfigError(f"must be 'union' or 'best_doc', got {scope!r}", path="scope")
        if not isinstance(min_tokens, int) or isinstance(min_tokens, bool) or min_tokens < 1:
            raise ConfigError(f"must be an int >= 1, got {min_tokens!r}", path="min_tokens")
        if on_unsupported not in get_args(OnUnsupported):
            raise ConfigError(f"must be one of {get_args(OnUnsupported)}, got "
                              f"{on_unsupported!r}", path="on_unsupported")
        if on_no_docs is not None and on_no_docs not in get_args(OnNoDocs):
            raise ConfigError(f"must be one of {get_args(OnNoDocs)}, got {on_no_docs!r}",
                              path="on_no_docs")
        if not isinstance(reask_prompt, str) or "{sentences}" not in reask_prompt:
            raise ConfigError("must contain {sentences}", path="reask_prompt")
        try:  # another {name} failed on every re-ask, a guard error its policy let through
            reask_prompt.format(sentences="")
        except (KeyError, IndexError, ValueError) as exc:
            raise ConfigError(f"{{sentences}} is the only field it may hold (write {{{{ and "
                              f"}}}} for braces), got {reask_prompt!r}: {type(exc).__name__}: "
                              f"{exc}", path="reask_prompt") from None
        for key, mode in (("verifier_on_error", verifier_on_error),
                          ("verifier_on_timeout", verifier_on_timeout)):
            if mode not in ("open", "closed"):
                raise ConfigError(f"must be 'open' or 'closed', got {mode!r}", path=key)
        try:
            self.verifier_policy = Policy(budget_ms=verifier_budget_ms,
                                          on_error=verifier_on_error,
                                          on_timeout=verifier_on_timeout)
        except ValueError as exc:  # the path named "verifier", not the option at fault
            raise ConfigError(str(exc), path="verifier_budget_ms") from None
        if verifier is None:  # these only shape the verifier's call: without one, a no-op
            for key, value in given.items():
                if value is not None:
                    raise ConfigError("has no effect without a verifier: set verifier (a "
                                      "callable or 'module:attr') or leave it out", path=key)
        self.threshold = threshold
        self.scope: Scope = scope
        self.min_tokens = min_tokens
        self.check_numbers = bool(check_numbers)
        self.check_pairs = bool(check_pairs) and self.check_numbers
        self.check_names = bool(check_names)
        self.on_unsupported: OnUnsupported = on_unsupported
        # what an answer with claims gets when the request has no documents: by default what
        # an unsupported claim gets (a route that blocks them must not pass when retrieval
        # returned nothing)
        self.on_no_docs: OnNoDocs = on_unsupported if on_no_docs is None else on_no_docs
        self.reask_prompt = reask_prompt
        self.verifier = load_verifier(verifier)
        # a sync verifier runs on these (bounded: a hung one leaves at most 8 threads, then
        # fails at once as a verifier error), never on the app's anyio thread pool
        self._verifier_threads = GuardThreads("grounding.verifier", 8)
        if self.verifier is not None:
            self.default_policy = Policy(budget_ms=verifier_budget_ms + 50, on_error="open",
                                         on_timeout="open")

    def warm(self) -> None:
        """Load the time-phrase patterns the date check uses (a one-off ~0.1 s that would
        otherwise fall inside the first dated answer's 50 ms budget), outside any budget."""
        if self.check_numbers:
            from . import time_phrases

            time_phrases.find_time_phrases("on 1 May 2024")

    def __repr__(self) -> str:
        return (f"GroundingGuard(threshold={self.threshold}, scope={self.scope!r}, "
                f"on_unsupported={self.on_unsupported!r})")

    def score_sentences(self, text: str, docs: Sequence[Any],
                        cache: dict[str, Any] | None = None, *,
                        values: Sequence[str] = (), blocks: Sequence[str] = (),
                        placeholders: Sequence[str] = (),
                        check_pairs: bool | None = None,
                        stop: Callable[[], bool] | None = None) -> list[dict[str, Any]]:
        """One record per checked sentence: ``start``, ``end``, ``text``, ``score`` and
        ``missing_numbers``; ``supported`` says whether it passed. ``values`` (filled slots)
        count as supported words and numbers; sentences inside ``blocks`` (a footnote the
        pipeline appended) are not checked: the pipeline wrote them from its own data.
        ``placeholders`` (the PII vault's) are not words or numbers of the claim.
        ``check_pairs``: this call's (default: the option). ``stop`` (the guard passes
        ``ctx.out_of_time``) is asked before each unit of work: each sentence, the documents'
        words, their numbers, the answer's figures, the documents' pairs; once it says true,
        :class:`OutOfTime` is raised."""
        pair = self.check_pairs if check_pairs is None else check_pairs

        def check() -> None:
            if stop is not None and stop():
                raise OutOfTime

        def pair_index() -> Index:  # built when a claim's number needs it
            check()
            return doc_pair_index(docs, cache)

        check()
        doc_sets = doc_token_sets(docs, cache)
        union: set[str] = set().union(*doc_sets) if doc_sets else set()
        own = " ".join(values)
        union |= tokens(own)
        own_numbers = all_numbers(own, digits=True) if own else set()
        skip = [(i, i + len(b)) for b in blocks for i in _occurrences(text, b)]
        # citation markers and PII placeholders are not the claim: "[12]" and
        # "<ORGANIZATION_12>" hold no number 12, "(Doc 3)" and "<PERSON_1>" no word
        hide = [(a, b) for a, b, _ in find_citation_markers(text)]
        hide += [m.span() for p in placeholders  # also re-cased by the model: <person_1>
                 for m in re.finditer(re.escape(p), text, re.IGNORECASE)]
        parts, pos = [], 0
        for start, end in sorted(hide):
            if start >= pos:
                parts += [text[pos:start], " " * (end - start)]
                pos = end
        plain = "".join(parts) + text[pos:]
        known_numbers: set[str] | None = None
        # the answer's numbers with their units and words, read once for all its sentences
        spots: Spots | None = None
        records = []
        for span in split_sentences(text):
            check()
            # table rows and headings are fragments: only their numbers are checked
            fragment = span.kind in ("table", "heading")
            if span.kind == "code" or (fragment and not self.check_numbers):
                continue
            if any(a <= span.start and span.end <= b for a, b in skip):
                continue
            sentence = span.of(text)
            claim = span.of(plain)
            toks = tokens(claim)
            nums = numbers_in(claim) if self.check_numbers else set()
            counts = counts_in(claim) if self.check_numbers else []
            short = fragment or word_count(toks) < self.min_tokens
            if short and not nums and not counts:  # not a claim; a number always is
                continue
            if short:
                score = 1.0  # too few words to score coverage: only the numbers are checked
            elif self.scope == "union":
                score = len(toks & union) / len(toks)
            else:
                score = max((len(toks & d) / len(toks) for d in doc_sets), default=0.0)
            missing: list[str] = []
            if nums or counts:
                if known_numbers is None:
                    check()
                    known_numbers = doc_numbers(docs, cache) | own_numbers
                missing = missing_numbers(claim, docs, known_numbers,
                                          doc_counts(docs, cache) if counts else {}, cache,
                                          own_numbers, found=(nums, counts))
                missing += sign_conflicts(claim, docs, cache)  # "-4.5%" where docs say "up"
                if spots is None:
                    check()
                    spots = answer_spots(plain, cache, pair)
                # "45 km" where the documents say "45 miles"
                missing += unit_conflicts(claim, docs, cache,
                                          between(spots[0], spots[1], span.start, span.end))
            if self.check_numbers:
                missing += quarter_conflicts(claim, docs, cache)  # "Q3" where docs say "Q2"
            pairs: list[dict[str, Any]] = []
            if nums and pair and spots is not None:
                # "revenue grew 8%" where the documents give 8% to costs and 5% to revenue
                mine = between(spots[2], spots[3], span.start, span.end)
                pairs = mispaired(claim, pair_index, own_numbers, known=known_numbers,
                                  pairs=mine)
            missing_names = sorted(_names(claim) - union) if self.check_names and \
                not short else []
            records.append({"start": span.start, "end": span.end, "text": sentence[:300],
                            "score": round(score, 4), "missing_numbers": missing,
                            "missing_names": missing_names, "mispaired": pairs,
                            "supported": score >= self.threshold and not missing
                            and not missing_names and not pairs})
        return records

    def __call__(self, text: str, ctx: Context) -> Decision | Awaitable[Decision]:
        try:
            return self._guard(text, ctx)
        except OutOfTime:  # its step records a timeout (it was told: see _deadline.py)
            return Decision.allow("stopped at its deadline: nothing checked").stamped(
                guard=self.name, elapsed_ms=0.0, outcome="timeout")

    def _guard(self, text: str, ctx: Context) -> Decision | Awaitable[Decision]:
        if not ctx.docs and self.on_no_docs == "allow":
            return Decision.allow("no documents to check against", skipped=True, no_docs=True)
        # a long answer with long documents is not paired (it could cost the whole check
        # its budget); the Decision says so
        pair = self.check_pairs and affordable(text, ctx.docs)
        records = self.score_sentences(text, ctx.docs, ctx.guard_state("_text"),
                                       values=pipeline_facts(ctx.state, "value"),
                                       blocks=pipeline_facts(ctx.state, "block"),
                                       placeholders=[p for p, _ in ctx.vault.items()],
                                       check_pairs=pair, stop=ctx.out_of_time)
        flagged = [r for r in records if not r["supported"]]
        vault = list(ctx.vault.items()) if "reask" in (self.on_unsupported,
                                                       self.on_no_docs) else []
        extra: dict[str, Any] = {"pairs_skipped": True} if self.check_pairs and not pair \
            and ctx.docs else {}
        if not ctx.docs:  # every claim is unsupported: nothing could support it
            return self._decide(records, flagged, {"no_docs": True}, vault, self.on_no_docs)
        if flagged and self.verifier is not None:
            if ctx.out_of_time():  # the verifier would run for nothing
                raise OutOfTime
            return self._verify(records, flagged, [doc_text(d) for d in ctx.docs], vault, extra)
        return self._decide(records, flagged, extra, vault)

    def _decide(self, records: list[dict[str, Any]], flagged: list[dict[str, Any]],
                extra: dict[str, Any], vault: list[tuple[str, str]] | None = None,
                action: OnNoDocs | None = None, note: str = "") -> Decision:
        score = round(1.0 - len(flagged) / len(records), 4) if records else 1.0
        action = action or self.on_unsupported
        if not flagged:
            reason = ("no documents, and no claim to check" if extra.get("no_docs") else
                      "all checked sentences are supported" if not note else
                      "no sentence is left flagged") + note
            return Decision.allow(reason, score=score, checked=len(records), **extra)
        keys = ("start", "end", "text", "score", "missing_numbers", "missing_names", "mispaired")
        unsupported = [{k: r[k] for k in keys} for r in flagged]
        reason = f"{len(flagged)} of {len(records)} sentence(s) not supported by the documents"
        if extra.get("no_docs"):
            reason += " (the request has no documents)"
        reason += note
        data = {"unsupported": unsupported, "checked": len(records), **extra}
        if action == "block":
            return Decision.block(reason, score, **data)
        if action == "reask":
            # the prompt goes to the model: values the PII guard redacted stay placeholders
            # (a pii_restore step before this guard has put them back into the sentences)
            listed = _redact("\n".join(f"- {r['text']}" for r in flagged), vault or [])
            return Decision.reask(self.reask_prompt.format(sentences=listed), reason, **data)
        return Decision.allow(reason, score=score, fired=True, **data)

    async def _verify(self, records: list[dict[str, Any]], flagged: list[dict[str, Any]],
                      doc_texts: list[str], vault: list[tuple[str, str]],
                      noted: dict[str, Any] | None = None) -> Decision:
        verifier = self.verifier
        assert verifier is not None
        outcome: dict[int, str] = {}
        errors: list[str] = []

        async def check(i: int, sentence: str) -> None:
            try:
                if is_async(verifier):
                    result = await verifier(sentence, doc_texts)
                else:
                    result = await self._verifier_threads.run(verifier, sentence, doc_texts)
                    if inspect.isawaitable(result):
                        result = await result
                outcome[i] = "supported" if truthy(result) else "unsupported"
            except Exception as exc:  # recorded; the verifier's own policy decides
                outcome[i] = "error"
                errors.append(f"{type(exc).__name__}: {exc}")

        budget = self.verifier_policy.budget_ms
        with anyio.move_on_after(None if budget is None else budget / 1000):
            async with anyio.create_task_group() as tg:
                for i, r in enumerate(flagged):
                    tg.start_soon(check, i, r["text"])
        still, extra, note = sort_outcomes(flagged, outcome, errors, self.verifier_policy,
                                           noted or {})
        return self._decide(records, still, extra, vault, note=note)


def _redact(text: str, vault: list[tuple[str, str]]) -> str:
    """Vault values in ``text`` back to their placeholders, longest value first."""
    for placeholder, value in sorted(vault, key=lambda p: -len(p[1])):
        if value and value in text:
            text = text.replace(value, placeholder)
    return text
