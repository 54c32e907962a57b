"""InjectionGuard: block prompt injection and jailbreaks in the input (and, optionally, in docs).

Contract: blocks a text whose combined injection score reaches ``threshold`` (default 0.8,
chosen on grouped cross-validation and leave-one-source-out: see
docs/guards/injection_notes.md); the score is the maximum of the curated rules (severity high
0.97, medium 0.8; a low-severity hit adds 0.15 to the classifier score) and the shipped
classifier's probability (max over windows),
and, when the classifier is unsure (score in ``judge_band``) and a judge is set, its answer.
The Decision's data says what fired: ``rule_ids``, ``categories``, ``classifier_score``,
``rules_score``, the ``source`` (``"input"``, ``"tool"`` with ``tool_index``/``tool_id``, or
``"doc"`` with ``doc_index``) and the judge's outcome. It also scans the tool results the
call hands the model (``ctx.tool_outputs``: OpenAI ``role: "tool"`` messages, Anthropic
``tool_result`` blocks; ``scan_tools=False`` turns that off) and, with ``scan_docs=True``,
``ctx.docs`` for indirect injection. Tool results are scanned once per call, and a result
already scanned by this guard instance (same text) is not scanned again. A flagged tool result
blocks the call unless ``on_tool_hit`` is ``"withhold"`` or ``"mark"`` (:mod:`.quarantine`).

Default policy: ``Policy(budget_ms=200, on_error="closed", on_timeout="closed")``: a security
boundary must not wave a text through when it cannot finish (p95 of 3,000 characters: a few
ms; weights loaded by ``warm()``). The judge has its own policy (2 s, fail-open); with a judge
the guard's default budget becomes 200 ms + the judge's, so the judge policy decides.

Lift rate: the share of texts it blocked, plus texts allowed with ``fired=True`` (a rule fired,
or the judge was consulted or failed open, without a block).
"""

from __future__ import annotations

import gc
import math
import os
from collections.abc import Awaitable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, ClassVar

import regex

from ..._context import Context
from ..._decision import Decision
from ..._memo import TextMemo
from ..._policy import Policy
from ..._threads import GuardThreads
from ...exceptions import ConfigError
from .._options import need_bools
from . import classifier as _clf
from . import quarantine
from .about import read_mention
from .agent_steps import SHAPE_IDS as _STEP_IDS
from .agent_steps import agent_step_hits
from .benign import benign_score
from .judge import DEFAULT_JUDGE_POLICY, JUDGE_THREADS, JudgeResult, ask_judge, resolve_judge
from .normalise_view import normalised_view
from .options import _float, _policy, _strings
from .quarantine import ToolMode, tool_mode
from .retrieved import RETRIEVED_RULES, excused_main_hits, retrieved_hits
from .revocation_chat import owned_view
from .rules import (
    ENCODED_RULE_IDS,
    RULES,
    SCAN_BUDGET_S,
    SEVERITY_SCORE,
    RuleHit,
    RuleScan,
    scan,
    warm_rules,
)
from .sources import _stage_text, _targets, _tool_text
from .tool_orders import CATEGORY as _ORDER_CATEGORY
from .tool_orders import ORDER_IDS, addressed_order_hits

__all__ = ["RULES", "InjectionGuard", "combined_score", "normalised_view"]

LOW_RULE_BOOST = 0.15
MENTION_FROM = 0.45  # a text scoring this much is checked for a mention (about.read_mention)
TOOL_CACHE_SIZE = 2048  # tool results remembered per guard instance (hash of the text)
_CATEGORIES = {r.category for r in RULES} | {_ORDER_CATEGORY}
_RULE_IDS = ({r.id for r in RULES} | set(ENCODED_RULE_IDS) | {r.id for r in RETRIEVED_RULES}
             | set(ORDER_IDS) | set(_STEP_IDS))


@dataclass(slots=True)
class _Assessment:
    score: float
    classifier_score: float | None
    rules_score: float
    hits: list[RuleHit] = field(default_factory=list)
    timed_out: list[str] = field(default_factory=list)
    mentioned: list[str] = field(default_factory=list)  # rules read in quoted mentions only

    @property
    def decisive_rule(self) -> bool:
        return self.rules_score >= SEVERITY_SCORE["medium"]


def combined_score(rules_score: float, any_rule: bool, classifier_score: float | None) -> float:
    """Rules and classifier into one score (the guard, the eval and the docs use this)."""
    if classifier_score is None:
        return rules_score
    boosted = classifier_score + (LOW_RULE_BOOST if any_rule else 0.0)
    return max(rules_score, min(1.0, boosted))


class InjectionGuard:
    """Rules + shipped classifier (+ optional judge) against prompt injection."""

    name: ClassVar[str] = "injection"
    default_policy: Policy = Policy(budget_ms=200, on_error="closed",
                                     on_timeout="closed")
    cacheable: bool = True
    soft_budget: ClassVar[bool] = True  # bounded CPU work: budget checked inline

    def __init__(
        self,
        *,
        threshold: float = 0.8,
        rules: bool = True,
        classifier: bool = True,
        disabled_rules: Sequence[str] = (),
        allowlist: Sequence[str] = (),
        allow_patterns: Sequence[str] = (),
        scan_docs: bool = False,
        scan_input: bool = True,
        scan_tools: bool = True,
        judge: object = None,
        judge_band: Sequence[float] | None = None,
        judge_policy: Policy | Mapping[str, Any] | None = None,
        rule_timeout_ms: float = 50.0,
        scan_budget_ms: float | None = SCAN_BUDGET_S * 1000,
        weights: str | None = None,
        on_tool_hit: ToolMode = "block",
        addressed_orders: bool = True,
        agent_steps: bool = True,
    ) -> None:
        self.threshold = _float(threshold, "threshold", 0.01, 1.0)
        need_bools(rules=rules, classifier=classifier, scan_docs=scan_docs,
                   scan_input=scan_input, scan_tools=scan_tools,
                   addressed_orders=addressed_orders, agent_steps=agent_steps)
        if not rules and not classifier:
            raise ConfigError("at least one of rules/classifier must be on", path="rules")
        if not (scan_docs or scan_input or scan_tools):
            raise ConfigError("nothing to scan: scan_input, scan_tools and scan_docs are all "
                              "off", path="scan_input")
        self.use_rules, self.use_classifier = rules, classifier
        self.scan_docs, self.scan_input, self.scan_tools = scan_docs, scan_input, scan_tools
        # tool results and documents: a sentence addressing the AI reader with an order
        # (:mod:`.tool_orders`); off for agents that read good-faith AGENTS.md files
        self.addressed_orders = addressed_orders
        # ... and orders that name no AI (:mod:`.agent_steps`; on: blind v6 +8 hidden orders,
        # +0 benign blocked, docs/guards/injection_notes.md, fifteenth session)
        self.agent_steps = agent_steps
        self.on_tool_hit = tool_mode(on_tool_hit, scan_tools)  # see quarantine.py
        # docs and tool results come from the Context, not the text: no text-keyed cache
        self.cacheable = not (scan_docs or scan_tools)
        self._tool_memo: TextMemo[_Assessment] = TextMemo(TOOL_CACHE_SIZE)
        off = set(_strings(disabled_rules, "disabled_rules"))
        unknown = off - _RULE_IDS - _CATEGORIES
        if unknown:
            raise ConfigError(f"unknown rule ids or categories: {sorted(unknown)}",
                              path="disabled_rules")
        self.disabled_rules = frozenset(off)
        self._allow: list[regex.Pattern[str]] = [
            regex.compile(regex.escape(normalised_view(p).strip()), regex.IGNORECASE)
            for p in _strings(allowlist, "allowlist")]
        for i, pat in enumerate(_strings(allow_patterns, "allow_patterns")):
            try:
                self._allow.append(regex.compile(pat, regex.IGNORECASE))
            except regex.error as exc:
                raise ConfigError(f"bad regex {pat!r}: {exc}",
                                  path=f"allow_patterns[{i}]") from exc
        self.judge = resolve_judge(judge)
        band = (0.45, 0.9) if judge_band is None else judge_band
        if (isinstance(band, str) or not isinstance(band, Sequence) or len(band) != 2
                or not all(isinstance(b, (int, float)) and not isinstance(b, bool)
                           for b in band) or not 0.0 <= band[0] < band[1] <= 1.0):
            raise ConfigError(f"must be [low, high] with 0 <= low < high <= 1, got {band!r}",
                              path="judge_band")
        self.judge_band = (float(band[0]), float(band[1]))
        self.judge_policy = _policy(DEFAULT_JUDGE_POLICY if judge_policy is None
                                    else judge_policy)
        for name, given in (("judge_band", judge_band), ("judge_policy", judge_policy)):
            if self.judge is None and given is not None:  # (else accepted, never read)
                raise ConfigError("has no effect without a judge: set judge (a callable or "
                                  "'package.module:function') or remove it", path=name)
        # a sync judge runs here: bounded, never on the application's anyio thread pool
        self.judge_threads = GuardThreads("injection.judge", JUDGE_THREADS)
        if self.judge is not None:  # the guard's own budget must outlast the judge's
            jb = self.judge_policy.budget_ms
            self.default_policy = replace(self.default_policy, budget_ms=None if jb is None
                                          else jb + (self.default_policy.budget_ms or 0))
        self.rule_timeout_s = _float(rule_timeout_ms, "rule_timeout_ms", 0.1, 10_000) / 1000.0
        # wall-clock budget of one rule scan; None: no budget (tests of decisions, offline scans)
        self.scan_budget_s = (math.inf if scan_budget_ms is None else
                              _float(scan_budget_ms, "scan_budget_ms", 0, 600_000) / 1000.0)
        if weights is not None and (not isinstance(weights, str)
                                    or not os.path.isfile(weights)):
            raise ConfigError(f"must be the path of an .npz weights file, got {weights!r}",
                              path="weights")
        self.weights_path = weights
        if weights is not None and classifier:  # a wrong file: an error now, not on each call
            try:
                _clf.load_weights(weights)
            except Exception as exc:
                raise ConfigError(f"cannot load classifier weights from {weights!r}: "
                                  f"{type(exc).__name__}: {exc}", path="weights") from exc

    def warm(self) -> None:
        """Compile every rule and load the classifier weights now (the pipeline calls this
        once, outside any budget; the rules are otherwise compiled on first use). When it
        compiled anything, a full garbage collection follows: the ~740 patterns leave many
        new objects, and the collection they would trigger later (~0.2 s of CPU) would land
        inside some guarded call's budget instead (seen: 200 ms timeouts on a busy machine)."""
        if warm_rules() and gc.isenabled():
            gc.collect()
        if self.use_classifier:
            _clf.load_weights(self.weights_path)

    # -- scoring ---------------------------------------------------------------------------
    def _scrub(self, s: str) -> str:
        for pat in self._allow:
            s = pat.sub(" ", s, timeout=self.rule_timeout_s)
        return s

    def assess(self, text: str, retrieved: bool = False, ctx: Context | None = None) -> _Assessment:
        """Score one text (no judge; ``retrieved``: a document or tool result, which the
        retrieved-text rules read too; ``ctx``: the call, :mod:`.revocation_chat`)."""
        view = owned_view(normalised_view(text), text, None if retrieved or self.cacheable else ctx)
        if self._allow:
            view, text = self._scrub(view), self._scrub(text)
        found = (scan(text, view, timeout_s=self.rule_timeout_s, budget_s=self.scan_budget_s,
                      revocation=not retrieved) if self.use_rules else RuleScan())
        if retrieved and self.use_rules:
            # a good-faith note to AI readers is no order in a tool result (:mod:`.retrieved`)
            found.hits = excused_main_hits(view, found.hits, self.rule_timeout_s)
            found.hits.extend(retrieved_hits(view, self.rule_timeout_s, self.scan_budget_s,
                                             found.timed_out))
            if (self.addressed_orders  # (not needed once an enabled medium/high rule fired)
                    and self._enabled(found.hits)[1] < SEVERITY_SCORE["medium"]):
                found.hits.extend(addressed_order_hits(view, self.rule_timeout_s,
                                                       self.scan_budget_s, found.timed_out))
            if self.agent_steps and self._enabled(found.hits)[1] < SEVERITY_SCORE["medium"]:
                found.hits.extend(agent_step_hits(view, self.rule_timeout_s,
                                                  self.scan_budget_s, found.timed_out))
        hits, rules_score = self._enabled(found.hits)
        clf_score: float | None = None
        if self.use_classifier:
            clf_score, _ = _clf.load_weights(self.weights_path).score(view)
            if (clf_score >= MENTION_FROM and rules_score < SEVERITY_SCORE["medium"]
                    and not found.timed_out):
                clf_score = self._benign(view, clf_score, not retrieved)
        score = combined_score(rules_score, bool(hits or found.timed_out), clf_score)
        if score >= MENTION_FROM:
            return self._mention(view, RuleScan(hits, found.timed_out), retrieved) or _Assessment(
                score, clf_score, rules_score, hits, found.timed_out)
        return _Assessment(score, clf_score, rules_score, hits, found.timed_out)

    def _benign(self, view: str, clf_score: float, own: bool) -> float:
        """The classifier's score on the benign readings (``benign``; ``own``: user input)."""
        clf = _clf.load_weights(self.weights_path)
        return benign_score(view, clf_score, lambda t: clf.score(t)[0], self.rule_timeout_s, own)

    def _enabled(self, found: Sequence[RuleHit]) -> tuple[list[RuleHit], float]:
        """The hits of rules not disabled on this guard, and their rules score."""
        hits = [h for h in found
                if h.rule_id not in self.disabled_rules and h.category not in self.disabled_rules]
        return hits, max((SEVERITY_SCORE[h.severity] for h in hits), default=0.0)

    def _mention(self, view: str, found: RuleScan, retrieved: bool) -> _Assessment | None:
        """A question about a quoted attack phrase or (input) an attack term, scored without it.
        A reading cut off by its match timeout excuses nothing and is listed as cut off."""
        try:
            m = read_mention(view, found, self.rule_timeout_s, self.scan_budget_s, not retrieved)
        except TimeoutError:
            found.timed_out.append("mention.reading")  # (the caller's list: in the Decision)
            return None
        if m is None:
            return None
        hits, rules_score = self._enabled(m.outside_hits)
        clf_score: float | None = None
        if self.use_classifier:
            clf = _clf.load_weights(self.weights_path)
            clf_score = m.score(lambda t: clf.score(t)[0])
        score = combined_score(rules_score, bool(hits), clf_score)
        return _Assessment(score, clf_score, rules_score, hits, [], list(m.mentioned))

    def _tool_assessment(self, body: str) -> _Assessment:
        hit = self._tool_memo.get(body)
        if hit is not None:
            return hit
        found = self.assess(body, retrieved=True)
        if not found.timed_out:  # a scan cut short by its budget is not the text's answer
            self._tool_memo.put(body, found)
        return found

    def _tools(self, ctx: Context) -> list[tuple[dict[str, Any], str, _Assessment]]:
        """Every tool result of the call, assessed once per call (kept in ``ctx.state``)."""
        # keyed by id() but holding the guard: a new guard at a freed one's address is not it
        memo: dict[int, tuple[InjectionGuard, list[tuple[dict[str, Any], str, _Assessment]]]]
        memo = ctx.guard_state("injection").setdefault("tools", {})
        mine = memo.get(id(self))
        done = mine[1] if mine is not None and mine[0] is self else None
        if done is None:
            done = []
            for i, out in enumerate(ctx.tool_outputs):
                body = _tool_text(out, i)
                if body and not quarantine.is_notice(body):  # guardwire's own notice
                    where: dict[str, Any] = {"source": "tool", "tool_index": i, "tool_id": str(i)}
                    if isinstance(out, Mapping):
                        where["tool_id"] = out.get("id", str(i))
                        if out.get("name"):
                            where["tool_name"] = out["name"]
                    done.append((where, body, self._tool_assessment(body)))
            memo[id(self)] = (self, done)
        return done

    # -- the guard -------------------------------------------------------------------------
    def __call__(self, text: str, ctx: Context) -> Decision | Awaitable[Decision]:
        """Sync unless the judge must be asked: then an awaitable (the pipeline awaits it)."""
        assessed = [(where, body, self.assess(body, where["source"] != "input", ctx))
                    for where, body in _targets(text, ctx, self.scan_input, self.scan_docs)]
        tools = self._tools(ctx) if self.scan_tools and ctx.tool_outputs else []
        if tools and self.on_tool_hit != "block":
            return quarantine.decide(self, text, ctx, assessed, tools)
        return self._worst(ctx, [*assessed, *tools])

    def _worst(self, ctx: Context, assessed: list[tuple[dict[str, Any], str, _Assessment]]
               ) -> Decision | Awaitable[Decision]:
        """The decision on the text scoring highest (judged when in the band)."""
        if not assessed:
            return Decision.allow("nothing to scan")
        where, body, worst = max(assessed, key=lambda item: item[2].score)
        if self._asks_judge(worst):
            return self._judged(ctx, body, where, worst)
        return self._decide(ctx, where, worst, None)

    def _asks_judge(self, a: _Assessment) -> bool:
        lo, hi = self.judge_band
        return (self.judge is not None and a.classifier_score is not None
                and not a.decisive_rule and lo <= a.score < hi)

    async def acall(self, text: str, ctx: Context) -> Decision:
        """Always-async form of ``__call__``."""
        result = self(text, ctx)
        return result if isinstance(result, Decision) else await result

    async def _judged(self, ctx: Context, body: str, where: dict[str, Any],
                      a: _Assessment) -> Decision:
        assert self.judge is not None
        return self._decide(ctx, where, a, await ask_judge(
            self.judge, body, self.judge_policy, self.judge_threads))

    def _decide(self, ctx: Context, where: dict[str, Any], a: _Assessment,
                j: JudgeResult | None) -> Decision:
        rule_ids = [h.rule_id for h in a.hits]
        data: dict[str, Any] = {
            **where,
            "rule_ids": rule_ids,
            "categories": sorted({h.category for h in a.hits}),
            "rules_score": round(a.rules_score, 4),
            "classifier_score": None if a.classifier_score is None
            else round(a.classifier_score, 4),
        }
        if a.timed_out:  # (a rule cut on the view and on its folded twin is listed once)
            data["rules_timed_out"] = list(dict.fromkeys(a.timed_out))
        if a.mentioned:
            data["mentioned_rule_ids"] = a.mentioned
        score, blocked = a.score, a.score >= self.threshold
        if j is not None:
            data["judge"] = j.outcome
            if j.outcome == "ok" and j.score is not None:
                data["judge_score"] = j.score
                score, blocked = j.score, j.score >= 0.5
            else:
                data["judge_error"] = j.error
                mode = (self.judge_policy.on_timeout if j.outcome == "timeout"
                        else self.judge_policy.on_error)
                data["judge_fail_mode"] = mode
                blocked = mode == "closed"
                if not blocked:  # a failure let through: counted as degraded (cli, reports)
                    data["degraded"] = True
        place = (_stage_text(ctx) if where["source"] == "input"
                 else f"tool output {where['tool_id']}" if where["source"] == "tool"
                 else f"document {where.get('doc_id', where['doc_index'])}")
        if blocked:
            why = ", ".join(rule_ids[:3]) or (
                "judge" if j is not None and j.outcome == "ok" else "classifier")
            if j is not None and j.outcome != "ok":
                why = f"judge {j.outcome}, fail-closed"
            return Decision.block(f"possible prompt injection in {place} ({why}; "
                                  f"score {score:.2f})", score=score, **data)
        if rule_ids or a.mentioned or j is not None:
            data["fired"] = True
        return Decision.allow(score=score, **data)

