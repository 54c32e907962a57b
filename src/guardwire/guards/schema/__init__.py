"""schema: turn a model's answer into a validated object, or ask again, or fail — never invent.

Contract: ``SchemaGuard(model)(text, ctx)`` returns ``rewrite``/``allow`` with the canonical JSON
of the validated object (and sets ``ctx.structured``), ``reask`` with a repair prompt naming only
what is broken, or, once its limits are spent, ``block`` with ``repair_failed=True`` (the
pipeline raises :class:`guardwire.RepairFailed`) — or a degraded ``allow`` with
``on_exhausted="pass"``. The ladder, cheapest first: extract (code fence / prose) → truncation
check → ``json.loads`` → local repair (targeted dialect passes, then ``json-repair`` with its
output checked for lost or invented data) → pydantic validation → re-ask.

Default policy: ``Policy.fail_closed()``. The ladder itself already fails closed when it is
exhausted; a *crash* of the guard (a user validator raising something other than
``ValueError``) also blocks, because the caller asked for a validated object and would
otherwise get raw text.

Lift rate: every decision carries ``rung`` in its data — ``parsed`` (valid JSON, maybe from a
fence or prose; an ``allow`` when the text already was the object's JSON), ``repaired`` (fixed
locally), ``reasked:N`` (valid after N re-asks), ``reask:N`` (asking for attempt N), ``failed``.
"""

from __future__ import annotations

import dataclasses
import json
import math
import time
from collections.abc import Callable
from typing import Any, Literal

from pydantic import TypeAdapter, ValidationError
from pydantic_core import from_json

from ..._context import Context
from ..._decision import Decision
from ..._policy import Policy
from ...exceptions import ConfigError
from .._options import need_bools, need_numbers
from . import duplicates
from .decimals import exact_decimals, literal_json, written_source
from .duplicates import DuplicateKeys
from .extract import Parsed, parse_answer
from .lazy import drain
from .locate import scan_end, strip_fences
from .models import Traits, canonical, make_adapter, resolve_model, same_json, traits, type_name
from .outcomes import (
    NO_RAW,
    Outcome,
    duplicated,
    duplicates_outcome,
    exhausted,
    inexact_outcome,
    invalid,
    json_in_string,
    overflow_outcome,
    raw_of_fast_path,
    whole_answer_misread,
    wrapped,
)
from .overflow import has_too_large_number, overflowed
from .prompt import content_text, issue_facts, not_json_issue, repair_prompt, truncation_issue
from .restore import placeholder_filler, restore_value
from .restore import redact_string as redact_values

__all__ = ["Parsed", "SchemaGuard", "estimate_tokens", "parse_answer", "scan_end", "strip_fences"]

OnExhausted = Literal["raise", "pass"]
_ANY: TypeAdapter[Any] = TypeAdapter(Any)


def estimate_tokens(text: str) -> int:
    """A provider-neutral token estimate: one token per 4 characters, rounded up."""
    return math.ceil(len(text) / 4)


_ONE_FITS = "several JSON values in the answer, the last, the only one that fits the schema, taken"


class SchemaGuard:
    """Parse, repair, validate and (bounded) re-ask until the answer fits ``model``.

    Options:

    - ``model``: a pydantic model, any type ``TypeAdapter`` accepts, a ``TypeAdapter``, or an
      import path ``"pkg.module:Name"`` (config files). ``None``: use ``ctx.schema`` (set by
      ``guarded(fn, response_model=M)``); with neither, any JSON value is accepted.
    - ``max_reasks`` (2): re-asks allowed in one call (compared with ``ctx.reasks``).
    - ``max_total_ms`` (None): wall-clock budget of the whole guarded call, counted from
      its start (``ctx.call_started_at``: the input stage's time included; without a
      guarded call, from the first answer this guard sees); a re-ask is refused when the
      time spent plus the average time one model call took would exceed it.
    - ``max_reask_tokens`` (None): budget for the tokens all re-asks send and receive, each
      re-ask costing the whole conversation again (see :meth:`reask_cost`).
    - ``count_tokens`` (``estimate_tokens``): ``str -> int`` used for that budget.
    - ``on_exhausted`` (``"raise"``): ``"raise"`` blocks with ``repair_failed=True`` (the
      pipeline raises ``RepairFailed``); ``"pass"`` lets the last answer through with
      ``degraded=True`` and no ``ctx.structured``. Never a made-up value.
    - ``strict`` (None): force pydantic strict mode on/off; ``None`` follows the model config.
    - ``restore_placeholders`` (True): put PII vault values back into string fields before
      validation, so the validated object holds the real values (and format validators such
      as ``EmailStr`` see them); repair prompts get placeholders again.
    """

    name = "schema"
    default_policy = Policy.fail_closed()
    cacheable = False
    soft_budget = True  # bounded CPU work: the budget is checked inline, no thread hop

    def __init__(self, model: Any = None, *, max_reasks: int = 2,
                 max_total_ms: float | None = None, max_reask_tokens: int | None = None,
                 on_exhausted: OnExhausted = "raise", strict: bool | None = None,
                 restore_placeholders: bool = True,
                 count_tokens: Callable[[str], int] | None = None) -> None:
        if not isinstance(max_reasks, int) or isinstance(max_reasks, bool) or max_reasks < 0:
            raise ConfigError(f"must be an integer >= 0, got {max_reasks!r}", path="max_reasks")
        need_bools(restore_placeholders=restore_placeholders)  # "no" was truthy
        need_numbers(max_total_ms=max_total_ms)  # True was a 1 ms budget
        if max_total_ms is not None and not max_total_ms > 0:
            raise ConfigError(f"must be > 0 or None, got {max_total_ms!r}", path="max_total_ms")
        if max_reask_tokens is not None and not (isinstance(max_reask_tokens, int) and not
                                                 isinstance(max_reask_tokens, bool)
                                                 and max_reask_tokens > 0):
            raise ConfigError(f"must be an integer > 0 or None, got {max_reask_tokens!r}",
                              path="max_reask_tokens")
        if on_exhausted not in ("raise", "pass"):
            raise ConfigError(f"must be 'raise' or 'pass', got {on_exhausted!r}",
                              path="on_exhausted")
        if strict is not None and not isinstance(strict, bool):  # 1 == True
            raise ConfigError(f"must be true, false or unset, got {strict!r}", path="strict")
        if count_tokens is not None and not callable(count_tokens):
            raise ConfigError("must be a callable str -> int", path="count_tokens")
        self.model = resolve_model(model)
        self.max_reasks = max_reasks
        self.max_total_ms = float(max_total_ms) if max_total_ms is not None else None
        self.max_reask_tokens = max_reask_tokens
        self.on_exhausted: OnExhausted = on_exhausted
        self.strict = strict
        self.restore_placeholders = bool(restore_placeholders)
        self.count_tokens = count_tokens or estimate_tokens
        self._adapter = make_adapter(self.model) if self.model is not None else None
        self._adapters: dict[Any, TypeAdapter[Any]] = {}
        self._traits: dict[int, Traits] = {}  # id(adapter) -> what its type needs

    def __repr__(self) -> str:
        return (f"SchemaGuard({type_name(self.model)}, max_reasks={self.max_reasks}, "
                f"on_exhausted={self.on_exhausted!r})")

    # -- the guard -----------------------------------------------------------------------
    def __call__(self, text: str, ctx: Context) -> Decision:
        state = ctx.guard_state(self.name)
        now = time.monotonic()
        if ctx.reasks == 0 or "t0" not in state:  # first answer of this call
            state.clear()  # the clock: from the start of the call when the pipeline knows it
            start = ctx.model_started_at  # (model time: the estimate of one more call)
            began = ctx.call_started_at if start is not None else None
            state.update(t0=now if start is None else start if began is None else began,
                         model_t0=now if start is None else start, from_call=start is not None,
                         seen=[], attempts=[], prompts=[], errors=[], tokens=0)
        state["seen"].append(now)
        ctx.structured, ctx.structured_set = None, False  # only this answer's object
        state["attempts"].append(text)
        adapter, type_name = self._adapter_for(ctx)
        fill = placeholder_filler(ctx.vault) if self.restore_placeholders else None
        pairs = list(ctx.vault.items()) if fill is not None else []
        out = self._ladder(text, ctx, adapter, fill)
        kind = self._traits_of(adapter)
        dumped = canonical(adapter, out.value, kind) if out.ok else ""
        if out.ok and out.raw is NO_RAW and text.strip() != dumped:
            out = raw_of_fast_path(text, out)  # the canonical JSON has no key twice
        if out.ok and out.source and kind.decimal and text.strip() != dumped:
            out = self._exact_decimals(out, adapter, fill)  # (canonical: decimals as strings)
            dumped = canonical(adapter, out.value, kind) if out.ok else ""
        if out.ok:
            raw = out.raw
            if not overflowed(dumped, adapter, out.value,
                              lambda: from_json(text) if raw is NO_RAW else raw):
                return self._success(text, ctx, adapter, type_name, out, dumped, kind)
            out = overflow_outcome()
        # a validator's message may quote a restored value: placeholders go back in everywhere
        issues = [redact_values(line, pairs) for line in out.issues] if pairs else out.issues
        errors = [{**e, "loc": redact_values(str(e["loc"]), pairs)} for e in out.errors] \
            if pairs else out.errors  # a dict key restored from a placeholder is a path too
        state["errors"].append(issues)  # (and for logs without texts, each line's facts)
        state.setdefault("plain", {}).update(issue_facts(issues, errors, out.failure))
        prompt = repair_prompt(issues)
        why = self._exhausted_by(ctx, state, prompt)
        if why is None:
            state["prompts"].append(prompt)
            return Decision.reask(
                prompt, f"answer is not a valid {type_name}: {issues[0]}",
                rung=f"reask:{ctx.reasks + 1}", failure=out.failure, errors=errors,
                without_texts={issues[0]: state["plain"][issues[0]]})
        reason = f"schema repair failed after {ctx.reasks} re-ask(s), {why}: {issues[0]}"
        return exhausted(reason, why, out.failure, state, self.on_exhausted == "pass")

    # -- rungs 1-3 -----------------------------------------------------------------------
    def _ladder(self, text: str, ctx: Context, adapter: TypeAdapter[Any],
                fill: Callable[[str], str] | None) -> Outcome:
        if ctx.finish_reason == "length":
            return Outcome(failure="truncated", issues=[truncation_issue()],
                            errors=[{"loc": "(root)", "type": "truncated"}])
        # fast path: pydantic parses and validates in one go. Its parser also takes NaN and
        # Infinity, which are not JSON (and dump as null): those answers take the slow path,
        # which refuses them as the vault path always did.
        if fill is None and not _maybe_non_finite(text):
            try:
                return Outcome(self._read(adapter, text), True, "parsed", source=text)
            except ValidationError as exc:
                # a JSON string may hold the JSON value itself (an answer encoded twice)
                if not _only_json_errors(exc) and text.lstrip()[:1] != '"':
                    data = _json_or_nothing(text)
                    # (an envelope around a fitting value: unwrapped below)
                    if adapter is _ANY or wrapped(data, type_name(adapter)) is None:
                        return duplicated(text) or invalid(exc, data)
        parsed = parse_answer(text)
        if parsed.status == "truncated":
            return Outcome(failure="truncated", issues=[truncation_issue()],
                            errors=[{"loc": "(root)", "type": "truncated"}])
        if parsed.duplicates:
            return duplicates_outcome(parsed.duplicates)
        if parsed.candidates:  # several different values: the last one, if it alone fits
            # (an example or the input quoted before the answer, a draft and its fix; a draft
            # that fits and a correction that does not is asked again, not the draft taken)
            outs = [self._validate(c, adapter, fill) for c in parsed.candidates]
            if outs[-1].ok and not any(o.ok for o in outs[:-1]):
                outs[-1].repairs = (*outs[-1].repairs, _ONE_FITS)
                return outs[-1]
        if not parsed.ok:
            return Outcome(failure="not_json", issues=[not_json_issue(parsed.problem)],
                            errors=[{"loc": "(root)", "type": "not_json"}])
        out = self._validate(parsed, adapter, fill)
        try:
            inner = json_in_string(parsed.value) if not out.ok else None
        except DuplicateKeys as exc:
            return duplicates_outcome(tuple(exc.paths))
        if inner is not None:  # `"{\"name\": \"Ada\"}"` for a model: the string is its JSON
            again = self._validate(dataclasses.replace(
                parsed, value=inner, status="repaired", source=parsed.value,
                repairs=(*parsed.repairs, "a JSON value encoded as a JSON string decoded")),
                adapter, fill)
            if again.ok:
                return again
        return self._unwrap(parsed, out, adapter, fill)

    def _unwrap(self, parsed: Parsed, out: Outcome, adapter: TypeAdapter[Any],
                fill: Callable[[str], str] | None) -> Outcome:
        """``{"result": {…}}``: the object inside a one-key wrapper, when it fits the type
        and the wrapper does not (several keys, or a wrapper the type accepts: no change)."""
        found = wrapped(parsed.value, type_name(adapter)) \
            if out.failure == "invalid" and adapter is not _ANY else None
        if found is None:
            return out
        key, inner = found
        again = self._validate(dataclasses.replace(
            parsed, value=inner, status="repaired", source="", literal=None,
            repairs=(*parsed.repairs, f"the value unwrapped from its one key {key!r}")),
            adapter, fill)
        return again if again.ok else out

    def _validate(self, parsed: Parsed, adapter: TypeAdapter[Any],
                  fill: Callable[[str], str] | None) -> Outcome:
        if fill is not None and (clash := duplicates.restored_clashes(parsed.value, fill)):
            return duplicates_outcome(tuple(clash))  # two keys, one once restored
        value = parsed.value if fill is None else restore_value(parsed.value, fill)
        try:
            data = json.dumps(value, ensure_ascii=False, allow_nan=False)
            obj = self._read(adapter, data)
        except ValueError as exc:  # ValidationError is a ValueError; so is NaN in json.dumps
            if isinstance(exc, ValidationError):
                misread = whole_answer_misread(parsed.repairs, exc)
                return invalid(exc, value) if misread is None else Outcome(
                    failure="not_json", issues=[not_json_issue(misread)],
                    errors=[{"loc": "(root)", "type": "not_json"}])
            if has_too_large_number(parsed.value):  # `1e999` read as inf
                return overflow_outcome()
            return Outcome(failure="not_json", issues=[not_json_issue(str(exc))],
                            errors=[{"loc": "(root)", "type": "not_json"}])
        source = parsed.source  # else: the numbers as written, only for a Decimal type
        if not source and parsed.status == "repaired" and self._traits_of(adapter).decimal:
            source = literal_json(*parsed.literal) or "" if parsed.literal is not None \
                else written_source(parsed.value, parsed.segment)  # (json-repair's floats)
        return Outcome(obj, True, parsed.status, parsed.extracted, parsed.repairs,
                       raw=parsed.value, source=source)

    def _exact_decimals(self, out: Outcome, adapter: TypeAdapter[Any],
                        fill: Callable[[str], str] | None) -> Outcome:
        """``Decimal`` fields with the digits the answer wrote (:mod:`.decimals`)."""
        try:
            base = json.loads(out.source) if out.raw is NO_RAW else out.raw
        except (ValueError, RecursionError):  # read by pydantic's parser only
            return out
        base = base if fill is None else restore_value(base, fill)
        try:
            obj, bad = exact_decimals(adapter, out.value, out.source, base,
                                      lambda data: self._read(adapter, data))
        except ValidationError as exc:  # a constraint the exact number breaks
            return invalid(exc)  # (the paths of the written value; no union labels to drop)
        if bad:
            return inexact_outcome(bad)
        return out if obj is out.value else dataclasses.replace(
            out, value=obj, repairs=(*out.repairs, "decimal numbers kept as written"))

    def _read(self, adapter: TypeAdapter[Any], data: str) -> Any:
        """Validate a JSON text; an ``Iterable[X]`` in it is read, every item validated."""
        obj = adapter.validate_json(data, strict=self.strict)
        return drain(obj) if self._traits_of(adapter).lazy else obj

    def _traits_of(self, adapter: TypeAdapter[Any]) -> Traits:
        kind = self._traits.get(id(adapter))
        if kind is None:
            kind = traits(adapter)
            if adapter is self._adapter or adapter is _ANY or any(
                    a is adapter for a in self._adapters.values()):  # kept alive: id is stable
                self._traits[id(adapter)] = kind
        return kind

    def _success(self, text: str, ctx: Context, adapter: TypeAdapter[Any], type_name: str,
                 out: Outcome, dumped: str, kind: Traits) -> Decision:
        ctx.structured, ctx.structured_set = out.value, True
        rung = f"reasked:{ctx.reasks}" if ctx.reasks else out.rung
        extra: dict[str, Any] = {}
        if out.extracted:
            extra["extracted"] = True
        if out.repairs:
            extra["repairs"] = list(out.repairs[:10])
        if rung == "parsed" and not out.extracted and same_json(
                text, dumped, adapter, out.value,
                None if out.raw is NO_RAW else out.raw, kind):
            return Decision.allow(f"valid {type_name}", rung=rung, **extra)
        how = {"parsed": "parsed", "repaired": "repaired locally"}.get(out.rung, out.rung)
        reason = f"valid {type_name}, {how}" + (f" after {ctx.reasks} re-ask(s)"
                                                 if ctx.reasks else "")
        return Decision.rewrite(dumped, reason, rung=rung, **extra)

    # -- budgets -------------------------------------------------------------------------
    def reask_cost(self, ctx: Context, state: dict[str, Any], prompt: str) -> int:
        """Estimated tokens of the next re-ask: what is sent plus an answer as long as the last.

        Every re-ask resends the whole conversation: the original prompt (or chat messages),
        every previous answer and every previous repair prompt, plus the new repair prompt
        (the pipeline appends them to the chat, or to the prompt text of a plain call).
        """
        count = self.count_tokens
        attempts: list[str] = state["attempts"]
        if ctx.messages:
            sent = sum(count(content_text(m.get("content"))) for m in ctx.messages)
        else:
            sent = count(ctx.original_input)
        sent += sum(count(a) for a in attempts) + sum(count(p) for p in state["prompts"])
        return sent + count(prompt) + count(attempts[-1])

    def _exhausted_by(self, ctx: Context, state: dict[str, Any], prompt: str) -> str | None:
        if ctx.reasks >= self.max_reasks:
            return f"max_reasks={self.max_reasks} reached"
        if self.max_total_ms is not None:
            seen: list[float] = state["seen"]  # (one model call per answer seen)
            spent_ms = (seen[-1] - state["t0"]) * 1000.0  # the input stage's time included
            calls = len(seen) if state["from_call"] else len(seen) - 1
            per_try = (seen[-1] - state["model_t0"]) * 1000.0 / calls if calls else 0.0
            if spent_ms + per_try > self.max_total_ms:
                return f"time budget max_total_ms={self.max_total_ms:g} spent"
        if self.max_reask_tokens is not None:
            cost = self.reask_cost(ctx, state, prompt)
            if state["tokens"] + cost > self.max_reask_tokens:
                return f"token budget max_reask_tokens={self.max_reask_tokens} spent"
            state["tokens"] += cost
        return None

    # -- types ---------------------------------------------------------------------------
    def _adapter_for(self, ctx: Context) -> tuple[TypeAdapter[Any], str]:
        if self._adapter is not None:
            return self._adapter, type_name(self.model)
        schema = ctx.schema
        if schema is None:
            return _ANY, "JSON value"
        try:
            adapter = self._adapters.get(schema)
        except TypeError:  # unhashable type expression
            return make_adapter(schema), type_name(schema)
        if adapter is None:
            adapter = self._adapters.setdefault(schema, make_adapter(schema))
        return adapter, type_name(schema)


def _json_or_nothing(text: str) -> Any:
    """The answer's JSON value, to name error paths by (``NO_RAW`` when not strict JSON)."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return NO_RAW


def _maybe_non_finite(text: str) -> bool:
    """``NaN`` or ``Infinity`` may be in the answer: two substring tests (~1 µs on 2 KB). An
    overflowing number (``1e999``) is found after validation instead (:mod:`.overflow`)."""
    return "NaN" in text or "Infinity" in text


def _only_json_errors(exc: ValidationError) -> bool:
    return all(e["type"] == "json_invalid" for e in exc.errors(include_url=False))

