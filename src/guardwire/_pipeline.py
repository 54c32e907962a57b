"""Pipeline: ordered guard stages and the one fold that both sync and async callers drive.

The fold is a generator (httpx's ``auth_flow`` idea): it yields "run this entry on this text"
and receives the decisions; the sync driver runs entries with :meth:`Step.run_sync`, the
async driver with :meth:`Step.run_async`. Order, rewrite hand-off, first-block-ends-the-stage
and monitor mode live only in :func:`fold`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from ._capture import publish
from ._context import Context
from ._decision import Decision, Mode, Stage, Verdict
from ._event_loops import preload_event_loop, run_coroutine_sync
from ._guard import Guard
from ._parallel import Entry, Parallel
from ._placement import check_output_redactor, makes_structured
from ._policy import DEFAULT_POLICY, Policy
from ._reask import ReaskCap, no_input_reask, passed_on, tokens_cap
from ._settings import check_settings
from ._specs import (
    OUTPUT_ONLY_BUILTINS,
    ParallelSpec,
    StepSpec,
    build_entries,
    build_step,
    builtin_class,
    check_unique_names,
    step_desc,
)
from ._steps import Step
from ._tracing import LiveStage, Telemetry
from .exceptions import ConfigError

if TYPE_CHECKING:
    from ._adapters import BaseAdapter

F = TypeVar("F", bound=Callable[..., Any])
OnBlock = Literal["raise", "respond"]
GuardItem = Guard | StepSpec | ParallelSpec | Step | Parallel
"""One entry of ``Pipeline(input=[...], output=[...])``: a guard, ``step(...)`` or
``parallel([...])`` (public as ``guardwire.GuardItem``, to annotate a list of them)."""
DEFAULT_BLOCK_RESPONSE = "Sorry, I can't process this request."

Fold = Generator[tuple[Entry, str], list[Decision], Verdict]
Shown = Callable[[Verdict], Verdict]  # a stage's verdict with the text its user got


def fold(entries: Sequence[Entry], text: str, ctx: Context, stage: Stage, mode: Mode,
         starts: list[int], prefix: Sequence[Decision] = (),
         reask_cap: ReaskCap | None = None) -> Fold:
    """Run entries in order over ``text``; a rewrite feeds the next entry; in enforce mode the
    first block (or re-ask) ends the stage. Monitor mode runs every guard on the would-be text
    but returns the original text and never blocks. ``reask_cap`` is set when a re-ask cannot
    happen (limit reached, a stream): the asking guard's ``on_exhausted = "pass"`` turns its
    re-ask into a degraded allow (the stage goes on); else the cap makes it a block by the
    pipeline, recorded with the stage."""
    decisions: list[Decision] = list(prefix)  # already made elsewhere (per-chunk stream guards)
    starts.extend(time.time_ns() - int(d.elapsed_ms * 1e6) for d in prefix)
    current = text
    keep = mode == "monitor" and stage == "output"  # nor rewrites the returned object
    for entry in entries:
        starts.extend([time.time_ns()] * (len(entry.steps) if isinstance(entry, Parallel) else 1))
        held = ctx.structured, ctx.structured_set
        got = yield entry, current
        if keep and ctx.structured is not held[0] and not makes_structured(_steps_of(entry)):
            ctx.structured, ctx.structured_set = held  # slots, pii_restore: what they'd fill
        if stage == "input" and any(d.action == "reask" for d in got):
            got = [no_input_reask(entry, i, d) for i, d in enumerate(got)]
        elif mode == "enforce" and reask_cap is not None and any(d.action == "reask"
                                                                 for d in got):
            got = [passed_on(entry, i, d, reask_cap) for i, d in enumerate(got)]
        for d in got:
            decisions.append(d)
            if d.action == "rewrite" and d.text is not None:
                current = d.text
        if mode == "enforce" and any(d.action in ("block", "reask") for d in got):
            break
    ask = next((d for d in decisions if d.action == "reask"), None)
    if mode == "enforce" and ask is not None and reask_cap is not None and not any(
            d.action == "block" for d in decisions):  # a block already ends the call
        starts.append(time.time_ns())
        decisions.append(reask_cap.block(ask).stamped(guard="pipeline", elapsed_ms=0.0))
    final = current if mode == "enforce" else text
    return Verdict(stage, final, tuple(decisions), text, mode, ctx.route)


@dataclass(frozen=True, eq=False)
class Pipeline:
    """Input and output guard stages with their policies.

    ``Pipeline(input=[...], output=[...], policy=Policy(...), name="...")``. Entries are guards
    (any callable), ``step(guard, budget_ms=...)`` for call-site overrides, or
    ``parallel([...])`` groups. ``policy`` is the default for guards that declare none
    (fail-closed unless you say otherwise). Input guards with an ``output_companion`` (PII)
    get their companion appended to the output stage.
    """

    input: tuple[Entry, ...] = ()
    output: tuple[Entry, ...] = ()
    policy: Policy = DEFAULT_POLICY
    name: str = "default"
    mode: Mode = "enforce"
    on_block: OnBlock = "raise"
    block_response: str = DEFAULT_BLOCK_RESPONSE
    max_reasks: int = 3
    stream_mode: Literal["buffered", "incremental"] = "buffered"
    guard_system: bool = False
    return_structured: bool = False
    version: str | None = None
    reask_budget_ms: float | None = None
    reask_budget_tokens: int | None = None
    telemetry: Telemetry = field(default_factory=Telemetry, repr=False)
    specs: tuple[tuple[GuardItem, ...], tuple[GuardItem, ...]] = field(default=((), ()),
                                                                         repr=False)

    def __init__(self, input: Sequence[GuardItem] = (), output: Sequence[GuardItem] = (), *,
                 policy: Policy = DEFAULT_POLICY, name: str = "default", mode: Mode = "enforce",
                 on_block: OnBlock = "raise", block_response: str = DEFAULT_BLOCK_RESPONSE,
                 max_reasks: int = 3, stream_mode: Literal["buffered", "incremental"] = "buffered",
                 guard_system: bool = False, return_structured: bool = False,
                 version: str | None = None, reask_budget_ms: float | None = None,
                 reask_budget_tokens: int | None = None,
                 tracer_provider: Any = None, meter_provider: Any = None,
                 record_text: bool = False, telemetry: Telemetry | None = None) -> None:
        check_settings(mode=mode, on_block=on_block, stream_mode=stream_mode, policy=policy,
                       max_reasks=max_reasks, block_response=block_response,
                       reask_budget_ms=reask_budget_ms, reask_budget_tokens=reask_budget_tokens,
                       name=name, version=version, guard_system=guard_system,
                       return_structured=return_structured, record_text=record_text)
        for key, items in (("input", input), ("output", output)):
            if callable(items) or isinstance(items, str | bytes) or not hasattr(items, "__iter__"):
                raise TypeError(f"{key}= takes a list of guards, got a {type(items).__name__}: "
                                f"write {key}=[...]")
        input, output = tuple(input), tuple(output)  # a generator: override() rebuilds
        ins = build_entries(input, policy)
        for e in ins:  # as a route file refuses it: under input it checks nothing, or blocks all
            for s in _steps_of(e):
                if builtin_class(s.guard) in OUTPUT_ONLY_BUILTINS:
                    raise ValueError(f"guard {s.name!r} checks the model's answer: under "
                                     "input it checks nothing (schema: fails every call); "
                                     "pass it in output=[...]")
        outs = list(build_entries(output, policy))
        check_output_redactor([s for e in ins for s in _steps_of(e)],
                              [s for e in outs for s in _steps_of(e)])
        check_unique_names(ins, "input")
        check_unique_names(outs, "output")
        have = {s.name: s for e in outs for s in _steps_of(e)}
        for e in ins:
            for s in _steps_of(e):
                make = getattr(s.guard, "output_companion", None)
                if callable(make):
                    comp = build_step(make(), policy)
                    clash = have.get(comp.name)
                    if clash is None:
                        outs.append(comp)
                        have[comp.name] = comp
                    elif type(clash.guard) is not type(comp.guard):  # it would be skipped
                        raise ConfigError(
                            f"the name {comp.name!r} belongs to the guard that {s.name!r} "
                            f"adds to the output; name this guard otherwise "
                            f"(step(guard, name=...))", path="output")
        if return_structured and not makes_structured([s for e in outs for s in _steps_of(e)]):
            raise ConfigError("return_structured=True needs a schema guard under output: "
                              "there is no validated object to return", path="return_structured")
        tel = telemetry or Telemetry(tracer_provider, meter_provider, record_text=record_text)
        sets = object.__setattr__
        for k, v in dict(input=ins, output=tuple(outs), policy=policy, name=name, mode=mode,
                         on_block=on_block, block_response=block_response, max_reasks=max_reasks,
                         stream_mode=stream_mode, guard_system=guard_system,
                         return_structured=return_structured, version=version,
                         reask_budget_ms=reask_budget_ms,
                         reask_budget_tokens=reask_budget_tokens, telemetry=tel,
                         specs=(input, output)).items():
            sets(self, k, v)

    # -- introspection -----------------------------------------------------------------
    def steps(self, stage: Stage) -> list[Step]:
        return [s for e in (self.input if stage == "input" else self.output) for s in _steps_of(e)]

    def describe(self) -> dict[str, Any]:
        """A plain description (what ``guardwire routes`` prints)."""
        def desc(entries: tuple[Entry, ...]) -> list[Any]:
            out: list[Any] = []
            for e in entries:
                if isinstance(e, Parallel):
                    out.append({"parallel": [step_desc(s) for s in e.steps]})
                else:
                    out.append(step_desc(e))
            return out
        return {"name": self.name, "mode": self.mode, "on_block": self.on_block,
                "block_response": self.block_response, "version": self.version,
                "stream_mode": self.stream_mode, "max_reasks": self.max_reasks,
                "guard_system": self.guard_system, "return_structured": self.return_structured,
                "reask_budget_ms": self.reask_budget_ms,
                "reask_budget_tokens": self.reask_budget_tokens,
                "input": desc(self.input), "output": desc(self.output)}

    def warm(self) -> Pipeline:
        """Load every guard's heavy parts now (e.g. at app start-up) instead of on first use.

        Each guard's ``warm()`` runs at most once per pipeline; returns the pipeline."""
        for s in (*self.steps("input"), *self.steps("output")):
            s.warm()
        if any(isinstance(e, Parallel) for e in (*self.input, *self.output)):
            preload_event_loop()  # a parallel group runs on an event loop under sync callers
        return self

    def override(self, **changes: Any) -> Pipeline:
        """A copy with some settings replaced (e.g. in tests: ``p.override(mode="monitor")``).

        The guards are rebuilt from what was passed in, so ``policy=`` reaches every guard
        that has no policy of its own (guards loaded from a route file were already resolved
        against the route's defaults). ``tracer_provider``, ``meter_provider`` and
        ``record_text`` each change only themselves."""
        kw: dict[str, Any] = dict(input=self.specs[0], output=self.specs[1], policy=self.policy,
                                  name=self.name, mode=self.mode, on_block=self.on_block,
                                  block_response=self.block_response, max_reasks=self.max_reasks,
                                  stream_mode=self.stream_mode, guard_system=self.guard_system,
                                  return_structured=self.return_structured, version=self.version,
                                  reask_budget_ms=self.reask_budget_ms,
                                  reask_budget_tokens=self.reask_budget_tokens,
                                  telemetry=self.telemetry)
        tel = self.telemetry  # a new one for a change of its settings; the others kept
        if "telemetry" not in changes and {*changes} & {"tracer_provider", "meter_provider",
                                                         "record_text"}:
            kw = {**kw, "telemetry": None, "tracer_provider": tel.tracer_provider,
                  "meter_provider": tel.meter_provider, "record_text": tel.record_text}
        return Pipeline(**{**kw, **changes})

    # -- stages ------------------------------------------------------------------------
    def _stage(self, stage: Stage, text: str, ctx: Context, entries: Sequence[Entry] | None,
               prefix: Sequence[Decision] = (), streamed: bool = False
               ) -> tuple[Fold, list[int], int]:
        if not isinstance(text, str):  # a guard that ignores it would let None through
            raise TypeError(f"the {stage} text must be a str, got {type(text).__name__}")
        if entries is None:
            entries = self.input if stage == "input" else self.output
        if self.mode == "off":
            entries = ()
        if stage == "input":
            ctx._begin_input(text)
            if not ctx.original_input:
                ctx.original_input = text
        ctx.stage = stage
        starts: list[int] = []
        return (fold(entries, text, ctx, stage, self.mode, starts, prefix,
                     self._reask_cap(stage, ctx, text, streamed)), starts, time.time_ns())

    def _reask_cap(self, stage: Stage, ctx: Context, text: str,
                   streamed: bool) -> ReaskCap | None:
        """Why a re-ask cannot happen now (a stream, the limit reached, the time budget
        spent), if it cannot."""
        if stage != "output":
            return None
        spent = ctx._reask_ms() if self.reask_budget_ms is not None else None
        if streamed:
            why = "re-ask is not available on a streamed answer"
        elif ctx.reasks >= self.max_reasks:
            why = f"re-ask limit reached ({self.max_reasks})"
        elif spent is not None and self.reask_budget_ms is not None and (
                spent >= self.reask_budget_ms):
            why = (f"re-ask time budget spent ({spent:,.0f} ms of reask_budget_ms="
                   f"{self.reask_budget_ms:g} since the first re-ask)")
        else:
            capped = tokens_cap(self.reask_budget_tokens, ctx)
            if capped is None:
                return None
            why = capped
        answers = list(ctx._answers)  # the call's raw answers (none: check_output, a stream)
        if not answers or answers[-1] != text:
            answers.append(text)
        return ReaskCap(why, tuple(answers))

    def _finish(self, verdict: Verdict, ctx: Context, starts: list[int], t0: int,
                live: LiveStage | None, shown: Shown | None = None) -> Verdict:
        if shown is not None:  # an incremental stream: the text its user got
            verdict = shown(verdict)
        if ctx.route is None and verdict.route is None:
            verdict = replace(verdict, route=self.name)
        ctx.verdicts.append(verdict)
        publish(verdict)
        self.telemetry.record(verdict, starts, t0, pipeline=self.name,
                              version=ctx.config_version or self.version, live=live,
                              reasks=ctx.reasks if verdict.stage == "output" else None)
        return verdict

    def _live(self, stage: Stage, ctx: Context, entries: Sequence[Entry] | None
              ) -> LiveStage | None:
        """The stage's spans, opened as it starts, when there is a guard to run."""
        todo = entries if entries is not None else (self.input if stage == "input"
                                                    else self.output)
        if not todo or self.mode == "off":
            return None
        return self.telemetry.live_stage(stage, ctx.route or self.name, self.mode,
                                         ctx.config_version or self.version)

    def run_stage_sync(self, stage: Stage, text: str, ctx: Context,
                       entries: Sequence[Entry] | None = None,
                       prefix: Sequence[Decision] = (), *, streamed: bool = False,
                       shown: Shown | None = None) -> Verdict:
        todo = entries if entries is not None else (self.input if stage == "input"
                                                    else self.output)
        if self.mode != "off" and any(isinstance(e, Parallel) or e.is_async for e in todo):
            # async guards or a parallel group: run the whole stage in one event loop rather
            # than starting a loop per guard
            return run_coroutine_sync(lambda: self.run_stage_async(
                stage, text, ctx, entries, prefix, streamed=streamed, shown=shown))
        gen, starts, t0 = self._stage(stage, text, ctx, entries, prefix, streamed)
        live = self._live(stage, ctx, entries)
        try:
            entry, current = next(gen)
            while True:
                if isinstance(entry, Parallel):  # mode "off" only: it has no guards then
                    got = entry.run_sync(current, ctx)
                elif live is None:
                    got = [entry.run_sync(current, ctx)]
                else:
                    got = [live.run(len(starts) - 1, entry.name, starts[-1], entry.run_sync,
                                    current, ctx)]
                entry, current = gen.send(got)
        except StopIteration as stop:
            return self._finish(stop.value, ctx, starts, t0, live, shown)
        except BaseException:
            if live is not None:
                live.end(interrupted=True)
            raise

    async def run_stage_async(self, stage: Stage, text: str, ctx: Context,
                              entries: Sequence[Entry] | None = None,
                              prefix: Sequence[Decision] = (), *, streamed: bool = False,
                              shown: Shown | None = None) -> Verdict:
        gen, starts, t0 = self._stage(stage, text, ctx, entries, prefix, streamed)
        live = self._live(stage, ctx, entries)
        try:
            entry, current = next(gen)
            while True:
                if isinstance(entry, Parallel):
                    first = len(starts) - len(entry.steps)
                    got = await entry.run_async(current, ctx, live, first, starts[first:])
                elif live is None:
                    got = [await entry.run_async(current, ctx)]
                else:
                    got = [await live.arun(len(starts) - 1, entry.name, starts[-1],
                                           entry.run_async, current, ctx)]
                entry, current = gen.send(got)
        except StopIteration as stop:
            return self._finish(stop.value, ctx, starts, t0, live, shown)
        except BaseException:
            if live is not None:
                live.end(interrupted=True)
            raise

    def check_input(self, text: str, ctx: Context | None = None) -> Verdict:
        """Run the input stage on ``text`` (no model call)."""
        return self.run_stage_sync("input", text, ctx or Context(route=self.name))

    async def acheck_input(self, text: str, ctx: Context | None = None) -> Verdict:
        return await self.run_stage_async("input", text, ctx or Context(route=self.name))

    def check_output(self, text: str, ctx: Context | None = None) -> Verdict:
        """Run the output stage on ``text``; pass the Context of the input stage."""
        return self.run_stage_sync("output", text, ctx or Context(route=self.name))

    async def acheck_output(self, text: str, ctx: Context | None = None) -> Verdict:
        return await self.run_stage_async("output", text, ctx or Context(route=self.name))

    def wrap(self, fn: F, *, adapter: BaseAdapter | None = None, response_model: Any = None) -> F:
        """Wrap an LLM call so every call passes through this pipeline (what ``guarded`` uses)."""
        from ._wrap import wrap_callable

        wrapped: F = wrap_callable(self, fn, adapter=adapter, response_model=response_model)
        return wrapped


def _steps_of(entry: Entry) -> tuple[Step, ...]:
    return entry.steps if isinstance(entry, Parallel) else (entry,)
