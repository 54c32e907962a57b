"""OpenTelemetry spans and metrics. The only module that imports opentelemetry.

One span per stage (``guardwire.input`` / ``guardwire.output``) with one child span per
guard, and two instruments: ``guardwire.decisions`` (a counter by route/guard/action/outcome:
each guard's lift rate) and ``guardwire.guard.duration`` (a histogram in milliseconds).
The stage span and each guard's span are opened when they start (with an SDK configured):
while a guard runs, its span is the current one, also in the worker thread or task that runs
it, so spans the guard makes itself (an LLM judge's HTTP call) nest under it. Their
attributes are written when the stage ends; decisions made outside a guard call (per-chunk
stream guards, the pipeline's re-ask cap) get spans with their real start and end times then.
Prompt and response text go on spans only when ``record_text=True``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

from ._decision import Decision, Verdict

T = TypeVar("T")
_SCOPE = "guardwire"
_METRIC_KEYS = ("guardwire.route", "guardwire.guard", "guardwire.action", "guardwire.outcome",
                "guardwire.stage")


class Telemetry:
    """Tracer and meter of one pipeline (injected providers or the global ones).

    opentelemetry is imported and the instruments are created on the first recorded stage,
    so ``import guardwire`` and building a Pipeline stay cheap.
    """

    def __init__(self, tracer_provider: Any = None, meter_provider: Any = None,
                 *, record_text: bool = False) -> None:
        self.tracer_provider = tracer_provider
        self.meter_provider = meter_provider
        self.record_text = record_text
        self._ready = False
        self._failed = False
        self._metric_attrs: dict[tuple[str, ...], dict[str, str]] = {}

    def _setup(self) -> None:
        from opentelemetry import context, metrics, trace

        self._trace, self._context = trace, context
        from . import __version__

        self.tracer = (self.tracer_provider.get_tracer(_SCOPE, __version__)
                       if self.tracer_provider else trace.get_tracer(_SCOPE, __version__))
        meter = (self.meter_provider.get_meter(_SCOPE, __version__) if self.meter_provider
                 else metrics.get_meter(_SCOPE, __version__))
        self.decisions = meter.create_counter(
            "guardwire.decisions", unit="{decision}",
            description="Guard decisions by route, guard, action and outcome (lift rate)")
        self.duration = meter.create_histogram(
            "guardwire.guard.duration", unit="ms", description="Time spent in one guard call")
        self._ready = True

    def _tracing(self) -> bool:
        """False while no SDK is configured (the API's proxy/no-op provider): spans are then
        skipped entirely. Checked per stage, so a provider set later is picked up."""
        if self.tracer_provider is not None:
            return True
        trace = self._trace
        return not isinstance(trace.get_tracer_provider(),
                              trace.ProxyTracerProvider | trace.NoOpTracerProvider)

    def live_stage(self, stage: str, route: str, mode: str, version: str | None
                   ) -> LiveStage | None:
        """Open the stage span now (``None`` while no SDK is configured, or if that fails)."""
        try:
            if not self._ready:
                self._setup()
            if not self._tracing():
                return None
            base: dict[str, Any] = {"guardwire.route": route, "guardwire.stage": stage,
                                    "guardwire.mode": mode}
            if version:
                base["guardwire.config_version"] = version
            return LiveStage(self, self.tracer.start_span(f"guardwire.{stage}",
                                                          attributes=base))
        except Exception:
            self._log_failure()
            return None

    def _log_failure(self) -> None:
        if not self._failed:
            self._failed = True
            logging.getLogger("guardwire").warning(
                "guardwire: recording telemetry failed (the guarded call goes on; later "
                "failures of this pipeline's telemetry are logged at DEBUG)", exc_info=True)
        else:
            logging.getLogger("guardwire").debug("guardwire: recording telemetry failed",
                                                 exc_info=True)

    def record(self, verdict: Verdict, starts_ns: Sequence[int], stage_start_ns: int,
               *, pipeline: str, version: str | None, live: LiveStage | None = None,
               reasks: int | None = None) -> None:
        """Write the stage's spans and metric points. A failure of the telemetry itself (a
        provider or span processor that raises) never fails the guarded call: it is logged,
        the first time with its traceback."""
        if not verdict.decisions:  # an empty stage: nothing ran, nothing to record
            return
        try:
            self._record(verdict, starts_ns, stage_start_ns, pipeline=pipeline, version=version,
                         live=live, reasks=reasks)
        except Exception:
            self._log_failure()
        finally:
            if live is not None:
                live.end()  # whatever was not ended above (after a telemetry failure)

    def _record(self, verdict: Verdict, starts_ns: Sequence[int], stage_start_ns: int,
                *, pipeline: str, version: str | None, live: LiveStage | None,
                reasks: int | None = None) -> None:
        if not self._ready:
            self._setup()
        route = verdict.route or pipeline
        if live is not None or self._tracing():
            self._spans(verdict, starts_ns, stage_start_ns, route, version, live, reasks)
        for d in verdict.decisions:
            key = (route, d.guard, d.action, d.outcome, verdict.stage)
            metric_attrs = self._metric_attrs.get(key)
            if metric_attrs is None:
                metric_attrs = dict(zip(_METRIC_KEYS, key, strict=True))
                if len(self._metric_attrs) < 10_000:
                    self._metric_attrs[key] = metric_attrs
            self.decisions.add(1, metric_attrs)
            self.duration.record(d.elapsed_ms, metric_attrs)

    def _spans(self, verdict: Verdict, starts_ns: Sequence[int], stage_start_ns: int,
               route: str, version: str | None, live: LiveStage | None,
               reasks: int | None = None) -> None:
        trace = self._trace
        base: dict[str, Any] = {"guardwire.route": route, "guardwire.stage": verdict.stage,
                                "guardwire.mode": verdict.mode}
        if version:
            base["guardwire.config_version"] = version
        end_ns = time.time_ns()
        stage_attrs = dict(base, **{"guardwire.blocked": verdict.blocked,
                                    "guardwire.degraded": verdict.degraded,
                                    "guardwire.rewritten": verdict.rewritten})
        if reasks is not None:  # output stages: which attempt, and whether it asks again
            ask = verdict.reask
            stage_attrs["guardwire.reasks"] = reasks
            stage_attrs["guardwire.reask"] = (ask is not None and ask.text is not None
                                              and not verdict.blocked)
        if self.record_text:
            stage_attrs["guardwire.text.in"] = verdict.original
            stage_attrs["guardwire.text.out"] = verdict.text
        if live is not None:
            stage_span, parent = live.span, live.context
            stage_span.set_attributes(stage_attrs)
        else:
            stage_span = self.tracer.start_span(f"guardwire.{verdict.stage}",
                                                start_time=stage_start_ns, attributes=stage_attrs)
            parent = trace.set_span_in_context(stage_span)
        for i, (d, start) in enumerate(zip(verdict.decisions, starts_ns, strict=False)):
            attrs = dict(base, **_decision_attrs(d, self.record_text))
            span = live.guards.pop(i, None) if live is not None else None
            if span is None:
                span = self.tracer.start_span(f"guardwire.guard {d.guard}", context=parent,
                                              start_time=start, attributes=attrs)
            else:
                span.set_attributes(attrs)
            if d.outcome != "ok":
                span.set_status(trace.Status(trace.StatusCode.ERROR, d.reason if self.record_text
                                             else d.reason_without_texts))
            span.end(end_time=start + int(d.elapsed_ms * 1e6))
        stage_span.end(end_time=end_ns)
        if live is not None:
            live.end(ended=True)


def _decision_attrs(d: Decision, record_text: bool = False) -> dict[str, Any]:
    """A guard span's attributes; its reason as ``to_dict()`` logs it unless ``record_text``
    (a schema reason may quote a validator message that names the refused value)."""
    attrs: dict[str, Any] = {
        "guardwire.guard": d.guard,
        "guardwire.action": d.action,
        "guardwire.outcome": d.outcome,
        "guardwire.elapsed_ms": d.elapsed_ms,
    }
    if d.action == "reask":  # the guard asked (past the limit too: the pipeline then blocks)
        attrs["guardwire.reask"] = True
    if d.score is not None:
        attrs["guardwire.score"] = d.score
    reason = d.reason if record_text else d.reason_without_texts
    if reason:
        attrs["guardwire.reason"] = reason[:256]
    if d.data.get("cached"):
        attrs["guardwire.cached"] = True
    held = d.data.get("quarantined")  # InjectionGuard(on_tool_hit="withhold" | "mark")
    if isinstance(held, list) and held:
        attrs["guardwire.tools_quarantined"] = [str(q.get("tool_id")) for q in held
                                                if isinstance(q, dict)]
        attrs["guardwire.on_tool_hit"] = str(d.data.get("on_tool_hit"))
    if d.outcome != "ok":  # what failed, and what the guard's policy made of it
        attrs["error.type"] = ("timeout" if d.outcome == "timeout"
                               else str(d.data.get("exception") or "error"))
        attrs["guardwire.fail_mode"] = str(d.data.get("fail_mode", "closed"))
        for key in ("threads_left_running", "threads_exhausted"):
            if key in d.data:
                attrs[f"guardwire.{key}"] = d.data[key]
    if d.outcome != "ok" or d.data.get("degraded"):
        attrs["guardwire.degraded"] = d.degraded
    return attrs


class LiveStage:
    """The open span of one stage and of its guards, by their position in the stage's
    decisions. :meth:`run`/:meth:`arun` make a guard's span current while it runs."""

    def __init__(self, telemetry: Telemetry, span: Any) -> None:
        self.telemetry, self.span = telemetry, span
        self.context = telemetry._trace.set_span_in_context(span)
        self.guards: dict[int, Any] = {}
        self._ended = False

    def _open(self, position: int, name: str, start_ns: int) -> Any:
        tel = self.telemetry
        try:
            span = tel.tracer.start_span(f"guardwire.guard {name}", context=self.context,
                                         start_time=start_ns)
            self.guards[position] = span
            return tel._context.attach(tel._trace.set_span_in_context(span, self.context))
        except Exception:
            tel._log_failure()
            return None

    def _close(self, token: Any) -> None:
        if token is not None:
            self.telemetry._context.detach(token)

    def run(self, position: int, name: str, start_ns: int, fn: Callable[..., T],
            *args: Any, **kwargs: Any) -> T:
        token = self._open(position, name, start_ns)
        try:
            return fn(*args, **kwargs)
        finally:
            self._close(token)

    async def arun(self, position: int, name: str, start_ns: int,
                   fn: Callable[..., Awaitable[T]], *args: Any, **kwargs: Any) -> T:
        token = self._open(position, name, start_ns)
        try:
            return await fn(*args, **kwargs)
        finally:
            self._close(token)

    def end(self, *, interrupted: bool = False, ended: bool = False) -> None:
        """End every span still open (a stage stopped by an exception: marked as errors);
        ``ended``: the stage's spans were all ended already."""
        if self._ended:
            return
        self._ended = True
        if ended:
            return
        try:
            trace = self.telemetry._trace
            for span in (*self.guards.values(), self.span):
                if interrupted:
                    span.set_status(trace.Status(trace.StatusCode.ERROR, "stage interrupted"))
                span.end()
            self.guards.clear()
        except Exception:
            self.telemetry._log_failure()
