"""How guards are written into a pipeline: ``step()`` overrides, ``parallel()`` groups, and the
resolution of each guard's effective Policy (call site → guard type → pipeline default)."""

from __future__ import annotations

import collections.abc as abc
import difflib
import inspect
import math
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any, Literal, Union

from ._guard import Guard, guard_name
from ._parallel import Entry, Parallel
from ._policy import DEFAULT_POLICY, Policy
from ._spec_forms import KEEP, ParallelSpec, StepSpec, parallel, step
from ._steps import Step, is_async_callable
from .exceptions import ConfigError

__all__ = ["KEEP", "ParallelSpec", "StepSpec", "parallel", "step"]  # re-exported


def build_step(item: Guard | StepSpec, default: Policy = DEFAULT_POLICY) -> Step:
    spec = item if isinstance(item, StepSpec) else StepSpec(item)
    guard = spec.guard
    if isinstance(guard, str):  # a route file's name, in Python
        raise TypeError(f"a guard must be callable, got the name {guard!r}: names only work in "
                        "route files (load_routes('guardwire.toml')['route']); in Python pass "
                        f"the guard, e.g. default_registry.get({guard!r})() (from "
                        "guardwire.config) or the class from guardwire.guards")
    if not callable(guard):
        raise TypeError(f"a guard must be callable, got {type(guard).__name__}")
    if isinstance(guard, type) and type(guard).__call__ is type.__call__:
        # calling a class builds an instance, never a Decision: every call would fail (and a
        # fail-open guard would let every text through, degraded)
        raise TypeError(f"a guard must be a guard object, got the class {guard.__name__}: "
                        f"create one, {guard.__name__}(...)")
    _check_arity(guard)
    for value, what in ((spec.policy, f"step({guard_name(guard)}, policy=...)"),
                        (getattr(guard, "default_policy", None),
                         f"default_policy of {guard_name(guard)}"), (default, "policy=")):
        if value is not None and not isinstance(value, Policy):  # say whose it is
            raise TypeError(f"{what} must be a guardwire.Policy, got {type(value).__name__} "
                            f"{value!r}: write Policy(on_error='open'), Policy.fail_closed(...)")
    base = spec.policy or getattr(guard, "default_policy", None) or default
    policy = replace(base, **spec.overrides) if spec.overrides else base
    cacheable = spec.cacheable if spec.cacheable is not None else bool(
        getattr(guard, "cacheable", False))
    if spec.name is not None and not isinstance(spec.name, str):  # verdicts, spans: a str
        raise TypeError(f"step(name=...) takes a str, got {type(spec.name).__name__} "
                        f"{spec.name!r}")
    if spec.name is not None and not spec.name.strip():  # it fell back to the guard's own
        raise ValueError(f"step(name=...) must not be empty, got {spec.name!r}: leave it out "
                         f"for the guard's own name ({guard_name(guard)!r})")
    name = spec.name or guard_name(guard)
    if policy.cache_ttl_s is not None and not cacheable:
        if spec.cacheable is None and not hasattr(guard, "cacheable"):  # it never said
            raise ValueError(f"guard {name!r} cannot be cached (cache_ttl_s is set): it does "
                             "not declare itself cacheable; if its decision depends only on "
                             "the text, set `cacheable = True` on it (or step(guard, "
                             "cacheable=True)); else leave cache_ttl_s out")
        raise ValueError(f"guard {name!r} reads per-request context and cannot be cached "
                         "(cache_ttl_s set on a guard that is not cacheable)")
    return Step(guard, name, policy, cacheable, is_async_callable(guard),
                bool(getattr(guard, "run_in_thread", False)),
                bool(getattr(guard, "soft_budget", False)), spec.max_threads)


def _check_arity(guard: object) -> None:
    """A guard is called as ``guard(text, ctx)``: one that cannot take that call would fail
    on every call (and a fail-open one would let every text through, degraded)."""
    try:  # the wrapper's own signature: a decorator may adapt the call (functools.wraps)
        sig = inspect.signature(guard, follow_wrapped=False)  # type: ignore[arg-type]
    except (TypeError, ValueError):  # a builtin or C callable without a readable signature
        return
    try:
        sig.bind("text", None)
    except TypeError as exc:
        raise TypeError(f"a guard is called as guard(text, ctx), and {guard_name(guard)}"
                        f"{sig} cannot be: {exc}") from None


# Built-in guard classes (guardwire.guards.*) that rewrite the text: a parallel group drops a
# rewrite at run time (the member fails), so they are refused when the group is built.
REWRITING_BUILTINS = frozenset({"Normalize", "PIIRedactor", "PIIRestorer", "SchemaGuard",
                                "CitationGuard", "TimePhraseGuard", "SlotFiller",
                                "FootnoteGuard"})
# Built-in guard classes that read the model's answer: under input they check nothing.
OUTPUT_ONLY_BUILTINS = frozenset({"PIIRestorer", "SchemaGuard", "CitationGuard",
                                  "TimePhraseGuard", "SlotFiller", "FootnoteGuard",
                                  "GroundingGuard"})


def builtin_class(guard: object) -> str | None:
    """The class name of a built-in guard instance (``None`` for anything else)."""
    cls = type(guard)
    return cls.__name__ if cls.__module__.startswith("guardwire.guards.") else None


def check_parallel_member(s: Step) -> None:
    """Refuse a built-in guard that rewrites in a parallel group (its rewrite would be lost)."""
    if builtin_class(s.guard) in REWRITING_BUILTINS:
        raise ValueError(f"guard {s.name!r} rewrites the text and cannot run in a parallel "
                         "group (its rewrite would be dropped); list it on its own before "
                         "or after the group")
    tool_mode = getattr(s.guard, "on_tool_hit", "block")  # InjectionGuard: withhold / mark
    if tool_mode != "block":
        raise ValueError(f"guard {s.name!r} has on_tool_hit={tool_mode!r}: it "
                         "rewrites the call's tool results and cannot run in a parallel group "
                         "(its rewrite would be dropped); list it on its own before or after "
                         "the group, or use on_tool_hit='block'")


def check_lone_max_threads(s: Step) -> None:
    """Refuse ``max_threads`` where it bounds nothing: a sync soft-budget guard outside a
    parallel group runs inline (its budget is checked when it returns), on no worker thread."""
    if s.max_threads is not None and s.soft_budget and not s.is_async:
        raise ValueError(f"max_threads has no effect on guard {s.name!r}: it has a soft budget "
                         "(runs inline, no worker threads) and uses threads only as a member "
                         "of a parallel group; leave max_threads out")


def build_parallel(members: Sequence[Guard | StepSpec], default: Policy = DEFAULT_POLICY
                   ) -> Parallel:
    steps = tuple(build_step(m, default) for m in members)
    for s in steps:
        check_parallel_member(s)
    return Parallel(steps)


def build_entries(items: Sequence[Guard | StepSpec | ParallelSpec | Step | Parallel],
                  default: Policy = DEFAULT_POLICY) -> tuple[Entry, ...]:
    out: list[Entry] = []
    for item in items:
        if isinstance(item, ParallelSpec):
            out.append(build_parallel(item.members, default))
        elif isinstance(item, Step | Parallel):
            out.append(item)
        else:
            built = build_step(item, default)
            if isinstance(item, StepSpec):
                check_lone_max_threads(built)
            out.append(built)
    return tuple(out)


def check_unique_names(entries: Sequence[Entry], stage: str) -> None:
    """Refuse two guards of one name in a stage, as a route file does: their decisions,
    spans, metrics and ``ctx.guard_state`` scratch would be one guard's, and
    ``verdict.by_guard(name)`` would show only the first (a failure of the second read as
    the first one's pass)."""
    seen: dict[str, str] = {}
    for i, entry in enumerate(entries):
        members = entry.steps if isinstance(entry, Parallel) else (entry,)
        for j, s in enumerate(members):
            where = f"{stage}[{i}]" + (f".parallel[{j}]" if isinstance(entry, Parallel) else "")
            if s.name in seen:
                raise ConfigError(f"the name {s.name!r} is already used by {seen[s.name]}; "
                                  "give one of them another name: step(guard, name=...)",
                                  path=where)
            seen[s.name] = where


def step_paths(entries: tuple[Entry, ...], items: list[Any], where: str
               ) -> list[tuple[Step, str, bool]]:
    """Each step of a stage with its key path and whether the file gave it a ``name``."""
    out: list[tuple[Step, str, bool]] = []
    for i, (entry, item) in enumerate(zip(entries, items, strict=True)):
        if isinstance(entry, Parallel):
            out.extend((s, f"{where}[{i}].parallel[{j}]",
                        isinstance(m, Mapping) and "name" in m)
                       for j, (s, m) in enumerate(zip(entry.steps, item["parallel"],
                                                      strict=True)))
        else:
            out.append((entry, f"{where}[{i}]", isinstance(item, Mapping) and "name" in item))
    return out


def check_placement(paths: dict[str, list[tuple[Step, str, bool]]], policy: Policy,
                    source: str) -> None:
    """Route-file placements that load but would check nothing, or that reports could not
    tell apart (a :class:`ConfigError` at the entry's key path):
    an output-only built-in under input, two guards of one name in a stage, and an output
    guard named like the companion an input guard adds (PII restoration would be skipped)."""
    for s, path, _ in paths["input"]:
        if builtin_class(s.guard) in OUTPUT_ONLY_BUILTINS:
            raise ConfigError(f"guard {s.name!r} checks the model's answer and does nothing "
                              "under input; list it under output", file=source, path=path)
    for stage in ("input", "output"):
        seen: dict[str, str] = {}
        for s, path, _ in paths[stage]:
            if s.name in seen:
                raise ConfigError(f"the name {s.name!r} is already used by {seen[s.name]}; "
                                  "give one of them another `name`", file=source, path=path)
            seen[s.name] = path
    outputs = {s.name: (s, path, named) for s, path, named in paths["output"]}
    for s, path, _ in paths["input"]:
        make = getattr(s.guard, "output_companion", None)
        if not callable(make):
            continue
        comp = build_step(make(), policy)
        clash = outputs.get(comp.name)
        if clash is not None and type(clash[0].guard) is not type(comp.guard):
            raise ConfigError(f"the name {comp.name!r} belongs to the guard that {s.name!r} "
                              f"(at {path}) adds to the output; name this guard otherwise",
                              file=source, path=clash[1] + (".name" if clash[2] else ""))


# -- guard options (a route file's `with`) against the factory's signature --------------------
def option_problem(factory: Callable[..., Any], options: dict[str, Any]
                   ) -> tuple[str | None, str] | None:
    """The first thing wrong with ``options`` for ``factory``, as (option or None, message):
    an unknown or missing option, or a value its annotation rules out (a quoted ``"no"`` for a
    ``bool`` would switch it on; a string for a ``Sequence[str]`` would be read letter by
    letter; ``inf`` for a ``float`` budget overflows). ``None`` when nothing is wrong, or when
    the signature or an annotation cannot be read (the factory itself checks then)."""
    try:
        sig = inspect.signature(factory)
    except (TypeError, ValueError):  # builtins and C callables: let the call itself complain
        return None
    params = {p.name: p for p in sig.parameters.values()
              if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)}
    if not any(p.kind is p.VAR_KEYWORD for p in sig.parameters.values()):
        for key in options:
            if key not in params:
                close = difflib.get_close_matches(key, list(params), n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                return None, (f"unknown option {key!r}{hint}; options: "
                              f"{', '.join(params) or 'none'}")
    for p in params.values():
        if p.default is p.empty and p.name not in options:
            return None, f"missing required option {p.name!r}"
    hints = _hints(factory)
    for key, value in options.items():
        if key not in hints or key not in params:
            continue
        if _non_finite(value):
            return key, f"must be a finite number, got {value!r}"
        if not _fits(value, hints[key]):
            want = _type_text(hints[key])
            got = "null" if value is None else f"{_kind(value)} {value!r}"
            return key, f"expected {want}, got {got}{_hint(value, hints[key], want)}"
    return None


def _hints(factory: Callable[..., Any]) -> dict[str, Any]:
    """Resolved annotations of the factory's parameters (those that cannot be resolved, such
    as names imported only for type checking, are left out)."""
    target: Any = factory.__init__ if isinstance(factory, type) else factory  # type: ignore[misc]
    try:
        return dict(typing.get_type_hints(target))
    except Exception:
        pass
    glb = getattr(target, "__globals__", {})
    out: dict[str, Any] = {}
    for name, ann in getattr(target, "__annotations__", {}).items():
        try:
            out[name] = eval(ann, glb) if isinstance(ann, str) else ann
        except Exception:
            continue
    return out


_SEQUENCES = (list, tuple, set, frozenset, abc.Sequence, abc.MutableSequence, abc.Iterable,
              abc.Collection, abc.Set)
_MAPPINGS = (dict, abc.Mapping, abc.MutableMapping)


def _fits(value: Any, tp: Any) -> bool:
    """False only when ``value`` (as a route file gives it) surely does not fit ``tp``; a class,
    a protocol, a callable or a type variable is left to the guard."""
    if tp is Any or tp is object:
        return True
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is Union or origin is types.UnionType:
        return any(_fits(value, a) for a in args)
    if tp is None or tp is type(None):
        return value is None
    if origin is Literal:
        return any(value == a and type(value) is type(a) for a in args)
    if tp is bool:
        return isinstance(value, bool)
    if tp is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if tp is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if tp is str:
        return isinstance(value, str)
    if (origin or tp) in _SEQUENCES:
        if not isinstance(value, list | tuple):
            return False
        if origin is tuple and args and args[-1] is not Ellipsis:
            return len(value) == len(args) and all(map(_fits, value, args))
        return all(_fits(v, args[0] if args else Any) for v in value)
    if (origin or tp) in _MAPPINGS:
        if not isinstance(value, dict):
            return False
        k, v = args if len(args) == 2 else (Any, Any)
        return all(_fits(a, k) and _fits(b, v) for a, b in value.items())
    return True


def _non_finite(value: Any) -> bool:
    if isinstance(value, float):
        return not math.isfinite(value)
    if isinstance(value, list | tuple):
        return any(map(_non_finite, value))
    if isinstance(value, dict):
        return any(map(_non_finite, value.values()))
    return False


def _type_text(tp: Any) -> str:
    """A type as a route-file user reads it: ``Sequence[str] | None``, ``'flag' or 'block'``."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is Literal:
        words = [repr(a) for a in args]
        return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} or {words[-1]}"
    if origin is Union or origin is types.UnionType:
        return " | ".join(_type_text(a) for a in args)
    if tp is type(None):
        return "None"
    name = getattr(origin or tp, "__name__", None) or str(tp).replace("typing.", "")
    return f"{name}[{', '.join(_type_text(a) for a in args)}]" if args else name


def _kind(value: Any) -> str:
    names = {bool: "a boolean", str: "a string", int: "an integer", float: "a number",
             list: "a list", dict: "a table"}
    return names.get(type(value), type(value).__name__)


def _hint(value: Any, tp: Any, want: str) -> str:
    words = [str(a) for a in _literal_words(tp)]  # also of `Literal[...] | None`
    if isinstance(value, str) and words:  # 'BM25' for 'bm25' too: compared casefolded
        folded = {w.casefold(): w for w in words}
        close = difflib.get_close_matches(value.casefold(), list(folded), n=1)
        return f" (did you mean {folded[close[0]]!r}?)" if close else ""
    if isinstance(value, str) and any(w in want for w in ("Sequence", "Iterable", "list",
                                                          "tuple", "set")):
        return f" (write a list: [{value!r}])"
    if isinstance(value, str) and "bool" in want and value.lower() in (
            "true", "false", "yes", "no", "on", "off", "1", "0"):
        return " (write true or false, unquoted)"
    return ""


def _literal_words(tp: Any) -> list[Any]:
    """The allowed words of a ``Literal`` annotation, also inside a union."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is Literal:
        return list(args)
    if origin is Union or origin is types.UnionType:
        return [w for a in args for w in _literal_words(a)]
    return []


def step_desc(s: Step) -> dict[str, Any]:
    """One step as ``Pipeline.describe()`` (``guardwire routes``) shows it."""
    p = s.policy
    return {"guard": s.name, "budget_ms": p.budget_ms, "on_error": p.on_error,
            "on_timeout": p.on_timeout, "cache_ttl_s": p.cache_ttl_s,
            "kind": "async" if s.is_async else "sync", "soft_budget": s.soft_budget,
            "max_threads": s.threads.limit}
