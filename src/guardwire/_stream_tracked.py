"""A per-chunk output guard over one stream (``start_stream``: PII restoration, slot fill):
what it was fed and let out, its time, and what its policy makes of a failure
(:class:`_Tracked`); used by :mod:`guardwire._streaming`."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import replace
from types import MappingProxyType
from typing import Any

from ._context import Context
from ._decision import Decision
from ._guard import StreamProcessor
from ._steps import Step


class _ProcessorBlocked(Exception):
    """A per-chunk guard failed and its policy is fail-closed: the stream ends with
    OutputBlocked, after the block has been recorded as the output verdict."""


class _Tracked:
    """One per-chunk guard over one stream, with what it was fed, what it let out and its time,
    so that it gets a Decision (and a lift-rate count) like any other guard. A processor that
    raises is handled by its guard's policy: fail-closed ends the stream with OutputBlocked
    (nothing it held back is shown); fail-open lets the rest of the stream through untouched,
    starting with the text it held back, as it was fed (a processor saying how much it holds,
    ``held``, as ``PlaceholderStream`` does; for one that does not, that text is lost and its
    Decision says ``lost_holdback``). Either way the Decision is recorded in the output
    verdict."""

    def __init__(self, step: Step, ctx: Context) -> None:
        self.step, self.route = step, ctx.route
        self.fed: list[str] = []
        self.n_fed = 0  # characters in fed
        self.let_out: list[str] = []
        self.ms = 0.0
        self.failure: Decision | None = None
        self.whole: Decision | None = None  # the guard's own decision on the whole text
        t0 = time.perf_counter()
        try:
            start = step.guard.start_stream  # type: ignore[attr-defined]
            self.proc: StreamProcessor | None = start(ctx)
            if not (callable(getattr(self.proc, "feed", None))
                    and callable(getattr(self.proc, "flush", None))):
                raise TypeError(f"start_stream() returned {type(self.proc).__name__}, "
                                "expected an object with feed() and flush()")
        except Exception as exc:
            self.proc = None
            self._fail(exc, t0, stop=False)  # the stream checks `blocks` before it starts
        self.ms += (time.perf_counter() - t0) * 1000.0

    @property
    def blocks(self) -> bool:
        return self.failure is not None and self.failure.action == "block"

    def _fail(self, exc: Exception, t0: float, *, stop: bool = True,
              held: str | None = None) -> None:
        d = self.step._error(exc, t0)
        self.proc = None
        extra: dict[str, Any] = {"lost_holdback": held is None, "streamed": True}
        if held is not None:
            extra["raw_holdback"] = len(held)  # characters passed on as fed, unprocessed
        self.failure = Decision(d.action, None, d.reason, None, d.guard, d.outcome,
                                d.elapsed_ms, MappingProxyType({**d.data, **extra}))
        if stop and self.blocks:
            raise _ProcessorBlocked(d.reason)

    def _held(self, before: int) -> int | None:
        """How many characters the processor holds back now (``held``), or ``None``."""
        try:
            n = getattr(self.proc, "held", None)
        except Exception:
            return None
        if isinstance(n, bool) or not isinstance(n, int) or not 0 <= n <= before:
            return None
        return n

    def _call(self, fn: Callable[[], str], fallback: str) -> str:
        if self.proc is None:
            return fallback
        before = self.n_fed - len(fallback)  # what it was fed before this call
        held = self._held(before)  # read first: a failing processor's state is not trusted
        t0 = time.perf_counter()
        try:
            out = fn()
            if not isinstance(out, str):
                raise TypeError(f"stream processor returned {type(out).__name__}, "
                                "expected a str")
        except Exception as exc:
            raw = None
            if held is not None:  # the end of what it was fed: the text it held back
                raw = "".join(self.fed)[before - held:before] if held else ""
            self._fail(exc, t0, held=raw)
            out = (raw or "") + fallback
        self.ms += (time.perf_counter() - t0) * 1000.0
        return out

    def feed(self, text: str) -> str:
        self.fed.append(text)
        self.n_fed += len(text)
        proc = self.proc
        out = self._call(lambda: proc.feed(text), text) if proc is not None else text
        self.let_out.append(out)
        return out

    def flush(self) -> str:
        proc = self.proc
        out = self._call(proc.flush, "") if proc is not None else ""
        self.let_out.append(out)
        return out

    def needs_whole_check(self) -> bool:
        """The processor changed or flagged something: the guard's own decision on the text
        it was fed is asked too (set ``whole``), since only that can block (a processor
        can only let text out: ``SlotFiller(on_unknown="block")`` used to pass an unknown
        slot, stripped, in incremental streams while blocking it everywhere else)."""
        return self.failure is None and self.decision().fired

    def decision(self) -> Decision:
        if self.failure is not None:
            return self.failure
        whole = self.whole
        if whole is not None and (whole.action in ("block", "reask") or whole.degraded):
            return replace(whole, data=MappingProxyType({**whole.data, "streamed": True}))
        fed, out = "".join(self.fed), "".join(self.let_out)
        data = self._processor_data()
        fired = any(bool(v) for v in data.values())
        reason = ", ".join(f"{k}: {v}" for k, v in data.items() if v)[:300]
        # a stream that ended early (the model's stream raised) leaves the processor holding
        # the end of what it was fed, unchanged: not a rewrite (it was one before)
        held = self._held(self.n_fed) if self.proc is not None else None
        only_held = bool(held) and fed.startswith(out) and len(fed) - len(out) == held
        d = (Decision.rewrite(out, "processed the stream chunk by chunk"
                              + (f" ({reason})" if reason else ""), streamed=True, **data)
             if out != fed and not only_held
             else Decision.allow(reason, fired=fired, streamed=True, **data))
        return d.stamped(guard=self.step.name, elapsed_ms=self.ms)

    def _processor_data(self) -> dict[str, Any]:
        """The processor's ``decision_data()`` (what it did: restored, unknown, filled …), if
        it has one; an error there is reported in the data, never raised."""
        get = getattr(self.proc, "decision_data", None)
        if not callable(get):
            return {}
        try:
            data = get()
            if not isinstance(data, Mapping):
                raise TypeError(f"decision_data() returned {type(data).__name__}, "
                                "expected a dict")
            return {str(k): v for k, v in data.items()
                    if k not in ("streamed", "fired", "reason", "score", "text")}
        except Exception as exc:
            return {"decision_data_error": f"{type(exc).__name__}: {exc}"[:300]}
