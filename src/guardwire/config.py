"""Route files (TOML or YAML) and the guard registry.

A route file::

    version = "2026-11-22.1"          # recorded on every span

    [defaults]                        # pipeline-wide settings (any route key below but guards)
    on_error = "closed"
    on_timeout = "closed"
    budget_ms = 500

    [routes.support]
    input = ["normalize", { use = "injection", with = { threshold = 0.7 }, budget_ms = 50 }]
    output = ["citations", "time_phrases", { parallel = ["grounding"] }]
    mode = "enforce"                  # enforce | monitor | off
    on_block = "respond"              # raise | respond
    block_response = "Sorry, I can't help with that."

    [routes.support_beta]
    extends = "support"
    mode = "monitor"

Every mistake raises :class:`~guardwire.ConfigError` naming the file and the key path
(``routes.chat.output[1]: unknown guard 'pii_redact'``); a half-built pipeline is never
returned.
"""

from __future__ import annotations

import datetime
import difflib
from collections.abc import Mapping
from os import PathLike
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, ValidationError

from ._entry_hints import entry_shape_problem
from ._parallel import Entry, Parallel
from ._pipeline import Pipeline
from ._policy import Policy
from ._registry import BUILTIN_GUARDS, Registry, default_registry, register_guard
from ._specs import (
    StepSpec,
    build_step,
    builtin_class,
    check_lone_max_threads,
    check_parallel_member,
    check_placement,
    option_problem,
    step_paths,
)
from ._steps import Step
from ._yaml import read_config_file, table_hint, unit_hint, word_hint
from ._yaml import yaml_hint as _yaml_hint
from .exceptions import ConfigError

__all__ = ["BUILTIN_GUARDS", "Registry", "build_routes", "default_registry", "load_routes",
           "read_config_file", "register_guard"]

# -- schema of the file ------------------------------------------------------------------
FailMode = Literal["open", "closed"]


# the usual cause of an unknown name in an app (the CLI says --import instead)
UNREGISTERED = (" (a guard of your own? register_guard() must run before the file is loaded: "
                "import the module that registers it first)")
MAX_BUDGET_MS = 3_600_000  # an hour; `inf` or 1e300 used to overflow the worker's wait


class _Strict(BaseModel):
    # strict: `budget_ms = true` is a mistake, not a 1 ms budget; "3" is not 3; `with_` is
    # not another spelling of `with`
    model_config = ConfigDict(extra="forbid", strict=True)


class GuardEntry(_Strict):
    use: str
    with_: dict[str, Any] = Field(default_factory=dict, alias="with")
    name: str | None = Field(default=None, min_length=1)
    budget_ms: float | None = Field(default=None, gt=0, le=MAX_BUDGET_MS, allow_inf_nan=False)
    on_error: FailMode | None = None
    on_timeout: FailMode | None = None
    cache_ttl_s: float | None = Field(default=None, gt=0, allow_inf_nan=False)
    max_threads: int | None = Field(default=None, ge=1, le=1024)


class RouteSettings(_Strict):
    budget_ms: float | None = Field(default=None, gt=0, le=MAX_BUDGET_MS, allow_inf_nan=False)
    on_error: FailMode | None = None
    on_timeout: FailMode | None = None
    mode: Literal["enforce", "monitor", "off"] | None = None
    on_block: Literal["raise", "respond"] | None = None
    block_response: str | None = Field(default=None, min_length=1)
    max_reasks: int | None = Field(default=None, ge=0, le=10)
    reask_budget_ms: float | None = Field(default=None, gt=0, le=MAX_BUDGET_MS,
                                          allow_inf_nan=False)
    reask_budget_tokens: StrictInt | None = Field(default=None, ge=1, le=1_000_000_000)
    stream_mode: Literal["buffered", "incremental"] | None = None
    guard_system: bool | None = None
    return_structured: bool | None = None
    version: str | None = Field(default=None, min_length=1)


class RouteModel(RouteSettings):
    extends: str | None = None
    input: list[Any] | None = None
    output: list[Any] | None = None


class FileModel(_Strict):
    version: str | None = Field(default=None, min_length=1)
    defaults: RouteSettings = Field(default_factory=RouteSettings)
    routes: dict[str, RouteModel]


def _loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _keys_at(root: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """The keys allowed where an unknown key ``loc[-1]`` was found."""
    model: type[BaseModel] = root
    if root is FileModel and len(loc) > 1:
        model = RouteSettings if loc[0] == "defaults" else RouteModel
    return [f.alias or n for n, f in model.model_fields.items()]


def _raise_validation(err: ValidationError, file: str, prefix: str = "",
                      root: type[BaseModel] = BaseModel) -> ConfigError:
    """One ConfigError for a pydantic error list: the first key path, every message."""
    paths: list[str] = []
    yaml = Path(file).suffix.lower() in (".yaml", ".yml")
    for e in err.errors():
        loc, msg, value = tuple(e["loc"]), e["msg"], e.get("input")
        msg = msg.split(" or instance of ")[0]  # pydantic's class names mean nothing here
        if e["type"] == "extra_forbidden" and loc[:1] == ("defaults",) and len(loc) == 2 \
                and loc[1] in ("input", "output", "extends"):
            ext, where = (f"extends{':' if yaml else ' ='} \"base\"",
                          "defaults" if yaml else "[defaults]")
            msg = (f"extends is set per route, not in {where}: list the shared guards in a "
                   f"route that the others extend ({ext} in each)" if loc[1] == "extends" else
                   f"guards are not a {where} setting: list them in a route that the others "
                   f"extend ({ext}; its {loc[1]} list is inherited unless a route sets its own)")
        elif e["type"] == "extra_forbidden" and root is GuardEntry and len(loc) == 1 \
                and loc[0] in RouteModel.model_fields and "." in prefix:
            route, _, stage = prefix.rpartition(".")
            msg += (f" (a route setting: indent it as a key of {route.partition('.')[2]}, not "
                    "of a guard entry)" if yaml else
                    f" (a route setting, not a key of a guard entry: write it under [{route}]; "
                    f"every key after a [[{route}.{stage.split('[')[0]}]] header belongs to "
                    "that entry, so route settings go before the first such header)")
        elif e["type"] == "extra_forbidden" and loc:
            keys = _keys_at(root, loc)
            close = difflib.get_close_matches(str(loc[-1]), keys, n=1)
            msg += f" (did you mean {close[0]!r}?)" if close else f" (keys: {', '.join(keys)})"
        if loc and loc[-1] == "[key]":  # the key itself is wrong (a number or `on:` in YAML)
            key = str(value).lower() if isinstance(value, bool) else (
                "null" if value is None else str(loc[-2]))
            loc, msg = (*loc[:-2], key), f"{msg} (as a key)"
        if e["type"] == "list_type" and isinstance(value, str):
            msg += f" (write a list: [{value!r}])"
        msg += table_hint(e["type"], loc, value, yaml)
        hint = _yaml_hint(e["type"], value) if yaml else ""
        if not hint and e["type"] == "string_type" and loc and loc[-1] == "version" and (
                isinstance(value, int | float | datetime.date)):  # `version = 2026-11-22`
            shown = value.isoformat() if isinstance(value, datetime.date) else value
            hint = f"(write it quoted: version{':' if yaml else ' ='} \"{shown}\")"
        if not hint and e["type"] == "literal_error":  # mode = "Monitor"
            hint = word_hint(value, str((e.get("ctx") or {}).get("expected", "")))
        if not hint and e["type"] == "float_type" and loc and isinstance(value, str):
            hint = unit_hint(str(loc[-1]), value, yaml)  # budget_ms = "5s"
        msg = f"{msg} {hint}" if hint else msg
        path = _loc(loc)
        if prefix:
            path = f"{prefix}.{path}" if path else prefix
        paths.append(f"{path}: {msg}" if path else msg)
    first, _, msg = paths[0].partition(": ")
    rest = "; ".join(paths[1:4])
    return ConfigError(f"{msg or first}" + (f" (also {rest})" if rest else ""), file=file,
                       path=first if msg else None)


def load_routes(path: str | PathLike[str], *, registry: Registry | None = None,
                tracer_provider: Any = None, meter_provider: Any = None) -> dict[str, Pipeline]:
    """Read a TOML or YAML route file and build one Pipeline per route."""
    return build_routes(read_config_file(path), source=str(path), registry=registry,
                        tracer_provider=tracer_provider, meter_provider=meter_provider)


def build_routes(data: Mapping[str, Any], *, source: str = "<config>",
                 registry: Registry | None = None, tracer_provider: Any = None,
                 meter_provider: Any = None) -> dict[str, Pipeline]:
    """Build pipelines from already-parsed route data (what ``load_routes`` does after reading)."""
    reg = registry or default_registry
    try:
        model = FileModel.model_validate(data)
    except ValidationError as err:
        raise _raise_validation(err, source, root=FileModel) from None
    if not model.routes:
        raise ConfigError("no routes defined", file=source, path="routes")
    if model.version is not None and model.defaults.version is not None:
        raise ConfigError("set at the top level too: give the file's version in one place "
                          "(a route may still override it)", file=source,
                          path="defaults.version")
    if any(not name.strip() for name in model.routes):
        raise ConfigError("a route name must not be empty", file=source, path="routes")
    out: dict[str, Pipeline] = {}
    for name in model.routes:
        merged = _resolve_extends(model, name, source)
        out[name] = _build_route(name, merged, model, source, reg, tracer_provider,
                                 meter_provider)
    return out


def _resolve_extends(model: FileModel, name: str, source: str) -> dict[str, Any]:
    chain: list[str] = []
    cur: str | None = name
    while cur is not None:
        if cur in chain:
            raise ConfigError(f"'extends' cycle: {' -> '.join([*chain, cur])}", file=source,
                              path=f"routes.{name}.extends")
        if cur not in model.routes:
            where = f"routes.{chain[-1]}.extends" if chain else f"routes.{name}"
            close = difflib.get_close_matches(cur, list(model.routes), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else (
                f"; routes: {', '.join(model.routes)}")
            raise ConfigError(f"unknown route {cur!r}{hint}", file=source, path=where)
        chain.append(cur)
        cur = model.routes[cur].extends
    merged: dict[str, Any] = {k: v for k, v in model.defaults.model_dump().items()
                              if v is not None}
    origin: dict[str, str] = {}
    for route_name in reversed(chain):
        for k, v in model.routes[route_name].model_dump(exclude={"extends"}).items():
            if v is not None:
                merged[k] = v
                origin[k] = route_name
    merged["_origin"] = origin
    return merged


def _build_route(name: str, cfg: dict[str, Any], model: FileModel, source: str, reg: Registry,
                 tracer_provider: Any, meter_provider: Any) -> Pipeline:
    policy = Policy().merged(budget_ms=cfg.get("budget_ms"), on_error=cfg.get("on_error"),
                             on_timeout=cfg.get("on_timeout"))
    origin = cfg["_origin"]
    stages: dict[str, tuple[Entry, ...]] = {}
    paths: dict[str, list[tuple[Step, str, bool]]] = {}
    for stage in ("input", "output"):
        where = f"routes.{origin.get(stage, name)}.{stage}"
        items = cfg.get(stage) or []
        stages[stage] = tuple(_entry(item, f"{where}[{i}]", source, reg, policy)
                              for i, item in enumerate(items))
        paths[stage] = step_paths(stages[stage], items, where)
    check_placement(paths, policy, source)
    _check_unused(name, cfg, paths, source)
    try:
        return Pipeline(stages["input"], stages["output"], policy=policy, name=name,
                        mode=cfg.get("mode", "enforce"), on_block=cfg.get("on_block", "raise"),
                        block_response=cfg.get("block_response",
                                               "Sorry, I can't process this request."),
                        max_reasks=cfg.get("max_reasks", 3),
                        reask_budget_ms=cfg.get("reask_budget_ms"),
                        reask_budget_tokens=cfg.get("reask_budget_tokens"),
                        stream_mode=cfg.get("stream_mode", "buffered"),
                        guard_system=cfg.get("guard_system", False),
                        return_structured=cfg.get("return_structured", False),
                        version=cfg["version"] if cfg.get("version") is not None
                        else model.version,
                        tracer_provider=tracer_provider, meter_provider=meter_provider)
    except (ValueError, TypeError) as exc:
        raise ConfigError(str(exc), file=source, path=f"routes.{name}") from exc


def _check_unused(name: str, cfg: dict[str, Any], paths: dict[str, list[tuple[Step, str, bool]]],
                  source: str) -> None:
    """Settings that the resolved route would silently ignore."""
    origin, outputs = cfg["_origin"], paths["output"]
    own = [s.name for stage in paths.values() for s, _, _ in stage]
    key = next((k for k in ("budget_ms", "on_error", "on_timeout") if origin.get(k) == name), None)
    if key and not any(getattr(s.guard, "default_policy", None) is None  # all declare their own
                       for stage in paths.values() for s, _, _ in stage):
        raise ConfigError(f"no guard of this route uses it: each has a policy of its own "
                          f"({', '.join(own) or 'no guards'}); set {key} on the entries of "
                          "the guards it is meant for", file=source, path=f"routes.{name}.{key}")
    if cfg.get("return_structured") and not any(
            builtin_class(s.guard) in (None, "SchemaGuard") for s, _, _ in outputs):
        where = origin.get("return_structured")
        raise ConfigError(f"route {name!r} has no schema guard under output, so no validated "
                          "object to return", file=source, path=(
                              f"routes.{where}" if where else "defaults") + ".return_structured")
    if origin.get("block_response") == name and cfg.get("on_block", "raise") == "raise":
        raise ConfigError('is only used with on_block = "respond" (this route raises)',
                          file=source, path=f"routes.{name}.block_response")


def _entry(item: Any, path: str, source: str, reg: Registry, policy: Policy) -> Entry:
    if isinstance(item, Mapping) and "parallel" in item:
        if set(item) != {"parallel"} or not isinstance(item["parallel"], list):
            group = item["parallel"]
            hint = f" (write a list: [{group!r}])" if isinstance(group, str) else ""
            raise ConfigError("a parallel group is { parallel = [guard, ...] } and nothing "
                              f"else{hint}", file=source, path=path)
        if not item["parallel"]:
            raise ConfigError("a parallel group needs at least one guard", file=source,
                              path=f"{path}.parallel")
        steps = [_step(m, f"{path}.parallel[{j}]", source, reg, policy)
                 for j, m in enumerate(item["parallel"])]
        for j, s in enumerate(steps):
            try:
                check_parallel_member(s)
            except ValueError as exc:
                raise ConfigError(str(exc), file=source, path=f"{path}.parallel[{j}]") from None
        return Parallel(tuple(steps))
    lone = _step(item, path, source, reg, policy)
    try:
        check_lone_max_threads(lone)
    except ValueError as exc:
        raise ConfigError(str(exc), file=source, path=f"{path}.max_threads") from None
    return lone


def _step(item: Any, path: str, source: str, reg: Registry, policy: Policy) -> Step:
    if isinstance(item, str):
        item = {"use": item}
    if isinstance(item, Mapping) and "parallel" in item:
        raise ConfigError("parallel groups cannot be nested", file=source, path=path)
    if not isinstance(item, Mapping):
        raise ConfigError(f"expected a guard name or a table, got {type(item).__name__}",
                          file=source, path=path)
    entry_shape_problem(item, reg, path, source, [f.alias or n for n, f in
                                                  GuardEntry.model_fields.items()])
    try:
        entry = GuardEntry.model_validate(item)
    except ValidationError as err:
        raise _raise_validation(err, source, path, GuardEntry) from None
    if entry.name is not None and not entry.name.strip():  # as a route name
        raise ConfigError("a name must not be empty", file=source, path=f"{path}.name")
    if entry.use not in reg:
        close = difflib.get_close_matches(entry.use, reg.names(), n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else f"; guards: {', '.join(reg.names())}"
        if entry.use in BUILTIN_GUARDS:  # a private Registry() starts empty
            hint = (": a built-in guard, which this registry does not hold (Registry() starts "
                    "empty; Registry(BUILTIN_GUARDS), from guardwire.config, starts with them)")
        elif not close:
            hint += UNREGISTERED
        raise ConfigError(f"unknown guard {entry.use!r}{hint}", file=source, path=path)
    try:
        factory = reg.get(entry.use)
    except (ImportError, AttributeError) as exc:
        raise ConfigError(f"guard {entry.use!r} is not available: {exc}", file=source,
                          path=path) from exc
    problem = option_problem(factory, entry.with_)
    if problem is not None:
        key, msg = problem
        if key is not None and Path(source).suffix.lower() in (".yaml", ".yml"):
            value = entry.with_[key]  # a list's items too: [yes, no] or [2026-01-01]
            hint = next((h for v in (value if isinstance(value, list) else [value]) if (h := (
                _yaml_hint("float_type" if isinstance(v, str) else "string_type", v)))), "")
            msg = f"{msg} {hint}" if hint else msg
        raise ConfigError(msg, file=source, path=f"{path}.with" + (f".{key}" if key else ""))
    try:
        guard = factory(**entry.with_)
    except ConfigError as exc:
        sub = f"{path}.with" + (f".{exc.path}" if exc.path else "")
        msg = str(exc).split(": ", 1)[-1] if exc.path else str(exc)
        raise ConfigError(msg, file=source, path=sub) from exc
    except (TypeError, ValueError) as exc:
        raise ConfigError(str(exc), file=source, path=f"{path}.with") from exc
    except Exception as exc:  # a broken model file, a missing extra, a bug in the factory
        raise ConfigError(f"guard {entry.use!r} could not be built: {type(exc).__name__}: "
                          f"{exc}", file=source, path=path) from exc
    spec = StepSpec(guard, entry.name or entry.use, None,
                    {k: v for k, v in dict(budget_ms=entry.budget_ms, on_error=entry.on_error,
                                           on_timeout=entry.on_timeout,
                                           cache_ttl_s=entry.cache_ttl_s).items()
                     if v is not None}, None, entry.max_threads)
    try:
        built = build_step(spec, policy)
    except (TypeError, ValueError) as exc:
        raise ConfigError(str(exc), file=source, path=path) from exc
    if entry.on_timeout is not None and built.policy.budget_ms is None:
        raise ConfigError(f"guard {built.name!r} has no budget, so it never times out; set "
                          "budget_ms (here or on the route) or leave on_timeout out",
                          file=source, path=f"{path}.on_timeout")
    return built
