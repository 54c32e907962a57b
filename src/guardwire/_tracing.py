"""OpenTelemetry spans and metrics. The only module that imports opentelemetry.

One span per stage (``guardwire.input`` / ``guardwire.output``) with one child span per
guard, and two instruments: ``guardwire.decisions`` (a counter by route/guard/action/outcome:
each guard's lift rate) and ``guardwire.guard.duration`` (a histogram in milliseconds).
Spans are written after the stage with their real start and end times, so guards that ran
in worker threads or concurrent tasks still get correctly parented spans.
Prompt and response text go on spans only when ``record_text=True``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from typing import Any

from ._decision import Decision, Verdict

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
        from opentelemetry import metrics, trace

        self._trace = trace
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

    def record(self, verdict: Verdict, starts_ns: Sequence[int], stage_start_ns: int,
               *, pipeline: str, version: str | None) -> None:
        """Write the stage's spans and metric points. A failure of the telemetry itself (a
        provider or span processor that raises) never fails the guarded call: it is logged,
        the first time with its traceback."""
        if not verdict.decisions:  # an empty stage: nothing ran, nothing to record
            return
        try:
            self._record(verdict, starts_ns, stage_start_ns, pipeline=pipeline, version=version)
        except Exception:
            if not self._failed:
                self._failed = True
                logging.getLogger("guardwire").warning(
                    "guardwire: recording telemetry failed (the guarded call goes on; later "
                    "failures of this pipeline's telemetry are logged at DEBUG)", exc_info=True)
            else:
                logging.getLogger("guardwire").debug("guardwire: recording telemetry failed",
                                                     exc_info=True)

    def _record(self, verdict: Verdict, starts_ns: Sequence[int], stage_start_ns: int,
                *, pipeline: str, version: str | None) -> None:
        if not self._ready:
            self._setup()
        route = verdict.route or pipeline
        if self._tracing():
            self._spans(verdict, starts_ns, stage_start_ns, route, version)
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
               route: str, version: str | None) -> None:
        trace = self._trace
        base: dict[str, Any] = {"guardwire.route": route, "guardwire.stage": verdict.stage,
                                "guardwire.mode": verdict.mode}
        if version:
            base["guardwire.config_version"] = version
        end_ns = time.time_ns()
        stage_attrs = dict(base, **{"guardwire.blocked": verdict.blocked,
                                    "guardwire.degraded": verdict.degraded,
                                    "guardwire.rewritten": verdict.rewritten})
        if self.record_text:
            stage_attrs["guardwire.text.in"] = verdict.original
            stage_attrs["guardwire.text.out"] = verdict.text
        stage_span = self.tracer.start_span(f"guardwire.{verdict.stage}", start_time=stage_start_ns,
                                            attributes=stage_attrs)
        parent = trace.set_span_in_context(stage_span)
        for d, start in zip(verdict.decisions, starts_ns, strict=False):
            attrs = dict(base, **_decision_attrs(d))
            span = self.tracer.start_span(f"guardwire.guard {d.guard}", context=parent,
                                          start_time=start, attributes=attrs)
            if d.outcome != "ok":
                span.set_status(trace.Status(trace.StatusCode.ERROR, d.reason))
            span.end(end_time=start + int(d.elapsed_ms * 1e6))
        stage_span.end(end_time=end_ns)


def _decision_attrs(d: Decision) -> dict[str, Any]:
    attrs: dict[str, Any] = {
        "guardwire.guard": d.guard,
        "guardwire.action": d.action,
        "guardwire.outcome": d.outcome,
        "guardwire.elapsed_ms": d.elapsed_ms,
    }
    if d.score is not None:
        attrs["guardwire.score"] = d.score
    if d.reason:
        attrs["guardwire.reason"] = d.reason[:256]
    if d.data.get("cached"):
        attrs["guardwire.cached"] = True
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
